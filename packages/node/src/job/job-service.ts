/**
 * The job service: runs leases' workloads and streams what happens, in three layers,
 * each built here from what it uses:
 * - JobProtocol (job-protocol.ts): the `/gpumesh/job` streams;
 * - JobAdmission and JobRecovery (job-admission.ts, job-recovery.ts): who may do what,
 *   lease-and-submit, and jobs a crash interrupted;
 * - JobRunner and JobReceipts (job-runner.ts, job-receipts.ts): running a workload in
 *   its runtime, heartbeats, preemption, drains and signed receipts.
 * It announces what happens on its own typed events (job-service-events.ts).
 */
import { TypedEventEmitter, type ComponentLogger, type PrivateKey } from '@libp2p/interface'
import type { GpumeshLibp2p } from '@gpumesh/peer'
import type { CapacityLedger } from '../market/capacity-ledger.js'
import type { ClientPolicy } from '../market/client-policy.js'
import type { LeaseManager } from '../market/lease-manager.js'
import type { InputPreparer } from '../inputs/input-preparer.js'
import type { Runtime } from '../runtime/runtime.js'
import type { Startable } from '../startable.js'
import { ExecService } from '../session/exec-service.js'
import { ForwardService } from '../session/forward-service.js'
import { SessionAccess, type SessionPolicy } from '../session/session-access.js'
import type { JobRecord, NodeStore } from '../store/node-store.js'
import { JobAdmission } from './job-admission.js'
import { JobEventLog } from './job-event-log.js'
import { JobProtocol } from './job-protocol.js'
import { JobReceipts } from './job-receipts.js'
import { JobRecovery } from './job-recovery.js'
import { JobRunner } from './job-runner.js'
import type { JobServiceEvents } from './job-service-events.js'

export type { JobServiceEvents } from './job-service-events.js'

export interface JobServiceComponents {
  libp2p: GpumeshLibp2p
  privateKey: PrivateKey
  ledger: CapacityLedger
  /** Grants the lease a Submit may carry a request for. */
  leases: Pick<LeaseManager, 'grant'>
  store: NodeStore
  policy: ClientPolicy
  logger: ComponentLogger
  /** Runtimes that work on this machine, by name. */
  runtimes: Map<string, Runtime>
  /** Fetches inputs by URL; without it a spec with one is refused. */
  inputs?: InputPreparer
}

export interface JobServiceInit {
  dataDir: string
  heartbeatMs: number
  /** The longest a lease may be (config `bidding.maxDurationS`): a service's renewals stop there. */
  maxLeaseDurationS: number
  maxLogBytes: number
  maxLogLinesPerSecond: number
  maxResultBytes: number
  allowNetwork: boolean
  maxConcurrentJobsPerClient: number
  /** True when the process runtime runs jobs in a sandbox; else only allow-listed clients may use it. */
  processSandboxed: boolean
  /** Port-forward and exec into running jobs (config `sessions`); all off when absent. */
  sessions?: SessionPolicy
}

const NO_SESSIONS: SessionPolicy = { forward: false, exec: false, maxConnectionsPerJob: 1, maxBytesPerSecond: 1024, maxExecSessionsPerJob: 1 }

export class JobService extends TypedEventEmitter<JobServiceEvents> implements Startable {
  readonly events: JobEventLog
  readonly receipts: JobReceipts
  private readonly runner: JobRunner
  private readonly admission: JobAdmission
  private readonly recovery: JobRecovery
  private readonly protocol: JobProtocol
  private readonly forward: ForwardService
  private readonly exec: ExecService

  constructor (private readonly components: JobServiceComponents, init: JobServiceInit) {
    super()
    const { libp2p, privateKey, ledger, leases, store, policy, logger, runtimes, inputs } = components
    const notify = this
    this.events = new JobEventLog(store)
    this.receipts = new JobReceipts({ store, events: this.events, privateKey, notify, self: libp2p.peerId.toString() })
    this.runner = new JobRunner({ ledger, events: this.events, receipts: this.receipts, notify, logger, inputs }, init)
    this.admission = new JobAdmission({ ledger, leases, store, policy, runtimes, runner: this.runner, receipts: this.receipts, inputs }, init)
    this.recovery = new JobRecovery({ store, ledger, events: this.events, receipts: this.receipts })
    this.protocol = new JobProtocol({ libp2p, admission: this.admission, events: this.events, notify, logger })
    const access = new SessionAccess({ runner: this.runner, store }, init.sessions ?? NO_SESSIONS)
    this.forward = new ForwardService({ libp2p, access, notify, logger })
    this.exec = new ExecService({ libp2p, access, notify, logger })
  }

  async start (): Promise<void> {
    await this.recovery.run()
    await this.protocol.start()
    await this.forward.start()
    await this.exec.start()
    this.admission.accepting = true
  }

  /** Take no new jobs (first step of a drain). */
  pause (): void {
    this.admission.accepting = false
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
    this.admission.accepting = false
    const ended = await this.runner.drain({ graceMs: options.graceMs, hurry: options.hurry })
    await this.receipts.countersigned(ended, AbortSignal.timeout(options.countersignMs))
    await this.exec.stop()
    await this.forward.stop()
    await this.protocol.stop()
  }

  /** See JobRunner.preempt. */
  preempt (leaseId: string, reason: string, graceMs: number): void {
    this.runner.preempt(leaseId, reason, graceMs)
  }

  runningJobs (): JobRecord[] {
    return this.runner.records()
  }

  async getJob (jobId: string): Promise<JobRecord | undefined> {
    return await this.components.store.jobs.get(jobId)
  }
}
