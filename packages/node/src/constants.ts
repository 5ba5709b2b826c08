import { MAX_JOB_REQUEST_BYTES } from '@gpumesh/protocol'

/** Limits and timings of the provider node, each with the reason for its value. */

/** Concurrent inbound bid streams per connection: RFQs are short, a client rarely has more than a few in flight. */
export const MAX_INBOUND_BID_STREAMS = 64
/** Concurrent lease streams per connection: one per bid a client accepts. */
export const MAX_INBOUND_LEASE_STREAMS = 32
/** Concurrent job streams per connection: one per job a client follows, plus re-attaches. */
export const MAX_INBOUND_JOB_STREAMS = 64
/**
 * Bytes of partly received job requests one connection may hold: two whole Submits with
 * inline inputs. Without it 64 streams stalled inside 8 MiB frames pinned over 500 MiB.
 */
export const JOB_READ_BUDGET_PER_CONNECTION = 2 * MAX_JOB_REQUEST_BYTES
/** The same over all connections: eight whole Submits arriving at once (~66 MiB). */
export const JOB_READ_BUDGET_PER_NODE = 8 * MAX_JOB_REQUEST_BYTES
/** Outbound bid callbacks per connection (orders-topic bids dialled back to the client). */
export const MAX_OUTBOUND_CALLBACK_STREAMS = 16
/** Deadline to read a whole request from a peer: a slow peer may not hold a handler longer. */
export const REQUEST_READ_TIMEOUT_MS = 5_000
/** Deadline to send one job event: a client that reads nothing for this long is cut off; it can re-attach from its last seq. */
export const EVENT_WRITE_TIMEOUT_MS = 30_000
/**
 * Offer republishes are coalesced within this window after a capacity change: offers
 * are advisory (the bid is what counts), and every republish costs each peer a
 * signature check, so under load one a second is plenty.
 */
export const OFFER_CHANGE_DEBOUNCE_MS = 1_000
/** Change-driven republishes are at least this far apart (leases start and end all the time under load). */
export const OFFER_CHANGE_MIN_INTERVAL_MS = 5_000
/** Recent orders whose answer is kept, so one order seen twice (direct and gossip) is answered once. */
export const MAX_REMEMBERED_ORDERS = 10_000
/** Clients and addresses whose hold record (lapses, submits, penalty) is kept before the longest quiet is forgotten. */
export const MAX_HOLD_STANDINGS = 10_000
/** Bids made without a hold that are remembered for a Submit; each lives only its bid's short lifetime. */
export const MAX_UNHELD_BIDS = 10_000
/** An address may be shared by a NAT's worth of clients: it is boxed only after this many times a client's lapses. */
export const ADDRESS_LAPSE_FACTOR = 2
/**
 * Lifetime of the nothing-free offer a draining provider publishes last: long enough to
 * replace its live offer everywhere, short enough that a provider gone for good leaves
 * the books soon after.
 */
export const WITHDRAWN_OFFER_TTL_MS = 10_000
/**
 * After a drain has ended its jobs, how long the job protocol stays up for their clients
 * to countersign the receipts: a countersignature is one round trip, 5 s covers a
 * loaded host, and a client that is gone must not hold the shutdown longer.
 */
export const DRAIN_COUNTERSIGN_WAIT_MS = 5_000
/**
 * Concurrent forward streams per connection: one per forwarded TCP connection (a
 * browser opens a few dozen); the per-job bound (sessions.maxConnectionsPerJob) is the
 * policy, this only stops one connection from holding more handlers than any job allows.
 */
export const MAX_INBOUND_FORWARD_STREAMS = 4096
/** Concurrent exec streams per connection; sessions.maxExecSessionsPerJob bounds each job. */
export const MAX_INBOUND_EXEC_STREAMS = 64
/** Deadline to connect to a job's port inside its sandbox (the relay's start included on the first). */
export const FORWARD_CONNECT_TIMEOUT_MS = 10_000
/** Deadline for an exec session's command to start inside the sandbox. */
export const EXEC_SPAWN_TIMEOUT_MS = 10_000
