/**
 * Repro loop for the spurious `lost` (issue 15, finding 4): N short jobs, one after
 * another, against a 3-provider testnet; counts attempts per job and lost attempts
 * with an empty provider job id. Not a timed benchmark.
 */
import '@gpumesh/protocol/polyfill'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, startTestnet } from '@gpumesh/client'

const N = Number(process.env.JOBS ?? 200)
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 1)
const dir = await mkdtemp(join(tmpdir(), 'gpumesh-spurious-'))
const net = await startTestnet({ providers: 3, baseDir: join(dir, 'nodes') })
const client = await createClient({ bootstrap: [net.bootstrap], dataDir: join(dir, 'client') })
try {
  await client.waitForProviders(3)
  const stats = { jobs: 0, succeeded: 0, multiAttempt: 0, lostEmptyId: 0, otherStates: {} as Record<string, number>, lostReasons: [] as string[] }
  let next = 0
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < N) {
      next++
      const job = await client.submit({ command: ['true'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, retries: 1 })
      const rec = await job.done()
      stats.jobs++
      if (rec.state === 'succeeded') stats.succeeded++
      else stats.otherStates[`${rec.state}/${rec.reason}`] = (stats.otherStates[`${rec.state}/${rec.reason}`] ?? 0) + 1
      if (rec.attempts.length > 1) stats.multiAttempt++
      for (const a of rec.attempts) {
        if (a.state === 'lost' && a.providerJobId === '') stats.lostEmptyId++
      }
      for await (const u of job.events()) if (u.type === 'lost') stats.lostReasons.push(u.reason)
    }
  }))
  process.stdout.write(JSON.stringify(stats) + '\n')
} finally {
  await client.stop()
  await net.stop()
  await rm(dir, { recursive: true, force: true })
}
