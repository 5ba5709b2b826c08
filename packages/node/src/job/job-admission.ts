/**
 * The admission layer of the job service: who may do what to which job. A Submit is
 * checked against its lease and the provider's policy before anything runs; one that
 * carries its lease request is leased here first, exactly as /gpumesh/lease would.
 * Attach, Cancel and Countersign are for the job's own client only.
 */
import {
  InvalidWorkloadSpecError, JobRefusalCode, PayloadType, decodeLease, decodeLeaseRenewal, isUrlInput, openEnvelope, rejectReasonName,
  validateWorkloadSpec, type JobEvent, type JobRequest, type LeaseRenewal, type SignedEnvelope, type WorkloadSpec
} from '@gpumesh/protocol'
import type { InputPreparer } from '../inputs/input-preparer.js'
import type { CapacityLedger } from '../market/capacity-ledger.js'
import type { ClientPolicy } from '../market/client-policy.js'
import type { LeaseManager } from '../market/lease-manager.js'
import type { Runtime } from '../runtime/runtime.js'
import type { JobRecord, NodeStore } from '../store/node-store.js'
import type { JobReceipts } from './job-receipts.js'
import type { JobRunner } from './job-runner.js'
import { Refusal } from './reasons.js'

type Submit = Extract<JobRequest, { kind: 'submit' }>

export interface JobAdmissionComponents {
  ledger: CapacityLedger
  /** Grants the lease a Submit may carry a request for. */
  leases: Pick<LeaseManager, 'grant'>
  store: NodeStore
  policy: ClientPolicy
  /** Runtimes that work on this machine, by name. */
  runtimes: Map<string, Runtime>
  runner: Pick<JobRunner, 'launch' | 'cancel' | 'countFor' | 'renew'>
  receipts: Pick<JobReceipts, 'countersign'>
  /** Fetches inputs by URL; without it a spec with one is refused. */
  inputs?: Pick<InputPreparer, 'refusal'>
}

export interface JobAdmissionInit {
  allowNetwork: boolean
  maxConcurrentJobsPerClient: number
  /** True when the process runtime runs jobs in a sandbox; else only allow-listed clients may use it. */
  processSandboxed: boolean
}

export class JobAdmission {
  /** False until started and once a drain begins: Submits are refused. */
  accepting = false

  constructor (private readonly components: JobAdmissionComponents, private readonly init: JobAdmissionInit) {}

  /**
   * Admit and start a Submit from `client`; resolves with the new job's id. A Submit with
   * a lease request is leased first and the signed lease handed to `sendLease` before any
   * event: auction winner to running job in one round trip. A lease granted here for a
   * Submit then refused is ended at once, not left holding GPUs.
   */
  async submit (request: Submit, client: string, sendLease: (lease: SignedEnvelope) => Promise<void>): Promise<string> {
    if (request.leaseRequest === undefined) return await this.start(request.leaseId, request.spec, client)
    const { leaseId, lease } = await this.lease(request.leaseRequest, client)
    await sendLease(lease)
    try {
      return await this.start(leaseId, request.spec, client)
    } catch (err) {
      await this.components.ledger.releaseLease(leaseId, 'submit-refused').catch(() => {})
      throw err
    }
  }

