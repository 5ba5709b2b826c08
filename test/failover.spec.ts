/**
 * Kill and restart: a provider SIGKILLed mid-job, the job finishing elsewhere, and the
 * killed provider coming back from its data dir with everything it acknowledged.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import { createClient, type GpumeshClient } from '@gpumesh/client'
import { startTestnet, type Testnet } from '../packages/client/src/testnet/testnet.js'
import { createGpumeshHost, loadOrCreatePrivateKey } from '@gpumesh/peer'
import { FramedStream, JOB_PROTOCOL, MAX_JOB_EVENT_BYTES, PayloadType, decodeJobResponse, decodeReceipt, encodeJobRequest, openEnvelope, type JobEvent } from '@gpumesh/protocol'
import { NODE_BIN, startBin, stopChild } from './fixtures/processes.js'
import type { ChildProcess } from 'node:child_process'

describe('provider killed mid-job', () => {
  let dir: string
  let net: Testnet
  let client: GpumeshClient | undefined
  const extra: ChildProcess[] = []

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-failover-'))
    const clientDir = join(dir, 'client')
    const { peerIdFromPrivateKey } = await import('@libp2p/peer-id')
    const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
    net = await startTestnet({ providers: 2, profiles: ['a100', 'a100'], baseDir: join(dir, 'nodes'), allowClients: [clientId] })
  }, 60_000)

  afterEach(async () => {
    await client?.stop()
    for (const c of extra.splice(0)) await stopChild(c)
    await net.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('finishes the job on another provider; the restarted provider has the killed job failed provider-restarted, with a receipt, and replays its events', async () => {
    client = await createClient({ bootstrap: [net.bootstrap], dataDir: join(dir, 'client') })
    await client.waitForProviders(2)
    const job = await client.submit({ command: ['sh', '-c', 'echo "attempt on $CUDA_VISIBLE_DEVICES"; sleep 2; echo done > output/done.txt'] }, {
      gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, retries: 1
    })
    for await (const u of job.events()) if (u.type === 'log' && u.line.startsWith('attempt on')) break
    const first = job.attempt!
    const victim = net.providers.find(p => p.peerId === first.provider)!
    victim.process.kill('SIGKILL')
    const result = await job.result({ outDir: join(dir, 'out') })
    expect(result.state).toBe('succeeded')
    expect(job.record.attempts).toHaveLength(2)
    expect(job.record.attempts[0]).toMatchObject({ provider: victim.peerId, state: 'lost' })
    expect(job.record.attempts[1]!.provider).not.toBe(victim.peerId)
    const updates = []
    for await (const u of job.events()) updates.push(u)
    expect(updates.some(u => u.type === 'lost' && u.provider === victim.peerId)).toBe(true)
    await client.stop()
    client = undefined

    // Restart the killed provider from its data dir.
    const restarted = await startBin(NODE_BIN, ['start', '--data-dir', victim.dataDir, '--listen', `/ip4/${victim.host}/tcp/0`, '--api-port', '0', '--json', '--no-detect-gpus', '--declare-gpu', victim.profile!.declare], line => line.includes('"event":"ready"'))
    extra.push(restarted.child)
    const readyLine = JSON.parse(restarted.line) as { peerId: string, addrs: string[] }
    expect(readyLine.peerId).toBe(victim.peerId)

    // Attach as the job's owner (the client's identity) and read every event back.
    const key = await loadOrCreatePrivateKey(join(dir, 'client'))
    const peer = await createGpumeshHost({ privateKey: key, listen: [] })
    try {
      await peer.dial(multiaddr(readyLine.addrs[0]!))
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
  }, 90_000)
})
