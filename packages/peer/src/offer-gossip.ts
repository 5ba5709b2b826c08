/**
 * Listens on the offers topic: verifies each signed CapacityOffer (signer must be the
 * gossip author) and files it in an OfferBook, first-hand when the peer that handed it
 * to us is its provider (or we are connected to that provider), second-hand otherwise.
 * Only first-hand offers are forwarded (and served in offer sync): we vouch for what we
 * heard from the provider itself, so a stranger's offers signed with fresh keys stop at
 * the first honest peer. Bad offers are counted and dropped; the node goes on.
 * See docs/architecture.md, "Offer admission".
 */
import { TypedEventEmitter, type ComponentLogger, type Logger, type PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import {
  OFFERS_TOPIC, OfferBook, PayloadType, SourceStanding, decodeCapacityOffer, decodeEnvelope, openEnvelope,
  type CapacityOffer, type GpumeshError, type OfferRefusal, type OfferStanding, type RelayOutcome, type SignedEnvelope
} from '@gpumesh/protocol'
import { TopicValidatorResult, type Message } from '@libp2p/gossipsub'
import type { GpumeshLibp2p } from './create-host.js'

export interface OfferGossipEvents {
  'offer:received': CustomEvent<CapacityOffer>
  'offer:rejected': CustomEvent<{ from: string, error: GpumeshError | Error }>
  /** A relaying peer lost standing; its relayed offers were dropped. */
  'source:distrusted': CustomEvent<{ source: string, dropped: number }>
}

export interface OfferGossipComponents {
  libp2p: GpumeshLibp2p
  logger: ComponentLogger
}

export interface OfferGossipInit {
  book?: OfferBook
  /** Standing of relaying peers; pass the one the host's gossipsub score reads. */
  standing?: SourceStanding
  clockSkewMs?: number
}

/** What became of one offer envelope. */
export type FileResult =
  | { kind: 'accepted', offer: CapacityOffer, standing: OfferStanding }
  | { kind: 'refused', reason: OfferRefusal }
  | { kind: 'invalid', error: Error }

export class OfferGossip extends TypedEventEmitter<OfferGossipEvents> {
  readonly book: OfferBook
  readonly standing: SourceStanding
  /** provider -> the envelope of its offer in the book, to hand on in offer sync. */
  private readonly signed = new Map<string, SignedEnvelope>()
  private readonly components: OfferGossipComponents
  private readonly init: OfferGossipInit
  private readonly log: Logger
  /** Gossipsub asks this before it delivers or forwards a message: forward first-hand offers only. */
  private readonly validate = async (propagationSource: PeerId, message: Message): Promise<TopicValidatorResult> => {
    if (message.type !== 'signed') return TopicValidatorResult.Reject
    const result = await this.receiveFrom(message.data, propagationSource.toString(), message.from.toString())
    if (result.kind === 'invalid') return TopicValidatorResult.Reject
    return result.kind === 'accepted' && result.standing === 'reached' ? TopicValidatorResult.Accept : TopicValidatorResult.Ignore
  }

  /** A provider we connect to is one we have reached. */
  private readonly onConnect = (evt: CustomEvent<PeerId>): void => {
    this.reached(evt.detail.toString())
  }

  constructor (components: OfferGossipComponents, init: OfferGossipInit = {}) {
    super()
    this.components = components
    this.init = init
    this.standing = init.standing ?? new SourceStanding()
    this.book = init.book ?? new OfferBook({ isDistrusted: source => this.standing.isDistrusted(source) })
    this.log = components.logger.forComponent('gpumesh:offer-gossip')
  }

  start (): void {
    const { pubsub } = this.components.libp2p.services
    pubsub.topicValidators.set(OFFERS_TOPIC, this.validate)
    pubsub.subscribe(OFFERS_TOPIC)
    this.components.libp2p.addEventListener('peer:connect', this.onConnect)
  }

  stop (): void {
    const { pubsub } = this.components.libp2p.services
    this.components.libp2p.removeEventListener('peer:connect', this.onConnect)
    pubsub.topicValidators.delete(OFFERS_TOPIC)
    pubsub.unsubscribe(OFFERS_TOPIC)
  }

  /** Verify and file one offer envelope whose gossip author is `from` (and which `from` handed us). */
  async receive (data: Uint8Array, from: string): Promise<CapacityOffer | undefined> {
    const result = await this.receiveFrom(data, from, from)
    return result.kind === 'accepted' ? result.offer : undefined
  }

  /**
   * Verify and file an offer envelope that peer `from` handed us some other way (offer
   * sync): its signer must be the provider it describes.
   */
  async receiveEnvelope (envelope: SignedEnvelope, from: string): Promise<CapacityOffer | undefined> {
    const result = await this.fileEnvelope(envelope, from)
    return result.kind === 'accepted' ? result.offer : undefined
  }

  /** Verify and file `envelope` from `from`; the result says whether and how it was kept. */
  async fileEnvelope (envelope: SignedEnvelope, from: string, expectedSigner?: string): Promise<FileResult> {
    try {
      return await this.file(envelope, from, expectedSigner)
    } catch (err) {
      this.log('dropped offer from %s - %e', from, err)
      this.dispatchEvent(new CustomEvent('offer:rejected', { detail: { from, error: err as Error } }))
      this.report(from, 'invalid')
      return { kind: 'invalid', error: err as Error }
    }
  }

  /** The signed envelopes of the first-hand offers in the book now (for offer sync). */
  envelopes (): SignedEnvelope[] {
    const out: SignedEnvelope[] = []
    for (const [provider, envelope] of this.signed) {
      const entry = this.book.entry(provider)
      if (entry === undefined) this.signed.delete(provider)
      else if (entry.standing === 'reached') out.push(envelope)
    }
    return out
  }

  /** We asked `provider` and it answered: its offer is first-hand now, and its relayer earns credit. */
  reached (provider: string): void {
    const entry = this.book.entry(provider)
    if (entry?.standing === 'relayed') this.report(entry.source, 'reached')
    this.book.markReached(provider)
  }

  /** We could not dial `provider`: whoever relayed its offer to us loses standing. */
  unreachable (provider: string): void {
    const entry = this.book.entry(provider)
    if (entry?.standing === 'relayed') this.report(entry.source, 'unreachable')
  }

  private async receiveFrom (data: Uint8Array, from: string, author: string): Promise<FileResult> {
    let envelope: SignedEnvelope
    try {
      envelope = decodeEnvelope(data)
    } catch (err) {
      this.log('dropped offer from %s - %e', from, err)
      this.dispatchEvent(new CustomEvent('offer:rejected', { detail: { from, error: err as Error } }))
      this.report(from, 'invalid')
      return { kind: 'invalid', error: err as Error }
    }
    return await this.fileEnvelope(envelope, from, author)
  }

  private report (source: string, outcome: RelayOutcome): void {
    if (!this.standing.record(source, outcome)) return
    const dropped = this.book.dropSource(source)
    this.log('%s lost standing (%s); dropped %d relayed offers', source, outcome, dropped)
    this.dispatchEvent(new CustomEvent('source:distrusted', { detail: { source, dropped } }))
  }

  private async file (envelope: SignedEnvelope, from: string, expectedSigner?: string): Promise<FileResult> {
    // Nothing a distrusted peer hands us is taken: refuse before paying for the signature.
    if (this.standing.isDistrusted(from)) return { kind: 'refused', reason: 'distrusted' }
    const opened = await openEnvelope(envelope, PayloadType.offer, decodeCapacityOffer, {
      expectedSigner,
      clockSkewMs: this.init.clockSkewMs
    })
    // Relayed, but we are connected to its provider: as good as hearing it from them.
    const firstHand = from === opened.signer || this.connected(opened.signer)
    const added = this.book.add({ ...opened, from: firstHand ? opened.signer : from, signedAtMs: envelope.signedAtMs })
    if (!added.accepted) return { kind: 'refused', reason: added.reason }
    this.signed.set(opened.signer, envelope)
    this.dispatchEvent(new CustomEvent('offer:received', { detail: opened.message }))
    return { kind: 'accepted', offer: this.book.get(opened.signer) ?? opened.message, standing: added.standing }
  }

  private connected (peer: string): boolean {
    try {
      return this.components.libp2p.getConnections(peerIdFromString(peer)).length > 0
    } catch {
      return false
    }
  }
}
