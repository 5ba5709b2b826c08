/**
 * Everyone's view of the market: the newest live offer of each provider. Clients use
 * it to choose whom to ask for bids, providers to see their competition. Pure
 * bookkeeping: callers verify envelopes first and hand in what they opened.
 */
import { DEFAULT_MAX_OFFERS } from '../constants.js'
import { InvalidParametersError } from '../errors.js'
import type { CapacityOffer } from '../offer.js'
import type { JobOrder } from '../order.js'
import { matchOffer } from './match.js'

export interface OfferBookInit {
  /** Most offers (= providers) held; when full the one expiring soonest goes. Default {@link DEFAULT_MAX_OFFERS}. */
  maxOffers?: number
  /** The clock, unix ms; injectable for tests. Default `Date.now`. */
  now?: () => number
}

/** A verified offer: the peer id that signed its envelope and the decoded offer. */
export interface OpenedOffer {
  signer: string
  message: CapacityOffer
}

/**
 * Why an offer was not taken:
 * - `signer-mismatch`: the envelope's signer is not the offer's `provider`
 * - `stale`: the book holds an offer from that provider with an equal or newer `seq`
 * - `expired`: the offer's expiry has passed
 * - `full`: the book is full and every offer in it outlives this one
 */
export type OfferRefusal = 'signer-mismatch' | 'stale' | 'expired' | 'full'

export type AddOfferResult =
  | { accepted: true, replaced: boolean }
  | { accepted: false, reason: OfferRefusal }

export class OfferBook {
  private readonly offers = new Map<string, CapacityOffer>()
  private readonly maxOffers: number
  private readonly now: () => number

  constructor (init: OfferBookInit = {}) {
    this.maxOffers = init.maxOffers ?? DEFAULT_MAX_OFFERS
    if (!Number.isSafeInteger(this.maxOffers) || this.maxOffers < 1) {
      throw new InvalidParametersError(`maxOffers: ${this.maxOffers} is not a positive integer`)
    }
    this.now = init.now ?? Date.now
  }

  /** Keep `opened.message` if it is the newest live offer of its provider. */
  add (opened: OpenedOffer): AddOfferResult {
    const offer = opened.message
    // Anyone can relay an offer on gossip, but only its provider may author it.
    if (opened.signer !== offer.provider) return { accepted: false, reason: 'signer-mismatch' }
    const current = this.offers.get(offer.provider)
    // Checked before expiry so a replayed old offer cannot displace a newer one.
    if (current !== undefined && offer.seq <= current.seq) return { accepted: false, reason: 'stale' }
    const now = this.now()
    if (offer.expiresAtMs <= now) return { accepted: false, reason: 'expired' }

    if (current === undefined && this.offers.size >= this.maxOffers) {
      this.prune()
      if (this.offers.size >= this.maxOffers) {
        const victim = this.soonestExpiring()
        if (victim === undefined || victim.expiresAtMs <= offer.expiresAtMs) {
          if (victim !== undefined) this.offers.delete(victim.provider)
        } else {
          return { accepted: false, reason: 'full' }
        }
      }
    }
    this.offers.set(offer.provider, offer)
    return { accepted: true, replaced: current !== undefined }
  }

  /** The provider's live offer, if any. */
  get (provider: string): CapacityOffer | undefined {
    const offer = this.offers.get(provider)
    if (offer === undefined) return undefined
    if (offer.expiresAtMs <= this.now()) {
      this.offers.delete(provider)
      return undefined
    }
    return offer
  }

  /** Every live offer, in no particular order. */
  list (): CapacityOffer[] {
    this.prune()
    return [...this.offers.values()]
  }

  /** Live offers that satisfy `order`, cheapest first, then by provider id. */
  match (order: JobOrder): CapacityOffer[] {
    const now = this.now()
    return this.list()
      .filter(offer => matchOffer(order, offer, { now }).ok)
      .sort((a, b) => a.pricePerGpuHour < b.pricePerGpuHour
        ? -1
        : a.pricePerGpuHour > b.pricePerGpuHour
          ? 1
          : a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0)
  }

  /** Forget a provider's offer; true when there was one. */
  remove (provider: string): boolean {
    return this.offers.delete(provider)
  }

  /** Drop expired offers; returns how many went. */
  prune (): number {
    const now = this.now()
    let dropped = 0
    for (const [provider, offer] of this.offers) {
      if (offer.expiresAtMs <= now) {
        this.offers.delete(provider)
        dropped++
      }
    }
    return dropped
  }

  /** Live offers held. */
  get size (): number {
    this.prune()
    return this.offers.size
  }

  private soonestExpiring (): CapacityOffer | undefined {
    let victim: CapacityOffer | undefined
    for (const offer of this.offers.values()) {
      if (victim === undefined || offer.expiresAtMs < victim.expiresAtMs) victim = offer
    }
    return victim
  }
}
