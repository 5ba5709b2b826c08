/** Typed errors of the provider node. Match on `.name` / `.code`. */
import { GpumeshError, type GpumeshErrorOptions } from '@gpumesh/protocol/errors'

/** Thrown when GPUs or resources asked for are no longer free. */
export class CapacityGoneError extends GpumeshError {
  static override name = 'CapacityGoneError'
  override readonly code = 'ERR_CAPACITY_GONE'
  constructor (message = 'Capacity is no longer free', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'CapacityGoneError'
  }
}

/** Thrown when an operation needs a node that has not started, or has stopped. */
export class NotStartedError extends GpumeshError {
  static override name = 'NotStartedError'
  override readonly code = 'ERR_NOT_STARTED'
  constructor (message = 'Node is not started', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'NotStartedError'
  }
}

/** Thrown when a config file, value or flag is invalid; `field` names it (e.g. `pricing.pricePerGpuHour`, `--api-port`). */
export class ConfigError extends GpumeshError {
  static override name = 'ConfigError'
  override readonly code = 'ERR_CONFIG'
  readonly field: string
  constructor (field: string, message: string, options?: GpumeshErrorOptions) {
    super(`config: ${field}: ${message}`, options)
    this.name = 'ConfigError'
    this.field = field
  }
}

/** Thrown when a detection tool's output (nvidia-smi, rocm-smi) cannot be parsed. */
export class InventoryError extends GpumeshError {
  static override name = 'InventoryError'
  override readonly code = 'ERR_INVENTORY'
  constructor (message: string, options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'InventoryError'
  }
}

/** Thrown when the Docker runtime cannot run a job: no engine, an engine too old, a path the engine cannot mount. */
export class DockerRuntimeError extends GpumeshError {
  static override name = 'DockerRuntimeError'
  override readonly code = 'ERR_DOCKER_RUNTIME'
  constructor (message: string, options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'DockerRuntimeError'
  }
}

/** Thrown when a job's image is not on this provider and it will not pull it. */
export class ImageUnavailableError extends GpumeshError {
  static override name = 'ImageUnavailableError'
  override readonly code = 'ERR_IMAGE_UNAVAILABLE'
  readonly image: string
  constructor (image: string, message = `image ${image} is not on this provider and it does not pull it`, options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'ImageUnavailableError'
    this.image = image
  }
}

/** Why an input by URL could not be had; also the job's failure reason (`input-<reason>`). */
export type InputFetchReason = 'hash-mismatch' | 'too-large' | 'size-mismatch' | 'unreachable' | 'not-allowed' | 'timeout'

/**
 * Thrown when an input by URL cannot be fetched: its bytes do not hash to the sha256
 * given, it is larger than allowed or than declared, the server cannot be reached or
 * answers an error, or the provider's network policy does not allow the URL.
 */
export class InputFetchError extends GpumeshError {
  static override name = 'InputFetchError'
  override readonly code = 'ERR_INPUT_FETCH'
  readonly reason: InputFetchReason
  readonly input: string
  constructor (input: string, reason: InputFetchReason, message: string, options?: GpumeshErrorOptions) {
    super(`input ${input}: ${message}`, options)
    this.name = 'InputFetchError'
    this.reason = reason
    this.input = input
  }
}

/** Thrown when the offer probe (or the GPU probe command) could not run or did not end cleanly. */
export class ProbeFailedError extends GpumeshError {
  static override name = 'ProbeFailedError'
  override readonly code = 'ERR_PROBE_FAILED'
  constructor (message = 'The probe failed', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'ProbeFailedError'
  }
}
