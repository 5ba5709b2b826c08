/**
 * The CLI as a user runs it, in separate processes: testnet up, providers listed, a job
 * submitted and its result fetched, and the testnet stopped with nothing left behind.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChildProcess } from 'node:child_process'
import { GPUMESH_BIN, isAlive, runBin, startBin, stopChild } from './fixtures/processes.js'

describe('gpumesh testnet and CLI', () => {
  let dir: string
  let testnet: ChildProcess | undefined
  let ready: { bootstrap: string, pids: number[], providers: Array<{ peerId: string }> }
  let cli: (args: string[]) => ReturnType<typeof runBin>

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-cli-'))
    const clientDir = join(dir, 'client')
    const started = await startBin(GPUMESH_BIN, ['--json', '--data-dir', clientDir, 'testnet', '--providers', '3', '--base-dir', join(dir, 'nodes')], line => line.includes('"event":"ready"'))
    testnet = started.child
    ready = JSON.parse(started.line)
    cli = async (args) => await runBin(GPUMESH_BIN, ['--bootstrap', ready.bootstrap, '--data-dir', clientDir, ...args])
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
