/**
 * The execution layer of the job service: runs a leased workload in its runtime, writes
 * what happens to the job's event log, heartbeats until the receipt, preempts and
 * drains running jobs, and ends every job with a signed receipt.
 */
import { randomUUID } from 'node:crypto'
import { setMaxListeners } from 'node:events'
import { createReadStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ComponentLogger, Logger } from '@libp2p/interface'
import { JobRefusalCode, RESULT_CHUNK_BYTES, deadline, noSessionUsage, type SessionUsage, isUrlInput, type JobEvent, type JobEventBody, type JobState, type ResultDigest, type WorkloadSpec } from '@gpumesh/protocol'
import type { InputPreparer, PreparedInputs } from '../inputs/input-preparer.js'
import type { CapacityLedger } from '../market/capacity-ledger.js'
import type { Runtime, RuntimeEvent } from '../runtime/runtime.js'
import type { JobRecord, LeaseRecord } from '../store/node-store.js'
import type { JobEventLog } from './job-event-log.js'
import type { JobReceipts } from './job-receipts.js'
import type { JobNotifier } from './job-service-events.js'
import { LeaseClock } from './lease-clock.js'
import { CancelReason, LeaseEndReason, PreemptReason, Refusal, ShutdownReason } from './reasons.js'

export interface JobRunnerComponents {
  ledger: CapacityLedger
  events: JobEventLog
  receipts: JobReceipts
  notify: JobNotifier
  logger: ComponentLogger
  /** Fetches inputs by URL while the job is preparing. */
  inputs?: Pick<InputPreparer, 'prepare' | 'timeoutMs'>
}

export interface JobRunnerInit {
  dataDir: string
  heartbeatMs: number
  maxLogBytes: number
  maxLogLinesPerSecond: number
  maxResultBytes: number
  allowNetwork: boolean
  /** The longest a lease may be (config `bidding.maxDurationS`): a service's renewals stop there. */
  maxLeaseDurationS: number
}

interface RunningJob {
  record: JobRecord
  lease: LeaseRecord
  spec: WorkloadSpec
  runtime: Runtime
  controller: AbortController
  /** Aborted once the workload is gone: every session into it ends. */
  sessionsEnd: AbortController
  /** Between the runtime's 'started' and its 'exit': sessions may open. */
  workloadUp: boolean
  done: Promise<void>
  /** Set once a preemption is scheduled. */
  preemptAt?: number
  /** A service's lease: it stops the job when the lease is over. */
  clock?: LeaseClock
  /** What sessions into it used, for its usage event and receipt. */
  sessionUsage: SessionUsage
}

type Exit = Extract<RuntimeEvent, { type: 'exit' }>

/** How far past the longest lease a service's runtime limit is (see execute). */
const SERVICE_BACKSTOP_S = 60

/** The preparing phase failed: the runtime is never asked to run the job. */
class PrepareFailed extends Error {}
/** What a session (forward, exec) into a running job gets to know and do. */
export interface RunningSession {
  record: JobRecord
  spec: WorkloadSpec
  runtime: Runtime
  /** Aborts when the workload ends. */
  signal: AbortSignal
  /** A system line in the job's log (an event, stored and sent to its client). */
  log: (line: string) => Promise<void>
  /** The job's session tally: a session adds what it used when it ends. */
  usage: SessionUsage
}

export class JobRunner {
  private readonly running = new Map<string, RunningJob>()
  private readonly log: Logger

  constructor (private readonly components: JobRunnerComponents, private readonly init: JobRunnerInit) {
    this.log = components.logger.forComponent('gpumesh:job-runner')
  }

