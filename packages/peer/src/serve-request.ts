/**
 * The server side of a one-request, one-response protocol: read one bounded frame
 * before a deadline, answer it, close. A peer that sends too much, too slowly or
 * garbage gets its stream reset, and the handler goes on to the next stream.
 */
import type { Connection, Stream } from '@libp2p/interface'
import { FramedStream } from '@gpumesh/protocol'

export interface ServeRequestOptions {
  maxRequestBytes: number
  readTimeoutMs: number
  /** The encoded answer to `request` from peer `from`; must not throw on peer input. */
  answer: (request: Uint8Array, from: string) => Promise<Uint8Array>
  /** Told of every stream that failed (oversize, deadline, reset …), for logs and metrics. */
  onError?: (err: unknown, from: string) => void
}

export async function serveRequest (stream: Stream, connection: Connection, options: ServeRequestOptions): Promise<void> {
  const framed = new FramedStream(stream, { maxMessageBytes: options.maxRequestBytes })
  const from = connection.remotePeer.toString()
  try {
    const request = await framed.read(b => b, { signal: AbortSignal.timeout(options.readTimeoutMs) })
    await framed.write(await options.answer(request, from))
    await framed.close()
  } catch (err) {
    options.onError?.(err, from)
    stream.abort(err instanceof Error ? err : new Error('request failed'))
  }
}
