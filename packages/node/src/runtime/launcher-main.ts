/**
 * The process launcher: a small Node process the provider starts once and asks to
 * spawn its jobs. fork() copies the parent's page tables, so its cost grows with the
 * parent's memory: ~5 ms per job from a 110 MB provider on a virtualised host, ~1 ms
 * from this ~40 MB process. Jobs' stdout/stderr come back over the IPC channel.
 *
 * It dies with the provider: when the channel closes (the provider exited or was
 * killed) it kills every job's process group and exits. Ctrl-C reaches it too (same
 * terminal process group) and is ignored: the provider decides when jobs stop.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { coverInheritableFds, inheritableFds, type StdioEntry } from './inheritable-fds.js'
import type { LauncherEvent, LauncherRequest } from './launcher-messages.js'

/** Unsent IPC messages past which children's output is paused until the channel drains. */
const MAX_UNSENT_MESSAGES = 64

interface Launched {
  child: ChildProcess
  forwarded: number
  maxForwardBytes: number
}

class Launcher {
  private readonly children = new Map<number, Launched>()
  private unsent = 0
  private paused = false

  start (): void {
    const channelFd = Number(process.env.NODE_CHANNEL_FD)
    // Whatever the provider could not keep from us (it covers leaked fds with
    // /dev/null) is not ours to pass on.
    for (const fd of inheritableFds()) if (fd !== channelFd) try { closeSync(fd) } catch {}
    process.on('message', (m: LauncherRequest) => { this.handle(m) })
    process.on('disconnect', () => { this.killAll(); process.exit(0) })
    process.on('SIGINT', () => {})
    process.on('SIGTERM', () => {})
    this.send({ ev: 'ready' })
  }

  private handle (m: LauncherRequest): void {
    if (m.op === 'signal') {
      const launched = this.children.get(m.id)
      if (launched !== undefined) signalGroup(launched.child, m.signal)
      return
    }
    this.spawn(m)
  }

  private spawn (m: Extract<LauncherRequest, { op: 'spawn' }>): void {
    const opened: number[] = []
    let child: ChildProcess
    try {
      for (const dir of m.dirFds) opened.push(openSync(dir, 'r'))
      const stdio: StdioEntry[] = ['ignore', 'pipe', 'pipe', ...opened]
      opened.push(...coverInheritableFds(stdio))
      child = spawn(m.command, m.args, { cwd: m.cwd, env: m.env, detached: true, stdio })
    } catch (err) {
      this.send({ ev: 'error', id: m.id, spawned: false, code: (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN', message: (err as Error).message })
      this.send({ ev: 'close', id: m.id, code: null, signal: null })
      return
    } finally {
      for (const fd of opened) closeSync(fd)
    }
    const launched: Launched = { child, forwarded: 0, maxForwardBytes: m.maxForwardBytes }
    this.children.set(m.id, launched)
    let spawned = false
    child.once('spawn', () => {
      spawned = true
      this.send({ ev: 'spawned', id: m.id, pid: child.pid as number })
    })
    child.once('error', (e: NodeJS.ErrnoException) => {
      this.send({ ev: 'error', id: m.id, spawned, code: e.code ?? 'EUNKNOWN', message: e.message })
    })
    const forward = (fd: 1 | 2) => (chunk: Buffer): void => {
      if (launched.forwarded >= launched.maxForwardBytes) return
      launched.forwarded += chunk.length
      this.send({ ev: 'data', id: m.id, fd, chunk })
    }
    child.stdout?.on('data', forward(1))
    child.stderr?.on('data', forward(2))
    if (this.paused) { child.stdout?.pause(); child.stderr?.pause() }
    // The leader is gone; nothing else of its group may linger holding our pipes.
    child.once('exit', () => { signalGroup(child, 'SIGKILL') })
    child.once('close', (code, signal) => {
      this.children.delete(m.id)
      this.send({ ev: 'close', id: m.id, code, signal })
    })
  }

  /** Send in order; a slow provider pauses children's output rather than queueing it here without bound. */
  private send (event: LauncherEvent): void {
    if (process.send === undefined || !process.connected) return
    this.unsent++
    process.send(event, undefined, {}, () => {
      this.unsent--
      if (this.paused && this.unsent < MAX_UNSENT_MESSAGES / 2) this.setPaused(false)
    })
    if (!this.paused && this.unsent >= MAX_UNSENT_MESSAGES) this.setPaused(true)
  }

  private setPaused (paused: boolean): void {
    this.paused = paused
    for (const { child } of this.children.values()) {
      for (const s of [child.stdout, child.stderr]) {
        if (paused) s?.pause()
        else s?.resume()
      }
    }
  }

  private killAll (): void {
    for (const { child } of this.children.values()) signalGroup(child, 'SIGKILL')
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

new Launcher().start()
