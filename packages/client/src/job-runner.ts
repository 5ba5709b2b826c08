/**
 * Owns a job's life after `submit()` or `job(id)`: the first lease (Acquirer), following
 * its events and failing over to other providers (Failover), cancel, countersigning
 * receipts and collecting the ones still owed. The client facade hands it its
 * collaborators and delegates to it.
 */
import { randomUUID } from 'node:crypto'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { ComponentLogger, Logger, PrivateKey } from '@libp2p/interface'
import {
  InvalidMessageError, InvalidParametersError, PayloadType, decodeWorkloadSpec, encodeLeaseRenewal, encodeWorkloadSpec, isTerminal, signEnvelope,
  validateWorkloadSpec, type JobEvent, type SignedEnvelope, type WorkloadSpec
} from '@gpumesh/protocol'
import type { GpumeshLibp2p, RequestChannels } from '@gpumesh/peer'
import { Acquirer } from './acquirer.js'
import type { AuctionComponents } from './auction.js'
import type { AttemptRecord, ClientJobRecord, ClientStore } from './client-store.js'
import { CANCEL_TIMEOUT_MS, COUNTERSIGN_TIMEOUT_MS, DEFAULT_HEARTBEAT_MS, LOST_AFTER_HEARTBEATS, RECEIPT_COLLECT_TIMEOUT_MS, RENEW_TIMEOUT_MS } from './constants.js'
import { JobNotFoundError } from './errors.js'
import { Failover, type Acquired } from './failover.js'
import { JobHandle, type Job, type JobHost } from './job.js'
import { jobRequest } from './job-connection.js'
import { LeaseRenewer } from './lease-renewer.js'
import { toJobOrder, type SubmitOptions } from './order-options.js'
import type { ReputationBook } from './reputation-book.js'
import { feedReputation } from './reputation-feed.js'

export interface JobRunnerComponents {
  libp2p: GpumeshLibp2p
  privateKey: PrivateKey
  /** The local job store: records, events, receipts. */
  store: ClientStore
  /** What auctions run on (offer book, RFQ channels, bid callbacks, busy hints, backoff). */
  auction: AuctionComponents
  /** Lease-protocol channels, one per provider: releasing the bids not taken. */
  leases: RequestChannels
  /** Where each job's outcomes are counted for its providers. */
  reputation: ReputationBook
  logger: ComponentLogger
}

export interface JobRunnerInit {
  /** The providers' heartbeat interval; a provider is lost after LOST_AFTER_HEARTBEATS missed. Default DEFAULT_HEARTBEAT_MS. */
  heartbeatMs?: number
}

export class JobRunner {
  private readonly components: JobRunnerComponents
  private readonly self: string
  private readonly log: Logger
  private readonly idleTimeoutMs: number
  private readonly acquirer: Acquirer
  private readonly live = new Map<string, JobHandle>()
  private readonly controllers = new Set<AbortController>()
  private readonly running = new Set<Promise<void>>()
  /** Aborted by stop(): ends the reputation feeds of jobs still running. */
  private readonly stopping = new AbortController()
  private stopped = false

  constructor (components: JobRunnerComponents, init: JobRunnerInit = {}) {
    this.components = components
    this.self = components.libp2p.peerId.toString()
    this.log = components.logger.forComponent('gpumesh:client')
    this.idleTimeoutMs = (init.heartbeatMs ?? DEFAULT_HEARTBEAT_MS) * LOST_AFTER_HEARTBEATS
    this.acquirer = new Acquirer({
      libp2p: components.libp2p,
      privateKey: components.privateKey,
      auction: components.auction,
      leases: components.leases,
      track: p => { this.track(p) }
    }, { idleTimeoutMs: this.idleTimeoutMs })
  }

