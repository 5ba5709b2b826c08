/**
 * The provider's side of the process launcher (see launcher-main.ts): starts it on
 * first use, asks it to spawn children and relays what happens to each. If it dies,
 * its children are killed and reported closed, and the next launch starts a new one.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { coverInheritableFds, type StdioEntry } from './inheritable-fds.js'
import type { LaunchSpec, LauncherEvent, LauncherRequest } from './launcher-messages.js'

export type { LaunchSpec }

// Two levels up then into dist, so the built script is found from src/ (tests) and dist/ alike.
const LAUNCHER_SCRIPT = fileURLToPath(new URL('../../dist/runtime/launcher-main.js', import.meta.url))
/** Error code a child is reported with when the launcher died under it. */
export const LAUNCHER_LOST = 'ELAUNCHER'
/** How long stop() waits for the launcher to exit before killing it. */
const STOP_TIMEOUT_MS = 2_000

/** What happens to one child, in order: onSpawn | onError, onData…, onClose (always last, always once). */
export interface LaunchHandlers {
  onSpawn: (pid: number) => void
  onError: (error: { spawned: boolean, code: string, message: string }) => void
  onData: (fd: 1 | 2, chunk: Buffer) => void
  onClose: (code: number | null, signal: NodeJS.Signals | null) => void
}

export interface LaunchedProcess {
  /** Signal the child's process group. */
  signal: (sig: NodeJS.Signals) => void
}

interface Pending {
  handlers: LaunchHandlers
  pid?: number
}

export class ProcessLauncher {
  private child?: ChildProcess
  private ready = false
  private queued: LauncherRequest[] = []
  private readonly pending = new Map<number, Pending>()
  private nextId = 1

  /** Spawn `spec` through the launcher; `handlers` hear what happens to it. */
  launch (spec: LaunchSpec, handlers: LaunchHandlers): LaunchedProcess {
    const id = this.nextId++
    const entry: Pending = { handlers }
    this.pending.set(id, entry)
    this.send({ op: 'spawn', id, ...spec })
    this.updateRef()
    return {
      signal: (sig) => {
        // Once reaped its pid may be someone else's; queued behind the spawn otherwise.
        if (this.pending.has(id)) this.send({ op: 'signal', id, signal: sig })
      }
    }
  }

  /** Pid of the launcher process, while it runs. */
  get pid (): number | undefined {
    return this.child?.pid
  }

  /** Stop the launcher; it kills whatever it still runs. */
  async stop (): Promise<void> {
    const child = this.child
    if (child === undefined) return
    const exited = new Promise<void>(resolve => { child.once('exit', () => { resolve() }) })
    if (child.connected) child.disconnect()
    const timer = setTimeout(() => { child.kill('SIGKILL') }, STOP_TIMEOUT_MS)
    await exited
    clearTimeout(timer)
  }

  private send (request: LauncherRequest): void {
    const child = this.child ?? this.startLauncher()
    if (!this.ready) {
      this.queued.push(request)
      return
    }
    sendTo(child, request)
  }

  private startLauncher (): ChildProcess {
    const stdio: StdioEntry[] = ['ignore', 'ignore', 'inherit', 'ipc']
    const covers = coverInheritableFds(stdio)
    let child: ChildProcess
    try {
      child = spawn(process.execPath, [LAUNCHER_SCRIPT], { stdio, serialization: 'advanced' })
    } finally {
      for (const fd of covers) closeSync(fd)
    }
    this.child = child
    this.ready = false
    child.on('message', (event: LauncherEvent) => { this.onEvent(event) })
    child.once('exit', () => { this.onLauncherExit(child) })
    // Not once: a ChildProcess emits 'error' again for each failed send, and an
    // 'error' nobody listens to would take the provider down.
    child.on('error', () => { this.onLauncherExit(child) })
    return child
  }

  private onEvent (event: LauncherEvent): void {
    if (event.ev === 'ready') {
      this.ready = true
      for (const request of this.queued.splice(0)) if (this.child !== undefined) sendTo(this.child, request)
      return
    }
    const entry = this.pending.get(event.id)
    if (entry === undefined) return
    switch (event.ev) {
      case 'spawned':
        entry.pid = event.pid
        entry.handlers.onSpawn(event.pid)
        break
      case 'error':
        entry.handlers.onError(event)
        break
      case 'data':
        entry.handlers.onData(event.fd, Buffer.from(event.chunk.buffer, event.chunk.byteOffset, event.chunk.byteLength))
        break
      case 'close':
        this.pending.delete(event.id)
        this.updateRef()
        entry.handlers.onClose(event.code, event.signal)
        break
    }
  }

  /** The launcher is gone (crashed, killed or stopped): nothing it started may outlive it. */
  private onLauncherExit (child: ChildProcess): void {
    if (this.child !== child) return
    this.child = undefined
    this.ready = false
    const lost = [...this.pending.values()]
    this.pending.clear()
    this.queued = []
    for (const entry of lost) {
      if (entry.pid !== undefined) signalGroup(entry.pid, 'SIGKILL')
      entry.handlers.onError({ spawned: entry.pid !== undefined, code: LAUNCHER_LOST, message: 'the process launcher exited' })
      entry.handlers.onClose(null, 'SIGKILL')
    }
  }

  /** Keep this process alive only while a child runs: an idle launcher must not hold it open. */
  private updateRef (): void {
    const child = this.child
    if (child === undefined) return
    if (this.pending.size > 0) {
      child.ref()
      child.channel?.ref()
    } else {
      child.unref()
      child.channel?.unref()
    }
  }
}

/** A send to a launcher that just died fails; its exit reports the jobs it took along. */
function sendTo (child: ChildProcess, request: LauncherRequest): void {
  child.send(request, (err) => { if (err !== null) child.kill('SIGKILL') })
}

function signalGroup (pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig)
  } catch {
    // already gone
  }
}
