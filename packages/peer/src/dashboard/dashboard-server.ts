/**
 * A dashboard on an HTTP server of its own (the client's; the provider's shares its
 * API server). Stopping it ends every viewer's stream and every connection.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DashboardListenError } from '../errors.js'
import type { DashboardRoutes } from './dashboard-http.js'
import { DASHBOARD_HEADERS } from './dashboard-http.js'
import type { EventStreamHub } from './event-stream-hub.js'

export interface DashboardServerInit {
  host: string
  /** 0 picks a free port. */
  port: number
  routes: DashboardRoutes
  hub: EventStreamHub
}

export interface DashboardServer {
  readonly port: number
  /** Where to open it, e.g. http://127.0.0.1:7071/ */
  readonly url: string
  stop: () => Promise<void>
}

export async function startDashboardServer (init: DashboardServerInit, options: { signal?: AbortSignal } = {}): Promise<DashboardServer> {
  const server: Server = createServer((req, res) => {
    init.routes.handle(req, res).then(served => {
      if (!served) res.writeHead(404, { ...DASHBOARD_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('not found\n')
    }).catch(() => { if (!res.headersSent) res.writeHead(500).end(); else res.destroy() })
  })
  await new Promise<void>((resolve, reject) => {
    const fail = (err: unknown): void => {
      options.signal?.removeEventListener('abort', abort)
      reject(new DashboardListenError(`cannot listen on ${init.host}:${init.port}: ${(err as Error).message}`, { cause: err }))
    }
    const abort = (): void => { server.close(); fail(options.signal?.reason) }
    options.signal?.addEventListener('abort', abort, { once: true })
    server.once('error', fail)
    server.listen(init.port, init.host, () => {
      server.off('error', fail)
      options.signal?.removeEventListener('abort', abort)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const host = init.host.includes(':') ? `[${init.host}]` : init.host
  return {
    port,
    url: `http://${host}:${port}/`,
    stop: async () => {
      init.hub.close()
      server.closeAllConnections()
      await new Promise<void>(resolve => { server.close(() => { resolve() }) })
    }
  }
}
