/**
 * `/gpumesh/job/1.0.0`: runs a lease's workload and streams what happens. One request
 * per stream: Submit (then follow the new job), Attach (replay from a seq, then
 * follow), Cancel (then follow to the end), Countersign (store the client's signature).
 * Only the lease's client may do any of them.
 */
import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ComponentLogger, Connection, Logger, PrivateKey, Stream } from '@libp2p/interface'
import {
  FramedStream, GpumeshError, InvalidWorkloadSpecError, JOB_PROTOCOL, JobRefusalCode, MAX_JOB_REQUEST_BYTES,
  RESULT_CHUNK_BYTES, ReadBudget, decodeJobRequest, decodeLease, encodeJobResponse, isFinished, rejectReasonName,
  validateWorkloadSpec, withDeadline, type JobEventBody, type JobRequest, type JobResponse, type JobState, type ResultDigest,
  type SignedEnvelope, type WorkloadSpec
} from '@gpumesh/protocol'
import type { GpumeshLibp2p } from '@gpumesh/peer'
import { EVENT_WRITE_TIMEOUT_MS, JOB_READ_BUDGET_PER_CONNECTION, JOB_READ_BUDGET_PER_NODE, MAX_INBOUND_JOB_STREAMS, REQUEST_READ_TIMEOUT_MS } from '../constants.js'
import type { CapacityLedger } from '../market/capacity-ledger.js'
import type { ClientPolicy } from '../market/client-policy.js'
import type { LeaseManager } from '../market/lease-manager.js'
import type { NodeMetrics } from '../metrics.js'
import type { Runtime, RuntimeEvent } from '../runtime/runtime.js'
import { NodeStore, type JobRecord, type LeaseRecord } from '../store/node-store.js'
import { JobEventLog } from './job-event-log.js'
import { JobReceipts } from './job-receipts.js'
import { CancelReason, PreemptReason, Refusal, ShutdownReason } from './reasons.js'

export interface JobServiceComponents {
  libp2p: GpumeshLibp2p
  privateKey: PrivateKey
  ledger: CapacityLedger
  /** Grants the lease a Submit may carry a request for. */
  leases: Pick<LeaseManager, 'grant'>
  store: NodeStore
  policy: ClientPolicy
  metrics: NodeMetrics
  logger: ComponentLogger
  /** Runtimes that work on this machine, by name. */
  runtimes: Map<string, Runtime>
}

export interface JobServiceInit {
  dataDir: string
  heartbeatMs: number
  maxLogBytes: number
  maxLogLinesPerSecond: number
  maxResultBytes: number
  allowNetwork: boolean
  maxConcurrentJobsPerClient: number
  /** True when the process runtime runs jobs in a sandbox; else only allow-listed clients may use it. */
  processSandboxed: boolean
}

interface RunningJob {
  record: JobRecord
  lease: LeaseRecord
  controller: AbortController
  done: Promise<void>
  /** Set once a preemption is scheduled. */
  preemptAt?: number
}

export class JobService {
  readonly events: JobEventLog
  readonly receipts: JobReceipts
  private readonly components: JobServiceComponents
  private readonly init: JobServiceInit
  private readonly log: Logger
  private readonly running = new Map<string, RunningJob>()
  private accepting = false
  /** Bytes of partly received requests, per connection and in all (see the constants). */
  private readonly readBudget = new ReadBudget(JOB_READ_BUDGET_PER_NODE)
  private readonly connectionBudgets = new WeakMap<Connection, ReadBudget>()

  constructor (components: JobServiceComponents, init: JobServiceInit) {
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('gpumesh:job-service')
    this.events = new JobEventLog(components.store)
    this.receipts = new JobReceipts({ store: components.store, events: this.events, privateKey: components.privateKey, metrics: components.metrics, self: components.libp2p.peerId.toString() })
  }

  async start (): Promise<void> {
    await this.recover()
    await this.components.libp2p.handle(JOB_PROTOCOL, (stream, connection) => { void this.handleStream(stream, connection) }, {
      // NAT: a job may run over a relay when no direct connection could be made; the
      // client decides (it waits for DCUtR first) and the relay's limits bound it.
      runOnLimitedConnection: true,
      maxInboundStreams: MAX_INBOUND_JOB_STREAMS
    })
    this.accepting = true
  }

