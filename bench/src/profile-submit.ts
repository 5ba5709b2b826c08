/**
 * `pnpm --filter @gpumesh/bench profile` (after `pnpm build`): where a submit's time and
 * CPU go. Runs sequential no-op jobs on a 10-provider testnet and prints the medians of
 * each phase (submit() returning = auction + lease, first and last bid, running) and the
 * CPU each process spent per job, read from /proc. `N=300 FANOUT=8 PROVIDERS=50` to vary
 * the run.
 * Not a benchmark (no floor, no targets): a tool for finding what to fix.
 */
import '@gpumesh/protocol/polyfill'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { createClient, startTestnet } from '@gpumesh/client'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'

const JOBS = Number(process.env.N ?? 100)
const PROVIDERS = Number(process.env.PROVIDERS ?? 10)
const FANOUT = process.env.FANOUT !== undefined ? Number(process.env.FANOUT) : undefined
const WARM_UP = 20

/** User + system CPU of a process so far, ms (Linux; 0 elsewhere). */
function cpuMs (pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return 0
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

const base = await mkdtemp(join(tmpdir(), 'gpumesh-profile-'))
const clientDir = join(base, 'client')
const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
const net = await startTestnet({
  providers: PROVIDERS,
  baseDir: join(base, 'nodes'),
  allowClients: [clientId],
  nodeConfig: { bidding: { maxOrdersPerPeerPerSecond: 1_000_000, reservationHoldMs: 15_000 }, policy: { maxConcurrentJobsPerClient: 1_000 }, offers: { intervalMs: 30_000, ttlMs: 60_000 } }
})
const client = await createClient({ bootstrap: [net.bootstrap], dataDir: clientDir, listen: ['/ip4/127.0.0.200/tcp/0'] })
try {
  await client.waitForProviders(PROVIDERS, { signal: AbortSignal.timeout(180_000) })
  await Promise.all(client.providers().map(async p => { await client.libp2p.dial(peerIdFromString(p.provider)).catch(() => {}) }))
  const pids = [process.pid, ...net.nodes.map(n => n.process.pid as number)]
  const phases = { submit: [] as number[], firstBid: [] as number[], lastBid: [] as number[], running: [] as number[] }
  let cpuBefore: number[] = []
  for (let i = 0; i < JOBS + WARM_UP; i++) {
    if (i === WARM_UP) cpuBefore = pids.map(cpuMs)
    const t0 = performance.now()
    const job = await client.submit({ command: ['true'], timeoutS: 60 }, { gpu: { count: 1 }, maxPricePerGpuHour: 10_000_000n, bidWindowMs: i < WARM_UP ? 3_000 : undefined, fanout: FANOUT })
    const submitted = performance.now() - t0
    const bids: number[] = []
    let running = NaN
    for await (const u of job.events()) {
      if (u.type === 'bid') bids.push(u.latencyMs)
      if (u.type === 'state' && u.state === 'running') { running = performance.now() - t0; break }
    }
    await job.done()
    if (i < WARM_UP) continue
    phases.submit.push(submitted)
    phases.firstBid.push(Math.min(...bids))
    phases.lastBid.push(Math.max(...bids))
    phases.running.push(running)
  }
  const cpu = pids.map((pid, i) => (cpuMs(pid) - (cpuBefore[i] ?? 0)) / JOBS)
  const fmt = (n: number): string => n.toFixed(1)
  console.log(`median ms: submit() ${fmt(median(phases.submit))}, first bid ${fmt(median(phases.firstBid))}, last bid ${fmt(median(phases.lastBid))}, running ${fmt(median(phases.running))}`)
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0)
  const providers = cpu.slice(2).sort((a, b) => b - a)
  console.log(`CPU ms per job: total ${fmt(sum(cpu))}; client ${fmt(cpu[0] ?? 0)}; bootstrap ${fmt(cpu[1] ?? 0)}; ` +
    `busiest providers ${providers.slice(0, 3).map(fmt).join(' ')}; the other ${Math.max(0, providers.length - 3)} together ${fmt(sum(providers.slice(3)))}`)
} finally {
  await client.stop()
  await net.stop()
  await rm(base, { recursive: true, force: true })
}
process.exit(0)