  /** Record a new job on `lease` (already claimed by the caller) and start it; resolves with its id once recorded. */
  async launch (lease: LeaseRecord, client: string, runtime: Runtime, spec: WorkloadSpec): Promise<string> {
    const { ledger, events } = this.components
    const jobId = randomUUID()
    const record: JobRecord = { jobId, leaseId: lease.leaseId, client, runtime: spec.runtime, state: 'leased', reason: '', exitCode: 0, createdAtMs: Date.now(), lastSeq: 0 }
    events.open(jobId)
    // Independent: the writes queued together cost one trip through the store's threads,
    // and the work dir is made meanwhile.
    await Promise.all([
      ledger.markInUse(lease.leaseId, jobId),
      events.append(record, { type: 'state', state: 'leased', reason: '', exitCode: 0 }),
      // Failing here is left to the runtime, which makes the dirs it needs and says so.
      mkdir(this.workDir(jobId), { recursive: true, mode: 0o700 }).catch(() => {})
    ])
    const sessionsEnd = new AbortController()
    // Every forwarded connection and exec session listens on it: no leak, just many.
    setMaxListeners(Infinity, sessionsEnd.signal)
    const job: RunningJob = { record, lease, spec, runtime, controller: new AbortController(), sessionsEnd, workloadUp: false, done: Promise.resolve(), sessionUsage: noSessionUsage() }
    if (spec.service) job.clock = new LeaseClock(lease.maxDurationS, () => { job.controller.abort(new LeaseEndReason()) })
    this.running.set(jobId, job)
    job.done = this.execute(job, runtime, spec).catch(err => { this.log.error('job %s failed internally - %e', jobId, err) })
      .finally(() => { this.running.delete(jobId) })
    return jobId
  }

  cancel (jobId: string): void {
    this.running.get(jobId)?.controller.abort(new CancelReason())
  }

  /** The job `jobId` if its workload is up now (started, not yet exited), for a session into it. */
  session (jobId: string): RunningSession | undefined {
    const job = this.running.get(jobId)
    if (job === undefined || !job.workloadUp) return undefined
    return {
      record: job.record,
      spec: job.spec,
      runtime: job.runtime,
      signal: job.sessionsEnd.signal,
      log: async line => { await this.components.events.append(job.record, { type: 'log', stream: 'system', line }) },
      usage: job.sessionUsage
    }
  }

