/**
 * Checks that turn a freshly decoded protobufjs object into a trusted domain value.
 * protobufjs is lenient (proto3 defaults, unknown enum numbers pass, uint64 arrives as
 * Long), so every decoder runs each field through one of these.
 */
import Long from 'long'
import { InvalidMessageError, MessageTooLargeError } from './errors.js'

export type Uint64 = number | Long | null | undefined

interface Decodable<T> {
  decode: (reader: Uint8Array) => T
}
interface Encodable<T> {
  encode: (message: T) => { finish: () => Uint8Array }
}

/** Decode bytes with a generated type; any protobufjs failure becomes an InvalidMessageError. */
export function decodeWire<T> (type: Decodable<T>, bytes: Uint8Array, what: string): T {
  try {
    return type.decode(bytes)
  } catch (err) {
    throw new InvalidMessageError(`${what}: does not decode`, { cause: err })
  }
}

export function encodeWire<T> (type: Encodable<T>, message: T): Uint8Array {
  return type.encode(message).finish()
}

export function checkString (value: string | null | undefined, field: string, max: number, required = true): string {
  const s = value ?? ''
  if (required && s.length === 0) throw new InvalidMessageError(`${field}: required`)
  if (s.length > max) throw new MessageTooLargeError(`${field}: longer than ${max} characters`)
  return s
}

export function checkCount<T> (list: T[] | null | undefined, field: string, max: number): T[] {
  const l = list ?? []
  if (l.length > max) throw new MessageTooLargeError(`${field}: more than ${max} entries`)
  return l
}

export function checkBytes (value: Uint8Array | null | undefined, field: string, max: number, exact?: number): Uint8Array {
  const b = value ?? new Uint8Array(0)
  if (b.length > max) throw new MessageTooLargeError(`${field}: more than ${max} bytes`)
  if (exact !== undefined && b.length !== exact) throw new InvalidMessageError(`${field}: must be ${exact} bytes`)
  // protobufjs hands out Buffers that view a larger frame; copy so we never pin it.
  return new Uint8Array(b)
}

/** A uint64 that must fit a JS number exactly (times, sizes, sequence numbers). */
export function checkSafeUint (value: Uint64, field: string): number {
  if (value == null) return 0
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new InvalidMessageError(`${field}: not a non-negative safe integer`)
    return value
  }
  const long = Long.fromValue(value)
  if (long.greaterThan(Long.fromNumber(Number.MAX_SAFE_INTEGER, true))) {
    throw new InvalidMessageError(`${field}: ${long.toString()} overflows a safe integer`)
  }
  return long.toNumber()
}

/** A uint64 amount of money: micro-credits as bigint, never a float. */
export function toBigInt (value: Uint64): bigint {
  if (value == null) return 0n
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new InvalidMessageError('amount: not a non-negative integer')
    return BigInt(value)
  }
  return BigInt(Long.fromValue(value).toUnsigned().toString())
}

export const MAX_UINT64 = (1n << 64n) - 1n

/** bigint -> Long for encoding; refuses negatives and anything past uint64. */
export function fromBigInt (value: bigint, field: string): Long {
  if (value < 0n || value > MAX_UINT64) throw new InvalidMessageError(`${field}: ${value} is outside uint64`)
  return Long.fromString(value.toString(), true)
}

/** An enum number that must be one the schema names and not the UNSPECIFIED zero. */
export function checkEnum<E extends number> (value: number | null | undefined, values: Record<string, number | string>, field: string, allowZero = false): E {
  const v = value ?? 0
  if (!allowZero && v === 0) throw new InvalidMessageError(`${field}: unspecified`)
  if (typeof values[v] !== 'string') throw new InvalidMessageError(`${field}: unknown value ${v}`)
  return v as E
}

export function checkStringMap (map: Record<string, string> | null | undefined, field: string, maxEntries: number, maxChars: number): Record<string, string> {
  const out: Record<string, string> = {}
  const entries = Object.entries(map ?? {})
  if (entries.length > maxEntries) throw new MessageTooLargeError(`${field}: more than ${maxEntries} entries`)
  for (const [k, v] of entries) {
    if (k.length === 0) throw new InvalidMessageError(`${field}: empty key`)
    if (k.length > maxChars || v.length > maxChars) throw new MessageTooLargeError(`${field}.${k.slice(0, 32)}: longer than ${maxChars} characters`)
    out[k] = v
  }
  return out
}

/** A uint32 known to be in [min, max]. */
export function checkRange (value: number | null | undefined, field: string, min: number, max: number): number {
  const v = value ?? 0
  if (!Number.isInteger(v) || v < min || v > max) throw new InvalidMessageError(`${field}: ${v} is outside ${min}..${max}`)
  return v
}

/**
 * A string map about to be encoded. protobufjs drops a `__proto__` key on decode and
 * our decoders refuse an empty one, so refuse both at the sender instead of letting
 * the receiver see a different map than the one signed for.
 */
export function checkWireMap (map: Record<string, string>, field: string): Record<string, string> {
  for (const k of Object.keys(map)) {
    if (k.length === 0) throw new InvalidMessageError(`${field}: empty key`)
    if (k === '__proto__') throw new InvalidMessageError(`${field}: the key "__proto__" does not survive decoding`)
  }
  return map
}
