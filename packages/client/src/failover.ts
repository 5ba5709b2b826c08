/**
 * Drives one client job to its end across attempts: follows an attempt's events
 * (re-attaching once when its stream drops), and when the provider did not finish the
 * job (lost, preempted, or stopped by its own restart or shutdown) leases another
 * provider while retries last. However the client learns that an attempt ended that
 * way (a dropped stream, or the provider's own word on a re-attach after it came
 * back), the next step is the same.
 */
import { isTerminal, StreamClosedError } from '@gpumesh/protocol'
import { ProviderLostError } from './errors.js'
import type { Logger } from '@libp2p/interface'
import type { GpumeshLibp2p } from '@gpumesh/peer'
import type { AttemptRecord } from './client-store.js'
import type { JobHandle } from './job.js'
import { jobRequest, type JobConnection } from './job-connection.js'

/** A granted lease, ready to run on. */
export interface Acquired {
  attempt: AttemptRecord
  leaseId: string
  /** The job stream its submit went on, with the lease request: its events follow. */
  connection: JobConnection
}

/**
 * Provider-side ends that say nothing about the workload: the provider stopped the job
 * for its own reasons (a crash and restart, a shutdown). Retried like `lost`.
 */
export const PROVIDER_STOPPED_REASONS: ReadonlySet<string> = new Set(['provider-restarted', 'provider-shutdown'])

/** A state the provider reported that ends the attempt without finishing the job. */
export function isProviderStop (state: string, reason: string): boolean {
  return state === 'failed' && PROVIDER_STOPPED_REASONS.has(reason)
}

/** Whether this attempt ended without its provider finishing the job: worth retrying elsewhere. */
export function providerDidNotFinish (attempt: AttemptRecord): boolean {
  return attempt.state === 'lost' || attempt.state === 'preempted' || isProviderStop(attempt.state, attempt.reason)
}

export interface FailoverComponents {
  libp2p: GpumeshLibp2p
  log: Logger
  /** The provider is lost when it sends nothing for this long. */
  idleTimeoutMs: number
  /** Lease another provider (none in `exclude`) for a retry; throws, having ended the job, when none will. */
  acquire: (job: JobHandle, retryOf: AttemptRecord, exclude: Set<string>, signal: AbortSignal) => Promise<Acquired>
  fail: (job: JobHandle, state: 'failed' | 'lost', reason: string) => Promise<void>
  stopped: () => boolean
}

export class Failover {
  constructor (private readonly components: FailoverComponents) {}

  /** Run `first` (a fresh lease) or resume the job's last attempt, then retry while the provider did not finish. */
  async follow (job: JobHandle, first: Acquired | undefined, signal: AbortSignal): Promise<void> {
    const { acquire, fail, log, stopped } = this.components
    const exclude = new Set<string>(job.record.attempts.filter(providerDidNotFinish).map(a => a.provider))
    let current = first
    for (;;) {
      const attempt = current?.attempt ?? job.attempt
      if (attempt === undefined) return
      // A stored attempt its provider already ended (restart, shutdown, preemption) has nothing to re-attach to.
      const ended = current === undefined && attempt.state !== 'lost' && providerDidNotFinish(attempt)
      const outcome = ended ? 'lost' : await this.runAttempt(job, attempt, signal, current)
      if (outcome === 'done' || stopped() || signal.aborted) return
      exclude.add(attempt.provider)
      if (job.record.retriesLeft <= 0) {
        await fail(job, 'lost', attempt.reason !== '' ? attempt.reason : 'provider-lost')
        return
      }
      job.record.retriesLeft--
      try {
        current = await acquire(job, attempt, exclude, signal)
      } catch (err) {
        log('retry of %s found no provider - %e', job.id, err)
        job.end()
        return
      }
    }
  }

  /**
   * Fetch what the providers of attempts with no receipt still owe (the receipt for the
   * time used, from one that came back after a crash): one attach each from the last
   * stored seq; best effort, a provider still gone is skipped. Call once the job is over.
   */
  async collectReceipts (job: JobHandle, signal: AbortSignal): Promise<void> {
    const { libp2p, idleTimeoutMs, log } = this.components
    const have = new Set((await job.attemptReceipts()).map(r => r.attempt))
    const owed = job.record.attempts.filter(a => !have.has(a.attempt) && a.providerJobId !== '')
    await Promise.all(owed.map(async a => {
      try {
        const attach = { kind: 'attach' as const, jobId: a.providerJobId, fromSeq: a.lastSeq + 1 }
        for await (const event of jobRequest(libp2p, a.provider, attach, { signal, idleTimeoutMs })) await job.accept(a, event)
      } catch (err) {
        log('no receipt from %s for attempt %d of %s - %e', a.provider, a.attempt, job.id, err)
      }
    }))
  }

  /**
   * One attempt's event stream. 'done' when the job ended there, 'lost' when the
   * provider did not finish it. With `acquired` (a fresh lease) its stream is open;
   * without (after a client restart), or when that stream drops, the attempt
   * re-attaches from the last stored seq.
   */
  private async runAttempt (job: JobHandle, attempt: AttemptRecord, signal: AbortSignal, acquired?: Acquired): Promise<'done' | 'lost'> {
    const { libp2p, idleTimeoutMs } = this.components
    let reattached = false
    let connection = acquired?.connection
    for (;;) {
      try {
        // Without the provider's job id there is nothing to attach to; asking anyway
        // sent an Attach the provider refused as invalid, and the job ran twice.
        if (connection === undefined && attempt.providerJobId === '') throw new ProviderLostError(attempt.provider, 'no provider job id to re-attach to')
        let sawReceipt = false
        const attach = { kind: 'attach' as const, jobId: attempt.providerJobId, fromSeq: attempt.lastSeq + 1 }
        const events = connection?.events() ?? jobRequest(libp2p, attempt.provider, attach, { signal, idleTimeoutMs })
        connection = undefined
        for await (const event of events) {
          await job.accept(attempt, event)
          if (event.type === 'receipt') sawReceipt = true
        }
        if (sawReceipt || isTerminal(attempt.state)) {
          if (attempt.state === 'preempted') return 'lost'
          if (isProviderStop(attempt.state, attempt.reason)) {
            job.emit({ type: 'lost', attempt: attempt.attempt, provider: attempt.provider, reason: attempt.reason })
            return 'lost'
          }
          job.end()
          return 'done'
        }
        throw new StreamClosedError('provider closed the stream before the job ended')
      } catch (err) {
        if (signal.aborted) return 'done'
        if ((err as { code?: string }).code === 'ERR_JOB_REFUSED') {
          await this.components.fail(job, 'failed', (err as Error).message)
          return 'done'
        }
        if (attempt.providerJobId !== '' && !reattached) {
          // One quick re-attach: a dropped connection is not yet a lost provider.
          reattached = true
          continue
        }
        attempt.state = 'lost'
        attempt.reason = 'provider-lost'
        await job.setState('lost', 'provider-lost')
        job.emit({ type: 'lost', attempt: attempt.attempt, provider: attempt.provider, reason: err instanceof Error ? err.message : 'lost' })
        return 'lost'
      }
    }
  }
}
