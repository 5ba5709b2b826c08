/**
 * Publishes this provider's signed CapacityOffer on the offers topic: at an interval
 * (so late joiners and expiry are covered) and soon after a lease starts or ends or
 * GPUs go on or off sale. A bid's short hold does not republish: offers are advisory
 * (the bid decides), and every publish costs each peer of the network a signature check
 * and several socket writes, which under load was a third of the CPU a job cost.
 */
import { TypedEventEmitter, type ComponentLogger, type Logger, type PrivateKey } from '@libp2p/interface'
import type { SubscriptionChangeData } from '@libp2p/gossipsub'
import { OFFERS_TOPIC, PayloadType, encodeCapacityOffer, encodeEnvelope, signEnvelope, type CapacityOffer, type OfferMeasurement, type SignedEnvelope } from '@gpumesh/protocol'
import type { GpumeshLibp2p } from '@gpumesh/peer'
import { OFFER_CHANGE_DEBOUNCE_MS, OFFER_CHANGE_MIN_INTERVAL_MS, WITHDRAWN_OFFER_TTL_MS } from '../constants.js'
import { toGpuOffers } from '../inventory/gpu-inventory.js'
import type { Startable } from '../startable.js'
import type { CapacityChangeKind, CapacityLedger } from './capacity-ledger.js'

export interface OfferPublisherComponents {
  libp2p: GpumeshLibp2p
  privateKey: PrivateKey
  ledger: CapacityLedger
  logger: ComponentLogger
}

export interface OfferPublisherEvents {
  /** An offer went out on the topic (a withdrawal too). */
  'offer:published': CustomEvent<CapacityOffer>
}

export interface OfferPublisherInit {
  intervalMs: number
  ttlMs: number
  pricePerGpuHour: bigint
  region: string
  attributes: Record<string, string>
  /** Runtimes this provider can run now (already checked for availability). */
  runtimes: string[]
  /** Docker: the images it has or will pull, read at each publish. */
  images?: () => string[]
  /** The offer probe's latest figures, read at each publish (signed into the offer). */
  measurement?: () => OfferMeasurement | undefined
  /** Coalescing window of a publish; default OFFER_CHANGE_DEBOUNCE_MS. */
  changeDebounceMs?: number
  /** Least time between change-driven publishes; default OFFER_CHANGE_MIN_INTERVAL_MS. */
  changeMinIntervalMs?: number
}

export class OfferPublisher extends TypedEventEmitter<OfferPublisherEvents> implements Startable {
  private readonly components: OfferPublisherComponents
  private readonly init: OfferPublisherInit
  private readonly log: Logger
  private interval?: NodeJS.Timeout
  private debounce?: NodeJS.Timeout
  private lastSeq = 0
  /** When a publish last went out (performance.now()). */
  private lastPublishedAt = -Infinity
  /** The envelope most recently published (served by offer sync). */
  lastEnvelope?: SignedEnvelope
  private started = false
  private readonly debounceMs: number
  private readonly minIntervalMs: number
  private readonly onChange = (evt: CustomEvent<{ kind: CapacityChangeKind }>): void => {
    if (evt.detail.kind === 'reservation') return
    // Coalesce bursts, and space change-driven publishes out.
    this.schedule(Math.max(this.debounceMs, this.lastPublishedAt + this.minIntervalMs - performance.now()))
  }

  /** A peer joined the offers topic: it has not seen our offer yet. */
  private readonly onSubscription = (evt: CustomEvent<SubscriptionChangeData>): void => {
    if (evt.detail.subscriptions.some(s => s.topic === OFFERS_TOPIC && s.subscribe)) this.schedule(this.debounceMs)
  }

  /**
   * Our addresses changed (NAT: a relay reservation made or lost, an address confirmed):
   * the offer is how clients learn where to dial us, so publish again soon.
   */
  private lastAddrs = ''
  private relayAddrs (): string {
    // Only relay reservations: self:peer:update also fires for protocol changes, and an
    // extra publish there broke the spacing that lets clients learn who is busy.
    return this.components.libp2p.getMultiaddrs().map(ma => ma.toString()).filter(a => a.includes('/p2p-circuit')).join(' ')
  }

  private readonly onAddresses = (): void => {
    const addrs = this.relayAddrs()
    if (addrs === this.lastAddrs) return
    this.lastAddrs = addrs
    this.schedule(Math.max(this.debounceMs, this.lastPublishedAt + this.minIntervalMs - performance.now()))
  }

  constructor (components: OfferPublisherComponents, init: OfferPublisherInit) {
    super()
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('gpumesh:offer-publisher')
    this.debounceMs = init.changeDebounceMs ?? OFFER_CHANGE_DEBOUNCE_MS
    this.minIntervalMs = init.changeMinIntervalMs ?? OFFER_CHANGE_MIN_INTERVAL_MS
  }

  async start (): Promise<void> {
    if (this.started) return
    this.started = true
    this.components.ledger.addEventListener('capacity:change', this.onChange)
    this.components.libp2p.services.pubsub.addEventListener('subscription-change', this.onSubscription)
    this.lastAddrs = this.relayAddrs()
    this.components.libp2p.addEventListener('self:peer:update', this.onAddresses)
    this.interval = setInterval(() => { this.schedule(this.debounceMs) }, this.init.intervalMs)
    this.interval.unref()
    this.schedule(this.debounceMs)
  }

