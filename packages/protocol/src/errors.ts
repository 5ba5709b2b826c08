/**
 * Typed errors of the wire protocol. Match on `.name` or `.code`, never on message
 * text: both are stable across releases.
 */

export interface GpumeshErrorOptions {
  cause?: unknown
}

/** Base class: every error this package throws is one of these. */
export class GpumeshError extends Error {
  static override name = 'GpumeshError'
  readonly code: string = 'ERR_GPUMESH'

  constructor (message: string, options: GpumeshErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'GpumeshError'
  }
}

/** Thrown when a frame or field is larger than the limit for it. */
export class MessageTooLargeError extends GpumeshError {
  static override name = 'MessageTooLargeError'
  override readonly code = 'ERR_MESSAGE_TOO_LARGE'
  constructor (message = 'Message too large', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'MessageTooLargeError'
  }
}

/** Thrown when bytes do not decode, or decode to a message that breaks the schema's rules. */
export class InvalidMessageError extends GpumeshError {
  static override name = 'InvalidMessageError'
  override readonly code = 'ERR_INVALID_MESSAGE'
  constructor (message = 'Invalid message', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'InvalidMessageError'
  }
}

/** Thrown when a signature does not verify, or the key is not the claimed peer's. */
export class InvalidSignatureError extends GpumeshError {
  static override name = 'InvalidSignatureError'
  override readonly code = 'ERR_INVALID_SIGNATURE'
  constructor (message = 'Invalid signature', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'InvalidSignatureError'
  }
}

/** Thrown when a message has expired, is too old to accept, or is dated in the future. */
export class ExpiredMessageError extends GpumeshError {
  static override name = 'ExpiredMessageError'
  override readonly code = 'ERR_EXPIRED_MESSAGE'
  constructor (message = 'Message expired', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'ExpiredMessageError'
  }
}

/** Thrown when a read or write does not finish before its deadline. */
export class TimeoutError extends GpumeshError {
  static override name = 'TimeoutError'
  override readonly code = 'ERR_TIMEOUT'
  constructor (message = 'Timed out', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'TimeoutError'
  }
}

/** Thrown when an operation is aborted by its caller's signal. */
export class AbortError extends GpumeshError {
  static override name = 'AbortError'
  override readonly code = 'ERR_ABORTED'
  constructor (message = 'Aborted', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'AbortError'
  }
}

/** Thrown when the remote end closes a stream before a whole message arrived. */
export class StreamClosedError extends GpumeshError {
  static override name = 'StreamClosedError'
  override readonly code = 'ERR_STREAM_CLOSED'
  constructor (message = 'Stream closed before a whole message arrived', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'StreamClosedError'
  }
}

/** Thrown when a WorkloadSpec breaks a rule or a limit; `field` names the culprit. */
export class InvalidWorkloadSpecError extends GpumeshError {
  static override name = 'InvalidWorkloadSpecError'
  override readonly code = 'ERR_INVALID_WORKLOAD_SPEC'
  readonly field: string
  constructor (field: string, message: string, options?: GpumeshErrorOptions) {
    super(`${field}: ${message}`, options)
    this.name = 'InvalidWorkloadSpecError'
    this.field = field
  }
}

/** Thrown when a job is asked to move between two states that have no edge between them. */
export class IllegalStateTransitionError extends GpumeshError {
  static override name = 'IllegalStateTransitionError'
  override readonly code = 'ERR_ILLEGAL_STATE_TRANSITION'
  constructor (from: string, to: string, options?: GpumeshErrorOptions) {
    super(`Illegal job state transition ${from} -> ${to}`, options)
    this.name = 'IllegalStateTransitionError'
  }
}

/** Thrown when a pricing strategy has a negative rate or a percent outside its range. */
export class InvalidPricingStrategyError extends GpumeshError {
  static override name = 'InvalidPricingStrategyError'
  override readonly code = 'ERR_INVALID_PRICING_STRATEGY'
  constructor (message = 'Invalid pricing strategy', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'InvalidPricingStrategyError'
  }
}

/** Thrown when a caller passes an argument outside its documented range (a negative count, a zero bound). */
export class InvalidParametersError extends GpumeshError {
  static override name = 'InvalidParametersError'
  override readonly code = 'ERR_INVALID_PARAMETERS'
  constructor (message = 'Invalid parameters', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'InvalidParametersError'
  }
}
