/** Sessions into a running job: port-forward, exec, shell. */
import type { Command } from 'commander'
import type { ClientJobRecord } from '../../client-store.js'
import { JobNotRunningError, UsageError } from '../../errors.js'
import type { ExecTarget } from '../../exec-session.js'
import type { CliContext } from '../cli-context.js'
import { resolveJobId } from '../job-ids.js'
import { shortJobId, toJson } from '../output.js'
import { JOB_ID_HELP } from './jobs.js'

/** Refusals after which a port-forward has nothing left to forward to. */
const FORWARD_OVER = new Set(['not-running', 'unknown-job', 'not-owner', 'disabled'])

/**
 * Run `fn` with a dial-only host of our identity and the job's current attempt. Unlike
 * the other job commands it does not hold the client store (its lock) while it runs: a
 * port-forward stays up for hours, and `gpumesh shell` into the same job must be able to
 * run beside it. The store is read once, for the provider and its job id.
 */
async function withJobTarget<T> (ctx: CliContext, id: string, fn: (target: ExecTarget, record: ClientJobRecord) => Promise<T>): Promise<T> {
  const g = ctx.globals()
  const record = await ctx.withStore(async (store) => {
    const ids: string[] = []
    for await (const key of store.jobs.keys()) ids.push(key)
    return await store.jobs.get(resolveJobId(ids, id))
  })
  const attempt = record?.attempts.at(-1)
  if (record === undefined || attempt === undefined || attempt.providerJobId === '') throw new JobNotRunningError(`job ${id} has not been taken by a provider`)
  if (['succeeded', 'failed', 'cancelled', 'lost', 'preempted'].includes(record.state)) throw new JobNotRunningError(`job ${shortJobId(record.id)} is over (${record.state})`)
  const [{ createGpumeshHost, loadOrCreatePrivateKey }, { multiaddr }, { peerIdFromString }] = await Promise.all([
    import('@gpumesh/peer'), import('@multiformats/multiaddr'), import('@libp2p/peer-id')
  ])
  const libp2p = await createGpumeshHost({ privateKey: await loadOrCreatePrivateKey(g.dataDir), listen: [], bootstrap: g.bootstrap })
  try {
    const addrs = attempt.providerAddrs.flatMap(a => { try { return [multiaddr(a)] } catch { return [] } })
    if (addrs.length > 0) await libp2p.peerStore.merge(peerIdFromString(attempt.provider), { multiaddrs: addrs })
    return await fn({ libp2p, provider: attempt.provider, providerJobId: attempt.providerJobId }, record)
  } finally {
    await libp2p.stop()
  }
}

/** `[LOCAL:]PORT`: the local port (0: any free one) and the job's port. */
export function parsePortSpec (spec: string): { localPort: number, port: number } {
  const m = /^(?:(\d{1,5}):)?(\d{1,5})$/.exec(spec.trim())
  const port = Number(m?.[2])
  const localPort = m?.[1] === undefined ? port : Number(m[1])
  if (m === null || port < 1 || port > 65535 || localPort > 65535) throw new UsageError(`port-forward: "${spec}" is not [LOCAL:]PORT (ports 1..65535, LOCAL 0 for any free one)`)
  return { localPort, port }
}

