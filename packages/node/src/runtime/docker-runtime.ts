/**
 * Runs a workload in a Docker container through dockerode: the leased GPUs as device
 * requests, no privileges, no network unless asked and allowed, memory/CPU/pids limits,
 * and input/ and output/ bind-mounted. Where no engine answers, it reports itself
 * unavailable and the provider does not offer it.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import Docker from 'dockerode'
import type { ContainerCreateOptions } from 'dockerode'
import { isPlainFileName, type WorkloadSpec } from '@gpumesh/protocol'
import { EventQueue } from './event-queue.js'
import { buildJobEnv } from './job-environment.js'
import { LineSplitter, LogBudget } from './log-lines.js'
import { collectOutput } from './output-collector.js'
import type { Allocation, ExitReason, Runtime, RuntimeEvent } from './runtime.js'

/** Where input/ and output/ appear in the container. */
export const CONTAINER_JOB_DIR = '/job'
/** The engine must answer a ping this fast to count as available. */
const PING_TIMEOUT_MS = 2_000

export interface DockerPolicy {
  allowNetwork: boolean
  memoryBytes: number
  nanoCpus: number
  pidsLimit: number
}

export const DEFAULT_DOCKER_POLICY: DockerPolicy = {
  allowNetwork: false,
  memoryBytes: 16 * 1024 * 1024 * 1024,
  nanoCpus: 4e9,
  pidsLimit: 1024
}

/** Pure: the container a workload gets. Tested without an engine. */
export function buildContainerCreateOptions (spec: WorkloadSpec, allocation: Allocation, policy: DockerPolicy, dirs: { inputDir: string, outputDir: string }): ContainerCreateOptions {
  const env = buildJobEnv(spec, allocation, { home: '/tmp', inputDir: `${CONTAINER_JOB_DIR}/input`, outputDir: `${CONTAINER_JOB_DIR}/output` })
  const gpus = allocation.gpuIndices.map(String)
  const nvidia = allocation.gpuVendor === 'nvidia' && gpus.length > 0
  const amd = allocation.gpuVendor === 'amd' && gpus.length > 0
  return {
    Image: spec.image,
    Cmd: spec.command,
    Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    WorkingDir: CONTAINER_JOB_DIR,
    User: '65534:65534',
    Labels: { 'io.gpumesh.job': allocation.jobId },
    NetworkDisabled: !(spec.network && policy.allowNetwork),
    HostConfig: {
      Privileged: false,
      NetworkMode: spec.network && policy.allowNetwork ? 'bridge' : 'none',
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges'],
      ReadonlyRootfs: true,
      Tmpfs: { '/tmp': 'rw,nosuid,nodev,size=1g' },
      Memory: policy.memoryBytes,
      MemorySwap: policy.memoryBytes,
      NanoCpus: policy.nanoCpus,
      PidsLimit: policy.pidsLimit,
      Binds: [`${dirs.inputDir}:${CONTAINER_JOB_DIR}/input:ro`, `${dirs.outputDir}:${CONTAINER_JOB_DIR}/output:rw`],
      DeviceRequests: nvidia ? [{ Driver: 'nvidia', DeviceIDs: gpus, Capabilities: [['gpu']] }] : [],
      Devices: amd ? ['/dev/kfd', '/dev/dri'].map(d => ({ PathOnHost: d, PathInContainer: d, CgroupPermissions: 'rwm' })) : [],
      AutoRemove: false
    }
  }
}

export interface DockerRuntimeInit {
  docker?: Docker
  socketPath?: string
  policy?: Partial<DockerPolicy>
  /** Shorthand for policy.allowNetwork. */
  allowNetwork?: boolean
}

export class DockerRuntime implements Runtime {
  readonly name = 'docker' as const
  readonly sandboxed = true
  private readonly docker: Docker
  private readonly policy: DockerPolicy

  constructor (init: DockerRuntimeInit = {}) {
    this.docker = init.docker ?? new Docker(init.socketPath !== undefined ? { socketPath: init.socketPath } : undefined)
    this.policy = { ...DEFAULT_DOCKER_POLICY, ...init.policy, ...(init.allowNetwork !== undefined ? { allowNetwork: init.allowNetwork } : {}) }
  }

