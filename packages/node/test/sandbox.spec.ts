/**
 * The process runtime inside the bubblewrap sandbox, attacked as a hostile workload
 * would: reading the provider's keys and other jobs' files, writing outside output/,
 * reaching the host over loopback, fork bombs, filling the disk, outliving a cancel.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, rmdir, stat, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { ProcessRuntime, detectSandbox } from '../src/runtime/process-runtime.js'
import type { Allocation } from '../src/runtime/runtime.js'
import {
  TempDirs, allocation, exitOf, killJob, logsOf, processesOfJob, resultsOf, runToEnd, spec, waitGone
} from './fixtures/runtime-harness.js'

const support = await detectSandbox()
if (!support.available) console.info(`sandbox.spec: bwrap sandbox not available here (${support.detail}); sandbox tests skipped`)

const CGROUP_PARENT = '/sys/fs/cgroup/pids/gpumesh'

/** Whether a job's pids cgroup exists (under whichever runtime's group it was made). */
function cgroupExists (jobId: string): boolean {
  if (!existsSync(CGROUP_PARENT)) return false
  return readdirSync(CGROUP_PARENT).some(d => existsSync(join(CGROUP_PARENT, d, jobId)))
}
const SECRET = 'PLANTED-PROVIDER-SECRET-7f3a'

