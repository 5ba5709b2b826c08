/**
 * Runs a workload in a Docker container through dockerode: the leased GPUs as device
 * requests by UUID, no privileges, no network unless asked and allowed, memory/CPU/pids
 * limits, a read-only root, user nobody, and input/ and output/ mounted. A provider in a
 * container drives the host's engine through its socket: jobs are sibling containers.
 * Where no engine answers, it reports itself unavailable and is not offered.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import Docker from 'dockerode'
import { isPlainFileName, isUrlInput, type WorkloadSpec } from '@gpumesh/protocol'
import { DockerRuntimeError, ImageUnavailableError } from '../errors.js'
import { extractFiles, tarArchive } from './docker-archive.js'
import { AttachDemuxer, CONTAINER_JOB_DIR, CONTAINER_UID, DEFAULT_DOCKER_POLICY, buildContainerCreateOptions, type DockerPolicy } from './docker-container.js'
import { locateSelf, type DockerHost } from './docker-host.js'
import { DockerImages } from './docker-images.js'
import { EventQueue } from './event-queue.js'
import { LineSplitter, LogBudget } from './log-lines.js'
import { collectOutput } from './output-collector.js'
import type { Allocation, ExitReason, Runtime, RuntimeEvent } from './runtime.js'

export { CONTAINER_JOB_DIR, DEFAULT_DOCKER_POLICY, buildContainerCreateOptions, type DockerPolicy } from './docker-container.js'

/* dockerode takes { abortSignal } on ping and version; its types only know the callback form. */
/** The engine must answer a ping this fast to count as available. */
const PING_TIMEOUT_MS = 2_000
/** An image pull may take this long (large CUDA images); it does not count against the job's time. */
const PULL_TIMEOUT_MS = 30 * 60_000
/** Engine calls around a job (create, start, kill, remove, inspect) answer in well under this. */
const ENGINE_CALL_TIMEOUT_MS = 30_000
/** Output still in flight when a container exits arrives within this; a wait still open this long after the output ended is asked about. */
const OUTPUT_END_GRACE_MS = 2_000
/** Times a job is followed again after its engine connection broke, before it is given up (and stopped). */
const MAX_REATTACH = 3

export interface DockerRuntimeInit {
  docker?: Docker
  socketPath?: string
  policy?: Partial<DockerPolicy>
  /** Shorthand for policy.allowNetwork. */
  allowNetwork?: boolean
  /**
   * Images this provider pulls when a job asks for one it does not have: exact names or
   * globs (`pytorch/pytorch:*`, `*` for any). Default none: only images already on the
   * engine run, and others are declined at bid time.
   */
  pullImages?: string[]
}

/** What `describe()` tells the operator at start. */
export interface DockerEngineInfo {
  version: string
  apiVersion: string
  where: DockerHost
}

/** A signal that aborts with `parent` or after `ms`, with a timer of our own (Node 20's AbortSignal.any may lose its timeout to GC). */
function deadline (parent: AbortSignal | undefined, ms: number): { signal: AbortSignal, done: () => void } {
  const ac = new AbortController()
  const onAbort = (): void => { ac.abort(parent?.reason) }
  const timer = setTimeout(() => { ac.abort(new DockerRuntimeError(`the engine did not answer within ${ms} ms`)) }, ms)
  if (parent?.aborted === true) ac.abort(parent.reason)
  else parent?.addEventListener('abort', onAbort, { once: true })
  return { signal: ac.signal, done: () => { clearTimeout(timer); parent?.removeEventListener('abort', onAbort) } }
}

async function withDeadline<T> (parent: AbortSignal | undefined, ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const d = deadline(parent, ms)
  try {
    return await Promise.race([fn(d.signal), new Promise<never>((_resolve, reject) => {
      d.signal.addEventListener('abort', () => { reject(d.signal.reason instanceof Error ? d.signal.reason : new DockerRuntimeError('aborted')) }, { once: true })
    })])
  } finally {
    d.done()
  }
}

type WaitOutcome = { ok: true, code: number } | { ok: false, error: Error }

/** A wait that never rejects: its failure is handled where it is awaited, never unhandled meanwhile. */
function settle (p: Promise<{ StatusCode: number }>): Promise<WaitOutcome> {
  return p.then(r => ({ ok: true as const, code: r.StatusCode }), (error: Error) => ({ ok: false as const, error }))
}

/** `p`'s value, or undefined once `ms` passed. */
async function within<T> (p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([p, new Promise<undefined>(resolve => { timer = setTimeout(() => { resolve(undefined) }, ms) })])
  } finally {
    clearTimeout(timer)
  }
}

