/**
 * Request/response over one long-lived stream per peer. Requests are pipelined and
 * the peer (see serveRequests) answers them in order, so a stream's setup and teardown
 * (SYN, protocol select, FIN, their window updates: each frame a socket write that
 * wakes the other process) is paid once per peer instead of once per request. On the
 * submit path that is most of an RFQ's or a lease's cost.
 *
 * Every read is bounded: a request whose caller gave up leaves its slot in the queue,
 * and if its answer has not come ABANDON_GRACE_MS later the stream is reset and the
 * next request opens a fresh one.
 */
import type { PeerId, Stream } from '@libp2p/interface'
import { AbortError, DEFAULT_REQUEST_TIMEOUT_MS, GpumeshError, FramedStream, InvalidMessageError, StreamClosedError, TimeoutError } from '@gpumesh/protocol'
import type { GpumeshLibp2p } from './create-host.js'

/** How long an abandoned request's answer may still take before the stream is reset. */
export const ABANDON_GRACE_MS = 5_000
/** Longest wait for the next answer while requests are queued; the peer is stuck beyond it. */
export const CHANNEL_READ_TIMEOUT_MS = 30_000
/** A channel with nothing to send for this long closes its stream (the server's idle limit is longer). */
export const DEFAULT_CHANNEL_IDLE_MS = 30_000

export interface RequestChannelsInit {
  protocol: string
  /** The most bytes of one response accepted. */
  maxResponseBytes: number
  idleTimeoutMs?: number
  /** How long an abandoned request's answer may still take; default ABANDON_GRACE_MS. */
  abandonGraceMs?: number
}

interface Pending {
  resolve: (bytes: Uint8Array) => void
  reject: (err: Error) => void
  abandoned: boolean
}

/** One stream to one peer and its queue of requests awaiting answers, oldest first. */
class Channel {
  readonly framed: FramedStream
  private readonly queue: Pending[] = []
  private reading = false
  private closed = false
  private idleTimer?: NodeJS.Timeout
  private abandonTimer?: NodeJS.Timeout
  private readonly onGone: () => void
  private readonly idleTimeoutMs: number
  private readonly abandonGraceMs: number

  constructor (stream: Stream, init: { maxResponseBytes: number, idleTimeoutMs: number, abandonGraceMs: number, onGone: () => void }) {
    this.framed = new FramedStream(stream, { maxMessageBytes: init.maxResponseBytes })
    this.onGone = init.onGone
    this.idleTimeoutMs = init.idleTimeoutMs
    this.abandonGraceMs = init.abandonGraceMs
    stream.addEventListener('close', (evt) => {
      // Aborted by our own reader with a typed error (oversize, deadline): pass that on.
      const cause = (evt as { error?: Error }).error
      this.fail(cause instanceof GpumeshError ? cause : new StreamClosedError('Request channel closed', { cause }))
    }, { once: true })
  }

  get usable (): boolean {
    return !this.closed && this.framed.stream.status === 'open' && this.framed.stream.writeStatus === 'writable'
  }

  async request (body: Uint8Array, signal: AbortSignal): Promise<Uint8Array> {
    clearTimeout(this.idleTimer)
    const entry: Pending = { resolve: () => {}, reject: () => {}, abandoned: false }
    const answered = new Promise<Uint8Array>((resolve, reject) => { entry.resolve = resolve; entry.reject = reject })
    // A failed write leaves `answered` to be rejected later, with no one awaiting it.
    answered.catch(() => {})
    // Queue and send in one synchronous step, so queue order is wire order.
    this.queue.push(entry)
    const written = this.framed.write(body, { signal })
    this.pump()
    const onAbort = (): void => {
      entry.abandoned = true
      this.watchAbandoned()
      const reason: unknown = signal.reason
      entry.reject(reason instanceof Error && reason.name === 'TimeoutError'
        ? new TimeoutError('Request passed its deadline', { cause: reason })
        : new AbortError('Request aborted', { cause: reason }))
    }
    if (signal.aborted) onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    try {
      await written
      return await answered
    } finally {
      signal.removeEventListener('abort', onAbort)
    }
  }

  close (): void {
    if (this.closed) return
    void this.framed.close().catch(() => {})
    this.fail(new StreamClosedError('Request channel closed'))
  }

  private fail (err: Error): void {
    if (!this.closed) {
      this.closed = true
      this.onGone()
    }
    clearTimeout(this.idleTimer)
    this.clearAbandonTimer()
    for (const entry of this.queue.splice(0)) entry.reject(err)
  }

  private clearAbandonTimer (): void {
    clearTimeout(this.abandonTimer)
    this.abandonTimer = undefined
  }

