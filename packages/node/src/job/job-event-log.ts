/**
 * Each job's events, numbered 1, 2, 3 … and written to the store before anyone sees
 * them, so a client can re-attach from any seq and a restarted node still has every
 * event it acknowledged.
 */
import { decodeJobEvent, encodeJobEvent, type JobEvent, type JobEventBody } from '@gpumesh/protocol'
import { NodeStore, type JobRecord } from '../store/node-store.js'

type Listener = (event: JobEvent) => void

export class JobEventLog {
  private readonly store: NodeStore
  private readonly listeners = new Map<string, Set<Listener>>()
  /** Per-job write chain: appends of one job are strictly ordered. */
  private readonly chains = new Map<string, Promise<unknown>>()
  /** Jobs that may still write events; every other job's log is complete. Only live jobs are kept, so this does not grow with history. */
  private readonly live = new Set<string>()

  constructor (store: NodeStore) {
    this.store = store
  }

  /** Assign the next seq, persist, then notify followers. */
  async append (job: JobRecord, body: JobEventBody, now = Date.now()): Promise<JobEvent> {
    const previous = this.chains.get(job.jobId) ?? Promise.resolve()
    const next = previous.catch(() => {}).then(async () => {
      const event = { jobId: job.jobId, seq: job.lastSeq + 1, atMs: now, ...body } as JobEvent
      if (body.type === 'state') {
        job.state = body.state
        job.reason = body.reason
        job.exitCode = body.exitCode
      }
      await this.store.db.batch()
        .put(NodeStore.eventKey(job.jobId, event.seq), encodeJobEvent(event), { sublevel: this.store.events, valueEncoding: 'view' })
        .put(job.jobId, { ...job, lastSeq: event.seq }, { sublevel: this.store.jobs, valueEncoding: 'json' })
        .write()
      job.lastSeq = event.seq
      for (const l of this.listeners.get(job.jobId) ?? []) l(event)
      return event
    })
    this.chains.set(job.jobId, next)
    return await next
  }

  /** A new job: followers wait for its events until it is closed. */
  open (jobId: string): void {
    this.live.add(jobId)
  }

  /** The job will write no more events: followers end once they have seen them all. */
  close (jobId: string): void {
    this.live.delete(jobId)
    this.chains.delete(jobId)
    for (const l of this.listeners.get(jobId) ?? []) l({ jobId, seq: 0, atMs: 0, type: 'heartbeat' })
  }

  isClosed (jobId: string): boolean {
    return !this.live.has(jobId)
  }

  /** Jobs whose logs are still open (for tests and status). */
  get openJobs (): number {
    return this.live.size
  }

  /** Stored events with seq >= fromSeq, in order. */
  async * replay (jobId: string, fromSeq: number): AsyncGenerator<JobEvent> {
    const it = this.store.events.values({ gte: NodeStore.eventKey(jobId, Math.max(1, fromSeq)), lt: `${jobId}!~` })
    for await (const bytes of it) yield decodeJobEvent(bytes)
  }

  /**
   * Replay from `fromSeq`, then follow live events until the job is closed or `signal`
   * aborts. Subscribes before replaying, so nothing falls between the two.
   */
  async * follow (jobId: string, fromSeq: number, signal: AbortSignal): AsyncGenerator<JobEvent> {
    const queue: JobEvent[] = []
    let wake: (() => void) | undefined
    const listener: Listener = (e) => { queue.push(e); wake?.() }
    let set = this.listeners.get(jobId)
    if (set === undefined) { set = new Set(); this.listeners.set(jobId, set) }
    set.add(listener)
    const onAbort = (): void => { wake?.() }
    signal.addEventListener('abort', onAbort)
    try {
      let next = Math.max(1, fromSeq)
      for await (const e of this.replay(jobId, next)) {
        if (signal.aborted) return
        yield e
        next = e.seq + 1
      }
      for (;;) {
        while (queue.length > 0) {
          const e = queue.shift() as JobEvent
          if (e.seq === 0) return // the close marker
          if (e.seq < next) continue
          yield e
          next = e.seq + 1
        }
        if (signal.aborted || !this.live.has(jobId)) return
        await new Promise<void>(resolve => { wake = resolve })
        wake = undefined
      }
    } finally {
      signal.removeEventListener('abort', onAbort)
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(jobId)
    }
  }
}