interface Attached { stream: Readable, ended: Promise<void> }

/** What the job finds in /job: input/ (root's, so read-only to it) with its files, and output/, its own. */
function jobArchive (spec: WorkloadSpec): Buffer {
  return tarArchive([
    { path: 'input/', uid: 0, gid: 0, mode: 0o755 },
    ...spec.inputs.map(f => ({ path: `input/${f.name}`, uid: 0, gid: 0, mode: 0o644, content: f.content })),
    { path: 'output/', uid: CONTAINER_UID, gid: CONTAINER_UID, mode: 0o755 }
  ])
}

/** The container's output/ files into `outputDir`; returns notes on what was left out. */
async function copyOut (c: Docker.Container, outputDir: string, maxBytes: number): Promise<string[]> {
  try {
    const archive = await withDeadline(undefined, ENGINE_CALL_TIMEOUT_MS, async () => await c.getArchive({ path: `${CONTAINER_JOB_DIR}/output` }) as unknown as Readable)
    return (await extractFiles(archive, 'output', outputDir, maxBytes)).notes
  } catch (err) {
    return [`results could not be copied out of the container: ${(err as Error).message}`]
  }
}

async function removeContainer (c: Docker.Container): Promise<void> {
  // v: its /job volume goes with it.
  await withDeadline(undefined, ENGINE_CALL_TIMEOUT_MS, async () => await c.remove({ force: true, v: true })).catch(() => {})
}

/** The container's output from now on, into the line splitters; `ended` once the stream is gone. */
async function attachOutput (c: Docker.Container, out: LineSplitter, err: LineSplitter, signal?: AbortSignal): Promise<Attached> {
  const stream = await withDeadline(signal, ENGINE_CALL_TIMEOUT_MS, async () => await c.attach({ stream: true, stdout: true, stderr: true }) as unknown as Readable)
  const demux = new AttachDemuxer(chunk => { out.write(chunk) }, chunk => { err.write(chunk) })
  stream.on('data', (chunk: Buffer) => { demux.write(chunk) })
  const ended = new Promise<void>(resolve => {
    stream.once('end', resolve)
    stream.once('close', resolve)
    stream.once('error', () => { resolve() })
  })
  return { stream, ended }
}

/**
 * Follow the container until it exits, or until we cannot tell. A wait can fail, or
 * (docker-modem, when its connection is cut) never settle at all: the output stream
 * ending is the other sign, and then the engine is asked directly.
 */
async function followOnce (c: Docker.Container, waited: Promise<WaitOutcome>, ended: Promise<void>): Promise<{ kind: 'exited', code: number } | { kind: 'running' } | { kind: 'failed', error: Error }> {
  const first = await Promise.race([waited, ended.then(() => undefined)])
  if (first?.ok === true) {
    // The output stream ends right after the exit; should it not, it is cut.
    await within(ended, OUTPUT_END_GRACE_MS)
    return { kind: 'exited', code: first.code }
  }
  const w = first ?? await within(waited, OUTPUT_END_GRACE_MS)
  if (w?.ok === true) return { kind: 'exited', code: w.code }
  try {
    const info = await withDeadline(undefined, ENGINE_CALL_TIMEOUT_MS, async () => await c.inspect())
    return info.State.Running ? { kind: 'running' } : { kind: 'exited', code: info.State.ExitCode }
  } catch (error) {
    return { kind: 'failed', error: w?.error ?? error as Error }
  }
}

export class DockerRuntime implements Runtime {
  readonly name = 'docker' as const
  readonly sandboxed = true
  readonly images: DockerImages
  private readonly docker: Docker
  readonly policy: DockerPolicy
  private where?: Promise<DockerHost>
  /** The engine's CPU count: it refuses a CPU limit above it. */
  private engineCpus?: Promise<number>
  /** Job id -> the host pid of its container's first process, while it runs. */
  private readonly pids = new Map<string, number>()
  /** Job id -> its container, while it runs. */
  private readonly containers = new Map<string, Docker.Container>()

  constructor (init: DockerRuntimeInit = {}) {
    this.docker = init.docker ?? new Docker(init.socketPath !== undefined ? { socketPath: init.socketPath } : undefined)
    this.policy = { ...DEFAULT_DOCKER_POLICY, ...init.policy, ...(init.allowNetwork !== undefined ? { allowNetwork: init.allowNetwork } : {}) }
    this.images = new DockerImages(this.docker, init.pullImages ?? [])
  }

