/**
 * One attempt's lease: run the auction (again, while every capable provider is busy, up
 * to the queue timeout), lease and submit down the bids until a provider takes the job,
 * and release the bids not taken.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import {
  PayloadType, decodeLease, decodeLeaseResponse, encodeEnvelope, encodeLeaseRequest, isTransientDecline, openEnvelope,
  signEnvelope, type WorkloadSpec, AbortError, InvalidMessageError, StreamClosedError
} from '@gpumesh/protocol'
import type { GpumeshLibp2p, RequestChannels } from '@gpumesh/peer'
import { runAuction, type AuctionComponents, type AuctionResult, type ReceivedBid } from './auction.js'
import type { AttemptRecord } from './client-store.js'
import {
  DEFAULT_BID_WINDOW_MS, DEFAULT_QUEUE_TIMEOUT_MS, DEFAULT_RANK_STRATEGY, DEFAULT_RFQ_FANOUT, LEASE_TIMEOUT_MS, QUEUE_FIRST_PAUSE_MS, QUEUE_MAX_PAUSE_MS
} from './constants.js'
import { JobRefusedError, LeaseRejectedError, NoBidsError, NoMatchingProvidersError, type ProviderReasons } from './errors.js'
import type { Acquired } from './failover.js'
import type { JobHandle } from './job.js'
import { JobConnection } from './job-connection.js'
import { toJobOrder, type SubmitOptions } from './order-options.js'

export interface AcquirerComponents {
  libp2p: GpumeshLibp2p
  privateKey: PrivateKey
  /** What the auction runs on; its offer book also names the winner's addresses for the attempt. */
  auction: AuctionComponents
  /** Lease-protocol channels, one per provider: releasing the bids not taken. */
  leases: RequestChannels
  /** Background work (releases) that stop() waits for. */
  track: (work: Promise<void>) => void
}

export interface AcquirerInit {
  /** The provider is lost when its job stream is quiet this long. */
  idleTimeoutMs: number
}

export class Acquirer {
  private readonly components: AcquirerComponents
  private readonly idleTimeoutMs: number
  private readonly self: string

  constructor (components: AcquirerComponents, init: AcquirerInit) {
    this.components = components
    this.idleTimeoutMs = init.idleTimeoutMs
    this.self = components.libp2p.peerId.toString()
  }

  /**
   * Auction then lease: returns the attempt, or throws when no provider will take the
   * job, having ended it `failed` (or, for a retry of `retryOf`, `lost`: the job did not
   * fail, its provider went away and no other would take it).
   */
  async acquire (job: JobHandle, spec: WorkloadSpec, options: SubmitOptions, exclude: Set<string>, jobSignal: AbortSignal, retryOf?: AttemptRecord): Promise<Acquired> {
    const n = job.record.attempts.length + 1
    const end = async (reason: string): Promise<void> => {
      if (retryOf === undefined) return await job.fail('failed', reason)
      job.emit({ type: 'log', attempt: n, seq: 0, atMs: Date.now(), stream: 'system', line: `no other provider took the job: ${reason}` })
      await job.fail('lost', retryOf.reason !== '' ? retryOf.reason : 'provider-lost')
    }
    await job.setState('bidding')
    job.emit({ type: 'state', attempt: n, state: 'bidding', reason: '', exitCode: 0 })
    let result: AuctionResult
    // Providers that could serve the order but are busy right now: wait for capacity
    // (with a growing pause) until the queue timeout, as a job queue would.
    const queueDeadline = Date.now() + (options.queueTimeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS)
    let pauseMs = QUEUE_FIRST_PAUSE_MS
    // Providers we could not reach in this loop are not asked again in it (even once
    // their backoff ends), and are reported with the final answer.
    const unreachable: ProviderReasons[] = []
    const skip = new Set(exclude)
    for (;;) {
      // A verified run's other replicas may have leased since the last round.
      for (const p of options.exclude ?? []) skip.add(p)
      try {
        result = await runAuction(this.components.auction, toJobOrder({ ...options, runtime: spec.runtime, image: spec.image }, { client: this.self, dryRun: false }), {
          fanout: options.fanout ?? DEFAULT_RFQ_FANOUT,
          windowMs: options.bidWindowMs ?? DEFAULT_BID_WINDOW_MS,
          strategy: options.strategy ?? DEFAULT_RANK_STRATEGY,
          exclude: skip,
          signal: options.signal
        })
      } catch (err) {
        await end('auction-error')
        throw err
      }
      for (const d of result.declines) {
        if (d.reasons.includes('unreachable')) { skip.add(d.provider); unreachable.push(d) }
      }
      if (result.bids.length > 0 || result.declines.length === 0 || options.signal?.aborted === true) break
      // Only unreachable ones: ask the next providers at once.
      if (result.declines.every(d => d.reasons.every(r => r === 'unreachable'))) {
        if (Date.now() > queueDeadline) break
        continue
      }
      const busy = result.declines.every(d => d.reasons.every(r => isTransientDecline(r) || r === 'no-answer' || r === 'unreachable'))
      if (!busy || Date.now() + pauseMs > queueDeadline) break
      await new Promise(resolve => setTimeout(resolve, pauseMs))
      pauseMs = Math.min(pauseMs * 2, QUEUE_MAX_PAUSE_MS)
    }
    const notReached = [...unreachable.filter(u => !result.declines.some(d => d.provider === u.provider)), ...result.skipped]
    job.emit({ type: 'auction', attempt: n, asked: result.asked.length, broadcast: result.broadcast })
    for (const b of result.bids) job.emit({ type: 'bid', attempt: n, provider: b.provider, pricePerGpuHour: b.bid.pricePerGpuHour, gpuModels: b.bid.gpuModels, latencyMs: b.latencyMs })
    for (const d of result.declines) job.emit({ type: 'decline', attempt: n, provider: d.provider, reasons: d.reasons })
    // Providers passed over as unreachable, in earlier rounds of this loop or by backoff.
    for (const d of notReached) job.emit({ type: 'decline', attempt: n, provider: d.provider, reasons: d.reasons })
    if (result.bids.length === 0) {
      if (result.asked.length === 0 && result.declines.length === 0 && notReached.length === 0) {
        await end('no-matching-providers')
        throw new NoMatchingProvidersError(result.unmatched)
      }
      await end('no-bids')
      throw new NoBidsError([...result.declines, ...notReached, ...result.unmatched])
    }
    const rejects: ProviderReasons[] = []
    const candidates = async function * (): AsyncGenerator<ReceivedBid> {
      yield * result.bids
      // Every bid in hand was refused: the ones that came after the auction closed are next.
      for (const b of await result.late) {
        job.emit({ type: 'bid', attempt: n, provider: b.provider, pricePerGpuHour: b.bid.pricePerGpuHour, gpuModels: b.bid.gpuModels, latencyMs: b.latencyMs })
        yield b
      }
    }
    for await (const bid of candidates()) {
      try {
        const { leaseId, connection } = await this.leaseAndSubmit(bid, spec, options.signal, jobSignal)
        // Free the losers' GPUs now rather than at the end of their hold (late bids as they come).
        this.releaseBids(result.bids.filter(b => b !== bid))
        void result.late.then(late => { this.releaseBids(late.filter(b => b !== bid)) })
        // The attempt is recorded with the provider's job id, which its first event names,
        // so it can always be re-attached to ('' only when the provider refused the Submit
        // or the stream failed, which the stream's events then report).
        const first = await connection.firstEvent({ signal: AbortSignal.timeout(LEASE_TIMEOUT_MS) })
        const attempt: AttemptRecord = {
          attempt: n,
          provider: bid.provider,
          providerAddrs: this.components.auction.book.get(bid.provider)?.addrs ?? [],
          leaseId,
          providerJobId: first?.jobId ?? '',
          pricePerGpuHour: bid.bid.pricePerGpuHour.toString(),
          gpuIndices: bid.bid.gpuIndices,
          gpuModels: bid.bid.gpuModels,
          lastSeq: 0,
          state: 'leased',
          reason: '',
          path: connection.path,
          leaseDurationS: bid.bid.maxDurationS
        }
        job.record.attempts.push(attempt)
        await job.setState('leased')
        job.emit({ type: 'lease', attempt: n, provider: bid.provider, leaseId, gpuIndices: bid.bid.gpuIndices, pricePerGpuHour: bid.bid.pricePerGpuHour, path: connection.path, ...(connection.relayLimits !== undefined ? { relayLimits: connection.relayLimits } : {}) })
        return { attempt, leaseId, connection }
      } catch (err) {
        // A refused lease says why in the provider's words (bid-expired, already-leased …).
        const reason = err instanceof JobRefusedError && err.refusal === 'lease-rejected' ? err.detail : err instanceof Error ? err.message : 'lease failed'
        rejects.push({ provider: bid.provider, reasons: [reason] })
        job.emit({ type: 'lease-rejected', attempt: n, provider: bid.provider, reason })
      }
    }
    await end('lease-rejected')
    throw new LeaseRejectedError(rejects)
  }

