/**
 * A job's end on the provider side: final usage and state, the signed Receipt, and the
 * client's countersignature of it when it comes. A drain waits here until the clients
 * of the jobs it ended have countersigned (or its deadline passes), so the receipt for
 * the time used is settled before the provider goes offline.
 */
import { randomUUID } from 'node:crypto'
import type { PrivateKey } from '@libp2p/interface'
import {
  JobRefusalCode, PayloadType, costFor, decodeEnvelope, hasSessionUsage, decodeReceiptAcceptance, encodeEnvelope, encodeReceipt, openEnvelope, receiptDigest,
  signEnvelope, type JobState, type Receipt, type ResultDigest, type SessionUsage, type SignedEnvelope
} from '@gpumesh/protocol'
import type { JobRecord, LeaseRecord, NodeStore } from '../store/node-store.js'
import type { JobEventLog } from './job-event-log.js'
import type { JobNotifier } from './job-service-events.js'
import { Refusal } from './reasons.js'

export interface JobEnd {
  state: JobState
  reason: string
  exitCode: number
  wallMs: number
  results: ResultDigest[]
  /** What sessions into the job used; left out of the usage event and receipt when empty. */
  sessions?: SessionUsage
}

export interface JobReceiptsComponents {
  store: NodeStore
  events: JobEventLog
  privateKey: PrivateKey
  notify: JobNotifier
  /** Our peer id, the receipts' provider. */
  self: string
}

export class JobReceipts {
  /** Jobs whose countersignature someone waits for, with the waiters. */
  private readonly waiting = new Map<string, Set<() => void>>()

  constructor (private readonly components: JobReceiptsComponents) {}

  /** Final state, usage and the signed receipt; then the job's log is closed. */
  async finish (record: JobRecord, lease: LeaseRecord | undefined, end: JobEnd, options: { skipState?: boolean } = {}): Promise<void> {
    const { events, store, notify } = this.components
    const gpus = lease?.gpuIndices.length ?? 0
    const price = BigInt(lease?.pricePerGpuHour ?? '0')
    record.endedAtMs = Date.now()
    const sessions = hasSessionUsage(end.sessions) ? { ...end.sessions } : undefined
    if (options.skipState !== true) {
      await events.append(record, { type: 'usage', wallMs: end.wallMs, gpuMs: end.wallMs * gpus, ...(sessions !== undefined ? { sessions } : {}) })
      await events.append(record, { type: 'state', state: end.state, reason: end.reason, exitCode: end.exitCode })
    }
    notify.safeDispatchEvent('job:state', { detail: { jobId: record.jobId, state: end.state } })
    const receipt: Receipt = {
      receiptId: randomUUID(),
      leaseId: record.leaseId,
      jobId: record.jobId,
      provider: this.components.self,
      client: record.client,
      wallMs: end.wallMs,
      gpuMs: end.wallMs * gpus,
      pricePerGpuHour: price,
      cost: costFor(price, gpus, end.wallMs),
      results: end.results,
      exitCode: end.exitCode,
      finalState: end.state,
      reason: end.reason,
      endedAtMs: record.endedAtMs,
      ...(sessions !== undefined ? { sessions } : {})
    }
    const envelope = await signEnvelope(this.components.privateKey, PayloadType.receipt, encodeReceipt(receipt))
    await events.append(record, { type: 'receipt', receipt: envelope })
    await store.receipts.put(record.jobId, { jobId: record.jobId, receipt: Buffer.from(encodeEnvelope(envelope)).toString('base64') })
    events.close(record.jobId)
  }

  /** Check the client's countersignature of the job's receipt and keep it (ownership is checked by the caller). */
  async countersign (jobId: string, acceptance: SignedEnvelope, client: string): Promise<void> {
    const { store } = this.components
    const stored = await store.receipts.get(jobId)
    if (stored === undefined) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_UNKNOWN_JOB, 'this job has no receipt yet')
    let digestOk = false
    try {
      const opened = await openEnvelope(acceptance, PayloadType.receiptAcceptance, decodeReceiptAcceptance, { expectedSigner: client })
      const digest = receiptDigest(decodeEnvelope(Buffer.from(stored.receipt, 'base64')).payload)
      digestOk = opened.message.jobId === jobId && Buffer.compare(digest, opened.message.receiptDigest) === 0
    } catch (err) {
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_BAD_SIGNATURE, err instanceof Error ? err.message : 'bad countersignature')
    }
    if (!digestOk) throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_BAD_SIGNATURE, 'countersignature is for another receipt')
    await store.receipts.put(jobId, { ...stored, acceptance: Buffer.from(encodeEnvelope(acceptance)).toString('base64') })
    for (const wake of this.waiting.get(jobId) ?? []) wake()
  }

  /** Resolves once every one of `jobIds` has a countersigned receipt, or `signal` aborts (never rejects). */
  async countersigned (jobIds: string[], signal: AbortSignal): Promise<void> {
    await Promise.all(jobIds.map(async jobId => {
      let wake = (): void => {}
      const woken = new Promise<void>(resolve => { wake = resolve })
      const set = this.waiting.get(jobId) ?? new Set()
      this.waiting.set(jobId, set)
      set.add(wake)
      signal.addEventListener('abort', wake, { once: true })
      try {
        // Subscribed first: a countersignature that lands meanwhile still wakes us.
        if ((await this.components.store.receipts.get(jobId))?.acceptance !== undefined) return
        await woken
      } finally {
        signal.removeEventListener('abort', wake)
        set.delete(wake)
        if (set.size === 0) this.waiting.delete(jobId)
      }
    }))
  }
}