  pause (): void {
    this.accepting = false
  }

  /** Stop at once: a drain with no grace. */
  async stop (): Promise<void> {
    await this.drain({ graceMs: 0, countersignMs: 0 })
  }

  /**
   * A graceful stop: no new jobs; every running job is told so in its log and may run
   * `graceMs` more (less once `hurry` aborts); a job still running then is stopped
   * (failed, 'provider-shutdown', with a receipt for the time used, which its client
   * retries elsewhere). The job protocol stays up until the clients have countersigned
   * those receipts, or `countersignMs` has passed.
   */
  async drain (options: { graceMs: number, countersignMs: number, hurry?: AbortSignal }): Promise<void> {
    this.accepting = false
    const jobs = [...this.running.values()]
    const { graceMs } = options
    const line = `provider draining (shutting down): it takes no new jobs; this job ${graceMs > 0 ? `may run ${graceMs / 1000} s more before it is stopped` : 'is stopped now'}`
    await Promise.all(jobs.map(async j => { await this.events.append(j.record, { type: 'log', stream: 'system', line }).catch(() => {}) }))
    if (graceMs > 0 && jobs.length > 0 && options.hurry?.aborted !== true) {
      let wake = (): void => {}
      const timer = setTimeout(() => { wake() }, graceMs)
      options.hurry?.addEventListener('abort', () => { wake() }, { once: true })
      await Promise.race([Promise.all(jobs.map(async j => await j.done)), new Promise<void>(resolve => { wake = resolve })])
      clearTimeout(timer)
    }
    const stopped = new ShutdownReason(`stopped: the provider shut down${graceMs > 0 ? ` and the ${graceMs / 1000} s drain grace is over` : ''}; the client may retry elsewhere`)
    for (const j of this.running.values()) j.controller.abort(stopped)
    await Promise.all(jobs.map(async j => await j.done))
    await this.receipts.countersigned(jobs.map(j => j.record.jobId), AbortSignal.timeout(options.countersignMs))
    await this.components.libp2p.unhandle(JOB_PROTOCOL)
  }

  /**
   * The GPUs of `leaseId` are wanted back (owner returned, window closed): stop its job
   * after `graceMs` (0: now). It ends `preempted` with its logs, results and a receipt.
   * Repeated calls for the same job keep the first deadline.
   */
  preempt (leaseId: string, reason: string, graceMs: number): void {
    const job = [...this.running.values()].find(j => j.lease.leaseId === leaseId)
    if (job === undefined) {
      // Leased but not yet running: give the GPUs back; the client's submit is refused.
      if (this.components.ledger.getLease(leaseId)?.status === 'active') void this.components.ledger.releaseLease(leaseId, reason).catch(() => {})
      return
    }
    if (job.preemptAt !== undefined) return
    job.preemptAt = Date.now() + graceMs
    void this.events.append(job.record, { type: 'log', stream: 'system', line: `preempted (${reason}): the job will be stopped ${graceMs === 0 ? 'now' : `in ${Math.round(graceMs / 1000)} s`}` }).catch(() => {})
    const timer = setTimeout(() => { job.controller.abort(new PreemptReason(reason)) }, graceMs)
    timer.unref()
  }

  runningJobs (): JobRecord[] {
    return [...this.running.values()].map(j => j.record)
  }

  async getJob (jobId: string): Promise<JobRecord | undefined> {
    return await this.components.store.jobs.get(jobId)
  }

  /** Jobs a crash interrupted: failed 'provider-restarted', with a receipt for the time used. */
  private async recover (): Promise<void> {
    const { store, ledger } = this.components
    for (const job of await NodeStore.values(store.jobs)) {
      // A finished job's log is complete: never opened in this process, followers only replay it.
      if (isFinished(job.state) && (await store.receipts.get(job.jobId)) !== undefined) continue
      const lease = await store.leases.get(job.leaseId)
      let endedAtMs = job.startedAtMs ?? job.createdAtMs
      for await (const e of this.events.replay(job.jobId, Math.max(1, job.lastSeq))) endedAtMs = Math.max(endedAtMs, e.atMs)
      const wallMs = job.startedAtMs === undefined ? 0 : Math.max(0, endedAtMs - job.startedAtMs)
      if (!isFinished(job.state)) {
        await this.events.append(job, { type: 'log', stream: 'system', line: 'provider restarted while the job ran; it was stopped' })
        await this.receipts.finish(job, lease, { state: 'failed', reason: 'provider-restarted', exitCode: -1, wallMs, results: [] })
      } else if (lease !== undefined) {
        await this.receipts.finish(job, lease, { state: job.state, reason: job.reason, exitCode: job.exitCode, wallMs, results: [] }, { skipState: true })
      }
      if (lease !== undefined) await ledger.releaseLease(lease.leaseId, 'provider-restarted')
    }
  }

