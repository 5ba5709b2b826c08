/**
 * `/gpumesh/bid/1.0.0`: a signed JobOrder in, a signed Bid or a Decline out. Also
 * bids on orders seen on the orders topic, by dialling the client back.
 */
import { TypedEventEmitter, type ComponentLogger, type Connection, type Logger, type Stream } from '@libp2p/interface'
import type { Message } from '@libp2p/gossipsub'
import {
  BID_CALLBACK_PROTOCOL, BID_PROTOCOL, DeclineReason, GpumeshError, MAX_MARKET_MESSAGE_BYTES,
  ORDERS_TOPIC, PayloadType, decodeEnvelope, decodeJobOrder,
  encodeBidResponse, openEnvelope, PeerRateLimiter, type BidResponse, type JobOrder, type Opened
} from '@gpumesh/protocol'
import { sendOneWay, serveRequests, type GpumeshLibp2p } from '@gpumesh/peer'
import { peerIdFromString } from '@libp2p/peer-id'
import { MAX_INBOUND_BID_STREAMS, MAX_OUTBOUND_CALLBACK_STREAMS, MAX_REMEMBERED_ORDERS, REQUEST_READ_TIMEOUT_MS } from '../constants.js'
import type { RejectedMessage } from '../service-events.js'
import type { Startable } from '../startable.js'
import type { OrderEvaluator } from './order-evaluator.js'
import { sourceOf } from './hold-policy.js'

export interface BidEngineComponents {
  libp2p: GpumeshLibp2p
  evaluator: OrderEvaluator
  logger: ComponentLogger
}

export interface BidEngineEvents {
  /** An order answered on /gpumesh/bid, or bid on from the orders topic (declines there go unsent). */
  'bid:answered': CustomEvent<BidResponse>
  'message:rejected': CustomEvent<RejectedMessage>
}

export interface BidEngineInit {
  maxOrdersPerPeerPerSecond: number
  /** Listen on the orders topic and bid by dialling back. Default true. */
  listenToOrdersTopic?: boolean
}

/** The decline reason an order envelope's failure maps to. */
export function declineReasonFor (err: unknown): DeclineReason {
  const code = err instanceof GpumeshError ? err.code : ''
  if (code === 'ERR_INVALID_SIGNATURE') return DeclineReason.DECLINE_REASON_BAD_SIGNATURE
  if (code === 'ERR_EXPIRED_MESSAGE') return DeclineReason.DECLINE_REASON_EXPIRED
  return DeclineReason.DECLINE_REASON_INVALID_ORDER
}

export class BidEngine extends TypedEventEmitter<BidEngineEvents> implements Startable {
  private readonly components: BidEngineComponents
  private readonly init: BidEngineInit
  private readonly log: Logger
  private readonly limiter: PeerRateLimiter
  private accepting = false
  /**
   * Answers to recent orders by `client/orderId`: an order may arrive both directly and
   * on the orders topic, and must get one reservation, not two.
   */
  private readonly answered = new Map<string, { expires: number, response: Promise<BidResponse> }>()
  private readonly onGossip = (evt: CustomEvent<Message>): void => {
    // Unsigned messages have no author to bid to; the topic runs StrictSign anyway.
    if (evt.detail.topic !== ORDERS_TOPIC || evt.detail.type !== 'signed') return
    this.handleGossipOrder(evt.detail.data, evt.detail.from.toString()).catch(err => {
      this.log('orders-topic bid failed - %e', err)
    })
  }

  constructor (components: BidEngineComponents, init: BidEngineInit) {
    super()
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('gpumesh:bid-engine')
    this.limiter = new PeerRateLimiter(init.maxOrdersPerPeerPerSecond)
  }

  async start (): Promise<void> {
    const { libp2p } = this.components
    await libp2p.handle(BID_PROTOCOL, (stream, connection) => { void this.handleStream(stream, connection) }, {
      // Market messages are small: they may run over a relay's limited connection (docs/architecture.md, NAT).
      runOnLimitedConnection: true,
      maxInboundStreams: MAX_INBOUND_BID_STREAMS
    })
    if (this.init.listenToOrdersTopic !== false) {
      libp2p.services.pubsub.subscribe(ORDERS_TOPIC)
      libp2p.services.pubsub.addEventListener('message', this.onGossip)
    }
    this.accepting = true
  }

