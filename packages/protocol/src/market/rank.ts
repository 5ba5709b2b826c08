/**
 * Ordering the bids of one auction. The order must be total and deterministic: two
 * clients with the same bids pick the same winner, and a retry takes the next one.
 */
import type { Bid } from '../bid.js'
import { DEFAULT_REPUTATION } from '../constants.js'
import { InvalidParametersError } from '../errors.js'

export interface RankableBid {
  bid: Bid
  /** Round-trip time of the bid request. */
  latencyMs: number
  /** 0..1, higher is better; unknown providers count as {@link DEFAULT_REPUTATION}. */
  reputation?: number
  /** Measured work per second its offer signs for (measuredWork); 0 or absent: not measured. */
  work?: number
}

export type RankStrategy = 'price' | 'latency' | 'reputation' | 'value'

type Compare = (a: RankableBid, b: RankableBid) => number

function reputationOf (v: number | undefined): number {
  if (v === undefined || Number.isNaN(v)) return DEFAULT_REPUTATION
  return Math.min(1, Math.max(0, v))
}

function latencyOf (r: RankableBid): number {
  return Number.isNaN(r.latencyMs) ? Infinity : r.latencyMs
}

/** Reliability is floored here: a provider at 0 still has a finite (very high) effective price. */
const MIN_RELIABILITY_PPM = 50_000n

function reliabilityPpm (reputation: number | undefined): bigint {
  const ppm = BigInt(Math.round(reputationOf(reputation) * 1_000_000))
  return ppm < MIN_RELIABILITY_PPM ? MIN_RELIABILITY_PPM : ppm
}

/**
 * What a run is expected to cost per successful run: `price / reliability`, with the
 * reputation score (0..1, floored at 0.05) as the chance a run on this provider
 * succeeds; a failed run is paid for and run again, so a provider that finishes half
 * its jobs costs twice its price. Rounded down, in micro-credits per GPU-hour.
 */
export function effectivePrice (pricePerGpuHour: bigint, reputation: number | undefined): bigint {
  return pricePerGpuHour * 1_000_000n / reliabilityPpm(reputation)
}

const byPrice: Compare = (a, b) => a.bid.pricePerGpuHour < b.bid.pricePerGpuHour ? -1 : a.bid.pricePerGpuHour > b.bid.pricePerGpuHour ? 1 : 0
const byReputation: Compare = (a, b) => reputationOf(b.reputation) - reputationOf(a.reputation)
// Cross-multiplied (price_a / s_a < price_b / s_b), exact in bigints.
const byEffectivePrice: Compare = (a, b) => {
  const x = a.bid.pricePerGpuHour * reliabilityPpm(b.reputation)
  const y = b.bid.pricePerGpuHour * reliabilityPpm(a.reputation)
  return x < y ? -1 : x > y ? 1 : 0
}
function workOf (r: RankableBid): bigint {
  const w = r.work
  return w !== undefined && Number.isFinite(w) && w >= 1 ? BigInt(Math.floor(w)) : 0n
}
// Price per unit of measured work, cross-multiplied; unmeasured bids after measured ones.
const byValue: Compare = (a, b) => {
  const wa = workOf(a)
  const wb = workOf(b)
  if (wa === 0n || wb === 0n) return wa === wb ? 0 : wa === 0n ? 1 : -1
  const x = a.bid.pricePerGpuHour * wb
  const y = b.bid.pricePerGpuHour * wa
  return x < y ? -1 : x > y ? 1 : 0
}
const byLatency: Compare = (a, b) => {
  const x = latencyOf(a)
  const y = latencyOf(b)
  return x < y ? -1 : x > y ? 1 : 0
}
// Code-unit order, not localeCompare: the result must not depend on the host's locale.
const byString = (x: string, y: string): number => x < y ? -1 : x > y ? 1 : 0
const byTieBreak: Compare = (a, b) => byString(a.bid.provider, b.bid.provider) || byString(a.bid.bidId, b.bid.bidId)

const ORDERS: Record<RankStrategy, Compare[]> = {
  price: [byPrice, byReputation, byLatency, byTieBreak],
  latency: [byLatency, byPrice, byReputation, byTieBreak],
  reputation: [byEffectivePrice, byReputation, byPrice, byLatency, byTieBreak],
  value: [byValue, byEffectivePrice, byReputation, byPrice, byLatency, byTieBreak]
}

/**
 * Best bid first. `price`: cheapest, then higher reputation, then lower latency;
 * `latency`: fastest, then the same; `reputation`: lowest {@link effectivePrice} (price
 * over reliability), then higher reputation, price, latency; `value`: lowest price per
 * unit of measured work (an offer's signed probe figures; unmeasured last), then as
 * `reputation`. Ties end on provider peer id, then bid id. Returns a new array.
 */
export function rankBids (bids: readonly RankableBid[], strategy: RankStrategy = 'price'): RankableBid[] {
  const order = Object.hasOwn(ORDERS, strategy) ? ORDERS[strategy] : undefined
  if (order === undefined) throw new InvalidParametersError(`strategy: unknown "${String(strategy).slice(0, 32)}"`)
  return [...bids].sort((a, b) => {
    for (const compare of order) {
      const c = compare(a, b)
      if (c !== 0) return c
    }
    return 0
  })
}

/**
 * Whether an auction is decided before everyone asked has answered:
 * no outstanding provider can match or beat `best`. Honest bids never go below the
 * base price a provider advertises in its offer (every pricing strategy starts there,
 * see priceOrder), so a provider whose offer asks more than `best` cannot win. Ranked by
 * reputation, pass effective prices (effectivePrice of the best bid, and of each
 * outstanding offer's price with its provider's score): rounding both down keeps the
 * test safe, since floor(x) > floor(y) implies x > y.
 */
export function auctionDecided (best: bigint | undefined, outstandingOfferPrices: Iterable<bigint>): boolean {
  if (best === undefined) return false
  for (const price of outstandingOfferPrices) if (price <= best) return false
  return true
}
