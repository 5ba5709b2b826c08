/**
 * Running workloads over real libp2p: a real child process on the leased GPUs, its
 * logs, results, receipts, cancel, timeout, strangers, and re-attaching.
 */
import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateKeyPair } from '@libp2p/crypto/keys'
import {
  DeclineReason, JobRefusalCode, PayloadType, decodeCapacityOffer, decodeLease, decodeReceipt, encodeJobRequest, encodeLeaseRequest, encodeReceiptAcceptance, openEnvelope, signEnvelope,
  type JobEvent, type JobResponse, type Receipt, type SignedEnvelope, type WorkloadSpec
} from '@gpumesh/protocol'
import { H100, Testbed, isRunning, until, type MarketPeer } from '@gpumesh/test-utils'
import type { ProviderNode } from '@gpumesh/node'

function events (responses: JobResponse[]): JobEvent[] {
  return responses.flatMap(r => r.kind === 'event' ? [r.event] : [])
}

function states (evs: JobEvent[]): string[] {
  return evs.flatMap(e => e.type === 'state' ? [e.state] : [])
}

async function receiptOf (node: ProviderNode, evs: JobEvent[]): Promise<Receipt> {
  const e = evs.find(e => e.type === 'receipt')
  if (e?.type !== 'receipt') throw new Error('no receipt')
  return (await openEnvelope(e.receipt, PayloadType.receipt, decodeReceipt, { expectedSigner: node.peerId })).message
}

