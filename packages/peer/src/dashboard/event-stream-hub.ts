/**
 * The viewers of a dashboard: one server-sent event stream each. Bounded three ways:
 * how many streams at once, how many bytes may wait unsent to one of them (a tab that
 * stops reading is dropped, and its EventSource reconnects to a fresh snapshot), and a
 * closed page frees its stream at once. One heartbeat timer serves every viewer and
 * runs only while there are any.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { DASHBOARD_HEARTBEAT_MS, MAX_DASHBOARD_VIEWERS, MAX_DASHBOARD_VIEWER_BUFFER_BYTES } from '../constants.js'
import { DASHBOARD_HEADERS, toJsonText } from './dashboard-http.js'

/** Broadcasts held for a viewer whose greeting is still being read from the store. */
const MAX_PENDING_FRAMES = 1_024

export interface EventStreamHubInit {
  /** Streams kept at once; default MAX_DASHBOARD_VIEWERS. */
  maxViewers?: number
  /** Unsent bytes one viewer may have queued; default MAX_DASHBOARD_VIEWER_BUFFER_BYTES. */
  maxBufferedBytes?: number
  /** Comment-line interval; default DASHBOARD_HEARTBEAT_MS. */
  heartbeatMs?: number
}

/** A viewer's first events: what the page needs to draw itself before live updates. */
export type Greeting = () => Promise<Array<{ event: string, data: unknown }>>

export class EventStreamHub {
  /** Each viewer's stream, and what was broadcast while its greeting was still being built. */
  private readonly viewers = new Map<ServerResponse, { pending?: string[] }>()
  private readonly maxViewers: number
  private readonly maxBufferedBytes: number
  private readonly heartbeatMs: number
  private heartbeat?: NodeJS.Timeout
  /** Viewers dropped for falling behind (tests, and a hint that the page is too chatty). */
  dropped = 0

  constructor (init: EventStreamHubInit = {}) {
    this.maxViewers = init.maxViewers ?? MAX_DASHBOARD_VIEWERS
    this.maxBufferedBytes = init.maxBufferedBytes ?? MAX_DASHBOARD_VIEWER_BUFFER_BYTES
    this.heartbeatMs = init.heartbeatMs ?? DASHBOARD_HEARTBEAT_MS
  }

  get size (): number {
    return this.viewers.size
  }

  /**
   * Take a request as a new viewer: 503 past the cap, else the stream, `greeting`'s
   * events first (sent before any broadcast reaches this viewer, so none is missed).
   */
  async accept (req: IncomingMessage, res: ServerResponse, greeting: Greeting): Promise<void> {
    if (this.viewers.size >= this.maxViewers) {
      res.writeHead(503, { ...DASHBOARD_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' }).end('too many dashboard viewers\n')
      return
    }
    // Counted before the greeting is built, so the cap holds for viewers arriving together.
    const viewer: { pending?: string[] } = { pending: [] }
    this.viewers.set(res, viewer)
    const remove = (): void => { this.remove(res) }
    req.once('close', remove)
    res.once('close', remove)
    res.writeHead(200, { ...DASHBOARD_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' })
    // Reconnect soon after a drop; the page shows it is reconnecting meanwhile.
    res.write('retry: 2000\n\n')
    this.startHeartbeat()
    try {
      for (const { event, data } of await greeting()) this.write(res, frame(event, data))
    } catch {
      res.destroy()
      return
    }
    const pending = viewer.pending ?? []
    viewer.pending = undefined
    for (const chunk of pending) this.write(res, chunk)
  }

  /** Send one event to every viewer. */
  broadcast (event: string, data: unknown): void {
    if (this.viewers.size === 0) return
    const chunk = frame(event, data)
    for (const [res, viewer] of this.viewers) {
      if (viewer.pending === undefined) this.write(res, chunk)
      else if (viewer.pending.length < MAX_PENDING_FRAMES) viewer.pending.push(chunk)
      else { this.dropped++; res.destroy(); this.remove(res) }
    }
  }

  /** End every stream (the server is stopping). */
  close (): void {
    for (const res of [...this.viewers.keys()]) { res.end(); this.remove(res) }
  }

  private write (res: ServerResponse, chunk: string): void {
    if (res.destroyed || res.writableEnded) return
    if (res.writableLength + chunk.length > this.maxBufferedBytes) {
      this.dropped++
      res.destroy()
      this.remove(res)
      return
    }
    res.write(chunk)
  }

  private remove (res: ServerResponse): void {
    if (!this.viewers.delete(res)) return
    if (this.viewers.size === 0 && this.heartbeat !== undefined) {
      clearInterval(this.heartbeat)
      this.heartbeat = undefined
    }
  }

  private startHeartbeat (): void {
    if (this.heartbeat !== undefined) return
    this.heartbeat = setInterval(() => { for (const res of this.viewers.keys()) this.write(res, ': heartbeat\n\n') }, this.heartbeatMs)
    this.heartbeat.unref()
  }
}

/** One SSE frame; JSON never holds a raw newline, so `data:` is one line. */
function frame (event: string, data: unknown): string {
  return `event: ${event}\ndata: ${toJsonText(data)}\n\n`
}
