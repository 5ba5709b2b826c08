/**
 * `pnpm bench [--quick]`: gpumesh against the floor beneath it, in one run, over
 * separate OS processes on loopback. Writes bench/results/latest.json and latest.md.
 * Targets are goals shown beside each figure, never asserts.
 */
import '@gpumesh/protocol/polyfill'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { lpStream } from '@libp2p/utils'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { createClient, startTestnet, type GpumeshClient, type Testnet } from '@gpumesh/client'
import { createGpumeshHost, loadOrCreatePrivateKey, RequestChannels } from '@gpumesh/peer'
import {
  BID_PROTOCOL, MAX_MARKET_MESSAGE_BYTES, PayloadType, decodeBidResponse, encodeEnvelope, encodeJobOrder, signEnvelope, type JobOrder
} from '@gpumesh/protocol'
import { ECHO_PROTOCOL, createFloorNode } from './floor-peer.js'
import { childrenMentioning, privateMiB, rssMiB, summarize, type Summary } from './stats.js'

const here = dirname(fileURLToPath(import.meta.url))
const quick = process.argv.includes('--quick')
/** Re-measure only the scale section (it is the slowest to set up). */
const scaleOnly = process.argv.includes('--scale-only')
/** `--sizes 50,100`: the provider counts of the scale section. */
const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1]
const log = (s: string): void => { process.stderr.write(`${s}\n`) }

const SIZES = quick ? { latencyJobs: 30, throughputJobs: 300, scale: [10], bidSeconds: 1, rtts: 200 } : { latencyJobs: 300, throughputJobs: 10_000, scale: [10, 50, 100], bidSeconds: 5, rtts: 1_000 }
const CONCURRENCY = 10

/** Limits lifted for load: one benchmark client sends far more than a real one. */
const BENCH_NODE_CONFIG = {
  bidding: { maxOrdersPerPeerPerSecond: 1_000_000, reservationHoldMs: 15_000 },
  policy: { maxConcurrentJobsPerClient: 1_000 },
  // A hundred providers republishing every 10 s on two cores is a load of its own; offers
  // also go out on every capacity change and are pulled on connect.
  offers: { intervalMs: 30_000, ttlMs: 60_000 }
}

const NOOP = { command: ['true'], timeoutS: 60 }

async function startFloorServer (): Promise<{ child: ChildProcess, addr: string }> {
  const child = spawn(process.execPath, [join(here, 'floor-peer.js'), 'serve', '/ip4/127.0.0.60/tcp/0'], { stdio: ['pipe', 'pipe', 'inherit'] })
  const addr = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', l => {
      try { const m = JSON.parse(l) as { event: string, addrs: string[] }; if (m.event === 'ready') resolve(m.addrs[0] as string) } catch {}
    })
    child.once('exit', c => { reject(new Error(`floor peer exited ${c}`)) })
  })
  return { child, addr }
}

async function floorRoundTrips (addr: string, n: number): Promise<Summary> {
  const node = await createFloorNode(['/ip4/127.0.0.61/tcp/0'])
  try {
    await node.dial(multiaddr(addr))
    const payload = new Uint8Array(200)
    const samples: number[] = []
    for (let i = 0; i < n + 20; i++) {
      const t0 = performance.now()
      const stream = await node.dialProtocol(multiaddr(addr), ECHO_PROTOCOL)
      const lp = lpStream(stream)
      await lp.write(payload)
      await lp.read()
      await stream.close()
      if (i >= 20) samples.push(performance.now() - t0) // first ones warm up
    }
    return summarize(samples)
  } finally {
    await node.stop()
  }
}

async function bareSpawn (n: number): Promise<Summary> {
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    await new Promise<void>((resolve, reject) => {
      const c = spawn('true', [], { stdio: 'ignore' })
      c.once('spawn', () => { resolve() })
      c.once('error', reject)
    })
    samples.push(performance.now() - t0)
  }
  return summarize(samples)
}