describe.skipIf(!support.available)('ProcessRuntime in the bwrap sandbox, against a hostile workload', () => {
  const dirs = new TempDirs()
  const jobs: Allocation[] = []
  const servers: Server[] = []
  const runtime = new ProcessRuntime({ sandbox: 'bwrap' })
  const runtimes: ProcessRuntime[] = [runtime]
  /** A runtime with other limits, closed with the rest after the tests. */
  function limitedRuntime (limits: ConstructorParameters<typeof ProcessRuntime>[0]['limits']): ProcessRuntime {
    const r = new ProcessRuntime({ sandbox: 'bwrap', limits })
    runtimes.push(r)
    return r
  }
  afterAll(async () => { await Promise.all(runtimes.map(async r => { await r.close() })) })

  /**
   * A fake provider data dir (not under /tmp, which the sandbox replaces anyway) with
   * a key in it, and the job's work dir inside it, as the provider lays them out.
   */
  async function providerLayout (extra: Partial<Allocation> = {}): Promise<{ dataDir: string, a: Allocation }> {
    const dataDir = await dirs.make('gpumesh-data-', '/var/tmp')
    await writeFile(join(dataDir, 'peer.key'), SECRET, { mode: 0o600 })
    const workDir = join(dataDir, 'jobs', 'job-1')
    await mkdir(workDir, { recursive: true })
    const a = await allocation(dirs, { workDir, ...extra })
    jobs.push(a)
    return { dataDir, a }
  }

  afterEach(async () => {
    try {
      for (const a of jobs.splice(0)) {
        const left = processesOfJob(a.jobId)
        killJob(a.jobId)
        expect(left, `processes of job ${a.jobId} left running`).toEqual([])
        expect(cgroupExists(a.jobId), `cgroup of job ${a.jobId} left behind`).toBe(false)
      }
    } finally {
      delete process.env.GPUMESH_TEST_SECRET
      await Promise.all(servers.splice(0).map(async s => { await new Promise(resolve => s.close(resolve)) }))
      await dirs.cleanup()
    }
  })

  it('runs as uid 65534 with a scrubbed environment and only its GPUs named', async () => {
    process.env.GPUMESH_TEST_SECRET = SECRET
    const { a } = await providerLayout({ gpuIndices: [1, 3] })
    const events = await runToEnd(runtime, spec(['sh', '-c', 'id -u; id -g; env']), a)
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    const out = logsOf(events, 'stdout')
    expect(out.slice(0, 2)).toEqual(['65534', '65534'])
    expect(out.filter(l => l.startsWith('CUDA_VISIBLE_DEVICES='))).toEqual(['CUDA_VISIBLE_DEVICES=1,3'])
    expect(out).toContain('GPUMESH_OUTPUT_DIR=/job/output')
    expect(out.join('\n')).not.toContain(SECRET)
    expect(out.join('\n')).not.toContain('GPUMESH_TEST_SECRET')
  })

  it('cannot read the provider key next to its work dir, by any path', async () => {
    const { dataDir, a } = await providerLayout()
    const events = await runToEnd(runtime, spec(['sh', '-c', [
      `cat ${dataDir}/peer.key`,
      'cat /job/../peer.key ../peer.key ../../peer.key',
      'for f in /proc/self/fd/* /proc/1/fd/*; do cat "$f/../peer.key" "$f/../../peer.key" "$f/../../../peer.key"; done',
      `cat /proc/1/root${dataDir}/peer.key`,
      'find / -xdev -name peer.key 2>/dev/null',
      `ls ${dataDir}`,
      'echo attempted'
    ].join('; ')]), a)
    const out = logsOf(events)
    expect(out).toContain('attempted')
    expect(out.join('\n')).not.toContain(SECRET)
    expect(logsOf(events, 'stdout').filter(l => l.includes('peer.key'))).toEqual([])
  })

  it('cannot read /etc/shadow or root-only files (not bound)', async () => {
    const { a } = await providerLayout()
    const events = await runToEnd(runtime, spec(['sh', '-c', 'cat /etc/shadow || echo no-shadow; cat /etc/gshadow || echo no-gshadow; ls /root || echo no-root; ls /etc']), a)
    const out = logsOf(events, 'stdout')
    expect(out).toEqual(expect.arrayContaining(['no-shadow', 'no-gshadow', 'no-root']))
    expect(out).not.toContain('shadow')
    expect(out.join('\n')).not.toMatch(/^root:/m)
  })

  it('cannot write anywhere but output/ (not /job, /usr, /etc, /, nor input/)', async () => {
    const { a } = await providerLayout()
    const s = spec(['sh', '-c', [
      'for p in /job/x /usr/x /etc/x /x /job/input/x /job/input/in.txt /proc/x; do (echo pwned > "$p") 2>/dev/null && echo "WROTE $p"; done',
      'rm -f /job/input/in.txt 2>/dev/null && echo "REMOVED input"',
      'echo ok > /job/output/ok && echo wrote-output'
    ].join('; ')], { inputs: [{ name: 'in.txt', content: new TextEncoder().encode('original') }] })
    const events = await runToEnd(runtime, s, a)
    const out = logsOf(events, 'stdout')
    expect(out.filter(l => l.startsWith('WROTE') || l.startsWith('REMOVED'))).toEqual([])
    expect(out).toContain('wrote-output')
    expect(resultsOf(events).map(r => r.name)).toEqual(['ok'])
    expect(existsSync(join(a.workDir, 'x'))).toBe(false)
    expect(existsSync(join(a.workDir, 'input', 'x'))).toBe(false)
    expect(existsSync('/usr/x')).toBe(false)
  })

  it("cannot see another job's work dir", async () => {
    const { dataDir, a } = await providerLayout()
    const sibling = join(dataDir, 'jobs', 'job-2')
    await mkdir(join(sibling, 'output'), { recursive: true })
    await writeFile(join(sibling, 'output', 'result.bin'), SECRET)
    const events = await runToEnd(runtime, spec(['sh', '-c', `cat ${sibling}/output/result.bin; ls ${sibling}; ls /job; ls /job/..; echo attempted`]), a)
    const out = logsOf(events)
    expect(out).toContain('attempted')
    expect(out.join('\n')).not.toContain(SECRET)
    expect(out).not.toContain('job-2')
  })

  async function listen (): Promise<{ port: number, connections: () => number }> {
    let n = 0
    const server = createServer(sock => { n++; sock.on('error', () => {}); sock.end('hello\n') })
    servers.push(server)
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    return { port: address.port, connections: () => n }
  }

  function connectScript (port: number): string[] {
    return ['/usr/bin/node', '-e', `require('net').connect(${port}, '127.0.0.1').on('connect', () => { console.log('connected'); process.exit(0) }).on('error', e => { console.log('failed ' + e.code); process.exit(7) }); setTimeout(() => { console.log('failed timeout'); process.exit(8) }, 3000)`]
  }

  it('cannot reach a host service over loopback without network', async () => {
    const { port, connections } = await listen()
    const { a } = await providerLayout()
    const events = await runToEnd(runtime, spec(connectScript(port)), a)
    expect(logsOf(events, 'stdout').join('\n')).toMatch(/^failed /)
    expect(exitOf(events).exitCode).not.toBe(0)
    expect(connections()).toBe(0)
  })

  it('reaches the host network when the allocation allows it (--share-net)', async () => {
    const { port, connections } = await listen()
    const { a } = await providerLayout({ network: true })
    const events = await runToEnd(runtime, spec(connectScript(port), { network: true }), a)
    expect(logsOf(events, 'stdout')).toEqual(['connected'])
    expect(exitOf(events)).toMatchObject({ reason: 'exited', exitCode: 0 })
    expect(connections()).toBe(1)
  })

  it('a work dir that cannot be prepared ends the job with reason error, and its cgroup goes', async () => {
    const { a } = await providerLayout()
    const events = await runToEnd(runtime, spec(['true'], { inputs: [{ name: '../escape', content: new Uint8Array([1]) }] }), a)
    expect(exitOf(events)).toMatchObject({ reason: 'error', detail: expect.stringMatching(/could not prepare the work dir: inputs: input name "..\/escape" is not a plain file name/) })
    expect(events.some(e => e.type === 'started')).toBe(false)
  })

  it.skipIf(!existsSync(CGROUP_PARENT))('sweeps the cgroups a killed provider left, keeps those of live ones, and removes its own on close', async () => {
    // A provider that was SIGKILLed with a job's group still there.
    const dead = spawn('true')
    await new Promise(resolve => dead.once('exit', resolve))
    const stale = join(CGROUP_PARENT, `provider-${dead.pid as number}-deadbeef`)
    const live = join(CGROUP_PARENT, `provider-${process.pid}-5eed5eed`)
    await mkdir(join(stale, 'a-job-of-the-dead'), { recursive: true })
    await mkdir(live, { recursive: true })
    try {
      const fresh = limitedRuntime({})
      const { a } = await providerLayout()
      expect(exitOf(await runToEnd(fresh, spec(['true']), a))).toMatchObject({ reason: 'exited', exitCode: 0 })
      expect(existsSync(stale)).toBe(false)
      expect(existsSync(live)).toBe(true)
      const before = readdirSync(CGROUP_PARENT).filter(d => d.startsWith(`provider-${process.pid}-`))
      await fresh.close()
      const after = readdirSync(CGROUP_PARENT).filter(d => d.startsWith(`provider-${process.pid}-`))
      expect(before.length - after.length).toBe(1)
    } finally {
      await rmdir(join(stale, 'a-job-of-the-dead')).catch(() => {})
      await rmdir(stale).catch(() => {})
      await rmdir(live).catch(() => {})
    }
  })

  it('a fork bomb is cut by the process limit, the job still ends and its cgroup goes', async () => {
    const limited = limitedRuntime({ maxProcesses: 32 })
    const { a } = await providerLayout({ timeoutMs: 4_000 })
    const t0 = Date.now()
    let cgroupSeen = false
    const events = await runToEnd(limited, spec(['sh', '-c', 'n=0; while :; do sleep 1000 & n=$((n+1)); [ $n -eq 200 ] && echo "forked 200"; done']), a, undefined, e => {
      if (e.type === 'started') cgroupSeen = cgroupExists(a.jobId)
    })
    const exit = exitOf(events)
    expect(['timeout', 'exited']).toContain(exit.reason)
    expect(Date.now() - t0).toBeLessThan(4_000 + 4_000)
    const out = logsOf(events)
    expect(out).not.toContain('forked 200')
    expect(out.join('\n')).toMatch(/fork|Resource temporarily unavailable/i)
    if (existsSync(CGROUP_PARENT)) expect(cgroupSeen).toBe(true)
    expect(await waitGone(processesOfJob(a.jobId), 3_000)).toEqual([])
    expect(cgroupExists(a.jobId)).toBe(false)
  })

  it('filling the disk is cut at maxFileBytes', async () => {
    const limited = limitedRuntime({ maxFileBytes: 1024 * 1024 })
    const { a } = await providerLayout()
    const t0 = Date.now()
    const events = await runToEnd(limited, spec(['sh', '-c', 'head -c 2000000000 /dev/zero > output/big; echo "head exit $?"']), a)
    expect(Date.now() - t0).toBeLessThan(10_000)
    expect(logsOf(events, 'stdout')).toHaveLength(1)
    expect(logsOf(events, 'stdout')[0]).not.toBe('head exit 0')
    const size = (await stat(join(a.workDir, 'output', 'big'))).size
    expect(size).toBeLessThanOrEqual(1024 * 1024)
    expect(resultsOf(events).map(r => [r.name, r.size])).toEqual([['big', size]])
  })

  it('cannot outlive a cancel by ignoring SIGTERM', async () => {
    const { a } = await providerLayout()
    const ac = new AbortController()
    const t0 = Date.now()
    const events = await runToEnd(runtime, spec(['sh', '-c', 'trap "" TERM; echo ready; sleep 1000 & sleep 1000; wait']), a, ac.signal, e => {
      if (e.type === 'log' && e.line === 'ready') ac.abort()
    })
    expect(exitOf(events)).toMatchObject({ reason: 'cancelled' })
    expect(Date.now() - t0).toBeLessThan(6_000)
    expect(await waitGone(processesOfJob(a.jobId), 3_000)).toEqual([])
    expect(cgroupExists(a.jobId)).toBe(false)
  })

  it("cannot use an fd the provider inherited (a supervisor's socket at fd 40)", async () => {
    const { a } = await providerLayout()
    // A provider process (the built runtime) started with a socket at fd 40, as a
    // supervisor or shell may leave one open without close-on-exec. (Node marks
    // inherited fds up to 15 close-on-exec itself, so a low fd would prove nothing.)
    const runtimeUrl = new URL('../dist/runtime/process-runtime.js', import.meta.url).href
    const script = `
      const { ProcessRuntime } = await import(${JSON.stringify(runtimeUrl)})
      const rt = new ProcessRuntime({ sandbox: 'bwrap' })
      const spec = { runtime: 'process', image: '', env: {}, inputs: [], timeoutS: 10, network: false,
        command: ['sh', '-c', 'readlink /proc/self/fd/40 || echo fd40-closed; /usr/bin/node -e "require(\\'fs\\').writeSync(40, \\'pwned\\'); console.log(\\'WROTE-40\\')"'] }
      const lines = []
      for await (const e of rt.run(spec, ${JSON.stringify(a)}, new AbortController().signal)) if (e.type === 'log') lines.push(e.line)
      await rt.close()
      console.log(JSON.stringify(lines))`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit', ...Array<'ignore'>(37).fill('ignore'), 'pipe'] })
    let out = ''
    let fromJob = ''
    child.stdout?.on('data', (c: Buffer) => { out += c.toString() })
    // Node types `stdio` as a 5-tuple; fd 40 is the pipe asked for above.
    const fd40 = (child.stdio as ReadonlyArray<Readable | Writable | null | undefined>)[40]
    fd40?.on('data', (c: Buffer) => { fromJob += c.toString() })
    fd40?.on('error', () => {})
    const code = await new Promise(resolve => child.once('close', resolve))
    expect(code).toBe(0)
    const lines = JSON.parse(out) as string[]
    expect(lines).not.toContain('WROTE-40')
    expect(lines.some(l => l === '/dev/null' || l === 'fd40-closed')).toBe(true)
    expect(fromJob).toBe('')
  })

  it('a timeout kills the whole sandbox', async () => {
    const { a } = await providerLayout({ timeoutMs: 500 })
    const t0 = Date.now()
    const events = await runToEnd(runtime, spec(['sh', '-c', 'sleep 1000 & sleep 1000']), a)
    expect(exitOf(events)).toMatchObject({ reason: 'timeout' })
    expect(Date.now() - t0).toBeLessThan(5_000)
    expect(await waitGone(processesOfJob(a.jobId), 3_000)).toEqual([])
  })
})
