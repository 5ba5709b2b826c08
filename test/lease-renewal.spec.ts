/**
 * Service jobs' leases, renewed while paid and wanted (issue 23), on real nodes: a
 * service whose client does not renew ends with its lease; the SDK renews a followed
 * service up to the provider's maximum, and then it ends; `gpumesh renew` lengthens a
 * detached one; and every renewal the provider should not take is refused with a typed
 * reason (a stranger, a forged or mismatched signature, a batch job, a job that is over).
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, type GpumeshClient, type JobUpdate } from '@gpumesh/client'
import type { ProviderNode } from '@gpumesh/node'
import {
  JobRefusalCode, PayloadType, encodeLeaseRenewal, signEnvelope, validateWorkloadSpec,
  type JobEvent, type JobResponse, type LeaseRenewal, type SignedEnvelope
} from '@gpumesh/protocol'
import { Testbed, dialAddr, until, type MarketPeer } from '@gpumesh/test-utils'
import { GPUMESH_BIN, runBin } from './fixtures/processes.js'

/** The provider's longest lease: the SDK's renewals stop there. */
const MAX_LEASE_S = 9
const SERVICE = { command: ['sleep', '600'], service: true }
const ORDER = { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n }

describe('service leases: renewal', () => {
  const bed = new Testbed()
  let boot: ProviderNode
  let provider: ProviderNode
  let client: GpumeshClient

  beforeAll(async () => {
    boot = await bed.startNode(await bed.config({ gpus: [] }))
    const config = await bed.config({ bootstrap: [dialAddr(boot)] })
    provider = await bed.startNode({ ...config, bidding: { ...config.bidding, maxDurationS: MAX_LEASE_S } })
    client = await createClient({ bootstrap: [dialAddr(boot)], dataDir: await bed.tempDir('gpumesh-client-'), listen: [`/ip4/${bed.host()}/tcp/0`] })
    await client.waitForProviders(1)
  }, 60_000)

  afterAll(async () => {
    await client?.stop()
    await bed.stop()
  }, 30_000)

  it('ends a service whose lease is not renewed when the lease is over, cancelled, with a receipt', async () => {
    const job = await client.submit(SERVICE, { ...ORDER, maxDurationS: 2, renew: false })
    const record = await job.done({ signal: AbortSignal.timeout(30_000) })
    expect(record.state).toBe('cancelled')
    expect(record.reason).toBe('lease-ended')
    const receipt = await job.receipt()
    expect(receipt?.finalState).toBe('cancelled')
    // It ran its whole lease, not less.
    expect(receipt?.wallMs).toBeGreaterThanOrEqual(2_000)
  }, 40_000)

  it('renews a followed service by its first length, up to the provider\'s maximum, then lets it end', async () => {
    const renewed: Array<Extract<JobUpdate, { type: 'renewed' }>> = []
    const system: string[] = []
    const job = await client.submit(SERVICE, { ...ORDER, maxDurationS: 3 })
    const watching = (async () => {
      for await (const u of job.events()) {
        if (u.type === 'renewed') renewed.push(u)
        if (u.type === 'log' && u.stream === 'system') system.push(u.line)
      }
    })()
    const record = await job.done({ signal: AbortSignal.timeout(40_000) })
    await watching
    expect(renewed.map(r => r.maxDurationS)).toEqual([6, MAX_LEASE_S])
    expect(record.state).toBe('cancelled')
    expect(record.reason).toBe('lease-ended')
    expect(system.some(l => l.startsWith('lease renewed: 6 s in all'))).toBe(true)
    expect(system.some(l => l.includes(`at this provider's maximum of ${MAX_LEASE_S} s`))).toBe(true)
    expect(job.attempt?.leaseDurationS).toBe(MAX_LEASE_S)
    expect((await job.receipt())?.wallMs).toBeGreaterThanOrEqual(MAX_LEASE_S * 1000)
  }, 50_000)

  it('refuses a renewal of a batch job, and of a job that is over', async () => {
    const batch = await client.submit({ command: ['sleep', '30'], timeoutS: MAX_LEASE_S }, { ...ORDER, maxDurationS: MAX_LEASE_S })
    await until(() => batch.state === 'running', 20_000, 'the batch job running')
    await expect(batch.renew({ byS: 60 })).rejects.toMatchObject({ name: 'JobRefusedError', refusal: 'renewal-refused' })
    await batch.cancel()
    await expect(batch.renew({ byS: 60 })).rejects.toMatchObject({ name: 'JobNotRunningError' })
  }, 40_000)

  describe('what a peer sends', () => {
    let owner: MarketPeer
    let stranger: MarketPeer
    let jobId: string
    let leaseId: string

    const renewal = async (body: LeaseRenewal, key = owner.key): Promise<SignedEnvelope> =>
      await signEnvelope(key, PayloadType.leaseRenewal, encodeLeaseRenewal(body), { expiresAtMs: Date.now() + 30_000 })
    const renew = async (peer: MarketPeer, envelope: SignedEnvelope, id = jobId): Promise<JobResponse[]> =>
      await peer.jobRequest(provider, { kind: 'renew', jobId: id, renewal: envelope })
    const refusal = (responses: JobResponse[]): string | undefined => {
      const r = responses.find(x => x.kind === 'refusal')
      return r?.kind === 'refusal' ? JobRefusalCode[r.refusal.code] : undefined
    }

    beforeAll(async () => {
      owner = await bed.peer([dialAddr(boot)])
      stranger = await bed.peer([dialAddr(boot)])
      await owner.connect(provider)
      await stranger.connect(provider)
      const { lease } = await owner.lease(provider, { maxDurationS: 4 })
      leaseId = lease.leaseId
      const first = await owner.jobRequest(provider, { kind: 'submit', leaseId, spec: validateWorkloadSpec(SERVICE) }, { onResponse: r => r.kind === 'event' })
      const event = first.find(r => r.kind === 'event')
      if (event?.kind !== 'event') throw new Error(`submit refused: ${JSON.stringify(first)}`)
      jobId = event.event.jobId
    }, 30_000)

    it('refuses a stranger, even with a renewal the stranger signed', async () => {
      expect(refusal(await renew(stranger, await renewal({ jobId, leaseId, maxDurationS: 8 }, stranger.key)))).toBe('JOB_REFUSAL_CODE_NOT_OWNER')
    }, 20_000)

    it('refuses a renewal signed by another key, or naming another lease', async () => {
      const other = await generateKeyPair('Ed25519')
      expect(refusal(await renew(owner, await renewal({ jobId, leaseId, maxDurationS: 8 }, other)))).toBe('JOB_REFUSAL_CODE_BAD_SIGNATURE')
      expect(refusal(await renew(owner, await renewal({ jobId, leaseId: 'another-lease', maxDurationS: 8 })))).toBe('JOB_REFUSAL_CODE_INVALID_REQUEST')
    }, 20_000)

    it('grants what is asked up to its maximum, answers with the renewed event, and refuses asking for no more', async () => {
      const responses = await renew(owner, await renewal({ jobId, leaseId, maxDurationS: 3_600 }))
      const events = responses.flatMap(r => r.kind === 'event' ? [r.event] : [])
      expect(events).toHaveLength(1)
      const renewed = events[0] as Extract<JobEvent, { type: 'renewed' }>
      expect(renewed.type).toBe('renewed')
      expect(renewed.maxDurationS).toBe(MAX_LEASE_S)
      expect(renewed.endsAtMs).toBeGreaterThan(Date.now())
      // The provider kept it: the lease record says so.
      expect(provider.ledger.getLease(leaseId)?.maxDurationS).toBe(MAX_LEASE_S)
      // Asking again (a replay of the same envelope too) is refused, not granted twice.
      expect(refusal(await renew(owner, await renewal({ jobId, leaseId, maxDurationS: 3_600 })))).toBe('JOB_REFUSAL_CODE_RENEWAL_REFUSED')
    }, 20_000)
  })

  it('gpumesh renew lengthens a detached service\'s lease', async () => {
    const base = ['--bootstrap', dialAddr(boot), '--data-dir', await bed.tempDir('gpumesh-cli-')]
    // The provider's longest lease less one second: renewed at once, before a loaded
    // host's CLI start-ups can let it lapse (--detach prints the id once a provider has it).
    const submitted = await runBin(GPUMESH_BIN, [...base, 'submit', '--service', '--detach', '--max-duration', String(MAX_LEASE_S - 1), '--', 'sleep', '600'])
    expect(submitted.code, submitted.stderr).toBe(0)
    const id = submitted.stdout.trim()
    const renewed = await runBin(GPUMESH_BIN, [...base, '--json', 'renew', id, '--by', '1'])
    expect(renewed.code, renewed.stderr).toBe(0)
    expect(JSON.parse(renewed.stdout)).toMatchObject({ maxDurationS: MAX_LEASE_S })
    const bad = await runBin(GPUMESH_BIN, [...base, 'renew', id, '--by', 'soon'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--by/)
    await runBin(GPUMESH_BIN, [...base, 'cancel', id])
  }, 60_000)
})
