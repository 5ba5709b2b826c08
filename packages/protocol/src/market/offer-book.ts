/**
 * Everyone's view of the market: the newest live offer of each provider. Clients use
 * it to choose whom to ask for bids, providers to see their competition. Pure
 * bookkeeping: callers verify envelopes first and hand in what they opened.
 *
 * Admission (see docs/architecture.md, "Offer admission"): a stranger can sign any
 * number of offers with fresh keys, so the book
 * - caps every offer's lifetime at MAX_OFFER_LIFETIME_MS after it was signed;
 * - tells first-hand offers (`reached`: handed to us by their provider, or a provider
 *   we have talked to) from second-hand ones (`relayed` by another peer, the source);
 * - holds at most `maxRelayedPerSource` relayed offers per source, and none from a
 *   source the caller distrusts;
 * - when full, lets a reached offer evict a relayed one, never the reverse.
 */
import { DEFAULT_MAX_OFFERS, MAX_OFFER_LIFETIME_MS, MAX_RELAYED_OFFERS_PER_SOURCE } from '../constants.js'
import { InvalidParametersError } from '../errors.js'
import type { CapacityOffer } from '../offer.js'
import type { JobOrder } from '../order.js'
import { matchOffer } from './match.js'

export interface OfferBookInit {
  /** Most offers (= providers) held. Default {@link DEFAULT_MAX_OFFERS}. */
  maxOffers?: number
  /** Most relayed offers one source may place here. Default {@link MAX_RELAYED_OFFERS_PER_SOURCE}. */
  maxRelayedPerSource?: number
  /** Longest an offer lives after it was signed. Default {@link MAX_OFFER_LIFETIME_MS}. */
  maxLifetimeMs?: number
  /** Sources whose relayed offers are refused (see SourceStanding). Default: none. */
  isDistrusted?: (source: string) => boolean
  /** The clock, unix ms; injectable for tests. Default `Date.now`. */
  now?: () => number
}

/** A verified offer: the peer id that signed its envelope and the decoded offer. */
export interface OpenedOffer {
  signer: string
  message: CapacityOffer
  /** The peer that handed it to us. Default: the signer (first-hand). */
  from?: string
  /** When its envelope was signed; its lifetime counts from here (never from later than now). Default: now. */
  signedAtMs?: number
}

/** `reached`: we heard it from its provider or have talked to that provider; `relayed`: only from `source`. */
export type OfferStanding = 'reached' | 'relayed'

export interface BookEntry {
  /** The offer, its `expiresAtMs` capped by the book's lifetime bound. */
  offer: CapacityOffer
  standing: OfferStanding
  /** Who gave it to us first: the provider itself when reached first-hand. */
  source: string
}

/**
 * Why an offer was not taken:
 * - `signer-mismatch`: the envelope's signer is not the offer's `provider`
 * - `stale`: the book holds an offer from that provider with an equal or newer `seq`
 * - `expired`: the offer's expiry (or its lifetime bound) has passed
 * - `full`: the book is full and nothing in it may give way to this one
 * - `source-quota`: its source already relayed as many offers as it may
 * - `distrusted`: its source, or its provider, lost standing
 */
export type OfferRefusal = 'signer-mismatch' | 'stale' | 'expired' | 'full' | 'source-quota' | 'distrusted'

export type AddOfferResult =
  | { accepted: true, replaced: boolean, standing: OfferStanding }
  | { accepted: false, reason: OfferRefusal }

export class OfferBook {
  private readonly entries_ = new Map<string, BookEntry>()
  /** source -> relayed entries it placed, for the per-source bound. */
  private readonly relayedCount = new Map<string, number>()
  private readonly maxOffers: number
  private readonly maxRelayedPerSource: number
  private readonly maxLifetimeMs: number
  private readonly isDistrusted: (source: string) => boolean
  private readonly now: () => number

  constructor (init: OfferBookInit = {}) {
    this.maxOffers = positive(init.maxOffers ?? DEFAULT_MAX_OFFERS, 'maxOffers')
    this.maxRelayedPerSource = positive(init.maxRelayedPerSource ?? MAX_RELAYED_OFFERS_PER_SOURCE, 'maxRelayedPerSource')
    this.maxLifetimeMs = positive(init.maxLifetimeMs ?? MAX_OFFER_LIFETIME_MS, 'maxLifetimeMs')
    this.isDistrusted = init.isDistrusted ?? (() => false)
    this.now = init.now ?? Date.now
  }

  /** Keep `opened.message` if it is the newest live offer of its provider and admission allows. */
  add (opened: OpenedOffer): AddOfferResult {
    const claimed = opened.message
    // Anyone can relay an offer, but only its provider may author it.
    if (opened.signer !== claimed.provider) return { accepted: false, reason: 'signer-mismatch' }
    const from = opened.from ?? opened.signer
    const firstHand = from === opened.signer
    // A peer that lost standing is heard neither as a relay nor as a provider.
    if (this.isDistrusted(claimed.provider) || (!firstHand && this.isDistrusted(from))) return { accepted: false, reason: 'distrusted' }
    const current = this.entries_.get(claimed.provider)
    // Checked before expiry so a replayed old offer cannot displace a newer one.
    if (current !== undefined && claimed.seq <= current.offer.seq) return { accepted: false, reason: 'stale' }
    const now = this.now()
    const expiresAtMs = Math.min(claimed.expiresAtMs, Math.min(opened.signedAtMs ?? now, now) + this.maxLifetimeMs)
    if (expiresAtMs <= now) return { accepted: false, reason: 'expired' }
    const offer = expiresAtMs === claimed.expiresAtMs ? claimed : { ...claimed, expiresAtMs }

    if (current !== undefined) {
      // A newer offer of a provider already held needs no room; its standing and
      // source stay (a reached provider does not fall back to relayed).
      const standing = firstHand ? 'reached' : current.standing
      if (standing !== current.standing) this.uncount(current)
      this.entries_.set(claimed.provider, { offer, standing, source: standing === 'reached' ? claimed.provider : current.source })
      return { accepted: true, replaced: true, standing }
    }
    if (!firstHand && (this.relayedCount.get(from) ?? 0) >= this.maxRelayedPerSource) return { accepted: false, reason: 'source-quota' }
    if (this.entries_.size >= this.maxOffers && !this.makeRoom(firstHand, expiresAtMs)) return { accepted: false, reason: 'full' }
    const entry: BookEntry = { offer, standing: firstHand ? 'reached' : 'relayed', source: from }
    this.entries_.set(claimed.provider, entry)
    if (!firstHand) this.relayedCount.set(from, (this.relayedCount.get(from) ?? 0) + 1)
    return { accepted: true, replaced: false, standing: entry.standing }
  }

