/**
 * A provider on a hostile network: random and mutated bytes on every protocol, forged
 * and replayed envelopes, oversize frames, trickling and stream-hoarding peers, and RFQ
 * floods. The node must answer each with a typed refusal or a reset, count it, and go
 * on serving an honest client in the same test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { OfferSync } from '@gpumesh/peer'
import {
  BID_PROTOCOL, DeclineReason, JOB_PROTOCOL, LEASE_PROTOCOL, MAX_JOB_REQUEST_BYTES, OFFER_SYNC_PROTOCOL, OFFERS_TOPIC, PayloadType, RejectReason,
  decodeEnvelope, encodeCapacityOffer, encodeEnvelope, encodeOfferSet, encodeFrame, encodeJobOrder, encodeJobRequest, encodeLeaseRequest, signEnvelope,
  type CapacityOffer
} from '@gpumesh/protocol'
import { H100, Testbed, type MarketPeer } from '@gpumesh/test-utils'
import type { ProviderNode } from '@gpumesh/node'

/** `pnpm fuzz` raises this; the normal run keeps a few thousand inputs in total. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 250)
const SEED = Number(process.env.FUZZ_SEED ?? 4242)

describe('hostile peers', () => {
  let bed: Testbed
  let node: ProviderNode
  let attacker: MarketPeer
  let honest: MarketPeer

  beforeAll(async () => {
    bed = new Testbed()
    const config = await bed.config({ gpus: [H100] })
    config.bidding.maxOrdersPerPeerPerSecond = 50
    node = await bed.startNode(config)
    attacker = await bed.peer()
    honest = await bed.peer()
    await attacker.connect(node)
    await honest.connect(node)
  }, 30_000)
  afterAll(async () => { await bed.stop() })

  /** The honest client still gets a bid, within an ordinary request deadline. */
  async function honestStillServed (): Promise<void> {
    const r = await honest.requestBid(node, honest.order({ dryRun: true }))
    expect(r.kind).toBe('bid')
  }

  /** Send raw bytes on a new stream and read whatever comes back until the node closes or resets. */
  async function poke (protocol: string, bytes: Uint8Array): Promise<'answered' | 'reset' | 'closed'> {
    const stream = await attacker.libp2p.dialProtocol(peerIdFromString(node.peerId), protocol, { signal: AbortSignal.timeout(5_000) })
    stream.send(bytes)
    await stream.close().catch(() => {})
    let got = 0
    try {
      for await (const chunk of stream) {
        got += chunk.byteLength
        if (got > 1_000_000) break
      }
    } catch {
      return 'reset'
    }
    return got > 0 ? 'answered' : 'closed'
  }

  const protocols = [BID_PROTOCOL, LEASE_PROTOCOL, JOB_PROTOCOL, OFFER_SYNC_PROTOCOL]

  it(`fuzz: random bytes on every protocol (${RUNS} each) never take the node down`, async () => {
    for (const protocol of protocols) {
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (bytes, framed) => {
        const outcome = await poke(protocol, framed ? encodeFrame(bytes) : bytes)
        expect(['answered', 'reset', 'closed']).toContain(outcome)
      }), { numRuns: RUNS, seed: SEED })
    }
    await honestStillServed()
  }, 600_000)

  it(`fuzz: mutated valid frames (${RUNS} per protocol) get typed refusals or resets`, async () => {
    const order = encodeEnvelope(await attacker.signOrder(attacker.order({ dryRun: true })))
    const bid = await honest.requestBid(node, honest.order({ dryRun: true }))
    if (bid.kind !== 'bid') throw new Error('expected a bid')
    const lease = encodeEnvelope(await signEnvelope(attacker.key, PayloadType.leaseRequest, encodeLeaseRequest({ bid: bid.bid, client: attacker.id })))
    const job = encodeJobRequest({ kind: 'attach', jobId: 'x', fromSeq: 1 })
    // A Submit that asks for its lease on the job stream (someone else's bid: refused).
    const submit = encodeJobRequest({ kind: 'submit', leaseId: '', leaseRequest: decodeEnvelope(lease), spec: { runtime: 'process', image: '', command: ['true'], env: {}, inputs: [], timeoutS: 5, network: false } })
    const seeds: Array<[string, Uint8Array]> = [[BID_PROTOCOL, order], [LEASE_PROTOCOL, lease], [JOB_PROTOCOL, job], [JOB_PROTOCOL, submit]]
    for (const [protocol, valid] of seeds) {
      await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const bytes = new Uint8Array(valid)
        for (const [at, value] of flips) bytes[at] = value
        const outcome = await poke(protocol, encodeFrame(bytes))
        expect(['answered', 'reset', 'closed']).toContain(outcome)
      }), { numRuns: RUNS, seed: SEED })
    }
    await honestStillServed()
  }, 600_000)

  it(`fuzz: hostile offer-sync answers (${RUNS} random, ${RUNS} mutated) are refused and none enters the book`, async () => {
    // The provider pulls offers from every peer it meets: here the peer answers garbage. A
    // peer of its own: the provider rightly distrusts it afterwards, and later cases need
    // the attacker's gossip still heard.
    const syncer = await bed.peer()
    // Known addresses too, so a connection the node drops meanwhile is dialled again.
    await node.libp2p.peerStore.merge(syncer.libp2p.peerId, { multiaddrs: syncer.libp2p.getMultiaddrs() })
    await node.libp2p.dial(syncer.libp2p.getMultiaddrs())
    let answer: Uint8Array = new Uint8Array(0)
    await syncer.libp2p.handle(OFFER_SYNC_PROTOCOL, (stream) => {
      stream.send(answer)
      void stream.close().catch(() => {})
    }, { maxInboundStreams: 64 })
    const sync = new OfferSync({ libp2p: node.libp2p, gossip: node.offers, logger: node.libp2p.logger }, { serve: false })
    const pull = async (bytes: Uint8Array): Promise<number | string> => {
      answer = bytes
      return await sync.fetch(peerIdFromString(syncer.id), { signal: AbortSignal.timeout(5_000) })
        .then(n => n, (err: { code?: string, name?: string, message?: string }) => err.code ?? `untyped ${err.name}: ${err.message}`)
    }
    const stranger = await generateKeyPair('Ed25519')
    const strangerId = peerIdFromPrivateKey(stranger).toString()
    const offer: CapacityOffer = {
      provider: strangerId, seq: Date.now(), gpus: [{ vendor: 'nvidia', model: 'Fake B200', vramMiB: 1, computeCapability: '', countTotal: 1, countFree: 1, declared: false }],
      cpuCores: 1, memoryMiB: 1, diskMiB: 1, runtimes: ['process'], pricePerGpuHour: 1n, region: '', attributes: {}, expiresAtMs: Date.now() + 30_000, addrs: [], images: []
    }
    const valid = encodeOfferSet([await signEnvelope(stranger, PayloadType.offer, encodeCapacityOffer(offer), { expiresAtMs: offer.expiresAtMs })])
    try {
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, framed) => {
        const r = await pull(framed ? encodeFrame(bytes) : bytes)
        if (typeof r === 'string') expect(r).toMatch(/^ERR_/)
      }), { numRuns: RUNS, seed: SEED })
      await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const bytes = new Uint8Array(valid)
        for (const [at, value] of flips) bytes[at] = value
        const r = await pull(encodeFrame(bytes))
        if (typeof r === 'string') expect(r).toMatch(/^ERR_/)
      }), { numRuns: RUNS, seed: SEED })
      // Whatever got in is an offer its own provider signed: the stranger's, unaltered, at most.
      for (const o of node.offers.book.list()) {
        if (o.provider === strangerId) expect(o.gpus[0]?.model).toBe('Fake B200')
      }
      expect(node.offers.book.list().filter(o => ![strangerId, attacker.id, honest.id, syncer.id].includes(o.provider))).toEqual([])
      await honestStillServed()
    } finally {
      await syncer.libp2p.unhandle(OFFER_SYNC_PROTOCOL)
    }
  }, 600_000)

  it('refuses forged and replayed orders and counts each refusal in /metrics', async () => {
    const stranger = await generateKeyPair('Ed25519')
    const order = attacker.order()
    const cases: Array<[string, Uint8Array, DeclineReason]> = [
      ['another peer\'s key', encodeEnvelope(await attacker.signOrder(order, stranger)), DeclineReason.DECLINE_REASON_BAD_SIGNATURE],
      ['tampered payload', encodeEnvelope({ ...(await attacker.signOrder(order)), payload: encodeJobOrder({ ...order, maxPricePerGpuHour: 999_999_999n }) }), DeclineReason.DECLINE_REASON_BAD_SIGNATURE],
      ['replayed old envelope', encodeEnvelope(await signEnvelope(attacker.key, PayloadType.order, encodeJobOrder(order), { now: Date.now() - 3_600_000 })), DeclineReason.DECLINE_REASON_EXPIRED],
      ['expired envelope', encodeEnvelope(await signEnvelope(attacker.key, PayloadType.order, encodeJobOrder(order), { now: Date.now() - 120_000, expiresAtMs: Date.now() - 60_000 })), DeclineReason.DECLINE_REASON_EXPIRED],
      ['future-dated envelope', encodeEnvelope(await signEnvelope(attacker.key, PayloadType.order, encodeJobOrder(order), { now: Date.now() + 3_600_000 })), DeclineReason.DECLINE_REASON_EXPIRED],
      ['offer passed off as an order', encodeEnvelope(await signEnvelope(attacker.key, PayloadType.offer, encodeJobOrder(order))), DeclineReason.DECLINE_REASON_INVALID_ORDER]
    ]
    for (const [what, bytes, reason] of cases) {
      const r = await attacker.rawBidRequest(node, bytes)
      expect(r, what).toMatchObject({ kind: 'decline', decline: { reasons: [reason] } })
    }
    // The fuzz before this adds its own refusals: at least, not exactly.
    const metrics = await node.metrics.registry.metrics()
    expect(metrics).toMatch(/gpumesh_rejected_messages_total\{protocol="\/gpumesh\/bid\/1.0.0",reason="ERR_INVALID_SIGNATURE"\} ([2-9]|[1-9]\d+)\n/)
    expect(metrics).toMatch(/gpumesh_rejected_messages_total\{protocol="\/gpumesh\/bid\/1.0.0",reason="ERR_EXPIRED_MESSAGE"\} ([3-9]|[1-9]\d+)\n/)
    await honestStillServed()
  })

  it('refuses bids the provider never signed, and leases for another client', async () => {
    const stranger = await generateKeyPair('Ed25519')
    const real = await honest.requestBid(node, honest.order())
    if (real.kind !== 'bid') throw new Error('expected a bid')
    const forgedBid = await signEnvelope(stranger, PayloadType.bid, real.bid.payload, { expiresAtMs: real.bid.expiresAtMs })
    expect(await attacker.requestLease(node, forgedBid)).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_BAD_SIGNATURE } })
    expect(await attacker.requestLease(node, real.bid)).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_NOT_BID_OWNER } })
    const replayedOld = await signEnvelope(stranger, PayloadType.leaseRequest, encodeLeaseRequest({ bid: real.bid, client: attacker.id }), { now: Date.now() - 3_600_000 })
    expect(await attacker.rawLease(node, encodeEnvelope(replayedOld))).toMatchObject({ kind: 'reject' })
    expect((await honest.requestLease(node, real.bid)).kind).toBe('lease')
  })

  it('drops forged and garbage offers on the offers topic and keeps its book clean', async () => {
    const before = node.offers.book.size
    const stranger = await generateKeyPair('Ed25519')
    const offer: CapacityOffer = {
      provider: attacker.id, seq: Date.now(), gpus: [{ vendor: 'nvidia', model: 'Fake B200', vramMiB: 1, computeCapability: '', countTotal: 1, countFree: 1, declared: false }],
      cpuCores: 1, memoryMiB: 1, diskMiB: 1, runtimes: ['process'], pricePerGpuHour: 1n, region: '', attributes: {}, expiresAtMs: Date.now() + 60_000, addrs: []
    }
    const rejected = new Promise<void>(resolve => {
      let n = 0
      node.offers.addEventListener('offer:rejected', () => { if (++n >= 2) resolve() })
    })
    await attacker.libp2p.services.pubsub.publish(OFFERS_TOPIC, new Uint8Array([1, 2, 3, 4]))
    await attacker.libp2p.services.pubsub.publish(OFFERS_TOPIC, encodeEnvelope(await signEnvelope(stranger, PayloadType.offer, encodeCapacityOffer(offer), { expiresAtMs: offer.expiresAtMs })))
    await rejected
    expect(node.offers.book.size).toBe(before)
    expect(await node.metrics.registry.metrics()).toMatch(/gpumesh_rejected_messages_total\{protocol="offers-topic",reason="ERR_INVALID_MESSAGE"\} 1/)
  })

  it('cuts an oversize frame at once, and a trickling peer at the read deadline', async () => {
    // A length prefix promising 10 MiB on a 64 KiB protocol: reset without reading it.
    expect(await poke(BID_PROTOCOL, encodeFrame(new Uint8Array(128 * 1024)))).not.toBe('answered')
    const stream = await attacker.libp2p.dialProtocol(peerIdFromString(node.peerId), BID_PROTOCOL)
    const frame = encodeFrame(new Uint8Array(200))
    const started = Date.now()
    let cut = false
    stream.addEventListener('close', () => { cut = true })
    // eslint-disable-next-line no-unmodified-loop-condition -- `cut` is set by the close listener
    for (let i = 0; i < frame.length && !cut; i++) {
      stream.send(frame.subarray(i, i + 1))
      await honestStillServed() // the node serves others while this peer trickles
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    expect(cut).toBe(true)
    expect(Date.now() - started).toBeLessThan(15_000)
  }, 30_000)

  it('cuts streams a peer opens and never writes to, and keeps serving others meanwhile', async () => {
    const held = (await Promise.allSettled(Array.from({ length: 100 }, async () =>
      await attacker.libp2p.dialProtocol(peerIdFromString(node.peerId), BID_PROTOCOL, { signal: AbortSignal.timeout(5_000) }))))
      .flatMap(h => h.status === 'fulfilled' ? [h.value] : [])
    try {
      const closed = held.map(async s => await new Promise<void>(resolve => {
        if (s.status !== 'open') { resolve(); return }
        s.addEventListener('close', () => { resolve() }, { once: true })
      }))
      await honestStillServed()
      // Every idle stream is cut by the node at its read deadline (5 s), none lingers.
      await Promise.race([Promise.all(closed), new Promise((_resolve, reject) => setTimeout(() => { reject(new Error('idle streams were not cut')) }, 12_000))])
      expect(held.every(s => s.status !== 'open')).toBe(true)
      await honestStillServed()
    } finally {
      for (const s of held) s.abort(new Error('done'))
    }
  }, 30_000)

  it('resets job streams stalled inside big frames once they hold more than a connection may, without waiting for the deadline', async () => {
    // Each stream promises a maximal Submit (8.25 MiB), sends 8 MiB of it and stalls.
    // Two fit the connection's budget (two whole Submits) and wait for the read deadline;
    // past it, streams are reset as soon as their bytes arrive, not at the deadline.
    const STREAMS = 4
    const partial = encodeFrame(new Uint8Array(MAX_JOB_REQUEST_BYTES)).subarray(0, 8 * 1024 * 1024)
    const tooLarge = async (): Promise<number> => Number((await node.metrics.registry.metrics())
      .match(/gpumesh_rejected_messages_total\{protocol="\/gpumesh\/job\/1\.0\.0",reason="ERR_MESSAGE_TOO_LARGE"\} (\d+)/)?.[1] ?? 0)
    const before = await tooLarge()
    const streams = await Promise.all(Array.from({ length: STREAMS }, async () =>
      await attacker.libp2p.dialProtocol(peerIdFromString(node.peerId), JOB_PROTOCOL, { signal: AbortSignal.timeout(5_000) })))
    try {
      await Promise.all(streams.map(async s => { if (!s.send(partial)) await s.onDrain().catch(() => {}) }))
      const cut = await Promise.all(streams.map(async s => await new Promise<void>(resolve => {
        if (s.status !== 'open') { resolve(); return }
        s.addEventListener('close', () => { resolve() }, { once: true })
      })))
      expect(cut).toHaveLength(STREAMS)
      expect(await tooLarge() - before).toBeGreaterThanOrEqual(1)
      await honestStillServed()
    } finally {
      for (const s of streams) s.abort(new Error('done'))
    }
  }, 30_000)

  it('rate-limits an RFQ flood from one peer while an honest client gets bids', async () => {
    const flood = Promise.all(Array.from({ length: 300 }, async () => await attacker.requestBid(node, attacker.order({ dryRun: true })).catch(() => undefined)))
    await honestStillServed()
    const answers = await flood
    expect(answers.filter(a => a?.kind === 'decline' && a.decline.reasons.includes(DeclineReason.DECLINE_REASON_RATE_LIMITED)).length).toBeGreaterThan(0)
    await honestStillServed()
  }, 30_000)
})
