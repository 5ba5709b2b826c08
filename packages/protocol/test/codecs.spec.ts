import { describe, expect, it } from 'vitest'
import { decodeBid, decodeBidResponse, DeclineReason, encodeBid, encodeBidResponse } from '../src/bid.js'
import { decodeEnvelope, encodeEnvelope } from '../src/envelope.js'
import { GpumeshError, InvalidMessageError, MessageTooLargeError } from '../src/errors.js'
import { fromBigInt, MAX_UINT64, toBigInt } from '../src/fields.js'
import { decodeJobEvent, decodeJobRequest, decodeJobResponse, encodeJobEvent, encodeJobRequest, encodeJobResponse, JobRefusalCode, type JobEvent, type JobRequest } from '../src/job-messages.js'
import { decodeLease, decodeLeaseRequest, decodeLeaseResponse, encodeLease, encodeLeaseRequest, encodeLeaseResponse, RejectReason } from '../src/lease.js'
import { decodeLeaseRenewal, encodeLeaseRenewal } from '../src/lease-renewal.js'
import { decodeCapacityOffer, encodeCapacityOffer } from '../src/offer.js'
import { decodeJobOrder, encodeJobOrder } from '../src/order.js'
import { pb } from '../src/pb.js'
import { decodeReceipt, decodeReceiptAcceptance, encodeReceipt, encodeReceiptAcceptance } from '../src/receipt.js'
import { decodeWorkloadSpec, encodeWorkloadSpec } from '../src/workload-spec.js'
import { Limits } from '../src/constants.js'
import * as f from './fixtures.js'

const events: JobEvent[] = [
  { jobId: 'job-1', seq: 1, atMs: f.NOW, type: 'state', state: 'running', reason: '', exitCode: 0 },
  { jobId: 'job-1', seq: 2, atMs: f.NOW, type: 'state', state: 'failed', reason: 'exit-code', exitCode: -9 },
  { jobId: 'job-1', seq: 3, atMs: f.NOW, type: 'log', stream: 'stdout', line: 'epoch 1 loss 0.3' },
  { jobId: 'job-1', seq: 4, atMs: f.NOW, type: 'log', stream: 'stderr', line: 'warning' },
  { jobId: 'job-1', seq: 5, atMs: f.NOW, type: 'log', stream: 'system', line: 'log truncated' },
  { jobId: 'job-1', seq: 6, atMs: f.NOW, type: 'usage', wallMs: 1000, gpuMs: 2000 },
  { jobId: 'job-1', seq: 6, atMs: f.NOW, type: 'usage', wallMs: 1000, gpuMs: 2000, sessions: { execSessions: 1, execMs: 20, forwardedConnections: 0, forwardedBytes: 0 } },
  { jobId: 'job-1', seq: 7, atMs: f.NOW, type: 'result', name: 'out.bin', size: 10, sha256: f.digest(3) },
  { jobId: 'job-1', seq: 8, atMs: f.NOW, type: 'chunk', name: 'out.bin', offset: 65_536, data: new Uint8Array([9, 8, 7]) },
  { jobId: 'job-1', seq: 9, atMs: f.NOW, type: 'heartbeat' },
  { jobId: 'job-1', seq: 10, atMs: f.NOW, type: 'receipt', receipt: f.envelope({ payloadType: 'gpumesh/receipt/1' }) },
  { jobId: 'job-1', seq: 11, atMs: f.NOW, type: 'renewed', maxDurationS: 7200, endsAtMs: f.NOW + 3_600_000 }
]

const requests: JobRequest[] = [
  { kind: 'submit', leaseId: 'lease-1', spec: f.spec() },
  { kind: 'submit', leaseId: '', spec: f.spec(), leaseRequest: f.envelope({ payloadType: 'gpumesh/lease-request/1' }) },
  { kind: 'attach', jobId: 'job-1', fromSeq: 17 },
  { kind: 'cancel', jobId: 'job-1' },
  { kind: 'countersign', jobId: 'job-1', acceptance: f.envelope({ payloadType: 'gpumesh/receipt-acceptance/1' }) },
  { kind: 'renew', jobId: 'job-1', renewal: f.envelope({ payloadType: 'gpumesh/lease-renewal/1' }) }
]

