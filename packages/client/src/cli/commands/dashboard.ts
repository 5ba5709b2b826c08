/** `gpumesh dashboard`: the client's web dashboard, until Ctrl-C. */
import type { Command } from 'commander'
import { UsageError } from '../../errors.js'
import { nonNegativeInt } from '../arguments.js'
import type { CliContext } from '../cli-context.js'
import { toJson } from '../output.js'

/** The dashboard's usual port, beside the node API's 7070. */
const DEFAULT_DASHBOARD_PORT = 7071

interface DashboardFlags {
  host: string
  port: number
}

export function addDashboardCommand (program: Command, ctx: CliContext): void {
  program.command('dashboard')
    .description('serve a web dashboard of this client: jobs with live state and logs, spend, providers')
    .option('--host <address>', 'address to bind; job logs are shown on loopback only', '127.0.0.1')
    .option('--port <port>', 'TCP port (0 = any free one)', nonNegativeInt('--port'), DEFAULT_DASHBOARD_PORT)
    .action(async (opts: DashboardFlags) => {
      await ctx.withClient(async (client, g) => {
        const [{ startClientDashboard }, { isLoopbackHost }] = await Promise.all([import('../../dashboard/client-dashboard.js'), import('@gpumesh/peer')])
        const stopped = new AbortController()
        const release = ctx.io.onInterrupt?.(() => { stopped.abort() })
        try {
          let dashboard
          try {
            dashboard = await startClientDashboard(client, { host: opts.host, port: opts.port }, { signal: stopped.signal })
          } catch (err) {
            if ((err as { name?: string }).name === 'DashboardListenError') throw new UsageError((err as Error).message, { cause: err })
            throw err
          }
          ctx.io.stdout(g.json ? `${toJson({ event: 'ready', url: dashboard.url, port: dashboard.port })}\n` : `dashboard ${dashboard.url}\n`)
          if (!isLoopbackHost(opts.host)) ctx.io.stderr(ctx.err.paint('yellow', 'warning: not bound to loopback; anyone who can reach it sees your jobs and spend (logs are hidden)') + '\n')
          ctx.say('Ctrl-C stops it.')
          await new Promise<void>(resolve => {
            if (stopped.signal.aborted) resolve()
            stopped.signal.addEventListener('abort', () => { resolve() }, { once: true })
          })
          await dashboard.stop()
        } finally {
          release?.()
        }
      })
    })
}
