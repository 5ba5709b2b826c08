/**
 * Decides what this provider answers to an order: the exact GPUs and the price, or
 * every reason it cannot. Shared by the direct bid protocol and the orders topic.
 */
import { randomUUID } from 'node:crypto'
import { TypedEventEmitter, type PrivateKey } from '@libp2p/interface'
import {
  DeclineReason, PayloadType, encodeBid, orderDigest, placementFailures, priceOrder, selectGpus, signEnvelope,
  type Bid, type BidResponse, type JobOrder, type Opened, type PricingStrategy
} from '@gpumesh/protocol'
import { CapacityGoneError } from '../errors.js'
import type { ReservationRecord } from '../store/node-store.js'
import type { CapacityLedger } from './capacity-ledger.js'
import type { ClientPolicy } from './client-policy.js'
import type { HoldPolicy, UnheldBids } from './hold-policy.js'

export interface OrderEvaluatorComponents {
  privateKey: PrivateKey
  ledger: CapacityLedger
  policy: ClientPolicy
  holds: HoldPolicy
  /** Bids past the hold bounds, for a Submit that takes one. */
  unheld: UnheldBids
}

export interface OrderEvaluatorEvents {
  /** A bid made past the hold bounds: it reserves nothing. */
  'bid:unheld': CustomEvent<ReservationRecord>
}

export interface EvaluateOptions {
  now?: number
  /** Address group the order came from (hold-policy.ts sourceOf); undefined on loopback. */
  source?: string
}

export interface OrderEvaluatorInit {
  /** Leases plus reservations one client may hold here at once. */
  maxConcurrentJobsPerClient: number
  pricing: PricingStrategy
  runtimes: string[]
  region: string
  attributes: Record<string, string>
  maxDurationS: number
  reservationHoldMs: number
  /** Docker: may this image run here (present, or one we pull)? Absent: every image may. */
  imageRunnable?: (image: string) => boolean
}

export class OrderEvaluator extends TypedEventEmitter<OrderEvaluatorEvents> {
  private readonly components: OrderEvaluatorComponents
  private readonly init: OrderEvaluatorInit
  private readonly provider: string

  constructor (components: OrderEvaluatorComponents, init: OrderEvaluatorInit, provider: string) {
    super()
    this.components = components
    this.init = init
    this.provider = provider
  }

