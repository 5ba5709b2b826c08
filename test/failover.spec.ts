/**
 * Providers that go away mid-job, over real processes: SIGKILLed (noticed, or restarted
 * before the client noticed), stopped gracefully with SIGTERM, and lost with no other
 * provider to retry on. The job finishes elsewhere when it can, ends `lost` when it
 * cannot, and the client keeps the receipt of every attempt.
 */
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { createClient, type GpumeshClient, type Job, type JobUpdate } from '@gpumesh/client'
import { startTestnet, type Testnet, type TestnetNode } from '@gpumesh/client'
import { createGpumeshHost, loadOrCreatePrivateKey } from '@gpumesh/peer'
import { FramedStream, JOB_PROTOCOL, MAX_JOB_EVENT_BYTES, PayloadType, decodeJobResponse, decodeReceipt, encodeJobRequest, openEnvelope, type JobEvent } from '@gpumesh/protocol'
import { GPUMESH_BIN, NODE_BIN, startBin, stopChild } from './fixtures/processes.js'
import type { ChildProcess } from 'node:child_process'

/** Prints which attempt it is, runs a little, writes a result. */
const JOB = ['sh', '-c', 'echo "attempt on $CUDA_VISIBLE_DEVICES"; sleep 3; echo done > output/done.txt']

