/**
 * Properties of every codec, with seeded fast-check so a failure replays: valid
 * values survive the wire, and hostile bytes only ever produce our typed errors.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeBid, decodeBidResponse, DeclineReason, encodeBid, encodeBidResponse, type Bid } from '../src/bid.js'
import { decodeEnvelope, encodeEnvelope, type SignedEnvelope } from '../src/envelope.js'
import { GpumeshError } from '../src/errors.js'
import { JOB_STATES } from '../src/job-state.js'
import { decodeJobEvent, decodeJobRequest, decodeJobResponse, encodeJobEvent, encodeJobRequest, encodeJobResponse, type JobEvent } from '../src/job-messages.js'
import { decodeLease, decodeLeaseRequest, decodeLeaseResponse, encodeLease, encodeLeaseRequest, encodeLeaseResponse, RejectReason } from '../src/lease.js'
import { decodeCapacityOffer, encodeCapacityOffer, type CapacityOffer, type GpuOffer } from '../src/offer.js'
import { decodeJobOrder, encodeJobOrder, type JobOrder } from '../src/order.js'
import { decodeReceipt, decodeReceiptAcceptance, encodeReceipt, encodeReceiptAcceptance } from '../src/receipt.js'
import { decodeWorkloadSpec, encodeWorkloadSpec } from '../src/workload-spec.js'
import { MAX_UINT64 } from '../src/fields.js'
import * as f from './fixtures.js'

const SEED = 20_240_601

// Any valid Unicode, so UTF-8 on the wire is exercised; bounded well under the limits.
const text = (minLength = 1, maxLength = 12): fc.Arbitrary<string> => fc.string({ unit: 'grapheme', minLength, maxLength })
const id = text()
const optionalText = text(0)
// fast-check likes to try "__proto__" as a key: the encoders refuse it on purpose
// (protobufjs drops it on decode), and codecs.spec.ts covers that refusal.
const key = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz._-0123456789'), minLength: 1, maxLength: 12 })
  .filter(k => k !== '__proto__')
const stringMap = fc.uniqueArray(fc.tuple(key, optionalText), { selector: ([k]) => k, maxLength: 6 })
  .map(entries => Object.fromEntries(entries) as Record<string, string>)
const amount = fc.bigInt({ min: 0n, max: MAX_UINT64 })
const safeUint = fc.nat({ max: Number.MAX_SAFE_INTEGER })
const u32 = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max })
const bytes = (min: number, max: number): fc.Arbitrary<Uint8Array> => fc.uint8Array({ minLength: min, maxLength: max })

const gpuOffer: fc.Arbitrary<GpuOffer> = u32(1, 1024).chain(countTotal => fc.record({
  vendor: fc.constantFrom('nvidia' as const, 'amd' as const, 'other' as const),
  model: id,
  vramMiB: u32(1, 16 * 1024 * 1024),
  computeCapability: optionalText,
  countTotal: fc.constant(countTotal),
  countFree: u32(0, countTotal),
  declared: fc.boolean()
}))

const offerArb: fc.Arbitrary<CapacityOffer> = fc.record({
  provider: id,
  seq: safeUint,
  gpus: fc.array(gpuOffer, { maxLength: 4 }),
  cpuCores: u32(0, 1 << 20),
  memoryMiB: safeUint,
  diskMiB: safeUint,
  runtimes: fc.array(id, { maxLength: 3 }),
  pricePerGpuHour: amount,
  region: optionalText,
  attributes: stringMap,
  expiresAtMs: safeUint,
  addrs: fc.array(id, { maxLength: 3 })
})

const orderArb: fc.Arbitrary<JobOrder> = fc.record({
  orderId: id,
  client: id,
  gpu: fc.record({ count: u32(1, 1024), minVramMiB: u32(0, 16 * 1024 * 1024), model: optionalText, vendor: optionalText }),
  cpuCores: u32(0, 1 << 20),
  memoryMiB: safeUint,
  diskMiB: safeUint,
  runtime: id,
  region: optionalText,
  attributes: stringMap,
  maxPricePerGpuHour: amount,
  maxDurationS: u32(1, 30 * 24 * 3600),
  bidDeadlineMs: safeUint,
  dryRun: fc.boolean()
})

const bidArb: fc.Arbitrary<Bid> = fc.record({
  bidId: id,
  orderId: id,
  provider: id,
  client: id,
  pricePerGpuHour: amount,
  gpuIndices: fc.array(u32(0, 1023), { maxLength: 8 }),
  gpuModels: fc.array(id, { maxLength: 8 }),
  maxDurationS: u32(1, 30 * 24 * 3600),
  expiresAtMs: safeUint,
  orderDigest: bytes(32, 32)
})

const envelopeArb: fc.Arbitrary<SignedEnvelope> = fc.record({
  payloadType: text(1, 20),
  payload: bytes(0, 64),
  publicKey: bytes(0, 40),
  signature: bytes(0, 64),
  signedAtMs: safeUint,
  expiresAtMs: safeUint
})

const eventBody = fc.oneof(
  fc.record({ type: fc.constant('state' as const), state: fc.constantFrom(...JOB_STATES), reason: optionalText, exitCode: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) }),
  fc.record({ type: fc.constant('log' as const), stream: fc.constantFrom('stdout' as const, 'stderr' as const, 'system' as const), line: text(0, 40) }),
  fc.record({ type: fc.constant('usage' as const), wallMs: safeUint, gpuMs: safeUint }),
  fc.record({ type: fc.constant('result' as const), name: id, size: safeUint, sha256: bytes(32, 32) }),
  fc.record({ type: fc.constant('chunk' as const), name: id, offset: safeUint, data: bytes(0, 64) }),
  fc.record({ type: fc.constant('heartbeat' as const) }),
  fc.record({ type: fc.constant('receipt' as const), receipt: envelopeArb })
)

const eventArb: fc.Arbitrary<JobEvent> = fc.tuple(fc.record({ jobId: id, seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), atMs: safeUint }), eventBody)
  .map(([base, body]) => ({ ...base, ...body }) as JobEvent)

describe('encode then decode is the identity', () => {
  it.each([
    ['offers', offerArb, encodeCapacityOffer, decodeCapacityOffer],
    ['orders', orderArb, encodeJobOrder, decodeJobOrder],
    ['bids', bidArb, encodeBid, decodeBid],
    ['job events', eventArb, encodeJobEvent, decodeJobEvent],
    ['envelopes', envelopeArb, encodeEnvelope, decodeEnvelope]
  ] as Array<[string, fc.Arbitrary<unknown>, (v: never) => Uint8Array, (b: Uint8Array) => unknown]>)('for %s', (_name, arb, encode, decode) => {
    fc.assert(fc.property(arb, value => {
      expect(decode(encode(value as never))).toEqual(value)
    }), { seed: SEED, numRuns: 300 })
  })
})

/** Valid encodings of every message kind, to mutate. */
const samples: Record<string, Uint8Array> = {
  offer: encodeCapacityOffer(f.offer()),
  order: encodeJobOrder(f.order()),
  bid: encodeBid(f.bid()),
  bidResponse: encodeBidResponse({ kind: 'decline', decline: { orderId: 'o', reasons: [DeclineReason.DECLINE_REASON_CPU], detail: 'd' } }),
  bidResponseBid: encodeBidResponse({ kind: 'bid', bid: f.envelope() }),
  leaseRequest: encodeLeaseRequest({ bid: f.envelope(), client: f.CLIENT }),
  lease: encodeLease(f.lease()),
  leaseResponse: encodeLeaseResponse({ kind: 'reject', reject: { bidId: 'b', reason: RejectReason.REJECT_REASON_BID_EXPIRED, detail: '' } }),
  spec: encodeWorkloadSpec(f.spec()),
  submit: encodeJobRequest({ kind: 'submit', leaseId: 'l', spec: f.spec() }),
  event: encodeJobEvent({ jobId: 'j', seq: 3, atMs: 1, type: 'state', state: 'running', reason: 'r', exitCode: 1 }),
  response: encodeJobResponse({ kind: 'event', event: { jobId: 'j', seq: 1, atMs: 1, type: 'receipt', receipt: f.envelope() } }),
  receipt: encodeReceipt(f.receipt()),
  acceptance: encodeReceiptAcceptance({ jobId: 'j', receiptDigest: f.digest() }),
  envelope: encodeEnvelope(f.envelope())
}

