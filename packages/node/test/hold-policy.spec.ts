/** The hold bounds and the penalty box as rules: caps relative to capacity, lapses against submits, address groups. */
import { describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { HoldPolicy, UnheldBids, sourceOf, type HoldPolicyInit } from '../src/market/hold-policy.js'
import { MAX_HOLD_STANDINGS, MAX_UNHELD_BIDS } from '../src/constants.js'
import type { ReservationRecord } from '../src/store/node-store.js'

const DEFAULTS: HoldPolicyInit = { maxClientPercent: 50, maxHeldPercent: 50, lapsesToPenalty: 3, lapseWindowMs: 600_000, penaltyMs: 300_000 }
/** GPU-ms one lapsed 10 s lease of one GPU held. */
const LEASE = 10_000
const none = { client: 0, source: 0, total: 0 }

describe('hold policy', () => {
  it('lets a client hold at most its share of the GPUs, and never less than one', () => {
    const p = new HoldPolicy(DEFAULTS)
    expect([1, 2, 3, 8, 100].map(g => p.clientCap(g))).toEqual([1, 1, 1, 4, 50])
    expect([1, 2, 3, 8, 100].map(g => p.heldCap(g))).toEqual([1, 1, 1, 4, 50])
    expect(new HoldPolicy({ ...DEFAULTS, maxClientPercent: 25 }).clientCap(8)).toBe(2)
  })

  it('keeps every new hold within the client, address and total bounds', () => {
    const p = new HoldPolicy({ ...DEFAULTS, maxClientPercent: 25, maxHeldPercent: 75 })
    // 8 GPUs: a client or an address 2, everyone together 6.
    expect(p.mayHold(1, none, 8, true)).toBe(true)
    expect(p.mayHold(2, none, 8, true)).toBe(true)
    expect(p.mayHold(3, none, 8, true)).toBe(false)
    expect(p.mayHold(1, { client: 2, source: 2, total: 2 }, 8, true)).toBe(false)
    // Another identity behind the same address: the address is full.
    expect(p.mayHold(1, { client: 0, source: 2, total: 2 }, 8, true)).toBe(false)
    // No address known (loopback): only the client and total bounds apply.
    expect(p.mayHold(1, { client: 0, source: 2, total: 2 }, 8, false)).toBe(true)
    // Sybils on many addresses: the total bound leaves the rest to Submits.
    expect(p.mayHold(1, { client: 0, source: 0, total: 5 }, 8, true)).toBe(true)
    expect(p.mayHold(1, { client: 0, source: 0, total: 6 }, 8, true)).toBe(false)
    // A 2-GPU provider: one GPU may be held; an order for both is never held.
    const q = new HoldPolicy(DEFAULTS)
    expect(q.mayHold(1, none, 2, true)).toBe(true)
    expect(q.mayHold(2, none, 2, true)).toBe(false)
    expect(q.mayHold(1, { client: 0, source: 0, total: 1 }, 2, true)).toBe(false)
  })

  it('boxes a client whose holds lapse unsubmitted, for penaltyMs, then lets it back', () => {
    const p = new HoldPolicy(DEFAULTS)
    const t = 1_000_000
    expect(p.lapsed('hoarder', undefined, 'lease', LEASE, t)).toEqual([])
    expect(p.lapsed('hoarder', undefined, 'lease', LEASE, t + 1)).toEqual([])
    expect(p.penaltyUntil('hoarder', undefined, t + 2)).toBeUndefined()
    expect(p.lapsed('hoarder', undefined, 'lease', LEASE, t + 2)).toEqual(['client'])
    expect(p.penaltyUntil('hoarder', undefined, t + 3)).toBe(t + 2 + DEFAULTS.penaltyMs)
    expect(p.penaltyUntil('someone-else', undefined, t + 3)).toBeUndefined()
    expect(p.penaltyUntil('hoarder', undefined, t + 2 + DEFAULTS.penaltyMs)).toBeUndefined()
    // Out of the box, it starts from nothing.
    expect(p.lapsed('hoarder', undefined, 'lease', LEASE, t + 3 + DEFAULTS.penaltyMs)).toEqual([])
  })

  it('does not box a client that submits more often than its holds lapse', () => {
    const p = new HoldPolicy(DEFAULTS)
    let t = 0
    for (let i = 0; i < 10; i++) {
      p.used('busy', undefined, t++)
      p.used('busy', undefined, t++)
      expect(p.lapsed('busy', undefined, 'lease', LEASE, t++)).toEqual([])
    }
    expect(p.penaltyUntil('busy', undefined, t)).toBeUndefined()
  })

  it('gives good standing, and so no bounds, only to a client whose finished work outweighs its lapsed holds', () => {
    const p = new HoldPolicy(DEFAULTS)
    expect(p.inGoodStanding('new', 0)).toBe(false)
    // Submitted but nothing ran yet: still a stranger.
    p.used('worker', undefined, 0)
    expect(p.inGoodStanding('worker', 1)).toBe(false)
    p.ran('worker', undefined, 30_000, 2)
    expect(p.inGoodStanding('worker', 3)).toBe(true)
    // Holds it let lapse use the standing up (GPU-ms against GPU-ms)...
    p.used('worker', undefined, 4)
    p.lapsed('worker', undefined, 'lease', LEASE, 5)
    expect(p.inGoodStanding('worker', 6)).toBe(true)
    p.lapsed('worker', undefined, 'lease', 3 * LEASE, 7)
    expect(p.inGoodStanding('worker', 8)).toBe(false)
    // ... and it lasts a window.
    p.ran('runner', undefined, 1, 0)
    p.used('runner', undefined, 0)
    expect(p.inGoodStanding('runner', DEFAULTS.lapseWindowMs)).toBe(false)
    // Trivial jobs between hoarded leases buy submits, not standing: bounded, though not boxed.
    for (let i = 0; i < 5; i++) {
      p.used('cheap', undefined, 10 + i)
      p.ran('cheap', undefined, 5, 10 + i)
      expect(p.lapsed('cheap', undefined, 'lease', LEASE, 10 + i)).toEqual([])
    }
    expect(p.inGoodStanding('cheap', 20)).toBe(false)
  })

  it('counts a lapsed bid against standing only, never towards the box', () => {
    const p = new HoldPolicy(DEFAULTS)
    for (let i = 0; i < 10; i++) expect(p.lapsed('late-answers', undefined, 'bid', 0, i)).toEqual([])
    expect(p.penaltyUntil('late-answers', undefined, 10)).toBeUndefined()
    p.used('late-answers', undefined, 11)
    p.ran('late-answers', undefined, 50, 12)
    expect(p.inGoodStanding('late-answers', 13)).toBe(false)
    for (let i = 0; i < 10; i++) p.used('late-answers', undefined, 14)
    expect(p.inGoodStanding('late-answers', 15)).toBe(true)
  })

  it('forgets lapses older than the window', () => {
    const p = new HoldPolicy(DEFAULTS)
    p.lapsed('slow', undefined, 'lease', LEASE, 0)
    p.lapsed('slow', undefined, 'lease', LEASE, 1)
    expect(p.lapsed('slow', undefined, 'lease', LEASE, DEFAULTS.lapseWindowMs + 1)).toEqual([])
    expect(p.lapsed('slow', undefined, 'lease', LEASE, DEFAULTS.lapseWindowMs + 2)).toEqual([])
    expect(p.lapsed('slow', undefined, 'lease', LEASE, DEFAULTS.lapseWindowMs + 3)).toEqual(['client'])
  })

  it('boxes an address whose fresh identities keep lapsing, after twice a client\'s allowance', () => {
    const p = new HoldPolicy(DEFAULTS)
    const boxed: string[][] = []
    // Six sybils behind one address, one lapse each: none is boxed itself.
    for (let i = 0; i < 6; i++) boxed.push(p.lapsed(`sybil-${i}`, 'ip4:203.0.113.7', 'lease', LEASE, i))
    expect(boxed.slice(0, 5).every(b => b.length === 0)).toBe(true)
    expect(boxed[5]).toEqual(['address'])
    // A seventh fresh identity from that address is declined; one from elsewhere is not.
    expect(p.penaltyUntil('sybil-7', 'ip4:203.0.113.7', 10)).toBeDefined()
    expect(p.penaltyUntil('sybil-7', 'ip4:198.51.100.1', 10)).toBeUndefined()
  })

  it('keeps a bounded record, forgetting the longest quiet first', () => {
    const p = new HoldPolicy({ ...DEFAULTS, lapsesToPenalty: 1 })
    p.lapsed('first', undefined, 'lease', LEASE, 0)
    for (let i = 0; i < MAX_HOLD_STANDINGS; i++) p.used(`c${i}`, undefined, 1)
    expect(p.penaltyUntil('first', undefined, 2)).toBeUndefined()
    p.lapsed('last', undefined, 'lease', LEASE, 3)
    expect(p.penaltyUntil('last', undefined, 4)).toBeDefined()
  })
})

describe('unheld bids', () => {
  const record = (bidId: string, expiresAtMs: number): ReservationRecord => ({
    bidId, orderId: 'o', client: 'c', gpuIndices: [0], pricePerGpuHour: '1', maxDurationS: 60, cpuCores: 0, memoryMiB: 0, diskMiB: 0, expiresAtMs
  })

  it('are remembered up to a bound, expired ones dropped first', () => {
    const bids = new UnheldBids()
    bids.add(record('old', 5), 0)
    for (let i = 1; i < MAX_UNHELD_BIDS; i++) bids.add(record(`b${i}`, 1_000), 0)
    bids.add(record('new', 1_000), 10)
    expect(bids.get('old')).toBeUndefined()
    expect(bids.get('b1')).toBeDefined()
    expect(bids.get('new')).toBeDefined()
    bids.add(record('newer', 1_000), 10)
    expect(bids.get('b1')).toBeUndefined()
    bids.delete('new')
    expect(bids.get('new')).toBeUndefined()
  })

  it('count the GPUs a client\'s live bids name, forgetting expired and taken ones', () => {
    const bids = new UnheldBids()
    bids.add({ ...record('a', 100), client: 'x', gpuIndices: [0, 1] }, 0)
    bids.add({ ...record('b', 200), client: 'x' }, 0)
    bids.add({ ...record('c', 200), client: 'y' }, 0)
    expect(bids.gpusPromised('x', 50)).toBe(3)
    expect(bids.gpusPromised('x', 150)).toBe(1)
    bids.delete('b')
    expect(bids.gpusPromised('x', 150)).toBe(0)
    expect(bids.gpusPromised('y', 150)).toBe(1)
    expect(bids.gpusPromised('z', 150)).toBe(0)
  })
})

describe('address groups', () => {
  it('count an IPv4 address, an IPv6 /64, and nothing for loopback, relayed or unknown addresses', () => {
    expect(sourceOf(multiaddr('/ip4/203.0.113.7/tcp/4001'))).toBe('ip4:203.0.113.7')
    expect(sourceOf(multiaddr('/ip6/2001:db8:1:2:3:4:5:6/tcp/4001'))).toBe('ip6:2001:db8:1:2::/64')
    expect(sourceOf(multiaddr('/ip6/2001:db8:1:2::9/tcp/4001'))).toBe('ip6:2001:db8:1:2::/64')
    expect(sourceOf(multiaddr('/ip6/::ffff:203.0.113.7/tcp/4001'))).toBe('ip4:203.0.113.7')
    expect(sourceOf(multiaddr('/ip4/127.0.0.1/tcp/4001'))).toBeUndefined()
    expect(sourceOf(multiaddr('/ip6/::1/tcp/4001'))).toBeUndefined()
    expect(sourceOf(multiaddr('/ip4/203.0.113.7/tcp/4001/p2p/12D3KooWPAvGirNnVoyqFSiU3hwkKjWjKW8NnzVPoUF4vUD5mUbG/p2p-circuit'))).toBeUndefined()
    expect(sourceOf(undefined)).toBeUndefined()
  })
})
