/**
 * A provider's reputation as one client sees it: what that client's own jobs on the
 * provider came to, decayed over time, turned into a score in 0..1 with the reasons
 * behind it. Pure: the client keeps the records (its level store) and feeds the
 * outcomes; ranking reads the score (rank.ts, strategy 'reputation').
 *
 * The formula (documented in docs/architecture.md, "Reputation"):
 *
 *   good  = succeeded
 *   bad   = 1 x provider-failed + 1 x lost + 0.5 x refused + 0.25 x preempted + 4 x verify-mismatch
 *   score = (good + PRIOR_WEIGHT x DEFAULT_REPUTATION) / (good + bad + PRIOR_WEIGHT)
 *
 * every count decayed by 2^(-age / halfLife). A provider with no record scores exactly
 * DEFAULT_REPUTATION (0.5); every success lifts it, every fault pulls it down, and with
 * little evidence the prior dominates, so one unlucky outcome (a lease lost to a race
 * for the last GPU) moves an honest provider only a little.
 */
import { DEFAULT_REPUTATION } from '../constants.js'
import { InvalidParametersError } from '../errors.js'

/**
 * What one attempt on a provider came to, from the client's own view:
 * - succeeded: the job ended `succeeded` there;
 * - provider-failed: it failed for the provider's own reasons (runtime error, restart, shutdown);
 * - lost: the provider stopped answering mid-job;
 * - preempted: the provider's owner took the GPU back (idle capacity: expected, so cheap);
 * - refused: it bid, then refused the lease or the Submit (a race for the last GPU is honest, so half);
 * - verify-mismatch: its result disagreed with the majority of a verified run (cancels its success too).
 * A workload's own failure (non-zero exit, timeout, cancel) says nothing about the provider.
 */
export type ReputationOutcome = 'succeeded' | 'provider-failed' | 'lost' | 'preempted' | 'refused' | 'verify-mismatch'

export const REPUTATION_OUTCOMES: readonly ReputationOutcome[] = ['succeeded', 'provider-failed', 'lost', 'preempted', 'refused', 'verify-mismatch']

/** How much each outcome counts against a provider (succeeded counts for it, weight 1). */
export const REPUTATION_BAD_WEIGHTS: Readonly<Record<Exclude<ReputationOutcome, 'succeeded'>, number>> = {
  'provider-failed': 1,
  lost: 1,
  refused: 0.5,
  preempted: 0.25,
  // Wrong results are the worst a provider can do: it costs the client a re-run and the
  // doubt over every earlier result. It also takes back the success it was counted as.
  'verify-mismatch': 4
}

/**
 * Weight of the prior, in outcomes: an unknown provider is as if it had one success and
 * one fault. Small enough that a few real outcomes outweigh it, large enough that one
 * outcome does not swing the score to 0 or 1.
 */
export const REPUTATION_PRIOR_WEIGHT = 2

/**
 * Half-life of an outcome: a week. A provider that fixed its hardware recovers within a
 * few weeks of good jobs; one that turned bad loses last month's standing as quickly.
 */
export const DEFAULT_REPUTATION_HALF_LIFE_MS = 7 * 24 * 3_600_000

/** What a client keeps per provider: decayed counts as of `updatedAtMs`. */
export interface ReputationRecord {
  provider: string
  updatedAtMs: number
  counts: Record<ReputationOutcome, number>
  /** Decayed sum of submit-to-running times (ms) and how many were measured. */
  runningMsSum: number
  runningCount: number
}

export interface ReputationOptions {
  halfLifeMs?: number
}

export interface ReputationScore {
  /** 0..1, higher is better; DEFAULT_REPUTATION with no evidence. */
  score: number
  /** Decayed outcomes behind it (not counting the prior). */
  evidence: number
  /** Mean submit-to-running time, ms, when measured. */
  meanTimeToRunningMs?: number
  /** Human reasons, e.g. "3.0 succeeded", "1.0 lost". */
  why: string[]
}

