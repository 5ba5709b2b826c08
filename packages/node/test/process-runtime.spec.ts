/**
 * The process runtime without a sandbox: real children, their environment, files,
 * logs, exit codes, cancel, timeout, log limits and result collection.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ProcessRuntime } from '../src/runtime/process-runtime.js'
import type { Allocation } from '../src/runtime/runtime.js'
import {
  TempDirs, allocation, exitOf, isAlive, killJob, logsOf, processesOfJob, resultsOf, runToEnd, spec, waitGone
} from './fixtures/runtime-harness.js'

describe('ProcessRuntime (no sandbox)', () => {
  const dirs = new TempDirs()
  const jobs: Allocation[] = []
  const runtime = new ProcessRuntime({ sandbox: 'none' })

  async function alloc (extra: Partial<Allocation> = {}): Promise<Allocation> {
    const a = await allocation(dirs, extra)
    jobs.push(a)
    return a
  }

  afterEach(async () => {
    try {
      for (const a of jobs.splice(0)) {
        const left = processesOfJob(a.jobId)
        killJob(a.jobId)
        expect(left, `processes of job ${a.jobId} left running`).toEqual([])
      }
    } finally {
      delete process.env.GPUMESH_TEST_SECRET
      await dirs.cleanup()
    }
  })

  it('is available', async () => {
    expect(await runtime.isAvailable()).toBe(true)
  })

  it('shows the child exactly its GPUs and none of the provider environment', async () => {
    process.env.GPUMESH_TEST_SECRET = 'provider-secret-value'
    const a = await alloc({ gpuIndices: [1, 3] })
    const events = await runToEnd(runtime, spec(['env'], { env: { FOO: 'bar', CUDA_VISIBLE_DEVICES: '0,1,2,3' } }), a)
    const env = logsOf(events, 'stdout')
    expect(events[0]).toEqual({ type: 'started' })
    expect(env.filter(l => l.startsWith('CUDA_VISIBLE_DEVICES='))).toEqual(['CUDA_VISIBLE_DEVICES=1,3'])
    expect(env).toContain('NVIDIA_VISIBLE_DEVICES=1,3')
    expect(env).toContain('HIP_VISIBLE_DEVICES=')
    expect(env).toContain('FOO=bar')
    expect(env).toContain(`GPUMESH_JOB_ID=${a.jobId}`)
    expect(env.join('\n')).not.toContain('GPUMESH_TEST_SECRET')
    expect(env.join('\n')).not.toContain('provider-secret-value')
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
  })

  it('pins detected GPUs by UUID, declared ones (no UUID) by index', async () => {
    const a = await alloc({ gpuIndices: [1, 3], gpuUuids: ['GPU-1111', ''] })
    const env = logsOf(await runToEnd(runtime, spec(['env']), a), 'stdout')
    expect(env).toContain('CUDA_VISIBLE_DEVICES=GPU-1111,3')
    expect(env).toContain('NVIDIA_VISIBLE_DEVICES=GPU-1111,3')
  })

  it('reads its inputs and its output files become results with their sha256', async () => {
    const a = await alloc()
    const s = spec(['sh', '-c', 'tr a-z A-Z < "$GPUMESH_INPUT_DIR/in.txt" > "$GPUMESH_OUTPUT_DIR/out.txt"; echo done'], {
      inputs: [{ name: 'in.txt', content: new TextEncoder().encode('hello gpumesh\n') }]
    })
    const events = await runToEnd(runtime, s, a)
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    const results = resultsOf(events)
    expect(results.map(r => r.name)).toEqual(['out.txt'])
    const r = results[0]!
    const content = await readFile(r.path)
    expect(content.toString()).toBe('HELLO GPUMESH\n')
    expect(r.path).toBe(join(a.workDir, 'output', 'out.txt'))
    expect(r.size).toBe(content.length)
    expect(Buffer.from(r.sha256).toString('hex')).toBe(createHash('sha256').update(content).digest('hex'))
    // Results come after the one exit.
    expect(events.findIndex(e => e.type === 'exit')).toBeLessThan(events.findIndex(e => e.type === 'result'))
  })

  it('forwards log lines in order, stdout and stderr apart', async () => {
    const a = await alloc()
    const events = await runToEnd(runtime, spec(['sh', '-c', 'for i in 1 2 3 4 5; do echo out $i; echo err $i >&2; done; printf "no newline"']), a)
    expect(logsOf(events, 'stdout')).toEqual(['out 1', 'out 2', 'out 3', 'out 4', 'out 5', 'no newline'])
    expect(logsOf(events, 'stderr')).toEqual(['err 1', 'err 2', 'err 3', 'err 4', 'err 5'])
    // Every log event comes before the exit.
    const exitAt = events.findIndex(e => e.type === 'exit')
    expect(events.slice(exitAt).some(e => e.type === 'log')).toBe(false)
  })

  it('reports a non-zero exit code', async () => {
    const a = await alloc()
    const events = await runToEnd(runtime, spec(['sh', '-c', 'exit 3']), a)
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 3 })
  })

  it('cancel kills the whole process group, grandchildren included', async () => {
    const a = await alloc()
    const ac = new AbortController()
    let grandchild = 0
    const t0 = Date.now()
    const events = await runToEnd(runtime, spec(['sh', '-c', 'sleep 1000 & echo $!; wait']), a, ac.signal, e => {
      if (e.type === 'log' && e.stream === 'stdout' && grandchild === 0) {
        grandchild = Number(e.line)
        expect(isAlive(grandchild)).toBe(true)
        ac.abort()
      }
    })
    expect(grandchild).toBeGreaterThan(0)
    expect(exitOf(events)).toMatchObject({ reason: 'cancelled' })
    expect(Date.now() - t0).toBeLessThan(5_000)
    expect(await waitGone([grandchild], 3_000)).toEqual([])
  })

  it('an already aborted signal cancels at once', async () => {
    const a = await alloc()
    const ac = new AbortController()
    ac.abort()
    const events = await runToEnd(runtime, spec(['sleep', '1000']), a, ac.signal)
    expect(exitOf(events)).toMatchObject({ reason: 'cancelled' })
  })

  it('kills a workload at its time limit', async () => {
    const a = await alloc({ timeoutMs: 500 })
    const t0 = Date.now()
    const events = await runToEnd(runtime, spec(['sleep', '100']), a)
    const exit = exitOf(events)
    expect(exit.reason).toBe('timeout')
    expect(exit.detail).toMatch(/time limit/)
    expect(Date.now() - t0).toBeLessThan(4_000)
    expect(exit.wallMs).toBeGreaterThanOrEqual(400)
  })

  it('cuts a log flood at maxLogBytes with a system line and still ends', async () => {
    const a = await alloc({ maxLogBytes: 10_000 })
    const t0 = Date.now()
    const events = await runToEnd(runtime, spec(['sh', '-c', 'yes | head -c 5000000']), a)
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    const out = logsOf(events, 'stdout')
    expect(out.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0)).toBeLessThanOrEqual(10_000)
    expect(logsOf(events, 'system').filter(l => /output cut at 10000 bytes/.test(l))).toHaveLength(1)
    expect(Date.now() - t0).toBeLessThan(10_000)
  })

  it('drops lines past maxLogLinesPerSecond and says how many', async () => {
    const a = await alloc({ maxLogLinesPerSecond: 10 })
    const events = await runToEnd(runtime, spec(['sh', '-c', 'i=0; while [ $i -lt 200 ]; do i=$((i+1)); echo line $i; done']), a)
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    const kept = logsOf(events, 'stdout')
    const notes = logsOf(events, 'system')
    const dropped = notes.map(l => /^(\d+) log line\(s\) dropped/.exec(l)).reduce((n, m) => n + (m != null ? Number(m[1]) : 0), 0)
    expect(kept.length).toBeGreaterThanOrEqual(10)
    expect(kept.length).toBeLessThan(200)
    expect(dropped).toBeGreaterThan(0)
    expect(kept.length + dropped).toBe(200)
    expect(kept[0]).toBe('line 1')
  })

  it('a missing program ends with reason error, never a throw', async () => {
    const a = await alloc()
    const events = await runToEnd(runtime, spec(['/nonexistent/gpumesh-no-such-program', 'x']), a)
    const exit = exitOf(events)
    expect(exit).toMatchObject({ reason: 'error', exitCode: -1 })
    expect(exit.detail).toMatch(/not found/)
    expect(events.some(e => e.type === 'started')).toBe(false)
  })

  it('an empty command ends with reason error, never a throw', async () => {
    const a = await alloc()
    const events = await runToEnd(runtime, spec([]), a)
    expect(exitOf(events)).toMatchObject({ reason: 'error' })
  })

  it('an input with a path for a name is refused with reason error', async () => {
    const a = await alloc()
    const events = await runToEnd(runtime, spec(['true'], { inputs: [{ name: '../escape', content: new Uint8Array([1]) }] }), a)
    expect(exitOf(events)).toMatchObject({ reason: 'error' })
  })

  it('does not collect a symlink out of output/ nor files in its subdirs', async () => {
    const a = await alloc()
    const events = await runToEnd(runtime, spec(['sh', '-c', [
      'cd "$GPUMESH_OUTPUT_DIR"',
      'ln -s /etc/passwd passwd',
      'mkdir sub && echo nested > sub/nested.txt',
      'echo fine > ok.txt'
    ].join(' && ')]), a)
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    expect(resultsOf(events).map(r => r.name)).toEqual(['ok.txt'])
    const notes = logsOf(events, 'system')
    expect(notes.some(l => l.includes('output/passwd skipped'))).toBe(true)
    expect(notes.some(l => l.includes('output/sub skipped'))).toBe(true)
  })

  it('does not collect a symlink planted by the provider side either (lstat, not stat)', async () => {
    const a = await alloc()
    await mkdir(join(a.workDir, 'output'), { recursive: true })
    await symlink('/etc/passwd', join(a.workDir, 'output', 'planted'))
    await writeFile(join(a.workDir, 'output', 'real'), 'x')
    const events = await runToEnd(runtime, spec(['true']), a)
    expect(resultsOf(events).map(r => r.name)).toEqual(['real'])
  })

  it('skips results past maxResultBytes with a note', async () => {
    const a = await alloc({ maxResultBytes: 1500 })
    const events = await runToEnd(runtime, spec(['sh', '-c', 'cd "$GPUMESH_OUTPUT_DIR"; head -c 1000 /dev/zero > a; head -c 1000 /dev/zero > b; head -c 400 /dev/zero > c']), a)
    expect(resultsOf(events).map(r => r.name)).toEqual(['a', 'c'])
    expect(logsOf(events, 'system').some(l => l.includes('output/b skipped'))).toBe(true)
  })
})
