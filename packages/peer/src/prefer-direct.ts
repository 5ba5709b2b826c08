/**
 * Open a stream that should not run over a relay if it can avoid it: a job's stream
 * carries logs and result files, which a relay's limits (data and duration) can cut.
 *
 * A connection to a provider behind NAT starts relayed; the provider (the inbound side)
 * then tries DCUtR: a direct dial to us if we have a public address, else a hole punch.
 * So: use a direct connection if there is one; if all we have is relayed and an upgrade
 * is possible, wait a bounded time for the direct one to appear; else run over the relay
 * (its limits, which the relay's operator chose, come with the connection) and say so.
 */
import { isPrivate } from '@libp2p/utils'
import type { Connection, PeerId, Stream } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { DIRECT_UPGRADE_WAIT_MS } from './constants.js'
import type { GpumeshLibp2p } from './create-host.js'
import { connectionPath, isCircuitAddr, type ConnectionPath } from './reachability.js'

export interface PreferDirectOptions {
  signal: AbortSignal
  /** Longest wait for a direct connection when only a relayed one exists; default DIRECT_UPGRADE_WAIT_MS. */
  directWaitMs?: number
  /** Streams of this protocol we may have open to the peer at once (libp2p's default 64 otherwise). */
  maxOutboundStreams?: number
}

export interface PathStream {
  stream: Stream
  path: ConnectionPath
  /** The relay's limits on this connection, when relayed. */
  limits?: Connection['limits']
}

/**
 * Whether DCUtR could give us a direct connection: it only dials addresses libp2p counts
 * public (so never the documentation ranges of the NAT testbed, nor a LAN), ours or theirs.
 */
export function directUpgradePossible (ours: Multiaddr[], theirs: Multiaddr[]): boolean {
  const dialable = (ma: Multiaddr): boolean => !isCircuitAddr(ma) && !isPrivate(ma)
  return ours.some(dialable) || theirs.some(dialable)
}

function direct (libp2p: GpumeshLibp2p, peer: PeerId): Connection | undefined {
  return libp2p.getConnections(peer).find(c => c.status === 'open' && connectionPath(c) === 'direct')
}

/** Resolves with the first direct connection to `peer` to open within `ms`, else undefined. */
async function waitForDirect (libp2p: GpumeshLibp2p, peer: PeerId, ms: number, signal: AbortSignal): Promise<Connection | undefined> {
  return await new Promise<Connection | undefined>(resolve => {
    const done = (c: Connection | undefined): void => {
      clearTimeout(timer)
      libp2p.removeEventListener('connection:open', onOpen)
      signal.removeEventListener('abort', onAbort)
      resolve(c)
    }
    const onOpen = (evt: CustomEvent<Connection>): void => {
      if (evt.detail.remotePeer.equals(peer) && connectionPath(evt.detail) === 'direct') done(evt.detail)
    }
    const onAbort = (): void => { done(undefined) }
    const timer = setTimeout(() => { done(direct(libp2p, peer)) }, ms)
    libp2p.addEventListener('connection:open', onOpen)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

export async function openPreferDirect (libp2p: GpumeshLibp2p, peer: PeerId, protocol: string, options: PreferDirectOptions): Promise<PathStream> {
  let connection = direct(libp2p, peer) ?? await libp2p.dial(peer, { signal: options.signal })
  if (connectionPath(connection) === 'relayed') {
    const theirs = (await libp2p.peerStore.get(peer).catch(() => undefined))?.addresses.map(a => a.multiaddr) ?? []
    if (directUpgradePossible(libp2p.getMultiaddrs(), theirs)) {
      connection = await waitForDirect(libp2p, peer, options.directWaitMs ?? DIRECT_UPGRADE_WAIT_MS, options.signal) ?? connection
    }
  }
  // A relayed connection DCUtR replaced is closed under us: fall back to any open one.
  if (connection.status !== 'open') connection = direct(libp2p, peer) ?? await libp2p.dial(peer, { signal: options.signal })
  const path = connectionPath(connection)
  const stream = await connection.newStream(protocol, { signal: options.signal, negotiateFully: false, runOnLimitedConnection: true, ...(options.maxOutboundStreams !== undefined ? { maxOutboundStreams: options.maxOutboundStreams } : {}) })
  return { stream, path, ...(path === 'relayed' ? { limits: connection.limits } : {}) }
}
