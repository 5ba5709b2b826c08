import { Limits } from './constants.js'
import { fromWireEnvelope, toWireEnvelope, type SignedEnvelope } from './envelope.js'
import { InvalidMessageError } from './errors.js'
import { checkBytes, checkCount, checkEnum, checkRange, checkSafeUint, checkString, decodeWire, encodeWire, fromBigInt, toBigInt } from './fields.js'
import { pb } from './pb.js'

/** A provider's signed promise: these GPUs, at this price, held until `expiresAtMs`. */
export interface Bid {
  bidId: string
  orderId: string
  provider: string
  client: string
  /** Micro-credits per GPU-hour. */
  pricePerGpuHour: bigint
  gpuIndices: number[]
  gpuModels: string[]
  maxDurationS: number
  expiresAtMs: number
  /** sha256 of the order envelope's payload: binds the bid to that exact order. */
  orderDigest: Uint8Array
}

export const DeclineReason = pb.DeclineReason
export type DeclineReason = pb.DeclineReason

/** Short stable names for decline reasons, for humans, logs and metrics labels. */
export function declineReasonName (reason: DeclineReason): string {
  const name = pb.DeclineReason[reason] as string | undefined
  return name === undefined ? 'unknown' : name.replace('DECLINE_REASON_', '').toLowerCase().replaceAll('_', '-')
}

/** Declines that mean no free capacity right now; it may free up in moments. */
const BUSY_DECLINES: ReadonlySet<DeclineReason> = new Set([
  DeclineReason.DECLINE_REASON_NO_CAPACITY, DeclineReason.DECLINE_REASON_GPU_COUNT,
  DeclineReason.DECLINE_REASON_CPU, DeclineReason.DECLINE_REASON_MEMORY, DeclineReason.DECLINE_REASON_DISK
])
/** Declines worth waiting out: busy, or a per-client limit that lapses as jobs end. */
const TRANSIENT_DECLINES: ReadonlySet<DeclineReason> = new Set([
  ...BUSY_DECLINES, DeclineReason.DECLINE_REASON_CLIENT_LIMIT, DeclineReason.DECLINE_REASON_RATE_LIMITED
])
const TRANSIENT_NAMES: ReadonlySet<string> = new Set([...TRANSIENT_DECLINES].map(declineReasonName))

/** The provider has no free capacity for the order now (a client may ask others first). */
export function isBusyDecline (reason: DeclineReason): boolean {
  return BUSY_DECLINES.has(reason)
}

/** The order may well get a bid if asked again shortly; takes the enum or its name. */
export function isTransientDecline (reason: DeclineReason | string): boolean {
  return typeof reason === 'string' ? TRANSIENT_NAMES.has(reason) : TRANSIENT_DECLINES.has(reason)
}

export interface Decline {
  orderId: string
  reasons: DeclineReason[]
  detail: string
}

export type BidResponse =
  | { kind: 'bid', bid: SignedEnvelope }
  | { kind: 'decline', decline: Decline }

export function encodeBid (bid: Bid): Uint8Array {
  return encodeWire(pb.Bid, pb.Bid.create({ ...bid, pricePerGpuHour: fromBigInt(bid.pricePerGpuHour, 'pricePerGpuHour') }))
}

export function decodeBid (bytes: Uint8Array): Bid {
  const m = decodeWire(pb.Bid, bytes, 'Bid')
  return {
    bidId: checkString(m.bidId, 'bidId', Limits.idChars),
    orderId: checkString(m.orderId, 'orderId', Limits.idChars),
    provider: checkString(m.provider, 'provider', Limits.peerIdChars),
    client: checkString(m.client, 'client', Limits.peerIdChars),
    pricePerGpuHour: toBigInt(m.pricePerGpuHour),
    gpuIndices: checkCount(m.gpuIndices, 'gpuIndices', Limits.gpuIndicesPerBid).map((g, i) => checkRange(g, `gpuIndices[${i}]`, 0, 1023)),
    gpuModels: checkCount(m.gpuModels, 'gpuModels', Limits.gpuIndicesPerBid).map((g, i) => checkString(g, `gpuModels[${i}]`, Limits.modelChars)),
    maxDurationS: checkRange(m.maxDurationS, 'maxDurationS', 1, Limits.maxDurationS),
    expiresAtMs: checkSafeUint(m.expiresAtMs, 'expiresAtMs'),
    orderDigest: checkBytes(m.orderDigest, 'orderDigest', 32, 32)
  }
}

function toWireDecline (d: Decline): InstanceType<typeof pb.Decline> {
  return pb.Decline.create({ orderId: d.orderId, reasons: d.reasons, detail: d.detail })
}

function fromWireDecline (m: pb.IDecline): Decline {
  const reasons = checkCount(m.reasons, 'decline.reasons', 32).map((r, i) => checkEnum<DeclineReason>(r, pb.DeclineReason, `decline.reasons[${i}]`))
  if (reasons.length === 0) throw new InvalidMessageError('decline.reasons: required')
  return {
    orderId: checkString(m.orderId, 'decline.orderId', Limits.idChars, false),
    reasons,
    detail: checkString(m.detail, 'decline.detail', Limits.detailChars, false)
  }
}

export function encodeBidResponse (r: BidResponse): Uint8Array {
  return encodeWire(pb.BidResponse, r.kind === 'bid'
    ? pb.BidResponse.create({ bid: toWireEnvelope(r.bid) })
    : pb.BidResponse.create({ decline: toWireDecline(r.decline) }))
}

export function decodeBidResponse (bytes: Uint8Array): BidResponse {
  const m = decodeWire(pb.BidResponse, bytes, 'BidResponse')
  if (m.result === 'bid') return { kind: 'bid', bid: fromWireEnvelope(m.bid, 'bid') }
  if (m.result === 'decline' && m.decline != null) return { kind: 'decline', decline: fromWireDecline(m.decline) }
  throw new InvalidMessageError('BidResponse: neither bid nor decline')
}
