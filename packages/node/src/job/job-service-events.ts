/** What the job service announces; the layers below it dispatch on its emitter. */
import type { TypedEventTarget } from '@libp2p/interface'
import type { JobRefusalCode, JobState, SessionRefusalCode } from '@gpumesh/protocol'
import type { RejectedMessage } from '../service-events.js'

export interface JobServiceEvents {
  /** A job reached `running`, or its final state (also on recovery after a restart). */
  'job:state': CustomEvent<{ jobId: string, state: JobState }>
  /** A runtime took the job (`active`), or gave it back. */
  'job:runtime': CustomEvent<{ jobId: string, active: boolean }>
  /** A request was answered with a JobRefusal. */
  'job:refused': CustomEvent<{ code: JobRefusalCode }>
  /** A forward or exec session was refused. */
  'session:refused': CustomEvent<{ kind: 'forward' | 'exec', code: SessionRefusalCode }>
  'message:rejected': CustomEvent<RejectedMessage>
}

/** The part of the job service's emitter its layers use. */
export type JobNotifier = Pick<TypedEventTarget<JobServiceEvents>, 'safeDispatchEvent'>