  /** Check, price, reserve and sign; or decline with every reason found. */
  async evaluate (opened: Opened<JobOrder>, options: EvaluateOptions = {}): Promise<BidResponse> {
    const now = options.now ?? Date.now()
    const source = options.source
    const order = opened.message
    const decline = (reasons: DeclineReason[], detail = ''): BidResponse =>
      ({ kind: 'decline', decline: { orderId: order.orderId, reasons, detail } })

    if (order.client !== opened.signer) return decline([DeclineReason.DECLINE_REASON_INVALID_ORDER], 'order.client is not the signer')
    if (order.bidDeadlineMs !== 0 && order.bidDeadlineMs < now) return decline([DeclineReason.DECLINE_REASON_EXPIRED], 'bid deadline passed')
    const denied = this.components.policy.check(order.client)
    if (denied !== undefined) return decline([DeclineReason.DECLINE_REASON_CLIENT_DENIED], denied)

    const { ledger, holds } = this.components
    const boxedUntil = order.dryRun ? undefined : holds.penaltyUntil(order.client, source, now)
    if (boxedUntil !== undefined) {
      return decline([DeclineReason.DECLINE_REASON_HOLD_PENALTY], `leases here lapsed unsubmitted too often: declined for ${Math.ceil((boxedUntil - now) / 1000)} s`)
    }
    if (!order.dryRun && ledger.heldBy(order.client) >= this.init.maxConcurrentJobsPerClient) {
      return decline([DeclineReason.DECLINE_REASON_CLIENT_LIMIT], `at most ${this.init.maxConcurrentJobsPerClient} concurrent jobs per client`)
    }
    const reasons: DeclineReason[] = []
    if (!this.init.runtimes.includes(order.runtime)) reasons.push(DeclineReason.DECLINE_REASON_RUNTIME)
    let detail = ''
    if (order.runtime === 'docker' && (order.image ?? '') !== '' && this.init.imageRunnable?.(order.image ?? '') === false) {
      reasons.push(DeclineReason.DECLINE_REASON_IMAGE)
      detail = `image ${order.image ?? ''} is not on this provider and it does not pull it`
    }
    reasons.push(...placementFailures(order, this.init))
    if (order.maxDurationS > this.init.maxDurationS) reasons.push(DeclineReason.DECLINE_REASON_DURATION)

    const free = ledger.freeResources()
    if (order.cpuCores > free.cpuCores) reasons.push(DeclineReason.DECLINE_REASON_CPU)
    if (order.memoryMiB > free.memoryMiB) reasons.push(DeclineReason.DECLINE_REASON_MEMORY)
    if (order.diskMiB > free.diskMiB) reasons.push(DeclineReason.DECLINE_REASON_DISK)

    const selection = selectGpus(order, ledger.freeGpus())
    if (!selection.ok) reasons.push(...selection.reasons)

    const price = priceOrder(order, this.init.pricing, ledger.utilisation())
    if (price > order.maxPricePerGpuHour) reasons.push(DeclineReason.DECLINE_REASON_PRICE)

    if (reasons.length > 0 || !selection.ok) return decline([...new Set(reasons)], detail)

    const expiresAtMs = now + this.init.reservationHoldMs
    const bid: Bid = {
      bidId: randomUUID(),
      orderId: order.orderId,
      provider: this.provider,
      client: order.client,
      pricePerGpuHour: price,
      gpuIndices: selection.indices,
      gpuModels: selection.indices.map(i => ledger.gpus.find(g => g.index === i)?.model ?? ''),
      maxDurationS: order.maxDurationS,
      expiresAtMs,
      orderDigest: orderDigest(opened.envelope.payload)
    }
    const record: ReservationRecord = {
      bidId: bid.bidId,
      orderId: order.orderId,
      client: order.client,
      gpuIndices: bid.gpuIndices,
      pricePerGpuHour: price.toString(),
      maxDurationS: order.maxDurationS,
      cpuCores: order.cpuCores,
      memoryMiB: order.memoryMiB,
      diskMiB: order.diskMiB,
      expiresAtMs,
      ...(source !== undefined ? { source } : {})
    }
    const stranger = (client: string): boolean => !holds.inGoodStanding(client, now)
    const { unheld } = this.components
    // The client's own bids that hold nothing keep their claim on the free GPUs against
    // its later orders, held or not: they would only race each other at Submit.
    if (!order.dryRun && unheld.gpusPromised(order.client, now) + bid.gpuIndices.length > ledger.freeGpus().length) {
      return decline([DeclineReason.DECLINE_REASON_NO_CAPACITY], 'this client\'s other bids here already name every free GPU')
    }
    if (!order.dryRun && stranger(order.client) &&
      !holds.mayHold(bid.gpuIndices.length, ledger.unsubmittedGpus(order.client, source, stranger), ledger.gpus.length, source !== undefined)) {
      // Past a hold bound the bid still stands, but holds nothing: its GPUs go to
      // whoever submits first, so hoarded holds cannot starve the rest of the market.
      unheld.add(record, now)
      this.safeDispatchEvent('bid:unheld', { detail: record })
    } else if (!order.dryRun) {
      try {
        await ledger.reserve(record)
      } catch (err) {
        // Another order claimed the GPUs between our check and the claim.
        if (err instanceof CapacityGoneError) return decline([DeclineReason.DECLINE_REASON_NO_CAPACITY])
        throw err
      }
    }
    const envelope = await signEnvelope(this.components.privateKey, PayloadType.bid, encodeBid(bid), { expiresAtMs, now })
    return { kind: 'bid', bid: envelope }
  }
}