  /** Decline bids we will not take; best effort, in the background. */
  private releaseBids (bids: ReceivedBid[]): void {
    const { privateKey, leases, track } = this.components
    for (const bid of bids) {
      track((async () => {
        const request = await signEnvelope(privateKey, PayloadType.leaseRequest, encodeLeaseRequest({ bid: bid.envelope, client: this.self, release: true }))
        await leases.request(peerIdFromString(bid.provider), encodeEnvelope(request), decodeLeaseResponse, { signal: AbortSignal.timeout(LEASE_TIMEOUT_MS) })
      })().catch(() => {}))
    }
  }

  /**
   * Lease and submit in one message: the provider grants the lease from our signed
   * request, answers with it first and starts the job at once. Returns the verified
   * lease and the open job stream, whose events follow.
   */
  private async leaseAndSubmit (bid: ReceivedBid, spec: WorkloadSpec, submitSignal: AbortSignal | undefined, jobSignal: AbortSignal): Promise<{ leaseId: string, connection: JobConnection }> {
    const request = await signEnvelope(this.components.privateKey, PayloadType.leaseRequest, encodeLeaseRequest({ bid: bid.envelope, client: this.self }))
    const connection = await JobConnection.open(this.components.libp2p, bid.provider, { kind: 'submit', leaseId: '', leaseRequest: request, spec }, { signal: jobSignal, idleTimeoutMs: this.idleTimeoutMs })
    // The caller's signal may abandon the submit until the lease is in, not the job after.
    const onAbort = (): void => { connection.abort(new AbortError('submit aborted')) }
    submitSignal?.addEventListener('abort', onAbort, { once: true })
    try {
      const envelope = await connection.lease({ signal: AbortSignal.timeout(LEASE_TIMEOUT_MS) })
      const lease = await openEnvelope(envelope, PayloadType.lease, decodeLease, { expectedSigner: bid.provider })
      if (lease.message.bidId !== bid.bid.bidId || lease.message.client !== this.self) throw new InvalidMessageError('lease: does not match the bid (bid id or client differs)')
      return { leaseId: lease.message.leaseId, connection }
    } catch (err) {
      connection.abort(err instanceof Error ? err : new StreamClosedError('lease failed'))
      throw err
    } finally {
      submitSignal?.removeEventListener('abort', onAbort)
    }
  }
}
