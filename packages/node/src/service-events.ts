/** Event payloads more than one service emits (see metrics-observer.ts for who listens). */

/** An inbound message refused because it was malformed, forged, replayed, expired or oversize. */
export interface RejectedMessage {
  protocol: string
  error: unknown
}