  async submit (specInput: Partial<WorkloadSpec>, options: SubmitOptions): Promise<JobHandle> {
    const spec = validateWorkloadSpec(specInput)
    const order = toJobOrder({ ...options, runtime: spec.runtime, image: spec.image }, { client: this.self, dryRun: false })
    const record: ClientJobRecord = {
      id: randomUUID(),
      createdAtMs: Date.now(),
      state: 'pending',
      reason: '',
      exitCode: 0,
      spec: Buffer.from(encodeWorkloadSpec(spec)).toString('base64'),
      order: {
        gpuCount: order.gpu.count,
        minVramMiB: order.gpu.minVramMiB,
        model: order.gpu.model,
        vendor: order.gpu.vendor,
        maxPricePerGpuHour: order.maxPricePerGpuHour.toString(),
        maxDurationS: order.maxDurationS,
        region: order.region
      },
      retriesLeft: options.retries ?? 0,
      attempts: [],
      ...(options.deferCountersign === true ? { deferCountersign: true } : {})
    }
    const job = new JobHandle(record, this.jobHost())
    await job.save()
    this.live.set(job.id, job)
    this.watch(job)
    options.onJob?.(job)
    // The first attempt's auction and lease happen before submit() returns, so their
    // errors (no bids, every lease rejected) reach the caller directly.
    const controller = new AbortController()
    this.controllers.add(controller)
    let lease: Acquired
    try {
      lease = await this.acquirer.acquire(job, spec, options, new Set(), controller.signal)
    } catch (err) {
      this.controllers.delete(controller)
      this.forget(job)
      throw err
    }
    this.track(this.follow(job, spec, options, lease, controller))
    if (spec.service && options.renew !== false) {
      this.track(new LeaseRenewer(job, this.log).run(controller.signal).catch(err => { this.log('lease renewer of %s - %e', job.id, err) }))
    }
    return job
  }

  /** The job's handle: the live one, or one rebuilt from the store that re-attaches to its provider. */
  async job (id: string, options: { signal?: AbortSignal } = {}): Promise<Job> {
    const live = this.live.get(id)
    if (live !== undefined) return live
    const record = await this.components.store.jobs.get(id)
    if (record === undefined) throw new JobNotFoundError(id)
    const job = new JobHandle(record, this.jobHost())
    this.live.set(id, job)
    this.watch(job)
    await job.replayStored()
    const attempt = job.attempt
    // Its providers are reachable even before their next offers reach us.
    for (const a of record.attempts) {
      const addrs = a.providerAddrs.flatMap(s => { try { return [multiaddr(s)] } catch { return [] } })
      if (addrs.length > 0) await this.components.libp2p.peerStore.merge(peerIdFromString(a.provider), { multiaddrs: addrs }).catch(() => {})
    }
    if (isTerminal(record.state) || attempt === undefined) {
      job.end()
      this.forget(job)
      this.collectInBackground(job)
      return job
    }
    // Re-attach to the provider from the last seq we stored.
    const spec = decodeWorkloadSpec(Buffer.from(record.spec, 'base64'))
    // A retry from here leases for the order the job was submitted with.
    const o = record.order
    const order: SubmitOptions = { gpu: { count: o.gpuCount, minVramMiB: o.minVramMiB, model: o.model, vendor: o.vendor }, maxPricePerGpuHour: BigInt(o.maxPricePerGpuHour), maxDurationS: o.maxDurationS, region: o.region, signal: options.signal }
    this.track(this.follow(job, spec, order, undefined))
    return job
  }

  /** Abandon every job stream and wait for the background work to settle; the jobs stay in the store. */
  async stop (): Promise<void> {
    this.stopped = true
    this.stopping.abort()
    for (const c of this.controllers) c.abort()
    await Promise.allSettled([...this.running])
  }

  /**
   * An ended job leaves the live set: its handle keeps working for whoever holds it, and
   * `job(id)` rebuilds one from the store. A long-running client would otherwise keep
   * every job it ever ran, with all its updates, in memory.
   */
  private forget (job: JobHandle): void {
    if (this.live.get(job.id) === job) this.live.delete(job.id)
  }

  /** Count the job's outcomes for its providers' reputation, as they happen (once each, replays included). */
  private watch (job: JobHandle): void {
    this.track(feedReputation(job, this.components.reputation, this.stopping.signal).catch(err => { this.log('reputation feed of %s - %e', job.id, err) }))
  }

  private track (p: Promise<void>): void {
    this.running.add(p)
    void p.finally(() => { this.running.delete(p) })
  }

