/**
 * The client's local job store (level, in its data dir): what it submitted, to whom,
 * every event it received and every receipt, so a job can be followed after the CLI
 * that submitted it has exited.
 */
import { join } from 'node:path'
import { Level } from 'level'
import type { AbstractSublevel } from 'abstract-level'
import type { JobState, ReputationRecord } from '@gpumesh/protocol'

export interface AttemptRecord {
  attempt: number
  provider: string
  providerAddrs: string[]
  leaseId: string
  /** The provider's id for this run; '' until the provider accepts the Submit. */
  providerJobId: string
  pricePerGpuHour: string
  gpuIndices: number[]
  gpuModels: string[]
  /** Seq of the newest event stored for this attempt. */
  lastSeq: number
  state: JobState
  reason: string
  /** Whether the job's stream ran direct or through a relay (NAT); absent in records made before. */
  path?: 'direct' | 'relayed'
  /** The lease's whole length in seconds, renewals included; absent in records made before. */
  leaseDurationS?: number
}

export interface ClientJobRecord {
  id: string
  createdAtMs: number
  state: JobState
  reason: string
  exitCode: number
  /** base64 of the encoded WorkloadSpec, so a retry after a restart can resubmit. */
  spec: string
  /** The order's requirements, money as decimal strings. */
  order: {
    gpuCount: number
    minVramMiB: number
    model: string
    vendor: string
    maxPricePerGpuHour: string
    maxDurationS: number
    region: string
  }
  retriesLeft: number
  attempts: AttemptRecord[]
  /** Receipts wait for settle() before they are countersigned (a verified run's replica). */
  deferCountersign?: boolean
}

export interface ReceiptEntry {
  jobId: string
  attempt: number
  provider: string
  /** base64 of the provider-signed Receipt envelope. */
  receipt: string
  /** base64 of our countersignature envelope. */
  acceptance: string
  /** Whether the provider acknowledged the countersignature. */
  delivered: boolean
  /**
   * Set when a verified run found this attempt's results disagreeing with the majority:
   * not countersigned (see docs/architecture.md, "Verified results").
   */
  disputed?: boolean
}

/** A verified run: the client jobs that ran the same spec on distinct providers, and what they came to. */
export interface VerificationRecord {
  id: string
  createdAtMs: number
  /** Runs asked for (N); one more is added on disagreement. */
  replicas: number
  /** Only these outputs are compared (a non-deterministic job); empty: every file. */
  outputs: string[]
  runs: Array<{ jobId: string, provider: string, state: JobState, digest?: string }>
  verdict: 'running' | 'agreed' | 'majority' | 'undecided' | 'failed'
  /** The tree digest the majority agreed on. */
  digest?: string
  /** The job whose results are the verified ones. */
  resultJobId?: string
  disagreeing: string[]
}

type Sub<V> = AbstractSublevel<Level<string, any>, string | Uint8Array, string, V>

export class ClientStore {
  readonly db: Level<string, any>
  readonly jobs: Sub<ClientJobRecord>
  /** `${jobId}!${attempt}!${seq}` -> encoded JobEvent. */
  readonly events: Sub<Uint8Array>
  /** `${jobId}!${attempt}` -> receipt entry. */
  readonly receipts: Sub<ReceiptEntry>
  /** provider peer id -> what our own jobs there came to (reputation-book.ts). */
  readonly reputation: Sub<ReputationRecord>
  /** `${jobId}!${attempt}!${what}` -> 1: outcomes already counted, so a replay after a restart counts nothing twice. */
  readonly reputationSeen: Sub<number>
  /** verified run id -> its runs and verdict (verifier.ts). */
  readonly verifications: Sub<VerificationRecord>

  constructor (dataDir: string) {
    this.db = new Level<string, any>(join(dataDir, 'db'), { valueEncoding: 'json' })
    this.jobs = this.db.sublevel<string, ClientJobRecord>('jobs', { valueEncoding: 'json' })
    this.events = this.db.sublevel<string, Uint8Array>('events', { valueEncoding: 'view' })
    this.receipts = this.db.sublevel<string, ReceiptEntry>('receipts', { valueEncoding: 'json' })
    this.reputation = this.db.sublevel<string, ReputationRecord>('reputation', { valueEncoding: 'json' })
    this.reputationSeen = this.db.sublevel<string, number>('reputation-seen', { valueEncoding: 'json' })
    this.verifications = this.db.sublevel<string, VerificationRecord>('verifications', { valueEncoding: 'json' })
  }

  async open (): Promise<void> { await this.db.open() }
  async close (): Promise<void> { await this.db.close() }

  static eventKey (jobId: string, attempt: number, seq: number): string {
    return `${jobId}!${attempt.toString().padStart(4, '0')}!${seq.toString().padStart(16, '0')}`
  }

  static attemptPrefix (jobId: string, attempt: number): string {
    return `${jobId}!${attempt.toString().padStart(4, '0')}!`
  }
}
