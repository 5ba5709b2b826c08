/**
 * A local testnet of separate processes: one bootstrap node and N providers, each a
 * `gpumesh-node` child bound to its own loopback address with its own data dir and a
 * declared GPU inventory. Every child is stopped on `stop()`, on exit, and (through its
 * stdin pipe) even when this process dies without cleaning up.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { access, constants, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { GpumeshError } from '@gpumesh/protocol'
import { profileFor, type GpuProfile } from './gpu-profiles.js'

/** Thrown when the testnet cannot start; the message is one line for the user. */
export class TestnetError extends GpumeshError {
  static override name = 'TestnetError'
  override readonly code = 'ERR_TESTNET'
  constructor (message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'TestnetError'
  }
}

export const MAX_TESTNET_PROVIDERS = 100
/** Node processes started at once. */
const START_CONCURRENCY = 8
/** A node that has not printed its ready line by then is reported as failed. */
const NODE_READY_TIMEOUT_MS = 60_000

export interface TestnetNode {
  name: string
  host: string
  dataDir: string
  peerId: string
  addrs: string[]
  apiUrl: string
  /** The node's own report of its runtimes (offered or not, sandboxed or not), from its ready line. */
  runtimes: string[]
  profile?: GpuProfile
  process: ChildProcess
}

export interface TestnetInit {
  providers: number
  /** GPU profile names, cycled over providers (see gpu-profiles.ts). */
  profiles?: string[]
  /** Parent dir for data dirs; default a new temp dir, removed on stop unless `keep`. */
  baseDir?: string
  keep?: boolean
  /** Path of the gpumesh-node entry script; default the installed @gpumesh/node. */
  nodeBin?: string
  /** TCP port every node listens on (each on its own address); 0 picks free ports. */
  port?: number
  /** Client peer ids the providers run unsandboxed process jobs for (hosts without bwrap). */
  allowClients?: string[]
  /** Config merged over the defaults of every node (written as config.json), e.g. limits for a benchmark. */
  nodeConfig?: Record<string, unknown>
  /** Each child's stderr line, prefixed by its name (for --verbose). */
  onLog?: (line: string) => void
  /**
   * Let every provider run its offer probe (measured offers). Off by default: every node
   * of a local testnet shares one machine, so N probes measure the same host N times and
   * cost a second of CPU each at start.
   */
  probe?: boolean
}

/** Where the gpumesh-node script is: the workspace/installed package, not an import. */
export function resolveNodeBin (): string {
  const fromEnv = process.env.GPUMESH_NODE_BIN
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  try {
    const require = createRequire(import.meta.url)
    return join(dirname(require.resolve('@gpumesh/node/package.json')), 'dist', 'bin', 'gpumesh-node.js')
  } catch (err) {
    throw new TestnetError('gpumesh-node is not installed (install @gpumesh/node or set GPUMESH_NODE_BIN)', { cause: err })
  }
}

export class Testnet {
  readonly nodes: TestnetNode[] = []
  readonly baseDir: string
  private readonly keep: boolean
  private readonly ownsBaseDir: boolean
  private stopping?: Promise<void>
  private readonly onExit = (): void => {
    // Last resort when the parent exits without stop(): no child outlives us.
    for (const n of this.nodes) if (n.process.exitCode === null) n.process.kill('SIGKILL')
  }

  constructor (baseDir: string, ownsBaseDir: boolean, keep: boolean) {
    this.baseDir = baseDir
    this.ownsBaseDir = ownsBaseDir
    this.keep = keep
    process.on('exit', this.onExit)
  }

  get bootstrap (): string {
    const boot = this.nodes[0]
    if (boot === undefined) throw new TestnetError('testnet has no bootstrap node')
    return `${boot.addrs[0] ?? ''}`
  }

  get providers (): TestnetNode[] {
    return this.nodes.slice(1)
  }

  async stop (): Promise<void> {
    this.stopping ??= (async () => {
      await Promise.all(this.nodes.map(async n => { await stopChild(n.process) }))
      process.off('exit', this.onExit)
      if (!this.keep && this.ownsBaseDir) await rm(this.baseDir, { recursive: true, force: true })
    })()
    await this.stopping
  }
}

async function stopChild (child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>(resolve => { child.once('exit', () => { resolve() }) })
  child.kill('SIGTERM')
  const timer = setTimeout(() => { child.kill('SIGKILL') }, graceMs)
  await exited
  clearTimeout(timer)
}

