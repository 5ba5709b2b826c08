/** Result-tree digests and the majority verdict of a verified run, without a network. */
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { InvalidParametersError } from '../src/errors.js'
import { resultTreeDigest, verificationVerdict } from '../src/market/verification.js'

const file = (name: string, content: string): { name: string, size: number, sha256: Uint8Array } =>
  ({ name, size: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest() })

describe('resultTreeDigest', () => {
  it('depends on the files, not on their order', () => {
    const a = [file('a.txt', 'one'), file('b.txt', 'two')]
    expect(resultTreeDigest(a)).toBe(resultTreeDigest([...a].reverse()))
    expect(resultTreeDigest(a)).not.toBe(resultTreeDigest([file('a.txt', 'one'), file('b.txt', 'TWO')]))
    expect(resultTreeDigest(a)).not.toBe(resultTreeDigest([file('a.txt', 'one')]))
    expect(resultTreeDigest([])).toMatch(/^[0-9a-f]{64}$/)
  })

  it('cannot be fooled by moving bytes between a name and its size', () => {
    expect(resultTreeDigest([{ ...file('ab', 'x'), name: 'ab' }])).not.toBe(resultTreeDigest([{ ...file('ab', 'x'), name: 'a' }]))
  })

  it('compares only the named outputs of a non-deterministic job, and counts a missing one', () => {
    const run1 = [file('out.bin', 'same'), file('timing.log', '12 ms')]
    const run2 = [file('out.bin', 'same'), file('timing.log', '15 ms')]
    expect(resultTreeDigest(run1)).not.toBe(resultTreeDigest(run2))
    expect(resultTreeDigest(run1, ['out.bin'])).toBe(resultTreeDigest(run2, ['out.bin']))
    expect(resultTreeDigest([file('timing.log', '1')], ['out.bin'])).not.toBe(resultTreeDigest([], []))
    expect(resultTreeDigest([], ['out.bin'])).not.toBe(resultTreeDigest([file('out.bin', '')], ['out.bin']))
  })
})

describe('verificationVerdict', () => {
  it('agrees when every run agrees', () => {
    expect(verificationVerdict([{ provider: 'a', digest: 'x' }, { provider: 'b', digest: 'x' }])).toEqual({ kind: 'agreed', digest: 'x', agreeing: ['a', 'b'] })
  })

  it('is undecided on a 1-1 split, and a third run decides it', () => {
    const split = [{ provider: 'a', digest: 'x' }, { provider: 'cheat', digest: 'y' }]
    expect(verificationVerdict(split).kind).toBe('undecided')
    expect(verificationVerdict([...split, { provider: 'c', digest: 'x' }])).toEqual({ kind: 'majority', digest: 'x', agreeing: ['a', 'c'], disagreeing: ['cheat'] })
  })

  it('never lets a run without results win, but counts it against the others', () => {
    expect(verificationVerdict([{ provider: 'a', digest: undefined }, { provider: 'b', digest: undefined }, { provider: 'c', digest: 'x' }]).kind).toBe('undecided')
    expect(verificationVerdict([{ provider: 'a', digest: 'x' }, { provider: 'b', digest: undefined }, { provider: 'c', digest: 'x' }]))
      .toEqual({ kind: 'majority', digest: 'x', agreeing: ['a', 'c'], disagreeing: ['b'] })
  })

  it('needs at least two runs', () => {
    expect(() => verificationVerdict([{ provider: 'a', digest: 'x' }])).toThrow(InvalidParametersError)
  })
})
