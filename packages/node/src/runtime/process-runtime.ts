/**
 * Runs a workload as a child process: in a fresh work dir, with a scrubbed environment
 * and only its GPUs visible, inside the bubblewrap sandbox when there is one. The whole
 * process group is killed on cancel or timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isPlainFileName, type WorkloadSpec } from '@gpumesh/protocol'
import { EventQueue } from './event-queue.js'
import { buildJobEnv } from './job-environment.js'
import { LineSplitter, LogBudget } from './log-lines.js'
import { collectOutput } from './output-collector.js'
import type { Allocation, ExitReason, Runtime, RuntimeEvent } from './runtime.js'
import { PidsCgroups } from './pids-cgroup.js'
import { DEFAULT_SANDBOX_LIMITS, SANDBOX_JOB_DIR, buildSandboxCommand, detectSandbox, type SandboxLimits } from './sandbox.js'

export { detectSandbox }

/** After SIGTERM, a workload has this long to exit before SIGKILL. */
const KILL_GRACE_MS = 2_000

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
    try {
      await Promise.all([mkdir(inputDir, { recursive: true }), mkdir(outputDir, { recursive: true })])
      for (const file of spec.inputs) {
        // Validated already; checked again because a path here is a write on our disk.
        if (!isPlainFileName(file.name)) throw new Error(`input name ${JSON.stringify(file.name)} is not a plain file name`)
        await writeFile(join(inputDir, file.name), file.content, { mode: 0o644 })
      }
      if (this.sandboxed) {
        this.cgroups ??= PidsCgroups.detect()
        const limits = { ...DEFAULT_SANDBOX_LIMITS, ...this.init.limits }
        cgroup = await (await this.cgroups)?.create(allocation.jobId, limits.maxProcesses)
      }
    } catch (err) {
      yield { type: 'exit', exitCode: -1, reason: 'error', detail: `could not prepare the work dir: ${(err as Error).message}`, wallMs: 0 }
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
    let command: string
    let args: string[]
    let env: Record<string, string>
    const extraFds: number[] = []
    if (this.sandboxed) {
      // Child fds 3 and 4: see SandboxSpec.inputFd.
      extraFds.push(openSync(ctx.inputDir, 'r'), openSync(ctx.outputDir, 'r'))
      const inner = buildJobEnv(spec, allocation, { home: '/tmp', inputDir: `${SANDBOX_JOB_DIR}/input`, outputDir: `${SANDBOX_JOB_DIR}/output` })
      const built = buildSandboxCommand({
        workDir: allocation.workDir,
        inputDir: ctx.inputDir,
        outputDir: ctx.outputDir,
        inputFd: 3,
        outputFd: 4,
        env: inner,
        argv: spec.command,
        network: allocation.network,
        gpuIndices: allocation.gpuIndices,
        vendor: allocation.gpuVendor,
        cgroupProcs: ctx.cgroupProcs,
        limits: { ...DEFAULT_SANDBOX_LIMITS, maxFileBytes: Math.max(1, allocation.maxResultBytes), ...this.init.limits },
        bwrapPath: this.init.bwrapPath ?? 'bwrap'
      })
      command = built.command
      args = built.args
      env = { PATH: process.env.PATH ?? '/usr/bin:/bin' }
    } else {
      command = spec.command[0] as string
      args = spec.command.slice(1)
      env = buildJobEnv(spec, allocation, { home: allocation.workDir, inputDir: ctx.inputDir, outputDir: ctx.outputDir })
    }

    // Fds this process inherited without close-on-exec would pass through prlimit and
    // bwrap into the job (a supervisor's pipe, a socket): cover each with /dev/null.
    const stdio: Array<'ignore' | 'pipe' | number> = ['ignore', 'pipe', 'pipe', ...extraFds]
    const leaked = inheritableFds().filter(fd => fd >= stdio.length)
    if (leaked.length > 0) {
      const devNull = openSync('/dev/null', 'r')
      extraFds.push(devNull)
      for (const fd of leaked) {
        while (stdio.length < fd) stdio.push('ignore')
        stdio[fd] = devNull
      }
    }
    let child: ChildProcess
    try {
      child = spawn(command, args, { cwd: allocation.workDir, env, detached: true, stdio })
    } catch (err) {
      yield { type: 'exit', exitCode: -1, reason: 'error', detail: `could not start: ${(err as Error).message}`, wallMs: 0 }
      return
    } finally {
      for (const fd of extraFds) closeSync(fd)
    }
    let reason: ExitReason = 'exited'
    let detail = ''
    let killTimer: NodeJS.Timeout | undefined
    const killGroup = (why: ExitReason): void => {
      if (reason === 'exited') reason = why
      signalGroup(child, 'SIGTERM')
      killTimer ??= setTimeout(() => { signalGroup(child, 'SIGKILL') }, KILL_GRACE_MS)
    }
    const onAbort = (): void => { killGroup('cancelled') }
    signal.addEventListener('abort', onAbort, { once: true })
    const timeout = setTimeout(() => { killGroup('timeout') }, allocation.timeoutMs)

    const out = new LineSplitter('stdout', budget)
    const err = new LineSplitter('stderr', budget)
    child.stdout?.on('data', (c: Buffer) => { out.write(c) })
    child.stderr?.on('data', (c: Buffer) => { err.write(c) })
    let spawned = false
    child.once('spawn', () => {
      spawned = true
      if (child.pid !== undefined) this.roots.add(child.pid)
      events.push({ type: 'started' })
    })
    child.once('error', (e: NodeJS.ErrnoException) => {
      if (!spawned) {
        reason = 'error'
        detail = e.code === 'ENOENT' ? `program not found: ${command}` : `could not start: ${e.message}`
      }
    })
    child.once('exit', () => {
      // The leader is gone; nothing else of its group may linger holding our pipes.
      signalGroup(child, 'SIGKILL')
    })
    child.once('close', (code, sig) => {
      if (child.pid !== undefined) this.roots.delete(child.pid)
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
    })
    if (signal.aborted) onAbort()
    yield * events
  }
}

function signalGroup (child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, sig)
  } catch {
    // already gone
  }
}

function signalNumber (sig: NodeJS.Signals): number {
  const table: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 }
  return table[sig] ?? 0
}

const O_CLOEXEC = 0o2000000

/** This process's open fds above stderr that a child would inherit (no close-on-exec). */
function inheritableFds (): number[] {
  const fds: number[] = []
  let names: string[]
  try {
    names = readdirSync('/proc/self/fd')
  } catch {
    return fds
  }
  for (const name of names) {
    const fd = Number(name)
    if (!Number.isInteger(fd) || fd < 3) continue
    try {
      const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1]
      if (flags !== undefined && (parseInt(flags, 8) & O_CLOEXEC) === 0) fds.push(fd)
    } catch {}
  }
  return fds
}
