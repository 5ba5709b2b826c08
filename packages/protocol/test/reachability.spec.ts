import { describe, expect, it } from 'vitest'
import { MAX_UNREACHABLE_BACKOFF_MS, SOURCE_DISTRUST_MS, UNREACHABLE_BACKOFF_MS } from '../src/constants.js'
import { PeerRateLimiter } from '../src/market/peer-rate-limiter.js'
import { SourceStanding, UnreachableBackoff, rankOffers, type OfferCandidate } from '../src/market/reachability.js'
import * as f from './fixtures.js'

describe('UnreachableBackoff', () => {
  it('skips a provider we failed to dial for a pause that doubles per failure, up to its cap', () => {
    const b = new UnreachableBackoff()
    const t = f.NOW
    expect(b.mark('p', t)).toBe(t + UNREACHABLE_BACKOFF_MS)
    expect(b.isBackedOff('p', t + UNREACHABLE_BACKOFF_MS - 1)).toBe(true)
    expect(b.isBackedOff('p', t + UNREACHABLE_BACKOFF_MS)).toBe(false)
    expect(b.isBackedOff('other', t)).toBe(false)
    const t2 = t + UNREACHABLE_BACKOFF_MS
    expect(b.mark('p', t2)).toBe(t2 + 2 * UNREACHABLE_BACKOFF_MS)
    let now = t2
    for (let i = 0; i < 20; i++) now = b.mark('p', now)
    expect(b.mark('p', now) - now).toBe(MAX_UNREACHABLE_BACKOFF_MS)
  })

  it('forgets a provider once reached, and starts over after a long quiet spell', () => {
    const b = new UnreachableBackoff()
    b.mark('p', f.NOW)
    b.mark('p', f.NOW + 1)
    b.clear('p')
    expect(b.isBackedOff('p', f.NOW + 2)).toBe(false)
    expect(b.mark('p', f.NOW + 2)).toBe(f.NOW + 2 + UNREACHABLE_BACKOFF_MS)
    const later = f.NOW + 10 * MAX_UNREACHABLE_BACKOFF_MS
    expect(b.mark('p', later)).toBe(later + UNREACHABLE_BACKOFF_MS)
  })

  it('stays bounded under thousands of fakes', () => {
    const b = new UnreachableBackoff()
    for (let i = 0; i < 20_000; i++) b.mark(`fake-${i}`, f.NOW + i)
    expect(b.size).toBeLessThanOrEqual(4_096)
    expect(b.isBackedOff('fake-19999', f.NOW + 20_000)).toBe(true)
  })
})

describe('SourceStanding', () => {
  it('distrusts a source after three relayed offers fail with none that worked, for SOURCE_DISTRUST_MS', () => {
    const s = new SourceStanding()
    expect(s.record('attacker', 'unreachable', f.NOW)).toBe(false)
    expect(s.record('attacker', 'invalid', f.NOW)).toBe(false)
    expect(s.isDistrusted('attacker', f.NOW)).toBe(false)
    expect(s.record('attacker', 'unreachable', f.NOW)).toBe(true)
    expect(s.isDistrusted('attacker', f.NOW + 1)).toBe(true)
    expect(s.score('attacker', -100, f.NOW + 1)).toBe(-100)
    expect(s.score('bootstrap', -100, f.NOW + 1)).toBe(0)
    // It says so once; it serves its time and starts afresh.
    expect(s.record('attacker', 'unreachable', f.NOW + 2)).toBe(false)
    expect(s.isDistrusted('attacker', f.NOW + SOURCE_DISTRUST_MS)).toBe(false)
    expect(s.record('attacker', 'unreachable', f.NOW + SOURCE_DISTRUST_MS)).toBe(false)
  })

  it('keeps the standing of a source whose offers mostly work', () => {
    const s = new SourceStanding()
    for (let i = 0; i < 10; i++) s.record('bootstrap', 'reached', f.NOW)
    for (let i = 0; i < 5; i++) expect(s.record('bootstrap', 'unreachable', f.NOW)).toBe(false)
    expect(s.isDistrusted('bootstrap', f.NOW)).toBe(false)
  })
})

describe('rankOffers', () => {
  const c = (provider: string, standing: 'reached' | 'relayed', freeNow: boolean, price: bigint): OfferCandidate =>
    ({ offer: f.offer({ provider, pricePerGpuHour: price }), standing, freeNow })

  it('asks free providers first, reached before relayed among them, then the cheapest', () => {
    const ranked = rankOffers([
      c('relayed-cheap', 'relayed', true, 1n),
      c('reached-busy', 'reached', false, 1n),
      c('reached-dear', 'reached', true, 3n),
      c('reached-fair', 'reached', true, 2n),
      c('relayed-busy', 'relayed', false, 1n)
    ])
    expect(ranked.map(r => r.offer.provider)).toEqual(['reached-fair', 'reached-dear', 'relayed-cheap', 'reached-busy', 'relayed-busy'])
  })
})

describe('PeerRateLimiter', () => {
  it('allows a peer its budget per window, and others theirs', () => {
    const l = new PeerRateLimiter(2, 5_000)
    expect([l.allow('a', f.NOW), l.allow('a', f.NOW + 1), l.allow('a', f.NOW + 2)]).toEqual([true, true, false])
    expect(l.allow('b', f.NOW + 2)).toBe(true)
    expect(l.allow('a', f.NOW + 5_000)).toBe(true)
  })
})
