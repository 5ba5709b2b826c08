/**
 * Trust without a centre, over real processes: honest `gpumesh-node` providers of a
 * local testnet, and a cheating provider process (test/fixtures/cheating-provider.mjs)
 * that bids lowest. A provider that drops jobs after bidding low loses its rank to the
 * honest ones by the client's own reputation of it; one that returns wrong bytes is
 * outvoted by `--verify 2` (one extra run), left uncountersigned, and its reputation
 * falls; honest providers that agree are all paid and lose nothing. One that signs
 * inflated probe figures into its offers is caught by the client's own probe of it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChildProcess } from 'node:child_process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { createClient, startTestnet, type GpumeshClient, type Testnet, type VerificationRecord } from '@gpumesh/client'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'
import { GPUMESH_BIN, runBin, startBin, stopChild } from './fixtures/processes.js'
import { until } from '@gpumesh/test-utils'

const CHEATER = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'cheating-provider.mjs')
/** The testnet's a100 providers ask 2.5 credits; the cheater undercuts them. */
const CHEAP = 2_000_000n
const JOB = ['sh', '-c', 'echo 42 > output/answer.txt']

describe('trust: reputation and verified results against a cheating provider', () => {
  let dir: string
  let clientDir: string
  let clientId: string
  let net: Testnet | undefined
  const children: ChildProcess[] = []
  const clients: GpumeshClient[] = []

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-trust-'))
    clientDir = join(dir, 'client')
    clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
  })

  afterEach(async () => {
    await Promise.allSettled(clients.splice(0).map(async c => { await c.stop() }))
    for (const c of children.splice(0)) await stopChild(c)
    await net?.stop()
    net = undefined
    await rm(dir, { recursive: true, force: true })
  })

  async function world (mode: 'drop' | 'wrong-bytes' | 'inflate'): Promise<string> {
    net = await startTestnet({ providers: 2, profiles: ['a100'], baseDir: join(dir, 'nodes'), allowClients: [clientId], probe: mode === 'inflate' })
    const init = { dataDir: join(dir, 'cheater'), listen: '/ip4/127.0.0.201/tcp/0', bootstrap: net.bootstrap, price: CHEAP.toString(), allowClient: clientId }
    const cheater = await startBin(CHEATER, [mode, JSON.stringify(init)], line => line.includes('"event":"ready"'))
    children.push(cheater.child)
    return (JSON.parse(cheater.line) as { peerId: string }).peerId
  }

  async function client (): Promise<GpumeshClient> {
    const c = await createClient({ bootstrap: [net!.bootstrap], dataDir: clientDir })
    clients.push(c)
    await c.waitForProviders(3)
    return c
  }

  it('a provider that drops jobs after bidding low loses its rank; honest ones gain, and agree under --verify 2', async () => {
    const dropper = await world('drop')
    const c = await client()
    const honest = net!.providers.map(p => p.peerId)

    // Nothing known yet: the cheapest wins, and drops the job.
    const first = await c.submit({ command: JOB }, { maxPricePerGpuHour: 5_000_000n, bidWindowMs: 2_000 })
    expect(first.attempt?.provider).toBe(dropper)
    expect(await first.done()).toMatchObject({ state: 'failed', reason: 'runtime-error' })

    // Still the cheapest bid, but 2 / 0.33 is more than 2.5 / 0.5 per finished job.
    const next = []
    for (let i = 0; i < 3; i++) {
      const job = await c.submit({ command: JOB }, { maxPricePerGpuHour: 5_000_000n })
      expect(await job.done()).toMatchObject({ state: 'succeeded' })
      next.push(job.attempt!.provider)
    }
    expect(next.every(p => honest.includes(p))).toBe(true)

    const byId = new Map(c.providers().map(p => [p.provider, p.reputation]))
    expect(byId.get(dropper)!.score).toBeLessThan(0.5)
    expect(byId.get(dropper)!.why).toEqual(['1.0 provider-failed'])
    for (const p of honest) expect(byId.get(p)!.score).toBeGreaterThanOrEqual(0.5)
    expect(byId.get(next[0]!)!.meanTimeToRunningMs).toBeGreaterThan(0)

    // Two honest providers agree: verified, no extra run, both paid, nobody marked.
    const run = await c.submitVerified({ command: JOB }, { maxPricePerGpuHour: 5_000_000n, verify: { replicas: 2 } })
    const result = await run.result({ outDir: join(dir, 'verified') })
    expect(result.verification).toMatchObject({ verdict: 'agreed', disagreeing: [] })
    expect(result.verification.runs.map(r => r.provider).sort()).toEqual([...honest].sort())
    expect(await readFile(join(dir, 'verified', 'answer.txt'), 'utf8')).toBe('42\n')
    const receipts = (await c.receipts()).filter(r => run.jobs.some(j => j.id === r.jobId))
    expect(receipts).toHaveLength(2)
    expect(receipts.every(r => r.delivered && r.disputed !== true)).toBe(true)
    for (const p of honest) expect(c.providers().find(x => x.provider === p)!.reputation.why.some(w => w.includes('verify'))).toBe(false)
  }, 120_000)

  it('--verify 2 catches a provider that returns wrong bytes: one more run, the majority wins, the cheater is not countersigned and falls', async () => {
    const cheater = await world('wrong-bytes')
    // The bootstrap node knows all three before the CLI syncs from it (the store is the CLI's once this client stops).
    const first = await client()
    await first.stop()
    clients.splice(clients.indexOf(first), 1)
    // The CLI, as a user runs it; the cheater is cheapest, so it is one of the two (a long
    // bid window, so that on a loaded host its bid is in before the auction closes).
    const cli = await runBin(GPUMESH_BIN, ['--bootstrap', net!.bootstrap, '--data-dir', clientDir, '--json', 'submit', '--verify', '2', '--bid-window', '2000', '--out', join(dir, 'out'), '--', ...JOB], { timeoutMs: 90_000 })
    expect(cli.code, cli.stderr).toBe(0)
    const { verification } = JSON.parse(cli.stdout.trim().split('\n').at(-1)!) as { verification: VerificationRecord }
    expect(verification.verdict).toBe('majority')
    expect(verification.runs).toHaveLength(3)
    expect(verification.runs[0]!.provider).toBe(cheater)
    expect(verification.disagreeing).toEqual([cheater])
    expect(new Set(verification.runs.map(r => r.provider)).size).toBe(3)
    expect(await readFile(join(dir, 'out', 'answer.txt'), 'utf8')).toBe('42\n')

    const c = await client()
    const receipts = (await c.receipts()).filter(r => verification.runs.some(v => v.jobId === r.jobId))
    expect(receipts).toHaveLength(3)
    const mine = receipts.find(r => r.provider === cheater)!
    expect(mine).toMatchObject({ disputed: true, delivered: false, acceptance: '' })
    expect(receipts.filter(r => r.provider !== cheater).every(r => r.delivered)).toBe(true)
    const reputation = c.providers().find(p => p.provider === cheater)!.reputation
    expect(reputation.why).toContain('1.0 verify-mismatch')
    expect(reputation.score).toBeLessThan(0.2)
    // With its record, even the cheapest bid no longer wins a plain job (a long bid
    // window, as above: on a loaded host the honest bids must be in for the ranking to
    // choose among them; with the cheater's bid alone, it is the only one to take).
    const job = await c.submit({ command: JOB }, { maxPricePerGpuHour: 5_000_000n, bidWindowMs: 2_000 })
    expect(await job.done()).toMatchObject({ state: 'succeeded' })
    expect(job.attempt!.provider).not.toBe(cheater)
  }, 150_000)

  it('a provider that signs inflated probe figures is caught by the client\'s own probe (a paid job with its nonce); honest ones pass despite a busy host', async () => {
    const inflater = await world('inflate')
    const c = await client()
    const honest = net!.providers.map(p => p.peerId)
    // Every provider's offer carries its figures (declared vs measured in `gpumesh providers`).
    await until(() => c.providers().filter(p => p.measured !== undefined).length === 3, 30_000)
    const inflated = await c.probe(inflater, { maxPricePerGpuHour: 5_000_000n })
    expect(inflated.fresh.nonce).toBe(inflated.nonce)
    expect(inflated.shortfall.map(s => s.figure).sort()).toEqual(['cpuHashMiBps', 'diskWriteMiBps', 'memoryCopyMiBps'])
    for (const p of honest) expect((await c.probe(p, { maxPricePerGpuHour: 5_000_000n })).shortfall).toEqual([])
  }, 120_000)
})