describe('provider killed, restarted or stopped mid-job', () => {
  let dir: string
  let clientDir: string
  let clientId: string
  let net: Testnet | undefined
  const clients: GpumeshClient[] = []
  const extra: ChildProcess[] = []

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-failover-'))
    clientDir = join(dir, 'client')
    clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
  })

  afterEach(async () => {
    await Promise.allSettled(clients.splice(0).map(async c => { await c.stop() }))
    for (const c of extra.splice(0)) await stopChild(c)
    await net?.stop()
    net = undefined
    await rm(dir, { recursive: true, force: true })
  })

  async function testnet (providers: number, nodeConfig?: Record<string, unknown>): Promise<Testnet> {
    net = await startTestnet({ providers, profiles: ['a100'], baseDir: join(dir, 'nodes'), allowClients: [clientId], nodeConfig })
    return net
  }

  async function client (): Promise<GpumeshClient> {
    const c = await createClient({ bootstrap: [net!.bootstrap], dataDir: clientDir })
    clients.push(c)
    return c
  }

  async function stopClient (c: GpumeshClient): Promise<void> {
    await c.stop()
    clients.splice(clients.indexOf(c), 1)
  }

  /** Start a killed provider again from its data dir, on the address and port it had. */
  async function restart (victim: TestnetNode): Promise<{ peerId: string, addrs: string[] }> {
    const listen = (victim.addrs[0] ?? '').replace(/\/p2p\/.*$/, '')
    const restarted = await startBin(NODE_BIN, ['start', '--data-dir', victim.dataDir, '--listen', listen, '--api-port', '0', '--json', '--no-detect-gpus', '--declare-gpu', victim.profile!.declare, '--bootstrap', net!.bootstrap, '--allow-client', clientId], line => line.includes('"event":"ready"'))
    extra.push(restarted.child)
    return JSON.parse(restarted.line) as { peerId: string, addrs: string[] }
  }

  async function untilLog (job: Job, prefix: string): Promise<void> {
    for await (const u of job.events()) if (u.type === 'log' && u.line.startsWith(prefix)) return
  }

  async function updates (job: Job): Promise<JobUpdate[]> {
    const out: JobUpdate[] = []
    for await (const u of job.events()) out.push(u)
    return out
  }

  it('finishes the job on another provider; the restarted provider has the killed job failed provider-restarted, replays its events, and its receipt reaches the client', async () => {
    await testnet(2)
    const c = await client()
    await c.waitForProviders(2)
    const job = await c.submit({ command: JOB }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, retries: 1 })
    await untilLog(job, 'attempt on')
    const first = job.attempt!
    const victim = net!.providers.find(p => p.peerId === first.provider)!
    victim.process.kill('SIGKILL')
    const result = await job.result({ outDir: join(dir, 'out') })
    expect(result.state).toBe('succeeded')
    expect(job.record.attempts).toHaveLength(2)
    expect(job.record.attempts[0]).toMatchObject({ provider: victim.peerId, state: 'lost' })
    expect(job.record.attempts[1]!.provider).not.toBe(victim.peerId)
    expect((await updates(job)).some(u => u.type === 'lost' && u.provider === victim.peerId)).toBe(true)
    await stopClient(c)

    const ready = await restart(victim)
    expect(ready.peerId).toBe(victim.peerId)

    // Attach as the job's owner (the client's identity) and read every event back.
    const peer = await createGpumeshHost({ privateKey: await loadOrCreatePrivateKey(clientDir), listen: [] })
    try {
      await peer.dial(multiaddr(ready.addrs[0]!))
      const stream = await peer.dialProtocol(peerIdFromString(victim.peerId), JOB_PROTOCOL)
      const framed = new FramedStream(stream, { maxMessageBytes: MAX_JOB_EVENT_BYTES + 1024 })
      await framed.write(encodeJobRequest({ kind: 'attach', jobId: first.providerJobId, fromSeq: 1 }))
      const events: JobEvent[] = []
      for (;;) {
        const r = await framed.readOrEnd(decodeJobResponse, { signal: AbortSignal.timeout(10_000) })
        if (r === null) break
        if (r.kind === 'event') events.push(r.event)
      }
      expect(events.map(e => e.seq)).toEqual(events.map((_, i) => i + 1))
      expect(events.some(e => e.type === 'log' && e.line.startsWith('attempt on'))).toBe(true)
      expect(events.filter(e => e.type === 'state').at(-1)).toMatchObject({ state: 'failed', reason: 'provider-restarted' })
      const receiptEvent = events.find(e => e.type === 'receipt')
      if (receiptEvent?.type !== 'receipt') throw new Error('no receipt')
      const receipt = await openEnvelope(receiptEvent.receipt, PayloadType.receipt, decodeReceipt, { expectedSigner: victim.peerId })
      expect(receipt.message).toMatchObject({ finalState: 'failed', reason: 'provider-restarted', client: peer.peerId.toString() })
    } finally {
      await peer.stop()
    }

    // The client, back, collects the receipt the lost attempt's provider owed it.
    const again = await (await client()).job(job.id)
    await again.collectReceipts()
    const receipts = await again.attemptReceipts()
    expect(receipts.map(r => [r.attempt, r.provider, r.receipt.finalState, r.receipt.reason, r.countersigned])).toEqual([
      [1, victim.peerId, 'failed', 'provider-restarted', true],
      [2, job.record.attempts[1]!.provider, 'succeeded', '', true]
    ])
    expect(again.state).toBe('succeeded')
  }, 120_000)

  it('retries a job whose provider crashed and came back before the client noticed, and keeps the restarted provider\'s receipt', async () => {
    await testnet(3)
    const c = await client()
    await c.waitForProviders(3)
    const job = await c.submit({ command: JOB }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, retries: 1 })
    await untilLog(job, 'attempt on')
    const victim = net!.providers.find(p => p.peerId === job.attempt!.provider)!
    // The client is away while the provider crashes and comes back: it notices nothing.
    await stopClient(c)
    victim.process.kill('SIGKILL')
    await once(victim.process, 'exit')
    await restart(victim)

    // It learns on re-attach that the provider stopped the job: failed/provider-restarted is not the job's end.
    const again = await (await client()).job(job.id)
    const result = await again.result({ outDir: join(dir, 'out') })
    expect(result.state).toBe('succeeded')
    expect(again.record.attempts.map(a => [a.provider === victim.peerId, a.state, a.reason])).toEqual([[true, 'failed', 'provider-restarted'], [false, 'succeeded', '']])
    const all = await updates(again)
    expect(all.some(u => u.type === 'lost' && u.attempt === 1 && u.reason === 'provider-restarted')).toBe(true)
    const receipts = await again.attemptReceipts()
    expect(receipts.map(r => [r.attempt, r.provider === victim.peerId, r.receipt.finalState, r.receipt.reason, r.countersigned])).toEqual([
      [1, true, 'failed', 'provider-restarted', true],
      [2, false, 'succeeded', '', true]
    ])
    expect(receipts[0]!.receipt.wallMs).toBeGreaterThan(0)
  }, 120_000)

  it('retries elsewhere a job whose provider is stopped gracefully (SIGTERM): drained, ended with a countersigned receipt, and the job log says so', async () => {
    // The grace is shorter than the job, so the drain ends it.
    await testnet(3, { leases: { onShutdown: 'finish', shutdownGraceMs: 500 } })
    const c = await client()
    await c.waitForProviders(3)
    const job = await c.submit({ command: JOB }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, retries: 1 })
    await untilLog(job, 'attempt on')
    const victim = net!.providers.find(p => p.peerId === job.attempt!.provider)!
    const exited = once(victim.process, 'exit')
    victim.process.kill('SIGTERM')
    const result = await job.result({ outDir: join(dir, 'out') })
    expect(result.state).toBe('succeeded')
    expect(job.record.attempts.map(a => [a.provider === victim.peerId, a.state, a.reason])).toEqual([[true, 'failed', 'provider-shutdown'], [false, 'succeeded', '']])
    const all = await updates(job)
    const system = all.flatMap(u => u.type === 'log' && u.attempt === 1 && u.stream === 'system' ? [u.line] : [])
    expect(system.some(l => l.startsWith('provider draining'))).toBe(true)
    expect(system.some(l => l.startsWith('stopped: the provider shut down'))).toBe(true)
    expect(system).not.toContain('cancelled')
    expect(all.some(u => u.type === 'lost' && u.attempt === 1 && u.reason === 'provider-shutdown')).toBe(true)
    expect(all.filter(u => u.type === 'receipt').map(u => u.type === 'receipt' ? [u.attempt, u.receipt.reason, u.countersigned] : [])).toEqual([[1, 'provider-shutdown', true], [2, '', true]])
    // Every attempt's receipt is in the client's ledger, and the provider exited cleanly.
    expect((await c.receipts()).filter(r => r.jobId === job.id).map(r => [r.attempt, r.delivered]).sort()).toEqual([[1, true], [2, true]])
    expect(await exited).toEqual([0, null])
  }, 120_000)

  it('ends the job lost (CLI exit 7) when its provider is lost and no other provider can take it', async () => {
    const only = (await testnet(1)).providers[0]!
    const submit = await startBin(GPUMESH_BIN, ['--bootstrap', net!.bootstrap, '--data-dir', clientDir, 'submit', '--', 'sh', '-c', 'echo started; sleep 60'], line => line === 'started')
    extra.push(submit.child)
    const exited = once(submit.child, 'exit')
    only.process.kill('SIGKILL')
    expect(await exited).toEqual([7, null])
    expect(submit.stderr()).toMatch(/state\s+lost/)
    expect(submit.stderr()).not.toMatch(/no-matching-providers\)/)
  }, 120_000)
})
