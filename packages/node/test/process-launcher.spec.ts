/**
 * The process launcher: the small helper process that spawns jobs for the provider.
 * Output arrives in order and bounded, signals reach the job's group, and no job
 * outlives the launcher, nor the launcher the provider.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { LAUNCHER_LOST, ProcessLauncher, type LaunchSpec } from '../src/runtime/process-launcher.js'
import { isAlive, waitGone } from './fixtures/runtime-harness.js'

const here = dirname(fileURLToPath(import.meta.url))

interface Outcome {
  pid?: number
  stdout: Buffer[]
  stderr: Buffer[]
  errors: Array<{ spawned: boolean, code: string, message: string }>
  order: string[]
  closed: Promise<{ code: number | null, signal: NodeJS.Signals | null }>
  spawned: Promise<number>
}

function run (launcher: ProcessLauncher, command: string[], extra: Partial<LaunchSpec> = {}): Outcome & { signal: (s: NodeJS.Signals) => void } {
  let onClosed!: (v: { code: number | null, signal: NodeJS.Signals | null }) => void
  let onSpawned!: (pid: number) => void
  const outcome: Outcome = {
    stdout: [],
    stderr: [],
    errors: [],
    order: [],
    closed: new Promise(resolve => { onClosed = resolve }),
    spawned: new Promise(resolve => { onSpawned = resolve })
  }
  const launched = launcher.launch({ command: command[0] as string, args: command.slice(1), cwd: here, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, dirFds: [], maxForwardBytes: 1024 * 1024, ...extra }, {
    onSpawn: (pid) => { outcome.pid = pid; outcome.order.push('spawn'); onSpawned(pid) },
    onError: (e) => { outcome.errors.push(e); outcome.order.push('error') },
    onData: (fd, chunk) => { (fd === 1 ? outcome.stdout : outcome.stderr).push(chunk); outcome.order.push(`data${fd}`) },
    onClose: (code, signal) => { outcome.order.push('close'); onClosed({ code, signal }) }
  })
  return { ...outcome, signal: launched.signal }
}

describe('ProcessLauncher', () => {
  const launchers: ProcessLauncher[] = []
  const hosts: ChildProcess[] = []
  const leftovers: number[] = []

  function newLauncher (): ProcessLauncher {
    const l = new ProcessLauncher()
    launchers.push(l)
    return l
  }

  afterEach(async () => {
    for (const h of hosts.splice(0)) h.kill('SIGKILL')
    await Promise.all(launchers.splice(0).map(async l => { await l.stop() }))
    for (const pid of leftovers.splice(0)) { try { process.kill(pid, 'SIGKILL') } catch {} }
  })

  it('runs a child: spawned, its stdout and stderr in order, then closed with its exit code', async () => {
    const launcher = newLauncher()
    const job = run(launcher, ['sh', '-c', 'echo out; echo err >&2; exit 3'])
    expect(await job.closed).toEqual({ code: 3, signal: null })
    expect(Buffer.concat(job.stdout).toString()).toBe('out\n')
    expect(Buffer.concat(job.stderr).toString()).toBe('err\n')
    expect(job.order[0]).toBe('spawn')
    expect(job.order.at(-1)).toBe('close')
  })

  it('reports a program that does not exist as a spawn error, then closes', async () => {
    const job = run(newLauncher(), ['/nonexistent/gpumesh-no-such-program'])
    await job.closed
    expect(job.errors).toEqual([expect.objectContaining({ spawned: false, code: 'ENOENT' })])
    expect(job.order).toEqual(['error', 'close'])
  })

  it('forwards no more output than asked, and the child still runs to its end', async () => {
    const job = run(newLauncher(), ['head', '-c', '4000000', '/dev/zero'], { maxForwardBytes: 10_000 })
    expect(await job.closed).toEqual({ code: 0, signal: null })
    const forwarded = job.stdout.reduce((n, c) => n + c.length, 0)
    expect(forwarded).toBeGreaterThanOrEqual(10_000)
    expect(forwarded).toBeLessThan(10_000 + 256 * 1024) // at most one read past the limit
  })

  it('signals the whole process group, grandchildren included', async () => {
    const launcher = newLauncher()
    const job = run(launcher, ['sh', '-c', 'sleep 300 & echo $!; wait'])
    await job.spawned
    while (job.stdout.length === 0) await new Promise(resolve => setTimeout(resolve, 10))
    const grandchild = Number(Buffer.concat(job.stdout).toString().trim())
    leftovers.push(grandchild)
    expect(isAlive(grandchild)).toBe(true)
    job.signal('SIGTERM')
    expect((await job.closed).signal).toBe('SIGTERM')
    expect(await waitGone([grandchild])).toEqual([])
  })

  it('a dead launcher takes its jobs with it, reports them lost, and the next launch starts a new one', async () => {
    const launcher = newLauncher()
    const job = run(launcher, ['sleep', '300'])
    const pid = await job.spawned
    leftovers.push(pid)
    const first = launcher.pid as number
    process.kill(first, 'SIGKILL')
    await job.closed
    expect(job.errors).toEqual([expect.objectContaining({ spawned: true, code: LAUNCHER_LOST })])
    expect(await waitGone([pid])).toEqual([])

    const next = run(launcher, ['sh', '-c', 'echo again'])
    expect(await next.closed).toEqual({ code: 0, signal: null })
    expect(Buffer.concat(next.stdout).toString()).toBe('again\n')
    expect(launcher.pid).not.toBe(first)
  })

  it('launches sent to a launcher that just died are reported, never thrown', async () => {
    const launcher = newLauncher()
    await run(launcher, ['true']).closed
    process.kill(launcher.pid as number, 'SIGKILL')
    // Before its exit is seen: these sends fail on a closed channel.
    const jobs = [run(launcher, ['true']), run(launcher, ['true'])]
    for (const job of jobs) {
      // Lost with the old launcher, or run by a new one if the exit was seen first.
      const closed = await job.closed
      expect(closed.code === 0 || job.errors.some(e => e.code === LAUNCHER_LOST)).toBe(true)
    }
    expect(await run(launcher, ['sh', '-c', 'exit 4']).closed).toEqual({ code: 4, signal: null })
  })

  it('ignores Ctrl-C (SIGINT, SIGTERM): the provider decides when jobs stop', async () => {
    const launcher = newLauncher()
    const job = run(launcher, ['sh', '-c', 'sleep 0.3; echo done'])
    await job.spawned
    process.kill(launcher.pid as number, 'SIGINT')
    process.kill(launcher.pid as number, 'SIGTERM')
    expect(await job.closed).toEqual({ code: 0, signal: null })
    expect(Buffer.concat(job.stdout).toString()).toBe('done\n')
    expect(job.errors).toEqual([])
  })

  it('stop() ends the launcher and kills what it still runs', async () => {
    const launcher = newLauncher()
    const job = run(launcher, ['sleep', '300'])
    const pid = await job.spawned
    leftovers.push(pid)
    const launcherPid = launcher.pid as number
    await launcher.stop()
    await job.closed
    expect(await waitGone([pid, launcherPid])).toEqual([])
  })

  describe('with a provider process', () => {
    async function host (mode: 'hold' | 'once'): Promise<{ child: ChildProcess, events: Array<Record<string, unknown>>, next: () => Promise<Record<string, unknown>> }> {
      const child = spawn(process.execPath, [join(here, 'fixtures', 'launcher-host.mjs'), mode], { stdio: ['ignore', 'pipe', 'inherit'] })
      hosts.push(child)
      const events: Array<Record<string, unknown>> = []
      const waiting: Array<(e: Record<string, unknown>) => void> = []
      createInterface({ input: child.stdout! }).on('line', line => {
        const e = JSON.parse(line) as Record<string, unknown>
        const w = waiting.shift()
        if (w !== undefined) w(e)
        else events.push(e)
      })
      return { child, events, next: async () => events.shift() ?? await new Promise(resolve => waiting.push(resolve)) }
    }

    it('a SIGKILLed provider takes the launcher and its jobs with it', async () => {
      const h = await host('hold')
      const spawned = await h.next()
      expect(spawned.event).toBe('spawned')
      const pids = [spawned.pid as number, spawned.launcher as number]
      leftovers.push(...pids)
      expect(pids.every(isAlive)).toBe(true)
      h.child.kill('SIGKILL')
      expect(await waitGone(pids)).toEqual([])
    })

    it('an idle launcher does not keep the provider alive', async () => {
      const h = await host('once')
      const exited = new Promise<number | null>(resolve => { h.child.once('exit', code => { resolve(code) }) })
      const spawned = await h.next()
      leftovers.push(spawned.launcher as number)
      expect(await h.next()).toEqual({ event: 'closed', code: 0 })
      expect(await exited).toBe(0)
      expect(await waitGone([spawned.launcher as number])).toEqual([])
    })
  })
})
