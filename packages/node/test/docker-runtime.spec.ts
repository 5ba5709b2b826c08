/**
 * The docker runtime without an engine: the container a workload gets, where the engine
 * finds a provider's dirs, image names, the attach stream, and how it fails with no
 * engine. Runs on a real engine are in docker-runtime.engine.spec.ts.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { matchesImagePattern as matchesPattern, normalizeImage, offerRunsImage, type WorkloadSpec } from '@gpumesh/protocol'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { readFile, readdir } from 'node:fs/promises'
import { extractFiles, tarArchive } from '../src/runtime/docker-archive.js'
import { AttachDemuxer } from '../src/runtime/docker-container.js'
import { containerIdFromMountinfo } from '../src/runtime/docker-host.js'
import { DEFAULT_DOCKER_POLICY, DockerRuntime, buildContainerCreateOptions, type DockerPolicy } from '../src/runtime/docker-runtime.js'
import type { Allocation } from '../src/runtime/runtime.js'
import { TempDirs, allocation, exitOf, runToEnd, spec } from './fixtures/runtime-harness.js'

const dirs = new TempDirs()
afterEach(async () => {
  delete process.env.GPUMESH_TEST_SECRET
  await dirs.cleanup()
})

const POLICY: DockerPolicy = { allowNetwork: false, memoryBytes: 8 * 1024 ** 3, nanoCpus: 2e9, pidsLimit: 512 }

function dockerSpec (extra: Partial<WorkloadSpec> = {}): WorkloadSpec {
  return spec(['python', 'train.py'], { runtime: 'docker', image: 'pytorch/pytorch:latest', ...extra })
}

async function alloc (extra: Partial<Allocation> = {}): Promise<Allocation> {
  return await allocation(dirs, { workDir: '/data/jobs/j', ...extra })
}

describe('buildContainerCreateOptions', () => {
  it('requests exactly the leased NVIDIA GPUs, by UUID; inside they are 0..n-1', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc({ gpuIndices: [0, 2], gpuUuids: ['GPU-aaaa', 'GPU-cccc'] }), POLICY)
    expect(o.HostConfig?.DeviceRequests).toEqual([{ Driver: 'nvidia', DeviceIDs: ['GPU-aaaa', 'GPU-cccc'], Capabilities: [['gpu']] }])
    expect(o.HostConfig?.Devices).toEqual([])
    // The engine shows the container only its devices, renumbered from 0.
    expect(o.Env).toContain('CUDA_VISIBLE_DEVICES=0,1')
    expect(o.Env).toContain('NVIDIA_VISIBLE_DEVICES=GPU-aaaa,GPU-cccc')
  })

  it('does not ask the engine for declared GPUs (no UUID), and names them by index', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc({ gpuIndices: [1, 3], gpuUuids: ['', ''] }), POLICY)
    expect(o.HostConfig?.DeviceRequests).toEqual([])
    expect(o.Env).toContain('NVIDIA_VISIBLE_DEVICES=1,3')
    expect(o.Env).toContain('CUDA_VISIBLE_DEVICES=1,3')
  })

  it('requests no GPU for zero GPUs', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc({ gpuIndices: [] }), POLICY)
    expect(o.HostConfig?.DeviceRequests).toEqual([])
    expect(o.HostConfig?.Devices).toEqual([])
    expect(o.Env).toContain('CUDA_VISIBLE_DEVICES=')
    expect(o.Env).toContain('NVIDIA_VISIBLE_DEVICES=void')
  })

  it('gives AMD GPUs /dev/kfd and /dev/dri, no NVIDIA request', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc({ gpuIndices: [1], gpuUuids: ['0x1234abcd'], gpuVendor: 'amd' }), POLICY)
    expect(o.HostConfig?.DeviceRequests).toEqual([])
    expect(o.HostConfig?.Devices?.map((d: { PathOnHost: string, PathInContainer: string }) => [d.PathOnHost, d.PathInContainer])).toEqual([['/dev/kfd', '/dev/kfd'], ['/dev/dri', '/dev/dri']])
    expect(o.Env).toContain('HIP_VISIBLE_DEVICES=0')
    expect(o.Env).toContain('ROCR_VISIBLE_DEVICES=0')
    expect(o.Env).toContain('CUDA_VISIBLE_DEVICES=')
  })

  it('runs unprivileged: no privileges, all capabilities dropped, no-new-privileges, nobody', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc(), POLICY)
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
      const o = buildContainerCreateOptions(dockerSpec({ network: asked }), await alloc(), { ...POLICY, allowNetwork: allowed })
      expect(o.HostConfig?.NetworkMode, `asked ${asked} allowed ${allowed}`).toBe(mode)
      expect(o.NetworkDisabled).toBe(mode === 'none')
    }
  })

  it('takes memory, CPU and pids limits from the policy', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc(), POLICY)
    expect(o.HostConfig?.Memory).toBe(POLICY.memoryBytes)
    expect(o.HostConfig?.MemorySwap).toBe(POLICY.memoryBytes)
    expect(o.HostConfig?.NanoCpus).toBe(POLICY.nanoCpus)
    expect(o.HostConfig?.PidsLimit).toBe(POLICY.pidsLimit)
  })

  it('mounts nothing of the provider\'s: /job is a volume of its own, removed with it', async () => {
    const o = buildContainerCreateOptions(dockerSpec(), await alloc(), POLICY)
    expect(o.HostConfig?.Mounts).toEqual([{ Type: 'volume', Source: '', Target: '/job' }])
    expect(o.HostConfig?.Binds ?? []).toEqual([])
    expect(o.WorkingDir).toBe('/job')
  })

  it('passes no provider environment and the spec cannot widen its GPUs', async () => {
    process.env.GPUMESH_TEST_SECRET = 'provider-secret-value'
    const o = buildContainerCreateOptions(dockerSpec({ env: { FOO: 'bar', CUDA_VISIBLE_DEVICES: 'all', NVIDIA_VISIBLE_DEVICES: 'all' } }), await alloc({ gpuIndices: [0, 2], gpuUuids: ['GPU-a', 'GPU-c'] }), POLICY)
    const env = o.Env ?? []
    expect(env.some(e => e.startsWith('GPUMESH_TEST_SECRET='))).toBe(false)
    expect(env.join('\n')).not.toContain('provider-secret-value')
    for (const name of Object.keys(process.env)) {
      if (['PATH', 'HOME', 'LANG'].includes(name)) continue
      expect(env.some(e => e.startsWith(`${name}=`)), `provider variable ${name} leaked`).toBe(false)
    }
    expect(env.filter(e => e.startsWith('CUDA_VISIBLE_DEVICES='))).toEqual(['CUDA_VISIBLE_DEVICES=0,1'])
    expect(env.filter(e => e.startsWith('NVIDIA_VISIBLE_DEVICES='))).toEqual(['NVIDIA_VISIBLE_DEVICES=GPU-a,GPU-c'])
    expect(env).toContain('FOO=bar')
    expect(env).toContain('GPUMESH_OUTPUT_DIR=/job/output')
  })

  it('the default policy refuses network', () => {
    expect(DEFAULT_DOCKER_POLICY.allowNetwork).toBe(false)
  })
})

describe('where the provider runs', () => {
  const id = 'a'.repeat(64)

  it('finds the container id in mountinfo', () => {
    const text = `1 2 0:1 / / rw - overlay overlay rw\n3 1 8:1 /var/lib/docker/containers/${id}/hostname /etc/hostname rw - ext4 /dev/vda rw\n`
    expect(containerIdFromMountinfo(text)).toBe(id)
    expect(containerIdFromMountinfo('1 2 0:1 / / rw - ext4 /dev/vda rw\n')).toBeUndefined()
  })
})

describe('images a provider can run', () => {
  it('spells an image one way', () => {
    expect(normalizeImage('busybox')).toBe('busybox:latest')
    expect(normalizeImage('docker.io/library/busybox:1.36')).toBe('busybox:1.36')
    expect(normalizeImage('localhost:5000/x')).toBe('localhost:5000/x:latest')
    expect(normalizeImage('pytorch/pytorch@sha256:abc')).toBe('pytorch/pytorch@sha256:abc')
  })

  it('matches the operator\'s pull patterns', () => {
    expect(matchesPattern('pytorch/pytorch:2.3-cuda12', ['pytorch/pytorch:*'])).toBe(true)
    expect(matchesPattern('pytorch/pytorch', ['pytorch/pytorch:latest'])).toBe(true)
    expect(matchesPattern('evil/pytorch:1', ['pytorch/pytorch:*'])).toBe(false)
    expect(matchesPattern('anything:1', ['*'])).toBe(true)
    expect(matchesPattern('a.b:1', ['a?b:*'])).toBe(false)
    expect(matchesPattern('x:1', [])).toBe(false)
  })

  it('an offer that lists no images rules none out', () => {
    expect(offerRunsImage({}, 'x:1')).toBe(true)
    expect(offerRunsImage({ images: [] }, 'x:1')).toBe(true)
    expect(offerRunsImage({ images: ['y:*'] }, 'x:1')).toBe(false)
    expect(offerRunsImage({ images: ['x:1'] }, 'x')).toBe(false)
    expect(offerRunsImage({ images: ['x:*'] }, 'x')).toBe(true)
    expect(offerRunsImage({ images: ['x:*'] }, 'x:2')).toBe(true)
  })
})

describe('job archives', () => {
  it('round-trips input files, long and non-ASCII names included, and keeps only output/\'s top-level files', async () => {
    const long = `${'é'.repeat(60)}.txt`
    const archive = tarArchive([
      { path: 'output/', uid: 65534, gid: 65534, mode: 0o755 },
      { path: 'output/a.txt', uid: 65534, gid: 65534, mode: 0o644, content: new TextEncoder().encode('alpha\n') },
      { path: `output/${long}`, uid: 65534, gid: 65534, mode: 0o644, content: new Uint8Array(1500).fill(7) },
      { path: 'output/sub/', uid: 65534, gid: 65534, mode: 0o755 },
      { path: 'output/sub/deep.txt', uid: 65534, gid: 65534, mode: 0o644, content: new Uint8Array(3) },
      { path: 'input/in.txt', uid: 0, gid: 0, mode: 0o644, content: new Uint8Array(10) }
    ])
    expect(archive.length % 512).toBe(0)
    const dest = await dirs.make()
    // Chunks of 100 bytes: headers and bodies are split across reads.
    const chunks = Array.from({ length: Math.ceil(archive.length / 100) }, (_, i) => archive.subarray(i * 100, i * 100 + 100))
    const got = await extractFiles(Readable.from(chunks), 'output', dest, 1 << 20)
    expect(got.files).toEqual(['a.txt', long])
    expect(got.notes.length).toBe(2)
    expect((await readdir(dest)).sort()).toEqual(['a.txt', long].sort())
    expect(await readFile(join(dest, 'a.txt'), 'utf8')).toBe('alpha\n')
    expect((await readFile(join(dest, long))).equals(Buffer.alloc(1500, 7))).toBe(true)
  })

  it('writes no more than the result budget, and says what it left out', async () => {
    const archive = tarArchive([
      { path: 'output/one', uid: 0, gid: 0, mode: 0o644, content: new Uint8Array(600) },
      { path: 'output/two', uid: 0, gid: 0, mode: 0o644, content: new Uint8Array(600) }
    ])
    const dest = await dirs.make()
    const got = await extractFiles(Readable.from([archive]), 'output', dest, 1000)
    expect(got.files).toEqual(['one'])
    expect(got.notes).toEqual(['output/two skipped: results are limited to 1000 bytes in total'])
  })
})

describe('AttachDemuxer', () => {
  it('splits frames in order, across chunk boundaries', () => {
    const got: string[] = []
    const d = new AttachDemuxer(b => { got.push(`out:${b.toString()}`) }, b => { got.push(`err:${b.toString()}`) })
    const frame = (id: number, text: string): Buffer => {
      const h = Buffer.alloc(8)
      h[0] = id
      h.writeUInt32BE(Buffer.byteLength(text), 4)
      return Buffer.concat([h, Buffer.from(text)])
    }
    const all = Buffer.concat([frame(1, 'one\n'), frame(2, 'two\n'), frame(1, 'three\n')])
    for (let i = 0; i < all.length; i += 3) d.write(all.subarray(i, i + 3))
    expect(got.join('')).toBe('out:one\nerr:two\nout:three\n')
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
    expect(exitOf(events).detail).toMatch(/no Docker engine answered/)
  })
})
