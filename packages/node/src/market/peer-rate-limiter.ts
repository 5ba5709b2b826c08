/** The per-peer limiter lives in @gpumesh/protocol: offer sync (in @gpumesh/peer) uses it too. */
export { PeerRateLimiter } from '@gpumesh/protocol'