  /** The job `jobId`, if `client` owns it. */
  async owned (jobId: string, client: string): Promise<JobRecord> {
    const job = await this.components.store.jobs.get(jobId)
    if (job === undefined) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_UNKNOWN_JOB, `no job ${jobId}`)
    if (job.client !== client) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_NOT_OWNER, 'only the lease owner may follow or cancel this job')
    return job
  }

  /** Cancel `client`'s job; resolves with the job as it was. */
  async cancel (jobId: string, client: string): Promise<JobRecord> {
    const job = await this.owned(jobId, client)
    this.components.runner.cancel(job.jobId)
    return job
  }

  /**
   * Renew `client`'s service job's lease: the renewal must be signed by the client and
   * name this job and its lease. Resolves with the `renewed` event.
   */
  async renew (jobId: string, renewal: SignedEnvelope, client: string): Promise<JobEvent> {
    const job = await this.owned(jobId, client)
    let asked: LeaseRenewal
    try {
      asked = (await openEnvelope(renewal, PayloadType.leaseRenewal, decodeLeaseRenewal, { expectedSigner: client })).message
    } catch (err) {
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_BAD_SIGNATURE, `renewal does not verify: ${err instanceof Error ? err.message : 'invalid envelope'}`, { cause: err })
    }
    if (asked.jobId !== job.jobId || asked.leaseId !== job.leaseId) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_INVALID_REQUEST, 'the renewal names another job or lease')
    return await this.components.runner.renew(job.jobId, asked.maxDurationS)
  }

  async countersign (jobId: string, acceptance: SignedEnvelope, client: string): Promise<void> {
    await this.owned(jobId, client)
    await this.components.receipts.countersign(jobId, acceptance, client)
  }

  /** Grant the lease a Submit carries a request for. */
  private async lease (leaseRequest: SignedEnvelope, client: string): Promise<{ leaseId: string, lease: SignedEnvelope }> {
    const granted = await this.components.leases.grant(leaseRequest, client, { withSubmit: true })
    if (granted.kind === 'reject') throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_LEASE_REJECTED, rejectReasonName(granted.reject.reason))
    const leaseId = decodeLease(granted.lease.payload).leaseId
    if (!this.accepting) {
      // A drain began while the lease was granted: give it back, so the client takes its next bid.
      await this.components.ledger.releaseLease(leaseId, 'shutting-down').catch(() => {})
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_LEASE_REJECTED, 'shutting-down')
    }
    return { leaseId, lease: granted.lease }
  }

  /** Check a Submit on `leaseId` against the lease and the policy, claim the lease and start the job. */
  private async start (leaseId: string, rawSpec: WorkloadSpec, client: string): Promise<string> {
    if (!this.accepting) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, 'provider is shutting down')
    const { ledger, policy, runner } = this.components
    const lease = ledger.getLease(leaseId)
    if (lease === undefined) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_UNKNOWN_LEASE, `no live lease ${leaseId}`)
    if (lease.client !== client) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_NOT_OWNER, 'only the lease owner may submit')
    if (lease.status !== 'active') throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_LEASE_USED, 'this lease already ran a job')
    if (lease.expiresAtMs <= Date.now()) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_LEASE_EXPIRED, 'the submit window has passed')

    let spec: WorkloadSpec
    try {
      // A service's timeout is not applied (the lease's duration is its limit), so it is not held to the lease's either.
      spec = validateWorkloadSpec(rawSpec, { maxTimeoutS: rawSpec.service === true ? undefined : lease.maxDurationS })
    } catch (err) {
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_INVALID_SPEC, err instanceof InvalidWorkloadSpecError ? err.message : 'invalid spec')
    }
    const runtime = this.components.runtimes.get(spec.runtime)
    if (runtime === undefined) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_RUNTIME_UNAVAILABLE, `runtime ${spec.runtime} is not available here`)
    if (spec.runtime === 'process' && !this.init.processSandboxed && !policy.isAllowListed(client)) {
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, 'this provider has no sandbox: the process runtime is for allow-listed clients only')
    }
    if (spec.network && !this.init.allowNetwork) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, 'this provider does not give jobs network access')
    if (spec.inputs.some(isUrlInput)) {
      // Refused before anything runs: a URL the network policy rules out, an input too large.
      const why = this.components.inputs === undefined ? 'this provider does not fetch inputs by url' : this.components.inputs.refusal(spec)
      if (why !== undefined) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, why)
    }
    if (runner.countFor(client) >= this.init.maxConcurrentJobsPerClient) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_POLICY, `at most ${this.init.maxConcurrentJobsPerClient} concurrent jobs per client`)

    // Claim the lease synchronously before any await, so a second Submit sees it used.
    lease.status = 'in-use'
    return await runner.launch(lease, client, runtime, spec)
  }
}
