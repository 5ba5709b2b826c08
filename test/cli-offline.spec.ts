/**
 * The CLIs as a new user meets them before any network exists: help, versions, local
 * lookups, and every bad flag answered with one line that says what to do. Real
 * binaries, separate processes; nothing here needs a provider.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GPUMESH_BIN, NODE_BIN, runBin } from './fixtures/processes.js'

const NO_NETWORK = { GPUMESH_BOOTSTRAP: '' }
/** The client's own `level`, by path: the holder process below runs outside any package. */
const levelEntry = createRequire(join(import.meta.dirname, '..', 'packages', 'client', 'package.json')).resolve('level')
/** A bootstrap address nothing listens on: a command that dialled it would fail. */
const DEAD_BOOTSTRAP = '/ip4/127.0.0.1/tcp/1/p2p/12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq'

describe('gpumesh CLI without a network', () => {
  let dir: string
  const gm = async (args: string[], env: NodeJS.ProcessEnv = {}): ReturnType<typeof runBin> =>
    await runBin(GPUMESH_BIN, ['--data-dir', join(dir, 'client'), ...args], { env: { ...NO_NETWORK, NO_COLOR: '', FORCE_COLOR: '', ...env } })
  const lastLine = (text: string): string => text.trim().split('\n').at(-1) ?? ''

  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'gpumesh-cli-offline-')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('shows the help of every command, including the ones with a bigint default', async () => {
    for (const args of [['submit', '--help'], ['quote', '--help'], ['help', 'quote'], ['--help']]) {
      const r = await gm(args)
      expect(r.stderr, args.join(' ')).toBe('')
      expect(r.code, args.join(' ')).toBe(0)
    }
    const submit = await gm(['submit', '--help'])
    expect(submit.stdout).toMatch(/--max-price <micro>.*\n?.*default: 10000000 = 10 credits/)
    expect(submit.stdout).toMatch(/--gpus <n>/)
    const result = await gm(['result', '--help'])
    expect(result.stdout).toMatch(/--out <dir>.*default: \.\/gpumesh-result-/s)
  })

  it('prints its version, and the provider daemon its own', async () => {
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '..', 'packages', 'client', 'package.json'), 'utf8')) as { version: string }
    const client = await gm(['--version'])
    expect(client.code).toBe(0)
    expect(client.stdout.trim()).toBe(pkg.version)
    const node = await runBin(NODE_BIN, ['--version'])
    expect(node.code).toBe(0)
    expect(node.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('answers local lookups without dialling anyone', async () => {
    // An unreachable bootstrap would fail any command that started libp2p (exit 10).
    const env = { GPUMESH_BOOTSTRAP: DEAD_BOOTSTRAP }
    const first = await gm(['--json', 'whoami'], env)
    expect(first.code).toBe(0)
    const me = JSON.parse(first.stdout) as { peerId: string, created: boolean }
    expect(me.peerId).toMatch(/^12D3KooW/)
    const again = await gm(['whoami'], env)
    expect(again.stdout).toContain(`peer id   ${me.peerId}`)
    const jobs = await gm(['jobs'], env)
    expect(jobs.code).toBe(0)
    expect(jobs.stdout).toMatch(/No jobs yet/)
    const receipts = await gm(['--json', 'receipts'], env)
    expect(receipts.code).toBe(0)
    expect(JSON.parse(receipts.stdout)).toEqual([])
  })

  it('names the flag or variable a bad bootstrap address came from', async () => {
    const flag = await gm(['--bootstrap', 'garbage', 'providers'])
    expect(flag.code).toBe(2)
    expect(lastLine(flag.stderr)).toMatch(/^gpumesh: --bootstrap: "garbage" is not a multiaddr/)
    const env = await gm(['providers'], { GPUMESH_BOOTSTRAP: 'garbage' })
    expect(env.code).toBe(2)
    expect(lastLine(env.stderr)).toMatch(/^gpumesh: GPUMESH_BOOTSTRAP: "garbage" is not a multiaddr/)
    const noId = await gm(['--bootstrap', '/ip4/127.0.0.1/tcp/4001', 'providers'])
    expect(noId.code).toBe(2)
    expect(lastLine(noId.stderr)).toMatch(/has no \/p2p\/<peer id>/)
  })

  it('says where to find providers when no bootstrap peer is set', async () => {
    const r = await gm(['providers'])
    expect(r.code).toBe(2)
    expect(lastLine(r.stderr)).toMatch(/no bootstrap peer.*--bootstrap.*GPUMESH_BOOTSTRAP.*gpumesh testnet/)
  })

  describe('a bootstrap port that is not a libp2p peer', () => {
    let server: Server
    let port: number
    const sockets = new Set<Socket>()
    beforeAll(async () => {
      // Answers every connection with bytes no libp2p handshake expects, then hangs up.
      server = createServer(socket => {
        sockets.add(socket)
        socket.on('error', () => {})
        socket.end('HTTP/1.1 400 Bad Request\r\n\r\n', () => { socket.destroy() })
      })
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
      port = (server.address() as { port: number }).port
    })
    afterAll(async () => {
      for (const s of sockets) s.destroy()
      await new Promise(resolve => server.close(resolve))
    })

    it('is reported as such, not as an EOF', async () => {
      const r = await gm(['--bootstrap', `/ip4/127.0.0.1/tcp/${port}/p2p/12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq`, 'providers'])
      expect(r.code).toBe(10)
      expect(lastLine(r.stderr)).toMatch(/cannot reach the bootstrap peer\(s\) from --bootstrap .*not as a libp2p peer/)
    })
  })

  it('refuses a data dir that is a file, in one line', async () => {
    const file = join(dir, 'a-file')
    await writeFile(file, 'x')
    const r = await runBin(GPUMESH_BIN, ['--data-dir', file, 'jobs'])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/is a file, not a directory/)
  })

  it('says the data dir is in use while another gpumesh process holds it', async () => {
    // A long `logs --follow` or `dashboard` holds the store's lock; a second command must say so.
    const held = join(dir, 'held')
    const holder = spawn(process.execPath, ['--input-type=module', '-e', [
      `import { Level } from '${levelEntry}'`,
      `const db = new Level(${JSON.stringify(join(held, 'db'))}); await db.open(); console.log('held')`,
      'process.stdin.on(\'end\', async () => { await db.close(); process.exit(0) }); process.stdin.resume()'
    ].join('\n')], { stdio: ['pipe', 'pipe', 'inherit'] })
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.once('data', () => { resolve() })
        holder.once('exit', c => { reject(new Error(`holder exited ${c}`)) })
      })
      const r = await runBin(GPUMESH_BIN, ['--data-dir', held, 'jobs'])
      expect(r.code).toBe(2)
      expect(lastLine(r.stderr)).toMatch(/data dir .*held is in use by another gpumesh process/)
    } finally {
      holder.stdin.end()
      await new Promise(resolve => { if (holder.exitCode !== null) resolve(undefined); else holder.once('exit', resolve) })
    }
  })

  it('refuses counts and durations of 0 before asking any provider', async () => {
    for (const [flag, value] of [['--gpus', '0'], ['--max-duration', '0'], ['--gpus', '65'], ['--job-timeout', '-1']] as const) {
      const r = await gm(['--bootstrap', DEAD_BOOTSTRAP, 'submit', flag, value, '--', 'true'])
      expect(r.code, `${flag} ${value}`).toBe(2)
      expect(r.stderr.trim().split('\n'), `${flag} ${value}`).toHaveLength(1)
      expect(r.stderr, `${flag} ${value}`).toContain(flag)
    }
  })

  it('refuses a testnet size out of range before starting anything', async () => {
    for (const n of ['0', '101', 'x']) {
      const r = await gm(['testnet', '--providers', n])
      expect(r.code, n).toBe(2)
      expect(r.stderr, n).not.toMatch(/starting/)
      expect(lastLine(r.stderr), n).toMatch(/--providers must be a whole number from 1 to 100/)
    }
  })

  it('refuses to start a provider on a data dir that does not exist', async () => {
    const typo = join(dir, 'nodee')
    const r = await runBin(NODE_BIN, ['start', '--data-dir', typo, '--no-detect-gpus'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/does not exist: make it with `gpumesh-node init --data-dir/)
    await expect(stat(typo)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
