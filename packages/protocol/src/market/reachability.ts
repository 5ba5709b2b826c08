/**
 * What a peer learns by trying the offers it holds: which providers it could not dial
 * (asked again only after a growing pause), and which relaying peers keep handing it
 * offers that prove unreachable or invalid (they lose standing). Pure and clock-injected;
 * the client's auction and the offer gossip feed them. See docs/architecture.md,
 * "Offer admission".
 */
import { MAX_UNREACHABLE_BACKOFF_MS, SOURCE_DISTRUST_MS, SOURCE_STRIKES, UNREACHABLE_BACKOFF_MS } from '../constants.js'
import type { CapacityOffer } from '../offer.js'
import { compareByPrice, type OfferStanding } from './offer-book.js'

/** Entries kept before stale ones are swept (and, if still full, the oldest dropped). */
const MAX_TRACKED = 4_096

export interface UnreachableBackoffInit {
  baseMs?: number
  maxMs?: number
}

/**
 * Providers we failed to dial, and until when not to ask them: `baseMs` after the first
 * failure, doubling up to `maxMs`. Reaching the provider clears it.
 */
export class UnreachableBackoff {
  private readonly failed = new Map<string, { failures: number, until: number }>()
  private readonly baseMs: number
  private readonly maxMs: number

  constructor (init: UnreachableBackoffInit = {}) {
    this.baseMs = init.baseMs ?? UNREACHABLE_BACKOFF_MS
    this.maxMs = init.maxMs ?? MAX_UNREACHABLE_BACKOFF_MS
  }

  /** Record a failed dial; returns until when the provider is skipped. */
  mark (provider: string, now = Date.now()): number {
    const previous = this.failed.get(provider)
    // A failure long after the last pause ended starts the count again.
    const failures = previous !== undefined && now < previous.until + this.maxMs ? previous.failures + 1 : 1
    const until = now + Math.min(this.maxMs, this.baseMs * 2 ** Math.min(failures - 1, 30))
    this.failed.delete(provider)
    this.failed.set(provider, { failures, until })
    if (this.failed.size > MAX_TRACKED) this.sweep(now)
    return until
  }

  isBackedOff (provider: string, now = Date.now()): boolean {
    const entry = this.failed.get(provider)
    return entry !== undefined && entry.until > now
  }

  /** We reached the provider: forget its failures. */
  clear (provider: string): void {
    this.failed.delete(provider)
  }

  get size (): number {
    return this.failed.size
  }

  private sweep (now: number): void {
    for (const [p, e] of this.failed) if (e.until + this.maxMs <= now) this.failed.delete(p)
    // Map order is insertion order, and mark() re-inserts: the first are the oldest.
    for (const p of this.failed.keys()) {
      if (this.failed.size <= MAX_TRACKED) break
      this.failed.delete(p)
    }
  }
}

/** What became of an offer a source relayed to us. */
export type RelayOutcome = 'reached' | 'unreachable' | 'invalid'

export interface SourceStandingInit {
  /** Bad outcomes (more than good ones) before a source is distrusted. Default {@link SOURCE_STRIKES}. */
  strikes?: number
  /** How long a distrusted source stays so. Default {@link SOURCE_DISTRUST_MS}. */
  distrustMs?: number
}

/**
 * The standing of each peer that relays offers to us. A source is distrusted once at
 * least `strikes` of the offers it relayed proved unreachable or invalid, and more of
 * them did than proved reachable: an honest bootstrap node whose one provider went
 * offline keeps its standing, a stranger whose offers all fail loses it at once. While
 * distrusted, its relayed offers are refused and its gossipsub score is pushed below the
 * graylist threshold (see create-host).
 */
export class SourceStanding {
  private readonly sources = new Map<string, { good: number, bad: number, distrustedUntil: number }>()
  private readonly strikes: number
  private readonly distrustMs: number

  constructor (init: SourceStandingInit = {}) {
    this.strikes = init.strikes ?? SOURCE_STRIKES
    this.distrustMs = init.distrustMs ?? SOURCE_DISTRUST_MS
  }

  /** Record one outcome for `source`; true when this made it distrusted. */
  record (source: string, outcome: RelayOutcome, now = Date.now()): boolean {
    let s = this.sources.get(source)
    if (s !== undefined && s.distrustedUntil !== 0 && s.distrustedUntil <= now) s = undefined // served its time
    if (s === undefined) {
      if (this.sources.size >= MAX_TRACKED) this.sweep(now)
      s = { good: 0, bad: 0, distrustedUntil: 0 }
      this.sources.set(source, s)
    }
    if (outcome === 'reached') s.good++
    else s.bad++
    if (s.distrustedUntil === 0 && s.bad >= this.strikes && s.bad > s.good) {
      s.distrustedUntil = now + this.distrustMs
      return true
    }
    return false
  }

  isDistrusted (source: string, now = Date.now()): boolean {
    const s = this.sources.get(source)
    return s !== undefined && s.distrustedUntil > now
  }

  /** For gossipsub's application score: 0, or `penalty` while distrusted. */
  score (source: string, penalty: number, now = Date.now()): number {
    return this.isDistrusted(source, now) ? penalty : 0
  }

  private sweep (now: number): void {
    for (const [p, s] of this.sources) if (s.distrustedUntil <= now) this.sources.delete(p)
    for (const p of this.sources.keys()) {
      if (this.sources.size < MAX_TRACKED) break
      this.sources.delete(p)
    }
  }
}

export interface OfferCandidate {
  offer: CapacityOffer
  standing: OfferStanding
  /** Its last offer shows free capacity for the order and it did not just say it is busy. */
  freeNow: boolean
}

/**
 * The order a client asks providers in: those with free capacity now first (a busy
 * reached provider is not worth more than a free relayed one), then providers we have
 * reached ourselves before relayed ones, then cheapest, then by id.
 */
export function rankOffers<C extends OfferCandidate> (candidates: C[]): C[] {
  return [...candidates].sort((a, b) =>
    Number(b.freeNow) - Number(a.freeNow) ||
    Number(b.standing === 'reached') - Number(a.standing === 'reached') ||
    compareByPrice(a.offer, b.offer))
}
