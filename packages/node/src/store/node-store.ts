/**
 * The provider's durable state: one `level` database in the data dir, a sublevel per
 * kind of record. Records are JSON (money as decimal strings); job events are stored as
 * their exact protobuf bytes so a replay sends what was first sent.
 */
import { join } from 'node:path'
import { Level } from 'level'
import type { AbstractSublevel } from 'abstract-level'
import type { JobState } from '@gpumesh/protocol'

/** What a bid claims, carried over unchanged when the bid becomes a lease. */
export interface ClaimRecord {
  bidId: string
  orderId: string
  client: string
  gpuIndices: number[]
  /** Micro-credits, decimal string. */
  pricePerGpuHour: string
  maxDurationS: number
  cpuCores: number
  memoryMiB: number
  diskMiB: number
  /** Address group the bid was asked from (see hold-policy.ts sourceOf); absent on loopback. */
  source?: string
}

export interface ReservationRecord extends ClaimRecord {
  expiresAtMs: number
}

export type LeaseStatus = 'active' | 'in-use' | 'released'

export interface LeaseRecord extends ClaimRecord {
  leaseId: string
  createdAtMs: number
  /** Submit before this, or the lease is released. */
  expiresAtMs: number
  /** base64 of the encoded signed Lease envelope, as the client received it. */
  envelope: string
  status: LeaseStatus
  jobId?: string
  /** When its workload was submitted. */
  usedAtMs?: number
  releasedAtMs?: number
  releaseReason?: string
}

export interface JobRecord {
  jobId: string
  leaseId: string
  client: string
  runtime: string
  state: JobState
  reason: string
  exitCode: number
  createdAtMs: number
  startedAtMs?: number
  endedAtMs?: number
  /** Seq of the newest event written. */
  lastSeq: number
}

export interface ReceiptRecord {
  jobId: string
  /** base64 of the encoded provider-signed Receipt envelope. */
  receipt: string
  /** base64 of the client's countersignature envelope, once it arrives. */
  acceptance?: string
}

type Sub<V> = AbstractSublevel<Level<string, any>, string | Uint8Array, string, V>

export class NodeStore {
  readonly db: Level<string, any>
  readonly reservations: Sub<ReservationRecord>
  readonly leases: Sub<LeaseRecord>
  /** bidId -> leaseId: a bid turns into at most one lease, ever. */
  readonly leasesByBid: Sub<string>
  /** provider peer id -> encoded offer envelope (the newest seen). */
  readonly offers: Sub<Uint8Array>
  readonly jobs: Sub<JobRecord>
  /** `${jobId}!${seq, zero-padded}` -> encoded JobEvent. */
  readonly events: Sub<Uint8Array>
  readonly receipts: Sub<ReceiptRecord>

  constructor (dataDir: string) {
    this.db = new Level<string, any>(join(dataDir, 'db'), { valueEncoding: 'json' })
    this.reservations = this.db.sublevel<string, ReservationRecord>('reservations', { valueEncoding: 'json' })
    this.leases = this.db.sublevel<string, LeaseRecord>('leases', { valueEncoding: 'json' })
    this.leasesByBid = this.db.sublevel<string, string>('leases-by-bid', { valueEncoding: 'utf8' })
    this.offers = this.db.sublevel<string, Uint8Array>('offers', { valueEncoding: 'view' })
    this.jobs = this.db.sublevel<string, JobRecord>('jobs', { valueEncoding: 'json' })
    this.events = this.db.sublevel<string, Uint8Array>('events', { valueEncoding: 'view' })
    this.receipts = this.db.sublevel<string, ReceiptRecord>('receipts', { valueEncoding: 'json' })
  }

  async open (): Promise<void> {
    await this.db.open()
  }

  async close (): Promise<void> {
    await this.db.close()
  }

  static eventKey (jobId: string, seq: number): string {
    return `${jobId}!${seq.toString().padStart(16, '0')}`
  }

  /** All values of a sublevel; the stores here are small (leases, reservations). */
  static async values<V> (sub: Sub<V>): Promise<V[]> {
    const out: V[] = []
    for await (const v of sub.values()) out.push(v)
    return out
  }
}
