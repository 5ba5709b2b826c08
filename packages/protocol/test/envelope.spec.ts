import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { beforeAll, describe, expect, it } from 'vitest'
import { PayloadType } from '../src/constants.js'
import { decodeEnvelope, encodeEnvelope, openEnvelope, signEnvelope, verifyEnvelope, type SignedEnvelope } from '../src/envelope.js'
import { ExpiredMessageError, InvalidMessageError, InvalidSignatureError } from '../src/errors.js'
import { decodeCapacityOffer, encodeCapacityOffer } from '../src/offer.js'
import * as f from './fixtures.js'

let alice: Awaited<ReturnType<typeof f.identity>>
let mallory: Awaited<ReturnType<typeof f.identity>>
let signed: SignedEnvelope

beforeAll(async () => {
  alice = await f.identity()
  mallory = await f.identity()
  signed = await signEnvelope(alice.key, PayloadType.offer, encodeCapacityOffer(f.offer({ provider: alice.peerId })), { now: f.NOW, expiresAtMs: f.NOW + 60_000 })
})

async function rejection (envelope: SignedEnvelope, options: Parameters<typeof verifyEnvelope>[2] = {}, type: string = PayloadType.offer): Promise<{ name: string, code: string }> {
  try {
    await verifyEnvelope(envelope, type, { now: f.NOW, ...options })
  } catch (err) {
    const e = err as { name: string, code: string }
    return { name: e.name, code: e.code }
  }
  throw new Error('envelope was accepted')
}