describe('every message survives encode then decode unchanged', () => {
  it.each([
    ['offer', f.offer(), encodeCapacityOffer, decodeCapacityOffer],
    ['offer with declared GPUs and no region', f.offer({ gpus: [f.gpu({ declared: true, computeCapability: '' }), f.gpu({ vendor: 'amd', model: 'MI300X', countFree: 0 })], region: '', attributes: {} }), encodeCapacityOffer, decodeCapacityOffer],
    ['order', f.order(), encodeJobOrder, decodeJobOrder],
    ['dry-run order asking for any GPU', f.order({ gpu: { count: 1, minVramMiB: 0, model: '', vendor: '' }, dryRun: true, region: '' }), encodeJobOrder, decodeJobOrder],
    ['bid', f.bid(), encodeBid, decodeBid],
    ['bid response: bid', { kind: 'bid', bid: f.envelope() }, encodeBidResponse, decodeBidResponse],
    ['bid response: decline', { kind: 'decline', decline: { orderId: 'order-1', reasons: [DeclineReason.DECLINE_REASON_GPU_MODEL, DeclineReason.DECLINE_REASON_PRICE], detail: 'no H100' } }, encodeBidResponse, decodeBidResponse],
    ['lease request', { bid: f.envelope(), client: f.CLIENT }, encodeLeaseRequest, decodeLeaseRequest],
    ['lease', f.lease(), encodeLease, decodeLease],
    ['lease response: lease', { kind: 'lease', lease: f.envelope({ payloadType: 'gpumesh/lease/1' }) }, encodeLeaseResponse, decodeLeaseResponse],
    ['lease response: reject', { kind: 'reject', reject: { bidId: 'bid-1', reason: RejectReason.REJECT_REASON_CAPACITY_GONE, detail: 'gone' } }, encodeLeaseResponse, decodeLeaseResponse],
    ['workload spec', f.spec(), encodeWorkloadSpec, decodeWorkloadSpec],
    ...requests.map(r => [`job request: ${r.kind}${r.kind === 'submit' && r.leaseRequest !== undefined ? ' with a lease request' : ''}`, r, encodeJobRequest, decodeJobRequest] as const),
    ...events.map(e => [`job event: ${e.type}${e.type === 'log' ? ` ${e.stream}` : ''}`, e, encodeJobEvent, decodeJobEvent] as const),
    ['job response: event', { kind: 'event', event: events[2] }, encodeJobResponse, decodeJobResponse],
    ['job response: refusal', { kind: 'refusal', refusal: { code: JobRefusalCode.JOB_REFUSAL_CODE_LEASE_EXPIRED, detail: 'too late' } }, encodeJobResponse, decodeJobResponse],
    ['job response: lease', { kind: 'lease', lease: f.envelope({ payloadType: 'gpumesh/lease/1' }) }, encodeJobResponse, decodeJobResponse],
    ['receipt', f.receipt(), encodeReceipt, decodeReceipt],
    ['receipt of a cancelled job without results', f.receipt({ finalState: 'cancelled', results: [], cost: 0n }), encodeReceipt, decodeReceipt],
    ['receipt of a service with sessions', f.receipt({ finalState: 'cancelled', sessions: { execSessions: 2, execMs: 1500, forwardedConnections: 40, forwardedBytes: 25_000_000 } }), encodeReceipt, decodeReceipt],
    ['receipt acceptance', { jobId: 'job-1', receiptDigest: f.digest(5) }, encodeReceiptAcceptance, decodeReceiptAcceptance],
    ['lease renewal', { jobId: 'job-1', leaseId: 'lease-1', maxDurationS: 7200 }, encodeLeaseRenewal, decodeLeaseRenewal],
    ['offer listing docker images', f.offer({ images: ['busybox:latest', 'nvidia/cuda:*'] }), encodeCapacityOffer, decodeCapacityOffer],
    ['order naming a docker image', f.order({ runtime: 'docker', image: 'pytorch/pytorch:2.3' }), encodeJobOrder, decodeJobOrder],
    ['envelope', f.envelope(), encodeEnvelope, decodeEnvelope],
    ['envelope without expiry', f.envelope({ expiresAtMs: 0 }), encodeEnvelope, decodeEnvelope]
  ] as Array<readonly [string, unknown, (v: never) => Uint8Array, (b: Uint8Array) => unknown]>)('%s', (_name, value, encode, decode) => {
    const bytes = encode(value as never)
    expect(decode(bytes)).toEqual(value)
  })

  it('keeps amounts up to 2^64-1 exact', () => {
    const o = f.offer({ pricePerGpuHour: MAX_UINT64 })
    expect(decodeCapacityOffer(encodeCapacityOffer(o)).pricePerGpuHour).toBe(MAX_UINT64)
    const r = f.receipt({ cost: MAX_UINT64 - 1n, pricePerGpuHour: 1n << 63n })
    const back = decodeReceipt(encodeReceipt(r))
    expect(back.cost).toBe(MAX_UINT64 - 1n)
    expect(back.pricePerGpuHour).toBe(1n << 63n)
  })

  it('returns plain Uint8Arrays that do not pin the decoded frame', () => {
    const back = decodeBid(encodeBid(f.bid()))
    expect(back.orderDigest.constructor).toBe(Uint8Array)
  })
})

