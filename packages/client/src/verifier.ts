/**
 * Verified results (`--verify N`): run one spec on N distinct providers, compare the
 * result trees their receipts sign for, and on disagreement run one more and take the
 * majority. The disagreeing provider's receipt is marked disputed and not
 * countersigned, and its reputation takes a `verify-mismatch`. The policy, in full, is
 * in docs/architecture.md ("Verified results").
 *
 * Nothing on the wire says a job is verified: a provider cannot tell a replica from a
 * plain job, so it cannot be honest only when watched.
 */
import { randomUUID } from 'node:crypto'
import type { Logger } from '@libp2p/interface'
import { resultTreeDigest, verificationVerdict, InvalidParametersError, type VerificationRun, type WorkloadSpec } from '@gpumesh/protocol'
import type { ClientStore, VerificationRecord } from './client-store.js'
import { ResultIntegrityError, VerificationFailedError } from './errors.js'
import type { Job, JobHandle, JobResult } from './job.js'
import type { SubmitOptions } from './order-options.js'
import type { ReputationBook } from './reputation-book.js'

/** Most runs one verified job may ask for: each is paid for. */
export const MAX_VERIFY_REPLICAS = 7

export interface VerifyOptions {
  /** Distinct providers to run on (2..MAX_VERIFY_REPLICAS); one more runs on disagreement. */
  replicas: number
  /**
   * Only these output files are compared: a non-deterministic job names the outputs
   * that must agree (its logs or timings may differ). Default: every file.
   */
  outputs?: string[]
}

export interface VerifiedSubmitOptions extends SubmitOptions {
  verify: VerifyOptions
}

export interface VerifiedResult extends JobResult {
  verification: VerificationRecord
}

/** A verified job: its replicas' handles, and the verdict once they are done. */
export interface VerifiedRun {
  readonly id: string
  /** The replicas so far (an extra one is added on disagreement). */
  readonly jobs: readonly Job[]
  /** Resolves with the verdict once every replica is over and the receipts are settled. */
  done: (options?: { signal?: AbortSignal }) => Promise<VerificationRecord>
  /**
   * The majority's result files in `outDir`, checked against the agreed tree digest.
   * Throws VerificationFailedError when there was no majority.
   */
  result: (options: { outDir: string, signal?: AbortSignal }) => Promise<VerifiedResult>
}

export interface VerifierComponents {
  submit: (spec: Partial<WorkloadSpec>, options: SubmitOptions) => Promise<JobHandle>
  store: ClientStore
  reputation: ReputationBook
  log: Logger
}

type Run = VerificationRun & { job: JobHandle }

export class Verifier {
  private readonly components: VerifierComponents
  private readonly stopping = new AbortController()
  private readonly running = new Set<Promise<unknown>>()

  constructor (components: VerifierComponents) {
    this.components = components
  }

  async submit (spec: Partial<WorkloadSpec>, options: VerifiedSubmitOptions): Promise<VerifiedRun> {
    const { replicas } = options.verify
    if (!Number.isInteger(replicas) || replicas < 2 || replicas > MAX_VERIFY_REPLICAS) throw new InvalidParametersError(`verify: replicas must be 2..${MAX_VERIFY_REPLICAS}`)
    const outputs = [...new Set(options.verify.outputs ?? [])]
    const record: VerificationRecord = { id: randomUUID(), createdAtMs: Date.now(), replicas, outputs, runs: [], verdict: 'running', disagreeing: [] }
    // Shared with every replica's auctions (their retries too): no provider runs two.
    const exclude = new Set<string>(options.exclude ?? [])
    const jobs: JobHandle[] = []
    const launch = async (): Promise<JobHandle> => {
      const job = await this.components.submit(spec, { ...options, exclude, deferCountersign: true })
      jobs.push(job)
      if (job.attempt !== undefined) exclude.add(job.attempt.provider)
      // A retry elsewhere leases from another provider: keep it out of the other replicas' reach.
      this.track((async () => { for await (const u of job.events({ signal: this.stopping.signal })) if (u.type === 'lease') exclude.add(u.provider) })())
      record.runs.push({ jobId: job.id, provider: job.attempt?.provider ?? '', state: job.state })
      await this.save(record)
      return job
    }
    // One after the other: each auction must know whom the others leased.
    try {
      for (let i = 0; i < replicas; i++) await launch()
    } catch (err) {
      await Promise.allSettled(jobs.map(async j => { await j.cancel() }))
      record.verdict = 'failed'
      await this.save(record)
      throw err
    }
    const decided = this.decide(record, jobs, launch)
    this.track(decided)
    return {
      id: record.id,
      jobs,
      done: async (o = {}) => await abortable(decided, o.signal),
      result: async (o) => {
        const rec = await abortable(decided, o.signal)
        const job = jobs.find(j => j.id === rec.resultJobId)
        if ((rec.verdict !== 'agreed' && rec.verdict !== 'majority') || job === undefined) throw new VerificationFailedError(rec.runs.map(r => ({ provider: r.provider, state: r.state, digest: r.digest })))
        const result = await job.result(o)
        // The bytes we got must be the tree the majority signed for.
        const got = resultTreeDigest(result.files.map(f => ({ name: f.name, size: f.size, sha256: Buffer.from(f.sha256, 'hex') })), rec.outputs)
        if (got !== rec.digest) throw new ResultIntegrityError(`verified result: the downloaded files (tree ${got.slice(0, 12)}) are not the agreed tree ${rec.digest?.slice(0, 12) ?? '?'}`)
        return { ...result, verification: rec }
      }
    }
  }

