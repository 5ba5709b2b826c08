/**
 * A fixed-window counter per peer: cheap, and enough to stop one peer from flooding a
 * service (the bid engine, offer sync) while others are served.
 */
import { RATE_LIMIT_TRACKED_PEERS } from '../constants.js'

export class PeerRateLimiter {
  private readonly perWindow: number
  private readonly windowMs: number
  private readonly windows = new Map<string, { startMs: number, count: number }>()

  /** At most `perWindow` requests per peer in each `windowMs` (default one second). */
  constructor (perWindow: number, windowMs = 1_000) {
    this.perWindow = perWindow
    this.windowMs = windowMs
  }

  /** Count one request from `peer`; false when it is over its budget for this window. */
  allow (peer: string, now = Date.now()): boolean {
    let w = this.windows.get(peer)
    if (w === undefined || now - w.startMs >= this.windowMs) {
      if (w === undefined && this.windows.size >= RATE_LIMIT_TRACKED_PEERS) {
        const oldest = this.windows.keys().next().value
        if (oldest !== undefined) this.windows.delete(oldest)
      }
      w = { startMs: now, count: 0 }
      this.windows.delete(peer)
      this.windows.set(peer, w)
    }
    w.count++
    return w.count <= this.perWindow
  }
}
