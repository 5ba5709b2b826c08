/**
 * A client that takes every GPU of a provider as leases over `/gpumesh/lease` and never
 * submits, again and again, with five sybil identities beside it. The provider is a real
 * `gpumesh-node` process set up with `init` + `start`; the hoarders speak the wire
 * protocols over real streams, each from its own 127.0.0.N; the honest client is the SDK.
 * The honest client must be served, the hoarders bounded and then declined with their
 * typed reason, and every hold must expire.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { createClient, type GpumeshClient } from '@gpumesh/client'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'
import { DeclineReason, declineReasonName, rejectReasonName } from '@gpumesh/protocol'
import { Testbed, until, type MarketPeer } from '@gpumesh/test-utils'
import { NODE_BIN, runBin, startBin, stopChild } from './fixtures/processes.js'

/** The stranger and its five sybils. */
const HOARDERS = 6
/** Pause between a hoarder's attempts: ~10 orders/s each, inside the per-peer rate limit of 20. */
const HOARD_PAUSE_MS = 100
const GPUS = 2

interface Provider { peerId: string, addr: string, api: string, child: ChildProcess }

interface HoardStats {
  leases: number
  declines: Map<string, number>
  rejects: Map<string, number>
  /** Most leases this identity held at once. */
  maxHeld: number
}

/** Lease everything it can and never submit, until `stop` is set. */
async function hoard (peer: MarketPeer, provider: Provider, stats: HoardStats, stop: { now: boolean }): Promise<void> {
  const held: number[] = []
  const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1) }
  while (!stop.now) {
    try {
      const r = await peer.requestBid(provider, peer.order({ bidDeadlineMs: Date.now() + 2_000 }))
      if (r.kind === 'decline') {
        for (const reason of r.decline.reasons) bump(stats.declines, declineReasonName(reason))
      } else {
        const l = await peer.requestLease(provider, r.bid)
        if (l.kind === 'reject') bump(stats.rejects, rejectReasonName(l.reject.reason))
        else {
          stats.leases++
          const now = Date.now()
          held.push(l.lease.expiresAtMs)
          stats.maxHeld = Math.max(stats.maxHeld, held.filter(t => t > now).length)
        }
      }
    } catch {
      // A stream cut under load: the attacker just tries again.
    }
    await new Promise(resolve => setTimeout(resolve, HOARD_PAUSE_MS))
  }
}

async function status (provider: Provider): Promise<{ reservations: number, leases: Array<{ status: string }> }> {
  const res = await fetch(`${provider.api}/status`, { signal: AbortSignal.timeout(5_000) })
  return await res.json() as { reservations: number, leases: Array<{ status: string }> }
}

