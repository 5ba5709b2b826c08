/**
 * The docker runtime against a real engine (the one at $DOCKER_HOST; `pnpm test:docker`
 * starts one): jobs run as containers with their logs in order, exit codes, time
 * limits, cancels, inputs and results, no network, limits, and a lost engine
 * connection that ends the job instead of hanging it.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import Docker from 'dockerode'
import type { WorkloadSpec } from '@gpumesh/protocol'
import { JOB_LABEL } from '../src/runtime/docker-container.js'
import { DockerRuntime } from '../src/runtime/docker-runtime.js'
import type { RuntimeEvent } from '../src/runtime/runtime.js'
import { startLoopbackRegistry } from './fixtures/loopback-registry.js'
import { TempDirs, allocation, exitOf, logsOf, resultsOf, runToEnd, spec } from './fixtures/runtime-harness.js'

const IMAGE = process.env.GPUMESH_TEST_IMAGE ?? 'gpumesh-test/busybox:latest'
const root = join(import.meta.dirname, '..', '..', '..')
const dirs = new TempDirs()
const docker = new Docker()
const engine = await new DockerRuntime().isAvailable()
if (!engine) console.info(`docker-runtime.engine.spec: no Docker engine at ${process.env.DOCKER_HOST ?? '/var/run/docker.sock'}; \`pnpm test:docker\` starts one where the machine can run it`)

function job (command: string, extra: Partial<WorkloadSpec> = {}): WorkloadSpec {
  return spec(['sh', '-c', command], { runtime: 'docker', image: IMAGE, ...extra })
}

async function ourContainers (): Promise<string[]> {
  const list = await docker.listContainers({ all: true, filters: { label: [JOB_LABEL] } })
  return list.map(c => c.Id)
}

async function danglingVolumes (): Promise<string[]> {
  const { Volumes } = await docker.listVolumes({ filters: { dangling: ['true'] } })
  return (Volumes ?? []).map(v => v.Name)
}

describe.skipIf(!engine)('DockerRuntime on a real engine', () => {
  const runtime = new DockerRuntime()

  beforeAll(async () => {
    const present = await docker.getImage(IMAGE).inspect().then(() => true, () => false)
    // A local image, made from Debian's busybox-static: no registry is asked.
    if (!present) await promisify(execFile)(join(root, 'docker', 'engine.sh'), ['images'], { timeout: 120_000 })
    await runtime.images.refresh()
  }, 180_000)

  afterEach(async () => {
    // A failed test must not leave a container running.
    for (const id of await ourContainers()) await docker.getContainer(id).remove({ force: true, v: true }).catch(() => {})
    await dirs.cleanup()
  })

  it('runs the command as nobody, with no GPU for a job that leased none', async () => {
    const events = await runToEnd(runtime, job('id -u; id -g; echo "cuda=$CUDA_VISIBLE_DEVICES nvidia=$NVIDIA_VISIBLE_DEVICES"; echo oops >&2'), await allocation(dirs))
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    expect(logsOf(events, 'stdout')).toEqual(['65534', '65534', 'cuda= nvidia=void'])
    expect(logsOf(events, 'stderr')).toEqual(['oops'])
    expect(events[0]).toEqual({ type: 'started' })
    expect(await ourContainers()).toEqual([])
  })

  it('keeps each stream\'s lines in order, every one of them', async () => {
    // The engine reads stdout and stderr on separate pipes, so only the order within a
    // stream is the container's; within one, not a line may move or go missing.
    const events = await runToEnd(runtime, job('seq 1 3000; seq 1 500 >&2'), await allocation(dirs))
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    expect(logsOf(events, 'stdout')).toEqual(Array.from({ length: 3000 }, (_, i) => String(i + 1)))
    expect(logsOf(events, 'stderr')).toEqual(Array.from({ length: 500 }, (_, i) => String(i + 1)))
  })

  it('reports the exit code of a failing command', async () => {
    const events = await runToEnd(runtime, job('echo bye; exit 3'), await allocation(dirs))
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 3 })
    expect(logsOf(events, 'stdout')).toEqual(['bye'])
  })

  it('gives the job its inputs read-only and collects its output files', async () => {
    const a = await allocation(dirs)
    const s = job('cat input/in.txt; cat input/in.txt | wc -c > output/size.txt; echo hi > output/hi.txt; echo x > input/in.txt || echo input read-only', {
      inputs: [{ name: 'in.txt', content: new TextEncoder().encode('hello input\n') }]
    })
    const events = await runToEnd(runtime, s, a)
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    expect(logsOf(events, 'stdout')).toEqual(['hello input', 'input read-only'])
    const results = resultsOf(events)
    expect(results.map(r => r.name)).toEqual(['hi.txt', 'size.txt'])
    expect(readFileSync(results[0]?.path ?? '', 'utf8')).toBe('hi\n')
    expect(readFileSync(results[1]?.path ?? '', 'utf8').trim()).toBe('12')
    const exitAt = events.findIndex(e => e.type === 'exit')
    expect(events.findIndex(e => e.type === 'result')).toBeGreaterThan(exitAt)
  })

  it('has no network, a read-only root, no capabilities and the policy\'s limits', async () => {
    const limited = new DockerRuntime({ policy: { memoryBytes: 256 * 1024 * 1024, nanoCpus: 1e9, pidsLimit: 64 } })
    const events = await runToEnd(limited, job([
      'ls /sys/class/net',
      'touch /root-write 2>/dev/null && echo root-writable || echo root-read-only',
      'touch /tmp/t && echo tmp-writable',
      // cgroup v2, else v1
      'cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes',
      'cat /sys/fs/cgroup/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids/pids.max',
      'cat /sys/fs/cgroup/cpu.max 2>/dev/null || echo "$(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us) $(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us)"',
      'grep CapEff /proc/self/status',
      'wget -q -T 2 -O- http://127.0.0.1:1/ 2>/dev/null || echo no-connect'
    ].join('; ')), await allocation(dirs))
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    expect(logsOf(events, 'stdout')).toEqual(['lo', 'root-read-only', 'tmp-writable', String(256 * 1024 * 1024), '64', '100000 100000', 'CapEff:\t0000000000000000', 'no-connect'])
  })

  it('kills the job at its time limit, keeps its partial results, and leaves no container or volume', async () => {
    const volumesBefore = await danglingVolumes()
    const a = await allocation(dirs, { timeoutMs: 1_000 })
    const events = await runToEnd(runtime, job('echo start; echo partial > output/partial.txt; sleep 60; echo never'), a)
    expect(exitOf(events)).toMatchObject({ reason: 'timeout' })
    expect(exitOf(events).detail).toMatch(/time limit/)
    expect(logsOf(events, 'stdout')).toEqual(['start'])
    expect(resultsOf(events).map(r => r.name)).toEqual(['partial.txt'])
    expect(await ourContainers()).toEqual([])
    expect((await danglingVolumes()).filter(v => !volumesBefore.includes(v))).toEqual([])
  })

  it('cancels a running job, and its processes count as ours while it runs', async () => {
    const a = await allocation(dirs)
    const ac = new AbortController()
    let all: number[] = []
    let sleeper = 0
    const events = await runToEnd(runtime, job('sleep 60 & echo "running $!"; wait'), a, ac.signal, (e: RuntimeEvent) => {
      if (e.type === 'log' && e.line.startsWith('running')) {
        void runtime.containerPids().then(p => {
          all = p
          // The engine's pid namespace is this host's: find the sleep by its command line.
          sleeper = p.find(pid => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('sleep') } catch { return false } }) ?? 0
          ac.abort()
        })
      }
    })
    expect(exitOf(events)).toMatchObject({ reason: 'cancelled' })
    // The shell and its child: every process of the job's container is known as ours.
    expect(all.length).toBeGreaterThanOrEqual(2)
    expect(sleeper).toBeGreaterThan(0)
    expect(runtime.activePids()).toEqual([])
    expect(await ourContainers()).toEqual([])
  })

  it('pulls an image it may pull as a preparing phase, outside the job\'s time limit', async () => {
    const busybox = [join(process.env.GPUMESH_DOCKER_CACHE ?? '/tmp/gpumesh-docker-cache', 'busybox'), '/bin/busybox'].find(p => existsSync(p))
    expect(busybox, 'docker/engine.sh images keeps a static busybox in its cache').toBeDefined()
    // Each blob takes longer to come than the job may run: had the pull counted, the job would time out.
    const registry = await startLoopbackRegistry(readFileSync(busybox ?? ''), { delayMs: 1_500 })
    try {
      const pulling = new DockerRuntime({ pullImages: ['127.0.0.1:*'] })
      expect(pulling.images.availabilityNow(registry.image)).toBe('pullable')
      const events = await runToEnd(pulling, job('echo pulled and ran', { image: registry.image }), await allocation(dirs, { timeoutMs: 1_000 }))
      expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
      expect(events.slice(0, 3)).toEqual([
        { type: 'preparing', line: `pulling image ${registry.image}` },
        { type: 'preparing', line: `pulled image ${registry.image}` },
        { type: 'started' }
      ])
      expect(logsOf(events, 'stdout')).toEqual(['pulled and ran'])
      expect(exitOf(events).wallMs).toBeLessThan(1_000)
      expect(registry.blobsServed).toBeGreaterThan(0)
      expect(pulling.images.availabilityNow(registry.image)).toBe('present')
    } finally {
      await registry.close()
      await docker.getImage(registry.image).remove({ force: true }).catch(() => {})
    }
  })

  it('refuses an image it neither has nor may pull, before creating anything', async () => {
    const name = 'gpumesh-test/absent:never'
    expect(runtime.images.availabilityNow(name)).toBe('unavailable')
    expect(runtime.images.availabilityNow(IMAGE)).toBe('present')
    expect(runtime.images.offered()).toContain(IMAGE)
    const events = await runToEnd(runtime, job('true', { image: name }), await allocation(dirs))
    expect(exitOf(events)).toMatchObject({ reason: 'error', exitCode: -1, wallMs: 0 })
    expect(exitOf(events).detail).toBe(`image ${name} is not on this provider and it does not pull it`)
    expect(events.some(e => e.type === 'started')).toBe(false)
  })

  it('follows a job on through a broken engine connection, and stops it once the engine is gone', async () => {
    // A socket in front of the engine's: the job's long-lived requests (attach, wait) go
    // through it and are cut mid-job, as an engine restart would cut them.
    const sockets = new Set<Socket>()
    const proxyDir = await dirs.make('gpumesh-proxy-')
    const path = join(proxyDir, 'docker.sock')
    const target = (docker.modem as unknown as { socketPath: string }).socketPath
    const server: Server = createServer(client => {
      const upstream = connect(target)
      sockets.add(client)
      client.pipe(upstream).pipe(client)
      const drop = (): void => { sockets.delete(client); client.destroy(); upstream.destroy() }
      client.on('error', drop).on('close', drop)
      upstream.on('error', drop).on('close', drop)
    })
    await new Promise<void>(resolve => server.listen(path, resolve))
    try {
      const proxied = new DockerRuntime({ socketPath: path })
      // Cut once: the job is followed again and its real exit code comes through.
      const events = await runToEnd(proxied, job('echo up; sleep 4; echo after; exit 7'), await allocation(dirs), undefined, (e: RuntimeEvent) => {
        if (e.type === 'log' && e.line === 'up') for (const s of sockets) s.destroy()
      })
      expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 7 })
      expect(logsOf(events, 'system').some(l => /connection to the Docker engine broke/.test(l))).toBe(true)
      expect(logsOf(events, 'stdout')[0]).toBe('up')
      expect(await ourContainers()).toEqual([])

      // Cut, and the engine stays out of reach: the job ends with an error instead of
      // hanging. (Its container, which could not be removed, is removed after the test.)
      const gone = await runToEnd(proxied, job('echo up; sleep 60'), await allocation(dirs), undefined, (e: RuntimeEvent) => {
        if (e.type === 'log' && e.line === 'up') {
          server.close()
          for (const s of sockets) s.destroy()
        }
      })
      expect(exitOf(gone)).toMatchObject({ reason: 'error', exitCode: -1 })
      expect(exitOf(gone).detail).toMatch(/lost the container/)
    } finally {
      if (server.listening) await new Promise<void>(resolve => server.close(() => { resolve() }))
      for (const s of sockets) s.destroy()
    }
  })
})

afterAll(async () => { await dirs.cleanup() })
