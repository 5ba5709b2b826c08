/** Why a session (forward, exec) into a job is refused. */
import { GpumeshError, type GpumeshErrorOptions, type SessionRefusalCode } from '@gpumesh/protocol'

/**
 * Thrown inside the session services when a session is refused: becomes the answer's
 * `refusal` code on the wire, and the message its detail.
 */
export class SessionRefusal extends GpumeshError {
  static override name = 'SessionRefusal'
  override readonly code = 'ERR_SESSION_REFUSED'
  constructor (readonly refusalCode: SessionRefusalCode, message: string, options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'SessionRefusal'
  }
}