describe('a client holding every GPU without submitting', () => {
  let bed: Testbed
  let provider: Provider | undefined
  let client: GpumeshClient | undefined
  const stop = { now: false }
  let hoarding: Array<Promise<void>> = []

  beforeEach(() => { bed = new Testbed(); stop.now = false; hoarding = [] })
  afterEach(async () => {
    stop.now = true
    await Promise.allSettled(hoarding)
    await client?.stop()
    client = undefined
    if (provider !== undefined) await stopChild(provider.child)
    provider = undefined
    await bed.stop()
  })

  /** `gpumesh-node init`, `edit` its config.yaml, then start it with every identity allow-listed (the process runtime runs unsandboxed here). */
  async function startProvider (allow: string[], edit: (yaml: string) => string = y => y): Promise<Provider> {
    const dataDir = await bed.tempDir('gpumesh-holds-node-')
    const init = await runBin(NODE_BIN, ['init', '--data-dir', dataDir])
    expect(init.code, init.stderr).toBe(0)
    const file = join(dataDir, 'config.yaml')
    await writeFile(file, edit(await readFile(file, 'utf8')))
    const started = await startBin(NODE_BIN, [
      'start', '--data-dir', dataDir, '--listen', `/ip4/${bed.host()}/tcp/0`, '--api-port', '0', '--json',
      '--no-detect-gpus', '--declare-gpu', `nvidia:NVIDIA GeForce RTX 4090:24564:${GPUS}:8.9`, '--sandbox', 'none',
      ...allow.flatMap(id => ['--allow-client', id])
    ], line => line.includes('"event":"ready"'))
    const ready = JSON.parse(started.line) as { peerId: string, addrs: string[], api: string }
    provider = { peerId: ready.peerId, addr: ready.addrs[0]!, api: ready.api, child: started.child }
    return provider
  }

  /** The hoarders' identities and the honest client's, made before the provider so it can allow-list them. */
  async function identities (): Promise<{ hoarderDirs: string[], clientDir: string, ids: string[] }> {
    const hoarderDirs = await Promise.all(Array.from({ length: HOARDERS }, async () => await bed.tempDir('gpumesh-hoarder-')))
    const clientDir = await bed.tempDir('gpumesh-honest-')
    const ids = await Promise.all([...hoarderDirs, clientDir].map(async d => peerIdFromPrivateKey(await loadOrCreatePrivateKey(d)).toString()))
    return { hoarderDirs, clientDir, ids }
  }

  async function startHoarders (dirs: string[], p: Provider): Promise<HoardStats[]> {
    const stats: HoardStats[] = dirs.map(() => ({ leases: 0, declines: new Map(), rejects: new Map(), maxHeld: 0 }))
    const peers = await Promise.all(dirs.map(async d => await bed.peerFrom(d)))
    await Promise.all(peers.map(async peer => { await peer.connect(p.addr) }))
    hoarding = peers.map((peer, i) => hoard(peer, p, stats[i]!, stop))
    return stats
  }

  it('with the provider\'s default hold settings, an honest client still gets a bid, a lease and a job that succeeds while six identities keep leasing without submitting; together they never hold more than half the GPUs', async () => {
    const { hoarderDirs, clientDir, ids } = await identities()
    const p = await startProvider(ids)
    const stats = await startHoarders(hoarderDirs, p)
    // The hoarders have the GPUs they can get before the honest client arrives.
    await until(() => stats.reduce((n, s) => n + s.leases, 0) >= 1, 15_000, 'a hoarder lease')
    await new Promise(resolve => setTimeout(resolve, 1_000))

    client = await createClient({ bootstrap: [p.addr], dataDir: clientDir, listen: [`/ip4/${bed.host()}/tcp/0`] })
    await client.waitForProviders(1)
    const job = await client.submit({ command: ['sh', '-c', 'echo served'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 10_000_000n, queueTimeoutMs: 20_000 })
    const result = await job.result({ outDir: await bed.tempDir('gpumesh-honest-out-') })
    expect(result.state).toBe('succeeded')
    expect(job.record.attempts[0]?.provider).toBe(p.peerId)

    stop.now = true
    await Promise.all(hoarding)
    const leases = stats.reduce((n, s) => n + s.leases, 0)
    const over = stats.reduce((n, s) => n + (s.rejects.get('hold-limit') ?? 0), 0)
    expect(leases).toBeGreaterThan(0)
    // Past the hold bound they were bid, but could not lease what the bid did not hold.
    expect(over).toBeGreaterThan(0)
    expect(Math.max(...stats.map(s => s.maxHeld))).toBeLessThanOrEqual(GPUS / 2)
  }, 90_000)

  it('declines every hoarding identity with hold-penalty once its short holds keep lapsing, and all holds expire', async () => {
    const { hoarderDirs, ids } = await identities()
    const p = await startProvider(ids.slice(0, HOARDERS), yaml => yaml
      .replace(/reservationHoldMs: \d+/, 'reservationHoldMs: 500')
      .replace(/submitWindowMs: \d+/, 'submitWindowMs: 500'))
    const stats = await startHoarders(hoarderDirs, p)
    const penalty = declineReasonName(DeclineReason.DECLINE_REASON_HOLD_PENALTY)
    await until(() => stats.every(s => (s.declines.get(penalty) ?? 0) > 0), 45_000, 'every hoarder declined hold-penalty')
    stop.now = true
    await Promise.all(hoarding)

    // Holds lapse within their short lifetimes once nobody renews them.
    await until(async () => {
      const s = await status(p)
      return s.reservations === 0 && s.leases.every(l => l.status !== 'active')
    }, 5_000, 'every hold expired')
    const metrics = await (await fetch(`${p.api}/metrics`, { signal: AbortSignal.timeout(5_000) })).text()
    expect(metrics).toMatch(/gpumesh_hold_penalties_total\{key="client"\} 6/)
    expect(metrics).toMatch(/gpumesh_hold_lapses_total\{kind="lease"\} ([1-9]\d+)/)
    expect(metrics).toMatch(/gpumesh_held_gpus 0/)
  }, 90_000)
})
