/**
 * `pnpm bench:stalled`: a provider's memory while one peer stalls job streams inside
 * big frames. 64 streams each promise a maximal Submit (8.25 MiB), send 8 MiB of it and
 * stop; the provider must reset what passes its read budget (see JobService) at once
 * and hold the rest only until the read deadline. Before the budget, RSS went from
 * ~110 MiB to 640-740 MiB and stayed there. Writes bench/results/stalled-frames.json.
 */
import '@gpumesh/protocol/polyfill'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { startTestnet } from '@gpumesh/client'
import { createGpumeshHost } from '@gpumesh/peer'
import { JOB_PROTOCOL, MAX_JOB_REQUEST_BYTES, encodeFrame } from '@gpumesh/protocol'
import { rssMiB } from './stats.js'

const here = dirname(fileURLToPath(import.meta.url))
const STREAMS = 64
const SENT_BYTES = 8 * 1024 * 1024
const log = (s: string): void => { process.stderr.write(`${s}\n`) }
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

async function main (): Promise<void> {
  const base = await mkdtemp(join(tmpdir(), 'gpumesh-bench-stalled-'))
  const net = await startTestnet({ providers: 1, baseDir: join(base, 'nodes') })
  const attacker = await createGpumeshHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.210/tcp/0'] })
  try {
    const provider = net.providers[0]!
    const pid = provider.process.pid!
    await attacker.dial(multiaddr(provider.addrs[0]!))
    await sleep(2_000)
    const idle = rssMiB(pid)
    let peak = idle
    const sampler = setInterval(() => { peak = Math.max(peak, rssMiB(pid)) }, 50)
    const partial = encodeFrame(new Uint8Array(MAX_JOB_REQUEST_BYTES)).subarray(0, SENT_BYTES)
    const started = performance.now()
    const streams = await Promise.all(Array.from({ length: STREAMS }, async () =>
      await attacker.dialProtocol(peerIdFromString(provider.peerId), JOB_PROTOCOL, { signal: AbortSignal.timeout(10_000) })))
    await Promise.all(streams.map(async s => { if (!s.send(partial)) await s.onDrain().catch(() => {}) }))
    const closedAt = await Promise.all(streams.map(async s => await new Promise<number>(resolve => {
      if (s.status !== 'open') { resolve(performance.now() - started); return }
      s.addEventListener('close', () => { resolve(performance.now() - started) }, { once: true })
    })))
    clearInterval(sampler)
    await sleep(5_000)
    const after = rssMiB(pid)
    closedAt.sort((a, b) => a - b)
    const result = {
      date: new Date().toISOString(),
      streams: STREAMS,
      sentMiBPerStream: SENT_BYTES / 2 ** 20,
      providerRssMiB: { idle, peak, fiveSecondsAfter: after },
      streamsCutWithinOneSecond: closedAt.filter(t => t < 1_000).length,
      lastStreamCutMs: Math.round(closedAt.at(-1) ?? 0),
      target: 'peak RSS <= idle + 100 MiB (was 640-740 MiB before the read budget)',
      met: peak <= idle + 100
    }
    log(`provider RSS: idle ${idle} MiB, peak ${peak} MiB, 5 s after ${after} MiB; ${result.streamsCutWithinOneSecond}/${STREAMS} streams cut within 1 s, last at ${result.lastStreamCutMs} ms; target peak <= idle + 100 MiB: ${result.met ? 'met' : 'not met'}`)
    await mkdir(join(here, '..', 'results'), { recursive: true })
    await writeFile(join(here, '..', 'results', 'stalled-frames.json'), `${JSON.stringify(result, null, 2)}\n`)
  } finally {
    await attacker.stop()
    await net.stop()
    await rm(base, { recursive: true, force: true })
  }
}

await main()
