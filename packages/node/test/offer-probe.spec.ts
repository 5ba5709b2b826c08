/**
 * Measured offers on the provider: a real node (in process, real host and store) runs the
 * versioned probe in its process runtime at start and signs the figures into its offer;
 * a GPU probe command (a stand-in here: this machine has no GPU) adds the GPU figures;
 * a probe that cannot run leaves the offer unmeasured and the node selling.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { GPU_PROBE_LINE_PREFIX, PROBE_VERSION, type CapacityOffer } from '@gpumesh/protocol'
import { Testbed, until } from '@gpumesh/test-utils'
import type { ProviderNode } from '@gpumesh/node'

/** What a real GPU host's command prints (a CUDA program); the stand-in just says it. */
const GPU_STAND_IN = ['sh', '-c', `echo '${GPU_PROBE_LINE_PREFIX}{"gflops":51200,"h2dMiBps":24000}'`]

async function measuredOffer (node: ProviderNode): Promise<CapacityOffer> {
  let offer: CapacityOffer | undefined
  await until(() => {
    offer = node.publisher.current()
    return offer.measured !== undefined
  }, 20_000, 'a measured offer')
  return offer!
}

describe('offer probe', () => {
  const bed = new Testbed()
  afterEach(async () => { await bed.stop() })

  it('signs the probe\'s CPU, memory and disk figures, and a GPU probe command\'s, into the offer', async () => {
    const base = await bed.config()
    const node = await bed.startNode({ ...base, probe: { enabled: true, intervalMs: 600_000, gpuCommand: GPU_STAND_IN } })
    const published = new Promise<CapacityOffer>(resolve => {
      node.publisher.addEventListener('offer:published', evt => { if (evt.detail.measured !== undefined) resolve(evt.detail) })
    })
    const offer = await measuredOffer(node)
    expect(offer.measured).toMatchObject({ probeVersion: PROBE_VERSION, gpuGflops: 51_200, h2dMiBps: 24_000 })
    expect(offer.measured!.cpuHashMiBps).toBeGreaterThan(0)
    expect(offer.measured!.memoryCopyMiBps).toBeGreaterThan(0)
    expect(offer.measured!.diskWriteMiBps).toBeGreaterThan(0)
    // The new figures go out at once, not at the next interval.
    expect((await published).measured?.cpuHashMiBps).toBe(offer.measured!.cpuHashMiBps)
  })

  it('keeps selling, unmeasured, when the GPU probe command fails', async () => {
    const base = await bed.config()
    const node = await bed.startNode({ ...base, probe: { enabled: true, intervalMs: 600_000, gpuCommand: ['sh', '-c', 'exit 3'] } })
    await new Promise(resolve => setTimeout(resolve, 3_000))
    expect(node.publisher.current().measured).toBeUndefined()
    expect(node.publisher.current().gpus.length).toBeGreaterThan(0)
  })
})
