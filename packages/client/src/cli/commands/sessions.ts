/** Sessions into a running job: port-forward, exec, shell. */
import type { Command } from 'commander'
import { UsageError } from '../../errors.js'
import type { Job } from '../../job.js'
import type { CliContext } from '../cli-context.js'
import { ExitCode } from '../exit-codes.js'
import { shortJobId, toJson } from '../output.js'
import { JOB_ID_HELP, jobFor } from './jobs.js'

/** `[LOCAL:]PORT`: the local port (0: any free one) and the job's port. */
export function parsePortSpec (spec: string): { localPort: number, port: number } {
  const m = /^(?:(\d{1,5}):)?(\d{1,5})$/.exec(spec.trim())
  const port = Number(m?.[2])
  const localPort = m?.[1] === undefined ? port : Number(m[1])
  if (m === null || port < 1 || port > 65535 || localPort > 65535) throw new UsageError(`port-forward: "${spec}" is not [LOCAL:]PORT (ports 1..65535, LOCAL 0 for any free one)`)
  return { localPort, port }
}

/** Until Ctrl-C, or the job's end; resolves with which. */
async function untilInterruptOrEnd (ctx: CliContext, job: Job): Promise<'interrupted' | 'ended'> {
  const ac = new AbortController()
  const release = ctx.io.onInterrupt?.(() => { ac.abort() })
  try {
    await job.done({ signal: ac.signal }).catch(() => {})
    return ac.signal.aborted ? 'interrupted' : 'ended'
  } finally {
    release?.()
    ac.abort()
  }
}

export function addSessionCommands (program: Command, ctx: CliContext): void {
  program.command('port-forward')
    .description('forward a local TCP port to a port of a running service job: gpumesh port-forward JOB [LOCAL:]PORT')
    .argument('<job>', JOB_ID_HELP)
    .argument('<ports>', '[LOCAL:]PORT: the job\'s PORT (one its spec declared, --port), on LOCAL here (default the same; 0 for any free one)')
    .option('--address <host>', 'local address to listen on', '127.0.0.1')
    .action(async (id: string, ports: string, opts: { address: string }) => {
      const { localPort, port } = parsePortSpec(ports)
      await ctx.withClient(async (client, g) => {
        const job = await jobFor(client, id)
        const forward = await job.forward(port, {
          localPort,
          localHost: opts.address,
          onError: (err) => { ctx.say(`${ctx.err.dim('refused')}  a connection: ${err.message}`) }
        })
        try {
          const url = `${forward.localHost}:${forward.localPort}`
          ctx.print({ jobId: job.id, port, localHost: forward.localHost, localPort: forward.localPort }, () => `forwarding ${url} -> job ${shortJobId(job.id)} port ${port} (Ctrl-C to stop)`, toJson)
          const why = await untilInterruptOrEnd(ctx, job)
          if (why === 'ended') {
            ctx.say(`job ${shortJobId(job.id)} ended (${job.state}): forward closed`)
            ctx.setExit(ExitCode.failed)
          } else if (!g.json) ctx.say('forward closed; the job keeps running')
        } finally {
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
      await ctx.withClient(async (client) => {
        const job = await jobFor(client, id)
        ctx.setExit(await runSession(ctx, job, command, { tty: opts.tty, stdin: opts.stdin || opts.tty }))
      })
    })

  program.command('shell')
    .description('an interactive shell inside a running job\'s sandbox (bash, else sh), on a pseudo-terminal; exits with its exit code')
    .argument('<job>', JOB_ID_HELP)
    .action(async (id: string) => {
      await ctx.withClient(async (client) => {
        const job = await jobFor(client, id)
        ctx.setExit(await runSession(ctx, job, ['/bin/sh', '-c', 'if command -v bash >/dev/null; then exec bash -i; else exec sh -i; fi'], { tty: true, stdin: true }))
      })
    })
}

/** One exec session wired to this process's terminal; resolves with the remote exit code. */
async function runSession (ctx: CliContext, job: Job, command: string[], opts: { tty: boolean, stdin: boolean }): Promise<number> {
  const term = ctx.io.terminal
  const out = term?.stdout
  const stdin = term?.stdin
  const size = opts.tty && out?.isTTY === true ? { rows: out.rows, cols: out.columns } : undefined
  const env: Record<string, string> = opts.tty ? { TERM: ctx.io.env.TERM ?? 'xterm-256color' } : {}
  const session = await job.exec(command, {
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
