/**
 * The SDK against real provider nodes on loopback: auction, quote, lease fall-through,
 * results, receipts and re-attaching after a client restart.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createClient, type GpumeshClient } from '@gpumesh/client'
import { A100, H100, RTX4090, Testbed, dialAddr } from '@gpumesh/test-utils'
import type { ProviderNode } from '@gpumesh/node'
import type { Stream } from '@libp2p/interface'
import { BID_PROTOCOL, PayloadType, encodeCapacityOffer, signEnvelope, type CapacityOffer } from '@gpumesh/protocol'

describe('client SDK', () => {
  let bed: Testbed
  let boot: ProviderNode
  const clients: GpumeshClient[] = []

  beforeEach(async () => {
    bed = new Testbed()
    boot = await bed.startNode(await bed.config({ gpus: [] }))
  })
  afterEach(async () => {
    await Promise.allSettled(clients.splice(0).map(async c => { await c.stop() }))
    await bed.stop()
  })

  async function provider (gpu: typeof H100, price: bigint, tweak: (c: Awaited<ReturnType<Testbed['config']>>) => void = () => {}): Promise<ProviderNode> {
    const config = await bed.config({ gpus: [gpu], price, bootstrap: [dialAddr(boot)] })
    tweak(config)
    return await bed.startNode(config)
  }

  async function client (dataDir?: string): Promise<GpumeshClient> {
    const c = await createClient({ bootstrap: [dialAddr(boot)], dataDir: dataDir ?? await bed.tempDir('gpumesh-client-'), listen: [`/ip4/${bed.host()}/tcp/0`] })
    clients.push(c)
    return c
  }

  it('leases the cheapest matching provider and returns verified results and a countersigned receipt', async () => {
    const [expensive, cheap, tooSmall] = [await provider(H100, 4_000_000n), await provider(A100, 2_000_000n), await provider(RTX4090, 500_000n)]
    const c = await client()
    await c.waitForProviders(3)
    const job = await c.submit({ command: ['sh', '-c', 'echo "gpus=$CUDA_VISIBLE_DEVICES"; echo 42 > output/answer.txt'] }, {
      gpu: { count: 2, minVramMiB: 32_000 },
      maxPricePerGpuHour: 5_000_000n
    })
    const outDir = await bed.tempDir('gpumesh-out-')
    const result = await job.result({ outDir })
    expect(result.state).toBe('succeeded')
    expect(job.attempt?.provider).toBe(cheap.peerId)
    expect(result.files).toEqual([expect.objectContaining({ name: 'answer.txt', size: 3 })])
    expect(await readFile(join(outDir, 'answer.txt'), 'utf8')).toBe('42\n')
    const updates = []
    for await (const u of job.events()) updates.push(u)
    // Best first; the dearer bid is there only if it came before the cheaper one (the
    // auction closes once nobody still to answer could beat the best bid in hand).
    const bids = updates.flatMap(u => u.type === 'bid' ? [u.provider] : [])
    expect(bids[0]).toBe(cheap.peerId)
    expect([[cheap.peerId], [cheap.peerId, expensive.peerId]]).toContainEqual(bids)
    expect(updates.some(u => u.type === 'log' && u.line === `gpus=${job.attempt?.gpuIndices.join(',')}`)).toBe(true)
    const receipt = await job.receipt()
    expect(receipt).toMatchObject({ provider: cheap.peerId, client: c.peerId, finalState: 'succeeded' })
    expect(updates.find(u => u.type === 'receipt')).toMatchObject({ countersigned: true })
    expect(await c.receipts()).toHaveLength(1)
    // An ended job is not held in memory: job(id) rebuilds it, whole, from the store.
    const again = await c.job(job.id)
    expect(again).not.toBe(job)
    expect(again.state).toBe('succeeded')
    expect(await again.receipt()).toMatchObject({ provider: cheap.peerId, finalState: 'succeeded' })
    void tooSmall
  })

  it('does not wait for a provider that cannot beat the best bid in hand', async () => {
    const cheap = await provider(A100, 2_000_000n)
    const c = await client()
    await c.waitForProviders(1)
    // A dearer provider that takes the RFQ and never answers.
    const silent = await bed.peer()
    const held: Stream[] = []
    await silent.libp2p.handle(BID_PROTOCOL, (stream) => { held.push(stream) })
    const offer: CapacityOffer = {
      provider: silent.id, seq: 1, gpus: [{ vendor: 'nvidia', model: 'A100', vramMiB: 81_920, computeCapability: '8.0', countTotal: 1, countFree: 1, declared: true }],
      cpuCores: 8, memoryMiB: 65_536, diskMiB: 100_000, runtimes: ['process'], pricePerGpuHour: 3_000_000n, region: '', attributes: {},
      expiresAtMs: Date.now() + 60_000, addrs: silent.libp2p.getMultiaddrs().map(String)
    }
    expect(await c.offers.receiveEnvelope(await signEnvelope(silent.key, PayloadType.offer, encodeCapacityOffer(offer), { expiresAtMs: offer.expiresAtMs }), silent.id)).toBeDefined()

    const job = await c.submit({ command: ['true'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, bidWindowMs: 3_000 })
    expect(held).toHaveLength(1) // it was asked
    expect(job.attempt?.provider).toBe(cheap.peerId)
    expect((await job.done()).state).toBe('succeeded')
    const updates = []
    for await (const u of job.events()) updates.push(u)
    expect(updates.find(u => u.type === 'auction')).toMatchObject({ asked: 2 })
    // Waiting it out would have ended in a 'no-answer' decline from the silent peer.
    expect(updates.filter(u => u.type === 'decline')).toEqual([])
    for (const s of held) s.abort(new Error('test over'))
  })

  it('quote says who would bid at what price, and why the others would not', async () => {
    const [h100, a100] = [await provider(H100, 4_000_000n), await provider(A100, 2_000_000n)]
    const c = await client()
    await c.waitForProviders(2)
    const quote = await c.quote({ gpu: { count: 4, model: '*H100*' }, maxPricePerGpuHour: 5_000_000n })
    expect(quote.bids.map(b => b.provider)).toEqual([h100.peerId])
    expect(quote.bids[0]?.pricePerGpuHour).toBe(4_000_000n)
    expect(quote.unmatched).toEqual([{ provider: a100.peerId, reasons: expect.arrayContaining(['gpu-model']) }])
    // A quote reserves nothing.
    expect(h100.ledger.freeGpus()).toHaveLength(8)
    const tooCheap = await c.quote({ gpu: { count: 1 }, maxPricePerGpuHour: 1_000n })
    expect(tooCheap.bids).toEqual([])
    expect(tooCheap.unmatched.every(u => u.reasons.includes('price'))).toBe(true)
  })

  it('spreads concurrent jobs over idle providers instead of queueing behind the cheapest busy ones', async () => {
    const providers = []
    for (let i = 0; i < 5; i++) providers.push(await provider({ ...H100, count: 1 }, BigInt(1_000_000 + i * 100_000)))
    const c = await client()
    await c.waitForProviders(5)
    // Ask two at a time: without learning who is busy, jobs 3 and 4 would wait for the two cheapest.
    // Each runs long enough that all four are submitted while the others still run, even on
    // a loaded host (a provider freed before a later submit may rightly take it).
    const jobs = await Promise.all([0, 1, 2, 3].map(async () => await c.submit({ command: ['sleep', '4'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, fanout: 2 })))
    const results = await Promise.all(jobs.map(async j => await j.done()))
    expect(results.map(r => r.state)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded'])
    expect(new Set(jobs.map(j => j.attempt?.provider)).size, JSON.stringify(jobs.map(j => [j.attempt?.provider, j.record.attempts.length]))).toBe(4)
  })

  it('falls through to the next bid when the winner rejects the lease', async () => {
    // The cheapest provider's bids expire at once, so its lease requests are rejected.
    const flaky = await provider(A100, 1_000_000n, c => { c.bidding.reservationHoldMs = 1 })
    const solid = await provider(A100, 3_000_000n)
    const c = await client()
    await c.waitForProviders(2)
    const job = await c.submit({ command: ['true'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n })
    await job.done()
    const updates = []
    for await (const u of job.events()) updates.push(u)
    expect(updates.find(u => u.type === 'lease-rejected')).toMatchObject({ provider: flaky.peerId, reason: 'bid-expired' })
    expect(job.attempt?.provider).toBe(solid.peerId)
    expect(job.state).toBe('succeeded')
  })

  it('throws typed errors: no matching providers, no bids, invalid spec', async () => {
    await provider(RTX4090, 1_000_000n)
    const c = await client()
    await c.waitForProviders(1)
    await expect(c.submit({ command: ['true'] }, { gpu: { count: 1, model: '*H100*' }, maxPricePerGpuHour: 5_000_000n })).rejects.toMatchObject({ name: 'NoMatchingProvidersError' })
    await expect(c.submit({ command: [] }, { maxPricePerGpuHour: 5_000_000n })).rejects.toMatchObject({ name: 'InvalidWorkloadSpecError' })
    await expect(c.submit({ command: ['true'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, maxDurationS: 10 * 24 * 3600 })).rejects.toMatchObject({ name: 'NoBidsError' })
  })

  it('knows the provider job id when submit returns, so a client that stops at once re-attaches later and the job runs once', async () => {
    await provider(A100, 1_000_000n)
    await provider(A100, 1_100_000n)
    const dataDir = await bed.tempDir('gpumesh-client-')
    const first = await client(dataDir)
    await first.waitForProviders(2)
    const job = await first.submit({ command: ['sh', '-c', 'sleep 0.5; echo once'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, retries: 1 })
    // What `gpumesh submit --detach` does: stop as soon as submit returns.
    expect(job.attempt?.providerJobId).not.toBe('')
    await first.stop()
    clients.splice(clients.indexOf(first), 1)
    const again = await (await client(dataDir)).job(job.id)
    expect((await again.done()).state).toBe('succeeded')
    expect(again.record.attempts).toHaveLength(1)
    const lines: string[] = []
    for await (const u of again.events()) if (u.type === 'log') lines.push(u.line)
    expect(lines).toEqual(['once'])
  })

  it('re-attaches to a job after the client restarts, from the last stored seq', async () => {
    await provider(A100, 1_000_000n)
    const dataDir = await bed.tempDir('gpumesh-client-')
    const first = await client(dataDir)
    await first.waitForProviders(1)
    const job = await first.submit({ command: ['sh', '-c', 'for i in $(seq 1 20); do echo "line $i"; sleep 0.05; done'] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n })
    for await (const u of job.events()) if (u.type === 'log' && u.line === 'line 3') break
    await first.stop()
    clients.splice(clients.indexOf(first), 1)
    const second = await client(dataDir)
    const again = await second.job(job.id)
    await again.done()
    expect(again.state).toBe('succeeded')
    const lines = (await (async () => { const out: string[] = []; for await (const u of again.events()) if (u.type === 'log') out.push(u.line); return out })())
    expect(lines).toEqual(Array.from({ length: 20 }, (_, i) => `line ${i + 1}`))
    await expect(second.job('no-such-job')).rejects.toMatchObject({ name: 'JobNotFoundError' })
  })
})