  /**
   * Renew a service job's lease to `maxDurationS` in all, or as far as the provider's
   * maximum allows; resolves with the `renewed` event (the granted length, and when the
   * lease now ends). Refused (a Refusal,
   * RENEWAL_REFUSED) for a job that is over or not a service, or when nothing more can
   * be granted.
   */
  async renew (jobId: string, maxDurationS: number): Promise<JobEvent> {
    const job = this.running.get(jobId)
    const refuse = (why: string): Refusal => new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_RENEWAL_REFUSED, why)
    if (job === undefined || job.controller.signal.aborted) throw refuse('the job is not running')
    if (job.clock === undefined) throw refuse('only a service job\'s lease is renewed; a batch job runs to its timeout')
    const current = job.clock.maxDurationS
    const granted = Math.min(maxDurationS, this.init.maxLeaseDurationS)
    if (granted <= current) {
      throw refuse(current >= this.init.maxLeaseDurationS
        ? `the lease is at this provider's maximum of ${this.init.maxLeaseDurationS} s`
        : `the lease is ${current} s already; ask for more`)
    }
    await this.components.ledger.extendLease(job.lease.leaseId, granted)
    const endsAtMs = job.clock.extend(granted)
    const event = await this.components.events.append(job.record, { type: 'renewed', maxDurationS: granted, endsAtMs })
    await this.components.events.append(job.record, { type: 'log', stream: 'system', line: `lease renewed: ${granted} s in all, until ${new Date(endsAtMs).toISOString()}` })
    return event
  }

  /** Whether `jobId` is one this runner has (running or finishing). */
  has (jobId: string): boolean {
    return this.running.has(jobId)
  }

  /** Jobs of `client` running here now. */
  countFor (client: string): number {
    return [...this.running.values()].filter(j => j.record.client === client).length
  }

  records (): JobRecord[] {
    return [...this.running.values()].map(j => j.record)
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
    void this.components.events.append(job.record, { type: 'log', stream: 'system', line: `preempted (${reason}): the job will be stopped ${graceMs === 0 ? 'now' : `in ${Math.round(graceMs / 1000)} s`}` }).catch(() => {})
    const timer = setTimeout(() => { job.controller.abort(new PreemptReason(reason)) }, graceMs)
    timer.unref()
  }

  /**
   * Tell every running job in its log that the provider drains, let them run `graceMs`
   * more (less once `hurry` aborts), then stop the rest (failed, 'provider-shutdown').
   * Resolves, once all have their receipts, with the ids of the jobs it saw.
   */
  async drain (options: { graceMs: number, hurry?: AbortSignal }): Promise<string[]> {
    const jobs = [...this.running.values()]
    const { graceMs } = options
    const line = `provider draining (shutting down): it takes no new jobs; this job ${graceMs > 0 ? `may run ${graceMs / 1000} s more before it is stopped` : 'is stopped now'}`
    await Promise.all(jobs.map(async j => { await this.components.events.append(j.record, { type: 'log', stream: 'system', line }).catch(() => {}) }))
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
    return jobs.map(j => j.record.jobId)
  }

  private async execute (job: RunningJob, runtime: Runtime, spec: WorkloadSpec): Promise<void> {
    const { record, lease, controller } = job
    const { notify } = this.components
    // A service has no natural end: it runs until cancelled or its lease is over (the
    // LeaseClock), and renewals may lengthen it to the provider's maximum. The runtime's
    // own limit is only a backstop then, past the longest lease, so the clock ends it.
    const timeoutMs = spec.service ? (this.init.maxLeaseDurationS + SERVICE_BACKSTOP_S) * 1000 : Math.min(spec.timeoutS, lease.maxDurationS) * 1000
    const append = async (body: JobEventBody): Promise<void> => { await this.components.events.append(record, body) }
    const leased = lease.gpuIndices.map(i => this.components.ledger.gpus.find(g => g.index === i))
    let exit: Exit | undefined
    const results: ResultDigest[] = []
    // Heartbeats from now until the receipt: the client declares the provider lost
    // after a few missed ones, whatever phase the job is in.
    const heartbeat = setInterval(() => { void append({ type: 'heartbeat' }).catch(() => {}) }, this.init.heartbeatMs)
    heartbeat.unref()
    notify.safeDispatchEvent('job:runtime', { detail: { jobId: record.jobId, active: true } })
    let prepared: PreparedInputs | undefined
    let failure: { reason: string, detail: string } | undefined
    if (spec.inputs.some(isUrlInput)) {
      // Preparing: the job is leased, not running; its own time limit has not started.
      ({ prepared, failure } = await this.prepareInputs(spec, append, controller.signal))
    }
    try {
      if (failure !== undefined) throw new PrepareFailed(failure.detail)
      const events = runtime.run(spec, {
        jobId: record.jobId,
        gpuIndices: lease.gpuIndices,
        // Detected cards are pinned by UUID; declared ones have none.
        gpuUuids: leased.map(g => g === undefined || g.declared ? '' : g.uuid),
        gpuVendor: leased[0]?.vendor ?? 'nvidia',
        workDir: this.workDir(record.jobId),
        timeoutMs,
        maxLogBytes: this.init.maxLogBytes,
        maxLogLinesPerSecond: this.init.maxLogLinesPerSecond,
        maxResultBytes: this.init.maxResultBytes,
        network: spec.network && this.init.allowNetwork,
        ...(prepared !== undefined ? { fetchedInputs: prepared.files } : {})
      }, controller.signal)
      for await (const e of events) {
        switch (e.type) {
          // An image pull: the client sees it in the log while the job is still leased.
          case 'preparing': await append({ type: 'log', stream: 'system', line: `preparing: ${e.line}` }); break
          case 'started':
            // The runtime has its copies: the cache entries may go (LRU) from here on.
            await prepared?.release()
            job.workloadUp = true
            record.startedAtMs = Date.now()
            job.clock?.start(record.startedAtMs)
            await append({ type: 'state', state: 'running', reason: '', exitCode: 0 })
            notify.safeDispatchEvent('job:state', { detail: { jobId: record.jobId, state: 'running' } })
            break
          case 'log': await append({ type: 'log', stream: e.stream, line: e.line }); break
          case 'exit':
            exit = e
            job.workloadUp = false
            job.sessionsEnd.abort(new Error('the job has ended'))
            break
          case 'result':
            await append({ type: 'result', name: e.name, size: e.size, sha256: e.sha256 })
            await this.sendChunks(append, e.name, e.path)
            results.push({ name: e.name, size: e.size, sha256: e.sha256 })
            break
        }
      }
    } catch (err) {
      if (!(err instanceof PrepareFailed)) this.log.error('runtime failed for job %s - %e', record.jobId, err)
      exit ??= { type: 'exit', exitCode: -1, reason: 'error', detail: err instanceof Error ? err.message : 'runtime failed', wallMs: record.startedAtMs === undefined ? 0 : Date.now() - record.startedAtMs }
    } finally {
      await prepared?.release()
      job.clock?.stop()
      job.workloadUp = false
      job.sessionsEnd.abort(new Error('the job has ended'))
      notify.safeDispatchEvent('job:runtime', { detail: { jobId: record.jobId, active: false } })
    }
    exit ??= { type: 'exit', exitCode: -1, reason: 'error', detail: 'runtime ended without an exit', wallMs: 0 }
    const outcome = failure !== undefined && !controller.signal.aborted ? { state: 'failed' as const, reason: failure.reason } : outcomeOf(failure !== undefined ? { ...exit, reason: 'cancelled' } : exit, controller.signal)
    // A job the drain stopped, or its lease ended, says why, rather than the runtime's 'cancelled'.
    const why = controller.signal.reason
    const detail = why instanceof ShutdownReason
      ? why.message
      : why instanceof LeaseEndReason ? `the lease's ${job.clock?.maxDurationS ?? lease.maxDurationS} s are over and it was not renewed: the service is stopped` : exit.detail
    if (detail !== '' && outcome.state !== 'succeeded') await append({ type: 'log', stream: 'system', line: detail })
    clearInterval(heartbeat)
    await this.components.receipts.finish(record, lease, { ...outcome, exitCode: exit.exitCode, wallMs: exit.wallMs, results, sessions: job.sessionUsage })
    await this.components.ledger.releaseLease(lease.leaseId, `job-${outcome.state}`)
  }

  /**
   * Fetch or find the spec's inputs by URL under the preparing timeout, with progress
   * events. A failure ends the job `failed` with reason `input-<why>` before it runs.
   */
  private async prepareInputs (spec: WorkloadSpec, append: (b: JobEventBody) => Promise<void>, signal: AbortSignal): Promise<{ prepared?: PreparedInputs, failure?: { reason: string, detail: string } }> {
    const inputs = this.components.inputs
    if (inputs === undefined) return { failure: { reason: 'input-not-allowed', detail: 'this provider does not fetch inputs by url' } }
    const limitMs = inputs.timeoutMs(spec)
    const dl = deadline(limitMs, signal)
    try {
      const prepared = await inputs.prepare(spec, {
        signal: dl.signal,
        onProgress: async p => { await append({ type: 'preparing', name: p.name, bytesDone: p.bytesDone, bytesTotal: p.bytesTotal, cached: p.cached }) }
      })
      return { prepared }
    } catch (err) {
      const reason = (err as { reason?: string }).reason ?? 'unreachable'
      const detail = err instanceof Error ? err.message : String(err)
      return { failure: { reason: `input-${reason}`, detail: reason === 'timeout' ? `${detail} (preparing limit ${limitMs / 1000} s)` : detail } }
    } finally {
      dl.clear()
    }
  }

  private workDir (jobId: string): string {
    return join(this.init.dataDir, 'jobs', jobId)
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

/** The job's final state and reason, from how the runtime ended and why it was stopped. */
function outcomeOf (exit: Exit, signal: AbortSignal): { state: JobState, reason: string } {
  if (exit.reason === 'cancelled') {
    // Not a failure: the client stopped renewing, as good as a cancel.
    if (signal.reason instanceof LeaseEndReason) return { state: 'cancelled', reason: 'lease-ended' }
    if (signal.reason instanceof PreemptReason) return { state: 'preempted', reason: signal.reason.message }
    return signal.reason instanceof ShutdownReason ? { state: 'failed', reason: 'provider-shutdown' } : { state: 'cancelled', reason: 'cancelled' }
  }
  if (exit.reason === 'timeout') return { state: 'failed', reason: 'timeout' }
  if (exit.reason === 'error') return { state: 'failed', reason: 'runtime-error' }
  return exit.exitCode === 0 ? { state: 'succeeded', reason: '' } : { state: 'failed', reason: 'exit-code' }
}
