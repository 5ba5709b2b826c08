/**
 * The client's web dashboard (`gpumesh dashboard`, or `startClientDashboard(client)`
 * from the SDK): jobs with live state and logs, spend, and the providers known with
 * their GPUs, price and region. Read-only; uses only the public GpumeshClient API.
 *
 * Live: a job that is not over is followed through its handle (`client.job(id)`, which
 * re-attaches to its provider), offers through the offer book's events. New jobs have
 * no event on the public API, so the job list is re-read from the local store every
 * couple of seconds while someone watches (a local read, no network).
 *
 * Shows no secrets: no key, no data dir, no job's spec (its environment may hold
 * tokens). Job logs are shown only when it binds to loopback.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { decodeEnvelope, decodeReceipt, isTerminal } from '@gpumesh/protocol'
import {
  DashboardRoutes, EventStreamHub, RecentLogLines, startDashboardServer, type DashboardLogLine, type DashboardServer
} from '@gpumesh/peer'
import type { GpumeshClient } from '../client.js'
import type { ClientJobRecord } from '../client-store.js'
import type { Job } from '../job.js'
import { CLIENT_DASHBOARD_PAGE } from './client-dashboard-page.js'

export interface ClientDashboardInit {
  /** Default 127.0.0.1. Anything else hides job logs. */
  host?: string
  /** Default 0 (any free port). */
  port?: number
}

/** Coalescing window of state pushes. */
const STATE_PUSH_DEBOUNCE_MS = 150
/** How often the job list is re-read from the store while someone watches. */
const JOB_LIST_REFRESH_MS = 2_000
/** Jobs listed: the newest. */
const MAX_JOBS_SHOWN = 200

export interface RunningClientDashboard extends DashboardServer {
  readonly dashboard: ClientDashboard
}

/** Serve a dashboard of `client` until `stop()`; the client stays the caller's to stop (after the dashboard). */
export async function startClientDashboard (client: GpumeshClient, init: ClientDashboardInit = {}, options: { signal?: AbortSignal } = {}): Promise<RunningClientDashboard> {
  const host = init.host ?? '127.0.0.1'
  const dashboard = new ClientDashboard(client, { bindHost: host })
  const server = await startDashboardServer({ host, port: init.port ?? 0, routes: dashboard.routes, hub: dashboard.hub }, options)
  dashboard.start()
  return {
    dashboard,
    port: server.port,
    url: server.url,
    stop: async () => {
      dashboard.stop()
      await server.stop()
    }
  }
}

export class ClientDashboard {
  readonly hub = new EventStreamHub()
  readonly routes: DashboardRoutes
  private readonly client: GpumeshClient
  private readonly logs = new RecentLogLines()
  /** Handles of the jobs followed now, by id (undefined while the handle is being made). */
  private readonly following = new Map<string, Job | undefined>()
  private readonly controller = new AbortController()
  private pushTimer?: NodeJS.Timeout
  private refresh?: NodeJS.Timeout
  private started = false
  private readonly onOffer = (): void => { this.schedulePush() }

  constructor (client: GpumeshClient, init: { bindHost: string }) {
    this.client = client
    this.routes = new DashboardRoutes({ page: CLIENT_DASHBOARD_PAGE, hub: this.hub, bindHost: init.bindHost, greeting: async () => await this.greeting() })
  }

  get showsLogs (): boolean {
    return this.routes.onLoopback
  }

  async handle (req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    return await this.routes.handle(req, res)
  }

  start (): void {
    if (this.started) return
    this.started = true
    this.client.offers.addEventListener('offer:received', this.onOffer)
    void this.followUnfinished()
    this.refresh = setInterval(() => {
      if (this.hub.size === 0) return
      void this.followUnfinished()
      this.schedulePush()
    }, JOB_LIST_REFRESH_MS)
    this.refresh.unref()
  }

  stop (): void {
    if (!this.started) return
    this.started = false
    this.client.offers.removeEventListener('offer:received', this.onOffer)
    clearInterval(this.refresh)
    clearTimeout(this.pushTimer)
    this.controller.abort()
    this.hub.close()
  }

