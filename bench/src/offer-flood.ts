/**
 * `node bench/dist/offer-flood.js`: what a 3,000-sybil offer flood costs a provider
 * process (wall time to absorb it, CPU), what it then holds and serves, and an honest
 * submit's latency through it before and after. Separate processes on loopback (a
 * `gpumesh testnet` of one provider; attacker and client in this process). Figures, not
 * asserts: test/offer-flood.spec.ts asserts the behaviour. Writes
 * bench/results/offer-flood.json.
 */
import '@gpumesh/protocol/polyfill'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateKeyPair, publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { PrivateKey } from '@libp2p/interface'
import { createClient, startTestnet } from '@gpumesh/client'
import { createGpumeshHost, loadOrCreatePrivateKey, requestResponse, serveRequests } from '@gpumesh/peer'
import {
  MAX_OFFER_SET_BYTES, MAX_OFFERS_PER_SYNC, OFFER_SYNC_PROTOCOL, OFFERS_TOPIC, PayloadType,
  encodeCapacityOffer, encodeEnvelope, encodeOfferSet, signEnvelope, type SignedEnvelope
} from '@gpumesh/protocol'
import { summarize } from './stats.js'

const here = dirname(fileURLToPath(import.meta.url))
const SYBILS = 3_000
const SUBMITS = 5
const log = (s: string): void => { process.stderr.write(`${s}\n`) }

async function fake (key: PrivateKey): Promise<SignedEnvelope> {
  const now = Date.now()
  const expiresAtMs = now + 365 * 24 * 3_600_000
  return await signEnvelope(key, PayloadType.offer, encodeCapacityOffer({
    provider: peerIdFromPrivateKey(key).toString(), seq: now,
    gpus: [{ vendor: 'nvidia', model: 'NVIDIA H100 80GB HBM3', vramMiB: 81559, computeCapability: '9.0', countTotal: 64, countFree: 64, declared: false }],
    cpuCores: 256, memoryMiB: 1 << 20, diskMiB: 1 << 24, runtimes: ['process'], pricePerGpuHour: 1n, region: '', attributes: {},
    expiresAtMs, addrs: ['/ip4/127.0.0.1/tcp/1']
  }), { expiresAtMs })
}

/** User + system CPU of a process so far, ms (clock ticks of 10 ms). */
async function cpuMs (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(f[11]) + Number(f[12])) * 10
}

