/**
 * The provider's web dashboard, at `/` on the API address: GPUs and their state, the
 * offer and price, leases and running jobs with live logs, receipts and earnings over
 * time, refusals by reason. Read-only. Live over server-sent events: capacity changes
 * and job events push at once; refusal counters (metrics, which raise no events) and
 * the offer's expiry are re-read every few seconds while someone watches.
 *
 * Shows no secrets: no key, no data dir, no job's spec or environment. Job logs are the
 * clients' output, so they are shown only when the API binds to loopback; open a remote
 * node's dashboard through an SSH tunnel to see them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger, ComponentLogger } from '@libp2p/interface'
import { decodeEnvelope, decodeReceipt, type CapacityOffer } from '@gpumesh/protocol'
import { DASHBOARD_LOG_LINES_PER_JOB, DashboardRoutes, EventStreamHub, RecentLogLines, type DashboardLogLine } from '@gpumesh/peer'
import type { JobService } from '../job/job-service.js'
import type { CapacityLedger } from '../market/capacity-ledger.js'
import type { NodeMetrics } from '../metrics.js'
import type { NodeStore } from '../store/node-store.js'
import { NODE_DASHBOARD_PAGE } from './node-dashboard-page.js'

export interface NodeDashboardComponents {
  ledger: CapacityLedger
  jobs: Pick<JobService, 'events' | 'runningJobs'>
  publisher: { current: () => CapacityOffer }
  metrics: NodeMetrics
  store: NodeStore
  peerId: string
  logger: ComponentLogger
}

export interface NodeDashboardInit {
  /** The API's bind address: logs are shown on loopback only. */
  bindHost: string
}

/** Coalescing window of state pushes: a burst of capacity changes is one update. */
const STATE_PUSH_DEBOUNCE_MS = 150
/** How often counters and expiry are re-read while someone watches. */
const REFRESH_MS = 5_000
/** Receipts sent to a new viewer: the newest ones. */
const MAX_RECEIPTS_SHOWN = 1_000

export interface DashboardReceipt {
  jobId: string
  client: string
  cost: string
  gpuMs: number
  wallMs: number
  finalState: string
  endedAtMs: number
  countersigned: boolean
}

export class NodeDashboard {
  readonly hub = new EventStreamHub()
  readonly routes: DashboardRoutes
  private readonly components: NodeDashboardComponents
  private readonly log: Logger
  private readonly logs = new RecentLogLines()
  private readonly following = new Map<string, AbortController>()
  private pushTimer?: NodeJS.Timeout
  private refresh?: NodeJS.Timeout
  private started = false

  private readonly onCapacity = (): void => { this.schedulePush() }
  private readonly onLeaseUsed = (evt: CustomEvent<{ jobId?: string }>): void => {
    if (evt.detail.jobId !== undefined) this.follow(evt.detail.jobId, 1)
    this.schedulePush()
  }

  /** A lease that ran a job ended: its receipt was written just before. */
  private readonly onLeaseEnded = (evt: CustomEvent<{ lease: { jobId?: string } }>): void => {
    const jobId = evt.detail.lease.jobId
    if (jobId === undefined) return
    void this.receipt(jobId).then(r => { if (r !== undefined) this.hub.broadcast('receipt', r) }).catch(err => { this.log('receipt of %s unreadable - %e', jobId, err) })
  }

  constructor (components: NodeDashboardComponents, init: NodeDashboardInit) {
    this.components = components
    this.log = components.logger.forComponent('gpumesh:dashboard')
    this.routes = new DashboardRoutes({ page: NODE_DASHBOARD_PAGE, hub: this.hub, bindHost: init.bindHost, greeting: async () => await this.greeting() })
  }

  get showsLogs (): boolean {
    return this.routes.onLoopback
  }

  start (): void {
    if (this.started) return
    this.started = true
    const { ledger, jobs } = this.components
    ledger.addEventListener('capacity:change', this.onCapacity)
    ledger.addEventListener('lease:used', this.onLeaseUsed)
    ledger.addEventListener('lease:ended', this.onLeaseEnded)
    // Events are not all log lines (heartbeats, usage): look back twice as far as we keep.
    for (const job of jobs.runningJobs()) this.follow(job.jobId, Math.max(1, job.lastSeq - 2 * DASHBOARD_LOG_LINES_PER_JOB))
    // Counters raise no events; only re-read them while a viewer is there.
    this.refresh = setInterval(() => { if (this.hub.size > 0) this.schedulePush() }, REFRESH_MS)
    this.refresh.unref()
  }

  stop (): void {
    if (!this.started) return
    this.started = false
    const { ledger } = this.components
    ledger.removeEventListener('capacity:change', this.onCapacity)
    ledger.removeEventListener('lease:used', this.onLeaseUsed)
    ledger.removeEventListener('lease:ended', this.onLeaseEnded)
    clearInterval(this.refresh)
    clearTimeout(this.pushTimer)
    for (const c of this.following.values()) c.abort()
    this.following.clear()
    this.hub.close()
  }

  async handle (req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    return await this.routes.handle(req, res)
  }

