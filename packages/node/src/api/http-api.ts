/** The node's local HTTP API: `GET /status` (JSON) and `GET /metrics` (Prometheus text). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Registry } from 'prom-client'
import type { Startable } from '../startable.js'

export interface HttpApiInit {
  host: string
  port: number
  status: () => Promise<unknown>
  registry: Registry
  /** The dashboard's routes (`/` and its assets), served before ours and started and stopped with the server. */
  dashboard?: { handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>, start: () => void, stop: () => void }
}

export class HttpApi implements Startable {
  private readonly init: HttpApiInit
  private server?: Server

  constructor (init: HttpApiInit) {
    this.init = init
  }

  /** Listen; `port` then says where (useful when configured as 0). */
  async start (): Promise<void> {
    const server = createServer((req, res) => { void this.handle(req, res) })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.init.port, this.init.host, () => { server.off('error', reject); resolve() })
    })
    this.server = server
    this.init.dashboard?.start()
  }

  async stop (): Promise<void> {
    const server = this.server
    if (server === undefined) return
    this.server = undefined
    this.init.dashboard?.stop()
    server.closeAllConnections()
    await new Promise<void>(resolve => { server.close(() => { resolve() }) })
  }

  /** The bound port once started; undefined before start and after stop. */
  get port (): number | undefined {
    const address = this.server?.address()
    return address != null && typeof address === 'object' ? address.port : undefined
  }

  private async handle (req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (await this.init.dashboard?.handle(req, res) === true) return
      const path = new URL(req.url ?? '/', 'http://localhost').pathname
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' }).end(JSON.stringify({ error: 'method not allowed' }))
        return
      }
      if (path === '/status') {
        const body = JSON.stringify(await this.init.status(), (_k, v: unknown) => typeof v === 'bigint' ? v.toString() : v, 2)
        res.writeHead(200, { 'content-type': 'application/json' }).end(body)
        return
      }
      if (path === '/metrics') {
        const body = await this.init.registry.metrics()
        res.writeHead(200, { 'content-type': this.init.registry.contentType }).end(body)
        return
      }
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }))
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: err instanceof Error ? err.message : 'internal error' }))
    }
  }
}