describe('job service', () => {
  let bed: Testbed
  let node: ProviderNode
  let client: MarketPeer
  beforeEach(async () => {
    bed = new Testbed()
    const config = await bed.config({ gpus: [H100], price: 3_600_000n })
    config.jobs.heartbeatMs = 200
    node = await bed.startNode(config)
    client = await bed.peer()
    await client.connect(node)
  })
  afterEach(async () => { await bed.stop() })

  it('runs a child process that sees only its GPUs, streams logs in order, returns a verified file, and signs a receipt the client countersigns', async () => {
    const { lease } = await client.lease(node, { gpu: { count: 2, minVramMiB: 0, model: '', vendor: '' } })
    const script = 'echo "gpus=$CUDA_VISIBLE_DEVICES"; for i in 1 2 3 4 5; do echo "line $i"; done; cat input/hello.txt > output/copy.txt; echo done >&2'
    const responses = await client.jobRequest(node, {
      kind: 'submit',
      leaseId: lease.leaseId,
      spec: { runtime: 'process', image: '', command: ['sh', '-c', script], env: {}, inputs: [{ name: 'hello.txt', content: new TextEncoder().encode('hello gpumesh') }], timeoutS: 60, network: false }
    })
    const evs = events(responses)
    expect(evs.map(e => e.seq)).toEqual(evs.map((_, i) => i + 1))
    expect(states(evs)).toEqual(['leased', 'running', 'succeeded'])
    const stdout = evs.flatMap(e => e.type === 'log' && e.stream === 'stdout' ? [e.line] : [])
    expect(stdout).toEqual([`gpus=${lease.gpuIndices.join(',')}`, 'line 1', 'line 2', 'line 3', 'line 4', 'line 5'])
    const result = evs.find(e => e.type === 'result')
    expect(result).toMatchObject({ name: 'copy.txt', size: 13 })
    const bytes = Buffer.concat(evs.flatMap(e => e.type === 'chunk' && e.name === 'copy.txt' ? [e.data] : []))
    expect(bytes.toString()).toBe('hello gpumesh')
    if (result?.type !== 'result') throw new Error('no result')
    expect(createHash('sha256').update(bytes).digest()).toEqual(Buffer.from(result.sha256))

    const receipt = await receiptOf(node, evs)
    expect(receipt).toMatchObject({ leaseId: lease.leaseId, client: client.id, provider: node.peerId, finalState: 'succeeded', exitCode: 0 })
    expect(receipt.gpuMs).toBe(receipt.wallMs * 2)
    expect(receipt.cost <= 3_600_000n * BigInt(receipt.gpuMs) / 3_600_000n).toBe(true)
    expect(receipt.results[0]?.name).toBe('copy.txt')

    // Countersign, and the provider keeps it in its ledger.
    const receiptEvent = evs.find(e => e.type === 'receipt')
    if (receiptEvent?.type !== 'receipt') throw new Error('no receipt')
    const digest = createHash('sha256').update(receiptEvent.receipt.payload).digest()
    const acceptance = await signEnvelope(client.key, PayloadType.receiptAcceptance, encodeReceiptAcceptance({ jobId: receipt.jobId, receiptDigest: digest }))
    expect(await client.jobRequest(node, { kind: 'countersign', jobId: receipt.jobId, acceptance })).toEqual([])
    expect(await node.jobs.getJob(receipt.jobId)).toMatchObject({ state: 'succeeded' })

    // The GPUs are free again.
    expect(node.ledger.freeGpus()).toHaveLength(8)
  })

  it('ends failed with the exit code when the workload exits non-zero', async () => {
    const { lease } = await client.lease(node)
    const evs = events(await client.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', command: ['sh', '-c', 'echo bad; exit 3'], env: {}, inputs: [], timeoutS: 60, network: false } }))
    const last = evs.filter(e => e.type === 'state').at(-1)
    expect(last).toMatchObject({ state: 'failed', reason: 'exit-code', exitCode: 3 })
    expect((await receiptOf(node, evs)).exitCode).toBe(3)
  })

  it('kills the whole process group on cancel', async () => {
    const { lease } = await client.lease(node)
    let jobId = ''
    let childPid = 0
    let sawPid: () => void = () => {}
    const pidSeen = new Promise<void>(resolve => { sawPid = resolve })
    const submitted = client.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', command: ['sh', '-c', 'sleep 300 & echo "child $!"; wait'], env: {}, inputs: [], timeoutS: 600, network: false } }, {
      onResponse: (r) => {
        if (r.kind !== 'event') return
        jobId = r.event.jobId
        if (r.event.type === 'log' && r.event.line.startsWith('child ')) { childPid = Number(r.event.line.slice(6)); sawPid() }
      }
    })
    await pidSeen
    expect(isRunning(childPid)).toBe(true)
    const cancelled = events(await client.jobRequest(node, { kind: 'cancel', jobId }))
    expect(states(cancelled)).toContain('cancelled')
    const all = events(await submitted)
    expect(states(all).at(-1)).toBe('cancelled')
    expect(isRunning(childPid)).toBe(false)
    expect((await receiptOf(node, all)).finalState).toBe('cancelled')
  })

  it('kills a workload that outlives its timeout', async () => {
    const { lease } = await client.lease(node)
    const evs = events(await client.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', command: ['sleep', '300'], env: {}, inputs: [], timeoutS: 1, network: false } }))
    expect(evs.filter(e => e.type === 'state').at(-1)).toMatchObject({ state: 'failed', reason: 'timeout' })
  })

  it('refuses strangers: submit to, attach to or cancel another client\'s job', async () => {
    const { lease } = await client.lease(node)
    const stranger = await bed.peer()
    await stranger.connect(node)
    const spec = { runtime: 'process', image: '', command: ['sh', '-c', 'sleep 1; echo ok'], env: {}, inputs: [], timeoutS: 60, network: false }
    const stolen = await stranger.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec })
    expect(stolen).toEqual([{ kind: 'refusal', refusal: expect.objectContaining({ code: 4 }) }])
    let jobId = ''
    const mine = client.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec }, { onResponse: r => { if (r.kind === 'event') jobId = r.event.jobId } })
    await until(() => jobId !== '', 10_000, 'the job to start')
    for (const request of [{ kind: 'attach' as const, jobId, fromSeq: 1 }, { kind: 'cancel' as const, jobId }]) {
      const refused = await stranger.jobRequest(node, request)
      expect(refused).toHaveLength(1)
      expect(refused[0]).toMatchObject({ kind: 'refusal', refusal: { code: 4 } })
    }
    expect(states(events(await mine)).at(-1)).toBe('succeeded')
  })

  describe('a Submit that carries its lease request', () => {
    const spec = (command: string[]): WorkloadSpec => ({ runtime: 'process', image: '', command, env: {}, inputs: [], timeoutS: 60, network: false })
    async function bid (): Promise<SignedEnvelope> {
      const response = await client.requestBid(node, client.order({ gpu: { count: 1, minVramMiB: 0, model: '', vendor: '' } }))
      if (response.kind !== 'bid') throw new Error('declined')
      return response.bid
    }
    const leaseRequest = async (b: SignedEnvelope, key = client.key): Promise<SignedEnvelope> =>
      await signEnvelope(key, PayloadType.leaseRequest, encodeLeaseRequest({ bid: b, client: client.id }))

    it('is answered with the signed lease first, then the job runs on it', async () => {
      const b = await bid()
      const responses = await client.jobRequest(node, { kind: 'submit', leaseId: '', leaseRequest: await leaseRequest(b), spec: spec(['sh', '-c', 'echo hi']) })
      expect(responses[0]?.kind).toBe('lease')
      if (responses[0]?.kind !== 'lease') throw new Error('no lease')
      const lease = (await openEnvelope(responses[0].lease, PayloadType.lease, decodeLease, { expectedSigner: node.peerId })).message
      expect(lease).toMatchObject({ bidId: (await client.openBid(node, b)).bidId, client: client.id })
      const evs = events(responses)
      expect(states(evs)).toEqual(['leased', 'running', 'succeeded'])
      expect(evs.some(e => e.type === 'log' && e.line === 'hi')).toBe(true)
      expect(await receiptOf(node, evs)).toMatchObject({ leaseId: lease.leaseId, finalState: 'succeeded' })
      expect(node.ledger.freeGpus()).toHaveLength(8)
      // Counted like a lease over /gpumesh/lease: this is how clients lease now.
      expect(await node.metrics.registry.metrics()).toMatch(/gpumesh_leases_total\{result="lease",reason=""\} 1\b/)
      // A finished job leaves nothing behind in the event log's memory.
      expect(node.jobs.events.openJobs).toBe(0)
    })

    it('refuses with lease-rejected and the reason when the lease is not granted, and runs nothing', async () => {
      const b = await bid()
      const stranger = await generateKeyPair('Ed25519')
      const cases: Array<[string, SignedEnvelope, string]> = [
        ['signed by someone else', await leaseRequest(b, stranger), 'bad-signature'],
        ['for a bid already leased', await leaseRequest(b), 'already-leased']
      ]
      await client.requestLease(node, b) // the bid becomes a lease the ordinary way first
      for (const [name, request, reason] of cases) {
        const responses = await client.jobRequest(node, { kind: 'submit', leaseId: '', leaseRequest: request, spec: spec(['true']) })
        expect(responses, name).toEqual([{ kind: 'refusal', refusal: { code: JobRefusalCode.JOB_REFUSAL_CODE_LEASE_REJECTED, detail: reason } }])
      }
      expect(node.jobs.runningJobs()).toEqual([])
    })

    it('releases the lease it granted when the Submit itself is refused', async () => {
      // An invalid spec: the lease is granted, the spec refused, the lease ended at once
      // (not left holding GPUs until its submit window passes).
      const granted = await client.jobRequest(node, { kind: 'submit', leaseId: '', leaseRequest: await leaseRequest(await bid()), spec: { ...spec(['true']), timeoutS: 0 } })
      expect(granted.map(r => r.kind)).toEqual(['lease', 'refusal'])
      expect(granted[1]).toMatchObject({ refusal: { code: JobRefusalCode.JOB_REFUSAL_CODE_INVALID_SPEC } })
      expect(node.ledger.liveLeases()).toEqual([])
    })
  })

  it('answers a request frame that does not decode with an INVALID_REQUEST refusal, and goes on serving', async () => {
    const b = await client.requestBid(node, client.order())
    if (b.kind !== 'bid') throw new Error('declined')
    const leaseRequest = await signEnvelope(client.key, PayloadType.leaseRequest, encodeLeaseRequest({ bid: b.bid, client: client.id }))
    const spec: WorkloadSpec = { runtime: 'process', image: '', command: ['true'], env: {}, inputs: [], timeoutS: 60, network: false }
    const malformed: Array<[string, Uint8Array]> = [
      ['garbage bytes', Uint8Array.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0xff])],
      ['an empty request', new Uint8Array(0)],
      ['a Submit with both a lease id and a lease request', encodeJobRequest({ kind: 'submit', leaseId: 'some-lease', leaseRequest, spec })]
    ]
    for (const [name, body] of malformed) {
      const responses = await client.jobFrame(node, body)
      expect(responses, name).toEqual([{ kind: 'refusal', refusal: { code: JobRefusalCode.JOB_REFUSAL_CODE_INVALID_REQUEST, detail: expect.stringMatching(/^malformed JobRequest/) } }])
    }
    expect(await node.metrics.registry.metrics()).toMatch(/gpumesh_rejected_messages_total\{protocol="\/gpumesh\/job\/1.0.0",reason="ERR_INVALID_MESSAGE"\} 3\b/)
    // The same connection is served as before: the bid is leased and its job runs.
    const responses = await client.jobRequest(node, { kind: 'submit', leaseId: '', leaseRequest, spec })
    expect(states(events(responses))).toEqual(['leased', 'running', 'succeeded'])
  })

  it('refuses invalid specs before anything runs', async () => {
    const { lease } = await client.lease(node)
    const bad = [
      { command: [] },
      { command: ['x'], runtime: 'vm' },
      { command: ['x'], timeoutS: 0 },
      { command: ['x'], env: { 'NOT A NAME': '1' } }
    ]
    for (const b of bad) {
      const r = await client.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', env: {}, inputs: [], timeoutS: 60, network: false, ...b } })
      expect(r).toMatchObject([{ kind: 'refusal', refusal: { code: 5 } }])
    }
    // The lease is still unused: a valid spec runs.
    const ok = events(await client.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', command: ['true'], env: {}, inputs: [], timeoutS: 60, network: false } }))
    expect(states(ok).at(-1)).toBe('succeeded')
  })

  it('lets a client that dropped mid-job re-attach from a seq and lose no line', async () => {
    const { lease } = await client.lease(node)
    const script = 'for i in $(seq 1 40); do echo "line $i"; sleep 0.02; done'
    let seen: JobEvent[] = []
    await client.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', command: ['sh', '-c', script], env: {}, inputs: [], timeoutS: 60, network: false } }, {
      onResponse: (r) => {
        if (r.kind === 'event') seen.push(r.event)
        return seen.filter(e => e.type === 'log').length >= 10
      }
    })
    const jobId = seen[0]!.jobId
    const lastSeq = seen.at(-1)!.seq
    const rest = events(await client.jobRequest(node, { kind: 'attach', jobId, fromSeq: lastSeq + 1 }))
    expect(rest[0]!.seq).toBe(lastSeq + 1)
    seen = [...seen, ...rest]
    expect(seen.map(e => e.seq)).toEqual(seen.map((_, i) => i + 1))
    const lines = seen.flatMap(e => e.type === 'log' ? [e.line] : [])
    expect(lines).toEqual(Array.from({ length: 40 }, (_, i) => `line ${i + 1}`))
  })

  it('ends a job failed provider-shutdown with a receipt when the provider stops, and serves attach after a restart', async () => {
    const config = node.config
    const { lease } = await client.lease(node)
    let jobId = ''
    const running = client.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', command: ['sh', '-c', 'echo started; sleep 30'], env: {}, inputs: [], timeoutS: 60, network: false } }, {
      onResponse: (r) => { if (r.kind === 'event' && r.event.type === 'log') { jobId = r.event.jobId; return true } }
    })
    await running
    await node.stop()
    bed.nodes.splice(bed.nodes.indexOf(node), 1)
    const again = await bed.startNode({ ...config, listen: [`/ip4/${bed.host()}/tcp/0`] })
    await client.connect(again)
    const evs = events(await client.jobRequest(again, { kind: 'attach', jobId, fromSeq: 1 }))
    expect(evs.filter(e => e.type === 'log').map(e => e.type === 'log' ? e.line : '')).toContain('started')
    const receipt = await receiptOf(again, evs)
    expect(receipt).toMatchObject({ finalState: 'failed', reason: 'provider-shutdown' })
    expect(again.ledger.freeGpus()).toHaveLength(8)
  })

  it('drains on stop: stops bidding, withdraws its offer, lets a job finish within the grace, stops the other with a receipt, says so in its log, and stays up for the countersignature', async () => {
    const config = await bed.config({ gpus: [H100], price: 3_600_000n })
    config.leases = { ...config.leases, onShutdown: 'finish', shutdownGraceMs: 4_000 }
    const draining = await bed.startNode(config)
    await client.connect(draining)
    const spec = (script: string): WorkloadSpec => ({ runtime: 'process', image: '', command: ['sh', '-c', script], env: {}, inputs: [], timeoutS: 60, network: false })
    const [short, long] = [await client.lease(draining), await client.lease(draining)]
    const started = new Set<string>()
    const onResponse = (r: JobResponse): void => { if (r.kind === 'event' && r.event.type === 'log' && r.event.line === 'started') started.add(r.event.jobId) }
    const shortRun = client.jobRequest(draining, { kind: 'submit', leaseId: short.lease.leaseId, spec: spec('echo started; sleep 0.3; echo finished') }, { onResponse })
    const longRun = client.jobRequest(draining, { kind: 'submit', leaseId: long.lease.leaseId, spec: spec('echo started; sleep 60') }, { onResponse })
    await until(() => started.size === 2, 20_000, 'both jobs running')

    const stopping = draining.stop()
    const bid = await client.requestBid(draining, client.order())
    expect(bid.kind === 'decline' ? bid.decline.reasons : []).toContain(DeclineReason.DECLINE_REASON_SHUTTING_DOWN)
    const offer = decodeCapacityOffer(draining.publisher.lastEnvelope!.payload)
    expect(offer.gpus.every(g => g.countFree === 0)).toBe(true)

    const shortEvents = events(await shortRun)
    expect(states(shortEvents)).toEqual(['leased', 'running', 'succeeded'])
    expect(shortEvents.some(e => e.type === 'log' && e.line === 'finished')).toBe(true)
    const longEvents = events(await longRun)
    expect(states(longEvents)).toEqual(['leased', 'running', 'failed'])
    const system = longEvents.flatMap(e => e.type === 'log' && e.stream === 'system' ? [e.line] : [])
    expect(system.some(l => l.startsWith('provider draining'))).toBe(true)
    expect(system.some(l => l.startsWith('stopped: the provider shut down'))).toBe(true)
    expect(system).not.toContain('cancelled')
    const receipt = await receiptOf(draining, longEvents)
    expect(receipt).toMatchObject({ finalState: 'failed', reason: 'provider-shutdown' })
    expect(receipt.wallMs).toBeGreaterThan(0)

    // The drain is still serving the job protocol: the countersignature lands.
    const receiptEvent = longEvents.find(e => e.type === 'receipt')
    if (receiptEvent?.type !== 'receipt') throw new Error('no receipt')
    const digest = createHash('sha256').update(receiptEvent.receipt.payload).digest()
    const acceptance = await signEnvelope(client.key, PayloadType.receiptAcceptance, encodeReceiptAcceptance({ jobId: receipt.jobId, receiptDigest: digest }))
    expect(await client.jobRequest(draining, { kind: 'countersign', jobId: receipt.jobId, acceptance })).toEqual([])
    await stopping
  })

  it('cuts the drain grace short when hurried (a second signal): the job is stopped now, with its receipt', async () => {
    const config = await bed.config({ gpus: [H100], price: 3_600_000n })
    config.leases = { ...config.leases, onShutdown: 'finish', shutdownGraceMs: 3_600_000 }
    const draining = await bed.startNode(config)
    await client.connect(draining)
    const { lease } = await client.lease(draining)
    let announced = false
    let started = false
    const run = client.jobRequest(draining, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', command: ['sh', '-c', 'echo started; sleep 60'], env: {}, inputs: [], timeoutS: 120, network: false } }, {
      onResponse: (r) => {
        if (r.kind === 'event' && r.event.type === 'log' && r.event.line === 'started') started = true
        if (r.kind === 'event' && r.event.type === 'log' && r.event.line.startsWith('provider draining')) announced = true
      }
    })
    await until(() => started, 20_000, 'job running')
    const hurry = new AbortController()
    const stopping = draining.stop({ hurry: hurry.signal })
    await until(() => announced, 20_000, 'drain announced')
    hurry.abort()
    const evs = events(await run)
    expect(evs.filter(e => e.type === 'state').at(-1)).toMatchObject({ state: 'failed', reason: 'provider-shutdown' })
    expect((await receiptOf(draining, evs)).reason).toBe('provider-shutdown')
    await stopping
  })
})