  /** The live part of the page: GPUs, offer, leases, running jobs, refusals. */
  async state (): Promise<Record<string, unknown>> {
    const { ledger, jobs, publisher, metrics, peerId } = this.components
    const leases = ledger.liveLeases()
    const offer = publisher.current()
    const running = jobs.runningJobs()
    const gpus = ledger.gpus.map(g => {
      const h = ledger.holder(g.index)
      const state = h.kind === 'free' ? 'idle' : h.kind === 'unavailable' ? h.state : h.kind
      const lease = h.kind === 'leased' ? leases.find(l => l.leaseId === h.leaseId) : undefined
      return { index: g.index, vendor: g.vendor, model: g.model, vramMiB: g.vramMiB, declared: g.declared, state, jobId: lease?.jobId, client: lease?.client }
    })
    const refusals: Array<{ kind: string, reason: string, count: number }> = []
    for (const v of (await metrics.bids.get()).values) if (v.labels.result === 'decline' && v.value > 0) refusals.push({ kind: 'order declined', reason: String(v.labels.reason ?? ''), count: v.value })
    for (const v of (await metrics.leases.get()).values) if (v.labels.result === 'reject' && v.value > 0) refusals.push({ kind: 'lease rejected', reason: String(v.labels.reason ?? ''), count: v.value })
    for (const v of (await metrics.rejectedMessages.get()).values) if (v.value > 0) refusals.push({ kind: `refused on ${String(v.labels.protocol ?? '')}`, reason: String(v.labels.reason ?? ''), count: v.value })
    refusals.sort((a, b) => b.count - a.count)
    return {
      node: { peerId, showsLogs: this.showsLogs, now: Date.now() },
      gpus,
      offer: {
        seq: offer.seq,
        pricePerGpuHour: offer.pricePerGpuHour,
        region: offer.region,
        attributes: offer.attributes,
        runtimes: offer.runtimes,
        gpus: offer.gpus.map(g => ({ model: g.model, vramMiB: g.vramMiB, countTotal: g.countTotal, countFree: g.countFree, declared: g.declared })),
        expiresAtMs: offer.expiresAtMs
      },
      reservations: ledger.reservationCount(),
      leases: leases.map(l => ({ leaseId: l.leaseId, client: l.client, gpuIndices: l.gpuIndices, status: l.status, jobId: l.jobId, pricePerGpuHour: l.pricePerGpuHour, createdAtMs: l.createdAtMs })),
      jobs: running.map(j => ({ jobId: j.jobId, client: j.client, runtime: j.runtime, state: j.state, createdAtMs: j.createdAtMs, startedAtMs: j.startedAtMs, gpuIndices: leases.find(l => l.leaseId === j.leaseId)?.gpuIndices ?? [] })),
      refusals
    }
  }

  /** A new viewer: the state, the receipts so far and the recent log lines. */
  private async greeting (): Promise<Array<{ event: string, data: unknown }>> {
    // Lines first: the page makes a running job's log pane from them when it draws the state.
    return [
      { event: 'logs', data: this.showsLogs ? this.logs.all() : {} },
      { event: 'state', data: await this.state() },
      { event: 'receipts', data: await this.receipts() }
    ]
  }

  /** The newest receipts, oldest first. Reads the whole sublevel: fine for a dashboard up to ~10^4 jobs. */
  private async receipts (): Promise<DashboardReceipt[]> {
    const out: DashboardReceipt[] = []
    for await (const r of this.components.store.receipts.values()) {
      const shown = toDashboardReceipt(r.receipt, r.acceptance !== undefined)
      if (shown !== undefined) out.push(shown)
    }
    return out.sort((a, b) => a.endedAtMs - b.endedAtMs).slice(-MAX_RECEIPTS_SHOWN)
  }

  private async receipt (jobId: string): Promise<DashboardReceipt | undefined> {
    const r = await this.components.store.receipts.get(jobId)
    return r === undefined ? undefined : toDashboardReceipt(r.receipt, r.acceptance !== undefined)
  }

  private schedulePush (): void {
    if (this.pushTimer !== undefined || this.hub.size === 0) return
    this.pushTimer = setTimeout(() => {
      this.pushTimer = undefined
      void this.state().then(s => { this.hub.broadcast('state', s) }).catch(err => { this.log('state unavailable - %e', err) })
    }, STATE_PUSH_DEBOUNCE_MS)
    this.pushTimer.unref()
  }

  /** Follow one job's events until it ends: log lines to viewers, state changes as pushes. */
  private follow (jobId: string, fromSeq: number): void {
    if (!this.showsLogs || this.following.has(jobId) || !this.started) return
    const controller = new AbortController()
    this.following.set(jobId, controller)
    void (async () => {
      for await (const e of this.components.jobs.events.follow(jobId, fromSeq, controller.signal)) {
        if (e.type === 'log') {
          const line: DashboardLogLine = { jobId, seq: e.seq, atMs: e.atMs, stream: e.stream, line: e.line }
          this.logs.add(line)
          this.hub.broadcast('log', line)
        } else if (e.type === 'state') {
          this.schedulePush()
        }
      }
    })().catch(err => { this.log('following job %s stopped - %e', jobId, err) }).finally(() => {
      if (this.following.get(jobId) === controller) this.following.delete(jobId)
      this.schedulePush()
    })
  }
}

function toDashboardReceipt (base64: string, countersigned: boolean): DashboardReceipt | undefined {
  try {
    const r = decodeReceipt(decodeEnvelope(Buffer.from(base64, 'base64')).payload)
    return { jobId: r.jobId, client: r.client, cost: r.cost.toString(), gpuMs: r.gpuMs, wallMs: r.wallMs, finalState: r.finalState, endedAtMs: r.endedAtMs, countersigned }
  } catch {
    return undefined
  }
}
