/**
 * The client end of `/gpumesh/forward/1.0.0`: a local TCP listener whose every
 * connection is carried over a libp2p stream of its own to a port of a running job.
 * Per connection: open a stream, send the ForwardRequest, read the answer, then pipe
 * (socket-pipe.ts: backpressure, half-close, reset on either side). A refused
 * connection is closed at once and reported on `onError`; `job.forward()` probes first
 * so a refusal (not the owner, a port not declared, nothing listening) is thrown there.
 */
import { setMaxListeners } from 'node:events'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { peerIdFromString } from '@libp2p/peer-id'
import {
  FORWARD_PROTOCOL, FramedStream, MAX_FORWARD_MESSAGE_BYTES, SessionRefusalCode, decodeSessionAnswer, encodeForwardRequest,
  sessionRefusalCodeName, withDeadline
} from '@gpumesh/protocol'
import { openPreferDirect, pipeSocket, type GpumeshLibp2p } from '@gpumesh/peer'
import type { Stream } from '@libp2p/interface'
import { FORWARD_OPEN_TIMEOUT_MS, MAX_OUTBOUND_FORWARD_STREAMS } from './constants.js'
import { SessionRefusedError } from './errors.js'

export interface ForwardOptions {
  /** Local port to listen on; 0 (the default) picks a free one. */
  localPort?: number
  /** Local address to listen on; 127.0.0.1 by default, so only this machine can use it. */
  localHost?: string
  /** Stops the forward: the listener and every connection close. */
  signal?: AbortSignal
  /** A connection that could not be carried (refused, provider gone); the forward goes on. */
  onError?: (err: Error) => void
}

/** A running port-forward. */
export interface PortForward {
  /** The job's port. */
  readonly port: number
  /** Where it listens here. */
  readonly localHost: string
  readonly localPort: number
  /** Connections carried now. */
  readonly connections: number
  /** Stop listening and close every connection. */
  close: () => Promise<void>
}

export interface ForwardTarget {
  libp2p: GpumeshLibp2p
  provider: string
  providerJobId: string
  port: number
}

/** Open one forward stream and read the provider's answer: the accepted stream, or a SessionRefusedError. */
export async function openForwardStream (target: ForwardTarget, probe: boolean, signal: AbortSignal): Promise<Stream> {
  return await withDeadline(FORWARD_OPEN_TIMEOUT_MS, [signal], async signal => {
    // Through a relay when the provider is behind NAT (after a short wait for a direct
    // upgrade): the relay's own data and time limits then bound the connection.
    const { stream } = await openPreferDirect(target.libp2p, peerIdFromString(target.provider), FORWARD_PROTOCOL, { signal, maxOutboundStreams: MAX_OUTBOUND_FORWARD_STREAMS })
    const framed = new FramedStream(stream, { maxMessageBytes: MAX_FORWARD_MESSAGE_BYTES })
    try {
      await framed.write(encodeForwardRequest({ jobId: target.providerJobId, port: target.port, probe }), { signal })
      const answer = await framed.read(decodeSessionAnswer, { signal })
      if (answer.refusal !== SessionRefusalCode.SESSION_REFUSAL_CODE_UNSPECIFIED) {
        await stream.close({ signal }).catch(() => {})
        throw new SessionRefusedError('forward', sessionRefusalCodeName(answer.refusal), answer.detail)
      }
      if (probe) await stream.close({ signal }).catch(() => {})
      return framed.unwrap()
    } catch (err) {
      stream.abort(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
  })
}

export class LocalPortForward implements PortForward {
  readonly port: number
  private server?: Server
  private readonly sockets = new Set<Socket>()
  private readonly controller = new AbortController()

  constructor (private readonly target: ForwardTarget, private readonly options: ForwardOptions = {}) {
    this.port = target.port
    // Every carried connection listens on it: many, not a leak.
    setMaxListeners(Infinity, this.controller.signal)
  }

  get localHost (): string {
    return (this.server?.address() as AddressInfo | null)?.address ?? this.options.localHost ?? '127.0.0.1'
  }

  get localPort (): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? 0
  }

  get connections (): number {
    return this.sockets.size
  }

  /** Listen; resolves once the local port is bound. */
  async listen (): Promise<void> {
    const outer = this.options.signal
    if (outer !== undefined) {
      if (outer.aborted) throw outer.reason
      outer.addEventListener('abort', () => { void this.close() }, { once: true })
    }
    // allowHalfOpen: a client's FIN is passed on, not answered by closing our side.
    const server = createServer({ allowHalfOpen: true, pauseOnConnect: true }, socket => { void this.carry(socket) })
    this.server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.options.localPort ?? 0, this.options.localHost ?? '127.0.0.1', () => { server.off('error', reject); resolve() })
    })
    // Once listening, an accept error (EMFILE) is reported, never thrown at the process.
    server.on('error', (err) => { this.options.onError?.(err) })
  }

  async close (): Promise<void> {
    this.controller.abort(new Error('port-forward closed'))
    for (const socket of this.sockets) socket.destroy()
    const server = this.server
    if (server?.listening === true) await new Promise<void>(resolve => { server.close(() => { resolve() }) })
  }

  private async carry (socket: Socket): Promise<void> {
    this.sockets.add(socket)
    socket.on('error', () => {})
    try {
      const stream = await openForwardStream(this.target, false, this.controller.signal)
      await pipeSocket(stream, socket, { signal: this.controller.signal })
    } catch (err) {
      socket.destroy()
      if (!this.controller.signal.aborted) this.options.onError?.(err instanceof Error ? err : new Error(String(err)))
    } finally {
      this.sockets.delete(socket)
    }
  }
}
