/** `gpumesh dashboard`: the client's web dashboard, until Ctrl-C. */
import type { Command } from 'commander'
import { isLoopbackHost } from '@gpumesh/peer'
import { createClient, type GpumeshClient } from '../client.js'
import { startClientDashboard } from '../dashboard/client-dashboard.js'
import { UsageError } from '../errors.js'
import { toJson } from './output.js'
import type { CliIo } from './program.js'

interface DashboardFlags {
  host: string
  port: number
}

export function addDashboardCommand (program: Command, io: CliIo, count: (flag: string) => (v: string) => number): void {
  program.command('dashboard')
    .description('serve a web dashboard of this client: jobs with live state and logs, spend, providers')
    .option('--host <address>', 'address to bind; job logs are shown on loopback only', '127.0.0.1')
    .option('--port <port>', 'TCP port (0 = any free one)', count('--port'), 7071)
    .action(async (opts: DashboardFlags) => {
      const g = program.opts<{ json: boolean, dataDir: string, bootstrap: string[] }>()
      const fromEnv = (io.env.GPUMESH_BOOTSTRAP ?? '').split(',').map(s => s.trim()).filter(s => s !== '')
      const stopped = new AbortController()
      const onSignal = (): void => { stopped.abort() }
      process.once('SIGINT', onSignal)
      process.once('SIGTERM', onSignal)
      let client: GpumeshClient | undefined
      try {
        try {
          client = await createClient({ bootstrap: g.bootstrap.length > 0 ? g.bootstrap : fromEnv, dataDir: g.dataDir })
        } catch (err) {
          if ((err as { code?: string }).code === 'LEVEL_DATABASE_NOT_OPEN' || /lock/i.test((err as Error).message ?? '')) {
            throw new UsageError(`the client data dir ${g.dataDir} is in use by another gpumesh process`)
          }
          throw err
        }
        let dashboard
        try {
          dashboard = await startClientDashboard(client, { host: opts.host, port: opts.port }, { signal: stopped.signal })
        } catch (err) {
          if ((err as { name?: string }).name === 'DashboardListenError') throw new UsageError((err as Error).message, { cause: err })
          throw err
        }
        io.stdout(g.json ? `${toJson({ event: 'ready', url: dashboard.url, port: dashboard.port })}\n` : `dashboard ${dashboard.url}\n`)
        if (!isLoopbackHost(opts.host)) io.stderr('warning: not bound to loopback; anyone who can reach it sees your jobs and spend (logs are hidden)\n')
        if (!g.json) io.stderr('Ctrl-C stops it.\n')
        await new Promise<void>(resolve => {
          if (stopped.signal.aborted) resolve()
          stopped.signal.addEventListener('abort', () => { resolve() }, { once: true })
        })
        await dashboard.stop()
      } finally {
        process.off('SIGINT', onSignal)
        process.off('SIGTERM', onSignal)
        await client?.stop()
      }
    })
}
