/**
 * Length-prefixed framing over a libp2p 3 stream: one protobuf message per frame,
 * each read bounded by a size limit and a deadline. A peer that breaks either gets
 * its stream aborted and the caller a typed error.
 */
import { byteStream, type ByteStream } from '@libp2p/utils'
import type { AbortOptions, Stream } from '@libp2p/interface'
import { Uint8ArrayList } from 'uint8arraylist'
import { DEFAULT_REQUEST_TIMEOUT_MS } from './constants.js'
import { AbortError, GpumeshError, InvalidMessageError, MessageTooLargeError, StreamClosedError, TimeoutError } from './errors.js'
import type { ReadBudget } from './read-budget.js'

export interface FramedStreamInit {
  /** Largest frame body this side accepts; larger frames abort the stream. */
  maxMessageBytes: number
  /** Deadline for a read or write when the caller passes no signal. */
  defaultTimeoutMs?: number
  /** Shared bound on bytes held in partly read frames (e.g. per connection); a read past it resets the stream. */
  budget?: ReadBudget
}

/** A varint length never needs more than this many bytes for a frame we accept. */
const MAX_VARINT_BYTES = 5

/** Encode one frame: unsigned varint length, then the bytes. */
export function encodeFrame (body: Uint8Array): Uint8Array {
  const len: number[] = []
  let n = body.length
  while (n >= 0x80) { len.push((n & 0x7f) | 0x80); n >>>= 7 }
  len.push(n)
  const out = new Uint8Array(len.length + body.length)
  out.set(len, 0)
  out.set(body, len.length)
  return out
}

