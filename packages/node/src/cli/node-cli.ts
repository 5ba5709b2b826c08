/** `gpumesh-node init|start`: the provider daemon's command line. */
import { access, mkdir, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { GpumeshError } from '@gpumesh/protocol/errors'
import { loadOrCreatePrivateKey } from '@gpumesh/peer/identity'
import type { StartFlags } from '../config/config.js'
import type { NodeConfig } from '../config/node-config.js'
import { ConfigError } from '../errors.js'
import type { ProviderNode } from '../provider-node.js'

export interface NodeCliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM, or stdin closing when asked). */
  stopRequested: (options: { stdin: boolean }) => Promise<void>
  /** Resolves when asked again while stopping (a second signal): the drain's grace is cut short. */
  hurryRequested?: () => Promise<void>
}

export const CONFIG_FILE = 'config.yaml'

const collect = (value: string, previous: string[]): string[] => [...previous, value]

async function exists (path: string): Promise<boolean> {
  try { await access(path); return true } catch { return false }
}

/** The node package's version (dist/cli/ -> package.json). */
export function nodeVersion (): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version
}

/**
 * `start` runs on a data dir that exists: a mistyped path would otherwise start a new
 * provider with a new identity, and the operator's reputation and receipts would not follow.
 */
async function checkStartDataDir (dir: string, init: boolean): Promise<void> {
  const s = await stat(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined
    if (err.code === 'ENOTDIR') throw new ConfigError('--data-dir', `${dir}: a part of this path is a file, not a directory`)
    throw err
  })
  if (s === undefined) {
    if (init) return
    throw new ConfigError('--data-dir', `${dir} does not exist: make it with \`gpumesh-node init --data-dir ${dir}\` (or pass --init to start a new provider there)`)
  }
  if (!s.isDirectory()) throw new ConfigError('--data-dir', `${dir} is a file, not a directory`)
}

