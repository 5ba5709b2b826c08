/**
 * Whether others can dial us, and how each connection runs (direct or through a relay).
 *
 * libp2p 3 keeps no single "reachability": its address manager marks each address
 * verified or not (AutoNAT confirms public ones by asking peers to dial back, which takes
 * four peers that agree). This service reads that, plus the one fact that needs no
 * peers: a node whose every listen address is a LAN address (RFC 1918, CGNAT,
 * link-local, ULA) and that announces nothing else is behind a NAT or a firewall,
 * whatever AutoNAT will say later. Loopback-only nodes (local testnets) stay `unknown`,
 * so they never go looking for relays.
 *
 * Addresses from the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
 * 203.0.113.0/24) count as public here, as the NAT testbed uses them for its "internet";
 * libp2p itself counts them private, see docs/architecture.md ("Reaching providers behind NAT").
 */
import { TypedEventEmitter } from 'main-event'
import type { Connection, Libp2pEvents, PeerId, Startable } from '@libp2p/interface'
import type { AddressManager } from '@libp2p/interface-internal'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { TypedEventTarget } from 'main-event'

export type Reachability = 'public' | 'private' | 'unknown'
export type ConnectionPath = 'direct' | 'relayed'

/** Where an IP address sits, as far as dialling it from elsewhere goes. */
export type AddressScope = 'loopback' | 'lan' | 'global'

function ipv4ToInt (ip: string): number {
  return ip.split('.').reduce((n, part) => (n * 256) + Number(part), 0)
}

const LAN_V4: Array<[number, number]> = [
  ['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['100.64.0.0', 10], ['169.254.0.0', 16]
].map(([base, bits]) => [ipv4ToInt(base as string), bits as number])

/** The scope of one IP address (v4 or v6 text). */
export function addressScope (ip: string): AddressScope {
  if (ip.includes(':')) {
    const v = ip.toLowerCase()
    if (v === '::1') return 'loopback'
    if (/^f[cd]/.test(v) || /^fe[89ab]/.test(v)) return 'lan'
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v)
    return mapped?.[1] !== undefined ? addressScope(mapped[1]) : 'global'
  }
  const n = ipv4ToInt(ip)
  if ((n >>> 24) === 127) return 'loopback'
  for (const [base, bits] of LAN_V4) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
    if (((n & mask) >>> 0) === ((base & mask) >>> 0)) return 'lan'
  }
  return 'global'
}

/** The IP of a multiaddr's first component, if it has one. */
export function multiaddrIp (ma: Multiaddr): string | undefined {
  const first = ma.getComponents()[0]
  return first !== undefined && (first.name === 'ip4' || first.name === 'ip6') ? first.value : undefined
}

export function isCircuitAddr (ma: Multiaddr): boolean {
  return ma.getComponents().some(c => c.name === 'p2p-circuit')
}

/** A relayed connection runs through a relay (and has the relay's limits); any other is direct. */
export function connectionPath (connection: Pick<Connection, 'remoteAddr' | 'limits'>): ConnectionPath {
  return connection.limits !== undefined || isCircuitAddr(connection.remoteAddr) ? 'relayed' : 'direct'
}

export interface AddressView {
  multiaddr: Multiaddr
  verified: boolean
  type: string
}

/**
 * The reachability that a node's own addresses imply. Public: a verified non-relay
 * address in global scope (AutoNAT-confirmed, announced, UPnP-mapped and confirmed, or
 * a global one the node listens on, when libp2p counts it verified). Private: none of
 * that, and every direct address is on a LAN. Unknown otherwise (loopback only, or a
 * global address nobody has confirmed yet).
 */
export function reachabilityOf (addrs: AddressView[]): Reachability {
  const direct = addrs.filter(a => !isCircuitAddr(a.multiaddr))
  const scoped = direct.flatMap(a => {
    const ip = multiaddrIp(a.multiaddr)
    return ip === undefined ? [] : [{ ...a, scope: addressScope(ip) }]
  })
  if (scoped.some(a => a.scope === 'global' && (a.verified || a.type === 'announce'))) return 'public'
  const ownAddresses = scoped.filter(a => a.type === 'transport' || a.type === 'announce')
  if (ownAddresses.some(a => a.scope === 'lan') && !ownAddresses.some(a => a.scope === 'global')) return 'private'
  return 'unknown'
}

export interface ReachabilityEvents {
  'reachability:change': CustomEvent<{ reachability: Reachability }>
}

export interface ReachabilityComponents {
  addressManager: AddressManager
  events: TypedEventTarget<Libp2pEvents>
  peerId: PeerId
}

/** A libp2p service (`services.reachability`): the current reachability, and an event when it changes. */
export class ReachabilityService extends TypedEventEmitter<ReachabilityEvents> implements Startable {
  private current: Reachability = 'unknown'
  private readonly onUpdate = (): void => { this.refresh() }

  constructor (private readonly components: ReachabilityComponents) {
    super()
  }

  readonly [Symbol.toStringTag] = 'gpumesh:reachability'

  start (): void {
    // Addresses change when we listen, when identify or AutoNAT learns something, and
    // when a relay reservation is made or lost: libp2p says so with self:peer:update.
    this.components.events.addEventListener('self:peer:update', this.onUpdate)
    this.components.events.addEventListener('transport:listening', this.onUpdate)
  }

  afterStart (): void {
    this.refresh()
  }

  stop (): void {
    this.components.events.removeEventListener('self:peer:update', this.onUpdate)
    this.components.events.removeEventListener('transport:listening', this.onUpdate)
  }

  get reachability (): Reachability {
    return this.current
  }

  /** Our addresses that run through a relay (a reservation each). */
  relayAddresses (): Multiaddr[] {
    return this.components.addressManager.getAddresses().filter(isCircuitAddr)
  }

  private refresh (): void {
    const next = reachabilityOf(this.components.addressManager.getAddressesWithMetadata())
    if (next === this.current) return
    this.current = next
    this.safeDispatchEvent('reachability:change', { detail: { reachability: next } })
  }
}

export function reachability (): (components: ReachabilityComponents) => ReachabilityService {
  return (components) => new ReachabilityService(components)
}
