/**
 * Runs a workload as a child process: in a fresh work dir, with a scrubbed environment
 * and only its GPUs visible, inside the bubblewrap sandbox when there is one. The whole
 * process group is killed on cancel or timeout.
 */
import { constants } from 'node:fs'
import { chmod, copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isPlainFileName, isUrlInput, type WorkloadSpec, InvalidWorkloadSpecError } from '@gpumesh/protocol'
import { EventQueue } from './event-queue.js'
import { buildJobEnv } from './job-environment.js'
import { LineSplitter, LogBudget } from './log-lines.js'
import { collectOutput } from './output-collector.js'
import type { Allocation, ExitReason, Runtime, RuntimeEvent } from './runtime.js'
import { PidsCgroups } from './pids-cgroup.js'
import { ProcessJobSessions, type LiveJob } from './process-sessions.js'
import { LAUNCHER_LOST, ProcessLauncher, type LaunchSpec } from './process-launcher.js'
import { DEFAULT_SANDBOX_LIMITS, SANDBOX_JOB_DIR, buildSandboxCommand, detectSandbox, type SandboxLimits } from './sandbox.js'

export { detectSandbox }

/** After SIGTERM, a workload has this long to exit before SIGKILL. */
const KILL_GRACE_MS = 2_000
/** Output forwarded past the log budget, so the budget sees that it was passed. */
const FORWARD_SLACK_BYTES = 64 * 1024

export interface ProcessRuntimeInit {
  sandbox: 'bwrap' | 'none'
  bwrapPath?: string
  limits?: Partial<SandboxLimits>
}

export class ProcessRuntime implements Runtime {
  readonly name = 'process' as const
  private readonly init: ProcessRuntimeInit
  /** Detected once, on the first sandboxed job. */
  private cgroups?: Promise<PidsCgroups | undefined>
  private readonly roots = new Set<number>()
  /** Jobs are spawned by a small helper process: fork() from this big one costs milliseconds. */
  private readonly launcher = new ProcessLauncher()
  /** Running jobs, for sessions into them. */
  private readonly live = new Map<string, LiveJob>()
  readonly sessions = new ProcessJobSessions(jobId => this.live.get(jobId))

  constructor (init: ProcessRuntimeInit) {
    this.init = init
  }

  /** Whether jobs run isolated from the provider (a stranger's code is safe to run). */
  get sandboxed (): boolean {
    return this.init.sandbox === 'bwrap'
  }

  /** Pids of the running jobs' top processes: everything under them is ours. */
  activePids (): number[] {
    return [...this.roots]
  }

  async isAvailable (): Promise<boolean> {
    if (this.init.sandbox === 'none') return true
    return (await detectSandbox(this.init.bwrapPath)).available
  }