  /** Jobs, spend and providers: everything but the log lines. */
  async state (): Promise<Record<string, unknown>> {
    const [records, entries] = await Promise.all([this.client.jobs(), this.client.receipts()])
    const receipts = entries.flatMap(e => {
      try {
        const r = decodeReceipt(decodeEnvelope(Buffer.from(e.receipt, 'base64')).payload)
        return [{ jobId: e.jobId, attempt: e.attempt, provider: r.provider, cost: r.cost, gpuMs: r.gpuMs, finalState: r.finalState, endedAtMs: r.endedAtMs, countersigned: e.delivered }]
      } catch {
        return []
      }
    }).sort((a, b) => a.endedAtMs - b.endedAtMs)
    const costs = new Map<string, bigint>()
    for (const r of receipts) costs.set(r.jobId, (costs.get(r.jobId) ?? 0n) + r.cost)
    const jobs = records.slice(-MAX_JOBS_SHOWN).reverse().map(stored => {
      // A followed job's handle is ahead of the store.
      const r = this.following.get(stored.id)?.record ?? stored
      return toShownJob(r, costs.get(r.id))
    })
    const providers = this.client.providers().map(p => ({
      provider: p.provider,
      gpus: p.gpus.map(g => ({ model: g.model, vramMiB: g.vramMiB, countTotal: g.countTotal, countFree: g.countFree, declared: g.declared })),
      pricePerGpuHour: p.pricePerGpuHour,
      region: p.region,
      runtimes: p.runtimes,
      reached: p.reached,
      via: p.via,
      expiresAtMs: p.expiresAtMs,
      // What our own jobs there came to, and what its probe measured (docs/architecture.md, "Reputation", "Measured offers").
      reputation: { score: p.reputation.score, why: p.reputation.why },
      measured: p.measured === undefined ? undefined : { cpuHashMiBps: p.measured.cpuHashMiBps, memoryCopyMiBps: p.measured.memoryCopyMiBps, diskWriteMiBps: p.measured.diskWriteMiBps, gpuGflops: p.measured.gpuGflops }
    }))
    return { client: { peerId: this.client.peerId, showsLogs: this.showsLogs, now: Date.now() }, jobs, receipts, providers }
  }

  private async greeting (): Promise<Array<{ event: string, data: unknown }>> {
    return [
      { event: 'logs', data: this.showsLogs ? this.logs.all() : {} },
      { event: 'state', data: await this.state() }
    ]
  }

  private schedulePush (): void {
    if (this.pushTimer !== undefined || this.hub.size === 0) return
    this.pushTimer = setTimeout(() => {
      this.pushTimer = undefined
      void this.state().then(s => { this.hub.broadcast('state', s) }).catch(() => {})
    }, STATE_PUSH_DEBOUNCE_MS)
    this.pushTimer.unref()
  }

  /** Follow every job in the store that is not over yet. */
  private async followUnfinished (): Promise<void> {
    const records = await this.client.jobs().catch(() => [])
    for (const r of records) {
      if (!isTerminal(r.state) && !this.following.has(r.id)) void this.follow(r.id)
    }
  }

  private async follow (jobId: string): Promise<void> {
    const signal = this.controller.signal
    if (signal.aborted) return
    // Claimed before the await: a second refresh must not re-attach the same job again.
    this.following.set(jobId, undefined)
    try {
      const job = await this.client.job(jobId, { signal })
      this.following.set(jobId, job)
      this.schedulePush()
      for await (const u of job.events({ signal })) {
        if (u.type === 'log') {
          if (!this.showsLogs) continue
          const line: DashboardLogLine = { jobId, seq: u.seq, atMs: u.atMs, stream: u.stream, line: u.line }
          this.logs.add(line)
          this.hub.broadcast('log', line)
        } else {
          this.schedulePush()
        }
      }
    } catch {
      // The handle's own errors end up in its record, which the next state shows.
    } finally {
      this.following.delete(jobId)
      this.schedulePush()
    }
  }
}

/** What the page shows of a job: never its spec, which holds its environment. */
function toShownJob (r: ClientJobRecord, cost: bigint | undefined): Record<string, unknown> {
  const a = r.attempts.at(-1)
  return {
    id: r.id,
    state: r.state,
    reason: r.reason,
    exitCode: r.exitCode,
    createdAtMs: r.createdAtMs,
    gpuCount: r.order.gpuCount,
    attempts: r.attempts.length,
    provider: a?.provider,
    gpuModels: a?.gpuModels ?? [],
    pricePerGpuHour: a?.pricePerGpuHour,
    cost
  }
}
