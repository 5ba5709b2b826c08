/**
 * Keeps the node's Prometheus metrics from the events its services emit, so no service
 * holds a metrics object: each says what happened, and this counts it.
 */
import type { TypedEventTarget } from '@libp2p/interface'
import type { OfferGossipEvents } from '@gpumesh/peer'
import { JOB_PROTOCOL, declineReasonName, rejectReasonName } from '@gpumesh/protocol'
import type { IdleMonitorEvents } from './idle/idle-monitor.js'
import type { JobServiceEvents } from './job/job-service-events.js'
import type { BidEngineEvents } from './market/bid-engine.js'
import type { CapacityLedger } from './market/capacity-ledger.js'
import type { HoldPolicyEvents } from './market/hold-policy.js'
import type { LeaseManagerEvents } from './market/lease-manager.js'
import type { OfferPublisherEvents } from './market/offer-publisher.js'
import type { OrderEvaluatorEvents } from './market/order-evaluator.js'
import type { NodeMetrics } from './metrics.js'
import type { RejectedMessage } from './service-events.js'
import type { Startable } from './startable.js'

export interface MetricsObserverComponents {
  metrics: NodeMetrics
  ledger: CapacityLedger
  holds: TypedEventTarget<HoldPolicyEvents>
  evaluator: TypedEventTarget<OrderEvaluatorEvents>
  bids: TypedEventTarget<BidEngineEvents>
  leases: TypedEventTarget<LeaseManagerEvents>
  jobs: TypedEventTarget<JobServiceEvents>
  publisher: TypedEventTarget<OfferPublisherEvents>
  offers: TypedEventTarget<OfferGossipEvents>
  /** Present when idle detection is on. */
  idle?: TypedEventTarget<IdleMonitorEvents>
}

/** One word for a GPU's state, for /status and /metrics: idle, reserved, leased, busy-owner, cooling-down, outside-window. */
export function gpuState (ledger: CapacityLedger, index: number): string {
  const h = ledger.holder(index)
  return h.kind === 'free' ? 'idle' : h.kind === 'unavailable' ? h.state : h.kind
}

export class MetricsObserver implements Startable {
  private readonly unsubscribe: Array<() => void> = []

  constructor (private readonly components: MetricsObserverComponents) {}

  async start (): Promise<void> {
    const { metrics, ledger, holds, evaluator, bids, leases, jobs, publisher, offers, idle } = this.components
    const rejected = (evt: CustomEvent<RejectedMessage>): void => { this.countRejected(evt.detail.protocol, evt.detail.error) }

    this.on(publisher, 'offer:published', () => { metrics.offersPublished.inc() })
    this.on(offers, 'offer:received', () => { metrics.offersReceived.inc() })
    this.on(offers, 'offer:rejected', evt => { this.countRejected('offers-topic', evt.detail.error) })

    this.on(bids, 'bid:answered', evt => {
      const response = evt.detail
      if (response.kind === 'bid') metrics.bids.inc({ result: 'bid', reason: '' })
      else for (const r of response.decline.reasons) metrics.bids.inc({ result: 'decline', reason: declineReasonName(r) })
    })
    this.on(bids, 'message:rejected', rejected)
    this.on(evaluator, 'bid:unheld', () => { metrics.unheldBids.inc() })

    // Both ways a lease is asked for count here: /gpumesh/lease and a Submit's lease request.
    this.on(leases, 'lease:answered', evt => {
      const { response } = evt.detail
      if (response.kind === 'lease') metrics.leases.inc({ result: 'lease', reason: '' })
      else metrics.leases.inc({ result: 'reject', reason: rejectReasonName(response.reject.reason) })
    })
    this.on(leases, 'message:rejected', rejected)
    this.on(holds, 'hold:lapsed', evt => { metrics.holdLapses.inc({ kind: evt.detail.kind }) })
    this.on(holds, 'hold:penalty', evt => { metrics.holdPenalties.inc({ key: evt.detail.key }) })

    this.on(jobs, 'job:state', evt => { metrics.jobs.inc({ state: evt.detail.state }) })
    this.on(jobs, 'job:runtime', evt => { if (evt.detail.active) metrics.runningJobs.inc(); else metrics.runningJobs.dec() })
    this.on(jobs, 'job:refused', evt => { metrics.rejectedMessages.inc({ protocol: JOB_PROTOCOL, reason: `refusal-${evt.detail.code}` }) })
    this.on(jobs, 'message:rejected', rejected)

    this.on(ledger, 'capacity:change', () => { this.updateCapacity() })
    this.on(ledger, 'lease:used', () => { this.updateHeld() })
    if (idle !== undefined) this.on(idle, 'gpu:availability', () => { this.updateGpus() })
    // What the ledger took back from the store at start.
    this.updateCapacity()
  }

  async stop (): Promise<void> {
    for (const off of this.unsubscribe.splice(0)) off()
  }

  private on<Events extends Record<string, any>, K extends keyof Events & string> (target: TypedEventTarget<Events>, type: K, listener: (evt: Events[K]) => void): void {
    target.addEventListener(type, listener)
    this.unsubscribe.push(() => { target.removeEventListener(type, listener) })
  }

  private countRejected (protocol: string, err: unknown): void {
    this.components.metrics.countRejected(protocol, err)
  }

  private updateCapacity (): void {
    const { metrics, ledger } = this.components
    metrics.reservations.set(ledger.reservationCount())
    metrics.activeLeases.set(ledger.liveLeases().length)
    this.updateHeld()
    this.updateGpus()
  }

  private updateHeld (): void {
    this.components.metrics.heldGpus.set(this.components.ledger.unsubmittedGpus('', undefined).total)
  }

  private updateGpus (): void {
    const { metrics, ledger } = this.components
    metrics.gpuState.reset()
    for (const g of ledger.gpus) metrics.gpuState.set({ gpu: String(g.index), state: gpuState(ledger, g.index) }, 1)
  }
}
