/**
 * A walk through the market with two providers and one client, all in memory:
 * sign offers, verify them into an offer book, match an order, price it, rank bids.
 * Run with `pnpm --filter @gpumesh/protocol example`. A CLI-style script, so it prints.
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { declineReasonName, type Bid } from '../bid.js'
import { PayloadType } from '../constants.js'
import { openEnvelope, signEnvelope } from '../envelope.js'
import { costFor, priceOrder } from '../market/pricing.js'
import { matchOffer, selectGpus } from '../market/match.js'
import { OfferBook } from '../market/offer-book.js'
import { rankBids } from '../market/rank.js'
import type { PricingStrategy } from '../market/pricing-strategy.js'
import { decodeCapacityOffer, encodeCapacityOffer, type CapacityOffer } from '../offer.js'
import type { JobOrder } from '../order.js'

const credits = (micro: bigint): string => `${micro / 1_000_000n}.${(micro % 1_000_000n).toString().padStart(6, '0')} credits`
const short = (peerId: string): string => `…${peerId.slice(-6)}`

interface Provider {
  name: string
  key: PrivateKey
  peerId: string
  offer: CapacityOffer
  strategy: PricingStrategy
}

async function provider (name: string, build: (peerId: string) => Omit<CapacityOffer, 'provider'>, strategy: PricingStrategy): Promise<Provider> {
  const key = await generateKeyPair('Ed25519')
  const peerId = peerIdFromPrivateKey(key).toString()
  return { name, key, peerId, offer: { provider: peerId, ...build(peerId) }, strategy }
}

async function main (): Promise<void> {
  const now = Date.now()
  const expiresAtMs = now + 60_000

  const alpha = await provider('alpha', () => ({
    seq: 1,
    gpus: [{ vendor: 'nvidia', model: 'NVIDIA H100 80GB HBM3', vramMiB: 81_559, computeCapability: '9.0', countTotal: 8, countFree: 4, declared: false }],
    cpuCores: 96, memoryMiB: 1_000_000, diskMiB: 4_000_000,
    runtimes: ['process', 'docker'], pricePerGpuHour: 2_500_000n, region: 'eu-west',
    attributes: { tier: 'datacenter' }, expiresAtMs, addrs: ['/ip4/10.0.0.1/tcp/4001']
  }), { kind: 'surge', pricePerGpuHour: 2_500_000n, thresholdPercent: 50, maxMultiplierPercent: 200 })

  const beta = await provider('beta', () => ({
    seq: 7,
    gpus: [{ vendor: 'nvidia', model: 'NVIDIA GeForce RTX 4090', vramMiB: 24_564, computeCapability: '8.9', countTotal: 2, countFree: 2, declared: true }],
    cpuCores: 16, memoryMiB: 64_000, diskMiB: 500_000,
    runtimes: ['process'], pricePerGpuHour: 400_000n, region: 'eu-west',
    attributes: { tier: 'consumer' }, expiresAtMs, addrs: ['/ip4/10.0.0.2/tcp/4001']
  }), { kind: 'fixed', pricePerGpuHour: 400_000n })

  console.log('1. Two providers sign their offers')
  const book = new OfferBook()
  for (const p of [alpha, beta]) {
    const envelope = await signEnvelope(p.key, PayloadType.offer, encodeCapacityOffer(p.offer), { expiresAtMs })
    // What a client does with an offer off the gossip topic: verify, then book it.
    const opened = await openEnvelope(envelope, PayloadType.offer, decodeCapacityOffer)
    const added = book.add(opened)
    const g = p.offer.gpus[0]
    console.log(`   ${p.name} (${short(p.peerId)}): ${g?.countFree ?? 0} free x ${g?.model ?? '-'}, ${credits(p.offer.pricePerGpuHour)}/GPU-h, signature ok, booked: ${added.accepted}`)
  }

  const order: JobOrder = {
    orderId: 'order-demo-1', client: 'client-demo',
    gpu: { count: 2, minVramMiB: 40_000, model: '*h100*', vendor: 'nvidia' },
    cpuCores: 16, memoryMiB: 128_000, diskMiB: 200_000, runtime: 'docker', region: 'eu-west',
    attributes: {}, maxPricePerGpuHour: 5_000_000n, maxDurationS: 3600, bidDeadlineMs: now + 500, dryRun: false
  }
  console.log(`\n2. A client orders ${order.gpu.count} x "${order.gpu.model}" with >= ${order.gpu.minVramMiB} MiB VRAM, ${order.runtime}, at most ${credits(order.maxPricePerGpuHour)}/GPU-h`)
  for (const p of [alpha, beta]) {
    const result = matchOffer(order, p.offer, { now })
    console.log(result.ok
      ? `   ${p.name}: matches (${result.gpus.map(g => g.model).join(', ')})`
      : `   ${p.name}: no match, because ${result.reasons.map(declineReasonName).join(', ')}`)
  }
  console.log(`   offer book picks: ${book.match(order).map(o => short(o.provider)).join(', ')}`)

  console.log('\n3. alpha picks cards from its free ones and prices the order')
  // alpha's cards 0-3 are leased; 4-7 are free. 6 of 8 busy puts surge pricing on its ramp.
  const free = [4, 5, 6, 7].map(index => ({ index, vendor: 'nvidia', model: 'NVIDIA H100 80GB HBM3', vramMiB: 81_559, computeCapability: '9.0' }))
  const picked = selectGpus(order, free)
  if (!picked.ok) throw new Error('example: alpha should have the cards')
  const price = priceOrder(order, alpha.strategy, { gpusTotal: 8, gpusBusy: 6 })
  console.log(`   alpha: GPUs ${picked.indices.join(',')}; 6/8 busy, so surge pricing asks ${credits(price)}/GPU-h`)
  const alphaBid: Bid = {
    bidId: 'alpha-bid', orderId: order.orderId, provider: alpha.peerId, client: order.client, pricePerGpuHour: price,
    gpuIndices: picked.indices, gpuModels: picked.indices.map(() => 'NVIDIA H100 80GB HBM3'), maxDurationS: order.maxDurationS,
    expiresAtMs: now + 10_000, orderDigest: new Uint8Array(32)
  }
  // Two more H100 providers (not shown above) bid too: one at the same price, one dearer.
  const gammaBid: Bid = { ...alphaBid, bidId: 'gamma-bid', provider: '12D3KooWGamma' }
  const deltaBid: Bid = { ...alphaBid, bidId: 'delta-bid', provider: '12D3KooWDelta', pricePerGpuHour: price + 250_000n }

  console.log('\n4. The client ranks the bids (price, then reputation, then latency)')
  const ranked = rankBids([
    { bid: deltaBid, latencyMs: 2, reputation: 1 },
    { bid: gammaBid, latencyMs: 4 },
    { bid: alphaBid, latencyMs: 12, reputation: 0.9 }
  ])
  ranked.forEach((r, i) => {
    console.log(`   #${i + 1} ${r.bid.bidId} from ${short(r.bid.provider)}: ${credits(r.bid.pricePerGpuHour)}/GPU-h, reputation ${r.reputation ?? 'unknown'}, ${r.latencyMs} ms`)
  })
  const winner = ranked[0]
  if (winner !== undefined) {
    const cost = costFor(winner.bid.pricePerGpuHour, winner.bid.gpuIndices.length, 90 * 60_000)
    console.log(`\n5. If the job runs 90 minutes on ${winner.bid.gpuIndices.length} GPUs it costs ${credits(cost)}`)
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