async function withTestnet<T> (providers: number, fn: (net: Testnet, client: GpumeshClient, startedAt: number, bidderDir: string) => Promise<T>): Promise<T> {
  const base = await mkdtemp(join(tmpdir(), 'gpumesh-bench-'))
  const clientDir = join(base, 'client')
  const bidderDir = join(base, 'bidder')
  const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
  const bidderId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(bidderDir)).toString()
  const startedAt = performance.now()
  const net = await startTestnet({ providers, baseDir: join(base, 'nodes'), allowClients: [clientId, bidderId], nodeConfig: BENCH_NODE_CONFIG })
  let client: GpumeshClient | undefined
  try {
    client = await createClient({ bootstrap: [net.bootstrap], dataDir: clientDir, listen: ['/ip4/127.0.0.200/tcp/0'] })
    return await fn(net, client, startedAt, bidderDir)
  } finally {
    await client?.stop()
    await net.stop()
    await rm(base, { recursive: true, force: true })
  }
}

/** submit() until the job reports 'running'. */
async function submitToRunning (client: GpumeshClient, bidWindowMs?: number): Promise<number> {
  const t0 = performance.now()
  const job = await client.submit(NOOP, { gpu: { count: 1 }, maxPricePerGpuHour: 10_000_000n, bidWindowMs })
  for await (const u of job.events()) {
    if (u.type === 'state' && u.state === 'running') break
  }
  const ms = performance.now() - t0
  await job.done()
  return ms
}

async function warm (client: GpumeshClient, n = 20): Promise<void> {
  // Connect to every provider and exercise every path once before measuring.
  await Promise.all(client.providers().map(async p => { await client.libp2p.dial(peerIdFromString(p.provider)).catch(() => {}) }))
  // First contacts open connections (dial + noise) to providers on a loaded machine:
  // give the warm-up auctions a longer window than the measured ones.
  for (let i = 0; i < n; i++) await submitToRunning(client, 3_000)
}

async function latency (client: GpumeshClient, n: number): Promise<Summary> {
  const samples: number[] = []
  for (let i = 0; i < n; i++) samples.push(await submitToRunning(client))
  return summarize(samples)
}

async function throughput (client: GpumeshClient, total: number): Promise<{ ok: number, failed: number, seconds: number, jobsPerSecond: number, latency: Summary }> {
  let next = 0
  let ok = 0
  let failed = 0
  const samples: number[] = []
  const t0 = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < total) {
      next++
      const s = performance.now()
      try {
        const job = await client.submit(NOOP, { gpu: { count: 1 }, maxPricePerGpuHour: 10_000_000n })
        const r = await job.done()
        if (r.state === 'succeeded') ok++
        else failed++
      } catch {
        failed++
      }
      samples.push(performance.now() - s)
    }
  }))
  const seconds = (performance.now() - t0) / 1000
  return { ok, failed, seconds, jobsPerSecond: total / seconds, latency: summarize(samples) }
}

async function bidRate (client: GpumeshClient, provider: string, seconds: number, bidderDir: string): Promise<{ bidsPerSecond: number, answered: number }> {
  // A peer of its own: the bid engine checks each order is signed by the stream's peer.
  const key = await loadOrCreatePrivateKey(bidderDir)
  const self = peerIdFromPrivateKey(key).toString()
  const host = await createGpumeshHost({ privateKey: key, listen: ['/ip4/127.0.0.201/tcp/0'] })
  const offer = client.providers().find(p => p.provider === provider)
  let answered = 0
  // As the client sends RFQs: over one long-lived stream, pipelined.
  const rfq = new RequestChannels(host, { protocol: BID_PROTOCOL, maxResponseBytes: MAX_MARKET_MESSAGE_BYTES })
  try {
    await host.dial(multiaddr(offer?.addrs[0] ?? ''))
    const peer = peerIdFromString(provider)
    const end = performance.now() + seconds * 1000
    await Promise.all(Array.from({ length: 32 }, async () => {
      while (performance.now() < end) {
        const order: JobOrder = {
          orderId: crypto.randomUUID(), client: self, gpu: { count: 1, minVramMiB: 0, model: '', vendor: '' },
          cpuCores: 0, memoryMiB: 0, diskMiB: 0, runtime: 'process', region: '', attributes: {},
          maxPricePerGpuHour: 10_000_000n, maxDurationS: 60, bidDeadlineMs: Date.now() + 5_000, dryRun: true
        }
        const envelope = await signEnvelope(key, PayloadType.order, encodeJobOrder(order), { expiresAtMs: order.bidDeadlineMs })
        const r = await rfq.request(peer, encodeEnvelope(envelope), decodeBidResponse)
        if (r.kind === 'bid') answered++
      }
    }))
  } finally {
    rfq.stop()
    await host.stop()
  }
  return { bidsPerSecond: answered / seconds, answered }
}

