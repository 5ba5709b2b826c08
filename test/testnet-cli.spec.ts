/**
 * The CLI as a user runs it, in separate processes: testnet up, providers listed, a job
 * submitted and its result fetched, and the testnet stopped with nothing left behind.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChildProcess } from 'node:child_process'
import { GPUMESH_BIN, isAlive, runBin, startBin, stopChild } from './fixtures/processes.js'

describe('gpumesh testnet and CLI', () => {
  let dir: string
  let testnet: ChildProcess | undefined
  let ready: { bootstrap: string, pids: number[], providers: Array<{ peerId: string }> }
  let cli: (args: string[], env?: NodeJS.ProcessEnv) => ReturnType<typeof runBin>
  let clientDir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-cli-'))
    clientDir = join(dir, 'client')
    const started = await startBin(GPUMESH_BIN, ['--json', '--data-dir', clientDir, 'testnet', '--providers', '3', '--base-dir', join(dir, 'nodes')], line => line.includes('"event":"ready"'))
    testnet = started.child
    ready = JSON.parse(started.line)
    cli = async (args, env = {}) => await runBin(GPUMESH_BIN, ['--bootstrap', ready.bootstrap, '--data-dir', clientDir, ...args], { env })
  }, 90_000)

  afterAll(async () => {
    if (testnet !== undefined) await stopChild(testnet)
    await rm(dir, { recursive: true, force: true })
  })

  it('lists every provider', async () => {
    const r = await cli(['--json', 'providers'])
    expect(r.code).toBe(0)
    const providers = JSON.parse(r.stdout) as Array<{ provider: string, gpus: unknown[] }>
    expect(providers.map(p => p.provider).sort()).toEqual(ready.providers.map(p => p.peerId).sort())
    const human = await cli(['providers'])
    expect(human.stdout).toMatch(/H100/)
    expect(human.stdout).toMatch(/A100/)
    expect(human.stdout).toMatch(/RTX 4090/)
  })

  it('submits a job that prints its logs and exits 0, then fetches its result', async () => {
    const r = await cli(['submit', '--gpus', '2', '--max-price', '5000000', '--', 'sh', '-c', 'echo "on $CUDA_VISIBLE_DEVICES"; echo hello > "$GPUMESH_OUTPUT_DIR/hello.txt"'])
    expect(r.stderr).toMatch(/auction/)
    expect(r.stderr).toMatch(/lease/)
    expect(r.stderr).toMatch(/receipt/)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^on \d+,\d+$/m)
    const list = await cli(['--json', 'receipts'])
    const receipts = JSON.parse(list.stdout) as Array<{ jobId: string }>
    const jobId = receipts.at(-1)!.jobId
    const out = join(dir, 'out')
    const fetched = await cli(['result', jobId, '--out', out])
    expect(fetched.code).toBe(0)
    expect(await readFile(join(out, 'hello.txt'), 'utf8')).toBe('hello\n')
    const status = await cli(['--json', 'status', jobId])
    expect(JSON.parse(status.stdout)).toMatchObject({ id: jobId, state: 'succeeded' })
  })

  it('shows the job id first, takes short ids back, and lists jobs newest first', async () => {
    const r = await cli(['submit', '--', 'sh', '-c', 'echo first'])
    expect(r.code).toBe(0)
    const firstLine = r.stderr.trim().split('\n')[0] ?? ''
    expect(firstLine).toMatch(/^job\s+[0-9a-f-]{36}$/)
    const id = firstLine.split(/\s+/)[1]!
    const status = await cli(['--json', 'status', id.slice(0, 8)])
    expect(status.code).toBe(0)
    expect(JSON.parse(status.stdout)).toMatchObject({ id, state: 'succeeded', spec: { command: ['sh', '-c', 'echo first'] } })
    // A finished job is answered from the local store: an unreachable bootstrap does not matter.
    const offline = await runBin(GPUMESH_BIN, ['--bootstrap', '/ip4/127.0.0.1/tcp/1/p2p/12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq', '--data-dir', clientDir, '--json', 'status', id.slice(0, 8)])
    expect(offline.code, offline.stderr).toBe(0)
    expect(JSON.parse(offline.stdout)).toMatchObject({ id, state: 'succeeded' })
    const jobs = JSON.parse((await cli(['--json', 'jobs'])).stdout) as Array<{ id: string, createdAtMs: number, cost: string }>
    expect(jobs[0]!.id).toBe(id)
    expect(jobs.map(j => j.createdAtMs)).toEqual(jobs.map(j => j.createdAtMs).sort((a, b) => b - a))
    expect(BigInt(jobs[0]!.cost)).toBeGreaterThan(0n)
    const coloured = await cli(['jobs'], { FORCE_COLOR: '1', NO_COLOR: '' })
    expect(coloured.stdout.startsWith('\u001b[1mJOB ')).toBe(true)
    expect(coloured.stdout).toContain(id.slice(0, 8))
    const plain = await cli(['jobs'], { FORCE_COLOR: '1', NO_COLOR: '1' })
    expect(plain.stdout).not.toContain('\u001b')
    expect(plain.stdout).toMatch(/^JOB +CREATED +STATE +PROVIDER +GPUS +COST \(cr\) +COMMAND$/m)
  }, 60_000)

  it('keeps the workload\'s output in --json submit, and decodes the receipts', async () => {
    const r = await cli(['--json', 'submit', '--', 'sh', '-c', 'echo from-the-job'])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { jobId: string, logs: Array<{ stream: string, line: string }> }
    expect(doc.logs).toContainEqual({ stream: 'stdout', line: 'from-the-job' })
    const receipts = JSON.parse((await cli(['--json', 'receipts'])).stdout) as Array<Record<string, unknown>>
    const mine = receipts.find(x => x.jobId === doc.jobId)
    expect(mine).toMatchObject({ attempt: 1, delivered: true, finalState: 'succeeded', exitCode: 0 })
    expect(mine!.providerJobId).not.toBe(doc.jobId)
    expect(BigInt(mine!.cost as string)).toBeGreaterThan(0n)
    expect(mine!.gpuMs).toBeGreaterThan(0)
    expect(receipts.map(x => x.endedAtMs)).toEqual(receipts.map(x => x.endedAtMs as number).sort((a, b) => b - a))
    // Decoded fields, not the stored protobuf blobs.
    expect(receipts.every(x => !('receipt' in x) && !('acceptance' in x))).toBe(true)
    const human = await cli(['receipts'])
    expect(human.stdout).toMatch(/^ENDED +JOB +TRY +PROVIDER +STATE +GPU-S +COST \(cr\) +COUNTERSIGNED$/m)
    expect(human.stdout).toContain(doc.jobId.slice(0, 8))
  }, 60_000)

  it('quotes every matching provider, not only the first to answer', async () => {
    // The early close that lets submit start sooner dropped the slower providers' bids.
    for (let i = 0; i < 3; i++) {
      const q = await cli(['--json', 'quote', '--gpus', '1'])
      expect(q.code).toBe(0)
      const quote = JSON.parse(q.stdout) as { bids: Array<{ provider: string }> }
      expect(quote.bids.map(b => b.provider).sort()).toEqual(ready.providers.map(p => p.peerId).sort())
    }
  }, 60_000)

  it('at Ctrl-C, says the job runs on and how to follow or cancel it', async () => {
    const running = await startBin(GPUMESH_BIN, ['--bootstrap', ready.bootstrap, '--data-dir', clientDir, 'submit', '--', 'sh', '-c', 'echo started; sleep 2; echo done'], line => line === 'started')
    const code = await stopChild(running.child, 'SIGINT')
    expect(code).toBe(130)
    const id = /^job\s+([0-9a-f-]{36})$/m.exec(running.stderr())?.[1]
    expect(id).toBeDefined()
    expect(running.stderr()).toContain(`job ${id!} keeps running`)
    expect(running.stderr()).toContain(`gpumesh logs --follow ${id!.slice(0, 8)}`)
    expect(running.stderr()).toContain(`gpumesh cancel ${id!.slice(0, 8)}`)
    // It did run on: following it again sees it through.
    const logs = await cli(['logs', '--follow', id!.slice(0, 8)])
    expect(logs.stdout).toContain('done')
    expect(JSON.parse((await cli(['--json', 'status', id!])).stdout)).toMatchObject({ state: 'succeeded' })
  }, 60_000)

  it('prints parseable JSON with --json, and exit codes that mean something', async () => {
    const ok = await cli(['--json', 'submit', '--', 'sh', '-c', 'exit 0'])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout.trim().split('\n').at(-1)!)).toMatchObject({ state: 'succeeded' })
    const failed = await cli(['submit', '--', 'sh', '-c', 'exit 7'])
    expect(failed.code).toBe(5)
    const noBids = await cli(['submit', '--model', '*B200*', '--', 'true'])
    expect(noBids.code).toBe(3)
    expect(noBids.stderr).toMatch(/gpumesh: No provider matches/)
    const badFlag = await cli(['submit', '--gpus', 'many', '--', 'true'])
    expect(badFlag.code).toBe(2)
    expect(badFlag.stderr.trim().split('\n')).toHaveLength(1)
    const missing = await cli(['status', 'no-such-job'])
    expect(missing.code).toBe(9)
    const unreachable = await runBin(GPUMESH_BIN, ['--bootstrap', '/ip4/127.0.0.1/tcp/1/p2p/12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq', '--data-dir', join(dir, 'other'), 'providers'])
    expect(unreachable.code).toBe(10)
    // Seven CLI processes one after another: slow on two loaded cores, not stuck.
  }, 90_000)

  it('stops every node on Ctrl-C', async () => {
    expect(ready.pids.every(isAlive)).toBe(true)
    await stopChild(testnet!, 'SIGINT')
    testnet = undefined
    expect(ready.pids.filter(isAlive)).toEqual([])
  })

  it('reports a data dir it cannot use, or a port in use, in one line and leaves nothing running', async () => {
    // A path through a regular file can never be made a directory, even by root.
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(dir, 'a-file'), 'x')
    const badDir = await runBin(GPUMESH_BIN, ['--data-dir', join(dir, 'c3'), 'testnet', '--providers', '1', '--base-dir', join(dir, 'a-file', 'nodes')])
    expect(badDir.code).not.toBe(0)
    expect(badDir.stderr.trim().split('\n').at(-1)).toMatch(/^gpumesh: data dir .*a-file\/nodes is not writable/)
    // Hold the port the bootstrap node would take on 127.0.0.2.
    const { createServer } = await import('node:net')
    const holder = createServer()
    await new Promise<void>(resolve => holder.listen(47123, '127.0.0.2', resolve))
    try {
      const inUse = await runBin(GPUMESH_BIN, ['--data-dir', join(dir, 'c4'), 'testnet', '--providers', '1', '--port', '47123', '--base-dir', join(dir, 'n4')])
      expect(inUse.code).not.toBe(0)
      expect(inUse.stderr.trim().split('\n').at(-1)).toMatch(/bootstrap \(127.0.0.2\) exited with code 1: cannot listen on 127.0.0.2:47123: address already in use/)
    } finally {
      await new Promise(resolve => holder.close(resolve))
    }
    // The providers that did start were stopped: no gpumesh-node of this test is left.
    const { execFileSync } = await import('node:child_process')
    const left = execFileSync('ps', ['-eo', 'args']).toString().split('\n').filter(l => l.includes('gpumesh-node') && l.includes(join(dir, 'n4')))
    expect(left).toEqual([])
  })

  it('refuses a provider count out of range with one line', async () => {
    const r = await runBin(GPUMESH_BIN, ['--data-dir', join(dir, 'c2'), 'testnet', '--providers', '0'])
    expect(r.code).not.toBe(0)
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/--providers must be a whole number from 1 to 100/)
  })
})

describe('gpumesh testnet --demo where no sandbox exists', () => {
  let dir: string
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'gpumesh-nosandbox-')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('says its jobs run unsandboxed, and keeps the verified result', async () => {
    // A PATH with every tool but bwrap: the providers find no sandbox.
    const bin = join(dir, 'bin')
    await mkdir(bin)
    for (const name of await readdir('/usr/bin')) {
      if (name !== 'bwrap') await symlink(join('/usr/bin', name), join(bin, name)).catch(() => {})
    }
    const work = join(dir, 'work')
    await mkdir(work)
    const r = await runBin(GPUMESH_BIN, ['--data-dir', join(dir, 'client'), 'testnet', '--providers', '1', '--gpus', 'h100', '--demo', '--base-dir', join(dir, 'nodes')], { env: { PATH: bin }, cwd: work, timeoutMs: 90_000 })
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/warning: process: offered to allow-listed clients only \(1\), unsandboxed: bubblewrap \(bwrap\) not found.*Jobs run as this user/)
    const kept = (await readdir(work)).filter(d => d.startsWith('gpumesh-demo-result-'))
    expect(kept).toHaveLength(1)
    expect(r.stderr).toMatch(new RegExp(`^verified ${join(work, kept[0]!)}/answer\\.txt: \\d+ B, sha256 [0-9a-f]{64}$`, 'm'))
  }, 120_000)
})
