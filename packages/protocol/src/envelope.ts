/**
 * Signed envelopes: every market message is signed by its author's libp2p Ed25519 key.
 * A receiver learns who wrote it (the peer id derived from the key), and refuses it when
 * the signature fails, the key is not the peer it expected, or the dates are out of bounds.
 */
import { publicKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { DEFAULT_CLOCK_SKEW_MS, DEFAULT_MAX_ENVELOPE_AGE_MS, DURABLE_PAYLOAD_TYPES, MAX_MARKET_MESSAGE_BYTES, SIGNING_DOMAIN } from './constants.js'
import { ExpiredMessageError, InvalidMessageError, InvalidParametersError, InvalidSignatureError } from './errors.js'
import { checkBytes, checkSafeUint, checkString, decodeWire, encodeWire } from './fields.js'
import { pb } from './pb.js'
import { PublicKeyCache } from './public-key-cache.js'
import { SigningKeyCache } from './signing-key-cache.js'

export interface SignedEnvelope {
  payloadType: string
  payload: Uint8Array
  /** libp2p protobuf encoding of the signer's public key. */
  publicKey: Uint8Array
  signature: Uint8Array
  signedAtMs: number
  /** 0: no expiry of its own; bounded by `maxAgeMs` when verified. */
  expiresAtMs: number
}

/** A verified envelope: who signed it, and the decoded payload. */
export interface Opened<T> {
  envelope: SignedEnvelope
  /** Peer id (string) of the signer. */
  signer: string
  message: T
}

export interface SignOptions {
  /** Absolute unix ms after which receivers refuse it; 0 for none. */
  expiresAtMs?: number
  /** Override the clock (tests). */
  now?: number
}

export interface VerifyOptions {
  /** The peer id the envelope must be signed by (e.g. the remote peer of the stream). */
  expectedSigner?: string
  /** Tolerated clock difference, default {@link DEFAULT_CLOCK_SKEW_MS}. */
  clockSkewMs?: number
  /**
   * Oldest acceptable `signedAt` for an envelope without an expiry, default
   * {@link DEFAULT_MAX_ENVELOPE_AGE_MS}; none for {@link DURABLE_PAYLOAD_TYPES}.
   */
  maxAgeMs?: number
  now?: number
  /** Where decoded signer keys are kept; default one shared, bounded cache. */
  keys?: PublicKeyCache
}

/**
 * Decoded keys shared by every verification in this process: a memo only (what it
 * holds never changes an answer), bounded, so sharing it is safe.
 */
const signerKeys = new PublicKeyCache()
/** Our own keys, imported into node:crypto once (a memo, as above). */
const signingKeys = new SigningKeyCache()

const textEncoder = new TextEncoder()

/** The exact bytes signed: domain tag, then each field length-prefixed or fixed-width. */
export function signingInput (payloadType: string, payload: Uint8Array, signedAtMs: number, expiresAtMs: number): Uint8Array {
  const domain = textEncoder.encode(SIGNING_DOMAIN)
  const type = textEncoder.encode(payloadType)
  const out = new Uint8Array(domain.length + 4 + type.length + 4 + payload.length + 16)
  const view = new DataView(out.buffer)
  let o = 0
  out.set(domain, o); o += domain.length
  view.setUint32(o, type.length); o += 4
  out.set(type, o); o += type.length
  view.setUint32(o, payload.length); o += 4
  out.set(payload, o); o += payload.length
  view.setBigUint64(o, BigInt(signedAtMs)); o += 8
  view.setBigUint64(o, BigInt(expiresAtMs))
  return out
}

export async function signEnvelope (key: PrivateKey, payloadType: string, payload: Uint8Array, options: SignOptions = {}): Promise<SignedEnvelope> {
  const signedAtMs = options.now ?? Date.now()
  const expiresAtMs = options.expiresAtMs ?? 0
  // Both are signed as uint64: a negative or fractional time would throw a bare RangeError.
  for (const [field, value] of [['now', signedAtMs], ['expiresAtMs', expiresAtMs]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new InvalidParametersError(`${field}: ${value} is not a non-negative integer of ms`)
  }
  const signature = await signingKeys.sign(key, signingInput(payloadType, payload, signedAtMs, expiresAtMs))
  return {
    payloadType,
    payload,
    publicKey: publicKeyToProtobuf(key.publicKey),
    signature,
    signedAtMs,
    expiresAtMs
  }
}

/**
 * Check signature, signer and dates; returns the signer's peer id. Throws
 * InvalidSignatureError or ExpiredMessageError; never returns on a bad envelope.
 */
export async function verifyEnvelope (envelope: SignedEnvelope, payloadType: string, options: VerifyOptions = {}): Promise<string> {
  if (envelope.payloadType !== payloadType) {
    throw new InvalidMessageError(`envelope: expected payload type ${payloadType}, got ${envelope.payloadType.slice(0, 64)}`)
  }
  const key = (options.keys ?? signerKeys).get(envelope.publicKey)
  const signer = key.signer
  if (options.expectedSigner !== undefined && options.expectedSigner !== signer) {
    throw new InvalidSignatureError(`envelope: signed by ${signer}, expected ${options.expectedSigner}`)
  }
  let ok = false
  try {
    ok = key.verify(signingInput(envelope.payloadType, envelope.payload, envelope.signedAtMs, envelope.expiresAtMs), envelope.signature)
  } catch (err) {
    throw new InvalidSignatureError('envelope: signature check failed', { cause: err })
  }
  if (!ok) throw new InvalidSignatureError('envelope: signature does not match')

  const now = options.now ?? Date.now()
  const skew = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS
  const maxAge = options.maxAgeMs ?? (DURABLE_PAYLOAD_TYPES.has(envelope.payloadType) ? Infinity : DEFAULT_MAX_ENVELOPE_AGE_MS)
  if (envelope.signedAtMs > now + skew) throw new ExpiredMessageError('envelope: signed in the future')
  if (envelope.expiresAtMs !== 0) {
    if (envelope.expiresAtMs < envelope.signedAtMs) throw new ExpiredMessageError('envelope: expires before it was signed')
    if (envelope.expiresAtMs + skew < now) throw new ExpiredMessageError('envelope: expired')
  } else if (envelope.signedAtMs + maxAge + skew < now) {
    throw new ExpiredMessageError('envelope: too old')
  }
  return signer
}

/** Verify an envelope and decode its payload with `decode`. */
export async function openEnvelope<T> (envelope: SignedEnvelope, payloadType: string, decode: (bytes: Uint8Array) => T, options: VerifyOptions = {}): Promise<Opened<T>> {
  const signer = await verifyEnvelope(envelope, payloadType, options)
  return { envelope, signer, message: decode(envelope.payload) }
}

export function toWireEnvelope (e: SignedEnvelope): InstanceType<typeof pb.SignedEnvelope> {
  return pb.SignedEnvelope.create({ ...e })
}

export function fromWireEnvelope (m: { payloadType?: string | null, payload?: Uint8Array | null, publicKey?: Uint8Array | null, signature?: Uint8Array | null, signedAtMs?: unknown, expiresAtMs?: unknown } | null | undefined, field = 'envelope'): SignedEnvelope {
  if (m == null) throw new InvalidMessageError(`${field}: required`)
  return {
    payloadType: checkString(m.payloadType, `${field}.payloadType`, 64),
    payload: checkBytes(m.payload, `${field}.payload`, MAX_MARKET_MESSAGE_BYTES),
    publicKey: checkBytes(m.publicKey, `${field}.publicKey`, 128),
    signature: checkBytes(m.signature, `${field}.signature`, 128),
    signedAtMs: checkSafeUint(m.signedAtMs as never, `${field}.signedAtMs`),
    expiresAtMs: checkSafeUint(m.expiresAtMs as never, `${field}.expiresAtMs`)
  }
}

export function encodeEnvelope (e: SignedEnvelope): Uint8Array {
  return encodeWire(pb.SignedEnvelope, toWireEnvelope(e))
}

export function decodeEnvelope (bytes: Uint8Array): SignedEnvelope {
  return fromWireEnvelope(decodeWire(pb.SignedEnvelope, bytes, 'SignedEnvelope'))
}
