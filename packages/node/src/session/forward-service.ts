/**
 * `/gpumesh/forward/1.0.0`: one libp2p stream per TCP connection into a port a running
 * job declared. The stream's first frame is a ForwardRequest (read within its size
 * limit and a 5 s deadline); the provider checks it (owner, running, declared port,
 * policy, per-job bound), connects inside the job's sandbox, answers a ForwardResponse,
 * and then carries the connection's bytes unframed both ways (socket-pipe.ts:
 * backpressure, half-close, reset) at the job's shared bytes/s limit until either side
 * ends or the job does.
 */
import type { ComponentLogger, Connection, Logger, Stream } from '@libp2p/interface'
import {
  FORWARD_PROTOCOL, FramedStream, GpumeshError, MAX_FORWARD_MESSAGE_BYTES, SessionRefusalCode, StreamClosedError,
  decodeForwardRequest, encodeSessionAnswer, withDeadline, type ForwardRequest
} from '@gpumesh/protocol'
import { pipeSocket, type GpumeshLibp2p } from '@gpumesh/peer'
import type { Socket } from 'node:net'
import { FORWARD_CONNECT_TIMEOUT_MS, MAX_INBOUND_FORWARD_STREAMS, REQUEST_READ_TIMEOUT_MS } from '../constants.js'
import type { JobNotifier } from '../job/job-service-events.js'
import type { Startable } from '../startable.js'
import type { SessionAccess, SessionSlot } from './session-access.js'
import { SessionRefusal } from './session-refusal.js'

export interface ForwardServiceComponents {
  libp2p: GpumeshLibp2p
  access: SessionAccess
  notify: JobNotifier
  logger: ComponentLogger
}

/** Longest refusal detail sent. */
const MAX_DETAIL_CHARS = 1000

export class ForwardService implements Startable {
  private readonly log: Logger

  constructor (private readonly components: ForwardServiceComponents) {
    this.log = components.logger.forComponent('gpumesh:forward')
  }

  async start (): Promise<void> {
    await this.components.libp2p.handle(FORWARD_PROTOCOL, (stream, connection) => { void this.handleStream(stream, connection) }, {
      // Behind NAT a session runs over the relay, within the limits its operator set.
      runOnLimitedConnection: true,
      maxInboundStreams: MAX_INBOUND_FORWARD_STREAMS
    })
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(FORWARD_PROTOCOL)
  }

  private async handleStream (stream: Stream, connection: Connection): Promise<void> {
    const client = connection.remotePeer.toString()
    const framed = new FramedStream(stream, { maxMessageBytes: MAX_FORWARD_MESSAGE_BYTES })
    let request: ForwardRequest
    try {
      // Oversize or late: FramedStream resets the stream.
      const frame = await framed.read(bytes => bytes, { signal: AbortSignal.timeout(REQUEST_READ_TIMEOUT_MS) })
      try {
        request = decodeForwardRequest(frame)
      } catch (err) {
        this.rejected(err)
        throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_INVALID_REQUEST, `malformed ForwardRequest${err instanceof GpumeshError ? `: ${err.message}` : ''}`)
      }
    } catch (err) {
      await this.endWith(framed, stream, err)
      return
    }
    let slot: SessionSlot | undefined
    let socket: Socket | undefined
    try {
      // A probe is not a connection the job's log needs to hear of.
      slot = await this.components.access.open('forward', request.jobId, client, request.probe ? 'probe' : String(request.port))
      const job = slot.job
      const declared = job.spec.ports ?? []
      if (!declared.includes(request.port)) {
        throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_PORT_NOT_DECLARED, `port ${request.port} is not one the job declared (${declared.join(', ') || 'none'})`)
      }
      const sessions = slot.sessions
      socket = await withDeadline(FORWARD_CONNECT_TIMEOUT_MS, [job.signal], async signal => await sessions.connect(request.jobId, request.port, signal))
        .catch((err: unknown) => {
          const code = (err as { code?: string }).code ?? 'error'
          throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_CONNECT_FAILED, `nothing accepted a connection on port ${request.port} inside the job (${code})`)
        })
      await framed.write(encodeSessionAnswer({ refusal: SessionRefusalCode.SESSION_REFUSAL_CODE_UNSPECIFIED, detail: '' }))
      if (request.probe) {
        socket.destroy()
        await framed.close()
        return
      }
      if (slot.first) await job.log(`port-forward: the client connected to port ${request.port}`).catch(() => {})
      const rate = slot.rate
      const result = await pipeSocket(framed.unwrap(), socket, {
        signal: job.signal,
        throttle: async (bytes, signal) => { await rate.take(bytes, signal) }
      })
      job.usage.forwardedConnections++
      job.usage.forwardedBytes += result.sent + result.received
      this.log('forward %s:%d for %s done: %d bytes in, %d out', request.jobId, request.port, client, result.sent, result.received)
    } catch (err) {
      socket?.destroy()
      if (err instanceof SessionRefusal) this.components.notify.safeDispatchEvent('session:refused', { detail: { kind: 'forward', code: err.refusalCode } })
      await this.endWith(framed, stream, err)
    } finally {
      slot?.release()
    }
  }

  /** A refusal is answered, then the stream closed; anything else resets the stream. */
  private async endWith (framed: FramedStream, stream: Stream, err: unknown): Promise<void> {
    if (err instanceof SessionRefusal) {
      await framed.write(encodeSessionAnswer({ refusal: err.refusalCode, detail: err.message.slice(0, MAX_DETAIL_CHARS) }))
        .then(async () => { await framed.close() }).catch(() => {})
      return
    }
    if (err instanceof GpumeshError) this.rejected(err)
    this.log('forward stream ended - %e', err)
    stream.abort(err instanceof Error ? err : new StreamClosedError('forward stream failed'))
  }

  private rejected (error: unknown): void {
    this.components.notify.safeDispatchEvent('message:rejected', { detail: { protocol: FORWARD_PROTOCOL, error } })
  }
}
