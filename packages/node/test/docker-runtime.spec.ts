/**
 * The docker runtime: the container a workload gets (pure, no engine needed), how it
 * fails without an engine, and a real run where an engine answers.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { WorkloadSpec } from '@gpumesh/protocol'
import { DEFAULT_DOCKER_POLICY, DockerRuntime, buildContainerCreateOptions, type DockerPolicy } from '../src/runtime/docker-runtime.js'
import type { Allocation } from '../src/runtime/runtime.js'
import { TempDirs, allocation, exitOf, logsOf, runToEnd, spec } from './fixtures/runtime-harness.js'

const dirs = new TempDirs()
afterEach(async () => {
  delete process.env.GPUMESH_TEST_SECRET
  await dirs.cleanup()
})

const DIRS = { inputDir: '/data/jobs/j/input', outputDir: '/data/jobs/j/output' }
const POLICY: DockerPolicy = { allowNetwork: false, memoryBytes: 8 * 1024 ** 3, nanoCpus: 2e9, pidsLimit: 512 }

function dockerSpec (extra: Partial<WorkloadSpec> = {}): WorkloadSpec {
  return spec(['python', 'train.py'], { runtime: 'docker', image: 'pytorch/pytorch:latest', ...extra })
}

async function alloc (extra: Partial<Allocation> = {}): Promise<Allocation> {
  return await allocation(dirs, { workDir: '/data/jobs/j', ...extra })
}

describe('buildContainerCreateOptions', () => {
  it('requests exactly the leased NVIDIA GPUs', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc({ gpuIndices: [0, 2] }), POLICY, DIRS)
    expect(o.HostConfig?.DeviceRequests).toEqual([{ Driver: 'nvidia', DeviceIDs: ['0', '2'], Capabilities: [['gpu']] }])
    expect(o.HostConfig?.Devices).toEqual([])
    expect(o.Env).toContain('CUDA_VISIBLE_DEVICES=0,2')
    expect(o.Env).toContain('NVIDIA_VISIBLE_DEVICES=0,2')
  })

  it('requests no GPU for zero GPUs', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc({ gpuIndices: [] }), POLICY, DIRS)
    expect(o.HostConfig?.DeviceRequests).toEqual([])
    expect(o.HostConfig?.Devices).toEqual([])
    expect(o.Env).toContain('CUDA_VISIBLE_DEVICES=')
    expect(o.Env).toContain('NVIDIA_VISIBLE_DEVICES=void')
  })

  it('gives AMD GPUs /dev/kfd and /dev/dri, no NVIDIA request', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc({ gpuIndices: [1], gpuVendor: 'amd' }), POLICY, DIRS)
    expect(o.HostConfig?.DeviceRequests).toEqual([])
    expect(o.HostConfig?.Devices?.map(d => [d.PathOnHost, d.PathInContainer])).toEqual([['/dev/kfd', '/dev/kfd'], ['/dev/dri', '/dev/dri']])
    expect(o.Env).toContain('HIP_VISIBLE_DEVICES=1')
    expect(o.Env).toContain('ROCR_VISIBLE_DEVICES=1')
    expect(o.Env).toContain('CUDA_VISIBLE_DEVICES=')
  })

  it('runs unprivileged: no privileges, all capabilities dropped, no-new-privileges, nobody', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc(), POLICY, DIRS)
    expect(o.HostConfig?.Privileged).toBe(false)
    expect(o.HostConfig?.CapDrop).toEqual(['ALL'])
    expect(o.HostConfig?.CapAdd ?? []).toEqual([])
    expect(o.HostConfig?.SecurityOpt).toContain('no-new-privileges')
    expect(o.User).toBe('65534:65534')
    expect(o.HostConfig?.ReadonlyRootfs).toBe(true)
  })

  it('has no network unless the spec asks and the policy allows', async () => {
    const cases: Array<[boolean, boolean, string]> = [[false, false, 'none'], [true, false, 'none'], [false, true, 'none'], [true, true, 'bridge']]
    for (const [asked, allowed, mode] of cases) {
      const o = buildContainerCreateOptions(dockerSpec({ network: asked }), await alloc(), { ...POLICY, allowNetwork: allowed }, DIRS)
      expect(o.HostConfig?.NetworkMode, `asked ${asked} allowed ${allowed}`).toBe(mode)
      expect(o.NetworkDisabled).toBe(mode === 'none')
    }
  })

  it('takes memory, CPU and pids limits from the policy', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc(), POLICY, DIRS)
    expect(o.HostConfig?.Memory).toBe(POLICY.memoryBytes)
    expect(o.HostConfig?.MemorySwap).toBe(POLICY.memoryBytes)
    expect(o.HostConfig?.NanoCpus).toBe(POLICY.nanoCpus)
    expect(o.HostConfig?.PidsLimit).toBe(POLICY.pidsLimit)
  })

  it('binds input/ read-only and output/ read-write, and nothing else', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc(), POLICY, DIRS)
    expect(o.HostConfig?.Binds).toEqual(['/data/jobs/j/input:/job/input:ro', '/data/jobs/j/output:/job/output:rw'])
    expect(o.HostConfig?.Mounts ?? []).toEqual([])
    expect(o.WorkingDir).toBe('/job')
  })

  it('passes no provider environment and the spec cannot widen its GPUs', async () => {
    process.env.GPUMESH_TEST_SECRET = 'provider-secret-value'
    const o = buildContainerCreateOptions(dockerSpec({ env: { FOO: 'bar', CUDA_VISIBLE_DEVICES: 'all', NVIDIA_VISIBLE_DEVICES: 'all' } }), await alloc({ gpuIndices: [0, 2] }), POLICY, DIRS)
    const env = o.Env ?? []
    expect(env.some(e => e.startsWith('GPUMESH_TEST_SECRET='))).toBe(false)
    expect(env.join('\n')).not.toContain('provider-secret-value')
    for (const name of Object.keys(process.env)) {
      if (['PATH', 'HOME', 'LANG'].includes(name)) continue
      expect(env.some(e => e.startsWith(`${name}=`)), `provider variable ${name} leaked`).toBe(false)
    }
    expect(env.filter(e => e.startsWith('CUDA_VISIBLE_DEVICES='))).toEqual(['CUDA_VISIBLE_DEVICES=0,2'])
    expect(env.filter(e => e.startsWith('NVIDIA_VISIBLE_DEVICES='))).toEqual(['NVIDIA_VISIBLE_DEVICES=0,2'])
    expect(env).toContain('FOO=bar')
    expect(env).toContain('GPUMESH_OUTPUT_DIR=/job/output')
  })

  it('the default policy refuses network', () => {
    expect(DEFAULT_DOCKER_POLICY.allowNetwork).toBe(false)
  })
})

describe('DockerRuntime without an engine', () => {
  const absent = new DockerRuntime({ socketPath: '/nonexistent/gpumesh-docker.sock' })

  it('reports itself unavailable, quickly', async () => {
    const t0 = Date.now()
    expect(await absent.isAvailable()).toBe(false)
    expect(Date.now() - t0).toBeLessThan(3_000)
  })

  it('a run ends with reason error, never a throw', async () => {
    const a = await allocation(dirs)
    const events = await runToEnd(absent, dockerSpec({ command: ['true'], image: 'alpine' }), a)
    expect(exitOf(events)).toMatchObject({ reason: 'error', exitCode: -1 })
  })
})

const engine = await new DockerRuntime().isAvailable()
if (!engine) console.info('docker-runtime.spec: no Docker engine answered at /var/run/docker.sock; engine test skipped')

describe('DockerRuntime with an engine', () => {
  it.skipIf(!engine)('runs alpine and shows it only its GPU variables', async () => {
    const a = await allocation(dirs, { gpuIndices: [], timeoutMs: 120_000 })
    const events = await runToEnd(new DockerRuntime(), dockerSpec({ image: 'alpine', command: ['sh', '-c', 'echo "cuda=$CUDA_VISIBLE_DEVICES"; id -u'] }), a)
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    expect(logsOf(events, 'stdout')).toEqual(['cuda=', '65534'])
  }, 180_000)
})
