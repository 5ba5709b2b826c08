/**
 * What this client's own jobs say about each provider: decayed outcome counts kept in
 * the local store (`reputation` sublevel), scored by `@gpumesh/protocol`'s
 * reputationScore. The auction reads scores synchronously, so every record is held in
 * memory too (one small object per provider we ever used). Each outcome is counted
 * once per (job, attempt): a re-attach or a replay after a restart adds nothing.
 */
import {
  emptyReputation, observeOutcome, observeTimeToRunning, reputationScore,
  type ReputationOptions, type ReputationOutcome, type ReputationRecord, type ReputationScore
} from '@gpumesh/protocol'
import type { ClientStore } from './client-store.js'

/** Providers whose records are kept; past it the one updated longest ago is dropped (a client meets few). */
const MAX_REPUTATION_RECORDS = 10_000

/** What the auction and `providers()` read. */
export interface ReputationSource {
  /** 0..1; DEFAULT_REPUTATION for a provider we know nothing of. */
  score: (provider: string) => number
  explain: (provider: string) => ReputationScore
}

export class ReputationBook implements ReputationSource {
  private readonly store: ClientStore
  private readonly options: ReputationOptions
  private readonly records = new Map<string, ReputationRecord>()
  /** Writes in flight, in order per provider; stop() waits for them. */
  private writes: Promise<void> = Promise.resolve()

  constructor (store: ClientStore, options: ReputationOptions = {}) {
    this.store = store
    this.options = options
  }

  async load (options: { signal?: AbortSignal } = {}): Promise<void> {
    for await (const [provider, record] of this.store.reputation.iterator()) {
      options.signal?.throwIfAborted()
      if (typeof record === 'object' && record !== null) this.records.set(provider, { ...record, provider })
    }
  }

  score (provider: string): number {
    return this.explain(provider).score
  }

  explain (provider: string, now = Date.now()): ReputationScore {
    return reputationScore(this.records.get(provider), now, this.options)
  }

  /**
   * Count `outcome` for `provider`, once per `key` (job!attempt!what). Resolves once
   * stored; a store that fails (closed at shutdown) loses the outcome, not the job.
   */
  async observe (provider: string, outcome: ReputationOutcome, key: string, now = Date.now()): Promise<void> {
    await this.update(provider, key, r => observeOutcome(r, outcome, now, this.options), now)
  }

  async timeToRunning (provider: string, ms: number, key: string, now = Date.now()): Promise<void> {
    await this.update(provider, key, r => observeTimeToRunning(r, ms, now, this.options), now)
  }

  /** Wait for the writes under way. */
  async flush (): Promise<void> {
    await this.writes
  }

  private async update (provider: string, key: string, change: (r: ReputationRecord) => ReputationRecord, now: number): Promise<void> {
    const work = this.writes.then(async () => {
      if (await this.store.reputationSeen.get(key) !== undefined) return
      const next = change(this.records.get(provider) ?? emptyReputation(provider, now))
      this.records.delete(provider)
      this.records.set(provider, next)
      const batch = this.store.db.batch()
        .put(provider, next, { sublevel: this.store.reputation, valueEncoding: 'json' })
        .put(key, 1, { sublevel: this.store.reputationSeen, valueEncoding: 'json' })
      if (this.records.size > MAX_REPUTATION_RECORDS) {
        // Map order is update order: the first is the one updated longest ago.
        const oldest = this.records.keys().next().value as string
        this.records.delete(oldest)
        batch.del(oldest, { sublevel: this.store.reputation })
      }
      await batch.write()
    }).catch(() => {})
    this.writes = work
    await work
  }
}
