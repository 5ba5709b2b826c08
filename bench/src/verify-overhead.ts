/**
 * `pnpm build && pnpm --filter @gpumesh/bench verify`: what `--verify 2` costs against one
 * run. A 3-provider testnet (separate processes); the same small job (writes a 64 KiB
 * result) run N times plainly (`submit` -> `result`) and N times verified on 2
 * distinct providers (`submitVerified` -> `result`), alternating, after a warm-up. Reports
 * the median wall time of each, the ratio, and the CPU all processes spent per job.
 * Writes `results/verify-overhead.json`. `N=40` to vary the run.
 */
import '@gpumesh/protocol/polyfill'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { createClient, startTestnet } from '@gpumesh/client'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'
import { summarize } from './stats.js'

const N = Number(process.env.N ?? 20)
const WARM_UP = 3
const JOB = ['sh', '-c', 'head -c 65536 /dev/zero > output/data.bin']
const ORDER = { gpu: { count: 1 }, maxPricePerGpuHour: 10_000_000n }

function cpuMs (pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return 0
  }
}

const base = await mkdtemp(join(tmpdir(), 'gpumesh-verify-bench-'))
const clientDir = join(base, 'client')
const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
const net = await startTestnet({ providers: 3, profiles: ['a100'], baseDir: join(base, 'nodes'), allowClients: [clientId], nodeConfig: { policy: { maxConcurrentJobsPerClient: 100 } } })
const client = await createClient({ bootstrap: [net.bootstrap], dataDir: clientDir, listen: ['/ip4/127.0.0.200/tcp/0'] })
try {
  await client.waitForProviders(3, { signal: AbortSignal.timeout(60_000) })
  await Promise.all(client.providers().map(async p => { await client.libp2p.dial(peerIdFromString(p.provider)).catch(() => {}) }))
  const pids = [process.pid, ...net.nodes.map(n => n.process.pid as number)]
  const wall = { plain: [] as number[], verified: [] as number[] }
  const cpu = { plain: 0, verified: 0 }
  let extraRuns = 0
  for (let i = 0; i < N + WARM_UP; i++) {
    for (const kind of ['plain', 'verified'] as const) {
      const before = pids.map(cpuMs)
      const t0 = performance.now()
      const outDir = join(base, 'out', `${kind}-${i}`)
      if (kind === 'plain') {
        const job = await client.submit({ command: JOB }, ORDER)
        await job.result({ outDir })
      } else {
        const run = await client.submitVerified({ command: JOB }, { ...ORDER, verify: { replicas: 2 } })
        const r = await run.result({ outDir })
        if (r.verification.runs.length > 2) extraRuns++
      }
      const ms = performance.now() - t0
      if (i < WARM_UP) continue
      wall[kind].push(ms)
      cpu[kind] += pids.map(cpuMs).reduce((s, c, j) => s + c - (before[j] ?? 0), 0)
    }
  }
  const plain = summarize(wall.plain)
  const verified = summarize(wall.verified)
  const result = {
    at: new Date().toISOString(),
    cores: cpus().length,
    node: process.version,
    jobs: N,
    plain: { ...plain, cpuMsPerJob: cpu.plain / N },
    verified: { ...verified, cpuMsPerJob: cpu.verified / N, extraRuns },
    wallRatio: verified.median / plain.median,
    cpuRatio: cpu.verified / Math.max(1, cpu.plain)
  }
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'results')
  await mkdir(out, { recursive: true })
  await writeFile(join(out, 'verify-overhead.json'), `${JSON.stringify(result, null, 2)}\n`)
  const f = (n: number): string => n.toFixed(1)
  console.log(`submit -> result, median of ${N}: one run ${f(plain.median)} ms (p90 ${f(plain.p90)}), --verify 2 ${f(verified.median)} ms (p90 ${f(verified.p90)}): ${result.wallRatio.toFixed(2)}x`)
  console.log(`CPU per job, all processes: one run ${f(result.plain.cpuMsPerJob)} ms, --verify 2 ${f(result.verified.cpuMsPerJob)} ms: ${result.cpuRatio.toFixed(2)}x; extra runs (disagreement) ${extraRuns}`)
} finally {
  await client.stop()
  await net.stop()
  await rm(base, { recursive: true, force: true })
}
