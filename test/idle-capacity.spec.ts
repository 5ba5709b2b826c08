/**
 * Idle capacity: a fake nvidia-smi first on PATH plays back what the owner does over
 * time. Owner-busy GPUs leave the offer at once and come back after the idle period;
 * a job on a GPU the owner returns to ends `preempted` with a receipt, and the client
 * retries it on another provider.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createClient, type GpumeshClient } from '@gpumesh/client'
import type { ProviderNode } from '@gpumesh/node'
import { A100, Testbed, dialAddr, until } from '@gpumesh/test-utils'

const UUIDS = ['GPU-6b1c2f0e-1d3a-4b7e-9a51-0c6f4e2d1a01', 'GPU-6b1c2f0e-1d3a-4b7e-9a51-0c6f4e2d1a02']

function gpusCsv (util: [number, number], memUsed: [number, number]): string {
  return UUIDS.map((u, i) => `${i}, ${u}, NVIDIA RTX A6000, 49140, ${memUsed[i]}, ${util[i]}, 8.6, 550.54.15`).join('\n') + '\n'
}

describe('idle capacity', () => {
  let bed: Testbed
  let smiDir: string
  let savedPath: string | undefined
  const clients: GpumeshClient[] = []

  beforeEach(async () => {
    bed = new Testbed()
    smiDir = await bed.tempDir('gpumesh-fake-smi-')
    await mkdir(join(smiDir, 'bin'))
    // The fake tool answers the two queries the idle monitor makes from files the test rewrites.
    await writeFile(join(smiDir, 'bin', 'nvidia-smi'), `#!/bin/sh\ncase "$*" in\n  *query-compute-apps*) cat "${smiDir}/apps.csv" ;;\n  *) cat "${smiDir}/gpus.csv" ;;\nesac\n`)
    await chmod(join(smiDir, 'bin', 'nvidia-smi'), 0o755)
    await writeFile(join(smiDir, 'gpus.csv'), gpusCsv([0, 0], [1, 1]))
    await writeFile(join(smiDir, 'apps.csv'), '')
    savedPath = process.env.PATH
    process.env.PATH = `${join(smiDir, 'bin')}:${savedPath ?? ''}`
  })
  afterEach(async () => {
    process.env.PATH = savedPath
    await Promise.allSettled(clients.splice(0).map(async c => { await c.stop() }))
    await bed.stop()
  })

  async function idleProvider (overrides: { preemption?: 'grace' | 'stop', graceMs?: number, bootstrap?: string[], price?: bigint } = {}): Promise<ProviderNode> {
    const config = await bed.config({ gpus: [], price: overrides.price ?? 1_000_000n, bootstrap: overrides.bootstrap ?? [] })
    config.gpus = { detect: true, declared: [] }
    // The cooling-down phase lasts idlePeriodMs: long enough that a loaded host's polling sees it.
    config.idle = { enabled: true, sampleMs: 100, idlePeriodMs: 1_500, maxUtilizationPercent: 10, maxMemoryUsedMiB: 512, windows: [], preemption: overrides.preemption ?? 'stop', graceMs: overrides.graceMs ?? 0 }
    return await bed.startNode(config)
  }

  const freeCount = (node: ProviderNode): number => node.publisher.current().gpus.reduce((n, g) => n + g.countFree, 0)

  it('offers a GPU only after its idle period, withdraws it when the owner uses it, and re-adds it after cooling down', async () => {
    const node = await idleProvider()
    expect(node.ledger.gpus.map(g => g.declared)).toEqual([false, false])
    // At start both cool down: nothing is offered yet.
    expect(freeCount(node)).toBe(0)
    await until(() => freeCount(node) === 2, 5_000, 'both GPUs idle')
    // The owner starts a game on GPU 1: a foreign process, high utilisation.
    await writeFile(join(smiDir, 'apps.csv'), `${UUIDS[1]}, 424242, 6000\n`)
    await writeFile(join(smiDir, 'gpus.csv'), gpusCsv([0, 97], [1, 6001]))
    await until(() => freeCount(node) === 1, 5_000, 'GPU 1 withdrawn')
    let status = await node.status()
    expect(status.gpus.map(g => g.state)).toEqual(['idle', 'busy-owner'])
    expect(await node.metrics.registry.metrics()).toMatch(/gpumesh_gpu_state\{gpu="1",state="busy-owner"\} 1/)
    // The owner leaves: GPU 1 cools down, then is offered again.
    await writeFile(join(smiDir, 'apps.csv'), '')
    await writeFile(join(smiDir, 'gpus.csv'), gpusCsv([0, 0], [1, 1]))
    await until(async () => (await node.status()).gpus[1]?.state === 'cooling-down', 5_000, 'cooling down')
    expect(freeCount(node)).toBe(1)
    await until(() => freeCount(node) === 2, 5_000, 'GPU 1 back')
    status = await node.status()
    expect(status.gpus.map(g => g.state)).toEqual(['idle', 'idle'])
  })

  it('preempts a job when the owner returns: preempted with logs and a receipt, and the client retries on another provider', async () => {
    const boot = await bed.startNode(await bed.config({ gpus: [] }))
    const owned = await idleProvider({ bootstrap: [dialAddr(boot)], price: 500_000n })
    const fallback = await bed.startNode(await bed.config({ gpus: [A100], price: 3_000_000n, bootstrap: [dialAddr(boot)] }))
    await until(() => freeCount(owned) === 2, 5_000, 'owned GPUs idle')
    const client = await createClient({ bootstrap: [dialAddr(boot)], dataDir: await bed.tempDir('gpumesh-client-'), listen: [`/ip4/${bed.host()}/tcp/0`] })
    clients.push(client)
    await client.waitForProviders(2)
    await until(() => (client.providers().find(p => p.provider === owned.peerId)?.gpus[0]?.countFree ?? 0) === 2, 10_000, 'client sees the idle GPUs')
    const job = await client.submit({ command: ['sh', '-c', 'echo "on $CUDA_VISIBLE_DEVICES"; echo partial > output/partial.txt; sleep 2; echo finished'] }, {
      // A long bid window: on a loaded host the cheap owned provider's bid must be in (the
      // auction still closes as soon as it is, nobody being able to bid lower).
      gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, retries: 1, bidWindowMs: 2_000
    })
    for await (const u of job.events()) if (u.type === 'log' && u.line.startsWith('on ')) break
    expect(job.attempt?.provider).toBe(owned.peerId)
    const gpu = job.attempt!.gpuIndices[0]!
    // The owner starts using exactly the leased GPU.
    await writeFile(join(smiDir, 'apps.csv'), `${UUIDS[gpu]}, 515151, 9000\n`)
    const result = await job.result({ outDir: await bed.tempDir('gpumesh-out-') })
    expect(result.state).toBe('succeeded')
    expect(job.record.attempts.map(a => [a.provider, a.state])).toEqual([[owned.peerId, 'preempted'], [fallback.peerId, 'succeeded']])
    const updates = []
    for await (const u of job.events()) updates.push(u)
    const first = updates.filter(u => u.attempt === 1)
    expect(first.some(u => u.type === 'log' && u.stream === 'system' && u.line.startsWith('preempted (owner-returned)'))).toBe(true)
    expect(first.find(u => u.type === 'result')).toMatchObject({ name: 'partial.txt' })
    expect(first.find(u => u.type === 'receipt')).toMatchObject({ receipt: { finalState: 'preempted', reason: 'owner-returned' } })
    expect(owned.ledger.freeGpus().map(g => g.index)).not.toContain(gpu)
  })
})