  async isAvailable (options: { signal?: AbortSignal } = {}): Promise<boolean> {
    const signal = options.signal ?? AbortSignal.timeout(PING_TIMEOUT_MS)
    try {
      await Promise.race([
        this.docker.ping({ abortSignal: signal } as any),
        new Promise((_resolve, reject) => { signal.addEventListener('abort', () => { reject(new Error('timeout')) }, { once: true }) })
      ])
      return true
    } catch {
      return false
    }
  }

  async * run (spec: WorkloadSpec, allocation: Allocation, signal: AbortSignal): AsyncGenerator<RuntimeEvent> {
    const inputDir = join(allocation.workDir, 'input')
    const outputDir = join(allocation.workDir, 'output')
    const started = Date.now()
    const events = new EventQueue<RuntimeEvent>()
    const budget = new LogBudget(allocation, (stream, line) => { events.push({ type: 'log', stream, line }) })
    let container: Docker.Container | undefined
    let reason: ExitReason = 'exited'
    let exitCode = -1
    let detail = ''
    try {
      await mkdir(inputDir, { recursive: true })
      await mkdir(outputDir, { recursive: true })
      // The container runs as 65534: it must be able to write its results.
      await chmod(outputDir, 0o777)
      for (const f of spec.inputs) {
        if (!isPlainFileName(f.name)) throw new Error(`input name ${JSON.stringify(f.name)} is not a plain file name`)
        await writeFile(join(inputDir, f.name), f.content, { mode: 0o644 })
      }
      await this.ensureImage(spec.image, signal)
      container = await this.docker.createContainer({ ...buildContainerCreateOptions(spec, allocation, this.policy, { inputDir, outputDir }), abortSignal: signal } as ContainerCreateOptions)
      const stream = await container.attach({ stream: true, stdout: true, stderr: true })
      const stdout = new PassThrough()
      const stderr = new PassThrough()
      const out = new LineSplitter('stdout', budget)
      const err = new LineSplitter('stderr', budget)
      stdout.on('data', (c: Buffer) => { out.write(c) })
      stderr.on('data', (c: Buffer) => { err.write(c) })
      this.docker.modem.demuxStream(stream, stdout, stderr)
      const ended = new Promise<void>(resolve => { stream.on('end', () => { out.end(); err.end(); resolve() }) })
      await container.start()
      yield { type: 'started' }
      const kill = async (why: ExitReason): Promise<void> => {
        if (reason === 'exited') reason = why
        await container?.kill().catch(() => {})
      }
      const onAbort = (): void => { void kill('cancelled') }
      signal.addEventListener('abort', onAbort, { once: true })
      const timer = setTimeout(() => { void kill('timeout') }, allocation.timeoutMs)
      const waited = container.wait().then((r: { StatusCode: number }) => { exitCode = r.StatusCode })
      const drain = (async () => { await waited; await ended; budget.flushDropped(); events.end() })()
      for await (const e of events) yield e
      await drain
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      if ((reason as ExitReason) === 'timeout') detail = `killed after the ${Math.round(allocation.timeoutMs / 1000)} s time limit`
    } catch (err) {
      if (reason === 'exited') reason = signal.aborted ? 'cancelled' : 'error'
      detail = `docker: ${(err as Error).message}`
    } finally {
      await container?.remove({ force: true }).catch(() => {})
    }
    yield { type: 'exit', exitCode: reason === 'error' ? -1 : exitCode, reason, detail, wallMs: Date.now() - started }
    for await (const item of collectOutput(outputDir, allocation.maxResultBytes)) {
      yield item.type === 'note' ? { type: 'log', stream: 'system', line: item.line } : item
    }
  }

  private async ensureImage (image: string, signal: AbortSignal): Promise<void> {
    try {
      await this.docker.getImage(image).inspect()
      return
    } catch {}
    const stream = await this.docker.pull(image, { abortSignal: signal })
    await new Promise<void>((resolve, reject) => {
      this.docker.modem.followProgress(stream, (err: Error | null) => { if (err != null) reject(err); else resolve() })
    })
  }
}