export function emptyReputation (provider: string, now: number): ReputationRecord {
  const counts = Object.fromEntries(REPUTATION_OUTCOMES.map(o => [o, 0])) as Record<ReputationOutcome, number>
  return { provider, updatedAtMs: now, counts, runningMsSum: 0, runningCount: 0 }
}

function halfLife (options: ReputationOptions): number {
  const h = options.halfLifeMs ?? DEFAULT_REPUTATION_HALF_LIFE_MS
  if (!(h > 0) || !Number.isFinite(h)) throw new InvalidParametersError('halfLifeMs: must be a positive number of ms')
  return h
}

/** A number from a record read back from disk: anything not a finite non-negative number is 0. */
function sane (n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0
}

/** The record as of `now`: every count multiplied by 2^(-elapsed / halfLife). A clock that went back decays nothing. */
export function decayReputation (record: ReputationRecord, now: number, options: ReputationOptions = {}): ReputationRecord {
  const elapsed = Math.max(0, now - sane(record.updatedAtMs))
  const f = Math.pow(2, -elapsed / halfLife(options))
  const counts = Object.fromEntries(REPUTATION_OUTCOMES.map(o => [o, sane(record.counts?.[o]) * f])) as Record<ReputationOutcome, number>
  return { provider: record.provider, updatedAtMs: Math.max(now, sane(record.updatedAtMs)), counts, runningMsSum: sane(record.runningMsSum) * f, runningCount: sane(record.runningCount) * f }
}

/** The record with one more outcome at `now`. */
export function observeOutcome (record: ReputationRecord, outcome: ReputationOutcome, now: number, options: ReputationOptions = {}): ReputationRecord {
  if (!REPUTATION_OUTCOMES.includes(outcome)) throw new InvalidParametersError(`outcome: unknown "${String(outcome).slice(0, 32)}"`)
  const r = decayReputation(record, now, options)
  r.counts[outcome] += 1
  // A wrong result was counted a success when it arrived: take that back.
  if (outcome === 'verify-mismatch') r.counts.succeeded = Math.max(0, r.counts.succeeded - 1)
  return r
}

/** The record with one more submit-to-running time. */
export function observeTimeToRunning (record: ReputationRecord, ms: number, now: number, options: ReputationOptions = {}): ReputationRecord {
  const r = decayReputation(record, now, options)
  if (!Number.isFinite(ms) || ms < 0) return r
  r.runningMsSum += ms
  r.runningCount += 1
  return r
}

/** The score of `record` (undefined: a provider we know nothing of) as of `now`, with why. */
export function reputationScore (record: ReputationRecord | undefined, now: number, options: ReputationOptions = {}): ReputationScore {
  if (record === undefined) return { score: DEFAULT_REPUTATION, evidence: 0, why: ['no history'] }
  const r = decayReputation(record, now, options)
  const good = r.counts.succeeded
  let bad = 0
  for (const [o, w] of Object.entries(REPUTATION_BAD_WEIGHTS) as Array<[keyof typeof REPUTATION_BAD_WEIGHTS, number]>) bad += w * r.counts[o]
  const evidence = REPUTATION_OUTCOMES.reduce((n, o) => n + r.counts[o], 0)
  const score = (good + REPUTATION_PRIOR_WEIGHT * DEFAULT_REPUTATION) / (good + bad + REPUTATION_PRIOR_WEIGHT)
  // Counts below a twentieth of an outcome have decayed away: not worth naming.
  const why = REPUTATION_OUTCOMES.filter(o => r.counts[o] >= 0.05).map(o => `${r.counts[o].toFixed(1)} ${o}`)
  const out: ReputationScore = { score: Math.min(1, Math.max(0, score)), evidence, why: why.length > 0 ? why : ['no recent history'] }
  if (r.runningCount >= 0.05) out.meanTimeToRunningMs = r.runningMsSum / r.runningCount
  return out
}
