/**
 * The client end of `/gpumesh/job/1.0.0`: one request per stream, then the provider's
 * events until it closes. A refusal becomes a JobRefusedError.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import {
  FramedStream, JOB_PROTOCOL, MAX_JOB_EVENT_BYTES, MAX_JOB_REQUEST_BYTES, decodeJobResponse, encodeJobRequest,
  jobRefusalCodeName, type JobEvent, type JobRequest
} from '@gpumesh/protocol'
import type { Stream } from '@libp2p/interface'
import type { GpumeshLibp2p } from '@gpumesh/peer'
import { JobRefusedError } from './errors.js'

export interface JobConnectionOptions {
  /** Ends the stream: the caller's cancel, or the heartbeat watchdog. */
  signal: AbortSignal
  /** Deadline for the provider's next message (heartbeats arrive every 2 s while running). */
  idleTimeoutMs: number
  /** A job stream already being opened (see openJobStream); dialled afresh if it failed. */
  stream?: Promise<Stream>
}

/**
 * Start opening a job stream to `provider` ahead of the request, e.g. while its lease is
 * being granted: the submit then goes out the moment the lease is in. Never rejects
 * unhandled; a failure surfaces where the stream is used.
 */
export function openJobStream (libp2p: GpumeshLibp2p, provider: string, signal: AbortSignal): Promise<Stream> {
  const opening = libp2p.dialProtocol(peerIdFromString(provider), JOB_PROTOCOL, { signal })
  opening.catch(() => {})
  return opening
}

/**
 * Send one job request to `provider` and yield the events it streams back. Ends when
 * the provider closes the stream; throws JobRefusedError on a refusal and a typed
 * stream error (TimeoutError, StreamClosedError …) when the stream breaks.
 */
export async function * jobRequest (libp2p: GpumeshLibp2p, provider: string, request: JobRequest, options: JobConnectionOptions): AsyncGenerator<JobEvent> {
  const dial = async (): Promise<Stream> => await libp2p.dialProtocol(peerIdFromString(provider), JOB_PROTOCOL, { signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.idleTimeoutMs)]) })
  const stream = options.stream !== undefined ? await options.stream.catch(dial) : await dial()
  const framed = new FramedStream(stream, { maxMessageBytes: MAX_JOB_EVENT_BYTES + 1024 })
  const onAbort = (): void => { stream.abort(new Error('job stream closed by the client')) }
  options.signal.addEventListener('abort', onAbort, { once: true })
  try {
    const body = encodeJobRequest(request)
    if (body.length > MAX_JOB_REQUEST_BYTES) throw new RangeError('job request too large')
    await framed.write(body, { signal: options.signal })
    await stream.close({ signal: options.signal }).catch(() => {})
    for (;;) {
      const response = await framed.readOrEnd(decodeJobResponse, { signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.idleTimeoutMs)]) })
      if (response === null) return
      if (response.kind === 'refusal') throw new JobRefusedError(jobRefusalCodeName(response.refusal.code), response.refusal.detail)
      yield response.event
    }
  } finally {
    options.signal.removeEventListener('abort', onAbort)
  }
}
