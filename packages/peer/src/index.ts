/**
 * @gpumesh/peer: the libp2p host and plumbing that providers and clients share.
 */
export * from './create-host.js'
export * from './identity.js'
export * from './offer-gossip.js'
export * from './offer-sync.js'
export * from './request.js'
export * from './serve-request.js'
export * from './constants.js'
export * from './request-channel.js'
export * from './reachability.js'
export * from './relay-reservations.js'
export * from './prefer-direct.js'
export * from './lan-dial-guard.js'
