/**
 * The client's side of the sealed-bid reverse auction: send a signed order to the best
 * K matching providers (and on the orders topic when fewer are known), collect bids
 * until everyone answered, the window closes or (ranked by price) nobody still to
 * answer could win, and rank them.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import {
  ORDERS_TOPIC, PayloadType, auctionDecided, deadline, declineReasonName, decodeBid,
  decodeBidResponse, encodeEnvelope, encodeJobOrder, matchOffer, openEnvelope, rankBids, signEnvelope,
  type Bid, type BidResponse, type CapacityOffer, type JobOrder, type OfferBook, type Opened, type SignedEnvelope
} from '@gpumesh/protocol'
import type { GpumeshLibp2p, RequestChannels } from '@gpumesh/peer'
import type { ProviderReasons } from './errors.js'

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
}

/** Hints kept before expired ones are swept. */
const MAX_BUSY_HINTS = 1_024

/** Decline reasons that mean "all my GPUs are taken right now". */
const BUSY_DECLINES = new Set(['no-capacity', 'gpu-count', 'cpu', 'memory', 'disk'])

/**
 * Who declined for lack of free capacity, and until when to ask others first. Offers
 * are republished only every few seconds, so without this a client would keep asking
 * the same cheapest providers while they are full and others stand idle.
 */
export class BusyHints {
  private readonly until = new Map<string, number>()
  private readonly holdMs: number

  constructor (holdMs = 1_000) {
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
  const digest = createHash('sha256').update(orderPayload).digest()
  if (b.orderId !== order.orderId || b.client !== order.client || b.provider !== provider ||
      b.pricePerGpuHour > order.maxPricePerGpuHour || b.gpuIndices.length !== order.gpu.count ||
      Buffer.compare(Buffer.from(b.orderDigest), digest) !== 0) {
    throw new Error('bid does not answer this order')
  }
  return opened
}

export async function runAuction (components: AuctionComponents, order: JobOrder, options: AuctionOptions): Promise<AuctionResult> {
  const { libp2p, privateKey, book, callbacks, rfq, busy } = components
  const exclude = options.exclude ?? new Set<string>()
  const now = Date.now()
  const unmatched: ProviderReasons[] = []
  const matching: CapacityOffer[] = []
  const freeNow = new Set<string>()
  for (const offer of book.list()) {
    if (exclude.has(offer.provider)) continue
    if (matchOffer(order, offer, { now }).ok && !busy.isBusy(offer.provider, now)) freeNow.add(offer.provider)
    // An offer's free count is a snapshot: GPUs busy a moment ago may be free by the time
    // the RFQ arrives. Ask every provider that could ever serve the order; the bid decides.
    const m = matchOffer(order, capable(offer), { now })
    if (m.ok) matching.push(offer)
    else unmatched.push({ provider: offer.provider, reasons: m.reasons.map(declineReasonName) })
  }
  const price = (a: CapacityOffer, b: CapacityOffer): number => a.pricePerGpuHour < b.pricePerGpuHour ? -1 : a.pricePerGpuHour > b.pricePerGpuHour ? 1 : a.provider.localeCompare(b.provider)
  matching.sort((a, b) => Number(freeNow.has(b.provider)) - Number(freeNow.has(a.provider)) || price(a, b))
  const targets = matching.slice(0, options.fanout)

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
      if (reasons.some(r => BUSY_DECLINES.has(r))) busy.mark(provider)
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

  // Ranked by price, the auction is over once nobody still to answer could bid lower.
  const outstanding = new Map(targets.map(t => [t.provider, t.pricePerGpuHour]))
  const bestPrice = (): bigint | undefined => bids.reduce<bigint | undefined>((m, b) => m === undefined || b.bid.pricePerGpuHour < m ? b.bid.pricePerGpuHour : m, undefined)
  let onDecided = (): void => {}
  const decidedEarly = new Promise<void>(resolve => { onDecided = resolve })
  const answered = Promise.all(targets.map(async offer => {
    try {
      // The provider's addresses went into the peer store when its offer arrived.
      const response = await rfq.request(peerIdFromString(offer.provider), envelopeBytes, decodeBidResponse, { signal: window })
      await accept(response, offer.provider)
    } catch (err) {
      declines.push({ provider: offer.provider, reasons: [window.aborted ? 'no-answer' : 'unreachable'] })
    } finally {
      outstanding.delete(offer.provider)
      if (options.strategy === 'price' && !decided && auctionDecided(bestPrice(), outstanding.values())) onDecided()
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

  const rank = (list: ReceivedBid[]): ReceivedBid[] => rankBids(list.map(b => ({ bid: b.bid, latencyMs: b.latencyMs })), options.strategy)
    .map(r => list.find(b => b.bid.bidId === r.bid.bidId) as ReceivedBid)
  return { order, bids: rank(bids), declines: [...declines], unmatched, asked: targets.map(t => t.provider), broadcast, late: answered.then(() => rank(late)) }
}
