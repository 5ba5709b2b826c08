/** Typed errors of the provider node. Match on `.name` / `.code`. */
import { GpumeshError, type GpumeshErrorOptions } from '@gpumesh/protocol'

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