  /** Read answers while requests wait for them. */
  private pump (): void {
    if (this.reading || this.closed) return
    this.reading = true
    void (async () => {
      try {
        while (this.queue.length > 0 && !this.closed) {
          // The head's caller has its own deadline; once it gives up, the abandon timer
          // resets the stream sooner than this.
          const bytes = await this.framed.readOrEnd(b => b, { signal: AbortSignal.timeout(CHANNEL_READ_TIMEOUT_MS) })
          if (bytes === null) throw new StreamClosedError('Peer closed the request channel')
          const head = this.queue.shift()
          if (head !== undefined && !head.abandoned) head.resolve(bytes)
          if (this.queue.every(e => !e.abandoned)) this.clearAbandonTimer()
        }
      } catch (err) {
        this.framed.stream.abort(err instanceof Error ? err : new StreamClosedError('request channel failed'))
        this.fail(err instanceof Error ? err : new StreamClosedError())
        return
      } finally {
        this.reading = false
      }
      if (!this.closed) {
        this.idleTimer = setTimeout(() => { this.close() }, this.idleTimeoutMs)
        this.idleTimer.unref()
      }
    })()
  }

  private watchAbandoned (): void {
    if (this.abandonTimer !== undefined) return
    this.abandonTimer = setTimeout(() => {
      this.abandonTimer = undefined
      if (this.queue.some(e => e.abandoned)) {
        this.framed.stream.abort(new TimeoutError('Peer did not answer an abandoned request in time'))
        this.fail(new TimeoutError('Request channel reset: the peer stopped answering'))
      }
    }, this.abandonGraceMs)
    this.abandonTimer.unref()
  }
}

/** Long-lived request channels to many peers on one protocol. */
export class RequestChannels {
  private readonly libp2p: GpumeshLibp2p
  private readonly init: Required<RequestChannelsInit>
  private readonly channels = new Map<string, Channel | Promise<Channel>>()
  private stopped = false

  constructor (libp2p: GpumeshLibp2p, init: RequestChannelsInit) {
    this.libp2p = libp2p
    this.init = { idleTimeoutMs: DEFAULT_CHANNEL_IDLE_MS, abandonGraceMs: ABANDON_GRACE_MS, ...init }
  }

  /** Send `body` to `peer` and decode its answer; throws typed errors (timeout, closed, invalid). */
  async request<T> (peer: PeerId, body: Uint8Array, decode: (bytes: Uint8Array) => T, options: { signal?: AbortSignal } = {}): Promise<T> {
    if (this.stopped) throw new StreamClosedError('Request channels are stopped')
    const signal = options.signal ?? AbortSignal.timeout(DEFAULT_REQUEST_TIMEOUT_MS)
    const channel = await this.channelTo(peer, signal)
    const bytes = await channel.request(body, signal)
    try {
      return decode(bytes)
    } catch (err) {
      // The peer speaks garbage: do not trust the rest of what this stream carries.
      const typed = new InvalidMessageError('Response does not decode', { cause: err })
      channel.framed.stream.abort(typed)
      throw typed
    }
  }

  /** Close every channel; pending requests fail. */
  stop (): void {
    this.stopped = true
    for (const c of this.channels.values()) void Promise.resolve(c).then(ch => { ch.close() }).catch(() => {})
    this.channels.clear()
  }

  private async channelTo (peer: PeerId, signal: AbortSignal): Promise<Channel> {
    const key = peer.toString()
    const existing = this.channels.get(key)
    if (existing !== undefined) {
      const channel = await existing
      if (channel.usable) return channel
      if (this.channels.get(key) === existing) this.channels.delete(key)
    }
    // Concurrent first requests share one dial.
    const opening = (async () => {
      // Market requests are small: a relay's limited connection may carry them (NAT).
      const stream = await this.libp2p.dialProtocol(peer, this.init.protocol, { signal, runOnLimitedConnection: true })
      const channel: Channel = new Channel(stream, {
        maxResponseBytes: this.init.maxResponseBytes,
        idleTimeoutMs: this.init.idleTimeoutMs,
        abandonGraceMs: this.init.abandonGraceMs,
        onGone: () => { if (this.channels.get(key) === channel) this.channels.delete(key) }
      })
      return channel
    })()
    this.channels.set(key, opening)
    try {
      const channel = await opening
      if (this.channels.get(key) === opening) this.channels.set(key, channel)
      if (this.stopped) channel.close()
      return channel
    } catch (err) {
      if (this.channels.get(key) === opening) this.channels.delete(key)
      throw err
    }
  }
}
