/**
 * One request, one response, on a fresh stream. Used for bids and leases, where the
 * ~1.6x cost of it-pipe is not worth paying.
 */
import type { PeerId } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { DEFAULT_REQUEST_TIMEOUT_MS, FramedStream } from '@gpumesh/protocol'
import type { GpumeshLibp2p } from './create-host.js'

export interface RequestOptions {
  signal?: AbortSignal
  /** The most bytes of response accepted. */
  maxResponseBytes: number
}

export async function requestResponse<T> (
  libp2p: GpumeshLibp2p,
  peer: PeerId | Multiaddr | Multiaddr[],
  protocol: string,
  body: Uint8Array,
  decode: (bytes: Uint8Array) => T,
  options: RequestOptions
): Promise<T> {
  const signal = options.signal ?? AbortSignal.timeout(DEFAULT_REQUEST_TIMEOUT_MS)
  // Requests are small market messages: a relay's limited connection may carry them.
  const stream = await libp2p.dialProtocol(peer, protocol, { signal, runOnLimitedConnection: true })
  const framed = new FramedStream(stream, { maxMessageBytes: options.maxResponseBytes })
  await framed.write(body, { signal })
  const response = await framed.read(decode, { signal })
  await framed.close({ signal })
  return response
}

/** Send one message and close; for notifications that need no answer (bid callbacks). */
export async function sendOneWay (
  libp2p: GpumeshLibp2p,
  peer: PeerId | Multiaddr | Multiaddr[],
  protocol: string,
  body: Uint8Array,
  options: { signal?: AbortSignal, maxOutboundStreams?: number } = {}
): Promise<void> {
  const signal = options.signal ?? AbortSignal.timeout(DEFAULT_REQUEST_TIMEOUT_MS)
  const stream = await libp2p.dialProtocol(peer, protocol, { signal, maxOutboundStreams: options.maxOutboundStreams, runOnLimitedConnection: true })
  const framed = new FramedStream(stream, { maxMessageBytes: body.length })
  await framed.write(body, { signal })
  await framed.close({ signal })
}
