/**
 * What a provider shows of NAT traversal (`/status`, `gpumesh-node start`): whether it
 * can be dialled, the relays it holds a reservation on, and for each connection whether
 * it is direct or relayed. Also maps the node's config onto the host's NAT options.
 */
import { connectionPath, isCircuitAddr, type ConnectionPath, type GpumeshLibp2p, type HostInit, type Reachability } from '@gpumesh/peer'
import type { NodeConfig } from './config/node-config.js'

export interface NatStatus {
  reachability: Reachability
  /** Relays we hold a reservation on, each with the /p2p-circuit address it gives us. */
  reservations: Array<{ relay: string, addr: string }>
  /** This node serves circuit relay v2, and how many reservations it holds for others. */
  relay: { enabled: false } | { enabled: true, reservations: number, maxReservations: number, maxDataBytes: number, maxDurationMs: number }
  upnp: boolean
  connections: Array<{ peer: string, path: ConnectionPath, direction: string, addr: string }>
}

export function natHostInit (config: NodeConfig): Pick<HostInit, 'reservations' | 'relayServer' | 'upnp'> {
  return {
    reservations: config.nat.reservations,
    upnp: config.nat.upnp,
    ...(config.relay.enabled
      ? {
          relayServer: {
            maxReservations: config.relay.maxReservations,
            dataLimitBytes: config.relay.maxDataBytes,
            durationLimitMs: config.relay.maxDurationMs,
            reservationTtlMs: config.relay.reservationTtlMs
          }
        }
      : {})
  }
}

/** The relay's peer id in a `/…/p2p/<relay>/p2p-circuit/p2p/<us>` address. */
function relayOf (addr: string): string {
  const parts = addr.split('/p2p-circuit')[0]?.split('/p2p/') ?? []
  return parts[parts.length - 1] ?? ''
}

export function natStatus (libp2p: GpumeshLibp2p, config: NodeConfig): NatStatus {
  const circuit = libp2p.getMultiaddrs().filter(isCircuitAddr).map(a => a.toString())
  const server = libp2p.services.relay
  return {
    reachability: libp2p.services.reachability.reachability,
    reservations: circuit.map(addr => ({ relay: relayOf(addr), addr })),
    relay: server === undefined
      ? { enabled: false }
      : { enabled: true, reservations: server.reservations.size, maxReservations: config.relay.maxReservations, maxDataBytes: config.relay.maxDataBytes, maxDurationMs: config.relay.maxDurationMs },
    upnp: config.nat.upnp,
    connections: libp2p.getConnections().map(c => ({ peer: c.remotePeer.toString(), path: connectionPath(c), direction: c.direction, addr: c.remoteAddr.toString() }))
  }
}

/** Lines for `gpumesh-node start`'s ready message. */
export function natLines (nat: NatStatus): string[] {
  const lines = [`  reach     ${nat.reachability}${nat.reachability === 'private' ? ' (behind NAT: taking a relay reservation)' : ''}${nat.upnp ? ', upnp on' : ''}`]
  for (const r of nat.reservations) lines.push(`  relayed   ${r.addr}`)
  if (nat.relay.enabled) lines.push(`  relay     serving circuit relay v2: ${nat.relay.maxReservations} reservations, ${nat.relay.maxDataBytes} B and ${nat.relay.maxDurationMs / 1000} s a relayed connection`)
  return lines
}

export interface NatChange {
  event: 'reachability' | 'reservation' | 'reservation-lost'
  reachability: Reachability
  addr?: string
  /** The line printed for people. */
  text: string
}

/** Call `emit` when reachability changes or a reservation is made or lost; returns the unsubscribe. */
export function watchNat (libp2p: GpumeshLibp2p, config: NodeConfig, emit: (change: NatChange) => void): () => void {
  let known = new Set(natStatus(libp2p, config).reservations.map(r => r.addr))
  const onReach = (evt: CustomEvent<{ reachability: Reachability }>): void => {
    const r = evt.detail.reachability
    emit({ event: 'reachability', reachability: r, text: `gpumesh-node reachability ${r}` })
  }
  const onUpdate = (): void => {
    const now = natStatus(libp2p, config)
    const addrs = new Set(now.reservations.map(r => r.addr))
    for (const a of addrs) if (!known.has(a)) emit({ event: 'reservation', reachability: now.reachability, addr: a, text: `gpumesh-node relay reservation ${a}` })
    for (const a of known) if (!addrs.has(a)) emit({ event: 'reservation-lost', reachability: now.reachability, addr: a, text: `gpumesh-node relay reservation lost ${a}` })
    known = addrs
  }
  libp2p.services.reachability.addEventListener('reachability:change', onReach)
  libp2p.addEventListener('self:peer:update', onUpdate)
  return () => {
    libp2p.services.reachability.removeEventListener('reachability:change', onReach)
    libp2p.removeEventListener('self:peer:update', onUpdate)
  }
}
