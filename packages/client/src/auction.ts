/**
 * The client's side of the sealed-bid reverse auction: send a signed order to the best
 * K matching providers (and on the orders topic when fewer are known), collect bids
 * until everyone answered, the window closes or (ranked by price) nobody still to
 * answer could win, and rank them.
 */
import { randomUUID } from 'node:crypto'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import {
  ORDERS_TOPIC, PayloadType, auctionDecided, deadline, declineReasonName, decodeBid, isBusyDecline, orderDigest,
  decodeBidResponse, effectivePrice, encodeEnvelope, encodeJobOrder, matchOffer, measuredWork, openEnvelope, rankBids, rankOffers, signEnvelope,
  type Bid, type BidResponse, type CapacityOffer, type JobOrder, type OfferBook, type OfferCandidate, type Opened,
  type SignedEnvelope, type UnreachableBackoff, InvalidMessageError
} from '@gpumesh/protocol'
import { DIAL_TIMEOUT_MS, type GpumeshLibp2p, type RequestChannels } from '@gpumesh/peer'
import type { ProviderReasons } from './errors.js'
import type { ReputationSource } from './reputation-book.js'
import { BUSY_HINT_HOLD_MS } from './constants.js'

export interface ReceivedBid {
  provider: string
  bid: Bid
  envelope: SignedEnvelope
  latencyMs: number
}

export interface AuctionResult {
  order: JobOrder
  /** Best first. */
  bids: ReceivedBid[]
  declines: ProviderReasons[]
  /** Providers in the book whose offers do not match, and why. */
  unmatched: ProviderReasons[]
  /** Matching providers not asked because a dial to them failed a moment ago ('unreachable'). */
  skipped: ProviderReasons[]
  /** Providers asked directly. */
  asked: string[]
  broadcast: boolean
  /**
   * Bids that arrived after the auction was decided (see auctionDecided), best first:
   * the next choice if every lease in `bids` is refused; else they hold GPUs at their
   * providers and the caller releases them. Settles once everyone asked has answered
   * or the window closed.
   */
  late: Promise<ReceivedBid[]>
}

export type RankStrategy = 'price' | 'latency' | 'reputation'

export interface AuctionOptions {
  fanout: number
  windowMs: number
  strategy: RankStrategy
  /** Providers not to ask (e.g. lost in an earlier attempt). */
  exclude?: Set<string>
  signal?: AbortSignal
}

export interface AuctionComponents {
  libp2p: GpumeshLibp2p
  privateKey: PrivateKey
  book: OfferBook
  callbacks: BidCallbacks
  /** Long-lived streams on the bid protocol, one per provider. */
  rfq: RequestChannels
  /** Providers that just said they are busy: asked last for a moment. */
  busy: BusyHints
  /** Providers we failed to dial: not asked until their backoff ends. */
  unreachable: UnreachableBackoff
  /** Told whom we reached and whom we could not (offer gossip keeps the relayers' standing). */
  reachability?: { reached: (provider: string) => void, unreachable: (provider: string) => void }
  /** Each provider's score from our own history with it (ranking; neutral when absent). */
  reputation?: ReputationSource
}

/** Hints kept before expired ones are swept. */
const MAX_BUSY_HINTS = 1_024

/**
 * Who declined for lack of free capacity, and until when to ask others first. Offers
 * are republished only every few seconds, so without this a client would keep asking
 * the same cheapest providers while they are full and others stand idle.
 */
export class BusyHints {
  private readonly until = new Map<string, number>()
  private readonly holdMs: number

  constructor (holdMs = BUSY_HINT_HOLD_MS) {
    this.holdMs = holdMs
  }

  mark (provider: string, now = Date.now()): void {
    // Providers that went away are never asked again: drop their stale hints.
    if (this.until.size >= MAX_BUSY_HINTS) for (const [p, t] of this.until) if (t <= now) this.until.delete(p)
    this.until.set(provider, now + this.holdMs)
  }

  get size (): number {
    return this.until.size
  }

  clear (provider: string): void {
    this.until.delete(provider)
  }

  isBusy (provider: string, now = Date.now()): boolean {
    const t = this.until.get(provider)
    if (t === undefined) return false
    if (t > now) return true
    this.until.delete(provider)
    return false
  }
}

/** Routes bids that providers dial back (for orders sent on the topic) to their auction. */
export class BidCallbacks {
  private readonly waiting = new Map<string, (response: BidResponse, from: string) => void>()

  expect (orderId: string, fn: (response: BidResponse, from: string) => void): () => void {
    this.waiting.set(orderId, fn)
    return () => { this.waiting.delete(orderId) }
  }

  deliver (response: BidResponse, from: string): void {
    if (response.kind !== 'bid') return
    // Route by the order id inside the bid; the auction then verifies the whole bid.
    let orderId: string
    try {
      orderId = decodeBid(response.bid.payload).orderId
    } catch {
      return
    }
    this.waiting.get(orderId)?.(response, from)
  }
}

