import { IllegalStateTransitionError, InvalidMessageError } from './errors.js'
import { pb } from './pb.js'

/** The states of a job, client and provider side alike. */
export type JobState =
  | 'pending' | 'bidding' | 'leased' | 'running'
  | 'succeeded' | 'failed' | 'cancelled' | 'lost' | 'preempted'

export const JOB_STATES: readonly JobState[] = ['pending', 'bidding', 'leased', 'running', 'succeeded', 'failed', 'cancelled', 'lost', 'preempted']

/** Legal edges. `lost` and `preempted` may go back to `bidding`: a retry on another provider. */
const TRANSITIONS: Record<JobState, readonly JobState[]> = {
  pending: ['bidding', 'failed', 'cancelled'],
  bidding: ['leased', 'failed', 'cancelled'],
  leased: ['running', 'failed', 'cancelled', 'lost'],
  running: ['succeeded', 'failed', 'cancelled', 'lost', 'preempted'],
  succeeded: [],
  failed: [],
  cancelled: [],
  lost: ['bidding', 'failed'],
  preempted: ['bidding', 'failed']
}

export function canTransition (from: JobState, to: JobState): boolean {
  return TRANSITIONS[from].includes(to)
}

/** Returns `to`, or throws IllegalStateTransitionError. */
export function transition (from: JobState, to: JobState): JobState {
  if (!canTransition(from, to)) throw new IllegalStateTransitionError(from, to)
  return to
}

/** No edge leaves a terminal state, so nothing more will happen to the job. */
export function isTerminal (state: JobState): boolean {
  return TRANSITIONS[state].length === 0
}

/** States after which a provider runs nothing more for this attempt. */
export function isFinished (state: JobState): boolean {
  return isTerminal(state) || state === 'lost' || state === 'preempted'
}

export function jobStateToWire (state: JobState): pb.JobState {
  return pb.JobState[`JOB_STATE_${state.toUpperCase()}` as keyof typeof pb.JobState] as pb.JobState
}

export function jobStateFromWire (value: number | null | undefined, field = 'state'): JobState {
  // A missing value is the UNSPECIFIED zero too: it must not decode as a state "unspecified".
  const v = value ?? 0
  const name = pb.JobState[v] as string | undefined
  if (name === undefined || v === 0) throw new InvalidMessageError(`${field}: unknown job state ${v}`)
  return name.replace('JOB_STATE_', '').toLowerCase() as JobState
}
