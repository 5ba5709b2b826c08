/**
 * What every command shares: the global flags, the terminal, and the two ways to reach
 * the client's data: the whole client (libp2p and all), or only the local store for
 * commands that never need the network. Heavy modules load on first use, so `--help`
 * and local lookups do not pay for libp2p.
 */
import { join } from 'node:path'
import { homedir } from 'node:os'
import { stat } from 'node:fs/promises'
import type { Command } from 'commander'
import type { GpumeshClient } from '../client.js'
import type { ClientStore } from '../client-store.js'
import { UnreachableError, UsageError } from '../errors.js'
import { checkBootstrap } from './arguments.js'
import { Style } from './terminal.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  /** Whether each stream is a terminal (colour, the live status line). Default: neither. */
  isTTY?: { stdout: boolean, stderr: boolean }
  /**
   * Take over Ctrl-C (and SIGTERM) until the returned function is called; without a
   * handler the process ends at once, as any command does. Absent: never called.
   */
  onInterrupt?: (handler: (signal: NodeJS.Signals) => void) => () => void
  /**
   * The process's own stdin and stdout, for commands that carry bytes (exec, shell):
   * raw mode, window size, binary output. Absent (tests of other commands): they
   * read no stdin and print output as text.
   */
  terminal?: { stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream }
}

export interface GlobalOptions {
  bootstrap: string[]
  /** Where `bootstrap` came from, for error messages: the flag or the environment. */
  bootstrapSource: string
  dataDir: string
  json: boolean
  timeout: number
}

export function defaultDataDir (env: NodeJS.ProcessEnv): string {
  return env.GPUMESH_DATA_DIR ?? join(homedir(), '.gpumesh', 'client')
}

export class CliContext {
  readonly io: CliIo
  readonly setExit: (code: number) => void
  /** For stdout and stderr respectively. */
  readonly out: Style
  readonly err: Style
  private readonly program: Command

  constructor (program: Command, io: CliIo, setExit: (code: number) => void) {
    this.program = program
    this.io = io
    this.setExit = setExit
    this.out = new Style(io.isTTY?.stdout ?? false, io.env)
    this.err = new Style(io.isTTY?.stderr ?? false, io.env)
  }

  globals (): GlobalOptions {
    const o = this.program.opts<{ bootstrap: string[], dataDir: string, json: boolean, timeout: number }>()
    if (o.bootstrap.length > 0) return { ...o, bootstrap: checkBootstrap(o.bootstrap, '--bootstrap'), bootstrapSource: '--bootstrap' }
    const fromEnv = (this.io.env.GPUMESH_BOOTSTRAP ?? '').split(',').map(s => s.trim()).filter(s => s !== '')
    return { ...o, bootstrap: checkBootstrap(fromEnv, 'GPUMESH_BOOTSTRAP'), bootstrapSource: 'GPUMESH_BOOTSTRAP' }
  }

  /**
   * Run `fn` with a started client (joined to the network), and stop it after.
   * `market`: the command needs offers (providers, quote, submit), which only peers
   * reached through a bootstrap address bring; a job's own providers are in its record.
   */
  async withClient<T> (fn: (client: GpumeshClient, g: GlobalOptions) => Promise<T>, options: { market?: boolean } = {}): Promise<T> {
    const g = this.globals()
    if (options.market === true && g.bootstrap.length === 0) {
      throw new UsageError('no bootstrap peer to find providers through: pass --bootstrap <multiaddr> or set GPUMESH_BOOTSTRAP (`gpumesh testnet` starts a local network and prints one)')
    }
    await checkDataDir(g.dataDir)
    const { createClient } = await import('../client.js')
    let client: GpumeshClient
    try {
      client = await createClient({ bootstrap: g.bootstrap, dataDir: g.dataDir, connectTimeoutMs: g.timeout })
    } catch (err) {
      throw explainStartFailure(err, g)
    }
    try {
      return await fn(client, g)
    } finally {
      await client.stop()
    }
  }

  /** Run `fn` on the local job store only: no libp2p, no network. */
  async withStore<T> (fn: (store: ClientStore, g: GlobalOptions) => Promise<T>): Promise<T> {
    const g = this.globals()
    await checkDataDir(g.dataDir)
    const { ClientStore } = await import('../client-store.js')
    const store = new ClientStore(g.dataDir)
    try {
      await store.open()
    } catch (err) {
      throw explainStartFailure(err, g)
    }
    try {
      return await fn(store, g)
    } finally {
      await store.close()
    }
  }

  print (value: unknown, human: () => string, toJson: (v: unknown) => string): void {
    this.io.stdout(this.globals().json ? `${toJson(value)}\n` : `${human()}\n`)
  }

  /** A note for people (stderr), never in --json output. */
  say (line: string): void {
    if (!this.globals().json) this.io.stderr(`${line}\n`)
  }
}

/** A data dir path that exists must be a directory; one that does not is made by the store. */
export async function checkDataDir (dir: string): Promise<void> {
  const s = await stat(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined
    if (err.code === 'ENOTDIR') throw new UsageError(`--data-dir ${dir}: a part of this path is a file, not a directory`)
    throw err
  })
  if (s !== undefined && !s.isDirectory()) throw new UsageError(`--data-dir ${dir} is a file, not a directory (the client keeps its identity and job store in a directory)`)
}

/** Turn the usual start failures into errors that say what to do. */
function explainStartFailure (err: unknown, g: GlobalOptions): unknown {
  const code = (err as { code?: string })?.code
  const causeCode = ((err as { cause?: { code?: string } })?.cause)?.code
  if (causeCode === 'LEVEL_LOCKED' || code === 'LEVEL_LOCKED') {
    return new UsageError(`the client data dir ${g.dataDir} is in use by another gpumesh process (a running submit, logs --follow or dashboard); wait for it, or use another --data-dir`)
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || causeCode === 'EACCES') {
    return new UsageError(`the client data dir ${g.dataDir} is not writable (${code ?? causeCode ?? ''})`)
  }
  if ((err as { name?: string })?.name === 'ProviderLostError') {
    const seen = errorChain(err)
    const hint = seen.has('ECONNREFUSED')
      ? 'nothing listens there (connection refused)'
      : [...NOT_LIBP2P].some(n => seen.has(n))
          ? 'something answered, but not as a libp2p peer: is this the address a gpumesh node printed?'
          : (err as Error).message.replace(/^Could not reach any bootstrap peer: /, '')
    return new UnreachableError(`cannot reach the bootstrap peer(s) from ${g.bootstrapSource} (${g.bootstrap.join(', ')}): ${hint}`, { cause: err })
  }
  return err
}

/** What a handshake with something that is not a libp2p peer fails with. */
const NOT_LIBP2P = new Set(['UnexpectedEOFError', 'EncryptionFailedError', 'InvalidCryptoExchangeError', 'UnsupportedProtocolError', 'InvalidMessageError'])

/** The names and codes of an error and everything it wraps (causes, aggregated errors). */
function errorChain (err: unknown, seen = new Set<string>(), depth = 0): Set<string> {
  if (err == null || typeof err !== 'object' || depth > 8) return seen
  const e = err as { name?: unknown, code?: unknown, cause?: unknown, errors?: unknown }
  if (typeof e.name === 'string') seen.add(e.name)
  if (typeof e.code === 'string') seen.add(e.code)
  errorChain(e.cause, seen, depth + 1)
  if (Array.isArray(e.errors)) for (const inner of e.errors) errorChain(inner, seen, depth + 1)
  return seen
}
