import { Limits } from './constants.js'
import { fromWireEnvelope, toWireEnvelope, type SignedEnvelope } from './envelope.js'
import { InvalidMessageError } from './errors.js'
import { checkCount, checkEnum, checkRange, checkSafeUint, checkString, decodeWire, encodeWire, fromBigInt, toBigInt } from './fields.js'
import { pb } from './pb.js'

/** The client's acceptance of a bid, signed by the client. */
export interface LeaseRequest {
  bid: SignedEnvelope
  client: string
  /** Decline the bid: the provider frees its reservation now. */
  release?: boolean
}

/** The provider's signed commitment: these GPUs are the client's for `maxDurationS`. */
export interface Lease {
  leaseId: string
  bidId: string
  orderId: string
  provider: string
  client: string
  gpuIndices: number[]
  pricePerGpuHour: bigint
  maxDurationS: number
  createdAtMs: number
  /** The workload must be submitted before this. */
  expiresAtMs: number
}

export const RejectReason = pb.RejectReason
export type RejectReason = pb.RejectReason

export function rejectReasonName (reason: RejectReason): string {
  const name = pb.RejectReason[reason] as string | undefined
  return name === undefined ? 'unknown' : name.replace('REJECT_REASON_', '').toLowerCase().replaceAll('_', '-')
}

export interface Reject {
  bidId: string
  reason: RejectReason
  detail: string
}

export type LeaseResponse =
  | { kind: 'lease', lease: SignedEnvelope }
  | { kind: 'reject', reject: Reject }

export function encodeLeaseRequest (r: LeaseRequest): Uint8Array {
  return encodeWire(pb.LeaseRequest, pb.LeaseRequest.create({ bid: toWireEnvelope(r.bid), client: r.client, release: r.release === true }))
}

export function decodeLeaseRequest (bytes: Uint8Array): LeaseRequest {
  const m = decodeWire(pb.LeaseRequest, bytes, 'LeaseRequest')
  return {
    bid: fromWireEnvelope(m.bid, 'bid'),
    client: checkString(m.client, 'client', Limits.peerIdChars),
    ...(m.release === true ? { release: true } : {})
  }
}

export function encodeLease (lease: Lease): Uint8Array {
  return encodeWire(pb.Lease, pb.Lease.create({ ...lease, pricePerGpuHour: fromBigInt(lease.pricePerGpuHour, 'pricePerGpuHour') }))
}

export function decodeLease (bytes: Uint8Array): Lease {
  const m = decodeWire(pb.Lease, bytes, 'Lease')
  return {
    leaseId: checkString(m.leaseId, 'leaseId', Limits.idChars),
    bidId: checkString(m.bidId, 'bidId', Limits.idChars),
    orderId: checkString(m.orderId, 'orderId', Limits.idChars),
    provider: checkString(m.provider, 'provider', Limits.peerIdChars),
    client: checkString(m.client, 'client', Limits.peerIdChars),
    gpuIndices: checkCount(m.gpuIndices, 'gpuIndices', Limits.gpuIndicesPerBid).map((g, i) => checkRange(g, `gpuIndices[${i}]`, 0, 1023)),
    pricePerGpuHour: toBigInt(m.pricePerGpuHour),
    maxDurationS: checkRange(m.maxDurationS, 'maxDurationS', 1, Limits.maxDurationS),
    createdAtMs: checkSafeUint(m.createdAtMs, 'createdAtMs'),
    expiresAtMs: checkSafeUint(m.expiresAtMs, 'expiresAtMs')
  }
}

export function encodeLeaseResponse (r: LeaseResponse): Uint8Array {
  return encodeWire(pb.LeaseResponse, r.kind === 'lease'
    ? pb.LeaseResponse.create({ lease: toWireEnvelope(r.lease) })
    : pb.LeaseResponse.create({ reject: pb.Reject.create({ ...r.reject }) }))
}

export function decodeLeaseResponse (bytes: Uint8Array): LeaseResponse {
  const m = decodeWire(pb.LeaseResponse, bytes, 'LeaseResponse')
  if (m.result === 'lease') return { kind: 'lease', lease: fromWireEnvelope(m.lease, 'lease') }
  if (m.result === 'reject' && m.reject != null) {
    return {
      kind: 'reject',
      reject: {
        bidId: checkString(m.reject.bidId, 'reject.bidId', Limits.idChars, false),
        reason: checkEnum<RejectReason>(m.reject.reason, pb.RejectReason, 'reject.reason'),
        detail: checkString(m.reject.detail, 'reject.detail', Limits.detailChars, false)
      }
    }
  }
  throw new InvalidMessageError('LeaseResponse: neither lease nor reject')
}
