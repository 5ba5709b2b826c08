/**
 * Sessions into the process runtime's running jobs: TCP connections to their ports and
 * exec'd commands, in the job's sandbox (its namespaces, uid, cgroup and rlimits) or,
 * for an unsandboxed runtime (allow-listed clients only), on the host beside the job.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync } from 'node:fs'
import { readFile, readlink } from 'node:fs/promises'
import { connect, type Socket } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { coverInheritableFds, type StdioEntry } from './inheritable-fds.js'
import { NetnsRelay, SandboxConnectError } from './netns-relay.js'
import type { ExecSpec, JobSessions } from './runtime.js'
import { buildSandboxExecCommand } from './sandbox-exec.js'
import { resizePty } from './pty-size.js'
import type { SandboxLimits } from './sandbox.js'

/** What the runtime knows of a running job that a session needs. */
export interface LiveJob {
  /** The spawned process: bwrap (sandboxed) or the workload itself. */
  pid: number
  sandboxed: boolean
  workDir: string
  env: Record<string, string>
  cgroupProcs?: string
  limits: SandboxLimits
  /** Made on the first session. */
  nsPid?: Promise<number>
  relay?: NetnsRelay
}

/**
 * bwrap's first child is the sandbox's init, inside every new namespace. It is forked
 * a moment after bwrap starts and no event tells us: look a few times.
 */
const INIT_LOOKUP_TRIES = 100
const INIT_LOOKUP_PAUSE_MS = 20

export async function sandboxInitPid (bwrapPid: number): Promise<number> {
  const own = await readNs('self')
  for (let i = 0; i < INIT_LOOKUP_TRIES; i++) {
    const children = await readFile(`/proc/${bwrapPid}/task/${bwrapPid}/children`, 'utf8').catch(() => '')
    const first = Number(children.trim().split(/\s+/)[0])
    if (Number.isInteger(first) && first > 0) {
      // Only a process in another network namespace is the sandbox's: never hand out our own.
      if (await readNs(String(first)) !== own) return first
    }
    await sleep(INIT_LOOKUP_PAUSE_MS)
  }
  throw new SandboxConnectError('ESRCH', 'the job\'s sandbox was not found (has it ended?)')
}

async function readNs (pid: string): Promise<string> {
  return await readlink(`/proc/${pid}/ns/net`).catch(() => '')
}

export class ProcessJobSessions implements JobSessions {
  constructor (private readonly lookup: (jobId: string) => LiveJob | undefined) {}

  async connect (jobId: string, port: number, signal: AbortSignal): Promise<Socket> {
    const job = this.live(jobId)
    if (!job.sandboxed) return await connectHost(port, signal)
    job.nsPid ??= sandboxInitPid(job.pid)
    job.relay ??= new NetnsRelay(await job.nsPid)
    return await job.relay.connect(port, signal)
  }

  async exec (jobId: string, spec: ExecSpec): Promise<ChildProcess> {
    const job = this.live(jobId)
    const env = { ...job.env, ...spec.env }
    let command: string
    let args: string[]
    let cwd: string | undefined
    if (job.sandboxed) {
      job.nsPid ??= sandboxInitPid(job.pid)
      const built = buildSandboxExecCommand({
        nsPid: await job.nsPid,
        command: spec.command,
        env,
        tty: spec.tty,
        rows: spec.rows,
        cols: spec.cols,
        cgroupProcs: job.cgroupProcs,
        maxProcesses: job.limits.maxProcesses,
        maxFileBytes: job.limits.maxFileBytes,
        maxMemoryBytes: job.limits.maxMemoryBytes
      })
      command = built.command
      args = built.args
    } else {
      // Unsandboxed (allow-listed clients only): the command runs on the host as the job does.
      command = spec.tty ? '/usr/bin/script' : spec.command[0] as string
      args = spec.tty ? ['-q', '-e', '-c', spec.command.join(' '), '/dev/null'] : spec.command.slice(1)
      cwd = job.workDir
    }
    const stdio: StdioEntry[] = ['pipe', 'pipe', 'pipe']
    const covers = coverInheritableFds(stdio)
    // Sandboxed, the host-side steps get only a PATH; the job's env is set inside (see SandboxExecSpec.env).
    const hostEnv = job.sandboxed ? { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin' } : env
    try {
      // detached: its own process group, which the exec service signals as a whole.
      return spawn(command, args, { cwd, env: hostEnv, stdio, detached: true })
    } finally {
      for (const fd of covers) closeSync(fd)
    }
  }

  async resize (child: ChildProcess, rows: number, cols: number): Promise<boolean> {
    return child.pid === undefined ? false : await resizePty(child.pid, rows, cols)
  }

  /** The job has ended: its relay goes too. */
  static release (job: LiveJob): void {
    job.relay?.close()
  }

  private live (jobId: string): LiveJob {
    const job = this.lookup(jobId)
    if (job === undefined) throw new SandboxConnectError('ENOJOB', 'the job is not running')
    return job
  }
}

/** An unsandboxed job shares the host's network: its loopback is ours. */
async function connectHost (port: number, signal: AbortSignal): Promise<Socket> {
  return await new Promise<Socket>((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: true })
    // Kept after the connect: an error before the pipe listens must not be unhandled.
    socket.on('error', () => {})
    const onAbort = (): void => { socket.destroy(); reject(signal.reason) }
    signal.addEventListener('abort', onAbort, { once: true })
    socket.once('connect', () => { signal.removeEventListener('abort', onAbort); socket.pause(); resolve(socket) })
    socket.once('error', (err: NodeJS.ErrnoException) => { signal.removeEventListener('abort', onAbort); reject(new SandboxConnectError(err.code ?? 'EUNKNOWN')) })
  })
}