  async isAvailable (options: { signal?: AbortSignal } = {}): Promise<boolean> {
    try {
      await withDeadline(options.signal, PING_TIMEOUT_MS, async signal => await (this.docker.ping as (o: object) => Promise<unknown>).call(this.docker, { abortSignal: signal }))
      return true
    } catch {
      return false
    }
  }

  /** Engine version, and whether we run on its host or in one of its containers. */
  async describe (options: { signal?: AbortSignal } = {}): Promise<DockerEngineInfo> {
    const v = await withDeadline(options.signal, ENGINE_CALL_TIMEOUT_MS, async signal => await (this.docker.version as (o: object) => Promise<Docker.DockerVersion>).call(this.docker, { abortSignal: signal }))
    return { version: v.Version, apiVersion: v.ApiVersion, where: await this.locate(options.signal) }
  }

  /** The limits a job gets: the policy's, with CPUs capped at the engine's count (it refuses more). */
  async effectivePolicy (): Promise<DockerPolicy> {
    this.engineCpus ??= this.docker.info().then((i: { NCPU: number }) => i.NCPU, () => 0)
    const cpus = await this.engineCpus
    return cpus > 0 ? { ...this.policy, nanoCpus: Math.min(this.policy.nanoCpus, cpus * 1e9) } : this.policy
  }

  /** Host pids of our running containers' first processes. */
  activePids (): number[] {
    return [...this.pids.values()].filter(p => p > 0)
  }

  /**
   * Host pids of every process in our running containers, as the engine lists them: a
   * provider in a container cannot walk the host's process tree, and a GPU process in a
   * job container is ours, not the owner's.
   */
  async containerPids (options: { signal?: AbortSignal } = {}): Promise<number[]> {
    const lists = await Promise.all([...this.containers.values()].map(async c => {
      try {
        const top = await withDeadline(options.signal, ENGINE_CALL_TIMEOUT_MS, async () => await c.top()) as { Titles?: string[], Processes?: string[][] }
        const at = top.Titles?.indexOf('PID') ?? -1
        return at === -1 ? [] : (top.Processes ?? []).map(p => Number(p[at])).filter(Number.isSafeInteger)
      } catch {
        return []
      }
    }))
    return [...new Set([...this.activePids(), ...lists.flat()])]
  }

  private async locate (signal?: AbortSignal): Promise<DockerHost> {
    this.where ??= locateSelf(this.docker, { signal }).catch(() => ({ kind: 'host' as const }))
    return await this.where
  }