export function buildNodeProgram (io: NodeCliIo, onStarted?: (node: ProviderNode) => void): Command {
  const program = new Command('gpumesh-node')
    .description('Run a gpumesh provider: sell idle GPU time on a gpumesh network.')
    .version(nodeVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })

  program.command('init')
    .description('create a data dir with an identity key and a commented default config')
    .requiredOption('--data-dir <dir>', 'where the key, config and database live')
    .option('--force', 'overwrite an existing config file', false)
    .action(async (opts: { dataDir: string, force: boolean }) => {
      await mkdir(opts.dataDir, { recursive: true, mode: 0o700 })
      const key = await loadOrCreatePrivateKey(opts.dataDir)
      const file = join(opts.dataDir, CONFIG_FILE)
      if (!opts.force && await exists(file)) {
        io.stdout(`config exists, left as is: ${file}\n`)
      } else {
        const { renderDefaultConfigYaml } = await import('../config/config.js')
        await writeFile(file, renderDefaultConfigYaml(), { mode: 0o600 })
        io.stdout(`wrote ${file}\n`)
      }
      io.stdout(`peer id ${peerIdFromPrivateKey(key).toString()}\n`)
    })

  program.command('start')
    .description('join the network and sell capacity until stopped (SIGINT/SIGTERM)')
    .requiredOption('--data-dir <dir>', 'data dir made by `gpumesh-node init`')
    .option('--config <file>', 'config file (JSON or YAML); default <data-dir>/config.yaml')
    .option('--listen <multiaddr>', 'address to listen on (repeatable)', collect, [])
    .option('--announce <multiaddr>', 'address to announce (repeatable)', collect, [])
    .option('--bootstrap <multiaddr>', 'peer to join through (repeatable)', collect, [])
    .option('--api-port <port>', 'HTTP API port (0 = any free port)')
    .option('--api-host <host>', 'HTTP API address (default 127.0.0.1)')
    .option('--region <region>', 'region advertised in offers')
    .option('--price <micro>', 'micro-credits per GPU-hour')
    .option('--declare-gpu <spec>', 'vendor:model:vramMiB:count[:cc], a GPU no tool can detect here (repeatable)', collect, [])
    .option('--no-detect-gpus', 'do not run nvidia-smi / rocm-smi')
    .option('--mdns', 'discover peers on the LAN')
    .option('--relay', 'serve circuit relay v2 to peers behind NAT, with the limits in relay.* (a bootstrap node)')
    .option('--upnp', 'ask the router for a port mapping by UPnP')
    .option('--allow-client <peerId>', 'client peer id allowed to buy (repeatable)', collect, [])
    .addOption(new Option('--sandbox <mode>', 'process runtime sandbox').choices(['bwrap', 'none']))
    .option('--pull-image <image>', 'image (or glob) the docker runtime may pull for a job (repeatable)', collect, [])
    .option('--json', 'print the ready line as JSON', false)
    .option('--stop-on-stdin-close', 'shut down when stdin closes (a parent testnet went away)', false)
    .option('--init', 'create the data dir (and a new identity) if it does not exist', false)
    .action(async (opts: StartFlags & { dataDir: string, config?: string, json: boolean, stopOnStdinClose: boolean, init: boolean }) => {
      await checkStartDataDir(opts.dataDir, opts.init)
      // Loaded here, not at the top: `--help` and `init` need none of libp2p.
      const [{ applyFlags, defaultConfig, loadConfigFile }, { startProviderNode }, { natLines, watchNat }] = await Promise.all([import('../config/config.js'), import('../provider-node.js'), import('../nat-status.js')])
      const file = opts.config ?? join(opts.dataDir, CONFIG_FILE)
      const base: NodeConfig = (opts.config !== undefined || await exists(file)) ? await loadConfigFile(file, opts.dataDir) : defaultConfig(opts.dataDir)
      const config = applyFlags(base, opts)
      const node = await startProviderNode(config)
      onStarted?.(node)
      const ready = {
        event: 'ready',
        peerId: node.peerId,
        addrs: node.libp2p.getMultiaddrs().map(a => a.toString()),
        api: node.apiPort === undefined ? '' : `http://${config.api.host}:${node.apiPort}`,
        gpus: node.ledger.gpus.length,
        runtimes: (await node.status()).runtimeReport,
        notes: (await node.status()).notes,
        nat: (await node.status()).nat
      }
      if (opts.json) {
        io.stdout(`${JSON.stringify(ready)}\n`)
      } else {
        io.stdout([
          'gpumesh-node ready',
          `  peer id   ${ready.peerId}`,
          ...ready.addrs.map(a => `  listening ${a}`),
          ...(ready.api !== '' ? [`  api       ${ready.api}/status  ${ready.api}/metrics`] : []),
          `  gpus      ${node.ledger.gpus.length === 0 ? 'none (not selling)' : node.ledger.gpus.map(g => `${g.index}:${g.model}${g.declared ? ' (declared)' : ''}`).join(', ')}`,
          ...ready.runtimes.map(r => `  runtime   ${r}`),
          ...natLines(ready.nat),
          ...ready.notes.map(n => `  note      ${n}`)
        ].join('\n') + '\n')
      }
      // Reachability and reservations settle after start: say when they change.
      const unwatch = watchNat(node.libp2p, config, line => { io.stdout(opts.json ? `${JSON.stringify(line)}\n` : `${line.text}\n`) })
      await io.stopRequested({ stdin: opts.stopOnStdinClose })
      unwatch()
      if (!opts.json) io.stdout(`gpumesh-node draining${node.jobs.runningJobs().length > 0 && config.leases.onShutdown === 'finish' ? ` (running jobs get up to ${config.leases.shutdownGraceMs / 1000} s; signal again to stop them now)` : ''}\n`)
      const hurry = new AbortController()
      void io.hurryRequested?.().then(() => { hurry.abort() })
      await node.stop({ hurry: hurry.signal })
    })

  return program
}

/** One line a user can act on, for the usual ways a start fails. */
export function oneLine (err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  const inUse = /listen EADDRINUSE: address already in use (\S+)/.exec(message)
  if (inUse !== null) return `cannot listen on ${inUse[1] ?? ''}: address already in use`
  const code = (err as NodeJS.ErrnoException)?.code
  const path = (err as NodeJS.ErrnoException)?.path
  if ((code === 'EACCES' || code === 'EROFS' || code === 'EPERM') && path !== undefined) return `data dir not writable: ${path} (${code})`
  if (code === 'ENOTDIR' && path !== undefined) return `data dir path is not a directory: ${path}`
  return message.split('\n')[0] ?? message
}

/** Run the CLI; resolves with the exit code, never throws. */
export async function runNodeCli (argv: string[], io: NodeCliIo, onStarted?: (node: ProviderNode) => void): Promise<number> {
  const program = buildNodeProgram(io, onStarted)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return 0
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.help' || err.code === 'commander.version' ? 0 : 2
    }
    io.stderr(`gpumesh-node: ${oneLine(err)}\n`)
    if (err instanceof GpumeshError && (err.code === 'ERR_CONFIG' || err.name === 'ConfigError')) return 2
    return 1
  }
}
