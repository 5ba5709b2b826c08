/**
 * Field checks for the provider config: each takes a raw value, the field's name and its
 * default, and returns the checked value or throws a ConfigError naming the field.
 */
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { MAX_UINT64 } from '@gpumesh/protocol'
import { ConfigError } from '../errors.js'

export type Obj = Record<string, unknown>

export function isObj (v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

export function section (raw: Obj, key: string, allowed: string[]): Obj {
  const v = raw[key]
  if (v === undefined || v === null) return {}
  if (!isObj(v)) throw new ConfigError(key, 'must be a mapping')
  const unknown = Object.keys(v).filter(k => !allowed.includes(k))
  if (unknown.length > 0) throw new ConfigError(`${key}.${unknown[0] ?? ''}`, `unknown key (expected one of ${allowed.join(', ')})`)
  return v
}

export function bool (v: unknown, field: string, dflt: boolean): boolean {
  if (v === undefined) return dflt
  if (typeof v !== 'boolean') throw new ConfigError(field, 'must be true or false')
  return v
}

export function str (v: unknown, field: string, dflt: string, max = 256): string {
  if (v === undefined || v === null) return dflt
  if (typeof v !== 'string') throw new ConfigError(field, 'must be a string')
  if (v.length > max) throw new ConfigError(field, `longer than ${max} characters`)
  return v
}

export function int (v: unknown, field: string, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max) throw new ConfigError(field, `must be a whole number from ${min} to ${max}`)
  return n
}

export function money (v: unknown, field: string, dflt: bigint): bigint {
  if (v === undefined) return dflt
  let n: bigint | undefined
  if (typeof v === 'number' && Number.isSafeInteger(v)) n = BigInt(v)
  else if (typeof v === 'string' && /^\d{1,20}$/.test(v)) n = BigInt(v)
  else if (typeof v === 'bigint') n = v
  // 20 digits can exceed uint64: check the range here so the error names this field.
  if (n === undefined || n < 0n || n > MAX_UINT64) throw new ConfigError(field, `must be a whole number of micro-credits from 0 to ${MAX_UINT64}`)
  return n
}

export function list (v: unknown, field: string, dflt: string[], each: (s: string, f: string) => string = s => s): string[] {
  if (v === undefined || v === null) return dflt
  if (!Array.isArray(v)) throw new ConfigError(field, 'must be a list')
  return v.map((s, i) => {
    if (typeof s !== 'string') throw new ConfigError(`${field}[${i}]`, 'must be a string')
    return each(s, `${field}[${i}]`)
  })
}

/** The /p2p/ values of a multiaddr (unchecked), or undefined when `s` does not parse. */
export function p2pValues (s: string): string[] | undefined {
  try {
    // multiaddr('') parses, as the empty address.
    if (s.trim() === '') return undefined
    return multiaddr(s).getComponents().filter(c => c.name === 'p2p').map(c => c.value ?? '')
  } catch {
    return undefined
  }
}

export function addr (s: string, field: string): string {
  const ids = p2pValues(s)
  if (ids === undefined) throw new ConfigError(field, `"${s}" is not a multiaddr`)
  // /p2p/<anything> parses: check the peer ids too.
  for (const id of ids) peer(id, field)
  return s
}

/** A bootstrap address: libp2p's bootstrap module silently skips one without /p2p/<peer id>. */
export function bootstrapAddr (s: string, field: string): string {
  addr(s, field)
  if ((p2pValues(s) ?? []).length === 0) throw new ConfigError(field, `"${s}" has no /p2p/<peer id>`)
  return s
}

export function peer (s: string, field: string): string {
  try {
    return peerIdFromString(s).toString()
  } catch (err) {
    throw new ConfigError(field, `"${s}" is not a peer id`, { cause: err })
  }
}

export function oneOf<T extends string> (v: unknown, field: string, dflt: T, values: readonly T[]): T {
  if (v === undefined) return dflt
  if (typeof v !== 'string' || !values.includes(v as T)) throw new ConfigError(field, `must be one of ${values.join(', ')}`)
  return v as T
}

export function stringMap (v: unknown, field: string): Record<string, string> {
  if (v === undefined || v === null) return {}
  if (!isObj(v)) throw new ConfigError(field, 'must be a mapping of strings')
  const out: Record<string, string> = {}
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== 'string') throw new ConfigError(`${field}.${k}`, 'must be a string')
    out[k] = val
  }
  return out
}