  async * run (spec: WorkloadSpec, allocation: Allocation, signal: AbortSignal): AsyncGenerator<RuntimeEvent> {
    const inputDir = join(allocation.workDir, 'input')
    const outputDir = join(allocation.workDir, 'output')
    let startedAt: number | undefined
    const events = new EventQueue<RuntimeEvent>()
    const budget = new LogBudget(allocation, (stream, line) => { events.push({ type: 'log', stream, line }) })
    let container: Docker.Container | undefined
    let reason: ExitReason = 'exited'
    let exitCode = -1
    let detail = ''
    let timer: NodeJS.Timeout | undefined
    let onAbort: (() => void) | undefined
    let settled = false
    try {
      // The work dir keeps the job's files on the provider, as with every runtime; the
      // container gets copies (see docker-archive.ts for why not mounts).
      await mkdir(inputDir, { recursive: true })
      await mkdir(outputDir, { recursive: true })
      for (const f of spec.inputs) {
        if (!isPlainFileName(f.name)) throw new DockerRuntimeError(`input name ${JSON.stringify(f.name)} is not a plain file name`)
        const fetched = allocation.fetchedInputs?.get(f.name)
        if (isUrlInput(f)) {
          if (fetched === undefined) throw new DockerRuntimeError(`input ${f.name} was not fetched`)
          await copyFile(fetched, join(inputDir, f.name))
        } else {
          await writeFile(join(inputDir, f.name), f.content, { mode: 0o644 })
        }
      }
      // The archive below carries contents: inputs by URL are read from their copies.
      // (Streaming them into the tar instead of holding them is still to do.)
      spec = { ...spec, inputs: await Promise.all(spec.inputs.map(async f => isUrlInput(f) ? { name: f.name, content: new Uint8Array(await readFile(join(inputDir, f.name))) } : f)) }
      const availability = await this.images.availability(spec.image, { signal })
      if (availability === 'unavailable') throw new ImageUnavailableError(spec.image)
      if (availability === 'pullable') {
        // Preparing: the client sees why nothing runs yet; the job's clock has not started.
        yield { type: 'preparing', line: `pulling image ${spec.image}` }
        await withDeadline(signal, PULL_TIMEOUT_MS, async s => { await this.images.pull(spec.image, { signal: s }) })
        yield { type: 'preparing', line: `pulled image ${spec.image}` }
      }
      const options = buildContainerCreateOptions(spec, allocation, await this.effectivePolicy())
      container = await withDeadline(signal, ENGINE_CALL_TIMEOUT_MS, async s => await this.docker.createContainer({ ...options, abortSignal: s }))
      const c = container
      await withDeadline(signal, ENGINE_CALL_TIMEOUT_MS, async () => await c.putArchive(jobArchive(spec), { path: CONTAINER_JOB_DIR }))
      const out = new LineSplitter('stdout', budget)
      const err = new LineSplitter('stderr', budget)
      // Attach before start: not a byte of output is missed.
      let attached = await attachOutput(c, out, err, signal)
      const kill = async (why: ExitReason): Promise<void> => {
        if (reason === 'exited') reason = why
        await withDeadline(undefined, ENGINE_CALL_TIMEOUT_MS, async () => await c.kill()).catch(() => {})
      }
      onAbort = () => { void kill('cancelled') }
      if (signal.aborted) throw signal.reason
      signal.addEventListener('abort', onAbort, { once: true })
      // Wait before start, so an exit faster than our next request is not missed.
      let waited = settle(c.wait({ condition: 'next-exit' }))
      await withDeadline(undefined, ENGINE_CALL_TIMEOUT_MS, async () => await c.start())
      startedAt = Date.now()
      this.pids.set(allocation.jobId, 0)
      this.containers.set(allocation.jobId, c)
      void c.inspect().then(info => { if (this.pids.has(allocation.jobId)) this.pids.set(allocation.jobId, info.State.Pid) }).catch(() => {})
      yield { type: 'started' }
      timer = setTimeout(() => { void kill('timeout') }, allocation.timeoutMs)
      const drain = (async () => {
        for (let attempt = 0; ; attempt++) {
          const outcome = await followOnce(c, waited, attached.ended)
          if (outcome.kind === 'exited') {
            exitCode = outcome.code
            break
          }
          attached.stream.destroy()
          if (outcome.kind === 'failed' || attempt >= MAX_REATTACH) {
            // We can no longer follow this container: it is stopped, not left running unwatched.
            if (reason === 'exited') reason = 'error'
            detail = `docker: lost the container while it ran: ${outcome.kind === 'failed' ? outcome.error.message : 'the engine connection kept breaking'}`
            await kill('error')
            break
          }
          // The engine connection broke (an engine restart, a proxy) but the container
          // runs on: follow it again on fresh connections.
          budget.line('system', 'the connection to the Docker engine broke; following the job again (output written meanwhile may be missing)')
          attached = await attachOutput(c, out, err)
          waited = settle(c.wait({ condition: 'not-running' }))
        }
        attached.stream.destroy()
        out.end()
        err.end()
        budget.flushDropped()
        events.end()
      })()
      for await (const e of events) yield e
      await drain
      if ((reason as ExitReason) === 'timeout') detail = `killed after the ${Math.round(allocation.timeoutMs / 1000)} s time limit`
      else if ((reason as ExitReason) === 'cancelled') detail = ''
      settled = true
    } catch (err) {
      if (reason === 'exited') reason = signal.aborted ? 'cancelled' : 'error'
      if (reason === 'error') detail = err instanceof ImageUnavailableError || err instanceof DockerRuntimeError ? err.message : `docker: ${(err as Error).message}`
      settled = true
    } finally {
      clearTimeout(timer)
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort)
      this.pids.delete(allocation.jobId)
      this.containers.delete(allocation.jobId)
      // Closed early by its consumer: nothing more is wanted of the container.
      if (!settled && container !== undefined) await removeContainer(container)
    }
    const wallMs = startedAt === undefined ? 0 : Date.now() - startedAt
    const notes: string[] = []
    if (container !== undefined) {
      // Results, partial ones too (a time limit, a cancel), come out before it goes.
      if (startedAt !== undefined) notes.push(...await copyOut(container, outputDir, allocation.maxResultBytes))
      await removeContainer(container)
    }
    yield { type: 'exit', exitCode: reason === 'error' ? -1 : exitCode, reason, detail, wallMs }
    for (const line of notes) yield { type: 'log', stream: 'system', line }
    for await (const item of collectOutput(outputDir, allocation.maxResultBytes)) {
      yield item.type === 'note' ? { type: 'log', stream: 'system', line: item.line } : item
    }
  }
}
