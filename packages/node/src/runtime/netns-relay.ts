/**
 * Reaching a port inside a sandboxed job's private network namespace (bubblewrap's
 * `--unshare-net`: loopback only). The provider starts one relay per job, on the first
 * forward, with `nsenter --net=/proc/<sandbox init>/ns/net` (and `--user` of the same
 * sandbox when the provider is not root: as the owner of the job's user namespace it may
 * enter it, and then its network namespace, with no privilege on the host). The relay
 * connects to 127.0.0.1:PORT there and hands the connected socket back over its IPC
 * channel; the provider then owns a socket in the job's namespace and pipes it to the
 * libp2p stream. The job gets no route anywhere: the relay only ever connects, to its
 * loopback, on ports the spec declared.
 *
 * Why not a relay inside the sandbox, speaking over a unix socket in the job's dir: it
 * would run as the job's user in the job's pid namespace, where the job can kill or
 * ptrace it, and it needs a runtime inside the sandbox. Why not `nsenter` per connection:
 * a process start (~40 ms for node here) per TCP connection.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync } from 'node:fs'
import type { Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { coverInheritableFds, type StdioEntry } from './inheritable-fds.js'

// From src/ (tests) and dist/ alike, as the process launcher finds its script.
const RELAY_SCRIPT = fileURLToPath(new URL('../../dist/runtime/netns-relay-main.js', import.meta.url))
/** The relay says it is ready within this long (a node start, ~50 ms here; slow when loaded). */
const RELAY_START_TIMEOUT_MS = 10_000

/** Thrown when a connection into the job's namespace could not be made; `code` is the errno name (ECONNREFUSED …). */
export class SandboxConnectError extends Error {
  static override name = 'SandboxConnectError'
  readonly code: string
  constructor (code: string, message = `could not connect inside the job: ${code}`) {
    super(message)
    this.name = 'SandboxConnectError'
    this.code = code
  }
}

type Answer = { id: number, ok: true } | { id: number, ok: false, code: string }

export class NetnsRelay {
  private child?: ChildProcess
  private ready?: Promise<void>
  private readonly pending = new Map<number, { resolve: (s: Socket) => void, reject: (e: Error) => void }>()
  private nextId = 1
  private closed = false

  /** `nsPid`: a process inside the job's namespaces (the sandbox's init). */
  constructor (private readonly nsPid: number, private readonly nsenterPath = 'nsenter') {}

  /** A socket connected to `port` on the job's loopback. */
  async connect (port: number, signal: AbortSignal): Promise<Socket> {
    await this.start(signal)
    const child = this.child
    if (child === undefined || this.closed) throw new SandboxConnectError('ECLOSED', 'the job has ended')
    const id = this.nextId++
    return await new Promise<Socket>((resolve, reject) => {
      const onAbort = (): void => { this.pending.delete(id); reject(signal.reason instanceof Error ? signal.reason : new Error('aborted')) }
      signal.addEventListener('abort', onAbort, { once: true })
      this.pending.set(id, {
        resolve: (s) => {
          signal.removeEventListener('abort', onAbort)
          // Aborted meanwhile: nobody will take it.
          if (signal.aborted) s.destroy(); else resolve(s)
        },
        reject: (e) => { signal.removeEventListener('abort', onAbort); reject(e) }
      })
      child.send({ id, port }, (err) => { if (err !== null) this.fail(new SandboxConnectError('ERELAY', 'the relay is gone')) })
    })
  }

  /** Stop the relay; connections already handed over are the provider's and stay up. */
  close (): void {
    this.closed = true
    this.fail(new SandboxConnectError('ECLOSED', 'the job has ended'))
    if (this.child?.connected === true) this.child.disconnect()
    this.child?.kill('SIGKILL')
  }

  private async start (signal: AbortSignal): Promise<void> {
    this.ready ??= this.spawn()
    await raceAbort(this.ready, signal)
  }

  private async spawn (): Promise<void> {
    const ns = `/proc/${this.nsPid}/ns`
    // Root needs only the network namespace; anyone else enters the job's user
    // namespace first, which it owns, and gets the right to enter the other from it.
    const args = process.getuid?.() === 0
      ? [`--net=${ns}/net`]
      : [`--user=${ns}/user`, `--net=${ns}/net`, '--preserve-credentials']
    const stdio: StdioEntry[] = ['ignore', 'ignore', 'ignore', 'ipc']
    const covers = coverInheritableFds(stdio)
    let child: ChildProcess
    try {
      child = spawn(this.nsenterPath, [...args, '--', process.execPath, RELAY_SCRIPT], { stdio, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } })
    } finally {
      for (const fd of covers) closeSync(fd)
    }
    this.child = child
    // The relay must never keep the provider alive.
    child.unref()
    child.channel?.unref()
    child.on('error', () => { this.fail(new SandboxConnectError('ERELAY', 'could not start the namespace relay')) })
    child.once('exit', () => { this.fail(new SandboxConnectError('ERELAY', 'the namespace relay exited')) })
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new SandboxConnectError('ETIMEDOUT', 'the namespace relay did not start')) }, RELAY_START_TIMEOUT_MS)
      const onExit = (): void => { clearTimeout(timer); reject(new SandboxConnectError('ERELAY', 'the namespace relay could not enter the job (has it ended?)')) }
      child.once('exit', onExit)
      child.on('message', (m: Answer | { ready: true }, handle?: unknown) => {
        if ('ready' in m) { clearTimeout(timer); child.off('exit', onExit); resolve(); return }
        this.onAnswer(m, handle as Socket | undefined)
      })
    })
  }

  private onAnswer (m: Answer, socket: Socket | undefined): void {
    const waiter = this.pending.get(m.id)
    this.pending.delete(m.id)
    // From now until the pipe takes it, an error (the job resets it) must not be unhandled: it would take the provider down.
    socket?.on('error', () => {})
    if (waiter === undefined) { socket?.destroy(); return }
    if (m.ok && socket !== undefined) waiter.resolve(socket)
    else waiter.reject(new SandboxConnectError(m.ok ? 'ERELAY' : m.code))
  }

  private fail (err: Error): void {
    const waiters = [...this.pending.values()]
    this.pending.clear()
    for (const w of waiters) w.reject(err)
  }
}

async function raceAbort<T> (p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw signal.reason
  return await new Promise<T>((resolve, reject) => {
    const onAbort = (): void => { reject(signal.reason) }
    signal.addEventListener('abort', onAbort, { once: true })
    p.then(resolve, reject).finally(() => { signal.removeEventListener('abort', onAbort) })
  })
}