const base = await mkdtemp(join(tmpdir(), 'gpumesh-flood-bench-'))
try {
  const clientKey = await loadOrCreatePrivateKey(join(base, 'client'))
  const net = await startTestnet({ providers: 1, baseDir: join(base, 'nodes'), allowClients: [peerIdFromPrivateKey(clientKey).toString()] })
  try {
    const provider = net.providers[0]
    if (provider === undefined) throw new Error('the testnet has no provider')
    const client = await createClient({ dataDir: join(base, 'client'), bootstrap: provider.addrs.slice(0, 1) })
    /** Submit -> done of SUBMITS no-op jobs, one after another; a failed submit counts with the time it took to fail. */
    const submitMs = async (): Promise<{ ms: number[], failed: string[] }> => {
      const ms: number[] = []
      const failed: string[] = []
      for (let i = 0; i < SUBMITS; i++) {
        const t0 = performance.now()
        try {
          const job = await client.submit({ command: ['true'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n })
          await job.done({ signal: AbortSignal.timeout(60_000) })
        } catch (err) {
          failed.push((err as Error).name)
        }
        ms.push(performance.now() - t0)
        log(`submit ${i + 1}/${SUBMITS}: ${(performance.now() - t0).toFixed(0)} ms${failed.length > 0 ? ` (${failed.length} failed)` : ''}`)
      }
      return { ms, failed }
    }
    await client.waitForProviders(1)
    const before = await submitMs()
    log(`before the flood: ${before.ms.map(m => m.toFixed(0)).join(', ')} ms`)

    const keys = await Promise.all(Array.from({ length: SYBILS }, async () => await generateKeyPair('Ed25519')))
    const fakes = await Promise.all(keys.map(fake))
    const attackerKey = await loadOrCreatePrivateKey(join(base, 'attacker'))
    const attacker = await createGpumeshHost({ privateKey: attackerKey, listen: ['/ip4/127.0.0.70/tcp/0'] })
    let next = 0
    await attacker.handle(OFFER_SYNC_PROTOCOL, (stream, connection) => {
      void serveRequests(stream, connection, {
        maxRequestBytes: 0,
        readTimeoutMs: 5_000,
        answer: async () => {
          const batch = Array.from({ length: MAX_OFFERS_PER_SYNC }, (_, i) => fakes[(next + i) % fakes.length] as SignedEnvelope)
          next = (next + MAX_OFFERS_PER_SYNC) % fakes.length
          return encodeOfferSet(batch)
        }
      })
    })
    const providerId = peerIdFromString(provider.peerId)
    const cpu0 = await cpuMs(provider.process.pid as number)
    const t0 = performance.now()
    for (let i = 0; i < 3; i++) {
      const answered = next
      await attacker.dial(multiaddr(provider.addrs[0] as string))
      // eslint-disable-next-line no-unmodified-loop-condition -- `next` moves in the sync handler
      while (next === answered) await new Promise(resolve => setTimeout(resolve, 10))
      await new Promise(resolve => setTimeout(resolve, 300))
      await attacker.hangUp(providerId)
    }
    await attacker.dial(multiaddr(provider.addrs[0] as string))
    while (!attacker.services.pubsub.getSubscribers(OFFERS_TOPIC).some(p => p.equals(providerId))) await new Promise(resolve => setTimeout(resolve, 10))
    const pubsub = attacker.services.pubsub as unknown as { publishConfig: unknown }
    const own = pubsub.publishConfig
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as PrivateKey
      pubsub.publishConfig = { type: 0, author: peerIdFromPrivateKey(key), key: publicKeyToProtobuf(key.publicKey), privateKey: key }
      await attacker.services.pubsub.publish(OFFERS_TOPIC, encodeEnvelope(fakes[i] as SignedEnvelope))
    }
    pubsub.publishConfig = own
    const canary = await fake(attackerKey)
    await attacker.services.pubsub.publish(OFFERS_TOPIC, encodeEnvelope(canary))
    // Absorbed once the canary (first-hand, after every fake on the same stream) is served
    // back, or (a book that takes everything) once every fake is known.
    const offersKnown = async (): Promise<number> => ((await (await fetch(`${provider.apiUrl}/status`)).json()) as { offersKnown: number }).offersKnown
    let answer: Uint8Array = new Uint8Array(0)
    // Bounded: a run that never sees the flood absorbed says so instead of hanging.
    const giveUp = performance.now() + 120_000
    for (;;) {
      if (performance.now() > giveUp) throw new Error('the flood was not absorbed in 120 s')
      try {
        answer = await requestResponse(attacker, providerId, OFFER_SYNC_PROTOCOL, new Uint8Array(0), b => b, { maxResponseBytes: MAX_OFFER_SET_BYTES, signal: AbortSignal.timeout(30_000) })
      } catch {}
      if (Buffer.from(answer).includes(Buffer.from(canary.signature)) || await offersKnown() > SYBILS) break
      // Slower than offer sync's per-peer rate, so the poll is always answered.
      await new Promise(resolve => setTimeout(resolve, 600))
    }
    const absorbMs = performance.now() - t0
    log(`flood absorbed in ${absorbMs.toFixed(0)} ms`)
    const absorbCpuMs = await cpuMs(provider.process.pid as number) - cpu0
    const known = await offersKnown()
    const after = await submitMs()
    const listed = client.providers()
    await attacker.stop()
    await client.stop()

    const result = {
      at: new Date().toISOString(),
      sybils: SYBILS,
      pushed: { syncAnswers: 3, perAnswer: MAX_OFFERS_PER_SYNC, gossip: SYBILS },
      absorbMs: Math.round(absorbMs),
      providerCpuMs: absorbCpuMs,
      providerOffersKnown: known,
      syncAnswerBytes: answer.byteLength,
      clientProvidersListed: listed.length,
      // A listing without the flag (before it existed) shows every offer as first-class.
      clientFakesListedAsReached: listed.filter(p => (p as { reached?: boolean }).reached !== false && p.provider !== provider.peerId).length,
      submitToDoneMsBefore: summarize(before.ms),
      submitsFailedBefore: before.failed,
      submitToDoneMsAfter: summarize(after.ms),
      submitsFailedAfter: after.failed
    }
    await mkdir(join(here, '..', 'results'), { recursive: true })
    await writeFile(join(here, '..', 'results', 'offer-flood.json'), `${JSON.stringify(result, null, 2)}\n`)
    log(JSON.stringify(result, null, 2))
  } finally {
    await net.stop()
  }
} finally {
  await rm(base, { recursive: true, force: true })
}