const decoders: Array<[string, (b: Uint8Array) => unknown]> = [
  ['decodeCapacityOffer', decodeCapacityOffer],
  ['decodeJobOrder', decodeJobOrder],
  ['decodeBid', decodeBid],
  ['decodeBidResponse', decodeBidResponse],
  ['decodeLeaseRequest', decodeLeaseRequest],
  ['decodeLease', decodeLease],
  ['decodeLeaseResponse', decodeLeaseResponse],
  ['decodeWorkloadSpec', decodeWorkloadSpec],
  ['decodeJobRequest', decodeJobRequest],
  ['decodeJobEvent', decodeJobEvent],
  ['decodeJobResponse', decodeJobResponse],
  ['decodeReceipt', decodeReceipt],
  ['decodeReceiptAcceptance', decodeReceiptAcceptance],
  ['decodeEnvelope', decodeEnvelope]
]

/** Decoding either succeeds or throws one of ours; anything else is a bug. */
function onlyTypedErrors (decode: (b: Uint8Array) => unknown, input: Uint8Array): void {
  try {
    decode(input)
  } catch (err) {
    if (!(err instanceof GpumeshError)) {
      throw new Error(`untyped ${(err as Error)?.name}: ${(err as Error)?.message} for ${Buffer.from(input).toString('hex')}`)
    }
  }
}

/** A valid encoding with a few bytes flipped, cut short, or with bytes spliced in. */
const mutated = fc.tuple(
  fc.constantFrom(...Object.values(samples)),
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
  fc.constantFrom('flip' as const, 'truncate' as const, 'splice' as const)
).map(([sample, edits, how]) => {
  const out = Array.from(sample)
  for (const [at, value] of edits) {
    const i = at % Math.max(1, out.length)
    if (how === 'flip') out[i] = value
    else if (how === 'splice') out.splice(i, 0, value)
  }
  if (how === 'truncate') out.length = edits[0]![0] % Math.max(1, out.length)
  return Uint8Array.from(out)
})

describe('hostile bytes produce only typed errors', () => {
  it.each(decoders)('%s on random bytes', (_name, decode) => {
    fc.assert(fc.property(bytes(0, 200), input => { onlyTypedErrors(decode, input) }), { seed: SEED, numRuns: 200 })
  })

  it.each(decoders)('%s on mutated valid encodings of every kind', (_name, decode) => {
    fc.assert(fc.property(mutated, input => { onlyTypedErrors(decode, input) }), { seed: SEED, numRuns: 200 })
  })

  it.each(decoders)('%s on every valid encoding of another kind', (_name, decode) => {
    for (const sample of Object.values(samples)) onlyTypedErrors(decode, sample)
  })
})
