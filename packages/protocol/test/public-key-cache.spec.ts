import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { describe, expect, it } from 'vitest'
import { PayloadType } from '../src/constants.js'
import { signEnvelope, signingInput, verifyEnvelope } from '../src/envelope.js'
import { PublicKeyCache } from '../src/public-key-cache.js'
import { SigningKeyCache } from '../src/signing-key-cache.js'

describe('PublicKeyCache', () => {
  it('names the signer and checks signatures the same on a hit as on a miss', async () => {
    const key = await generateKeyPair('Ed25519')
    const cache = new PublicKeyCache()
    const data = new Uint8Array([1, 2, 3])
    const signature = await key.sign(data)
    for (let i = 0; i < 2; i++) {
      const entry = cache.get(publicKeyToProtobuf(key.publicKey))
      expect(entry.signer).toBe(peerIdFromPrivateKey(key).toString())
      expect(entry.verify(data, signature)).toBe(true)
      expect(entry.verify(new Uint8Array([1, 2, 4]), signature)).toBe(false)
      expect(entry.verify(data, signature.subarray(1))).toBe(false)
    }
    expect(cache.size).toBe(1)
  })

  it('refuses keys that are not Ed25519 or do not decode, and keeps none of them', async () => {
    const cache = new PublicKeyCache()
    const secp = await generateKeyPair('secp256k1')
    expect(() => cache.get(publicKeyToProtobuf(secp.publicKey))).toThrow(expect.objectContaining({ code: 'ERR_INVALID_SIGNATURE' }))
    expect(() => cache.get(new Uint8Array([8, 1, 18, 3, 1, 2, 3]))).toThrow(expect.objectContaining({ code: 'ERR_INVALID_SIGNATURE' }))
    expect(() => cache.get(new Uint8Array([0xff, 0xff]))).toThrow(expect.objectContaining({ code: 'ERR_INVALID_SIGNATURE' }))
    expect(cache.size).toBe(0)
  })

  it('holds at most its bound, dropping the least recently used', async () => {
    const cache = new PublicKeyCache(2)
    const keys = await Promise.all([0, 1, 2].map(async () => publicKeyToProtobuf((await generateKeyPair('Ed25519')).publicKey)))
    const a = cache.get(keys[0]!)
    cache.get(keys[1]!)
    expect(cache.get(keys[0]!)).toBe(a) // a is now the most recent
    cache.get(keys[2]!) // evicts keys[1]
    expect(cache.size).toBe(2)
    expect(cache.get(keys[0]!)).toBe(a)
  })

  it('a forged envelope is refused with a warm cache for the key it claims', async () => {
    const alice = await generateKeyPair('Ed25519')
    const mallory = await generateKeyPair('Ed25519')
    const keys = new PublicKeyCache()
    const real = await signEnvelope(alice, PayloadType.offer, new Uint8Array([1]))
    await verifyEnvelope(real, PayloadType.offer, { keys })
    // Mallory's signature over other bytes, under Alice's key.
    const forged = { ...real, payload: new Uint8Array([2]), signature: await mallory.sign(signingInput(PayloadType.offer, new Uint8Array([2]), real.signedAtMs, real.expiresAtMs)) }
    await expect(verifyEnvelope(forged, PayloadType.offer, { keys })).rejects.toMatchObject({ code: 'ERR_INVALID_SIGNATURE' })
  })
})

describe('SigningKeyCache', () => {
  it('signs exactly as libp2p does, and the signature verifies', async () => {
    const key = await generateKeyPair('Ed25519')
    const signing = new SigningKeyCache()
    const data = new Uint8Array([9, 8, 7])
    const ours = await signing.sign(key, data)
    expect(Buffer.from(ours).equals(Buffer.from(await key.sign(data)))).toBe(true) // Ed25519 is deterministic
    expect(Buffer.from(await signing.sign(key, data)).equals(Buffer.from(ours))).toBe(true)
    expect(await key.publicKey.verify(data, ours)).toBe(true)
  })
})
