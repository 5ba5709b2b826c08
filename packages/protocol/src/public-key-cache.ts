/**
 * Decoded signer keys, kept for reuse. A provider verifies the same few clients' keys
 * over and over (orders, lease requests) and a client its providers' (bids, leases,
 * receipts); decoding a key, importing it into node:crypto and deriving its peer id
 * cost more than the Ed25519 check itself. Bounded, least recently used out first.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto'
import { publicKeyFromProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPublicKey } from '@libp2p/peer-id'
import { InvalidSignatureError } from './errors.js'

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

export interface SignerKey {
  /** Peer id (string) of the key's owner. */
  signer: string
  /** True when `signature` is this key's signature over `data`. */
  verify: (data: Uint8Array, signature: Uint8Array) => boolean
}

export class PublicKeyCache {
  private readonly entries = new Map<string, SignerKey>()
  private readonly maxEntries: number

  constructor (maxEntries = 4_096) {
    this.maxEntries = maxEntries
  }

  get size (): number {
    return this.entries.size
  }

  /** The key encoded as libp2p protobuf; throws InvalidSignatureError for anything but a valid Ed25519 key. */
  get (protobufKey: Uint8Array): SignerKey {
    const id = Buffer.from(protobufKey).toString('base64')
    const hit = this.entries.get(id)
    if (hit !== undefined) {
      // Refresh its place: the least recently used entry is the first in the map.
      this.entries.delete(id)
      this.entries.set(id, hit)
      return hit
    }
    const key = decodeSignerKey(protobufKey)
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(id, key)
    return key
  }
}

function decodeSignerKey (protobufKey: Uint8Array): SignerKey {
  let decoded: ReturnType<typeof publicKeyFromProtobuf>
  try {
    decoded = publicKeyFromProtobuf(protobufKey)
  } catch (err) {
    throw new InvalidSignatureError('envelope: public key does not decode', { cause: err })
  }
  if (decoded.type !== 'Ed25519') throw new InvalidSignatureError(`envelope: ${decoded.type} keys are not accepted, only Ed25519`)
  let keyObject: KeyObject
  try {
    keyObject = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, decoded.raw]), format: 'der', type: 'spki' })
  } catch (err) {
    throw new InvalidSignatureError('envelope: public key is not a valid Ed25519 key', { cause: err })
  }
  return {
    signer: peerIdFromPublicKey(decoded).toString(),
    verify: (data, signature) => verify(null, data, keyObject, signature)
  }
}
