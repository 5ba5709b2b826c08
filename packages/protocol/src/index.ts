/**
 * @gpumesh/protocol: the wire format and the pure market logic that provider nodes
 * and clients share. No I/O and no libp2p host live here.
 */

// High level: the market's messages and their codecs.
export * from './offer.js'
export * from './order.js'
export * from './bid.js'
export * from './lease.js'
export * from './lease-renewal.js'
export * from './workload-spec.js'
export * from './job-state.js'
export * from './job-messages.js'
export * from './session-messages.js'
export * from './receipt.js'
export * from './session-usage.js'
export * from './envelope.js'
export * from './market/index.js'

// Protocol ids, topics, limits, errors.
export * from './constants.js'
export * from './errors.js'

// Low level: framing over libp2p streams, field checks, generated types.
export * from './framing.js'
export * from './deadline.js'
export * from './read-budget.js'
export { decodeWire, encodeWire, checkSafeUint, toBigInt, fromBigInt, MAX_UINT64 } from './fields.js'
export { pb } from './pb.js'
export * from './public-key-cache.js'
export * from './signing-key-cache.js'
