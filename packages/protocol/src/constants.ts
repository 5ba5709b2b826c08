/** Protocol ids, topic names, payload types and the limits every reader enforces. */

/** Request/response: a signed JobOrder in, a signed Bid or a Decline out. */
export const BID_PROTOCOL = '/gpumesh/bid/1.0.0'
/** Provider -> client: a bid for an order the client broadcast on the orders topic. */
export const BID_CALLBACK_PROTOCOL = '/gpumesh/bid-callback/1.0.0'
/** Request/response: a signed LeaseRequest in, a signed Lease or a Reject out. */
export const LEASE_PROTOCOL = '/gpumesh/lease/1.0.0'
/** Long stream: Submit / Attach / Cancel / Countersign in, JobResponses out. */
export const JOB_PROTOCOL = '/gpumesh/job/1.0.0'

/** One stream per TCP connection into a running job's port: a ForwardRequest, a ForwardResponse, then raw bytes. */
export const FORWARD_PROTOCOL = '/gpumesh/forward/1.0.0'
/** A command (or a shell on a pty) inside a running job's sandbox: ExecRequest, then ExecInput in and ExecOutput out. */
export const EXEC_PROTOCOL = '/gpumesh/exec/1.0.0'

/** Gossipsub topic for signed CapacityOffers. */
export const OFFERS_TOPIC = '/gpumesh/offers/1.0.0'
/** Gossipsub topic for signed JobOrders a client could not send to enough providers directly. */
export const ORDERS_TOPIC = '/gpumesh/orders/1.0.0'

/** Envelope payload types: signed with the payload so one kind cannot pass for another. */
export const PayloadType = {
  offer: 'gpumesh/offer/1',
  order: 'gpumesh/order/1',
  bid: 'gpumesh/bid/1',
  leaseRequest: 'gpumesh/lease-request/1',
  lease: 'gpumesh/lease/1',
  receipt: 'gpumesh/receipt/1',
  receiptAcceptance: 'gpumesh/receipt-acceptance/1',
  leaseRenewal: 'gpumesh/lease-renewal/1'
} as const
export type PayloadType = typeof PayloadType[keyof typeof PayloadType]

/**
 * Records, not requests: a receipt and its countersignature say what happened and
 * authorise nothing, so their envelopes carry no expiry and never age out when
 * verified. Every other type without an expiry is refused after the max age.
 */
export const DURABLE_PAYLOAD_TYPES: ReadonlySet<string> = new Set([PayloadType.receipt, PayloadType.receiptAcceptance])

/** Prefix of every signed byte string, so a gpumesh signature means nothing elsewhere. */
export const SIGNING_DOMAIN = 'gpumesh-envelope-v1'

/** Market messages are small; 64 KiB leaves room for many GPUs and attributes. */
export const MAX_MARKET_MESSAGE_BYTES = 64 * 1024
/** A Submit carries inputs inline; larger data belongs in an image or a download. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024
/**
 * Most a single input fetched by URL may claim: inputs past 8 MiB go by URL, and a model's
 * weights reach tens of GiB. The provider's own cap (`inputs.maxInputBytes`) is usually lower.
 */
export const MAX_URL_INPUT_BYTES = 256 * 1024 * 1024 * 1024
/** A job request frame: the inputs plus room for the rest of the spec. */
export const MAX_JOB_REQUEST_BYTES = MAX_INPUT_BYTES + 256 * 1024
/** Result chunks are cut well below this, so one event frame never exceeds it. */
export const MAX_JOB_EVENT_BYTES = 256 * 1024
/** Result files stream in chunks of this size. */
export const RESULT_CHUNK_BYTES = 64 * 1024

/** A ForwardRequest or ForwardResponse frame: ids and a detail line. */
export const MAX_FORWARD_MESSAGE_BYTES = 4 * 1024
/** An exec frame: the request (argv and env within the spec's limits) or one chunk of output. */
export const MAX_EXEC_MESSAGE_BYTES = 128 * 1024
/** Exec output and stdin are cut into chunks of at most this size, well below the frame limit. */
export const EXEC_CHUNK_BYTES = 32 * 1024

