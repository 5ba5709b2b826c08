/** Limits and timings of the shared libp2p host. */

/** First pause before redialling an unreachable bootstrap peer; it doubles up to 30 s. */
export const BOOTSTRAP_RETRY_MS = 1_000
/** Handshakes in progress a node accepts at once (libp2p's default, 10, refuses a testnet starting together). */
export const MAX_INCOMING_PENDING_CONNECTIONS = 256
/** A local testnet dials many nodes from one host at once; libp2p's default (5/s) would refuse them. */
export const INBOUND_CONNECTION_THRESHOLD = 1_000
/** Connections kept at most: a provider talks to many clients, but not without bound. */
export const MAX_CONNECTIONS = 500
/** File in a data dir holding the peer's Ed25519 private key (libp2p protobuf encoding). */
export const PRIVATE_KEY_FILE = 'peer.key'
/** Deadline to dial a peer before a request gives up on it. */
export const DIAL_TIMEOUT_MS = 5_000
