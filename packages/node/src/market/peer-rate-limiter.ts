/**
 * A fixed-window counter per peer: cheap, and enough to stop one peer from flooding
 * the bid engine while others are served.
 */
import { RATE_LIMIT_TRACKED_PEERS } from '../constants.js'

export class PeerRateLimiter {
  private readonly perSecond: number
  private readonly windows = new Map<string, { startMs: number, count: number }>()

  constructor (perSecond: number) {
    this.perSecond = perSecond
  }

  /** Count one request from `peer`; false when it is over its budget for this second. */
  allow (peer: string, now = Date.now()): boolean {
    let w = this.windows.get(peer)
    if (w === undefined || now - w.startMs >= 1000) {
      if (w === undefined && this.windows.size >= RATE_LIMIT_TRACKED_PEERS) {
        const oldest = this.windows.keys().next().value
        if (oldest !== undefined) this.windows.delete(oldest)
      }
      w = { startMs: now, count: 0 }
      this.windows.delete(peer)
      this.windows.set(peer, w)
    }
    w.count++
    return w.count <= this.perSecond
  }
}
