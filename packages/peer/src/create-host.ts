/**
 * The libp2p host every gpumesh peer runs: tcp (and circuit relay v2 to reach peers
 * behind NAT), noise, yamux, identify, ping, gossipsub, AutoNAT and DCUtR, with
 * bootstrap peers and optional mDNS and UPnP. A relay node adds the relay server.
 * Providers and clients differ only in the protocol services they add on top.
 */
// libp2p 3 calls Promise.withResolvers at start, which Node 20 lacks: load it here so
// that SDK users need not load anything themselves.
import '@gpumesh/protocol/polyfill'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { autoNAT } from '@libp2p/autonat'
import { circuitRelayServer, circuitRelayTransport, type CircuitRelayService } from '@libp2p/circuit-relay-v2'
import { dcutr } from '@libp2p/dcutr'
import { gossipsub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import { mdns } from '@libp2p/mdns'
import { ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { uPnPNAT } from '@libp2p/upnp-nat'
import { createLibp2p, type Libp2p } from 'libp2p'
import type { PeerDiscovery, PrivateKey } from '@libp2p/interface'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Identify } from '@libp2p/identify'
import type { Ping } from '@libp2p/ping'
import { DIAL_TIMEOUT_MS, INBOUND_CONNECTION_THRESHOLD, MAX_CONNECTIONS, MAX_INCOMING_PENDING_CONNECTIONS } from './constants.js'
import { BootstrapKeeper } from './bootstrap-keeper.js'
import { LanDialGuard } from './lan-dial-guard.js'
import { reachability, type ReachabilityService } from './reachability.js'
import { relayReservations, type RelayReservations, type ReservationMode } from './relay-reservations.js'
import { RELAY_DEFAULT_DATA_LIMIT_BYTES, RELAY_DEFAULT_DURATION_LIMIT_MS, RELAY_DEFAULT_MAX_RESERVATIONS, RELAY_DEFAULT_RESERVATION_TTL_MS } from './constants.js'

export type GpumeshServices = {
  identify: Identify
  ping: Ping
  pubsub: GossipSub
  reachability: ReachabilityService
  relayReservations: RelayReservations
  /** Present only on a relay node (HostInit.relayServer). */
  relay?: CircuitRelayService
}

/** What a relay node lets each reservation and relayed connection use (circuit relay v2 limits). */
export interface RelayServerInit {
  /** Reservations held at once; more are refused (RESERVATION_REFUSED). */
  maxReservations?: number
  /** Bytes each way one relayed connection may carry before it is reset. */
  dataLimitBytes?: number
  /** Longest a relayed connection may stay open, ms. */
  durationLimitMs?: number
  /** A reservation's lifetime before it must be renewed, ms. */
  reservationTtlMs?: number
}

export type GpumeshLibp2p = Libp2p<GpumeshServices>

export interface HostInit {
  privateKey: PrivateKey
  /** Multiaddrs to listen on; [] for a dial-only peer. */
  listen?: string[]
  /** Addresses to announce instead of the listen addresses. */
  announce?: string[]
  /** Multiaddrs (with /p2p/<id>) of peers to join through. */
  bootstrap?: string[]
  mdns?: boolean
  /**
   * Address ranges exempt from connection limits. Default: loopback, so a local
   * testnet of many nodes on 127.0.0.0/8 is not refused by libp2p's rate limits.
   */
  allow?: string[]
  /**
   * Gossipsub's application-specific score of a peer (weight 10); a peer below -8 is
   * graylisted. Pass `SourceStanding`'s view so a peer whose relayed offers keep
   * failing is ignored. Default 0 for everyone.
   */
  appScore?: (peerId: string) => number
  /**
   * When to take a relay reservation: `auto` once we find we are private (see
   * ReachabilityService), `always`, or `never` (default: a client, or a node that is
   * dialled directly, has no need of one).
   */
  reservations?: ReservationMode
  /** Serve circuit relay v2 to others, with these limits (the `--relay` role). */
  relayServer?: RelayServerInit
  /** Ask the router for a port mapping by UPnP (opt-in: it changes the router's state). */
  upnp?: boolean
}

const LOOPBACK_IPS = new Set(Array.from({ length: 256 }, (_, i) => `127.0.0.${i}`))

export async function createGpumeshHost (init: HostInit): Promise<GpumeshLibp2p> {
  const peerDiscovery: Array<(components: any) => PeerDiscovery> = []
  if (init.mdns === true) peerDiscovery.push(mdns())

  const lanGuard = new LanDialGuard()
  const node = await createLibp2p({
    // Another home's LAN address stalls a dial for its whole timeout (see LanDialGuard).
    connectionGater: { denyDialMultiaddr: async (ma) => await lanGuard.denyDial(ma) },
    privateKey: init.privateKey,
    addresses: {
      listen: init.listen ?? [],
      announce: init.announce ?? []
    },
    // The relay transport dials /p2p-circuit addresses, and listens on them once
    // RelayReservations asks it to.
    transports: [tcp(), circuitRelayTransport()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    peerDiscovery,
    connectionManager: {
      allow: init.allow ?? ['/ip4/127.0.0.0/ipcidr/8'],
      inboundConnectionThreshold: INBOUND_CONNECTION_THRESHOLD,
      maxConnections: MAX_CONNECTIONS,
      // Many peers of a testnet handshake with the bootstrap node at once.
      maxIncomingPendingConnections: MAX_INCOMING_PENDING_CONNECTIONS,
      dialTimeout: DIAL_TIMEOUT_MS
    },
    services: {
      ...optionalServices(init),
      reachability: reachability(),
      relayReservations: relayReservations(init.reservations ?? 'never'),
      // AutoNAT asks peers to dial us back to confirm our public addresses; DCUtR turns
      // a relayed connection into a direct one where both NATs allow it.
      autoNAT: autoNAT(),
      dcutr: dcutr(),
      identify: identify(),
      ping: ping(),
      pubsub: gossipsub({
        // Offers are republished on an interval, so a node with no mesh yet just misses one.
        allowPublishToZeroTopicPeers: true,
        emitSelf: false,
        // Small networks: send our own offers to every topic peer, not just the mesh.
        floodPublish: true,
        // A bootstrap node of a testnet links many providers: keep them all in its mesh.
        Dhi: 64,
        // Gossipsub scores down more than 10 peers behind one IP (a Sybil defence) and
        // then ignores them. Every local testnet peer connects from 127.0.0.x, so that
        // defence would silence all but ten providers: exempt loopback only.
        scoreParams: {
          IPColocationFactorWhitelist: LOOPBACK_IPS,
          appSpecificScore: (peerId: string) => init.appScore?.(peerId) ?? 0
        }
      })
    }
  }) as GpumeshLibp2p
  node.services.relayReservations.watch(node.services.reachability)
  lanGuard.attach(node.peerStore)

  // Bootstrap peers are dialled at once and redialled while unreachable (see BootstrapKeeper).
  if ((init.bootstrap ?? []).length > 0) {
    const keeper = new BootstrapKeeper(node, init.bootstrap ?? [], node.logger)
    keeper.start()
    node.addEventListener('stop', () => { keeper.stop() })
  }

  // mDNS only discovers; dial what it finds (see the notes on libp2p 3).
  if (init.mdns === true) {
    node.addEventListener('peer:discovery', (evt) => {
      if (evt.detail.id.equals(node.peerId)) return
      node.dial(evt.detail.id).catch(() => {})
    })
  }
  return node
}

/** The relay server and UPnP, on the nodes that asked for them. */
function optionalServices (init: HostInit): Record<string, (components: any) => unknown> {
  const services: Record<string, (components: any) => unknown> = {}
  if (init.relayServer !== undefined) {
    const r = init.relayServer
    services.relay = circuitRelayServer({
      reservations: {
        maxReservations: r.maxReservations ?? RELAY_DEFAULT_MAX_RESERVATIONS,
        reservationTtl: r.reservationTtlMs ?? RELAY_DEFAULT_RESERVATION_TTL_MS,
        applyDefaultLimit: true,
        defaultDataLimit: BigInt(r.dataLimitBytes ?? RELAY_DEFAULT_DATA_LIMIT_BYTES),
        defaultDurationLimit: r.durationLimitMs ?? RELAY_DEFAULT_DURATION_LIMIT_MS
      }
    })
  }
  if (init.upnp === true) services.upnp = uPnPNAT()
  return services
}
