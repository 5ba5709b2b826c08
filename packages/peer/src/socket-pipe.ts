/**
 * Carry a TCP connection over a libp2p stream, both ways, with backpressure and
 * half-close, as `/gpumesh/forward` does on both ends.
 *
 * - Backpressure, stream to socket: when the socket's buffer is full the stream is
 *   paused, which stops yamux's window updates, so the remote's `send()` returns false
 *   and it waits for `onDrain()`. Socket to stream: the socket is read only as fast as
 *   `send()` drains (async iteration of a Readable pulls).
 * - Half-close: the end of one direction (a FIN on the socket, a closed write side on
 *   the stream) is passed on as the same, so a request/response protocol that closes
 *   its side after sending (HTTP/1.0, `curl -T`) works; the pipe is over when both
 *   directions have ended.
 * - Failure: an error or reset on either side resets the other (the stream aborts, the
 *   socket is destroyed), so a client that disappears mid-body frees the job's socket.
 */
import type { Socket } from 'node:net'
import type { Stream } from '@libp2p/interface'

export interface SocketPipeOptions {
  /**
   * Called with each chunk's size before it is passed on, either way; resolves when it
   * may go (a bytes/s limit). Rejecting ends the pipe with that error.
   */
  throttle?: (bytes: number, signal: AbortSignal) => Promise<void>
  /** Ends the pipe: both sides reset. */
  signal?: AbortSignal
  /**
   * Most bytes a paused stream may buffer before it is reset. yamux keeps sending up to
   * its window (up to 16 MiB once grown) after a pause; the default 4 MiB read buffer
   * would then abort a healthy stream whose socket is merely slow.
   */
  maxReadBufferBytes?: number
}

export interface SocketPipeResult {
  /** Bytes from the socket into the stream. */
  sent: number
  /** Bytes from the stream into the socket. */
  received: number
}

/** yamux's largest stream window plus a frame's slack: what a paused stream can receive. */
const DEFAULT_MAX_READ_BUFFER_BYTES = 16 * 1024 * 1024 + 256 * 1024

/** Pipe `socket` and `stream` into each other until both directions end or either fails. */
export async function pipeSocket (stream: Stream, socket: Socket, options: SocketPipeOptions = {}): Promise<SocketPipeResult> {
  const result: SocketPipeResult = { sent: 0, received: 0 }
  const ac = new AbortController()
  const signal = ac.signal
  let failure: Error | undefined
  const fail = (err: Error): void => {
    if (failure !== undefined) return
    failure = err
    ac.abort(err)
    stream.abort(err)
    // A reset, not a FIN: the other end must not take a cut-short body for a whole one.
    if (!socket.destroyed) socket.resetAndDestroy()
  }
  const onOuterAbort = (): void => { fail(options.signal?.reason instanceof Error ? options.signal.reason : new Error('pipe aborted')) }
  if (options.signal?.aborted === true) onOuterAbort()
  options.signal?.addEventListener('abort', onOuterAbort, { once: true })
  stream.maxReadBufferLength = Math.max(stream.maxReadBufferLength, options.maxReadBufferBytes ?? DEFAULT_MAX_READ_BUFFER_BYTES)
  // We end our write side ourselves when the other direction ends, never on our peer's FIN.
  socket.allowHalfOpen = true

  const toSocket = new Promise<void>((resolve) => {
    // Chunks delivered while a throttle or a full socket holds us are queued in order.
    let busy = false
    const queue: Uint8Array[] = []
    let ended = false
    const finish = (): void => {
      cleanup()
      if (!socket.destroyed) socket.end()
      resolve()
    }
    const pump = async (): Promise<void> => {
      busy = true
      try {
        while (queue.length > 0) {
          const chunk = queue.shift() as Uint8Array
          if (options.throttle !== undefined) await options.throttle(chunk.byteLength, signal)
          result.received += chunk.byteLength
          if (!socket.write(chunk)) {
            pauseStream(stream)
            await new Promise<void>((resolve, reject) => {
              const onDrain = (): void => { socket.off('close', onGone); resolve() }
              const onGone = (): void => { socket.off('drain', onDrain); reject(new Error('socket closed')) }
              socket.once('drain', onDrain)
              socket.once('close', onGone)
            })
            resumeStream(stream)
          }
        }
      } catch (err) {
        fail(err instanceof Error ? err : new Error(String(err)))
        cleanup()
        resolve()
        return
      } finally {
        busy = false
      }
      if (ended) finish()
    }
    const onMessage = (evt: { data: Uint8Array | { subarray: () => Uint8Array } }): void => {
      const data = evt.data instanceof Uint8Array ? evt.data : evt.data.subarray()
      if (data.byteLength === 0) return
      queue.push(data)
      // Throttled: stop reading while the queue waits, so the window closes on the sender.
      if (options.throttle !== undefined && queue.length > 1) pauseStream(stream)
      if (!busy) void pump()
    }
    const onEnd = (): void => {
      ended = true
      if (!busy) finish()
    }
    const onClose = (): void => { cleanup(); resolve() }
    const cleanup = (): void => {
      stream.removeEventListener('message', onMessage)
      stream.removeEventListener('end', onEnd)
      stream.removeEventListener('close', onClose)
    }
    stream.addEventListener('message', onMessage)
    stream.addEventListener('end', onEnd)
    stream.addEventListener('close', onClose)
  })

  const fromSocket = (async (): Promise<void> => {
    try {
      // destroyOnReturn: false, or the iterator's end (the peer's FIN) would destroy the
      // socket and cut the other direction, still sending, short.
      for await (const chunk of socket.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        if (options.throttle !== undefined) await options.throttle(chunk.byteLength, signal)
        result.sent += chunk.byteLength
        if (!stream.send(chunk)) await stream.onDrain({ signal })
      }
      await stream.close({ signal })
    } catch (err) {
      fail(err instanceof Error ? err : new Error(String(err)))
    }
  })()

  const onStreamClose = (evt: Event): void => {
    const error = (evt as Event & { error?: Error }).error
    if (error !== undefined) fail(error)
  }
  stream.addEventListener('close', onStreamClose)
  // A socket reset (ECONNRESET) or a destroy reaches the iterator as an error or an
  // early end; 'close' with hadError says which.
  const onSocketClose = (hadError: boolean): void => { if (hadError) fail(new Error('socket reset')) }
  socket.on('close', onSocketClose)
  socket.on('error', () => {})
  try {
    await Promise.all([toSocket, fromSocket])
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort)
    stream.removeEventListener('close', onStreamClose)
  }
  if (failure !== undefined) throw failure
  return result
}

function pauseStream (stream: Stream): void {
  if (stream.readStatus === 'readable') stream.pause()
}

function resumeStream (stream: Stream): void {
  if (stream.readStatus === 'paused') stream.resume()
}