describe('signed envelopes', () => {
  it('verify, name their signer and open to the signed message', async () => {
    expect(await verifyEnvelope(signed, PayloadType.offer, { now: f.NOW, expectedSigner: alice.peerId })).toBe(alice.peerId)
    const opened = await openEnvelope(signed, PayloadType.offer, decodeCapacityOffer, { now: f.NOW + 1000 })
    expect(opened.signer).toBe(alice.peerId)
    expect(opened.message.provider).toBe(alice.peerId)
  })

  it('still verify after a trip over the wire', async () => {
    const back = decodeEnvelope(encodeEnvelope(signed))
    expect(await verifyEnvelope(back, PayloadType.offer, { now: f.NOW })).toBe(alice.peerId)
  })

  it('reject a tampered payload', async () => {
    const payload = new Uint8Array(signed.payload)
    payload[payload.length - 1] = (payload[payload.length - 1] ?? 0) ^ 1
    expect(await rejection({ ...signed, payload })).toEqual({ name: 'InvalidSignatureError', code: 'ERR_INVALID_SIGNATURE' })
  })

  it('reject a tampered payload type, whichever type the receiver expects', async () => {
    const relabelled = { ...signed, payloadType: PayloadType.bid }
    // Verified as what it claims to be: the signature covers the type, so it fails.
    expect(await rejection(relabelled, {}, PayloadType.bid)).toEqual({ name: 'InvalidSignatureError', code: 'ERR_INVALID_SIGNATURE' })
    // Verified as what the receiver wanted: the type does not match before any crypto.
    expect(await rejection(relabelled, {}, PayloadType.offer)).toEqual({ name: 'InvalidMessageError', code: 'ERR_INVALID_MESSAGE' })
  })

  it('reject tampered dates (the signature covers them)', async () => {
    expect(await rejection({ ...signed, expiresAtMs: signed.expiresAtMs + 3_600_000 })).toMatchObject({ code: 'ERR_INVALID_SIGNATURE' })
    expect(await rejection({ ...signed, signedAtMs: signed.signedAtMs + 1 })).toMatchObject({ code: 'ERR_INVALID_SIGNATURE' })
  })

  it('reject a signature made by another key', async () => {
    const forged = await signEnvelope(mallory.key, PayloadType.offer, signed.payload, { now: f.NOW, expiresAtMs: signed.expiresAtMs })
    expect(await rejection({ ...signed, signature: forged.signature })).toEqual({ name: 'InvalidSignatureError', code: 'ERR_INVALID_SIGNATURE' })
  })

  it('reject a valid envelope from a peer other than the expected one', async () => {
    const byMallory = await signEnvelope(mallory.key, PayloadType.offer, signed.payload, { now: f.NOW })
    expect(await verifyEnvelope(byMallory, PayloadType.offer, { now: f.NOW })).toBe(mallory.peerId)
    expect(await rejection(byMallory, { expectedSigner: alice.peerId })).toEqual({ name: 'InvalidSignatureError', code: 'ERR_INVALID_SIGNATURE' })
  })

  it('reject an expired envelope once the clock skew is used up', async () => {
    const skew = 30_000
    await expect(verifyEnvelope(signed, PayloadType.offer, { now: signed.expiresAtMs + skew, clockSkewMs: skew })).resolves.toBe(alice.peerId)
    expect(await rejection(signed, { now: signed.expiresAtMs + skew + 1, clockSkewMs: skew })).toEqual({ name: 'ExpiredMessageError', code: 'ERR_EXPIRED_MESSAGE' })
  })

  it('reject an envelope dated in the future beyond the skew', async () => {
    const future = await signEnvelope(alice.key, PayloadType.offer, signed.payload, { now: f.NOW + 31_000 })
    expect(await rejection(future, { clockSkewMs: 30_000 })).toEqual({ name: 'ExpiredMessageError', code: 'ERR_EXPIRED_MESSAGE' })
    const nearFuture = await signEnvelope(alice.key, PayloadType.offer, signed.payload, { now: f.NOW + 29_000 })
    await expect(verifyEnvelope(nearFuture, PayloadType.offer, { now: f.NOW, clockSkewMs: 30_000 })).resolves.toBe(alice.peerId)
  })

  it('reject an envelope without expiry once it is older than the max age', async () => {
    const noExpiry = await signEnvelope(alice.key, PayloadType.offer, signed.payload, { now: f.NOW })
    await expect(verifyEnvelope(noExpiry, PayloadType.offer, { now: f.NOW + 60_000, maxAgeMs: 60_000, clockSkewMs: 0 })).resolves.toBe(alice.peerId)
    expect(await rejection(noExpiry, { now: f.NOW + 60_001, maxAgeMs: 60_000, clockSkewMs: 0 })).toEqual({ name: 'ExpiredMessageError', code: 'ERR_EXPIRED_MESSAGE' })
  })

  it('keep receipts and countersignatures verifiable for good, and only them', async () => {
    // A receipt is a record: whoever checks a stored one a year later must not refuse it.
    const yearLater = f.NOW + 365 * 24 * 3600_000
    for (const type of [PayloadType.receipt, PayloadType.receiptAcceptance]) {
      const record = await signEnvelope(alice.key, type, new Uint8Array([1, 2, 3]), { now: f.NOW })
      await expect(verifyEnvelope(record, type, { now: yearLater }), type).resolves.toBe(alice.peerId)
      // An explicit bound still applies.
      expect(await rejection(record, { now: f.NOW + 61_000, maxAgeMs: 30_000 }, type), type).toEqual({ name: 'ExpiredMessageError', code: 'ERR_EXPIRED_MESSAGE' })
    }
    // A lease request (a request, also without expiry) still ages out by default.
    const request = await signEnvelope(alice.key, PayloadType.leaseRequest, new Uint8Array([1]), { now: f.NOW })
    expect(await rejection(request, { now: f.NOW + 11 * 60_000 }, PayloadType.leaseRequest)).toEqual({ name: 'ExpiredMessageError', code: 'ERR_EXPIRED_MESSAGE' })
  })

  it('reject an envelope that expires before it was signed', async () => {
    const backwards = await signEnvelope(alice.key, PayloadType.offer, signed.payload, { now: f.NOW, expiresAtMs: f.NOW - 1 })
    expect(await rejection(backwards)).toMatchObject({ name: 'ExpiredMessageError' })
  })

  it('reject keys that are not Ed25519', async () => {
    const secp = await generateKeyPair('secp256k1')
    const bySecp = await signEnvelope(secp, PayloadType.offer, signed.payload, { now: f.NOW })
    expect(await rejection(bySecp)).toEqual({ name: 'InvalidSignatureError', code: 'ERR_INVALID_SIGNATURE' })
  })

  it('reject a public key that does not decode, or a signature of the wrong size', async () => {
    expect(await rejection({ ...signed, publicKey: new Uint8Array([1, 2, 3]) })).toMatchObject({ code: 'ERR_INVALID_SIGNATURE' })
    expect(await rejection({ ...signed, signature: signed.signature.subarray(0, 10) })).toMatchObject({ code: 'ERR_INVALID_SIGNATURE' })
    expect(await rejection({ ...signed, signature: new Uint8Array(0) })).toMatchObject({ code: 'ERR_INVALID_SIGNATURE' })
  })

  it('reject a key swapped for the expected signer\'s own key', async () => {
    // Mallory signs, then puts Alice's key in the envelope to pass an expectedSigner check.
    const byMallory = await signEnvelope(mallory.key, PayloadType.offer, signed.payload, { now: f.NOW })
    const swapped = { ...byMallory, publicKey: publicKeyToProtobuf(alice.key.publicKey) }
    expect(await rejection(swapped, { expectedSigner: alice.peerId })).toMatchObject({ code: 'ERR_INVALID_SIGNATURE' })
  })

  it('throws typed errors, never plain ones', async () => {
    await expect(verifyEnvelope({ ...signed, payloadType: 'x' }, PayloadType.offer)).rejects.toBeInstanceOf(InvalidMessageError)
    await expect(verifyEnvelope({ ...signed, signature: new Uint8Array(64) }, PayloadType.offer, { now: f.NOW })).rejects.toBeInstanceOf(InvalidSignatureError)
    await expect(verifyEnvelope(signed, PayloadType.offer, { now: f.NOW + 10 * 3_600_000 })).rejects.toBeInstanceOf(ExpiredMessageError)
  })
})

describe('signing', () => {
  it('refuses times that cannot be signed as uint64 with a typed error', async () => {
    await expect(signEnvelope(alice.key, PayloadType.offer, signed.payload, { now: -1 })).rejects.toMatchObject({ code: 'ERR_INVALID_PARAMETERS' })
    await expect(signEnvelope(alice.key, PayloadType.offer, signed.payload, { now: f.NOW, expiresAtMs: 1.5 })).rejects.toMatchObject({ code: 'ERR_INVALID_PARAMETERS' })
  })
})
