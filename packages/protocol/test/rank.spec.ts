import { describe, expect, it } from 'vitest'
import { InvalidParametersError } from '../src/errors.js'
import { auctionDecided, effectivePrice, rankBids, type RankableBid } from '../src/market/rank.js'
import * as f from './fixtures.js'

function rb (bidId: string, provider: string, price: bigint, latencyMs: number, reputation?: number): RankableBid {
  return { bid: f.bid({ bidId, provider, pricePerGpuHour: price }), latencyMs, reputation }
}

const ids = (bids: RankableBid[]): string[] => bids.map(b => b.bid.bidId)

describe('rankBids', () => {
  const bids = [
    rb('pricey-fast', 'p1', 3_000_000n, 5, 0.9),
    rb('cheap-slow', 'p2', 1_000_000n, 200, 0.5),
    rb('cheap-trusted', 'p3', 1_000_000n, 300, 0.95),
    rb('mid', 'p4', 2_000_000n, 50, 0.2)
  ]

  it.each([
    ['price: cheapest, then reputation, then latency', 'price', ['cheap-trusted', 'cheap-slow', 'mid', 'pricey-fast']],
    ['latency: fastest first', 'latency', ['pricey-fast', 'mid', 'cheap-slow', 'cheap-trusted']],
    ['reputation: lowest price over reliability first', 'reputation', ['cheap-trusted', 'cheap-slow', 'pricey-fast', 'mid']]
  ] as const)('%s', (_name, strategy, expected) => {
    expect(ids(rankBids(bids, strategy))).toEqual(expected)
  })

  it('ranks by price by default', () => {
    expect(ids(rankBids(bids))).toEqual(ids(rankBids(bids, 'price')))
  })

  it('breaks an equal price and reputation on latency', () => {
    const a = rb('slow', 'p1', 1n, 100, 0.5)
    const b = rb('fast', 'p2', 1n, 10, 0.5)
    expect(ids(rankBids([a, b]))).toEqual(['fast', 'slow'])
  })

  it('breaks complete ties on provider peer id, then bid id, whatever the input order', () => {
    const tied = [rb('b-2', 'peerB', 1n, 10, 0.5), rb('b-1', 'peerB', 1n, 10, 0.5), rb('a-9', 'peerA', 1n, 10, 0.5), rb('c-0', 'peerC', 1n, 10, 0.5)]
    const expected = ['a-9', 'b-1', 'b-2', 'c-0']
    expect(ids(rankBids(tied))).toEqual(expected)
    expect(ids(rankBids([...tied].reverse()))).toEqual(expected)
    expect(ids(rankBids(tied, 'latency'))).toEqual(expected)
    expect(ids(rankBids(tied, 'reputation'))).toEqual(expected)
  })

  it('compares peer ids by code unit, not by locale', () => {
    const tied = [rb('x', 'a', 1n, 1, 0.5), rb('y', 'B', 1n, 1, 0.5)]
    expect(ids(rankBids(tied))).toEqual(['y', 'x'])
  })

  it('counts an unknown reputation as neutral and clamps the rest to 0..1', () => {
    const unknown = rb('unknown', 'p1', 1n, 10)
    const good = rb('good', 'p2', 1n, 10, 0.6)
    const bad = rb('bad', 'p3', 1n, 10, 0.4)
    const inflated = rb('inflated', 'p0', 1n, 10, 7)
    const nan = rb('nan', 'p4', 1n, 10, Number.NaN)
    expect(ids(rankBids([bad, unknown, good, inflated, nan]))).toEqual(['inflated', 'good', 'unknown', 'nan', 'bad'])
    expect(ids(rankBids([rb('one', 'p9', 1n, 10, 1), inflated]))).toEqual(['inflated', 'one'])
  })

  it('compares amounts beyond 2^53 exactly', () => {
    const big = 1n << 60n
    expect(ids(rankBids([rb('more', 'p1', big + 1n, 1, 0.5), rb('less', 'p2', big, 1, 0.5)]))).toEqual(['less', 'more'])
  })

  it('returns a new array and leaves its input alone', () => {
    const input = [...bids]
    const ranked = rankBids(input)
    expect(ranked).not.toBe(input)
    expect(input).toEqual(bids)
    expect(rankBids([])).toEqual([])
  })

  it('refuses an unknown strategy with a typed error', () => {
    expect(() => rankBids(bids, 'random' as never)).toThrow(InvalidParametersError)
    expect(() => rankBids(bids, 'toString' as never)).toThrow(InvalidParametersError)
  })
})

describe('ranked by reputation', () => {
  it('prefers a dearer provider that finishes its jobs to a cheap one that drops them', () => {
    // 1 credit at 0.25 (dropped two of two) costs 4 per finished job; 2 credits at 0.8 cost 2.5.
    const dropper = rb('dropper', 'p1', 1_000_000n, 1, 0.25)
    const honest = rb('honest', 'p2', 2_000_000n, 50, 0.8)
    expect(ids(rankBids([dropper, honest], 'reputation'))).toEqual(['honest', 'dropper'])
    expect(ids(rankBids([dropper, honest], 'price'))).toEqual(['dropper', 'honest'])
  })

  it('ranks equal scores by price, as the price strategy does', () => {
    const list = [rb('b', 'p1', 3n, 1, 0.5), rb('a', 'p2', 2n, 9, 0.5), rb('c', 'p3', 5n, 1)]
    expect(ids(rankBids(list, 'reputation'))).toEqual(ids(rankBids(list, 'price')))
  })

  it('gives a provider at reputation 0 a finite effective price (floored at 0.05)', () => {
    expect(effectivePrice(1_000_000n, 0)).toBe(20_000_000n)
    expect(effectivePrice(1_000_000n, 1)).toBe(1_000_000n)
    expect(effectivePrice(1_000_000n, undefined)).toBe(2_000_000n)
    expect(effectivePrice(1_000_000n, Number.NaN)).toBe(2_000_000n)
  })
})

describe('auctionDecided', () => {
  it('is decided once no outstanding provider advertises a price at or below the best bid', () => {
    expect(auctionDecided(5n, [6n, 9n])).toBe(true)
    expect(auctionDecided(5n, [])).toBe(true)
  })

  it('waits while an outstanding provider could match or beat it, or before any bid', () => {
    expect(auctionDecided(5n, [9n, 5n])).toBe(false)
    expect(auctionDecided(5n, [4n])).toBe(false)
    expect(auctionDecided(undefined, [9n])).toBe(false)
    expect(auctionDecided(undefined, [])).toBe(false)
  })
})
