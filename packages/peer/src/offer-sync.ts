/**
 * `/gpumesh/offer-sync/1.0.0`: ask a peer for the offers it knows, so a client that
 * just started need not wait for providers' next republish. Each offer in the answer is
 * verified on its own signature, exactly as if it had come over gossip, and filed as
 * relayed by that peer unless the peer is its provider.
 *
 * An answer carries our own offer and the first-hand offers in our book (never what a
 * third party relayed to us: see offer-gossip), at most MAX_OFFERS_PER_SYNC of them and
 * MAX_OFFER_SET_ANSWER_BYTES; a peer asking more than OFFER_SYNC_PER_WINDOW times per
 * OFFER_SYNC_WINDOW_MS gets an empty set.
 */
import type { ComponentLogger, Connection, IdentifyResult, Logger, PeerId, Stream } from '@libp2p/interface'
import {
  MAX_OFFER_SET_BYTES, MAX_OFFERS_PER_SYNC, OFFER_SYNC_PROTOCOL, PeerRateLimiter, decodeOfferSet, encodeOfferSet,
  type SignedEnvelope
} from '@gpumesh/protocol'
import { MAX_OFFER_SET_ANSWER_BYTES, OFFER_SYNC_PER_WINDOW, OFFER_SYNC_WINDOW_MS } from './constants.js'
import type { GpumeshLibp2p } from './create-host.js'
import type { OfferGossip } from './offer-gossip.js'
import { requestResponse } from './request.js'
import { serveRequests } from './serve-request.js'

export interface OfferSyncComponents {
  libp2p: GpumeshLibp2p
  gossip: OfferGossip
  logger: ComponentLogger
}

export interface OfferSyncInit {
  /** Our own offer, when we are a provider (it is not in our own book). */
  ownOffer?: () => Promise<SignedEnvelope | undefined>
  /** Serve offer sync to others (providers do; clients need not). Default true. */
  serve?: boolean
}

/** Concurrent sync requests per connection: asked on connect, and by clients waiting for providers. */
const MAX_INBOUND_SYNC_STREAMS = 4
/** Deadline to read a sync request (an empty frame). */
const SYNC_READ_TIMEOUT_MS = 5_000
/** Deadline of the sync made when a peer connects. */
const SYNC_ON_CONNECT_TIMEOUT_MS = 10_000

export class OfferSync {
  private readonly components: OfferSyncComponents
  private readonly init: OfferSyncInit
  private readonly log: Logger
  private readonly limiter = new PeerRateLimiter(OFFER_SYNC_PER_WINDOW, OFFER_SYNC_WINDOW_MS)
  /**
   * Pull from every peer that speaks offer sync as soon as it is identified: a node then
   * learns the offers its new neighbour knows (its own included) without waiting on
   * gossip, which drops what is published before the topic streams are up.
   */
  private readonly onIdentify = (evt: CustomEvent<IdentifyResult>): void => {
    if (!evt.detail.protocols.includes(OFFER_SYNC_PROTOCOL)) return
    this.fetch(evt.detail.peerId, { signal: AbortSignal.timeout(SYNC_ON_CONNECT_TIMEOUT_MS) }).catch(err => {
      this.log('offer sync with %p failed - %e', evt.detail.peerId, err)
    })
  }

  constructor (components: OfferSyncComponents, init: OfferSyncInit = {}) {
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('gpumesh:offer-sync')
  }

  async start (): Promise<void> {
    this.components.libp2p.addEventListener('peer:identify', this.onIdentify)
    if (this.init.serve === false) return
    await this.components.libp2p.handle(OFFER_SYNC_PROTOCOL, (stream, connection) => { void this.serve(stream, connection) }, {
      // Market messages are small: they may run over a relay's limited connection (docs/architecture.md, NAT).
      runOnLimitedConnection: true,
      maxInboundStreams: MAX_INBOUND_SYNC_STREAMS
    })
  }

  async stop (): Promise<void> {
    this.components.libp2p.removeEventListener('peer:identify', this.onIdentify)
    if (this.init.serve === false) return
    await this.components.libp2p.unhandle(OFFER_SYNC_PROTOCOL)
  }

  /** Fetch `peer`'s offers into our book; returns how many were new or newer. */
  async fetch (peer: PeerId, options: { signal?: AbortSignal } = {}): Promise<number> {
    const envelopes = await requestResponse(this.components.libp2p, peer, OFFER_SYNC_PROTOCOL, new Uint8Array(0), decodeOfferSet, {
      signal: options.signal,
      maxResponseBytes: MAX_OFFER_SET_BYTES
    })
    let added = 0
    for (const e of envelopes) {
      if (await this.components.gossip.receiveEnvelope(e, peer.toString()) !== undefined) added++
    }
    return added
  }

  private async serve (stream: Stream, connection: Connection): Promise<void> {
    await serveRequests(stream, connection, {
      // The request is an empty frame: anything more is refused by the 0-byte limit.
      maxRequestBytes: 0,
      readTimeoutMs: SYNC_READ_TIMEOUT_MS,
      answer: async (_request, from) => {
        if (!this.limiter.allow(from)) {
          this.log('offer sync from %s over its rate: empty answer', from)
          return encodeOfferSet([])
        }
        const own = await this.init.ownOffer?.()
        return encodeOfferSet(boundedOfferSet([...(own !== undefined ? [own] : []), ...this.components.gossip.envelopes()]))
      },
      onError: (err) => { this.log('offer sync failed - %e', err) }
    })
  }
}

/** The first envelopes that fit one answer: at most MAX_OFFERS_PER_SYNC and MAX_OFFER_SET_ANSWER_BYTES. */
export function boundedOfferSet (envelopes: SignedEnvelope[]): SignedEnvelope[] {
  const out: SignedEnvelope[] = []
  let bytes = 0
  for (const e of envelopes) {
    if (out.length >= MAX_OFFERS_PER_SYNC) break
    // The envelope's fields plus room for protobuf tags and length prefixes.
    const size = e.payload.length + e.publicKey.length + e.signature.length + e.payloadType.length + 64
    if (bytes + size > MAX_OFFER_SET_ANSWER_BYTES) break
    bytes += size
    out.push(e)
  }
  return out
}
