import '@gpumesh/protocol/polyfill'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { createClient, startTestnet } from '@gpumesh/client'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'
import { readFileSync } from 'node:fs'
const cpuMs = (pid: number): number => { try { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10 } catch { return 0 } }

const base = await mkdtemp(join(tmpdir(), 'gpumesh-prof-'))
const clientDir = join(base, 'client')
const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
const net = await startTestnet({ providers: 10, baseDir: join(base, 'nodes'), allowClients: [clientId], onLog: (l: string) => { if (l.includes('TRACE')) console.log(l) }, nodeConfig: { bidding: { maxOrdersPerPeerPerSecond: 1_000_000, reservationHoldMs: 15_000 }, policy: { maxConcurrentJobsPerClient: 1_000 }, offers: { intervalMs: 30_000, ttlMs: 120_000 } } })
const client = await createClient({ bootstrap: [net.bootstrap], dataDir: clientDir, listen: ['/ip4/127.0.0.200/tcp/0'] })
try {
  await client.waitForProviders(10, { signal: AbortSignal.timeout(60_000) })
  await Promise.all(client.providers().map(async p => { await client.libp2p.dial(peerIdFromString(p.provider)).catch(() => {}) }))
  const N = Number(process.env.N ?? 100)
  const rows: number[][] = []
  const pids = [process.pid, ...net.nodes.map(n => n.process.pid as number)]
  let cpu0 = 0
  let cpuEach: number[] = []
  for (let i = 0; i < N + 20; i++) {
    const t0 = performance.now()
    const job = await client.submit({ command: ['true'], timeoutS: 60 }, { gpu: { count: 1 }, maxPricePerGpuHour: 10_000_000n, bidWindowMs: i < 20 ? 3000 : undefined, fanout: process.env.FANOUT !== undefined ? Number(process.env.FANOUT) : undefined })
    const tSubmit = performance.now() - t0
    let maxBid = 0; let minBid = Infinity; let tRun = 0; let nb = 0
    for await (const u of job.events()) {
      if (u.type === 'bid') { maxBid = Math.max(maxBid, u.latencyMs); minBid = Math.min(minBid, u.latencyMs); nb++ }
      if (u.type === 'state' && u.state === 'running') { tRun = performance.now() - t0; break }
    }
    await job.done()
    if (i === 19) { cpu0 = pids.reduce((a, p) => a + cpuMs(p), 0); cpuEach = pids.map(cpuMs) }
    if (i >= 20) rows.push([tSubmit, minBid, maxBid, tRun, nb])
  }
  const med = (k: number): number => { const s = rows.map(r => r[k] as number).sort((a, b) => a - b); return s[Math.floor(s.length / 2)] as number }
  const perProc = pids.map(cpuMs)
  console.log('per process ms/job', perProc.map((c, i) => ((c - (cpuEach[i] ?? 0)) / N).toFixed(1)).join(' '))
  console.log(`cpu per job ${((perProc.reduce((a, b) => a + b, 0) - cpu0) / N).toFixed(1)} ms`)
  console.log(`submit() ${med(0).toFixed(1)}  firstBid ${med(1).toFixed(1)}  lastBid ${med(2).toFixed(1)}  running ${med(3).toFixed(1)}  bids ${med(4)}`)
} finally {
  await client.stop(); await net.stop(); await rm(base, { recursive: true, force: true })
}
process.exit(0)