/** Default deadline for one request/response exchange. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5_000
/** Clock skew tolerated between peers when checking signedAt/expiresAt. */
export const DEFAULT_CLOCK_SKEW_MS = 30_000
/** An envelope without an expiry is refused once it is older than this. */
export const DEFAULT_MAX_ENVELOPE_AGE_MS = 10 * 60_000

/** Field limits: decoders reject anything beyond them. */
export const Limits = {
  idChars: 128,
  peerIdChars: 128,
  shortStringChars: 256,
  modelChars: 256,
  attributes: 64,
  attributeChars: 256,
  gpusPerOffer: 64,
  gpuIndicesPerBid: 64,
  runtimes: 16,
  /** Images (or patterns) an offer lists: enough for a provider's usual set, bounded for gossip. */
  images: 64,
  addrs: 32,
  addrChars: 512,
  detailChars: 1024,
  logLineChars: 16 * 1024,
  commandArgs: 256,
  commandChars: 64 * 1024,
  envVars: 128,
  envValueChars: 32 * 1024,
  inputFiles: 64,
  fileNameChars: 255,
  /** An input's URL: what browsers and CDNs accept in practice. */
  urlChars: 2048,
  /** The preparing phase (url inputs, an image pull): a day at most. */
  maxPreparingTimeoutS: 24 * 3600,
  minTimeoutS: 1,
  maxTimeoutS: 7 * 24 * 3600,
  maxDurationS: 30 * 24 * 3600,
  resultFiles: 1024,
  /** Ports a service job may declare: a notebook, a server and a few tools. */
  ports: 16,
  /** Env vars an exec request may add (TERM, LANG, ...). */
  execEnvVars: 16
} as const

/** Request/response: an empty request in, an OfferSet (every offer the peer knows) out. */
export const OFFER_SYNC_PROTOCOL = '/gpumesh/offer-sync/1.0.0'
/** Offers in one OfferSet; enough for a large network, bounded for memory. */
export const MAX_OFFERS_PER_SYNC = 1024
/** An OfferSet frame: MAX_OFFERS_PER_SYNC offers of a few KiB each at most. */
export const MAX_OFFER_SET_BYTES = 4 * 1024 * 1024
/** One offer per provider: 10k providers at about 1 KiB each keeps an offer book near 10 MiB. */
export const DEFAULT_MAX_OFFERS = 10_000
/** A provider we know nothing about ranks between proven good and proven bad ones. */
export const DEFAULT_REPUTATION = 0.5
/** Surge may multiply the base price by at most this percent (100x): a larger value is a typo. */
export const MAX_SURGE_MULTIPLIER_PERCENT = 10_000

/**
 * Longest an offer is kept after it was signed, whatever expiry it claims: 6x a
 * provider's default republish interval (10 s), 2x its default ttl (30 s). A stranger's
 * "expires in a year" offer then lapses within a minute unless it keeps re-sending it.
 */
export const MAX_OFFER_LIFETIME_MS = 60_000
/**
 * Second-hand offers (relayed by a peer that did not sign them) one source may place in
 * a book: what one offer-sync answer can carry, so an honest bootstrap node still hands
 * a client a network of that size, and a stranger's flood stops there.
 */
export const MAX_RELAYED_OFFERS_PER_SOURCE = MAX_OFFERS_PER_SYNC
/** First pause before asking again a provider we could not dial; it doubles per failure. */
export const UNREACHABLE_BACKOFF_MS = 5_000
/** The longest that pause grows: a provider back online is tried within 5 minutes. */
export const MAX_UNREACHABLE_BACKOFF_MS = 5 * 60_000
/** Relayed offers that proved unreachable or invalid before their source loses standing. */
export const SOURCE_STRIKES = 3
/** How long a source that lost standing stays distrusted (its relayed offers refused). */
export const SOURCE_DISTRUST_MS = 10 * 60_000
/** Peers tracked by a per-peer rate limiter before the oldest are forgotten. */
export const RATE_LIMIT_TRACKED_PEERS = 10_000