export function addSessionCommands (program: Command, ctx: CliContext): void {
  program.command('port-forward')
    .description('forward a local TCP port to a port of a running service job: gpumesh port-forward JOB [LOCAL:]PORT')
    .argument('<job>', JOB_ID_HELP)
    .argument('<ports>', '[LOCAL:]PORT: the job\'s PORT (one its spec declared, --port), on LOCAL here (default the same; 0 for any free one)')
    .option('--address <host>', 'local address to listen on', '127.0.0.1')
    .action(async (id: string, ports: string, opts: { address: string }) => {
      const { localPort, port } = parsePortSpec(ports)
      const [{ LocalPortForward, openForwardStream }, { FORWARD_OPEN_TIMEOUT_MS }] = await Promise.all([import('../../port-forward.js'), import('../../constants.js')])
      await withJobTarget(ctx, id, async (target, record) => {
        const g = ctx.globals()
        // Probe first: a refusal (not the owner, an undeclared port, nothing listening) ends the command.
        await openForwardStream({ ...target, port }, true, AbortSignal.timeout(FORWARD_OPEN_TIMEOUT_MS))
        const over = new AbortController()
        const forward = new LocalPortForward({ ...target, port }, {
          localPort,
          localHost: opts.address,
          onError: (err) => {
            ctx.say(`${ctx.err.dim('refused')}  a connection: ${err.message}`)
            if (FORWARD_OVER.has((err as { refusal?: string }).refusal ?? '')) over.abort()
          }
        })
        await forward.listen()
        const release = ctx.io.onInterrupt?.(() => { over.abort() })
        try {
          ctx.print({ jobId: record.id, port, localHost: forward.localHost, localPort: forward.localPort }, () => `forwarding ${forward.localHost}:${forward.localPort} -> job ${shortJobId(record.id)} port ${port} (Ctrl-C to stop)`, toJson)
          await new Promise<void>(resolve => { over.signal.addEventListener('abort', () => { resolve() }, { once: true }) })
          if (!g.json) ctx.say('forward closed')
        } finally {
          release?.()
          await forward.close()
        }
      })
    })

  program.command('exec')
    .description('run a command inside a running job\'s sandbox: gpumesh exec JOB -- CMD ARGS…; exits with its exit code')
    .argument('<job>', JOB_ID_HELP)
    .argument('<command...>', 'the program and its arguments (after --)')
    .option('-i, --stdin', 'pass this process\'s stdin to the command (default: it gets none)', false)
    .option('-t, --tty', 'run it on a pseudo-terminal', false)
    .action(async (id: string, command: string[], opts: { stdin: boolean, tty: boolean }) => {
      await withJobTarget(ctx, id, async (target) => {
        ctx.setExit(await runSession(ctx, target, command, { tty: opts.tty, stdin: opts.stdin || opts.tty }))
      })
    })

  program.command('shell')
    .description('an interactive shell inside a running job\'s sandbox (bash, else sh), on a pseudo-terminal; exits with its exit code')
    .argument('<job>', JOB_ID_HELP)
    .action(async (id: string) => {
      await withJobTarget(ctx, id, async (target) => {
        ctx.setExit(await runSession(ctx, target, ['/bin/sh', '-c', 'if command -v bash >/dev/null; then exec bash -i; else exec sh -i; fi'], { tty: true, stdin: true }))
      })
    })
}

/** One exec session wired to this process's terminal; resolves with the remote exit code. */
async function runSession (ctx: CliContext, target: ExecTarget, command: string[], opts: { tty: boolean, stdin: boolean }): Promise<number> {
  const term = ctx.io.terminal
  const out = term?.stdout
  const stdin = term?.stdin
  const size = opts.tty && out?.isTTY === true ? { rows: out.rows, cols: out.columns } : undefined
  const env: Record<string, string> = opts.tty ? { TERM: ctx.io.env.TERM ?? 'xterm-256color' } : {}
  const { openExecSession } = await import('../../exec-session.js')
  const session = await openExecSession(target, command, {
    tty: opts.tty,
    size,
    env,
    onStdout: d => { if (out !== undefined) out.write(d); else ctx.io.stdout(Buffer.from(d).toString()) },
    onStderr: d => { if (term !== undefined) process.stderr.write(d); else ctx.io.stderr(Buffer.from(d).toString()) }
  })
  // Raw: every key (Ctrl-C too) goes to the remote pty, not to us.
  const raw = opts.tty && stdin?.isTTY === true
  if (raw) stdin.setRawMode(true)
  // Without a pty, Ctrl-C here interrupts the remote command.
  const release = opts.tty ? undefined : ctx.io.onInterrupt?.(() => { void session.kill('SIGINT').catch(() => {}) })
  const onResize = (): void => { if (out?.isTTY === true) void session.resize({ rows: out.rows, cols: out.columns }).catch(() => {}) }
  out?.on('resize', onResize)
  const pump = (async (): Promise<void> => {
    if (!opts.stdin || stdin === undefined) {
      await session.end()
      return
    }
    for await (const chunk of stdin as AsyncIterable<Buffer>) await session.write(chunk)
    await session.end()
  })().catch(() => {})
  try {
    return await session.exitCode
  } finally {
    out?.off('resize', onResize)
    release?.()
    if (raw) stdin.setRawMode(false)
    // Stop reading our stdin, or the process would wait on it.
    stdin?.pause()
    stdin?.destroy()
    void pump
  }
}
