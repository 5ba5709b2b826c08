/**
 * Counts jobs that ran twice (issue 15, finding 4): what `gpumesh submit --detach`
 * then `gpumesh status JOB` does, N times against a 3-provider testnet. One client
 * submits and stops as soon as submit() returns; a second, on the same data dir,
 * re-attaches and follows the job to its end. A lost attempt with an empty provider
 * job id means the client re-attached to nothing and resubmitted the job elsewhere
 * while its provider was running it. Not timed. `JOBS=100 node dist/spurious-lost.js`
 */
import '@gpumesh/protocol/polyfill'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { createClient, startTestnet } from '@gpumesh/client'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'

const N = Number(process.env.JOBS ?? 100)
const dir = await mkdtemp(join(tmpdir(), 'gpumesh-spurious-'))
const dataDir = join(dir, 'client')
const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(dataDir)).toString()
const net = await startTestnet({ providers: 3, baseDir: join(dir, 'nodes'), allowClients: [clientId] })
const stats = { jobs: 0, succeeded: 0, ranTwice: 0, lostWithEmptyJobId: 0, states: {} as Record<string, number> }
try {
  for (let i = 0; i < N; i++) {
    const submitter = await createClient({ bootstrap: [net.bootstrap], dataDir })
    let id: string
    try {
      await submitter.waitForProviders(3)
      id = (await submitter.submit({ command: ['sleep', '0.2'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, retries: 1 })).id
    } finally {
      await submitter.stop()
    }
    const follower = await createClient({ bootstrap: [net.bootstrap], dataDir })
    try {
      const record = await (await follower.job(id)).done({ signal: AbortSignal.timeout(60_000) })
      stats.jobs++
      if (record.state === 'succeeded') stats.succeeded++
      stats.states[record.state] = (stats.states[record.state] ?? 0) + 1
      if (record.attempts.length > 1) stats.ranTwice++
      if (record.attempts.some(a => a.state === 'lost' && a.providerJobId === '')) stats.lostWithEmptyJobId++
    } finally {
      await follower.stop()
    }
  }
} finally {
  process.stdout.write(`${JSON.stringify(stats)}\n`)
  await net.stop()
  await rm(dir, { recursive: true, force: true })
}