  /** Stop taking orders (first step of a shutdown); the handler answers shutting-down. */
  pause (): void {
    this.accepting = false
  }

  async stop (): Promise<void> {
    this.accepting = false
    const { libp2p } = this.components
    libp2p.services.pubsub.removeEventListener('message', this.onGossip)
    if (this.init.listenToOrdersTopic !== false) libp2p.services.pubsub.unsubscribe(ORDERS_TOPIC)
    await libp2p.unhandle(BID_PROTOCOL)
  }

  /**
   * Evaluate one order envelope from `from`, arrived from address group `source`
   * (hold-policy.ts sourceOf); never throws on what the peer sent.
   */
  async answer (envelopeBytes: Uint8Array, from: string, source?: string): Promise<BidResponse> {
    const decline = (reason: DeclineReason, detail: string, orderId = ''): BidResponse =>
      ({ kind: 'decline', decline: { orderId, reasons: [reason], detail } })
    if (!this.accepting) return decline(DeclineReason.DECLINE_REASON_SHUTTING_DOWN, 'provider is shutting down')
    if (!this.limiter.allow(from)) return decline(DeclineReason.DECLINE_REASON_RATE_LIMITED, 'too many orders from this peer')
    let opened: Opened<JobOrder>
    try {
      opened = await openEnvelope(decodeEnvelope(envelopeBytes), PayloadType.order, decodeJobOrder, { expectedSigner: from })
    } catch (err) {
      this.countRejected(err)
      return decline(declineReasonFor(err), err instanceof Error ? err.message.slice(0, 200) : 'invalid order')
    }
    const key = `${from}/${opened.message.orderId}`
    const now = Date.now()
    const seen = this.answered.get(key)
    if (seen !== undefined && seen.expires > now) return await seen.response
    const response = this.components.evaluator.evaluate(opened, { now, source })
    this.remember(key, Math.max(opened.message.bidDeadlineMs, now + 1_000), response)
    return await response
  }

  private remember (key: string, expires: number, response: Promise<BidResponse>): void {
    const now = Date.now()
    if (this.answered.size >= MAX_REMEMBERED_ORDERS) {
      for (const [k, v] of this.answered) if (v.expires <= now || this.answered.size >= MAX_REMEMBERED_ORDERS) this.answered.delete(k)
    }
    this.answered.set(key, { expires, response })
  }

  private async handleStream (stream: Stream, connection: Connection): Promise<void> {
    const source = sourceOf(connection.remoteAddr)
    await serveRequests(stream, connection, {
      maxRequestBytes: MAX_MARKET_MESSAGE_BYTES,
      readTimeoutMs: REQUEST_READ_TIMEOUT_MS,
      answer: async (bytes, from) => {
        const response = await this.answer(bytes, from, source)
        this.count(response)
        return encodeBidResponse(response)
      },
      onError: (err, from) => {
        // The stream is reset; count it and serve the next peer.
        this.countRejected(err)
        this.log('bid stream from %s failed - %e', from, err)
      }
    })
  }

  private async handleGossipOrder (data: Uint8Array, from: string): Promise<void> {
    // The author's own connection, when we have one, says where it is; a relayed order has none.
    const source = sourceOf(this.components.libp2p.getConnections(peerIdFromString(from))[0]?.remoteAddr)
    const response = await this.answer(data, from, source)
    // Declines to a broadcast would be noise: only bids are dialled back.
    if (response.kind !== 'bid') return
    this.count(response)
    await sendOneWay(this.components.libp2p, peerIdFromString(from), BID_CALLBACK_PROTOCOL, encodeBidResponse(response), {
      signal: AbortSignal.timeout(REQUEST_READ_TIMEOUT_MS),
      maxOutboundStreams: MAX_OUTBOUND_CALLBACK_STREAMS
    }).catch(err => { this.log('bid callback to %s failed - %e', from, err) })
  }

  private count (response: BidResponse): void {
    this.safeDispatchEvent('bid:answered', { detail: response })
  }

  private countRejected (err: unknown): void {
    this.safeDispatchEvent('message:rejected', { detail: { protocol: BID_PROTOCOL, error: err } })
  }
}
