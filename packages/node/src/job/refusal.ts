import type { JobRefusalCode } from '@gpumesh/protocol'

/** Thrown inside the job service when a request is refused: becomes a JobRefusal on the wire. */
export class Refusal extends Error {
  constructor (readonly refusalCode: JobRefusalCode, message: string) { super(message) }
}