  async * run (spec: WorkloadSpec, allocation: Allocation, signal: AbortSignal): AsyncGenerator<RuntimeEvent> {
    const inputDir = join(allocation.workDir, 'input')
    const outputDir = join(allocation.workDir, 'output')
    const started = Date.now()
    let cgroup: { procs: string, remove: () => Promise<void> } | undefined
    const makeCgroup = async (): Promise<void> => {
      if (!this.sandboxed) return
      this.cgroups ??= PidsCgroups.detect()
      const limits = { ...DEFAULT_SANDBOX_LIMITS, ...this.init.limits }
      cgroup = await (await this.cgroups)?.create(allocation.jobId, limits.maxProcesses)
    }
    const writeInputs = async (): Promise<void> => {
      await mkdir(inputDir, { recursive: true })
      for (const file of spec.inputs) {
        // Validated already; checked again because a path here is a write on our disk.
        if (!isPlainFileName(file.name)) throw new InvalidWorkloadSpecError('inputs', `input name ${JSON.stringify(file.name)} is not a plain file name`)
        const fetched = allocation.fetchedInputs?.get(file.name)
        if (isUrlInput(file)) {
          if (fetched === undefined) throw new InvalidWorkloadSpecError('inputs', `input ${file.name} was not fetched`)
          // A copy (a reflink where the filesystem has them), never a link: the job must not write the cache.
          await copyFile(fetched, join(inputDir, file.name), constants.COPYFILE_FICLONE)
          await chmod(join(inputDir, file.name), 0o644)
        } else {
          await writeFile(join(inputDir, file.name), file.content, { mode: 0o644 })
        }
      }
    }
    // allSettled, not all: a cgroup made must be removed below even if the inputs failed.
    const prepared = await Promise.allSettled([writeInputs(), mkdir(outputDir, { recursive: true }), makeCgroup()])
    const failed = prepared.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed !== undefined) {
      await cgroup?.remove()
      const message = failed.reason instanceof Error ? failed.reason.message : String(failed.reason)
      yield { type: 'exit', exitCode: -1, reason: 'error', detail: `could not prepare the work dir: ${message}`, wallMs: 0 }
      return
    }
    try {
      yield * this.spawnAndFollow(spec, allocation, signal, { inputDir, outputDir, cgroupProcs: cgroup?.procs, started })
    } finally {
      await cgroup?.remove()
    }
    for await (const item of collectOutput(outputDir, allocation.maxResultBytes)) {
      yield item.type === 'note' ? { type: 'log', stream: 'system', line: item.line } : item
    }
  }

  private async * spawnAndFollow (spec: WorkloadSpec, allocation: Allocation, signal: AbortSignal, ctx: { inputDir: string, outputDir: string, cgroupProcs?: string, started: number }): AsyncGenerator<RuntimeEvent> {
    const events = new EventQueue<RuntimeEvent>()
    const budget = new LogBudget(allocation, (stream, line) => { events.push({ type: 'log', stream, line }) })
    let launch: LaunchSpec
    const limits = { ...DEFAULT_SANDBOX_LIMITS, maxFileBytes: Math.max(1, allocation.maxResultBytes), ...this.init.limits }
    let sessionEnv: Record<string, string>
    const forward = { cwd: allocation.workDir, maxForwardBytes: allocation.maxLogBytes + FORWARD_SLACK_BYTES }
    if (this.sandboxed) {
      const inner = buildJobEnv(spec, allocation, { home: '/tmp', inputDir: `${SANDBOX_JOB_DIR}/input`, outputDir: `${SANDBOX_JOB_DIR}/output` })
      sessionEnv = inner
      const built = buildSandboxCommand({
        workDir: allocation.workDir,
        inputDir: ctx.inputDir,
        outputDir: ctx.outputDir,
        // Child fds 3 and 4: see SandboxSpec.inputFd.
        inputFd: 3,
        outputFd: 4,
        env: inner,
        argv: spec.command,
        network: allocation.network,
        gpuIndices: allocation.gpuIndices,
        vendor: allocation.gpuVendor,
        cgroupProcs: ctx.cgroupProcs,
        limits,
        bwrapPath: this.init.bwrapPath ?? 'bwrap'
      })
      launch = { ...forward, command: built.command, args: built.args, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, dirFds: [ctx.inputDir, ctx.outputDir] }
    } else {
      const env = buildJobEnv(spec, allocation, { home: allocation.workDir, inputDir: ctx.inputDir, outputDir: ctx.outputDir })
      sessionEnv = env
      launch = { ...forward, command: spec.command[0] as string, args: spec.command.slice(1), env, dirFds: [] }
    }

    let reason: ExitReason = 'exited'
    let detail = ''
    let spawnedPid: number | undefined
    let killTimer: NodeJS.Timeout | undefined
    const out = new LineSplitter('stdout', budget)
    const err = new LineSplitter('stderr', budget)
    const child = this.launcher.launch(launch, {
      onSpawn: (pid) => {
        spawnedPid = pid
        this.roots.add(pid)
        this.live.set(allocation.jobId, { pid, sandboxed: this.sandboxed, workDir: allocation.workDir, env: sessionEnv, cgroupProcs: ctx.cgroupProcs, limits })
        events.push({ type: 'started' })
      },
      onError: (e) => {
        if (e.spawned && e.code !== LAUNCHER_LOST) return
        reason = 'error'
        detail = e.code === 'ENOENT' ? `program not found: ${launch.command}` : e.spawned ? e.message : `could not start: ${e.message}`
      },
      onData: (fd, chunk) => { (fd === 1 ? out : err).write(chunk) },
      onClose: (code, sig) => {
        if (spawnedPid !== undefined) this.roots.delete(spawnedPid)
        const live = this.live.get(allocation.jobId)
        if (live !== undefined) ProcessJobSessions.release(live)
        this.live.delete(allocation.jobId)
        clearTimeout(timeout)
        clearTimeout(killTimer)
        signal.removeEventListener('abort', onAbort)
        out.end()
        err.end()
        budget.flushDropped()
        const exitCode = code ?? (sig !== null ? 128 + signalNumber(sig) : -1)
        if (reason === 'timeout') detail = `killed after the ${Math.round(allocation.timeoutMs / 1000)} s time limit`
        if (reason === 'cancelled') detail = 'cancelled'
        events.push({ type: 'exit', exitCode: reason === 'error' ? -1 : exitCode, reason, detail, wallMs: Date.now() - ctx.started })
        events.end()
      }
    })
    const killGroup = (why: ExitReason): void => {
      if (reason === 'exited') reason = why
      child.signal('SIGTERM')
      killTimer ??= setTimeout(() => { child.signal('SIGKILL') }, KILL_GRACE_MS)
    }
    const onAbort = (): void => { killGroup('cancelled') }
    signal.addEventListener('abort', onAbort, { once: true })
    const timeout = setTimeout(() => { killGroup('timeout') }, allocation.timeoutMs)
    if (signal.aborted) onAbort()
    yield * events
  }

  /** Stop the process launcher (it kills any job still running). */
  async close (): Promise<void> {
    await this.launcher.stop()
    await (await this.cgroups)?.close()
  }
}

function signalNumber (sig: NodeJS.Signals): number {
  const table: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 }
  return table[sig] ?? 0
}
