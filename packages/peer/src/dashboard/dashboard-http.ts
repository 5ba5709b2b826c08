/**
 * The HTTP side both dashboards share: the page and its assets with a strict
 * Content-Security-Policy, and the live event stream. The pages render every value with
 * textContent, and the policy forbids inline script on top of that, so a hostile string
 * (a job's log line, a peer's region) can only ever show as text.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { DASHBOARD_COMMON_SCRIPT, DASHBOARD_STYLE } from './dashboard-assets.js'
import type { EventStreamHub, Greeting } from './event-stream-hub.js'

/** Only our own files; no inline script or style, no frames, no forms, no plug-ins. */
export const DASHBOARD_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"
].join('; ')

export const DASHBOARD_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': DASHBOARD_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store'
}

/** JSON with bigints (money) as decimal strings. */
export function toJsonText (value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => typeof v === 'bigint' ? v.toString() : v)
}

/** Whether a host name or address is this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost (host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1'
}

/** A dashboard's own page: its HTML and its script (the shared script and style come with it). */
export interface DashboardPage {
  html: string
  script: string
}

export interface DashboardRoutesInit {
  page: DashboardPage
  hub: EventStreamHub
  /** A new viewer's first events. */
  greeting: Greeting
  /** The address the server binds. */
  bindHost: string
}

const PATHS = new Set(['/', '/index.html', '/dashboard/common.js', '/dashboard/app.js', '/dashboard/style.css', '/dashboard/events'])

export class DashboardRoutes {
  private readonly init: DashboardRoutesInit
  private readonly loopback: boolean

  constructor (init: DashboardRoutesInit) {
    this.init = init
    this.loopback = isLoopbackHost(init.bindHost)
  }

  /** Whether the server binds loopback only, where the pages may show more (job logs). */
  get onLoopback (): boolean {
    return this.loopback
  }

  /** Serve `req` if it is a dashboard path; false when it is not ours. */
  async handle (req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (!PATHS.has(path)) return false
    // A page on another site could resolve its own name to 127.0.0.1 (DNS rebinding) and
    // read a loopback dashboard as same-origin; such a request names that site as Host.
    if (this.loopback && !isLoopbackHost(hostName(req.headers.host ?? ''))) {
      res.writeHead(403, { ...DASHBOARD_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('this dashboard answers to localhost only\n')
      return true
    }
    if (req.method !== 'GET' && (req.method !== 'HEAD' || path === '/dashboard/events')) {
      res.writeHead(405, { ...DASHBOARD_HEADERS, allow: path === '/dashboard/events' ? 'GET' : 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('the dashboard is read-only\n')
      return true
    }
    switch (path) {
      case '/dashboard/events': await this.init.hub.accept(req, res, this.init.greeting); break
      case '/dashboard/common.js': send(res, 'text/javascript; charset=utf-8', DASHBOARD_COMMON_SCRIPT); break
      case '/dashboard/app.js': send(res, 'text/javascript; charset=utf-8', this.init.page.script); break
      case '/dashboard/style.css': send(res, 'text/css; charset=utf-8', DASHBOARD_STYLE); break
      default: send(res, 'text/html; charset=utf-8', this.init.page.html)
    }
    return true
  }
}

function send (res: ServerResponse, type: string, body: string): void {
  res.writeHead(200, { ...DASHBOARD_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) }).end(body)
}

/** The name in a Host header, without its port. */
function hostName (host: string): string {
  try {
    return new URL(`http://${host}`).hostname
  } catch {
    return ''
  }
}
