/**
 * The server side of a request/response protocol: a stream carries a sequence of
 * bounded request frames, each answered in order. A client may send one request and
 * close (a one-shot stream), or keep the stream and pipeline many (a RequestChannel):
 * setting up a stream costs several frames, each a socket write that wakes the peer,
 * which is most of a request's cost on a busy host.
 *
 * A peer that sends too much, too slowly or garbage gets its stream reset, and the
 * handler goes on to the next stream.
 */
import type { Connection, Stream } from '@libp2p/interface'
import { FramedStream, StreamClosedError } from '@gpumesh/protocol'

/** Requests read ahead of the one being answered, per stream. */
export const MAX_PIPELINED_REQUESTS = 32

export interface ServeRequestOptions {
  maxRequestBytes: number
  /** Deadline for the first request (a stream opened and left silent). */
  readTimeoutMs: number
  /** Deadline for each further request; when it passes quietly the stream is closed. Default 60 s. */
  idleTimeoutMs?: number
  /** The encoded answer to `request` from peer `from`; must not throw on peer input. */
  answer: (request: Uint8Array, from: string) => Promise<Uint8Array>
  /** Told of every stream that failed (oversize, deadline, reset …), for logs and metrics. */
  onError?: (err: unknown, from: string) => void
}

export const DEFAULT_SERVE_IDLE_TIMEOUT_MS = 60_000

export async function serveRequests (stream: Stream, connection: Connection, options: ServeRequestOptions): Promise<void> {
  const framed = new FramedStream(stream, { maxMessageBytes: options.maxRequestBytes })
  const from = connection.remotePeer.toString()
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_SERVE_IDLE_TIMEOUT_MS
  // Answers are computed concurrently but written in request order.
  const answers: Array<Promise<Uint8Array>> = []
  let writer = Promise.resolve()
  let failed = false
  let served = 0
  const fail = (err: unknown): void => {
    if (failed) return
    failed = true
    options.onError?.(err, from)
    stream.abort(err instanceof Error ? err : new StreamClosedError('request failed'))
  }
  try {
    for (;;) {
      // Backpressure: with this many answers unwritten, wait until they are written (a
      // client that does not read makes that write time out, and the stream is reset).
      if (answers.length >= MAX_PIPELINED_REQUESTS) await writer
      const request = await framed.readOrEnd(b => b, { signal: AbortSignal.timeout(served === 0 ? options.readTimeoutMs : idleTimeoutMs) })
      if (request === null) break
      if (failed) return
      served++
      const answer = options.answer(request, from)
      answers.push(answer)
      writer = writer.then(async () => {
        const bytes = await answer
        answers.shift()
        if (!failed) await framed.write(bytes)
      }).catch(fail)
    }
    await writer
    if (!failed) await framed.close()
  } catch (err) {
    // A quiet stream past its idle deadline is a client that went away: close it, no alarm.
    if (served > 0 && answers.length === 0 && (err as { code?: string }).code === 'ERR_TIMEOUT' && !failed) {
      await writer
      return
    }
    fail(err)
  }
}
