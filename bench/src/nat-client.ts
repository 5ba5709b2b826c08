/**
 * The client side of `pnpm bench:nat` (bench/src/nat.ts), run inside a home namespace of
 * the NAT testbed: an SDK client submits N no-op jobs, one at a time, to the providers of
 * each GPU model named, and prints, per model, submit -> running, the first bid's
 * latency and the path the job took, as one JSON line.
 *
 *   nat-client.js --bootstrap <ma> --data-dir <dir> --n N --model <m> [--model <m> …]
 */
import '@gpumesh/protocol/polyfill'
import { createClient, type GpumeshClient } from '@gpumesh/client'

const args = process.argv.slice(2)
const arg = (name: string): string | undefined => args[args.indexOf(`--${name}`) + 1]
const models = args.flatMap((a, i) => a === '--model' ? [args[i + 1] as string] : [])
const n = Number(arg('n') ?? 30)
/** The first jobs on a model dial and warm up; they are reported apart (cold), not in the samples. */
const WARM_UP = 3

interface Sample { running: number, firstBid: number, path: string }

async function one (client: GpumeshClient, model: string): Promise<Sample> {
  const t0 = performance.now()
  // fanout 1: the RFQ goes to the one matching provider and nothing is broadcast on the
  // orders topic, so the auction ends at its bid (a broadcast waits the whole window).
  const job = await client.submit({ command: ['true'], timeoutS: 60 }, { gpu: { count: 1, model }, maxPricePerGpuHour: 10_000_000n, fanout: 1, bidWindowMs: 5_000 })
  let firstBid = NaN
  let path = ''
  for await (const u of job.events()) {
    if (u.type === 'bid' && Number.isNaN(firstBid)) firstBid = u.latencyMs
    if (u.type === 'lease') path = u.path
    if (u.type === 'state' && u.state === 'running') break
  }
  const running = performance.now() - t0
  await job.done()
  return { running, firstBid, path }
}

const client = await createClient({ bootstrap: [arg('bootstrap') ?? ''], dataDir: arg('data-dir') })
try {
  await client.waitForProviders(models.length, { signal: AbortSignal.timeout(30_000) })
  for (const model of models) {
    const cold: Sample[] = []
    const samples: Sample[] = []
    for (let i = 0; i < n + WARM_UP; i++) (i < WARM_UP ? cold : samples).push(await one(client, model))
    process.stdout.write(`${JSON.stringify({ event: 'samples', model, cold, samples })}\n`)
  }
} finally {
  await client.stop()
}
