/** Why the job service refuses a request, or stops a running job. */
import { GpumeshError, type GpumeshErrorOptions, type JobRefusalCode } from '@gpumesh/protocol'

/**
 * Thrown inside the job service when a request is refused: becomes a JobRefusal on the
 * wire, `refusalCode` its code and the message its detail.
 */
export class Refusal extends GpumeshError {
  static override name = 'Refusal'
  override readonly code = 'ERR_JOB_REFUSED'
  constructor (readonly refusalCode: JobRefusalCode, message: string, options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'Refusal'
  }
}

/** Abort reason: the provider is shutting down (the job fails, the client may retry); the message goes to the job's log. */
export class ShutdownReason extends Error {}
/** Abort reason: the client cancelled. */
export class CancelReason extends Error {}
/** Abort reason: the owner wants the GPUs back; the message is the reason given. */
export class PreemptReason extends Error {}
/** Abort reason: a service job's lease is over and was not renewed. */
export class LeaseEndReason extends Error {}