export function newOrderId (): string {
  return randomUUID()
}

/** The offer as if every GPU were free: can this provider serve the order at all? */
function capable (offer: CapacityOffer): CapacityOffer {
  return { ...offer, gpus: offer.gpus.map(g => ({ ...g, countFree: g.countTotal })) }
}

/** Tell libp2p where a provider listens, from its offer, so we can dial it by id. */
export async function rememberAddrs (libp2p: GpumeshLibp2p, offer: CapacityOffer): Promise<void> {
  const addrs = offer.addrs.flatMap(a => { try { return [multiaddr(a)] } catch { return [] } })
  if (addrs.length === 0) return
  await libp2p.peerStore.merge(peerIdFromString(offer.provider), { multiaddrs: addrs }).catch(() => {})
}

/** Verify a bid: signed by `provider`, for this order and client, within the max price. */
export async function verifyBid (envelope: SignedEnvelope, provider: string, order: JobOrder, orderPayload: Uint8Array): Promise<Opened<Bid>> {
  const opened = await openEnvelope(envelope, PayloadType.bid, decodeBid, { expectedSigner: provider })
  const b = opened.message
  const digest = orderDigest(orderPayload)
  if (b.orderId !== order.orderId || b.client !== order.client || b.provider !== provider ||
      b.pricePerGpuHour > order.maxPricePerGpuHour || b.gpuIndices.length !== order.gpu.count ||
      Buffer.compare(Buffer.from(b.orderDigest), digest) !== 0) {
    throw new InvalidMessageError('bid: does not answer this order (order digest, order id or client differs)')
  }
  return opened
}

