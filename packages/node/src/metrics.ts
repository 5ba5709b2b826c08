/** The node's Prometheus metrics, on a registry of its own (no global state). */
import { Counter, Gauge, Registry } from 'prom-client'
import { GpumeshError } from '@gpumesh/protocol'

export class NodeMetrics {
  readonly registry = new Registry()
  readonly offersPublished: Counter
  readonly offersReceived: Counter
  readonly bids: Counter<'result' | 'reason'>
  readonly leases: Counter<'result' | 'reason'>
  readonly reservations: Gauge
  readonly activeLeases: Gauge
  readonly jobs: Counter<'state'>
  readonly runningJobs: Gauge
  /** Messages refused because they were malformed, forged, replayed, expired or oversize. */
  readonly rejectedMessages: Counter<'protocol' | 'reason'>
  /** GPUs held by bids and by leases not yet submitted to. */
  readonly heldGpus: Gauge
  /** Bids made past the hold bounds: they reserve nothing, a Submit takes their GPUs if free. */
  readonly unheldBids: Counter
  /** Holds that lapsed unsubmitted, by kind (bid|lease). */
  readonly holdLapses: Counter<'kind'>
  /** Clients (key=client) or address groups (key=address) put in the penalty box. */
  readonly holdPenalties: Counter<'key'>
  /** 1 for each GPU's current state: idle, reserved, leased, busy-owner, cooling-down, outside-window. */
  readonly gpuState: Gauge<'gpu' | 'state'>

  constructor () {
    const registers = [this.registry]
    this.offersPublished = new Counter({ name: 'gpumesh_offers_published_total', help: 'Capacity offers published', registers })
    this.offersReceived = new Counter({ name: 'gpumesh_offers_received_total', help: 'Verified capacity offers received from other providers', registers })
    this.bids = new Counter({ name: 'gpumesh_bids_total', help: 'Orders answered, by result (bid|decline) and decline reason', labelNames: ['result', 'reason'], registers })
    this.leases = new Counter({ name: 'gpumesh_leases_total', help: 'Lease requests answered (on /gpumesh/lease or with a Submit), by result (lease|reject) and reject reason', labelNames: ['result', 'reason'], registers })
    this.reservations = new Gauge({ name: 'gpumesh_reservations', help: 'Bids whose GPUs are reserved now', registers })
    this.activeLeases = new Gauge({ name: 'gpumesh_leases_active', help: 'Leases holding GPUs now', registers })
    this.jobs = new Counter({ name: 'gpumesh_jobs_total', help: 'Jobs that reached a state', labelNames: ['state'], registers })
    this.runningJobs = new Gauge({ name: 'gpumesh_jobs_running', help: 'Jobs running now', registers })
    this.rejectedMessages = new Counter({ name: 'gpumesh_rejected_messages_total', help: 'Inbound messages refused, by protocol and error code', labelNames: ['protocol', 'reason'], registers })
    this.heldGpus = new Gauge({ name: 'gpumesh_held_gpus', help: 'GPUs held by bids and by leases not yet submitted to', registers })
    this.unheldBids = new Counter({ name: 'gpumesh_unheld_bids_total', help: 'Bids made past the hold bounds, reserving nothing', registers })
    this.holdLapses = new Counter({ name: 'gpumesh_hold_lapses_total', help: 'Holds that lapsed unsubmitted, by kind (bid|lease)', labelNames: ['kind'], registers })
    this.holdPenalties = new Counter({ name: 'gpumesh_hold_penalties_total', help: 'Clients (key=client) or addresses (key=address) put in the hold penalty box', labelNames: ['key'], registers })
    this.gpuState = new Gauge({ name: 'gpumesh_gpu_state', help: 'GPU state (1 = current): idle, reserved, leased, busy-owner, cooling-down, outside-window', labelNames: ['gpu', 'state'], registers })
  }

  /** Count one refused inbound message under its typed error's code. */
  countRejected (protocol: string, err: unknown): void {
    this.rejectedMessages.inc({ protocol, reason: err instanceof GpumeshError ? err.code : 'ERR_UNKNOWN' })
  }
}