function toTypedError (err: unknown, signal: AbortSignal): GpumeshError {
  if (err instanceof GpumeshError) return err
  if (signal.aborted) {
    const reason: unknown = signal.reason
    if (reason instanceof Error && reason.name === 'TimeoutError') return new TimeoutError('Stream read or write passed its deadline', { cause: reason })
    return new AbortError('Stream read or write aborted', { cause: reason })
  }
  const name = err instanceof Error ? err.name : ''
  if (name === 'UnexpectedEOFError') return new StreamClosedError(undefined, { cause: err })
  if (name === 'StreamBufferError') return new MessageTooLargeError('Peer sent more than the read buffer holds', { cause: err })
  return new StreamClosedError(`Stream failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err })
}

export class FramedStream {
  readonly stream: Stream
  private readonly bytes: ByteStream<Stream>
  private readonly maxMessageBytes: number
  private readonly defaultTimeoutMs: number
  /** Bytes pulled from the stream but not yet consumed as a frame. */
  private readonly pending = new Uint8ArrayList()
  private readonly budget: ReadBudget | undefined
  /** Bytes of `pending` taken from the budget. */
  private budgeted = 0

  constructor (stream: Stream, init: FramedStreamInit) {
    this.stream = stream
    this.maxMessageBytes = init.maxMessageBytes
    this.defaultTimeoutMs = init.defaultTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    this.budget = init.budget
    // Whatever is left unread when the stream ends goes back to the budget.
    if (this.budget !== undefined) stream.addEventListener('close', () => { this.release(this.budgeted) }, { once: true })
    // The byte buffer must hold one whole frame plus its length prefix.
    this.bytes = byteStream(stream, { maxBufferSize: init.maxMessageBytes + MAX_VARINT_BYTES + 1024 })
  }

  /** Read one frame and decode it. Throws StreamClosedError when the stream ends first. */
  async read<T> (decode: (bytes: Uint8Array) => T, options: AbortOptions = {}): Promise<T> {
    const msg = await this.readOrEnd(decode, options)
    if (msg === null) {
      const err = new StreamClosedError()
      this.stream.abort(err)
      throw err
    }
    return msg
  }

  /** Read one frame, or null when the remote closed its side cleanly between frames. */
  async readOrEnd<T> (decode: (bytes: Uint8Array) => T, options: AbortOptions = {}): Promise<T | null> {
    const signal = options.signal ?? AbortSignal.timeout(this.defaultTimeoutMs)
    let body: Uint8Array | null
    try {
      body = await this.readFrame(signal)
    } catch (err) {
      const typed = toTypedError(err, signal)
      this.stream.abort(typed)
      this.release(this.budgeted)
      throw typed
    }
    if (body === null) return null
    try {
      return decode(body)
    } catch (err) {
      const typed = err instanceof GpumeshError ? err : new InvalidMessageError('Frame does not decode', { cause: err })
      this.stream.abort(typed)
      throw typed
    }
  }

  /** Encode and send one frame; waits for the send buffer to drain when full. */
  async write (body: Uint8Array, options: AbortOptions = {}): Promise<void> {
    const signal = options.signal ?? AbortSignal.timeout(this.defaultTimeoutMs)
    try {
      if (!this.stream.send(encodeFrame(body))) await this.stream.onDrain({ signal })
    } catch (err) {
      const typed = toTypedError(err, signal)
      this.stream.abort(typed)
      throw typed
    }
  }

  /** Close our write side; the remote sees a clean end. */
  async close (options: AbortOptions = {}): Promise<void> {
    const signal = options.signal ?? AbortSignal.timeout(this.defaultTimeoutMs)
    try {
      await this.stream.close({ signal })
    } catch (err) {
      this.stream.abort(toTypedError(err, signal))
    }
  }

  /**
   * Give the stream back for unframed bytes after the framed part (a forward's TCP
   * bytes follow its request). Bytes already read past the last frame go back in front
   * of the stream's read buffer, so nothing the peer sent early is lost. The
   * FramedStream must not be used after this.
   */
  unwrap (): Stream {
    const stream = this.bytes.unwrap()
    if (this.pending.byteLength > 0) {
      const early = this.pending.subarray()
      this.pending.consume(early.byteLength)
      stream.unshift(early)
    }
    this.release(this.budgeted)
    return stream
  }

  private async pull (signal: AbortSignal): Promise<boolean> {
    const chunk = await this.bytes.read({ signal })
    if (chunk === null) return false
    if (this.budget !== undefined) {
      if (!this.budget.take(chunk.byteLength)) {
        throw new MessageTooLargeError(`Peer holds more than the ${this.budget.limit} bytes of partly sent frames allowed`)
      }
      this.budgeted += chunk.byteLength
    }
    for (const part of chunk) this.pending.append(part)
    return true
  }

  private release (bytes: number): void {
    const n = Math.min(bytes, this.budgeted)
    this.budgeted -= n
    this.budget?.give(n)
  }

  private async readFrame (signal: AbortSignal): Promise<Uint8Array | null> {
    let length = 0
    let shift = 0
    let prefix = 0
    for (;;) {
      if (this.pending.byteLength <= prefix) {
        if (!(await this.pull(signal))) {
          if (prefix === 0) return null
          throw new StreamClosedError('Stream ended inside a frame length')
        }
        continue
      }
      const byte = this.pending.get(prefix)
      prefix++
      length += (byte & 0x7f) * 2 ** shift
      shift += 7
      if ((byte & 0x80) === 0) break
      if (prefix >= MAX_VARINT_BYTES) throw new InvalidMessageError('Frame length prefix too long')
    }
    if (length > this.maxMessageBytes) {
      throw new MessageTooLargeError(`Frame of ${length} bytes exceeds the ${this.maxMessageBytes} byte limit`)
    }
    while (this.pending.byteLength < prefix + length) {
      if (!(await this.pull(signal))) throw new StreamClosedError(`Stream ended after ${this.pending.byteLength - prefix} of ${length} frame bytes`)
    }
    // Copy: subarray may be a view into the transport's larger chunk (a Buffer over
    // TCP), which a caller keeping the frame would pin, and would see as a Buffer.
    const body = new Uint8Array(this.pending.subarray(prefix, prefix + length))
    this.pending.consume(prefix + length)
    this.release(prefix + length)
    return body
  }
}
