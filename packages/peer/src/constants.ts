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
/** Offer syncs answered per peer in each window: a client waiting for providers asks about twice a second. */
export const OFFER_SYNC_PER_WINDOW = 10
/** The window of OFFER_SYNC_PER_WINDOW. */
export const OFFER_SYNC_WINDOW_MS = 5_000
/** Bytes of offers in one sync answer we send: 1,024 ordinary offers (~600 B each), a quarter of what a reader accepts. */
export const MAX_OFFER_SET_ANSWER_BYTES = 1024 * 1024
/**
 * Gossipsub application score of a peer that lost standing (SourceStanding): times the
 * default appSpecificWeight (10) it is -1000, below the graylist threshold (-80), so
 * gossipsub ignores what that peer sends.
 */
export const DISTRUSTED_PEER_APP_SCORE = -100

/** Dashboard viewers (server-sent event streams) one server keeps at once; more get 503. */
export const MAX_DASHBOARD_VIEWERS = 16
/**
 * Bytes queued unsent to one viewer before it is dropped: ~1,000 log lines. Its
 * EventSource reconnects and gets a fresh snapshot, so a slow tab costs a gap, not memory.
 */
export const MAX_DASHBOARD_VIEWER_BUFFER_BYTES = 256 * 1024
/** A comment line this often keeps proxies and the browser from closing an idle stream. */
export const DASHBOARD_HEARTBEAT_MS = 15_000
/** Log lines a dashboard keeps per job, for a viewer that opens the page mid-job. */
export const DASHBOARD_LOG_LINES_PER_JOB = 200
/**
 * Relay server defaults, for a node that serves circuit relay v2 (`--relay`). libp2p's
 * own (128 KiB, 2 min a relayed connection) let through a market exchange but cut a
 * job's logs short; these let a small job's logs and results through while a stranger
 * still cannot stream through us for long. Operators set their own in `relay.*`.
 */
export const RELAY_DEFAULT_MAX_RESERVATIONS = 64
/** Bytes each way a relayed connection may carry before the relay resets it. */
export const RELAY_DEFAULT_DATA_LIMIT_BYTES = 4 * 1024 * 1024
/** How long a relayed connection may stay open before the relay resets it. */
export const RELAY_DEFAULT_DURATION_LIMIT_MS = 10 * 60_000
/** How long a reservation lasts before its holder must renew it (libp2p's default: 2 h). */
export const RELAY_DEFAULT_RESERVATION_TTL_MS = 60 * 60_000
/**
 * How long a job stream waits for DCUtR to replace a relayed connection with a direct
 * one before it runs over the relay. DCUtR's own attempt times out at 5 s; a hole punch
 * that works takes a round trip or two, and one started by the RFQ is usually done by
 * submit. Only waited for when an upgrade is possible at all (see openPreferDirect).
 */
export const DIRECT_UPGRADE_WAIT_MS = 3_000
