/**
 * When a provider republishes its offer: at start, when a lease starts or ends (spaced
 * out), never for a bid's short hold. Real host, real ledger on a level store.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { defaultLogger } from '@libp2p/logger'
import type { PrivateKey } from '@libp2p/interface'
import { createGpumeshHost, type GpumeshLibp2p } from '@gpumesh/peer'
import { PayloadType, decodeCapacityOffer, openEnvelope } from '@gpumesh/protocol'
import { CapacityLedger } from '../src/market/capacity-ledger.js'
import { OfferPublisher } from '../src/market/offer-publisher.js'
import { NodeStore, type ReservationRecord } from '../src/store/node-store.js'
import type { InventoryGpu } from '../src/inventory/gpu-inventory.js'
import { until } from '@gpumesh/test-utils'

const gpu = (index: number): InventoryGpu => ({ index, uuid: `GPU-${index}`, vendor: 'nvidia', model: 'NVIDIA L4', vramMiB: 23034, computeCapability: '8.9', declared: true })
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

describe('offer publisher', () => {
  let dir: string
  let store: NodeStore
  let ledger: CapacityLedger
  let libp2p: GpumeshLibp2p
  let key: PrivateKey
  let publishes: number
  /**
   * Each published offer's seq: the wall clock when the publisher started that publish,
   * the same instant it spaces publishes from. Timing the events instead would add each
   * publish's signing time, which differs between publishes on a loaded host.
   */
  let publishedAt: number[]
  let publisher: OfferPublisher

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-publisher-'))
    store = new NodeStore(dir)
    await store.open()
    ledger = new CapacityLedger({ gpus: [gpu(0), gpu(1)], system: { cpuCores: 8, memoryMiB: 32768, diskMiB: 100000 }, store })
    key = await generateKeyPair('Ed25519')
    libp2p = await createGpumeshHost({ privateKey: key, listen: ['/ip4/127.0.0.1/tcp/0'] })
    publisher = new OfferPublisher({ libp2p, privateKey: key, ledger, logger: defaultLogger() }, {
      intervalMs: 600_000, ttlMs: 1_200_000, pricePerGpuHour: 1_000_000n, region: '', attributes: {}, runtimes: ['process'],
      changeDebounceMs: 50, changeMinIntervalMs: 600
    })
    publishes = 0
    publishedAt = []
    publisher.addEventListener('offer:published', (event) => { publishes++; publishedAt.push(event.detail.seq) })
  })

  afterEach(async () => {
    await publisher.stop()
    await ledger.stop()
    await libp2p.stop()
    await store.close()
    await rm(dir, { recursive: true, force: true })
  })

  const published = async (): Promise<number> => publishes
  const reservation = (bidId: string, index: number): ReservationRecord => ({
    bidId, orderId: `order-${bidId}`, client: 'client', gpuIndices: [index], pricePerGpuHour: '1000000', maxDurationS: 60,
    cpuCores: 0, memoryMiB: 0, diskMiB: 0, expiresAtMs: Date.now() + 60_000
  })

  it('publishes at start and after lease changes, spaced out, but not for bid holds', async () => {
    const MIN_INTERVAL_MS = 600
    await publisher.start()
    await until(() => publishes === 1, 5_000, 'the first publish')

    // A bid's hold comes and goes: no publish.
    await ledger.reserve(reservation('bid-a', 0))
    await ledger.release('bid-a')
    await sleep(200)
    expect(publishes).toBe(1)

    // A lease starts: published, but not sooner than the minimum interval after the last.
    await ledger.reserve(reservation('bid-b', 1))
    await ledger.promote('bid-b', { ...reservation('bid-b', 1), leaseId: 'lease-b', createdAtMs: Date.now(), envelope: '', status: 'active' })
    await until(() => publishes === 2, 5_000, 'the publish after the lease started')
    // Timer slack only ever makes the gap longer; 2 ms for the two clocks' granularity.
    expect(publishedAt[1]! - publishedAt[0]!).toBeGreaterThanOrEqual(MIN_INTERVAL_MS - 2)
    expect(publisher.current().gpus.reduce((n, g) => n + g.countFree, 0)).toBe(1)

    // It ends: published again, a minimum interval after the last, and the GPU is free in it.
    await ledger.releaseLease('lease-b', 'job-succeeded')
    await until(() => publishes === 3, 5_000, 'the publish after the lease ended')
    expect(publishedAt[2]! - publishedAt[1]!).toBeGreaterThanOrEqual(MIN_INTERVAL_MS - 2)
    expect(publisher.current().gpus.reduce((n, g) => n + g.countFree, 0)).toBe(2)
    await sleep(MIN_INTERVAL_MS + 200)
    expect(publishes).toBe(3)
  })

  it('hands out a signed offer before its first publish, for peers that ask', async () => {
    expect(publisher.lastEnvelope).toBeUndefined()
    const envelope = await publisher.envelope()
    expect(envelope).toBeDefined()
    const opened = await openEnvelope(envelope!, PayloadType.offer, decodeCapacityOffer, { expectedSigner: libp2p.peerId.toString() })
    expect(opened.message.gpus.reduce((n, g) => n + g.countFree, 0)).toBe(2)
    expect(await published()).toBe(0)
    // The first publish after it carries a higher seq.
    await publisher.start()
    await sleep(200)
    expect(await published()).toBe(1)
    expect((await openEnvelope(publisher.lastEnvelope!, PayloadType.offer, decodeCapacityOffer)).message.seq).toBeGreaterThan(opened.message.seq)
  })
})