  private async handleStream (stream: Stream, connection: Connection): Promise<void> {
    let budget = this.connectionBudgets.get(connection)
    if (budget === undefined) {
      budget = new ReadBudget(JOB_READ_BUDGET_PER_CONNECTION, this.readBudget)
      this.connectionBudgets.set(connection, budget)
    }
    const framed = new FramedStream(stream, { maxMessageBytes: MAX_JOB_REQUEST_BYTES, budget })
    const client = connection.remotePeer.toString()
    const ac = new AbortController()
    const onClose = (): void => { ac.abort() }
    stream.addEventListener('close', onClose)
    try {
      const request = await framed.read(decodeJobRequest, { signal: AbortSignal.timeout(REQUEST_READ_TIMEOUT_MS) })
      let jobId: string
      let fromSeq = 1
      switch (request.kind) {
        case 'submit': {
          const submit = request.leaseRequest !== undefined ? await this.lease(request, client, framed) : request
          try {
            jobId = await this.submit(submit, client)
          } catch (err) {
            // A lease granted for this Submit must not hold GPUs for a job that will not run.
            if (submit !== request) await this.components.ledger.releaseLease(submit.leaseId, 'submit-refused').catch(() => {})
            throw err
          }
          break
        }
        case 'attach': jobId = (await this.owned(request.jobId, client)).jobId; fromSeq = request.fromSeq; break
        case 'cancel': {
          const job = await this.owned(request.jobId, client)
          jobId = job.jobId
          fromSeq = job.lastSeq + 1
          this.running.get(jobId)?.controller.abort(new CancelReason())
          break
        }
        case 'countersign':
          await this.owned(request.jobId, client)
          await this.receipts.countersign(request.jobId, request.acceptance, client)
          await framed.close()
          return
      }
      for await (const event of this.events.follow(jobId, fromSeq, ac.signal)) {
        await withDeadline(EVENT_WRITE_TIMEOUT_MS, [ac.signal], async signal => { await framed.write(encodeJobResponse({ kind: 'event', event }), { signal }) })
      }
      await framed.close()
    } catch (err) {
      if (err instanceof Refusal) {
        const refusal: JobResponse = { kind: 'refusal', refusal: { code: err.refusalCode, detail: err.message.slice(0, 1000) } }
        this.components.metrics.rejectedMessages.inc({ protocol: JOB_PROTOCOL, reason: `refusal-${err.refusalCode}` })
        await framed.write(encodeJobResponse(refusal)).then(async () => { await framed.close() }).catch(() => {})
        return
      }
      if (err instanceof GpumeshError) this.components.metrics.countRejected(JOB_PROTOCOL, err)
      this.log('job stream from %s ended - %e', client, err)
      stream.abort(err instanceof Error ? err : new Error('job stream failed'))
    } finally {
      stream.removeEventListener('close', onClose)
    }
  }

