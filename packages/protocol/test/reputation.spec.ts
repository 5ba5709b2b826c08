/**
 * The reputation scorer: the documented formula, decay by half-life, and properties an
 * honest provider relies on (noise moves it a little, success never lowers it) and a
 * dishonest one runs into (faults always lower it, a fresh identity starts at the prior).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_REPUTATION } from '../src/constants.js'
import { InvalidParametersError } from '../src/errors.js'
import {
  REPUTATION_OUTCOMES, decayReputation, emptyReputation, observeOutcome, observeTimeToRunning, reputationScore,
  type ReputationOutcome, type ReputationRecord
} from '../src/market/reputation.js'

const SEED = 20_260_121
const H = 1_000
const opts = { halfLifeMs: H }

function apply (outcomes: readonly ReputationOutcome[], now = 0): ReputationRecord {
  return outcomes.reduce((r, o) => observeOutcome(r, o, now, opts), emptyReputation('p', now))
}

const score = (r: ReputationRecord | undefined, now = 0): number => reputationScore(r, now, opts).score

describe('reputationScore', () => {
  it('scores a provider with no record, or an empty one, at the prior', () => {
    expect(reputationScore(undefined, 0)).toEqual({ score: DEFAULT_REPUTATION, evidence: 0, why: ['no history'] })
    expect(score(emptyReputation('p', 0))).toBe(DEFAULT_REPUTATION)
  })

  it('follows the documented formula', () => {
    // (good + 2 x 0.5) / (good + bad + 2)
    expect(score(apply(['succeeded']))).toBeCloseTo(2 / 3)
    expect(score(apply(['lost', 'lost']))).toBeCloseTo(1 / 4)
    expect(score(apply(['refused']))).toBeCloseTo(1 / 2.5)
    expect(score(apply(['preempted']))).toBeCloseTo(1 / 2.25)
    expect(score(apply([...Array(10).fill('succeeded'), 'refused']))).toBeCloseTo(11 / 12.5)
    // A wrong result takes back its success and weighs 4.
    expect(score(apply(['succeeded', 'verify-mismatch']))).toBeCloseTo(1 / 6)
  })

  it('says why, in decayed counts, and the mean time to running', () => {
    let r = apply(['succeeded', 'succeeded', 'lost'])
    r = observeTimeToRunning(r, 100, 0, opts)
    r = observeTimeToRunning(r, 300, 0, opts)
    const s = reputationScore(r, 0, opts)
    expect(s.why).toEqual(['2.0 succeeded', '1.0 lost'])
    expect(s.evidence).toBe(3)
    expect(s.meanTimeToRunningMs).toBeCloseTo(200)
  })

  it('halves every count per half-life, and forgets faults as it forgets successes', () => {
    const r = apply(['lost', 'lost', 'lost', 'lost'])
    expect(decayReputation(r, H, opts).counts.lost).toBeCloseTo(2)
    expect(decayReputation(r, 3 * H, opts).counts.lost).toBeCloseTo(0.5)
    expect(score(r, 0)).toBeLessThan(score(r, H))
    expect(score(r, 40 * H)).toBeCloseTo(DEFAULT_REPUTATION)
    expect(reputationScore(r, 40 * H, opts).why).toEqual(['no recent history'])
  })

  it('decays nothing when the clock went back', () => {
    const r = apply(['succeeded'], 5_000)
    expect(decayReputation(r, 1_000, opts).counts.succeeded).toBe(1)
  })

  it('survives a record mangled on disk (negative, NaN, missing counts)', () => {
    const bad = { provider: 'p', updatedAtMs: Number.NaN, counts: { succeeded: -5, lost: Number.NaN }, runningMsSum: -1, runningCount: Infinity } as unknown as ReputationRecord
    const s = reputationScore(bad, 0, opts)
    expect(s.score).toBe(DEFAULT_REPUTATION)
    expect(s.meanTimeToRunningMs).toBeUndefined()
  })

  it('refuses an unknown outcome and a bad half-life with typed errors', () => {
    expect(() => observeOutcome(emptyReputation('p', 0), 'great' as never, 0)).toThrow(InvalidParametersError)
    expect(() => reputationScore(emptyReputation('p', 0), 0, { halfLifeMs: 0 })).toThrow(InvalidParametersError)
  })
})

describe('reputation properties', () => {
  const outcome = fc.constantFrom(...REPUTATION_OUTCOMES)
  const history = fc.array(fc.tuple(outcome, fc.integer({ min: 0, max: 10 * H })), { maxLength: 40 })
    .map(list => list.sort((a, b) => a[1] - b[1]))
  const build = (list: Array<[ReputationOutcome, number]>): ReputationRecord =>
    list.reduce((r, [o, t]) => observeOutcome(r, o, t, opts), emptyReputation('p', 0))

  it('always stays within 0..1', () => {
    fc.assert(fc.property(history, fc.integer({ min: 0, max: 100 * H }), (list, later) => {
      const s = score(build(list), 10 * H + later)
      return s >= 0 && s <= 1
    }), { seed: SEED })
  })

  it('never falls on a success, and always falls on a fault', () => {
    fc.assert(fc.property(history, fc.constantFrom<ReputationOutcome>('provider-failed', 'lost', 'preempted', 'refused', 'verify-mismatch'), (list, fault) => {
      const now = 10 * H
      const r = build(list)
      const before = score(r, now)
      return score(observeOutcome(r, 'succeeded', now, opts), now) >= before - 1e-12 &&
        score(observeOutcome(r, fault, now, opts), now) < before
    }), { seed: SEED })
  })

  it('keeps an honest provider (at least 9 in 10 succeeded) above the prior, whatever its noise', () => {
    fc.assert(fc.property(fc.integer({ min: 9, max: 50 }), fc.constantFrom<ReputationOutcome>('refused', 'preempted', 'lost', 'provider-failed'), (ok, noise) => {
      const list: ReputationOutcome[] = [...Array(ok).fill('succeeded'), ...Array(Math.floor(ok / 9)).fill(noise)]
      return score(apply(list)) > DEFAULT_REPUTATION
    }), { seed: SEED })
  })

  it('gives a provider that dropped more than it finished less than a fresh identity gets', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 20 }), (ok, extra) => {
      const list: ReputationOutcome[] = [...Array(ok).fill('succeeded'), ...Array(ok + extra).fill('lost')]
      return score(apply(list)) < score(undefined)
    }), { seed: SEED })
  })
})