export async function startTestnet (init: TestnetInit): Promise<Testnet> {
  if (!Number.isInteger(init.providers) || init.providers < 1 || init.providers > MAX_TESTNET_PROVIDERS) {
    throw new TestnetError(`--providers must be a whole number from 1 to ${MAX_TESTNET_PROVIDERS}, got ${init.providers}`)
  }
  const port = init.port ?? 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TestnetError(`--port must be 0..65535, got ${port}`)
  for (let i = 0; i < init.providers; i++) {
    try { profileFor(i, init.profiles ?? []) } catch (err) { throw new TestnetError((err as Error).message) }
  }
  const nodeBin = init.nodeBin ?? resolveNodeBin()
  let baseDir = init.baseDir
  const owns = baseDir === undefined
  if (baseDir === undefined) {
    baseDir = await mkdtemp(join(tmpdir(), 'gpumesh-testnet-'))
  } else {
    try {
      await mkdir(baseDir, { recursive: true })
      await access(baseDir, constants.W_OK)
    } catch (err) {
      throw new TestnetError(`data dir ${baseDir} is not writable: ${(err as Error).message}`, { cause: err })
    }
  }
  const net = new Testnet(baseDir, owns, init.keep ?? false)
  try {
    const nodeConfig = init.probe === true ? init.nodeConfig : { probe: { enabled: false }, ...init.nodeConfig }
    const common = { port, allowClients: init.allowClients ?? [], nodeConfig, onLog: init.onLog }
    const boot = await startNode(nodeBin, net, { ...common, name: 'bootstrap', host: '127.0.0.2', bootstrap: [] })
    // A few at a time: a hundred node processes starting at once on a small machine
    // would each wait minutes for a core.
    let next = 0
    await Promise.all(Array.from({ length: Math.min(START_CONCURRENCY, init.providers) }, async () => {
      while (next < init.providers) {
        const i = next++
        const profile = profileFor(i, init.profiles ?? [])
        await startNode(nodeBin, net, { ...common, name: `provider-${i + 1}`, host: `127.0.0.${3 + i}`, bootstrap: boot.addrs.slice(0, 1), profile })
      }
    }))
    // Keep nodes in start order: bootstrap first, then provider-1, provider-2, …
    net.nodes.sort((a, b) => order(a.name) - order(b.name))
    return net
  } catch (err) {
    await net.stop()
    throw err
  }
}

function order (name: string): number {
  return name === 'bootstrap' ? 0 : Number(name.split('-')[1])
}

interface NodeSpec {
  name: string
  host: string
  port: number
  bootstrap: string[]
  profile?: GpuProfile
  allowClients: string[]
  nodeConfig?: Record<string, unknown>
  onLog?: (line: string) => void
}

async function startNode (nodeBin: string, net: Testnet, spec: NodeSpec): Promise<TestnetNode> {
  const dataDir = join(net.baseDir, spec.name)
  // `start` creates the identity key itself; no separate `init` process is needed.
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const configArgs: string[] = []
  if (spec.nodeConfig !== undefined) {
    await writeFile(join(dataDir, 'config.json'), JSON.stringify(spec.nodeConfig))
    configArgs.push('--config', join(dataDir, 'config.json'))
  }
  const args = ['start', '--data-dir', dataDir, ...configArgs, '--listen', `/ip4/${spec.host}/tcp/${spec.port}`, '--api-host', '127.0.0.1', '--api-port', '0', '--json', '--stop-on-stdin-close', '--no-detect-gpus']
  for (const b of spec.bootstrap) args.push('--bootstrap', b)
  if (spec.profile !== undefined) args.push('--declare-gpu', spec.profile.declare, '--price', spec.profile.price.toString(), '--region', spec.profile.region)
  for (const c of spec.allowClients) args.push('--allow-client', c)
  const child = spawn(process.execPath, [nodeBin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
  const node: TestnetNode = { name: spec.name, host: spec.host, dataDir, peerId: '', addrs: [], apiUrl: '', runtimes: [], profile: spec.profile, process: child }
  net.nodes.push(node)
  let lastError = ''
  createInterface({ input: child.stderr! }).on('line', line => {
    if (line.trim() !== '') lastError = line
    spec.onLog?.(`[${spec.name}] ${line}`)
  })
  const ready = await new Promise<{ peerId: string, addrs: string[], api: string, runtimes?: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => { reject(new TestnetError(`${spec.name} did not become ready within ${NODE_READY_TIMEOUT_MS / 1000} s`)) }, NODE_READY_TIMEOUT_MS)
    createInterface({ input: child.stdout! }).on('line', line => {
      try {
        const msg = JSON.parse(line) as { event?: string, peerId: string, addrs: string[], api: string, runtimes?: string[] }
        if (msg.event === 'ready') { clearTimeout(timer); resolve(msg) }
      } catch {}
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new TestnetError(`${spec.name} (${spec.host}) exited with code ${code ?? 'signal'}: ${lastError.replace(/^gpumesh-node: /, '')}`))
    })
  })
  node.peerId = ready.peerId
  node.addrs = ready.addrs
  node.apiUrl = ready.api
  node.runtimes = ready.runtimes ?? []
  return node
}