describe('amounts', () => {
  it.each([-1n, MAX_UINT64 + 1n, -(1n << 70n), 1n << 80n])('fromBigInt refuses %s with a typed error', (v) => {
    expect(() => fromBigInt(v, 'price')).toThrow(InvalidMessageError)
  })

  it.each([
    ['offer', () => encodeCapacityOffer(f.offer({ pricePerGpuHour: -1n }))],
    ['order', () => encodeJobOrder(f.order({ maxPricePerGpuHour: MAX_UINT64 + 1n }))],
    ['bid', () => encodeBid(f.bid({ pricePerGpuHour: -5n }))],
    ['lease', () => encodeLease(f.lease({ pricePerGpuHour: 1n << 65n }))],
    ['receipt cost', () => encodeReceipt(f.receipt({ cost: -1n }))]
  ])('encoding a %s with an amount outside uint64 throws InvalidMessageError', (_name, encode) => {
    expect(encode).toThrow(InvalidMessageError)
  })

  it('the encoders refuse map keys that would not survive the trip', () => {
    const proto = JSON.parse('{"__proto__": "x"}') as Record<string, string>
    expect(() => encodeCapacityOffer(f.offer({ attributes: proto }))).toThrow(InvalidMessageError)
    expect(() => encodeJobOrder(f.order({ attributes: { '': 'x' } }))).toThrow(InvalidMessageError)
    expect(() => encodeWorkloadSpec(f.spec({ env: proto }))).toThrow(InvalidMessageError)
  })

  it('toBigInt refuses negative and fractional numbers', () => {
    expect(() => toBigInt(-1)).toThrow(InvalidMessageError)
    expect(() => toBigInt(1.5)).toThrow(InvalidMessageError)
    expect(toBigInt(null)).toBe(0n)
  })
})

/** Encode a raw protobufjs message of `type`, bypassing the domain encoders' checks. */
function raw<T> (type: { create: (p: T) => unknown, encode: (m: never) => { finish: () => Uint8Array } }, props: T): Uint8Array {
  return type.encode(type.create(props) as never).finish()
}

function expectRejected (fn: () => unknown, error: typeof GpumeshError = InvalidMessageError): void {
  expect(fn).toThrow(error)
}

