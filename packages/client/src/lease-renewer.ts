/**
 * Keeps a service job's lease renewed while the job runs and this client does: "renewed
 * while paid and wanted". Each renewal adds the lease's first length, a little ahead of
 * its end (RENEW_AHEAD_*), up to the provider's maximum; once the provider refuses (at
 * its maximum, or the job is over) it stops trying, and the lease ends on its own. A
 * client that goes away stops renewing: the service ends with its lease (`cancelled`,
 * `lease-ended`), so nobody is billed for a service nobody wants.
 */
import type { Logger } from '@libp2p/interface'
import { isTerminal } from '@gpumesh/protocol'
import { RENEW_AHEAD_FRACTION, RENEW_AHEAD_MAX_MS, RENEW_AHEAD_MIN_MS } from './constants.js'
import { JobRefusedError } from './errors.js'
import type { JobHandle } from './job.js'

/** A renewal that failed for want of a connection is tried again this soon. */
const RETRY_MS = 2_000

export class LeaseRenewer {
  private timer?: ReturnType<typeof setTimeout>
  /** The attempt being kept, when this client saw it start running, and its first lease length. */
  private running?: { attempt: number, sinceMs: number, stepS: number }
  private stopped = false

  constructor (private readonly job: JobHandle, private readonly log: Logger) {}

  /** Renew until the job is over or `signal` aborts (the client stops). */
  async run (signal: AbortSignal): Promise<void> {
    try {
      for await (const u of this.job.events({ signal })) {
        if (u.type === 'state' && u.state === 'running') {
          const length = this.job.attempt?.leaseDurationS ?? this.job.record.order.maxDurationS
          this.running = { attempt: u.attempt, sinceMs: Date.now(), stepS: length }
          this.arm()
        } else if (u.type === 'state' && (isTerminal(u.state) || u.state === 'lost')) {
          // A retry's attempt starts over once it runs.
          this.running = undefined
          this.disarm()
        }
      }
    } finally {
      this.stopped = true
      this.disarm()
    }
  }

  /** Set the timer for the next renewal of the running attempt's lease. */
  private arm (delayMs?: number): void {
    this.disarm()
    const running = this.running
    const attempt = this.job.attempt
    if (this.stopped || running === undefined || attempt?.attempt !== running.attempt) return
    const length = attempt.leaseDurationS ?? running.stepS
    const ahead = Math.min(RENEW_AHEAD_MAX_MS, Math.max(RENEW_AHEAD_MIN_MS, running.stepS * 1000 * RENEW_AHEAD_FRACTION))
    const wait = delayMs ?? running.sinceMs + length * 1000 - ahead - Date.now()
    this.timer = setTimeout(() => { void this.renew(running) }, Math.max(0, wait))
    this.timer.unref()
  }

  private disarm (): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private async renew (running: { attempt: number, stepS: number }): Promise<void> {
    try {
      const { maxDurationS } = await this.job.renew({ byS: running.stepS })
      this.log('job %s: lease renewed to %d s', this.job.id, maxDurationS)
      this.arm()
    } catch (err) {
      if (this.stopped || this.running !== running) return
      if (err instanceof JobRefusedError) {
        // The provider will not give more: said once, in the job's own updates.
        this.job.emit({ type: 'log', attempt: running.attempt, seq: 0, atMs: Date.now(), stream: 'system', line: `lease not renewed: ${err.detail}; the service ends with its lease` })
        return
      }
      this.log('job %s: renewing its lease failed, trying again - %e', this.job.id, err)
      this.arm(RETRY_MS)
    }
  }
}
