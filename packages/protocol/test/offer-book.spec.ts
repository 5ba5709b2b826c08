import { describe, expect, it } from 'vitest'
import { InvalidParametersError } from '../src/errors.js'
import { MAX_OFFER_LIFETIME_MS } from '../src/constants.js'
import { OfferBook } from '../src/market/offer-book.js'
import type { CapacityOffer } from '../src/offer.js'
import * as f from './fixtures.js'

function clock (start = f.NOW): { now: () => number, advance: (ms: number) => void } {
  let t = start
  return { now: () => t, advance: (ms) => { t += ms } }
}

const opened = (over: Partial<CapacityOffer> = {}): { signer: string, message: CapacityOffer } => {
  const message = f.offer(over)
  return { signer: message.provider, message }
}

describe('OfferBook', () => {
  it('keeps the newest seq per provider and ignores older or equal ones', () => {
    const book = new OfferBook({ now: clock().now })
    expect(book.add(opened({ seq: 5 }))).toEqual({ accepted: true, replaced: false, standing: 'reached' })
    expect(book.add(opened({ seq: 5, pricePerGpuHour: 1n }))).toEqual({ accepted: false, reason: 'stale' })
    expect(book.add(opened({ seq: 4, pricePerGpuHour: 1n }))).toEqual({ accepted: false, reason: 'stale' })
    expect(book.get(f.PROVIDER)?.pricePerGpuHour).toBe(2_000_000n)
    expect(book.add(opened({ seq: 6, pricePerGpuHour: 7n }))).toEqual({ accepted: true, replaced: true, standing: 'reached' })
    expect(book.get(f.PROVIDER)?.pricePerGpuHour).toBe(7n)
    expect(book.size).toBe(1)
  })

  it('refuses an offer whose provider is not its signer', () => {
    const book = new OfferBook({ now: clock().now })
    expect(book.add({ signer: 'someone-else', message: f.offer() })).toEqual({ accepted: false, reason: 'signer-mismatch' })
    expect(book.size).toBe(0)
  })

  it('refuses an offer that has already expired, and drops offers as they expire', () => {
    const c = clock()
    const book = new OfferBook({ now: c.now })
    expect(book.add(opened({ expiresAtMs: f.NOW }))).toEqual({ accepted: false, reason: 'expired' })
    book.add(opened({ provider: 'a', expiresAtMs: f.NOW + 1000 }))
    book.add(opened({ provider: 'b', expiresAtMs: f.NOW + 2000 }))
    expect(book.size).toBe(2)
    c.advance(1000)
    expect(book.get('a')).toBeUndefined()
    expect(book.list().map(o => o.provider)).toEqual(['b'])
    c.advance(1000)
    expect(book.size).toBe(0)
  })

  it('does not let a replayed older offer back in after the newer one expired from view', () => {
    const c = clock()
    const book = new OfferBook({ now: c.now })
    book.add(opened({ seq: 9, expiresAtMs: f.NOW + 1000 }))
    c.advance(500)
    expect(book.add(opened({ seq: 8, expiresAtMs: f.NOW + 5000 }))).toEqual({ accepted: false, reason: 'stale' })
  })

  it('evicts the offer expiring soonest when full, and refuses one that would be it', () => {
    const book = new OfferBook({ maxOffers: 3, now: clock().now })
    book.add(opened({ provider: 'a', expiresAtMs: f.NOW + 3000 }))
    book.add(opened({ provider: 'b', expiresAtMs: f.NOW + 1000 }))
    book.add(opened({ provider: 'c', expiresAtMs: f.NOW + 2000 }))
    expect(book.add(opened({ provider: 'd', expiresAtMs: f.NOW + 4000 }))).toEqual({ accepted: true, replaced: false, standing: 'reached' })
    expect(book.list().map(o => o.provider).sort()).toEqual(['a', 'c', 'd'])
    expect(book.add(opened({ provider: 'e', expiresAtMs: f.NOW + 500 }))).toEqual({ accepted: false, reason: 'full' })
    // A newer offer from a provider already held never needs room.
    expect(book.add(opened({ provider: 'c', seq: 4, expiresAtMs: f.NOW + 100 }))).toEqual({ accepted: true, replaced: true, standing: 'reached' })
    expect(book.size).toBe(3)
  })

  it('makes room by dropping expired offers before evicting live ones', () => {
    const c = clock()
    const book = new OfferBook({ maxOffers: 2, now: c.now })
    book.add(opened({ provider: 'a', expiresAtMs: f.NOW + 100 }))
    book.add(opened({ provider: 'b', expiresAtMs: f.NOW + 5000 }))
    c.advance(200)
    expect(book.add(opened({ provider: 'c', expiresAtMs: f.NOW + 1000 }))).toEqual({ accepted: true, replaced: false, standing: 'reached' })
    expect(book.list().map(o => o.provider).sort()).toEqual(['b', 'c'])
  })

  it('matches an order: only fitting offers, cheapest first, then by provider id', () => {
    const book = new OfferBook({ now: clock().now })
    book.add(opened({ provider: 'zed', pricePerGpuHour: 1_000_000n }))
    book.add(opened({ provider: 'amy', pricePerGpuHour: 1_000_000n }))
    book.add(opened({ provider: 'bob', pricePerGpuHour: 500_000n }))
    book.add(opened({ provider: 'too-dear', pricePerGpuHour: 9_000_000n }))
    book.add(opened({ provider: 'no-docker', pricePerGpuHour: 1n, runtimes: ['process'] }))
    expect(book.match(f.order()).map(o => o.provider)).toEqual(['bob', 'amy', 'zed'])
  })

  it('removes a provider on request', () => {
    const book = new OfferBook({ now: clock().now })
    book.add(opened())
    expect(book.remove(f.PROVIDER)).toBe(true)
    expect(book.remove(f.PROVIDER)).toBe(false)
    expect(book.get(f.PROVIDER)).toBeUndefined()
  })

  it('refuses a size bound that is not a positive integer', () => {
    expect(() => new OfferBook({ maxOffers: 0 })).toThrow(InvalidParametersError)
    expect(() => new OfferBook({ maxOffers: 1.5 })).toThrow(InvalidParametersError)
  })

  it('stays within its bound under a flood of providers', () => {
    const book = new OfferBook({ maxOffers: 100, now: clock().now })
    for (let i = 0; i < 1000; i++) book.add(opened({ provider: `p${i}`, expiresAtMs: f.NOW + 1000 + i }))
    expect(book.size).toBe(100)
    // The longest-lived survive.
    expect(book.get('p999')).toBeDefined()
    expect(book.get('p0')).toBeUndefined()
  })

  describe('admission', () => {
    const relayed = (provider: string, from: string, over: Partial<CapacityOffer> = {}): { signer: string, from: string, message: CapacityOffer } =>
      ({ signer: provider, from, message: f.offer({ provider, ...over }) })

    it('caps an offer\'s lifetime at MAX_OFFER_LIFETIME_MS after it was signed, whatever it claims', () => {
      const c = clock()
      const book = new OfferBook({ now: c.now })
      book.add({ ...opened({ provider: 'a', expiresAtMs: f.NOW + 365 * 24 * 3_600_000 }), signedAtMs: f.NOW - 10_000 })
      expect(book.get('a')?.expiresAtMs).toBe(f.NOW - 10_000 + MAX_OFFER_LIFETIME_MS)
      // A signing time in the future (clock skew) does not stretch it past now + the cap.
      book.add({ ...opened({ provider: 'b', expiresAtMs: f.NOW + 365 * 24 * 3_600_000 }), signedAtMs: f.NOW + 25_000 })
      expect(book.get('b')?.expiresAtMs).toBe(f.NOW + MAX_OFFER_LIFETIME_MS)
      // An old envelope replayed is already past its lifetime.
      expect(book.add({ ...opened({ provider: 'c', expiresAtMs: f.NOW + 3_600_000 }), signedAtMs: f.NOW - MAX_OFFER_LIFETIME_MS })).toEqual({ accepted: false, reason: 'expired' })
      c.advance(MAX_OFFER_LIFETIME_MS)
      expect(book.size).toBe(0)
    })

    it('files an offer from its own provider as reached, one relayed by another peer as relayed with its source', () => {
      const book = new OfferBook({ now: clock().now })
      expect(book.add(opened({ provider: 'p' }))).toMatchObject({ accepted: true, standing: 'reached' })
      expect(book.add(relayed('q', 'relay'))).toMatchObject({ accepted: true, standing: 'relayed' })
      expect(book.entry('q')).toMatchObject({ standing: 'relayed', source: 'relay' })
      expect(book.relayedBy('relay')).toBe(1)
      expect(book.entries().map(e => e.offer.provider)).toEqual(['p', 'q'])
    })

    it('bounds the relayed offers of one source, and other sources still get in', () => {
      const book = new OfferBook({ maxRelayedPerSource: 10, now: clock().now })
      for (let i = 0; i < 3_000; i++) book.add(relayed(`sybil-${i}`, 'attacker'))
      expect(book.relayedBy('attacker')).toBe(10)
      expect(book.add(relayed('sybil-x', 'attacker'))).toEqual({ accepted: false, reason: 'source-quota' })
      // A newer offer of a provider it already placed needs no quota.
      expect(book.add(relayed('sybil-0', 'attacker', { seq: 99 }))).toMatchObject({ accepted: true, replaced: true })
      expect(book.add(relayed('honest', 'bootstrap'))).toMatchObject({ accepted: true, standing: 'relayed' })
      expect(book.add(opened({ provider: 'direct' }))).toMatchObject({ accepted: true, standing: 'reached' })
      expect(book.size).toBe(12)
    })

    it('refuses offers relayed by or from a distrusted peer, and drops those it holds on request', () => {
      const distrusted = new Set<string>()
      const book = new OfferBook({ now: clock().now, isDistrusted: s => distrusted.has(s) })
      book.add(relayed('a', 'attacker'))
      book.add(relayed('b', 'attacker'))
      book.add(relayed('c', 'bootstrap'))
      book.add(opened({ provider: 'attacker' }))
      distrusted.add('attacker')
      expect(book.add(relayed('d', 'attacker'))).toEqual({ accepted: false, reason: 'distrusted' })
      // Nor is its own offer heard, first-hand or relayed by someone else.
      expect(book.add(opened({ provider: 'attacker', seq: 9 }))).toEqual({ accepted: false, reason: 'distrusted' })
      expect(book.add(relayed('attacker', 'bootstrap', { seq: 9 }))).toEqual({ accepted: false, reason: 'distrusted' })
      expect(book.dropSource('attacker')).toBe(3)
      expect(book.list().map(o => o.provider)).toEqual(['c'])
      expect(book.relayedBy('attacker')).toBe(0)
      // The provider itself is never refused for its relayer's sins.
      expect(book.add(opened({ provider: 'a' }))).toMatchObject({ accepted: true, standing: 'reached' })
    })

    it('promotes a relayed provider once reached, freeing its source\'s quota, and keeps it reached', () => {
      const book = new OfferBook({ maxRelayedPerSource: 1, now: clock().now })
      book.add(relayed('a', 'bootstrap'))
      expect(book.add(relayed('b', 'bootstrap'))).toEqual({ accepted: false, reason: 'source-quota' })
      expect(book.markReached('a')).toBe(true)
      expect(book.markReached('a')).toBe(false)
      expect(book.entry('a')).toMatchObject({ standing: 'reached', source: 'a' })
      expect(book.add(relayed('b', 'bootstrap'))).toMatchObject({ accepted: true })
      // A newer offer of a reached provider that comes relayed stays reached.
      expect(book.add(relayed('a', 'bootstrap', { seq: 9 }))).toMatchObject({ accepted: true, standing: 'reached' })
      // And a relayed provider heard first-hand becomes reached.
      expect(book.add(opened({ provider: 'b', seq: 9 }))).toMatchObject({ accepted: true, standing: 'reached' })
      expect(book.relayedBy('bootstrap')).toBe(0)
    })

    it('keeps room for reached providers: when full a reached offer evicts a relayed one, never the reverse', () => {
      const book = new OfferBook({ maxOffers: 4, now: clock().now })
      book.add(opened({ provider: 'r1', expiresAtMs: f.NOW + 1_000 }))
      for (let i = 0; i < 3; i++) book.add(relayed(`far-${i}`, `src-${i}`, { expiresAtMs: f.NOW + 50_000 }))
      // Relayed cannot push out the reached one, even though it outlives it ...
      expect(book.add(relayed('late', 'src-9', { expiresAtMs: f.NOW + 40_000 }))).toEqual({ accepted: false, reason: 'full' })
      // ... only a relayed one that expires sooner.
      expect(book.add(relayed('later', 'src-9', { expiresAtMs: f.NOW + 55_000 }))).toMatchObject({ accepted: true, standing: 'relayed' })
      // A reached newcomer takes a relayed place, even one that outlives it.
      expect(book.add(opened({ provider: 'r2', expiresAtMs: f.NOW + 500 }))).toMatchObject({ accepted: true, standing: 'reached' })
      expect(book.entries().filter(e => e.standing === 'reached').map(e => e.offer.provider).sort()).toEqual(['r1', 'r2'])
      expect(book.size).toBe(4)
    })

    it('matches reached providers before relayed ones, then by price', () => {
      const book = new OfferBook({ now: clock().now })
      book.add(relayed('cheap-fake', 'attacker', { pricePerGpuHour: 1n }))
      book.add(opened({ provider: 'dear', pricePerGpuHour: 3_000_000n }))
      book.add(opened({ provider: 'fair', pricePerGpuHour: 2_000_000n }))
      expect(book.match(f.order()).map(o => o.provider)).toEqual(['fair', 'dear', 'cheap-fake'])
    })
  })
})