describe('decoders enforce the schema rules protobufjs does not', () => {
  it('rejects unknown and unspecified enum values', () => {
    expectRejected(() => decodeBidResponse(raw(pb.BidResponse, { decline: { orderId: 'o', reasons: [99] } })))
    expectRejected(() => decodeBidResponse(raw(pb.BidResponse, { decline: { orderId: 'o', reasons: [0] } })))
    expectRejected(() => decodeBidResponse(raw(pb.BidResponse, { decline: { orderId: 'o', reasons: [-3] } })))
    expectRejected(() => decodeLeaseResponse(raw(pb.LeaseResponse, { reject: { bidId: 'b', reason: 42 } })))
    expectRejected(() => decodeJobResponse(raw(pb.JobResponse, { refusal: { code: 1000 } })))
    expectRejected(() => decodeJobEvent(raw(pb.JobEvent, { jobId: 'j', seq: 1, state: { state: 77 } })))
    expectRejected(() => decodeJobEvent(raw(pb.JobEvent, { jobId: 'j', seq: 1, log: { stream: 9, line: 'x' } })))
    expectRejected(() => decodeReceipt(raw(pb.Receipt, { ...wireReceipt(), finalState: 0 })))
  })

  it('rejects an unknown GPU vendor', () => {
    const bytes = encodeCapacityOffer(f.offer({ gpus: [f.gpu({ vendor: 'intel' as never })] }))
    expectRejected(() => decodeCapacityOffer(bytes))
  })

  it.each([
    ['offer without provider', () => decodeCapacityOffer(encodeCapacityOffer(f.offer({ provider: '' })))],
    ['offer GPU without model', () => decodeCapacityOffer(encodeCapacityOffer(f.offer({ gpus: [f.gpu({ model: '' })] })))],
    ['offer GPU with more free than total', () => decodeCapacityOffer(encodeCapacityOffer(f.offer({ gpus: [f.gpu({ countTotal: 2, countFree: 3 })] })))],
    ['order without id', () => decodeJobOrder(encodeJobOrder(f.order({ orderId: '' })))],
    ['order without runtime', () => decodeJobOrder(encodeJobOrder(f.order({ runtime: '' })))],
    ['order for zero GPUs', () => decodeJobOrder(encodeJobOrder(f.order({ gpu: { count: 0, minVramMiB: 0, model: '', vendor: '' } })))],
    ['order without duration', () => decodeJobOrder(encodeJobOrder(f.order({ maxDurationS: 0 })))],
    ['bid without id', () => decodeBid(encodeBid(f.bid({ bidId: '' })))],
    ['bid with a short order digest', () => decodeBid(encodeBid(f.bid({ orderDigest: new Uint8Array(31) })))],
    ['lease without provider', () => decodeLease(encodeLease(f.lease({ provider: '' })))],
    ['lease request without bid', () => decodeLeaseRequest(raw(pb.LeaseRequest, { client: f.CLIENT }))],
    ['lease request without client', () => decodeLeaseRequest(encodeLeaseRequest({ bid: f.envelope(), client: '' }))],
    ['bid response with neither', () => decodeBidResponse(new Uint8Array(0))],
    ['decline without reasons', () => decodeBidResponse(raw(pb.BidResponse, { decline: { orderId: 'o', reasons: [] } }))],
    ['lease response with neither', () => decodeLeaseResponse(new Uint8Array(0))],
    ['empty job request', () => decodeJobRequest(new Uint8Array(0))],
    ['submit without lease id or lease request', () => decodeJobRequest(encodeJobRequest({ kind: 'submit', leaseId: '', spec: f.spec() }))],
    ['submit with both a lease id and a lease request', () => decodeJobRequest(encodeJobRequest({ kind: 'submit', leaseId: 'lease-1', spec: f.spec(), leaseRequest: f.envelope() }))],
    ['submit with a lease request without payload type', () => decodeJobRequest(raw(pb.JobRequest, { submit: { spec: { runtime: 'process', command: ['true'], timeoutS: 1 }, leaseRequest: { payload: new Uint8Array([1]) } } }))],
    ['attach without job id', () => decodeJobRequest(encodeJobRequest({ kind: 'attach', jobId: '', fromSeq: 0 }))],
    ['countersign without acceptance', () => decodeJobRequest(raw(pb.JobRequest, { countersign: { jobId: 'j' } }))],
    ['renew without a renewal', () => decodeJobRequest(raw(pb.JobRequest, { renew: { jobId: 'j' } }))],
    ['lease renewal of 0 s', () => decodeLeaseRenewal(raw(pb.LeaseRenewal, { jobId: 'j', leaseId: 'l', maxDurationS: 0 }))],
    ['lease renewal past 30 days', () => decodeLeaseRenewal(raw(pb.LeaseRenewal, { jobId: 'j', leaseId: 'l', maxDurationS: 30 * 24 * 3600 + 1 }))],
    ['renewed event of 0 s', () => decodeJobEvent(raw(pb.JobEvent, { jobId: 'j', seq: 1, atMs: 1, renewed: { maxDurationS: 0, endsAtMs: 1 } }))],
    ['job event with seq 0', () => decodeJobEvent(raw(pb.JobEvent, { jobId: 'j', seq: 0, heartbeat: {} }))],
    ['job event without kind', () => decodeJobEvent(raw(pb.JobEvent, { jobId: 'j', seq: 1 }))],
    ['job event without job id', () => decodeJobEvent(raw(pb.JobEvent, { seq: 1, heartbeat: {} }))],
    ['job response with neither', () => decodeJobResponse(new Uint8Array(0))],
    ['receipt without id', () => decodeReceipt(encodeReceipt(f.receipt({ receiptId: '' })))],
    ['receipt acceptance without digest', () => decodeReceiptAcceptance(raw(pb.ReceiptAcceptance, { jobId: 'j' }))],
    ['envelope without payload type', () => decodeEnvelope(encodeEnvelope(f.envelope({ payloadType: '' })))],
    ['input file without a name', () => decodeWorkloadSpec(encodeWorkloadSpec(f.spec({ inputs: [{ name: '', content: new Uint8Array(1) }] })))],
    ['map entry with an empty key', () => decodeJobOrder(encodeJobOrder(f.order({ attributes: { '': 'x' } })))]
  ])('rejects %s', (_name, decode) => {
    expectRejected(decode)
  })

  it.each([
    ['offer id', () => decodeCapacityOffer(encodeCapacityOffer(f.offer({ provider: 'p'.repeat(Limits.peerIdChars + 1) })))],
    ['offer GPU list', () => decodeCapacityOffer(encodeCapacityOffer(f.offer({ gpus: Array.from({ length: Limits.gpusPerOffer + 1 }, () => f.gpu()) })))],
    ['offer attributes', () => decodeCapacityOffer(encodeCapacityOffer(f.offer({ attributes: Object.fromEntries(Array.from({ length: Limits.attributes + 1 }, (_, i) => [`k${i}`, 'v'])) })))],
    ['attribute value', () => decodeJobOrder(encodeJobOrder(f.order({ attributes: { k: 'v'.repeat(Limits.attributeChars + 1) } })))],
    ['runtimes', () => decodeCapacityOffer(encodeCapacityOffer(f.offer({ runtimes: Array.from({ length: Limits.runtimes + 1 }, (_, i) => `r${i}`) })))],
    ['bid GPU indices', () => decodeBid(encodeBid(f.bid({ gpuIndices: Array.from({ length: Limits.gpuIndicesPerBid + 1 }, (_, i) => i) })))],
    ['decline detail', () => decodeBidResponse(encodeBidResponse({ kind: 'decline', decline: { orderId: 'o', reasons: [DeclineReason.DECLINE_REASON_CPU], detail: 'x'.repeat(Limits.detailChars + 1) } }))],
    ['log line', () => decodeJobEvent(encodeJobEvent({ jobId: 'j', seq: 1, atMs: 0, type: 'log', stream: 'stdout', line: 'x'.repeat(Limits.logLineChars + 1) }))],
    ['envelope signature', () => decodeEnvelope(encodeEnvelope(f.envelope({ signature: new Uint8Array(129) })))],
    ['command', () => decodeWorkloadSpec(encodeWorkloadSpec(f.spec({ command: Array.from({ length: Limits.commandArgs + 1 }, () => 'x') })))]
  ])('rejects an oversize %s with MessageTooLargeError', (_name, decode) => {
    expectRejected(decode, MessageTooLargeError)
  })

  it('rejects a GPU index out of range and a uint64 beyond a safe integer', () => {
    expectRejected(() => decodeBid(encodeBid(f.bid({ gpuIndices: [1024] }))))
    expectRejected(() => decodeCapacityOffer(raw(pb.CapacityOffer, { ...wireOffer(), seq: fromBigInt(1n << 60n, 'seq') })))
  })
})

function wireOffer (): pb.ICapacityOffer {
  const o = f.offer()
  return { ...o, gpus: o.gpus.map(g => ({ ...g, vramMib: g.vramMiB })), memoryMib: o.memoryMiB, diskMib: o.diskMiB, pricePerGpuHour: fromBigInt(o.pricePerGpuHour, 'p') }
}

function wireReceipt (): pb.IReceipt {
  return pb.Receipt.decode(encodeReceipt(f.receipt()))
}