interface Row { metric: string, value: string, floor: string, ratio: string, target: string, met: string }

async function main (): Promise<void> {
  const started = new Date()
  const results: Record<string, unknown> = { date: started.toISOString(), quick, machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform } }
  const rows: Row[] = []
  const fmt = (n: number, d = 1): string => Number.isFinite(n) ? n.toFixed(d) : 'n/a'

  log('floor: bare libp2p round trips and a bare spawn …')
  const floorServer = await startFloorServer()
  const rtt = await floorRoundTrips(floorServer.addr, SIZES.rtts)
  const floorRss = rssMiB(floorServer.child.pid as number)
  floorServer.child.stdin?.end()
  const spawnCost = await bareSpawn(100)
  const floor = 3 * rtt.median + spawnCost.median
  results.floor = { rtt, spawn: spawnCost, submitFloorMs: floor, bareNodeRssMiB: floorRss }
  rows.push({ metric: 'bare libp2p request/response, new stream (median)', value: `${fmt(rtt.median, 2)} ms`, floor: '', ratio: '', target: '', met: '' })
  rows.push({ metric: 'bare spawn of the workload (median)', value: `${fmt(spawnCost.median, 2)} ms`, floor: '', ratio: '', target: '', met: '' })

  if (!scaleOnly) log('10 providers: submit -> running latency, throughput, bid engine …')
  if (!scaleOnly) {
    await withTestnet(10, async (net, client, _startedAt, bidderDir) => {
      await client.waitForProviders(10, { signal: AbortSignal.timeout(60_000) })
      await warm(client)
      const lat = await latency(client, SIZES.latencyJobs)
      results.submitToRunning = lat
      rows.push({ metric: `submit -> running, 10 providers (median of ${lat.n})`, value: `${fmt(lat.median)} ms`, floor: `${fmt(floor)} ms`, ratio: `${fmt(lat.median / floor, 2)}x`, target: '≤ 25 ms, ≤ 3x floor', met: lat.median <= 25 && lat.median / floor <= 3 ? 'yes' : 'no' })
      rows.push({ metric: 'submit -> running, 10 providers (p90)', value: `${fmt(lat.p90)} ms`, floor: '', ratio: '', target: '', met: '' })
      rows.push({ metric: 'submit -> running, 10 providers (p99)', value: `${fmt(lat.p99)} ms`, floor: '', ratio: '', target: '≤ 100 ms', met: lat.p99 <= 100 ? 'yes' : 'no' })

      log(`throughput: ${SIZES.throughputJobs} no-op jobs at concurrency ${CONCURRENCY} …`)
      const tp = await throughput(client, SIZES.throughputJobs)
      results.throughput = tp
      rows.push({ metric: `${SIZES.throughputJobs} no-op jobs at concurrency ${CONCURRENCY}: done`, value: `${tp.ok}/${SIZES.throughputJobs} (${fmt(100 * tp.ok / SIZES.throughputJobs, 1)}%)`, floor: '', ratio: '', target: '100%', met: tp.ok === SIZES.throughputJobs ? 'yes' : 'no' })
      rows.push({ metric: '… mean job latency (submit -> receipt)', value: `${fmt(tp.latency.mean)} ms`, floor: '', ratio: '', target: '≤ 30 ms', met: tp.latency.mean <= 30 ? 'yes' : 'no' })
      rows.push({ metric: '… p99 job latency', value: `${fmt(tp.latency.p99)} ms`, floor: '', ratio: '', target: '', met: '' })
      rows.push({ metric: '… jobs per second', value: fmt(tp.jobsPerSecond), floor: '', ratio: '', target: '', met: '' })

      log('bid engine: concurrent RFQs to one provider …')
      const provider = net.providers[0]?.peerId as string
      const bids = await bidRate(client, provider, SIZES.bidSeconds, bidderDir)
      results.bidEngine = bids
      rows.push({ metric: 'bids answered per second, one provider, 32 concurrent RFQs on one stream', value: fmt(bids.bidsPerSecond, 0), floor: '', ratio: '', target: '', met: '' })
    })
  }

  const scale: Array<Record<string, unknown>> = []
  const scaleSizes = process.argv.includes('--sizes') && sizesArg !== undefined ? sizesArg.split(',').map(Number) : SIZES.scale
  for (const n of scaleSizes) {
    log(`scale: ${n} providers …`)
    await withTestnet(n, async (net, client, startedAt) => {
      const readyAt = performance.now()
      await client.waitForProviders(n, { signal: AbortSignal.timeout(120_000) })
      const allOffersMs = performance.now() - readyAt
      const sinceStartMs = performance.now() - startedAt
      await warm(client, 5)
      const lat = await latency(client, quick ? 20 : 50)
      // A provider's footprint: its process plus what its job launcher adds (the
      // launcher's private pages; the rest of it is the node binary, shared).
      const rss = net.providers.map(p => {
        const pid = p.process.pid as number
        return rssMiB(pid) + childrenMentioning(pid, 'launcher-main').reduce((sum, l) => sum + privateMiB(l), 0)
      }).filter(Number.isFinite)
      const meanRss = rss.reduce((a, b) => a + b, 0) / Math.max(1, rss.length)
      scale.push({ providers: n, allOffersAfterProvidersReadyMs: allOffersMs, allOffersSinceStartMs: sinceStartMs, submitToRunning: lat, providerRssMiB: meanRss })
      rows.push({ metric: `${n} providers: every offer at the client after the last provider is up`, value: `${fmt(allOffersMs, 0)} ms`, floor: '', ratio: '', target: '≤ 2000 ms', met: allOffersMs <= 2000 ? 'yes' : 'no' })
      rows.push({ metric: `${n} providers: submit -> running (median)`, value: `${fmt(lat.median)} ms`, floor: `${fmt(floor)} ms`, ratio: `${fmt(lat.median / floor, 2)}x`, target: 'flat from 10 to 100', met: '' })
      rows.push({ metric: `${n} providers: RSS per provider (process + its job launcher's private memory)`, value: `${fmt(meanRss, 0)} MiB`, floor: `${fmt(floorRss, 0)} MiB`, ratio: `${fmt(meanRss / floorRss, 2)}x`, target: '≤ 1.3x bare node', met: meanRss / floorRss <= 1.3 ? 'yes' : 'no' })
    }).catch(err => {
      // One size failing (e.g. the machine cannot start that many processes) still leaves the others' figures.
      scale.push({ providers: n, error: (err as Error).message })
      rows.push({ metric: `${n} providers`, value: `failed: ${(err as Error).message}`, floor: '', ratio: '', target: '', met: 'no' })
    })
  }
  results.scale = scale
  results.rows = rows

  const outDir = join(here, '..', 'results')
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, 'latest.json'), JSON.stringify(results, (_k, v: unknown) => typeof v === 'bigint' ? v.toString() : v, 2))
  const md = [
    `gpumesh benchmark${quick ? ' (--quick)' : ''}, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, loopback, separate processes.`,
    '',
    '| metric | gpumesh | floor | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(r => `| ${r.metric} | ${r.value} | ${r.floor} | ${r.ratio} | ${r.target} | ${r.met} |`),
    '',
    'Floor: a plain libp2p node process with the same stack (tcp, noise, yamux, identify, ping, gossipsub) and no gpumesh code; submit floor = 3 bare round trips + 1 bare spawn. Bacalhau publishes 1.32 s single-job latency and 630 ms mean over 10,000 no-op jobs at concurrency 10.'
  ].join('\n')
  await writeFile(join(outDir, 'latest.md'), `${md}\n`)
  process.stdout.write(`${md}\n`)
}

await main()
process.exit(0)