  /** The provider's live offer, if any. */
  get (provider: string): CapacityOffer | undefined {
    return this.entry(provider)?.offer
  }

  /** The provider's live offer with its standing and source, if any. */
  entry (provider: string): BookEntry | undefined {
    const entry = this.entries_.get(provider)
    if (entry === undefined) return undefined
    if (entry.offer.expiresAtMs <= this.now()) {
      this.delete(provider)
      return undefined
    }
    return entry
  }

  /** Every live offer, in no particular order. */
  list (): CapacityOffer[] {
    return this.entries().map(e => e.offer)
  }

  /** Every live offer with its standing and source, reached ones first. */
  entries (): BookEntry[] {
    this.prune()
    const all = [...this.entries_.values()]
    return [...all.filter(e => e.standing === 'reached'), ...all.filter(e => e.standing === 'relayed')]
  }

  /** Live offers that satisfy `order`: reached before relayed, then cheapest, then by provider id. */
  match (order: JobOrder): CapacityOffer[] {
    const now = this.now()
    return this.entries()
      .filter(e => matchOffer(order, e.offer, { now }).ok)
      .sort((a, b) => Number(b.standing === 'reached') - Number(a.standing === 'reached') || compareByPrice(a.offer, b.offer))
      .map(e => e.offer)
  }

  /**
   * We talked to `provider` ourselves (it answered a request, or it is connected): its
   * offer counts as first-hand from now on. True when that changed its standing.
   */
  markReached (provider: string): boolean {
    const entry = this.entries_.get(provider)
    if (entry === undefined || entry.standing === 'reached') return false
    this.uncount(entry)
    this.entries_.set(provider, { ...entry, standing: 'reached', source: provider })
    return true
  }

  /** Forget a provider's offer; true when there was one. */
  remove (provider: string): boolean {
    return this.delete(provider)
  }

  /** Forget every offer `source` placed here, its own included (it lost standing); returns how many went. */
  dropSource (source: string): number {
    let dropped = 0
    for (const [provider, entry] of this.entries_) {
      if (entry.source === source) {
        this.delete(provider)
        dropped++
      }
    }
    return dropped
  }

  /** Relayed offers `source` holds here now. */
  relayedBy (source: string): number {
    return this.relayedCount.get(source) ?? 0
  }

  /** Drop expired offers; returns how many went. */
  prune (): number {
    const now = this.now()
    let dropped = 0
    for (const [provider, entry] of this.entries_) {
      if (entry.offer.expiresAtMs <= now) {
        this.delete(provider)
        dropped++
      }
    }
    return dropped
  }

  /** Live offers held. */
  get size (): number {
    this.prune()
    return this.entries_.size
  }

  /**
   * Free one place for an offer expiring at `expiresAtMs`: expired offers first, then
   * the relayed offer expiring soonest; a reached offer gives way only to another
   * reached one that outlives it.
   */
  private makeRoom (firstHand: boolean, expiresAtMs: number): boolean {
    if (this.prune() > 0) return true
    let relayed: BookEntry | undefined
    let reached: BookEntry | undefined
    for (const e of this.entries_.values()) {
      if (e.standing === 'relayed') { if (relayed === undefined || e.offer.expiresAtMs < relayed.offer.expiresAtMs) relayed = e } else if (reached === undefined || e.offer.expiresAtMs < reached.offer.expiresAtMs) reached = e
    }
    const victim = firstHand
      ? relayed ?? (reached !== undefined && reached.offer.expiresAtMs <= expiresAtMs ? reached : undefined)
      : relayed !== undefined && relayed.offer.expiresAtMs <= expiresAtMs ? relayed : undefined
    if (victim === undefined) return false
    this.delete(victim.offer.provider)
    return true
  }

  private delete (provider: string): boolean {
    const entry = this.entries_.get(provider)
    if (entry === undefined) return false
    this.uncount(entry)
    this.entries_.delete(provider)
    return true
  }

  private uncount (entry: BookEntry): void {
    if (entry.standing !== 'relayed') return
    const n = (this.relayedCount.get(entry.source) ?? 0) - 1
    if (n <= 0) this.relayedCount.delete(entry.source)
    else this.relayedCount.set(entry.source, n)
  }
}

/** Cheapest first, then by provider id: the order offers are asked in, other things equal. */
export function compareByPrice (a: CapacityOffer, b: CapacityOffer): number {
  return a.pricePerGpuHour < b.pricePerGpuHour
    ? -1
    : a.pricePerGpuHour > b.pricePerGpuHour
      ? 1
      : a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0
}

function positive (n: number, name: string): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidParametersError(`${name}: ${n} is not a positive integer`)
  return n
}
