/**
 * A provider on this host running jobs through the Docker runtime on a real engine
 * (`pnpm test:docker` starts one): its offer lists its images, an order for an image
 * it neither has nor pulls is declined at bid time, and a client's job runs in a
 * container to a verified result.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, type GpumeshClient } from '@gpumesh/client'
import { DeclineReason, type SignedEnvelope } from '@gpumesh/protocol'
import { RTX4090, Testbed, dialAddr } from '@gpumesh/test-utils'
import { DockerRuntime, type ProviderNode } from '@gpumesh/node'

const IMAGE = process.env.GPUMESH_TEST_IMAGE ?? 'gpumesh-test/busybox:latest'
const runtime = new DockerRuntime()
const engine = await runtime.isAvailable() && await runtime.images.availability(IMAGE).then(a => a === 'present', () => false)
if (!engine) console.info(`docker-provider.engine.spec: no Docker engine with ${IMAGE} at ${process.env.DOCKER_HOST ?? '/var/run/docker.sock'}; \`pnpm test:docker\` starts one and makes the image`)

describe.skipIf(!engine)('a provider with the Docker runtime', () => {
  const bed = new Testbed()
  let provider: ProviderNode
  let client: GpumeshClient

  beforeAll(async () => {
    const boot = await bed.startNode(await bed.config({ gpus: [] }))
    provider = await bed.startNode(await bed.config({ gpus: [RTX4090], bootstrap: [dialAddr(boot)], runtimes: ['docker'] }), [runtime])
    client = await createClient({ bootstrap: [dialAddr(boot)], dataDir: await bed.tempDir('gpumesh-client-'), listen: [`/ip4/${bed.host()}/tcp/0`] })
    await client.waitForProviders(1)
  })

  afterAll(async () => {
    await client?.stop()
    await bed.stop()
  })

  it('says at start how it runs jobs, and offers the images it has', async () => {
    const status = await provider.status()
    expect(status.runtimes).toEqual(['docker'])
    expect(status.runtimeReport.find(l => l.startsWith('docker: offered'))).toMatch(/jobs are containers on this host's engine; no network, read-only root, user nobody/)
    expect(status.offer.images).toContain(IMAGE)
  })

  it('declines at bid time an order for an image it neither has nor pulls', async () => {
    const peer = await bed.peer()
    await peer.connect(provider)
    const response = await peer.requestBid(provider, peer.order({ runtime: 'docker', image: 'gpumesh-test/absent:1', gpu: { count: 1, minVramMiB: 0, model: '', vendor: '' } }))
    expect(response).toMatchObject({ kind: 'decline', decline: { reasons: [DeclineReason.DECLINE_REASON_IMAGE], detail: 'image gpumesh-test/absent:1 is not on this provider and it does not pull it' } })
    const ok = await peer.requestBid(provider, peer.order({ runtime: 'docker', image: IMAGE, gpu: { count: 1, minVramMiB: 0, model: '', vendor: '' }, dryRun: true }))
    expect(ok.kind).toBe('bid')
    expect((ok as { bid: SignedEnvelope }).bid).toBeDefined()
    // The client reads the same rule off the offer and does not even ask.
    const quote = await client.quote({ runtime: 'docker', image: 'gpumesh-test/absent:1', gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n })
    expect(quote.bids).toEqual([])
    expect(quote.unmatched).toContainEqual(expect.objectContaining({ provider: provider.peerId, reasons: ['image'] }))
  })

  it('runs a client\'s job in a container, to a verified result', async () => {
    const job = await client.submit({ runtime: 'docker', image: IMAGE, command: ['sh', '-c', 'echo "as $(id -u)"; echo 42 > "$GPUMESH_OUTPUT_DIR/answer.txt"'] }, {
      gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n
    })
    const outDir = await bed.tempDir('gpumesh-out-')
    const result = await job.result({ outDir })
    expect(result.state).toBe('succeeded')
    expect(await readFile(join(outDir, 'answer.txt'), 'utf8')).toBe('42\n')
    const lines = []
    for await (const u of job.events()) if (u.type === 'log') lines.push(u.line)
    expect(lines).toContain('as 65534')
  })
})
