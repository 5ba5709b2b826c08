/**
 * When a service job's lease ends. A service has no natural end: it runs until it is
 * cancelled or its lease is over, and its client renews the lease while it wants it.
 * The lease's length counts from when the workload started (the preparing phase before
 * it is not the client's time), so the clock starts with the workload, and a renewal
 * before then only changes the length.
 */
export class LeaseClock {
  private startedAtMs?: number
  private timer?: ReturnType<typeof setTimeout>

  constructor (private durationS: number, private readonly onEnd: () => void) {}

  /** The lease's whole length now. */
  get maxDurationS (): number {
    return this.durationS
  }

  /** When the lease ends (unix ms), or, before the workload started, when it would end if it started now. */
  endsAtMs (now = Date.now()): number {
    return (this.startedAtMs ?? now) + this.durationS * 1000
  }

  /** The workload is up: the lease runs from `startedAtMs`. */
  start (startedAtMs: number): void {
    this.startedAtMs = startedAtMs
    this.arm()
  }

  /** Make the lease `durationS` long in all; resolves with when it now ends. */
  extend (durationS: number): number {
    this.durationS = durationS
    if (this.startedAtMs !== undefined) this.arm()
    return this.endsAtMs()
  }

  stop (): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private arm (): void {
    this.stop()
    this.timer = setTimeout(this.onEnd, Math.max(0, this.endsAtMs() - Date.now()))
    this.timer.unref()
  }
}