  async stop (): Promise<void> {
    this.halt()
  }

  private halt (): void {
    this.started = false
    this.components.ledger.removeEventListener('capacity:change', this.onChange)
    this.components.libp2p.services.pubsub.removeEventListener('subscription-change', this.onSubscription)
    this.components.libp2p.removeEventListener('self:peer:update', this.onAddresses)
    clearInterval(this.interval)
    clearTimeout(this.debounce)
  }

  /** The offer as it would be published now (with the last published seq). */
  current (now = Date.now(), seq = this.lastSeq): CapacityOffer {
    const { libp2p, ledger } = this.components
    const free = ledger.freeResources()
    const freeIndices = new Set(ledger.freeGpus().map(g => g.index))
    return {
      provider: libp2p.peerId.toString(),
      seq,
      gpus: toGpuOffers(ledger.gpus, freeIndices),
      cpuCores: free.cpuCores,
      memoryMiB: free.memoryMiB,
      diskMiB: free.diskMiB,
      runtimes: this.init.runtimes,
      pricePerGpuHour: this.init.pricePerGpuHour,
      region: this.init.region,
      attributes: this.init.attributes,
      expiresAtMs: now + this.init.ttlMs,
      addrs: libp2p.getMultiaddrs().map(ma => ma.toString()),
      ...this.imagesNow(),
      ...this.measuredNow()
    }
  }

  private measuredNow (): { measured?: OfferMeasurement } {
    const measured = this.init.measurement?.()
    return measured !== undefined ? { measured } : {}
  }

  /** Publish soon: something the offer says changed (new probe figures). */
  refresh (): void {
    this.schedule(this.debounceMs)
  }

  private imagesNow (): { images?: string[] } {
    const images = this.init.images?.() ?? []
    return images.length > 0 ? { images } : {}
  }

  /**
   * The offer to hand a peer that asks (offer sync): the last one published, or, before
   * the first publish, the current one signed now. A peer that connects in the first
   * second would otherwise learn of us only from gossip, which drops what is published
   * before the topic streams are up.
   */
  async envelope (): Promise<SignedEnvelope | undefined> {
    if (this.lastEnvelope !== undefined || this.components.ledger.gpus.length === 0) return this.lastEnvelope
    const now = Date.now()
    this.lastSeq = Math.max(this.lastSeq + 1, now)
    const offer = this.current(now, this.lastSeq)
    this.lastEnvelope = await signEnvelope(this.components.privateKey, PayloadType.offer, encodeCapacityOffer(offer), { expiresAtMs: offer.expiresAtMs })
    return this.lastEnvelope
  }

  /** Sign and publish the current offer now. */
  async publish (): Promise<void> {
    // A node with no GPUs (a bootstrap node) has nothing to sell.
    if (this.components.ledger.gpus.length === 0) return
    const now = Date.now()
    // Seq is time-based, so it keeps rising across restarts without being stored.
    this.lastSeq = Math.max(this.lastSeq + 1, now)
    this.lastPublishedAt = performance.now()
    const offer = this.current(now, this.lastSeq)
    const envelope = await signEnvelope(this.components.privateKey, PayloadType.offer, encodeCapacityOffer(offer), { expiresAtMs: offer.expiresAtMs })
    this.lastEnvelope = envelope
    await this.components.libp2p.services.pubsub.publish(OFFERS_TOPIC, encodeEnvelope(envelope))
    this.safeDispatchEvent('offer:published', { detail: offer })
  }

  /**
   * Stop publishing, and tell peers there is nothing more for sale here (a drain): one
   * last offer with nothing free, expiring soon; offer sync hands out the same.
   */
  async withdraw (): Promise<void> {
    this.halt()
    const { ledger, privateKey, libp2p } = this.components
    if (ledger.gpus.length === 0) return
    const now = Date.now()
    this.lastSeq = Math.max(this.lastSeq + 1, now)
    const offer: CapacityOffer = {
      ...this.current(now, this.lastSeq),
      gpus: toGpuOffers(ledger.gpus, new Set()),
      cpuCores: 0,
      memoryMiB: 0,
      diskMiB: 0,
      expiresAtMs: now + Math.min(this.init.ttlMs, WITHDRAWN_OFFER_TTL_MS)
    }
    this.lastEnvelope = await signEnvelope(privateKey, PayloadType.offer, encodeCapacityOffer(offer), { expiresAtMs: offer.expiresAtMs })
    await libp2p.services.pubsub.publish(OFFERS_TOPIC, encodeEnvelope(this.lastEnvelope))
    this.safeDispatchEvent('offer:published', { detail: offer })
  }

  /** Publish in `delayMs`, unless a publish is already due (bursts become one). */
  private schedule (delayMs: number): void {
    if (!this.started || this.debounce !== undefined) return
    this.debounce = setTimeout(() => {
      this.debounce = undefined
      this.publish().catch(err => { this.log.error('publishing offer failed - %e', err) })
    }, delayMs)
  }
}
