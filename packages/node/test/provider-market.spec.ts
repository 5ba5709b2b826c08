/**
 * Provider nodes over real TCP on loopback: offers, bids, leases, reservations,
 * restarts and hostile orders.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { DeclineReason, RejectReason, encodeEnvelope, encodeLeaseRequest, signEnvelope, PayloadType, encodeJobOrder, type JobResponse } from '@gpumesh/protocol'
import { A100, H100, RTX4090, Testbed, dialAddr, until } from '@gpumesh/test-utils'

describe('provider market', () => {
  let bed: Testbed
  beforeEach(() => { bed = new Testbed() })
  afterEach(async () => { await bed.stop() })

  it('offers reach every peer', async () => {
    const boot = await bed.startNode(await bed.config({ gpus: [] }))
    const providers = await Promise.all([H100, A100, RTX4090].map(async (gpu, i) =>
      await bed.startNode(await bed.config({ gpus: [gpu], price: BigInt(1_000_000 * (i + 1)), bootstrap: [dialAddr(boot)] }))))
    for (const node of [boot, ...providers]) {
      const others = providers.filter(p => p !== node)
      await until(() => others.every(p => node.offers.book.get(p.peerId) !== undefined), 15_000, `offers at ${node.peerId}`)
    }
    const offer = boot.offers.book.get(providers[0]!.peerId)
    expect(offer?.gpus).toEqual([expect.objectContaining({ model: H100.model, countFree: 8, countTotal: 8, declared: true })])
    expect(offer?.pricePerGpuHour).toBe(1_000_000n)
  })

  it('answers an order with a signed bid naming GPUs at a price within the max', async () => {
    const node = await bed.startNode(await bed.config({ gpus: [A100], price: 3_000_000n }))
    const peer = await bed.peer()
    await peer.connect(node)
    const response = await peer.requestBid(node, peer.order({ gpu: { count: 2, minVramMiB: 40_000, model: '*A100*', vendor: '' }, maxPricePerGpuHour: 5_000_000n }))
    expect(response.kind).toBe('bid')
    if (response.kind !== 'bid') return
    const bid = await peer.openBid(node, response.bid)
    expect(bid.gpuIndices).toHaveLength(2)
    expect(new Set(bid.gpuIndices).size).toBe(2)
    expect(bid.pricePerGpuHour).toBe(3_000_000n)
    expect(bid.pricePerGpuHour <= 5_000_000n).toBe(true)
    expect(bid.client).toBe(peer.id)
    expect(node.ledger.holder(bid.gpuIndices[0]!)).toMatchObject({ kind: 'reserved', bidId: bid.bidId })
  })

  it('declines with every reason that applies', async () => {
    const node = await bed.startNode(await bed.config({ gpus: [RTX4090], price: 3_000_000n }))
    const peer = await bed.peer()
    await peer.connect(node)
    const response = await peer.requestBid(node, peer.order({ gpu: { count: 4, minVramMiB: 80_000, model: '', vendor: '' }, maxPricePerGpuHour: 1_000n, runtime: 'docker' }))
    expect(response.kind).toBe('decline')
    if (response.kind !== 'decline') return
    expect(response.decline.reasons).toEqual(expect.arrayContaining([
      DeclineReason.DECLINE_REASON_PRICE, DeclineReason.DECLINE_REASON_RUNTIME
    ]))
    expect(response.decline.reasons.some(r => r === DeclineReason.DECLINE_REASON_VRAM || r === DeclineReason.DECLINE_REASON_GPU_COUNT)).toBe(true)
  })

  it('matches regions ignoring case and attributes only by its own keys, as the client filters offers', async () => {
    const config = await bed.config({ gpus: [RTX4090] })
    config.region = 'EU-West'
    config.attributes = { tier: 'gold' }
    const node = await bed.startNode(config)
    const peer = await bed.peer()
    await peer.connect(node)
    expect((await peer.requestBid(node, peer.order({ region: 'eu-west', attributes: { tier: 'gold' }, dryRun: true }))).kind).toBe('bid')
    // "constructor" is on every object's prototype, not among this provider's attributes.
    const odd = await peer.requestBid(node, peer.order({ attributes: { constructor: 'function Object() { [native code] }' }, dryRun: true }))
    expect(odd.kind === 'decline' && odd.decline.reasons).toEqual([DeclineReason.DECLINE_REASON_ATTRIBUTES])
    const elsewhere = await peer.requestBid(node, peer.order({ region: 'us-east', dryRun: true }))
    expect(elsewhere.kind === 'decline' && elsewhere.decline.reasons).toEqual([DeclineReason.DECLINE_REASON_REGION])
  })

  it('gives two clients racing for the last GPU one lease and one refusal', async () => {
    const node = await bed.startNode(await bed.config({ gpus: [{ ...RTX4090, count: 1 }] }))
    const [a, b] = [await bed.peer(), await bed.peer()]
    await Promise.all([a.connect(node), b.connect(node)])
    const outcomes = await Promise.all([a, b].map(async peer => {
      const bid = await peer.requestBid(node, peer.order())
      if (bid.kind !== 'bid') return 'declined'
      const lease = await peer.requestLease(node, bid.bid)
      return lease.kind
    }))
    expect(outcomes.filter(o => o === 'lease')).toHaveLength(1)
    expect(outcomes.filter(o => o !== 'lease')).toHaveLength(1)
    expect(node.ledger.liveLeases()).toHaveLength(1)
  })

  it('rejects a bid used twice, and a bid presented by another client', async () => {
    const node = await bed.startNode(await bed.config({ gpus: [{ ...RTX4090, count: 2 }] }))
    const [owner, thief] = [await bed.peer(), await bed.peer()]
    await Promise.all([owner.connect(node), thief.connect(node)])
    const response = await owner.requestBid(node, owner.order())
    if (response.kind !== 'bid') throw new Error('expected a bid')
    const stolen = await thief.requestLease(node, response.bid)
    expect(stolen).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_NOT_BID_OWNER } })
    expect((await owner.requestLease(node, response.bid)).kind).toBe('lease')
    const again = await owner.requestLease(node, response.bid)
    expect(again).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_ALREADY_LEASED } })
  })

  it('frees a reservation at once when its client releases the bid, and only its client may', async () => {
    const node = await bed.startNode(await bed.config({ gpus: [{ ...RTX4090, count: 1 }] }))
    const [owner, other] = [await bed.peer(), await bed.peer()]
    await Promise.all([owner.connect(node), other.connect(node)])
    const bid = await owner.requestBid(node, owner.order())
    if (bid.kind !== 'bid') throw new Error('expected a bid')
    expect(node.ledger.freeGpus()).toHaveLength(0)
    const { encodeLeaseRequest, encodeEnvelope: enc } = await import('@gpumesh/protocol')
    const releaseBy = async (peer: typeof owner): Promise<unknown> => {
      const request = await signEnvelope(peer.key, PayloadType.leaseRequest, encodeLeaseRequest({ bid: bid.bid, client: peer.id, release: true }))
      return await peer.rawLease(node, enc(request))
    }
    expect(await releaseBy(other)).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_NOT_BID_OWNER } })
    expect(node.ledger.freeGpus()).toHaveLength(0)
    expect(await releaseBy(owner)).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_RELEASED } })
    expect(node.ledger.freeGpus()).toHaveLength(1)
    expect((await owner.requestLease(node, bid.bid)).kind).toBe('reject')
  })

  it('frees the GPUs of a reservation that expires unleased', async () => {
    const config = await bed.config({ gpus: [{ ...RTX4090, count: 1 }] })
    config.bidding.reservationHoldMs = 300
    const node = await bed.startNode(config)
    const peer = await bed.peer()
    await peer.connect(node)
    const first = await peer.requestBid(node, peer.order())
    if (first.kind !== 'bid') throw new Error('expected a bid')
    expect((await peer.requestBid(node, peer.order())).kind).toBe('decline')
    await new Promise<void>(resolve => { node.ledger.addEventListener('reservation:expired', () => { resolve() }, { once: true }) })
    expect(node.ledger.freeGpus()).toHaveLength(1)
    expect((await peer.requestLease(node, first.bid))).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_BID_EXPIRED } })
    expect((await peer.requestBid(node, peer.order())).kind).toBe('bid')
  })

  it('releases a lease whose client never submits', async () => {
    const config = await bed.config({ gpus: [{ ...RTX4090, count: 1 }] })
    config.leases.submitWindowMs = 300
    const node = await bed.startNode(config)
    const peer = await bed.peer()
    await peer.connect(node)
    await peer.lease(node)
    expect(node.ledger.freeGpus()).toHaveLength(0)
    await new Promise<void>(resolve => { node.ledger.addEventListener('lease:expired', () => { resolve() }, { once: true }) })
    expect(node.ledger.freeGpus()).toHaveLength(1)
  })

  it('past the hold bound a bid holds nothing: a lease request alone is refused hold-limit, a Submit carrying it runs on a free GPU', async () => {
    const node = await bed.startNode(await bed.config({ gpus: [{ ...RTX4090, count: 2 }] }))
    const [hoarder, honest] = [await bed.peer(), await bed.peer()]
    await Promise.all([hoarder.connect(node), honest.connect(node)])
    // Half of two GPUs may be held unsubmitted: the hoarder's lease takes that half.
    await hoarder.lease(node)
    const second = await hoarder.requestBid(node, hoarder.order())
    if (second.kind !== 'bid') throw new Error('expected a bid')
    expect(await hoarder.requestLease(node, second.bid)).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_HOLD_LIMIT } })
    const bid = await honest.requestBid(node, honest.order())
    if (bid.kind !== 'bid') throw new Error('expected a bid')
    expect(node.ledger.freeGpus()).toHaveLength(1)
    expect(await honest.requestLease(node, bid.bid)).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_HOLD_LIMIT } })
    const leaseRequest = await signEnvelope(honest.key, PayloadType.leaseRequest, encodeLeaseRequest({ bid: bid.bid, client: honest.id }))
    const responses = await honest.jobRequest(node, { kind: 'submit', leaseId: '', leaseRequest, spec: { runtime: 'process', image: '', command: ['true'], env: {}, inputs: [], timeoutS: 5, network: false } })
    expect(responses[0]?.kind).toBe('lease')
    const states = responses.flatMap((r: JobResponse) => r.kind === 'event' && r.event.type === 'state' ? [r.event.state] : [])
    expect(states).toEqual(['leased', 'running', 'succeeded'])
    expect(await node.metrics.registry.metrics()).toMatch(/gpumesh_unheld_bids_total 2/)
  })

  it('gives one client no more bids that hold nothing than there are free GPUs: its own orders would race each other', async () => {
    const node = await bed.startNode(await bed.config({ gpus: [{ ...RTX4090, count: 2 }] }))
    const peer = await bed.peer()
    await peer.connect(node)
    const held = await peer.requestBid(node, peer.order())
    const unheld = await peer.requestBid(node, peer.order())
    expect([held.kind, unheld.kind]).toEqual(['bid', 'bid'])
    expect(node.ledger.reservationCount()).toBe(1)
    expect(await peer.requestBid(node, peer.order())).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_NO_CAPACITY] } })
    // Released, the bid no longer counts.
    if (unheld.kind !== 'bid') throw new Error('expected a bid')
    const release = await signEnvelope(peer.key, PayloadType.leaseRequest, encodeLeaseRequest({ bid: unheld.bid, client: peer.id, release: true }))
    expect(await peer.rawLease(node, encodeEnvelope(release))).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_RELEASED } })
    expect((await peer.requestBid(node, peer.order())).kind).toBe('bid')
  })

  it('lets a client whose work ran here hold past the strangers\' bound, and a stranger only up to it', async () => {
    const node = await bed.startNode(await bed.config({ gpus: [{ ...RTX4090, count: 2 }] }))
    const [regular, stranger] = [await bed.peer(), await bed.peer()]
    await Promise.all([regular.connect(node), stranger.connect(node)])
    const bid = await regular.requestBid(node, regular.order())
    if (bid.kind !== 'bid') throw new Error('expected a bid')
    const leaseRequest = await signEnvelope(regular.key, PayloadType.leaseRequest, encodeLeaseRequest({ bid: bid.bid, client: regular.id }))
    const ran = await regular.jobRequest(node, { kind: 'submit', leaseId: '', leaseRequest, spec: { runtime: 'process', image: '', command: ['sleep', '0.05'], env: {}, inputs: [], timeoutS: 5, network: false } })
    expect(ran.some(r => r.kind === 'event' && r.event.type === 'state' && r.event.state === 'succeeded')).toBe(true)
    await until(() => node.ledger.liveLeases().length === 0, 5_000, 'the job\'s lease to end')
    // Both GPUs reserved for the regular client; the stranger finds none free.
    for (let i = 0; i < 2; i++) expect((await regular.requestBid(node, regular.order())).kind).toBe('bid')
    expect(node.ledger.freeGpus()).toHaveLength(0)
    expect(node.ledger.reservationCount()).toBe(2)
    expect(await stranger.requestBid(node, stranger.order())).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_NO_CAPACITY] } })
  })

  it('declines a client whose leases keep lapsing unsubmitted with hold-penalty, refuses its lease requests, and serves it again after the penalty', async () => {
    const config = await bed.config({ gpus: [{ ...RTX4090, count: 2 }] })
    config.leases.submitWindowMs = 200
    config.holds = { ...config.holds, lapsesToPenalty: 2, penaltyMs: 2_000 }
    const node = await bed.startNode(config)
    const [hoarder, honest] = [await bed.peer(), await bed.peer()]
    await Promise.all([hoarder.connect(node), honest.connect(node)])
    const lapse = async (): Promise<void> => { await new Promise<void>(resolve => { node.ledger.addEventListener('lease:expired', () => { resolve() }, { once: true }) }) }
    await hoarder.lease(node)
    await lapse()
    await hoarder.lease(node)
    const kept = await hoarder.requestBid(node, hoarder.order())
    if (kept.kind !== 'bid') throw new Error('expected a bid')
    await lapse()
    expect(await hoarder.requestBid(node, hoarder.order())).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_HOLD_PENALTY] } })
    expect(await hoarder.requestLease(node, kept.bid)).toMatchObject({ kind: 'reject', reject: { reason: RejectReason.REJECT_REASON_HOLD_PENALTY } })
    // Quotes hold nothing and are still answered; other clients are not affected.
    expect((await hoarder.requestBid(node, hoarder.order({ dryRun: true }))).kind).toBe('bid')
    expect((await honest.requestBid(node, honest.order())).kind).toBe('bid')
    const metrics = await node.metrics.registry.metrics()
    expect(metrics).toMatch(/gpumesh_hold_penalties_total\{key="client"\} 1/)
    expect(metrics).toMatch(/gpumesh_hold_lapses_total\{kind="lease"\} 2/)
    await until(async () => (await hoarder.requestBid(node, hoarder.order())).kind === 'bid', 5_000, 'the penalty to end')
  })

  it('still holds its leases after a restart from its data dir', async () => {
    const config = await bed.config({ gpus: [H100] })
    const node = await bed.startNode(config)
    const peer = await bed.peer()
    await peer.connect(node)
    const { lease } = await peer.lease(node, { gpu: { count: 3, minVramMiB: 0, model: '', vendor: '' } })
    const peerId = node.peerId
    await node.stop()
    bed.nodes.splice(bed.nodes.indexOf(node), 1)
    const again = await bed.startNode({ ...config, listen: [`/ip4/${bed.host()}/tcp/0`] })
    expect(again.peerId).toBe(peerId)
    expect(again.ledger.getLease(lease.leaseId)).toMatchObject({ leaseId: lease.leaseId, client: peer.id, gpuIndices: lease.gpuIndices })
    expect(again.ledger.freeGpus()).toHaveLength(5)
    const status = await again.status()
    expect(status.leases.map(l => l.leaseId)).toContain(lease.leaseId)
  })

  it('declines forged, malformed and flooding orders and keeps serving', async () => {
    const config = await bed.config({ gpus: [H100] })
    config.bidding.maxOrdersPerPeerPerSecond = 5
    const node = await bed.startNode(config)
    const peer = await bed.peer()
    await peer.connect(node)

    const stranger = await generateKeyPair('Ed25519')
    const forged = await peer.rawBidRequest(node, encodeEnvelope(await peer.signOrder(peer.order(), stranger)))
    expect(forged).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_BAD_SIGNATURE] } })

    const garbage = await peer.rawBidRequest(node, new Uint8Array([0xff, 0x01, 0x02, 0x03]))
    expect(garbage).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_INVALID_ORDER] } })

    const order = peer.order()
    const expired = await signEnvelope(peer.key, PayloadType.order, encodeJobOrder(order), { expiresAtMs: Date.now() - 120_000, now: Date.now() - 180_000 })
    expect(await peer.rawBidRequest(node, encodeEnvelope(expired))).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_EXPIRED] } })

    const flood = await Promise.all(Array.from({ length: 10 }, async () => await peer.requestBid(node, peer.order({ dryRun: true }))))
    expect(flood.some(r => r.kind === 'decline' && r.decline.reasons.includes(DeclineReason.DECLINE_REASON_RATE_LIMITED))).toBe(true)

    const honest = await bed.peer()
    await honest.connect(node)
    expect((await honest.requestBid(node, honest.order())).kind).toBe('bid')
    const metrics = await node.metrics.registry.metrics()
    expect(metrics).toMatch(/gpumesh_rejected_messages_total\{protocol="\/gpumesh\/bid\/1.0.0",reason="ERR_INVALID_SIGNATURE"\} 1/)
    expect(metrics).toMatch(/gpumesh_bids_total\{result="decline",reason="rate-limited"\} [1-9]/)
  })
})
