import { createHash } from 'node:crypto'
import { Limits } from './constants.js'
import { checkBytes, checkCount, checkSafeUint, checkString, decodeWire, encodeWire, fromBigInt, toBigInt } from './fields.js'
import { jobStateFromWire, jobStateToWire, type JobState } from './job-state.js'
import { pb } from './pb.js'
import { costFor } from './market/pricing.js'
import { fromWireSessionUsage, type SessionUsage } from './session-usage.js'

export interface ResultDigest {
  name: string
  size: number
  sha256: Uint8Array
}

/** The provider's signed statement of work done; the client countersigns it. */
export interface Receipt {
  receiptId: string
  leaseId: string
  jobId: string
  provider: string
  client: string
  wallMs: number
  gpuMs: number
  pricePerGpuHour: bigint
  /** Micro-credits; never above price x GPU-time used. */
  cost: bigint
  results: ResultDigest[]
  exitCode: number
  finalState: JobState
  reason: string
  endedAtMs: number
  /** What the job's sessions used (exec, port-forward); absent when it had none. */
  sessions?: SessionUsage
}

/** The client's countersignature payload. */
export interface ReceiptAcceptance {
  jobId: string
  receiptDigest: Uint8Array
}

export function encodeReceipt (r: Receipt): Uint8Array {
  return encodeWire(pb.Receipt, pb.Receipt.create({
    ...r,
    pricePerGpuHour: fromBigInt(r.pricePerGpuHour, 'pricePerGpuHour'),
    cost: fromBigInt(r.cost, 'cost'),
    finalState: jobStateToWire(r.finalState),
    results: r.results.map(d => pb.ResultDigest.create(d))
  }))
}

export function decodeReceipt (bytes: Uint8Array): Receipt {
  const m = decodeWire(pb.Receipt, bytes, 'Receipt')
  return {
    receiptId: checkString(m.receiptId, 'receiptId', Limits.idChars),
    leaseId: checkString(m.leaseId, 'leaseId', Limits.idChars),
    jobId: checkString(m.jobId, 'jobId', Limits.idChars),
    provider: checkString(m.provider, 'provider', Limits.peerIdChars),
    client: checkString(m.client, 'client', Limits.peerIdChars),
    wallMs: checkSafeUint(m.wallMs, 'wallMs'),
    gpuMs: checkSafeUint(m.gpuMs, 'gpuMs'),
    pricePerGpuHour: toBigInt(m.pricePerGpuHour),
    cost: toBigInt(m.cost),
    results: checkCount(m.results, 'results', Limits.resultFiles).map((d, i) => ({
      name: checkString(d.name, `results[${i}].name`, Limits.fileNameChars),
      size: checkSafeUint(d.size, `results[${i}].size`),
      sha256: checkBytes(d.sha256, `results[${i}].sha256`, 32, 32)
    })),
    exitCode: m.exitCode ?? 0,
    finalState: jobStateFromWire(m.finalState, 'finalState'),
    reason: checkString(m.reason, 'reason', Limits.shortStringChars, false),
    endedAtMs: checkSafeUint(m.endedAtMs, 'endedAtMs'),
    ...optionalSessions(fromWireSessionUsage(m.sessions, 'sessions'))
  }
}

function optionalSessions (sessions: SessionUsage | undefined): { sessions?: SessionUsage } {
  return sessions === undefined ? {} : { sessions }
}

export function encodeReceiptAcceptance (a: ReceiptAcceptance): Uint8Array {
  return encodeWire(pb.ReceiptAcceptance, pb.ReceiptAcceptance.create(a))
}

export function decodeReceiptAcceptance (bytes: Uint8Array): ReceiptAcceptance {
  const m = decodeWire(pb.ReceiptAcceptance, bytes, 'ReceiptAcceptance')
  return {
    jobId: checkString(m.jobId, 'jobId', Limits.idChars),
    receiptDigest: checkBytes(m.receiptDigest, 'receiptDigest', 32, 32)
  }
}

/** What a countersignature names: sha256 of the receipt envelope's payload. */
export function receiptDigest (receiptPayload: Uint8Array): Uint8Array {
  return createHash('sha256').update(receiptPayload).digest()
}

/**
 * The most a receipt may charge: its GPU-milliseconds at the leased price, by the same
 * rule the provider bills with (`costFor`). A client countersigns nothing above it.
 */
export function receiptCeiling (receipt: Pick<Receipt, 'gpuMs'>, pricePerGpuHour: bigint): bigint {
  return costFor(pricePerGpuHour, 1, receipt.gpuMs)
}
