/**
 * The client end of `/gpumesh/job/1.0.0`: one request per stream, then the provider's
 * responses until it closes.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import {
  FramedStream, InvalidMessageError, JOB_PROTOCOL, MAX_JOB_EVENT_BYTES, MAX_JOB_REQUEST_BYTES, decodeJobResponse,
  encodeJobRequest, jobRefusalCodeName, withDeadline, type JobEvent, type JobRequest, type JobResponse, type SignedEnvelope, AbortError, StreamClosedError
} from '@gpumesh/protocol'
import type { Stream } from '@libp2p/interface'
import { openPreferDirect, type GpumeshLibp2p } from '@gpumesh/peer'
import { JobRefusedError } from './errors.js'
import type { JobPath, RelayLimits } from './job-update.js'

export interface JobConnectionOptions {
  /** Ends the stream: the caller's cancel, or the heartbeat watchdog. */
  signal: AbortSignal
  /** Deadline for the provider's next message (heartbeats arrive every 2 s while running). */
  idleTimeoutMs: number
  /** Longest wait for a direct connection when only a relayed one exists (see openPreferDirect). */
  directWaitMs?: number
}

/**
 * One job stream: the request is sent on open; then the provider's responses are read,
 * the lease first if the request carried a lease request, then events until the
 * provider closes. A refusal becomes a JobRefusedError; a broken stream a typed stream
 * error (TimeoutError, StreamClosedError …).
 */
export class JobConnection {
  /** What `firstEvent()` read (or failed with): `events()` hands it on first. */
  private first?: { event: JobEvent } | { error: unknown }

  private constructor (
    private readonly stream: Stream,
    private readonly framed: FramedStream,
    private readonly options: JobConnectionOptions,
    /** Whether this stream runs direct or through a relay, and the relay's limits then. */
    readonly path: JobPath = 'direct',
    readonly relayLimits?: RelayLimits
  ) {}

  static async open (libp2p: GpumeshLibp2p, provider: string, request: JobRequest, options: JobConnectionOptions): Promise<JobConnection> {
    const body = encodeJobRequest(request)
    if (body.length > MAX_JOB_REQUEST_BYTES) throw new RangeError('job request too large')
    // The idle deadline covers a wait for DCUtR too: the wait is shorter (3 s vs 10 s+).
    const opened = await withDeadline(options.idleTimeoutMs, [options.signal], async signal => await openPreferDirect(libp2p, peerIdFromString(provider), JOB_PROTOCOL, { signal, directWaitMs: options.directWaitMs }))
    const stream = opened.stream
    const limits = opened.limits === undefined ? undefined : { dataBytes: opened.limits.bytes, durationS: opened.limits.seconds }
    const connection = new JobConnection(stream, new FramedStream(stream, { maxMessageBytes: MAX_JOB_EVENT_BYTES + 1024 }), options, opened.path, limits)
    try {
      await connection.framed.write(body, { signal: options.signal })
      await stream.close({ signal: options.signal }).catch(() => {})
    } catch (err) {
      connection.abort(err instanceof Error ? err : new StreamClosedError('job request failed'))
      throw err
    }
    return connection
  }

  /** The lease a Submit with a lease request was granted: must be the first response. */
  async lease (options: { signal?: AbortSignal } = {}): Promise<SignedEnvelope> {
    const response = await this.next(options.signal)
    if (response?.kind !== 'lease') throw new InvalidMessageError('job stream: expected the granted lease first')
    return response.lease
  }

  /**
   * The first event after the lease: it names the provider's job id, without which the
   * job cannot be re-attached to. Undefined when the provider refused the Submit or the
   * stream failed; `events()` then throws that error.
   */
  async firstEvent (options: { signal?: AbortSignal } = {}): Promise<JobEvent | undefined> {
    try {
      const response = await this.next(options.signal)
      if (response === null || response.kind !== 'event') throw new InvalidMessageError(`job stream: expected the job's first event, got ${response === null ? 'the end' : response.kind}`)
      this.first = { event: response.event }
      return response.event
    } catch (err) {
      this.first = { error: err }
      return undefined
    }
  }

  /** The job's events until the provider closes the stream. */
  async * events (): AsyncGenerator<JobEvent> {
    const onAbort = (): void => { this.abort(new AbortError('job stream closed by the client')) }
    this.options.signal.addEventListener('abort', onAbort, { once: true })
    try {
      const first = this.first
      this.first = undefined
      if (first !== undefined && 'error' in first) throw first.error
      if (first !== undefined) yield first.event
      for (;;) {
        const response = await this.next()
        if (response === null) return
        if (response.kind !== 'event') throw new InvalidMessageError(`job stream: unexpected ${response.kind}`)
        yield response.event
      }
    } finally {
      this.options.signal.removeEventListener('abort', onAbort)
    }
  }

  abort (err: Error): void {
    this.stream.abort(err)
  }

  private async next (signal?: AbortSignal): Promise<Exclude<JobResponse, { kind: 'refusal' }> | null> {
    const response = await withDeadline(this.options.idleTimeoutMs, [this.options.signal, signal], async signal => await this.framed.readOrEnd(decodeJobResponse, { signal }))
    if (response?.kind === 'refusal') throw new JobRefusedError(jobRefusalCodeName(response.refusal.code), response.refusal.detail)
    return response
  }
}

/** Send one job request to `provider` and yield the events it streams back (see JobConnection). */
export async function * jobRequest (libp2p: GpumeshLibp2p, provider: string, request: JobRequest, options: JobConnectionOptions): AsyncGenerator<JobEvent> {
  yield * (await JobConnection.open(libp2p, provider, request, options)).events()
}
