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
export * from './socket-pipe.js'
export * from './errors.js'
export * from './dashboard/dashboard-http.js'
export * from './dashboard/dashboard-server.js'
export * from './dashboard/event-stream-hub.js'
export * from './dashboard/recent-log-lines.js'