  async stop (): Promise<void> {
    this.stopping.abort()
    await Promise.allSettled([...this.running])
  }

  private async decide (record: VerificationRecord, jobs: JobHandle[], launch: () => Promise<JobHandle>): Promise<VerificationRecord> {
    const signal = this.stopping.signal
    const runs: Run[] = await Promise.all(jobs.map(async j => await this.runOf(j, record.outputs, signal)))
    let verdict = verificationVerdict(runs)
    // Disagreement (or a replica that produced nothing): one more run, on yet another provider.
    if (verdict.kind === 'undecided' && runs.some(r => r.digest !== undefined)) {
      try {
        runs.push(await this.runOf(await launch(), record.outputs, signal))
        verdict = verificationVerdict(runs)
      } catch (err) {
        this.components.log('verification %s: no extra run - %e', record.id, err)
      }
    }
    record.runs = runs.map(r => ({ jobId: r.job.id, provider: r.provider, state: r.job.state, ...(r.digest !== undefined ? { digest: r.digest } : {}) }))
    // Runs that produced results other than the majority's: not paid, and counted against them.
    const wrong = verdict.kind === 'majority' ? runs.filter(r => r.digest !== undefined && r.digest !== verdict.digest) : []
    for (const r of runs) {
      const pay = !wrong.includes(r)
      await r.job.settle(pay, { signal }).catch(err => { this.components.log('verification %s: settling %s - %e', record.id, r.job.id, err) })
      const attempt = r.job.attempt
      if (!pay && attempt !== undefined) await this.components.reputation.observe(r.provider, 'verify-mismatch', `${r.job.id}!${attempt.attempt}!verify`)
    }
    record.disagreeing = wrong.map(r => r.provider)
    if (verdict.kind === 'undecided') {
      record.verdict = runs.some(r => r.digest !== undefined) ? 'undecided' : 'failed'
    } else {
      record.verdict = verdict.kind
      record.digest = verdict.digest
      record.resultJobId = runs.find(r => r.digest === verdict.digest)?.job.id
    }
    await this.save(record)
    return record
  }

  /** A replica's run once it is over: its provider and the tree its receipt signs for (none unless it succeeded). */
  private async runOf (job: JobHandle, outputs: string[], signal: AbortSignal): Promise<Run> {
    await job.done({ signal })
    const receipt = await job.receipt()
    const digest = job.state === 'succeeded' && receipt !== undefined && receipt.finalState === 'succeeded' ? resultTreeDigest(receipt.results, outputs) : undefined
    return { job, provider: job.attempt?.provider ?? '', digest }
  }

  private async save (record: VerificationRecord): Promise<void> {
    await this.components.store.verifications.put(record.id, record).catch(() => {})
  }

  private track (p: Promise<unknown>): void {
    const guarded = p.catch(() => {})
    this.running.add(guarded)
    void guarded.finally(() => { this.running.delete(guarded) })
  }
}

async function abortable<T> (p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal === undefined) return await p
  signal.throwIfAborted()
  return await new Promise<T>((resolve, reject) => {
    const onAbort = (): void => { reject(signal.reason) }
    signal.addEventListener('abort', onAbort, { once: true })
    p.then(resolve, reject).finally(() => { signal.removeEventListener('abort', onAbort) })
  })
}