  /**
   * Grant the lease a Submit carries a request for, and send it back before any event:
   * auction winner to running job in one round trip. Returns the Submit on that lease.
   */
  private async lease (request: Extract<JobRequest, { kind: 'submit' }>, client: string, framed: FramedStream): Promise<Extract<JobRequest, { kind: 'submit' }>> {
    const granted = await this.components.leases.grant(request.leaseRequest as SignedEnvelope, client, { withSubmit: true })
    if (granted.kind === 'reject') throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_LEASE_REJECTED, rejectReasonName(granted.reject.reason))
    const leaseId = decodeLease(granted.lease.payload).leaseId
    if (!this.accepting) {
      // A drain began while the lease was granted: give it back, so the client takes its next bid.
      await this.components.ledger.releaseLease(leaseId, 'shutting-down').catch(() => {})
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_LEASE_REJECTED, 'shutting-down')
    }
    await framed.write(encodeJobResponse({ kind: 'lease', lease: granted.lease }))
    return { kind: 'submit', leaseId, spec: request.spec }
  }

  private async owned (jobId: string, client: string): Promise<JobRecord> {
    const job = await this.components.store.jobs.get(jobId)
    if (job === undefined) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_UNKNOWN_JOB, `no job ${jobId}`)
    if (job.client !== client) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_NOT_OWNER, 'only the lease owner may follow or cancel this job')
    return job
  }

  private async submit (request: Extract<JobRequest, { kind: 'submit' }>, client: string): Promise<string> {
    if (!this.accepting) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, 'provider is shutting down')
    const { ledger, policy } = this.components
    const lease = ledger.getLease(request.leaseId)
    if (lease === undefined) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_UNKNOWN_LEASE, `no live lease ${request.leaseId}`)
    if (lease.client !== client) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_NOT_OWNER, 'only the lease owner may submit')
    if (lease.status !== 'active') throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_LEASE_USED, 'this lease already ran a job')
    if (lease.expiresAtMs <= Date.now()) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_LEASE_EXPIRED, 'the submit window has passed')

    let spec: WorkloadSpec
    try {
      spec = validateWorkloadSpec(request.spec, { maxTimeoutS: lease.maxDurationS })
    } catch (err) {
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_INVALID_SPEC, err instanceof InvalidWorkloadSpecError ? err.message : 'invalid spec')
    }
    const runtime = this.components.runtimes.get(spec.runtime)
    if (runtime === undefined) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_RUNTIME_UNAVAILABLE, `runtime ${spec.runtime} is not available here`)
    if (spec.runtime === 'process' && !this.init.processSandboxed && !policy.isAllowListed(client)) {
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, 'this provider has no sandbox: the process runtime is for allow-listed clients only')
    }
    if (spec.network && !this.init.allowNetwork) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, 'this provider does not give jobs network access')
    const mine = [...this.running.values()].filter(j => j.record.client === client).length
    if (mine >= this.init.maxConcurrentJobsPerClient) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, `at most ${this.init.maxConcurrentJobsPerClient} concurrent jobs per client`)

    const jobId = randomUUID()
    // Claim the lease synchronously before any await, so a second Submit sees it used.
    lease.status = 'in-use'
    const record: JobRecord = { jobId, leaseId: lease.leaseId, client, runtime: spec.runtime, state: 'leased', reason: '', exitCode: 0, createdAtMs: Date.now(), lastSeq: 0 }
    this.events.open(jobId)
    // Independent: the writes queued together cost one trip through the store's threads,
    // and the work dir is made meanwhile.
    await Promise.all([
      ledger.markInUse(lease.leaseId, jobId),
      this.events.append(record, { type: 'state', state: 'leased', reason: '', exitCode: 0 }),
      // Failing here is left to the runtime, which makes the dirs it needs and says so.
      mkdir(this.workDir(jobId), { recursive: true, mode: 0o700 }).catch(() => {})
    ])
    const controller = new AbortController()
    const job: RunningJob = { record, lease, controller, done: Promise.resolve() }
    this.running.set(jobId, job)
    job.done = this.execute(job, runtime, spec).catch(err => { this.log.error('job %s failed internally - %e', jobId, err) })
      .finally(() => { this.running.delete(jobId) })
    return jobId
  }

  private async execute (job: RunningJob, runtime: Runtime, spec: WorkloadSpec): Promise<void> {
    const { record, lease, controller } = job
    const { metrics } = this.components
    const workDir = this.workDir(record.jobId)
    const timeoutMs = Math.min(spec.timeoutS, lease.maxDurationS) * 1000
    const append = async (body: JobEventBody): Promise<void> => { await this.events.append(record, body) }
    const leased = lease.gpuIndices.map(i => this.components.ledger.gpus.find(g => g.index === i))
    const gpuVendor = leased[0]?.vendor ?? 'nvidia'
    let exit: Extract<RuntimeEvent, { type: 'exit' }> | undefined
    const results: ResultDigest[] = []
    // Heartbeats from now until the receipt: the client declares the provider lost
    // after a few missed ones, whatever phase the job is in.
    const heartbeat = setInterval(() => { void append({ type: 'heartbeat' }).catch(() => {}) }, this.init.heartbeatMs)
    heartbeat.unref()
    metrics.runningJobs.inc()
    try {
      const events = runtime.run(spec, {
        jobId: record.jobId,
        gpuIndices: lease.gpuIndices,
        // Detected cards are pinned by UUID; declared ones have none.
        gpuUuids: leased.map(g => g === undefined || g.declared ? '' : g.uuid),
        gpuVendor,
        workDir,
        timeoutMs,
        maxLogBytes: this.init.maxLogBytes,
        maxLogLinesPerSecond: this.init.maxLogLinesPerSecond,
        maxResultBytes: this.init.maxResultBytes,
        network: spec.network && this.init.allowNetwork
      }, controller.signal)
      for await (const e of events) {
        switch (e.type) {
          // An image pull: the client sees it in the log while the job is still leased.
          case 'preparing': await append({ type: 'log', stream: 'system', line: `preparing: ${e.line}` }); break
          case 'started':
            record.startedAtMs = Date.now()
            await append({ type: 'state', state: 'running', reason: '', exitCode: 0 })
            metrics.jobs.inc({ state: 'running' })
            break
          case 'log': await append({ type: 'log', stream: e.stream, line: e.line }); break
          case 'exit':
            exit = e
            break
          case 'result':
            await append({ type: 'result', name: e.name, size: e.size, sha256: e.sha256 })
            await this.sendChunks(append, e.name, e.path)
            results.push({ name: e.name, size: e.size, sha256: e.sha256 })
            break
        }
      }
    } catch (err) {
      this.log.error('runtime failed for job %s - %e', record.jobId, err)
      exit ??= { type: 'exit', exitCode: -1, reason: 'error', detail: err instanceof Error ? err.message : 'runtime failed', wallMs: record.startedAtMs === undefined ? 0 : Date.now() - record.startedAtMs }
    } finally {
      metrics.runningJobs.dec()
    }
    exit ??= { type: 'exit', exitCode: -1, reason: 'error', detail: 'runtime ended without an exit', wallMs: 0 }
    const outcome = this.outcome(exit, controller.signal)
    // A job the drain stopped says why, rather than the runtime's 'cancelled'.
    const detail = controller.signal.reason instanceof ShutdownReason ? controller.signal.reason.message : exit.detail
    if (detail !== '' && outcome.state !== 'succeeded') await append({ type: 'log', stream: 'system', line: detail })
    clearInterval(heartbeat)
    await this.receipts.finish(record, lease, { ...outcome, exitCode: exit.exitCode, wallMs: exit.wallMs, results })
    await this.components.ledger.releaseLease(lease.leaseId, `job-${outcome.state}`)
  }

  private workDir (jobId: string): string {
    return join(this.init.dataDir, 'jobs', jobId)
  }

  private outcome (exit: Extract<RuntimeEvent, { type: 'exit' }>, signal: AbortSignal): { state: JobState, reason: string } {
    if (exit.reason === 'cancelled') {
      if (signal.reason instanceof PreemptReason) return { state: 'preempted', reason: signal.reason.message }
      return signal.reason instanceof ShutdownReason ? { state: 'failed', reason: 'provider-shutdown' } : { state: 'cancelled', reason: 'cancelled' }
    }
    if (exit.reason === 'timeout') return { state: 'failed', reason: 'timeout' }
    if (exit.reason === 'error') return { state: 'failed', reason: 'runtime-error' }
    return exit.exitCode === 0 ? { state: 'succeeded', reason: '' } : { state: 'failed', reason: 'exit-code' }
  }

  /** Stream a result file's bytes as bounded chunk events. */
  private async sendChunks (append: (b: JobEventBody) => Promise<void>, name: string, path: string): Promise<void> {
    let offset = 0
    for await (const chunk of createReadStream(path, { highWaterMark: RESULT_CHUNK_BYTES })) {
      const data = new Uint8Array(chunk as Buffer)
      await append({ type: 'chunk', name, offset, data })
      offset += data.length
    }
  }
}