  private jobHost (): JobHost {
    return {
      self: this.self,
      store: this.components.store,
      sign: async (type, payload) => await signEnvelope(this.components.privateKey, type, payload),
      cancel: async (job, signal) => { await this.cancel(job, signal) },
      countersign: async (_job, attempt, acceptance) => await this.countersign(attempt, acceptance),
      collectReceipts: async (job, signal) => { await this.failover(job.record, {}).collectReceipts(job, signal) },
      renew: async (attempt, maxDurationS, signal) => await this.renew(attempt, maxDurationS, signal),
      libp2p: this.components.libp2p
    }
  }

  /** Drive a job to its end (see Failover): retries lease for the same order, away from providers that did not finish it. */
  private async follow (job: JobHandle, spec: WorkloadSpec, options: SubmitOptions, first: Acquired | undefined, controller = new AbortController()): Promise<void> {
    this.controllers.add(controller)
    const failover = this.failover(job.record, { spec, options })
    try {
      await failover.follow(job, first, controller.signal)
    } finally {
      this.controllers.delete(controller)
      if (job.isOver) {
        this.forget(job)
        this.collectInBackground(job)
      }
    }
  }

  private failover (record: ClientJobRecord, order: { spec?: WorkloadSpec, options?: SubmitOptions }): Failover {
    return new Failover({
      libp2p: this.components.libp2p,
      log: this.log,
      idleTimeoutMs: this.idleTimeoutMs,
      acquire: async (j, retryOf, exclude, signal) => {
        if (order.spec === undefined || order.options === undefined) throw new InvalidParametersError(`job ${record.id}: no order to retry with`)
        return await this.acquirer.acquire(j, order.spec, order.options, exclude, signal, retryOf)
      },
      fail: async (j, state, reason) => { await j.fail(state, reason) },
      stopped: () => this.stopped
    })
  }

  /** Receipts earlier attempts' providers still owe, fetched once the job is over (stop() cuts it short). */
  private collectInBackground (job: JobHandle): void {
    if (this.stopped || job.record.attempts.length === 0) return
    const controller = new AbortController()
    this.controllers.add(controller)
    const timer = setTimeout(() => { controller.abort() }, RECEIPT_COLLECT_TIMEOUT_MS)
    this.track(job.collectReceipts({ signal: controller.signal }).catch(() => {}).finally(() => {
      clearTimeout(timer)
      this.controllers.delete(controller)
    }))
  }

  private async cancel (job: JobHandle, signal: AbortSignal): Promise<void> {
    const attempt = job.attempt
    if (attempt === undefined || attempt.providerJobId === '') return
    // The events this stream carries also reach the job's own follower; drain them here.
    for await (const _ of jobRequest(this.components.libp2p, attempt.provider, { kind: 'cancel', jobId: attempt.providerJobId }, { signal, idleTimeoutMs: CANCEL_TIMEOUT_MS })) { /* drained */ }
    await job.done({ signal })
  }

  /** Ask the attempt's provider for a lease `maxDurationS` long in all; its `renewed` event. */
  private async renew (attempt: AttemptRecord, maxDurationS: number, signal: AbortSignal): Promise<Extract<JobEvent, { type: 'renewed' }>> {
    const renewal = await signEnvelope(this.components.privateKey, PayloadType.leaseRenewal, encodeLeaseRenewal({ jobId: attempt.providerJobId, leaseId: attempt.leaseId, maxDurationS }), { expiresAtMs: Date.now() + RENEW_TIMEOUT_MS })
    for await (const event of jobRequest(this.components.libp2p, attempt.provider, { kind: 'renew', jobId: attempt.providerJobId, renewal }, { signal, idleTimeoutMs: RENEW_TIMEOUT_MS })) {
      if (event.type === 'renewed') return event
    }
    throw new InvalidMessageError('renewal: the provider closed the stream without a renewed event')
  }

  private async countersign (attempt: AttemptRecord, acceptance: SignedEnvelope): Promise<boolean> {
    const signal = AbortSignal.timeout(COUNTERSIGN_TIMEOUT_MS)
    for await (const _ of jobRequest(this.components.libp2p, attempt.provider, { kind: 'countersign', jobId: attempt.providerJobId, acceptance }, { signal, idleTimeoutMs: COUNTERSIGN_TIMEOUT_MS })) { /* drained */ }
    return true
  }
}
