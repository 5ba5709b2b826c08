/** Flag parsers: each refuses a bad value with a UsageError that names the flag. */
import { multiaddr } from '@multiformats/multiaddr'
import { UsageError } from '../errors.js'

/** A repeatable flag's values, in order. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value]

/** A whole number in [min, max]. */
export function intInRange (flag: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? (min === 0 ? 'a whole number' : `a whole number of at least ${min}`) : `a whole number from ${min} to ${max}`
      throw new UsageError(`${flag} must be ${range}, not "${value}"`)
    }
    return n
  }
}

/** 0 or more. */
export const nonNegativeInt = (flag: string): ((value: string) => number) => intInRange(flag, 0)
/** 1 or more: counts and durations where 0 can only be refused later, by every provider. */
export const positiveInt = (flag: string): ((value: string) => number) => intInRange(flag, 1)

export function microCredits (flag: string) {
  return (value: string): bigint => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number of micro-credits (1 credit = 1000000), not "${value}"`)
    return BigInt(value)
  }
}

/**
 * Bootstrap addresses, checked before anything dials: a full multiaddr with the peer's
 * /p2p/ id, which noise needs to authenticate the peer it reaches.
 */
export function checkBootstrap (addrs: string[], source: string): string[] {
  for (const addr of addrs) {
    let parsed
    try {
      parsed = multiaddr(addr)
    } catch {
      throw new UsageError(`${source}: "${addr}" is not a multiaddr (expected e.g. /ip4/127.0.0.2/tcp/4001/p2p/12D3KooW…, as \`gpumesh testnet\` prints)`)
    }
    if (parsed.getComponents().every(c => c.name !== 'p2p')) {
      throw new UsageError(`${source}: "${addr}" has no /p2p/<peer id> at the end (the peer's id, as \`gpumesh-node start\` prints)`)
    }
  }
  return addrs
}
