/** Defaults of the client SDK, each with the reason for its value. */

/**
 * Providers an order is sent to directly: the cheapest three with free GPUs. Price
 * competition happens at the top of the book; every provider asked more costs CPU on
 * its side and ours, and the auction waits for the slowest answer (8 doubled
 * submit -> running on a 10-provider testnet on two cores).
 */
export const DEFAULT_RFQ_FANOUT = 3
/**
 * How submit ranks bids: by price over the provider's reliability from our own history
 * (effectivePrice). With no history every provider scores the same and it is the price
 * order; a provider that drops jobs after bidding low loses to one that finishes them.
 */
export const DEFAULT_RANK_STRATEGY = 'reputation' as const
/** Bid window: bids travel on direct streams (~1 ms on a LAN), so a few hundred ms is plenty. */
export const DEFAULT_BID_WINDOW_MS = 300
/** The provider's heartbeat interval while a job runs (see the node's jobs.heartbeatMs). */
export const DEFAULT_HEARTBEAT_MS = 2_000
/** Missed heartbeats before a provider is declared lost. */
export const LOST_AFTER_HEARTBEATS = 3
/** Longest a job may run when the caller gives no duration, seconds. */
export const DEFAULT_MAX_DURATION_S = 3_600
/** Deadline of one lease request. */
export const LEASE_TIMEOUT_MS = 5_000
/** Deadline for connecting to the network at start. */
export const CONNECT_TIMEOUT_MS = 10_000
/** Bid callbacks accepted per connection at once. */
export const MAX_INBOUND_CALLBACK_STREAMS = 32
/** How long a submit waits for a busy provider to have capacity before giving up. */
export const DEFAULT_QUEUE_TIMEOUT_MS = 30_000
/**
 * Deadline for fetching the receipts a job's earlier providers still owe: one dial and
 * a replay of a few events each; a provider that is still gone must not hold us longer.
 */
export const RECEIPT_COLLECT_TIMEOUT_MS = 5_000
/**
 * Deadline of a cancel, and the longest its stream may go quiet: the provider stops the
 * job (a workload gets 2 s between SIGTERM and SIGKILL), then sends its last events and receipt.
 */
export const CANCEL_TIMEOUT_MS = 15_000
/** A renewal's round trip: one signed request, one event back. */
export const RENEW_TIMEOUT_MS = 15_000
/**
 * A service's lease is renewed this far ahead of its end: a third of its first length,
 * at most 5 min (a renewal that fails then has time to be tried again), at least 1 s.
 */
export const RENEW_AHEAD_FRACTION = 1 / 3
export const RENEW_AHEAD_MAX_MS = 5 * 60_000
export const RENEW_AHEAD_MIN_MS = 1_000
/** Deadline of delivering a countersignature: one small request; the receipt is stored either way. */
export const COUNTERSIGN_TIMEOUT_MS = 5_000
/** A quote asks every matching provider, not the best K, so the slower ones get a longer window. */
export const QUOTE_WINDOW_MS = DEFAULT_BID_WINDOW_MS * 3
/** First pause between auction rounds while every capable provider is busy: a job may end any moment. */
export const QUEUE_FIRST_PAUSE_MS = 25
/** Longest pause between those rounds: capacity a finishing job frees is found within a second. */
export const QUEUE_MAX_PAUSE_MS = 1_000
/** How long a provider that declined as busy is asked last: offers are only republished every few seconds. */
export const BUSY_HINT_HOLD_MS = 1_000
/** First pause between offer syncs while waiting for providers. */
export const PROVIDER_WAIT_FIRST_PAUSE_MS = 100
/** Longest pause between them, capped low: while a testnet starts, the peers we sync from learn offers quickly. */
export const PROVIDER_WAIT_MAX_PAUSE_MS = 500
/**
 * Deadline to open one forwarded connection: dial (or reuse) the provider, negotiate,
 * and its answer, which includes connecting inside the job's sandbox (the first starts
 * its relay, ~50-200 ms on a loaded host).
 */
export const FORWARD_OPEN_TIMEOUT_MS = 15_000
/** Forward streams we open at once per provider connection: the provider's per-job bound is the policy. */
export const MAX_OUTBOUND_FORWARD_STREAMS = 4096
/** Deadline for an exec session to start (the provider answers `started` or a refusal). */
export const EXEC_START_TIMEOUT_MS = 15_000
