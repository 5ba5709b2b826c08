/**
 * The config of reaching and being reached through NAT: `nat.*` (every node) and
 * `relay.*` (a node that serves circuit relay v2 to others, the `--relay` role). Kept
 * apart from config.ts so the NAT knobs read in one place.
 */
import { RELAY_DEFAULT_DATA_LIMIT_BYTES, RELAY_DEFAULT_DURATION_LIMIT_MS, RELAY_DEFAULT_MAX_RESERVATIONS, RELAY_DEFAULT_RESERVATION_TTL_MS } from '@gpumesh/peer'
import { bool, int, oneOf, section, type Obj } from './fields.js'

export interface NatConfig {
  /** Take a relay reservation: when found private (auto), always, or never. */
  reservations: 'auto' | 'always' | 'never'
  /** Ask the router for a port mapping by UPnP. */
  upnp: boolean
}

export interface RelayConfig {
  /** Serve circuit relay v2: peers behind NAT reserve a slot here and are dialled through us. */
  enabled: boolean
  maxReservations: number
  /** Bytes each way one relayed connection may carry. */
  maxDataBytes: number
  /** Longest a relayed connection stays open, ms. */
  maxDurationMs: number
  /** A reservation's lifetime before it must be renewed, ms. */
  reservationTtlMs: number
}

export function defaultNatConfig (): NatConfig {
  return { reservations: 'auto', upnp: false }
}

export function defaultRelayConfig (): RelayConfig {
  return {
    enabled: false,
    maxReservations: RELAY_DEFAULT_MAX_RESERVATIONS,
    maxDataBytes: RELAY_DEFAULT_DATA_LIMIT_BYTES,
    maxDurationMs: RELAY_DEFAULT_DURATION_LIMIT_MS,
    reservationTtlMs: RELAY_DEFAULT_RESERVATION_TTL_MS
  }
}

export function parseNatConfig (raw: Obj): NatConfig {
  const n = section(raw, 'nat', ['reservations', 'upnp'])
  const d = defaultNatConfig()
  return {
    reservations: oneOf(n.reservations, 'nat.reservations', d.reservations, ['auto', 'always', 'never'] as const),
    upnp: bool(n.upnp, 'nat.upnp', d.upnp)
  }
}

export function parseRelayConfig (raw: Obj): RelayConfig {
  const r = section(raw, 'relay', ['enabled', 'maxReservations', 'maxDataBytes', 'maxDurationMs', 'reservationTtlMs'])
  const d = defaultRelayConfig()
  return {
    enabled: bool(r.enabled, 'relay.enabled', d.enabled),
    maxReservations: int(r.maxReservations, 'relay.maxReservations', d.maxReservations, 1, 100_000),
    maxDataBytes: int(r.maxDataBytes, 'relay.maxDataBytes', d.maxDataBytes, 1024, 2 ** 40),
    maxDurationMs: int(r.maxDurationMs, 'relay.maxDurationMs', d.maxDurationMs, 1_000, 7 * 24 * 3_600_000),
    reservationTtlMs: int(r.reservationTtlMs, 'relay.reservationTtlMs', d.reservationTtlMs, 10_000, 7 * 24 * 3_600_000)
  }
}

/** The commented YAML of both sections, for `gpumesh-node init`. */
export const NAT_CONFIG_YAML = `
# Behind NAT (a home, a lab): reachability is detected at start (AutoNAT, and whether
# every listen address is a LAN one). A private provider reserves a slot on a relay
# (a bootstrap node run with --relay) and advertises its /p2p-circuit address.
nat:
  # auto (when private) | always | never
  reservations: auto
  # Ask the router for a port mapping by UPnP (changes the router's state: opt-in).
  upnp: false

# Serve circuit relay v2 to peers behind NAT (also: gpumesh-node start --relay).
# Each relayed connection is reset past maxDataBytes (each way) or maxDurationMs.
relay:
  enabled: false
  maxReservations: ${RELAY_DEFAULT_MAX_RESERVATIONS}
  maxDataBytes: ${RELAY_DEFAULT_DATA_LIMIT_BYTES}
  maxDurationMs: ${RELAY_DEFAULT_DURATION_LIMIT_MS}
  reservationTtlMs: ${RELAY_DEFAULT_RESERVATION_TTL_MS}
`
