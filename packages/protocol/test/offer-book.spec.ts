import { describe, expect, it } from 'vitest'
import { InvalidParametersError } from '../src/errors.js'
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
    expect(book.add(opened({ seq: 5 }))).toEqual({ accepted: true, replaced: false })
    expect(book.add(opened({ seq: 5, pricePerGpuHour: 1n }))).toEqual({ accepted: false, reason: 'stale' })
    expect(book.add(opened({ seq: 4, pricePerGpuHour: 1n }))).toEqual({ accepted: false, reason: 'stale' })
    expect(book.get(f.PROVIDER)?.pricePerGpuHour).toBe(2_000_000n)
    expect(book.add(opened({ seq: 6, pricePerGpuHour: 7n }))).toEqual({ accepted: true, replaced: true })
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
    expect(book.add(opened({ provider: 'd', expiresAtMs: f.NOW + 4000 }))).toEqual({ accepted: true, replaced: false })
    expect(book.list().map(o => o.provider).sort()).toEqual(['a', 'c', 'd'])
    expect(book.add(opened({ provider: 'e', expiresAtMs: f.NOW + 500 }))).toEqual({ accepted: false, reason: 'full' })
    // A newer offer from a provider already held never needs room.
    expect(book.add(opened({ provider: 'c', seq: 4, expiresAtMs: f.NOW + 100 }))).toEqual({ accepted: true, replaced: true })
    expect(book.size).toBe(3)
  })

  it('makes room by dropping expired offers before evicting live ones', () => {
    const c = clock()
    const book = new OfferBook({ maxOffers: 2, now: c.now })
    book.add(opened({ provider: 'a', expiresAtMs: f.NOW + 100 }))
    book.add(opened({ provider: 'b', expiresAtMs: f.NOW + 5000 }))
    c.advance(200)
    expect(book.add(opened({ provider: 'c', expiresAtMs: f.NOW + 1000 }))).toEqual({ accepted: true, replaced: false })
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
})
