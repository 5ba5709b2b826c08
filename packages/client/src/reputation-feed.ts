/**
 * Turns a job's updates into reputation outcomes for the providers involved: a bid
 * whose lease or Submit was then refused, the time from lease to running, and how each
 * attempt ended. Only what says something about the provider counts: a workload that
 * exits non-zero, times out or is cancelled is the workload's doing.
 */
import type { ReputationOutcome } from '@gpumesh/protocol'
import type { Job } from './job.js'
import type { JobUpdate } from './job-update.js'
import type { ReputationBook } from './reputation-book.js'

/** A `failed` reason that is the provider's fault, not the workload's. */
const PROVIDER_FAULT_REASONS: ReadonlySet<string> = new Set(['runtime-error', 'provider-restarted', 'provider-shutdown'])

/** What an attempt's final state says about its provider; undefined: nothing. */
export function outcomeOfState (state: string, reason: string): ReputationOutcome | undefined {
  if (state === 'succeeded') return 'succeeded'
  if (state === 'preempted') return 'preempted'
  if (state === 'failed' && PROVIDER_FAULT_REASONS.has(reason)) return 'provider-failed'
  return undefined
}

/**
 * Follow `job` to its end (or until `signal`), feeding `book`. Writes are not awaited
 * in the loop, so the lease-to-running time is taken when the update is emitted, not
 * after a disk write.
 */
export async function feedReputation (job: Job, book: ReputationBook, signal: AbortSignal): Promise<void> {
  const leasedAt = new Map<number, { provider: string, at: number }>()
  const writes: Array<Promise<void>> = []
  const providerOf = (attempt: number): string | undefined => job.record.attempts[attempt - 1]?.provider
  const count = (provider: string | undefined, outcome: ReputationOutcome, key: string): void => {
    if (provider !== undefined && provider !== '') writes.push(book.observe(provider, outcome, `${job.id}!${key}`))
  }
  const on = (u: JobUpdate): void => {
    switch (u.type) {
      case 'lease-rejected': count(u.provider, 'refused', `${u.attempt}!refused!${u.provider}`); break
      case 'lease': leasedAt.set(u.attempt, { provider: u.provider, at: performance.now() }); break
      case 'lost': count(u.provider, 'lost', `${u.attempt}!end`); break
      case 'state': {
        const leased = leasedAt.get(u.attempt)
        if (u.state === 'running' && leased !== undefined) {
          writes.push(book.timeToRunning(leased.provider, performance.now() - leased.at, `${job.id}!${u.attempt}!running`))
          leasedAt.delete(u.attempt)
        }
        const outcome = outcomeOfState(u.state, u.reason)
        // A client-side end (no bids, no lease) has no attempt of that number.
        if (outcome !== undefined) count(providerOf(u.attempt), outcome, `${u.attempt}!end`)
        break
      }
      default: break
    }
  }
  try {
    for await (const u of job.events({ signal })) on(u)
  } finally {
    await Promise.all(writes)
  }
}