export async function runAuction (components: AuctionComponents, order: JobOrder, options: AuctionOptions): Promise<AuctionResult> {
  const { libp2p, privateKey, book, callbacks, rfq, busy, unreachable } = components
  const exclude = options.exclude ?? new Set<string>()
  const now = Date.now()
  const unmatched: ProviderReasons[] = []
  const skipped: ProviderReasons[] = []
  const matching: OfferCandidate[] = []
  for (const { offer, standing } of book.entries()) {
    if (exclude.has(offer.provider)) continue
    // An offer's free count is a snapshot: GPUs busy a moment ago may be free by the time
    // the RFQ arrives. Ask every provider that could ever serve the order; the bid decides.
    const m = matchOffer(order, capable(offer), { now })
    if (!m.ok) {
      unmatched.push({ provider: offer.provider, reasons: m.reasons.map(declineReasonName) })
      continue
    }
    if (unreachable.isBackedOff(offer.provider, now)) {
      skipped.push({ provider: offer.provider, reasons: ['unreachable'] })
      continue
    }
    matching.push({ offer, standing, freeNow: matchOffer(order, offer, { now }).ok && !busy.isBusy(offer.provider, now) })
  }
  const targets = rankOffers(matching).slice(0, options.fanout).map(c => c.offer)
  const markUnreachable = (provider: string): void => {
    unreachable.mark(provider)
    components.reachability?.unreachable(provider)
  }

  const payload = encodeJobOrder(order)
  const envelope = await signEnvelope(privateKey, PayloadType.order, payload, { expiresAtMs: order.bidDeadlineMs })
  const envelopeBytes = encodeEnvelope(envelope)
  const bids: ReceivedBid[] = []
  const late: ReceivedBid[] = []
  let decided = false
  const declines: ProviderReasons[] = []
  const started = performance.now()
  const windowDeadline = deadline(options.windowMs, options.signal)
  const window = windowDeadline.signal

  const accept = async (response: BidResponse, provider: string): Promise<void> => {
    if (response.kind === 'decline') {
      const reasons = response.decline.reasons.map(declineReasonName)
      if (response.decline.reasons.some(isBusyDecline)) busy.mark(provider)
      declines.push({ provider, reasons })
      return
    }
    try {
      const opened = await verifyBid(response.bid, provider, order, payload)
      if (bids.some(b => b.provider === provider) || late.some(b => b.provider === provider)) return
      ;(decided ? late : bids).push({ provider, bid: opened.message, envelope: response.bid, latencyMs: performance.now() - started })
    } catch (err) {
      declines.push({ provider, reasons: [`invalid bid: ${err instanceof Error ? err.message : 'unknown'}`] })
    }
  }

  const broadcast = targets.length < options.fanout
  let stopCallbacks = (): void => {}
  let topicDone: Promise<void> = Promise.resolve()
  if (broadcast) {
    const pending: Array<Promise<void>> = []
    stopCallbacks = callbacks.expect(order.orderId, (response, from) => {
      if (exclude.has(from) || targets.some(t => t.provider === from)) return
      pending.push(accept(response, from))
    })
    await libp2p.services.pubsub.publish(ORDERS_TOPIC, envelopeBytes).catch(() => {})
    // Callers on the topic are unknown in number: wait the whole window for them.
    topicDone = new Promise<void>(resolve => {
      if (window.aborted) { resolve(); return }
      window.addEventListener('abort', () => { resolve() }, { once: true })
    }).then(async () => { await Promise.all(pending) })
  }

  // Ranked by price, the auction is over once nobody still to answer could bid lower;
  // ranked by reputation, once nobody could bid a lower price over its reliability.
  const scoreOf = (provider: string): number | undefined => components.reputation?.score(provider)
  const keyPrice = (provider: string, price: bigint): bigint => options.strategy === 'reputation' ? effectivePrice(price, scoreOf(provider)) : price
  const closesEarly = options.strategy === 'price' || options.strategy === 'reputation'
  const outstanding = new Map(targets.map(t => [t.provider, keyPrice(t.provider, t.pricePerGpuHour)]))
  const bestPrice = (): bigint | undefined => bids.reduce<bigint | undefined>((m, b) => {
    const k = keyPrice(b.provider, b.bid.pricePerGpuHour)
    return m === undefined || k < m ? k : m
  }, undefined)
  let onDecided = (): void => {}
  const decidedEarly = new Promise<void>(resolve => { onDecided = resolve })
  const answered = Promise.all(targets.map(async offer => {
    const peer = peerIdFromString(offer.provider)
    const dial = libp2p.getConnections(peer).length > 0 ? undefined : dialOnItsOwn(libp2p, peer)
    try {
      // The provider's addresses went into the peer store when its offer arrived.
      const response = await rfq.request(peer, envelopeBytes, decodeBidResponse, { signal: window })
      unreachable.clear(offer.provider)
      components.reachability?.reached(offer.provider)
      await accept(response, offer.provider)
    } catch (err) {
      // Unreachable only on evidence: our own dial failed, or a live connection refused
      // the request inside the window. A request cut by the window (or by a dial someone
      // else started and gave up on) says nothing about the provider.
      const inWindow = !window.aborted && performance.now() - started < options.windowMs
      const dialed = dial !== undefined ? await dial.outcome() : 'connected'
      if (dialed === 'failed' || (dialed === 'connected' && inWindow)) {
        markUnreachable(offer.provider)
        declines.push({ provider: offer.provider, reasons: ['unreachable'] })
      } else {
        declines.push({ provider: offer.provider, reasons: ['no-answer'] })
        if (dialed === 'pending') void dial?.settled.then(failed => { if (failed) markUnreachable(offer.provider) })
      }
    } finally {
      outstanding.delete(offer.provider)
      if (closesEarly && !decided && auctionDecided(bestPrice(), outstanding.values())) onDecided()
    }
  }))
  // Late answers and the orders topic still run on the window; once both are done, the timer can go.
  void Promise.all([answered, topicDone]).finally(windowDeadline.clear)
  try {
    await Promise.race([answered, decidedEarly])
    // Every provider asked directly has answered (or cannot win). Only when none of
    // them bid is it worth waiting out the window for bids from the orders topic.
    if (broadcast && bids.length === 0) await topicDone
  } finally {
    decided = true
    stopCallbacks()
  }

  // `value`: the work its signed offer says the price buys (measured offers).
  const workOf = (provider: string): number => measuredWork(book.get(provider)?.measured)
  const rank = (list: ReceivedBid[]): ReceivedBid[] => rankBids(list.map(b => ({ bid: b.bid, latencyMs: b.latencyMs, reputation: scoreOf(b.provider), work: workOf(b.provider) })), options.strategy)
    .map(r => list.find(b => b.bid.bidId === r.bid.bidId) as ReceivedBid)
  return { order, bids: rank(bids), declines: [...declines], unmatched, skipped, asked: targets.map(t => t.provider), broadcast, late: answered.then(() => rank(late)) }
}

/**
 * A dial on a deadline of its own (DIAL_TIMEOUT_MS), so that a request the bid window
 * cuts short still learns whether the provider can be reached at all; libp2p joins the
 * request's dial to it. `outcome()` says, a moment after the request failed, whether it
 * failed (refused, no address, or its own deadline passed), connected, was cut short by
 * someone else's signal, or is still going.
 */
type DialOutcome = 'failed' | 'connected' | 'no-verdict' | 'pending'

function dialOnItsOwn (libp2p: GpumeshLibp2p, peer: PeerId): { settled: Promise<boolean>, outcome: () => Promise<DialOutcome> } {
  const own = AbortSignal.timeout(DIAL_TIMEOUT_MS)
  let state: DialOutcome = 'pending'
  const settled = libp2p.dial(peer, { signal: own }).then(() => { state = 'connected'; return false }, (err: Error) => {
    // Aborted by something other than our own deadline: no verdict on the provider.
    const aborted = err.name === 'AbortError' || err.name === 'TimeoutError'
    state = aborted && !own.aborted ? 'no-verdict' : 'failed'
    return state === 'failed'
  })
  return {
    settled,
    // One turn of the event loop lets a dial that failed with the request settle too.
    outcome: async () => { await new Promise(resolve => setImmediate(resolve)); return state }
  }
}
