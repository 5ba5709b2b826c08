/**
 * Listens on the offers topic: verifies each signed CapacityOffer (signer must be the
 * gossip author) and keeps the newest per provider in an OfferBook. Bad offers are
 * counted and dropped; the node goes on.
 */
import { TypedEventEmitter, type ComponentLogger, type Logger } from '@libp2p/interface'
import {
  OFFERS_TOPIC, OfferBook, PayloadType, decodeCapacityOffer, decodeEnvelope, openEnvelope,
  type CapacityOffer, type GpumeshError, type SignedEnvelope
} from '@gpumesh/protocol'
import type { Message } from '@libp2p/gossipsub'
import type { GpumeshLibp2p } from './create-host.js'

export interface OfferGossipEvents {
  'offer:received': CustomEvent<CapacityOffer>
  'offer:rejected': CustomEvent<{ from: string, error: GpumeshError | Error }>
}

export interface OfferGossipComponents {
  libp2p: GpumeshLibp2p
  logger: ComponentLogger
}

export interface OfferGossipInit {
  book?: OfferBook
  clockSkewMs?: number
}

export class OfferGossip extends TypedEventEmitter<OfferGossipEvents> {
  readonly book: OfferBook
  /** provider -> the envelope of its offer in the book, to hand on in offer sync. */
  private readonly signed = new Map<string, SignedEnvelope>()
  private readonly components: OfferGossipComponents
  private readonly init: OfferGossipInit
  private readonly log: Logger
  private readonly onMessage = (evt: CustomEvent<Message>): void => {
    const message = evt.detail
    if (message.topic !== OFFERS_TOPIC || message.type !== 'signed') return
    void this.receive(message.data, message.from.toString())
  }

  constructor (components: OfferGossipComponents, init: OfferGossipInit = {}) {
    super()
    this.components = components
    this.init = init
    this.book = init.book ?? new OfferBook()
    this.log = components.logger.forComponent('gpumesh:offer-gossip')
  }

  start (): void {
    const { pubsub } = this.components.libp2p.services
    pubsub.subscribe(OFFERS_TOPIC)
    pubsub.addEventListener('message', this.onMessage)
  }

  stop (): void {
    const { pubsub } = this.components.libp2p.services
    pubsub.removeEventListener('message', this.onMessage)
    pubsub.unsubscribe(OFFERS_TOPIC)
  }

  /** Verify and file one offer envelope from gossip author `from`. */
  async receive (data: Uint8Array, from: string): Promise<CapacityOffer | undefined> {
    try {
      return await this.file(decodeEnvelope(data), from)
    } catch (err) {
      this.log('dropped offer from %s - %e', from, err)
      this.dispatchEvent(new CustomEvent('offer:rejected', { detail: { from, error: err as Error } }))
      return undefined
    }
  }

  /**
   * Verify and file an offer envelope that reached us some other way (offer sync):
   * its signer must be the provider it describes.
   */
  async receiveEnvelope (envelope: SignedEnvelope, from: string): Promise<CapacityOffer | undefined> {
    try {
      return await this.file(envelope)
    } catch (err) {
      this.log('dropped offer from %s - %e', from, err)
      this.dispatchEvent(new CustomEvent('offer:rejected', { detail: { from, error: err as Error } }))
      return undefined
    }
  }

  /** The signed envelopes of the offers in the book now (for offer sync). */
  envelopes (): SignedEnvelope[] {
    const out: SignedEnvelope[] = []
    for (const [provider, envelope] of this.signed) {
      if (this.book.get(provider) === undefined) this.signed.delete(provider)
      else out.push(envelope)
    }
    return out
  }

  private async file (envelope: SignedEnvelope, expectedSigner?: string): Promise<CapacityOffer | undefined> {
    const opened = await openEnvelope(envelope, PayloadType.offer, decodeCapacityOffer, {
      expectedSigner,
      clockSkewMs: this.init.clockSkewMs
    })
    if (!this.book.add(opened).accepted) return undefined
    this.signed.set(opened.signer, envelope)
    this.dispatchEvent(new CustomEvent('offer:received', { detail: opened.message }))
    return opened.message
  }
}
