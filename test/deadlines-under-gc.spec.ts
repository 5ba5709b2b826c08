/**
 * Every timeout fires, even when the garbage collector runs all the time. Every process
 * here (the testnet's nodes and each CLI) runs with `--expose-gc` and collects every
 * 200 ms (fixtures/gc-pressure.mjs): on Node 20 a deadline made with
 * `AbortSignal.any` over an `AbortSignal.timeout(…)` is then collected before it is due and the
 * wait never ends (Node issue 57736). Each case is a user's command that must end.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GPUMESH_BIN, runBin, startBin, stopChild } from './fixtures/processes.js'

const GC_PRESSURE = { NODE_OPTIONS: `--expose-gc --import ${join(import.meta.dirname, 'fixtures', 'gc-pressure.mjs')}` }
/** A command that hangs is killed at this point and fails its test (exit code null). */
const HANG_MS = 60_000
/** Collecting all the time on two shared cores, a provider may take longer than the default 300 ms to bid. */
const SLOW_BID_WINDOW = '5000'

describe('deadlines under constant garbage collection', () => {
  let dir: string
  let testnet: ChildProcess | undefined
  let provider: { pid: number }
  let cli: (args: string[]) => ReturnType<typeof runBin>
  let bootstrap: string
  let clientDir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-gc-'))
    clientDir = join(dir, 'client')
    // One provider with 2 GPUs, as in the report that found the hang.
    const started = await startBin(GPUMESH_BIN, ['--json', '--data-dir', clientDir, 'testnet', '--providers', '1', '--gpus', 'rtx4090', '--base-dir', join(dir, 'nodes')],
      line => line.includes('"event":"ready"'), 90_000, GC_PRESSURE)
    testnet = started.child
    const ready = JSON.parse(started.line) as { bootstrap: string, providers: Array<{ pid: number }> }
    provider = ready.providers[0]!
    bootstrap = ready.bootstrap
    cli = async (args) => await runBin(GPUMESH_BIN, ['--bootstrap', ready.bootstrap, '--data-dir', clientDir, ...args], { timeoutMs: HANG_MS, env: GC_PRESSURE })
  }, 150_000)

  afterAll(async () => {
    if (provider !== undefined) { try { process.kill(provider.pid, 'SIGCONT') } catch {} }
    if (testnet !== undefined) await stopChild(testnet)
    await rm(dir, { recursive: true, force: true })
  })

  it('the queue timeout ends a submit while every GPU is taken', async () => {
    // Not cancelled: the next case waits in the queue (30 s by default) for it to end.
    const holder = await cli(['submit', '--bid-window', SLOW_BID_WINDOW, '--gpus', '2', '--detach', '--', 'sh', '-c', 'sleep 15'])
    expect(holder.code, holder.stderr).toBe(0)
    const r = await cli(['submit', '--gpus', '1', '--queue-timeout', '3000', '--', 'sh', '-c', 'echo hi'])
    expect(r.code, r.stderr).toBe(3)
    // The last round's answers: busy, or (on a loaded host) too slow for the window.
    expect(r.stderr).toMatch(/No bids: .*(no-capacity|no-answer)/)
  }, 150_000)

  it('the job deadline ends a workload that runs too long', async () => {
    const r = await cli(['submit', '--bid-window', SLOW_BID_WINDOW, '--job-timeout', '1', '--', 'sh', '-c', 'sleep 60'])
    expect(r.code, r.stderr).toBe(5)
    expect(r.stderr).toMatch(/state +failed \(timeout\)/)
  }, 150_000)

  it('the idle deadline gives up on a provider that stops answering mid-job', async () => {
    const submit = await startBin(GPUMESH_BIN, ['--bootstrap', bootstrap, '--data-dir', clientDir, 'submit', '--bid-window', SLOW_BID_WINDOW, '--retries', '0', '--', 'sh', '-c', 'echo started; sleep 30'],
      line => line === 'started', HANG_MS, GC_PRESSURE)
    const ended = new Promise<number | null>(resolve => { submit.child.once('exit', code => { resolve(code) }) })
    process.kill(provider.pid, 'SIGSTOP')
    try {
      // Three missed heartbeats later the client calls the provider lost, rather than never.
      const code = await Promise.race([ended, new Promise<'hung'>(resolve => setTimeout(() => { resolve('hung') }, HANG_MS))])
      expect(code, submit.stderr()).toBe(7)
      expect(submit.stderr()).toMatch(/lost/)
    } finally {
      process.kill(provider.pid, 'SIGCONT')
      await stopChild(submit.child)
    }
  }, 150_000)

  it('the bid window closes on a provider that takes the order and never answers', async () => {
    process.kill(provider.pid, 'SIGSTOP')
    try {
      const r = await cli(['submit', '--bid-window', '1000', '--queue-timeout', '1000', '--', 'true'])
      expect(r.code, r.stderr).toBe(3)
      expect(r.stderr).toMatch(/no-answer/)
    } finally {
      process.kill(provider.pid, 'SIGCONT')
    }
  }, 150_000)
})
