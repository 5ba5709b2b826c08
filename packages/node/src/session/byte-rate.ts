/**
 * A token bucket: at most `bytesPerSecond` on average, bursts up to one second's worth.
 * Shared by all of one job's forwarded connections, so opening more connections does
 * not buy more bandwidth. A taker over the budget waits for its debt to be repaid.
 */
import { setTimeout as sleep } from 'node:timers/promises'

export class ByteRate {
  private tokens: number
  private last = Date.now()

  constructor (private readonly bytesPerSecond: number) {
    this.tokens = bytesPerSecond
  }

  /** Resolves once `bytes` may pass; rejects when `signal` aborts meanwhile. */
  async take (bytes: number, signal: AbortSignal): Promise<void> {
    const now = Date.now()
    this.tokens = Math.min(this.bytesPerSecond, this.tokens + (now - this.last) * this.bytesPerSecond / 1000)
    this.last = now
    this.tokens -= bytes
    if (this.tokens >= 0) return
    await sleep(Math.ceil(-this.tokens * 1000 / this.bytesPerSecond), undefined, { signal })
  }
}
