import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderDefaultConfigYaml } from '../src/config/config.js'
import { runNodeCli, type NodeCliIo } from '../src/cli/node-cli.js'
import type { ProviderNode } from '../src/provider-node.js'

interface CapturedIo extends NodeCliIo {
  out: string[]
  err: string[]
  stops: number
}

function captureIo (): CapturedIo {
  const io: CapturedIo = {
    out: [],
    err: [],
    stops: 0,
    stdout: (text) => { io.out.push(text) },
    stderr: (text) => { io.err.push(text) },
    stopRequested: async () => { io.stops++ }
  }
  return io
}

const lines = (chunks: string[]): string[] => chunks.join('').split('\n').filter(l => l !== '')

describe('gpumesh-node CLI', () => {
  let dir: string | undefined
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'gpumesh-node-cli-')) })
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
    dir = undefined
  })
  const dataDir = (): string => join(dir ?? '/nonexistent', 'data')

  async function init (): Promise<{ io: CapturedIo, code: number, peerId: string }> {
    const io = captureIo()
    const code = await runNodeCli(['init', '--data-dir', dataDir()], io)
    const peerId = /^peer id (\S+)$/m.exec(io.out.join(''))?.[1] ?? ''
    return { io, code, peerId }
  }

  it('init writes config.yaml and peer.key (0600) and prints the peer id', async () => {
    const { io, code, peerId } = await init()
    expect(code).toBe(0)
    expect(io.err).toEqual([])
    expect(lines(io.out)).toEqual([`wrote ${join(dataDir(), 'config.yaml')}`, `peer id ${peerId}`])
    expect(peerId).toMatch(/^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/)
    expect(await readFile(join(dataDir(), 'config.yaml'), 'utf8')).toBe(renderDefaultConfigYaml())
    expect((await stat(join(dataDir(), 'peer.key'))).mode & 0o777).toBe(0o600)
    expect((await stat(join(dataDir(), 'config.yaml'))).mode & 0o777).toBe(0o600)
    expect((await stat(dataDir())).mode & 0o777).toBe(0o700)
  })

  it('a second init keeps the config and the identity', async () => {
    const first = await init()
    const edited = 'region: eu-west\n'
    await writeFile(join(dataDir(), 'config.yaml'), edited)
    const second = await init()
    expect(second.code).toBe(0)
    expect(second.peerId).toBe(first.peerId)
    expect(lines(second.io.out)[0]).toBe(`config exists, left as is: ${join(dataDir(), 'config.yaml')}`)
    expect(await readFile(join(dataDir(), 'config.yaml'), 'utf8')).toBe(edited)
  })

  it('init --force rewrites the config', async () => {
    await init()
    await writeFile(join(dataDir(), 'config.yaml'), 'region: eu-west\n')
    const io = captureIo()
    expect(await runNodeCli(['init', '--data-dir', dataDir(), '--force'], io)).toBe(0)
    expect(await readFile(join(dataDir(), 'config.yaml'), 'utf8')).toBe(renderDefaultConfigYaml())
  })

  describe('start refuses bad input with exit code 2, one line naming the field, and starts nothing', () => {
    const cases: Array<[string, string | undefined, string[], RegExp]> = [
      ['a bad value in config.yaml', 'api:\n  port: 99999\n', [], /^gpumesh-node: config: api\.port: /],
      ['an unknown key in config.yaml', 'pricing:\n  price: 1\n', [], /^gpumesh-node: config: pricing\.price: unknown key/],
      ['config.yaml that is not YAML', 'listen: [a\n  b: c\n', [], /^gpumesh-node: config: file: not valid YAML/],
      ['a --config file that does not exist', undefined, ['--config', '/nonexistent/gpumesh.yaml'], /^gpumesh-node: config: file: cannot read/],
      ['a --config .txt file', undefined, ['--config', '/etc/hostname.txt'], /^gpumesh-node: config: file: .*use a \.json, \.yaml or \.yml file/],
      ['--api-port 70000', undefined, ['--api-port', '70000'], /^gpumesh-node: config: --api-port: /],
      ['--price 1.5', undefined, ['--price', '1.5'], /^gpumesh-node: config: --price: /],
      ['--declare-gpu nvidia:RTX', undefined, ['--declare-gpu', 'nvidia:RTX'], /^gpumesh-node: config: --declare-gpu: /],
      ['--allow-client alice', undefined, ['--allow-client', 'alice'], /^gpumesh-node: config: --allow-client: /],
      ['--listen 0.0.0.0:4001', undefined, ['--listen', '0.0.0.0:4001'], /^gpumesh-node: config: --listen: /],
      ['--sandbox none alone', undefined, ['--sandbox', 'none'], /^gpumesh-node: config: policy\.sandbox: /],
      ['--sandbox firejail', undefined, ['--sandbox', 'firejail'], /--sandbox.*firejail/],
      ['an unknown option', undefined, ['--frobnicate'], /unknown option '--frobnicate'/]
    ]

    it.each(cases)('%s', async (_name, configText, flags, stderr) => {
      expect((await init()).code).toBe(0)
      if (configText !== undefined) await writeFile(join(dataDir(), 'config.yaml'), configText)
      const io = captureIo()
      const onStarted = vi.fn<(node: ProviderNode) => void>()
      const code = await runNodeCli(['start', '--data-dir', dataDir(), '--no-detect-gpus', '--api-port', '0', '--listen', '/ip4/127.0.0.7/tcp/0', ...flags], io, onStarted)
      expect(code).toBe(2)
      expect(io.out).toEqual([])
      const errLines = io.err.join('').split('\n')
      expect(errLines.at(-1)).toBe('') // ends with a newline
      expect(errLines).toHaveLength(2) // exactly one line
      expect(errLines[0]).toMatch(stderr)
      expect(onStarted).not.toHaveBeenCalled()
      expect(io.stops).toBe(0)
    })
  })

  it('start without --data-dir is a usage error', async () => {
    const io = captureIo()
    expect(await runNodeCli(['start'], io)).toBe(2)
    expect(io.err.join('')).toMatch(/required option '--data-dir <dir>' not specified/)
  })

  it('start runs a node until stop is requested, then stops it', async () => {
    const { peerId } = await init()
    const io = captureIo()
    let started: ProviderNode | undefined
    const code = await runNodeCli([
      'start', '--data-dir', dataDir(), '--json', '--listen', '/ip4/127.0.0.7/tcp/0', '--api-port', '0', '--no-detect-gpus',
      '--declare-gpu', 'nvidia:NVIDIA GeForce RTX 4090:24564:2:8.9'
    ], io, node => { started = node })
    expect(io.err).toEqual([])
    expect(code).toBe(0)
    expect(io.stops).toBe(1)
    const ready = JSON.parse(lines(io.out)[0] ?? '{}') as { event: string, peerId: string, addrs: string[], api: string, gpus: number }
    expect(ready).toMatchObject({ event: 'ready', peerId, gpus: 2 })
    expect(ready.addrs.length).toBeGreaterThan(0)
    expect(ready.addrs.every(a => a.startsWith('/ip4/127.0.0.7/tcp/'))).toBe(true)
    expect(ready.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(started).toBeDefined()
    expect(started?.libp2p.status).toBe('stopped')
    await expect(fetch(`${ready.api}/status`)).rejects.toThrow()
  })
})
