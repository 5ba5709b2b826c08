/**
 * A job's preparing phase for its inputs by URL: each is taken from the cache or
 * fetched (once, however many jobs want it at the same time), checked against its sha256
 * and size, and reported as it goes. The job's own time limit starts after this, when it
 * runs; this phase has its own (the spec's preparingTimeoutS or the provider's default).
 */
import { rm } from 'node:fs/promises'
import { isUrlInput, type WorkloadSpec } from '@gpumesh/protocol'
import { InputFetchError } from '../errors.js'
import type { Startable } from '../startable.js'
import type { InputCache } from './input-cache.js'
import { fetchInput } from './input-fetcher.js'
import type { InputNetworkPolicy } from './network-policy.js'

export interface PrepareProgress {
  name: string
  bytesDone: number
  bytesTotal: number
  cached: boolean
}

export interface PreparedInputs {
  /** File name to the local file the runtime copies into input/. */
  files: ReadonlyMap<string, string>
  /** Unpin the cache entries and remove uncached downloads; call once the job has its copies. */
  release: () => Promise<void>
}

export interface InputPreparerComponents {
  cache: InputCache
  policy: InputNetworkPolicy
}

export interface InputPreparerInit {
  maxInputBytes: number
  /** When the spec sets no preparingTimeoutS. */
  defaultTimeoutS: number
}

interface Download { path: string, cached: boolean }

export class InputPreparer implements Startable {
  /** Downloads under way by sha256: a second job wanting the same bytes waits for the first. */
  private readonly inflight = new Map<string, Promise<Download>>()

  constructor (private readonly components: InputPreparerComponents, private readonly init: InputPreparerInit) {}

  async start (): Promise<void> {}
  async stop (): Promise<void> {}

  /** The limit of `spec`'s preparing phase, ms. */
  timeoutMs (spec: WorkloadSpec): number {
    const s = spec.preparingTimeoutS ?? 0
    return (s > 0 ? s : this.init.defaultTimeoutS) * 1000
  }

  /** Why this provider will not fetch one of `spec`'s inputs, before anything is leased or run. */
  refusal (spec: WorkloadSpec): string | undefined {
    for (const f of spec.inputs) {
      if (!isUrlInput(f)) continue
      if (f.size > this.init.maxInputBytes) return `input ${f.name}: ${f.size} bytes, more than the ${this.init.maxInputBytes} this provider fetches`
      const refused = this.components.policy.refuseUrl(new URL(f.url))
      if (refused !== undefined) return `input ${f.name}: ${refused}`
    }
    return undefined
  }

  /** Fetch or find every input by URL of `spec`. Throws InputFetchError (reason and input named). */
  async prepare (spec: WorkloadSpec, options: { signal: AbortSignal, onProgress: (p: PrepareProgress) => Promise<void> }): Promise<PreparedInputs> {
    const files = new Map<string, string>()
    const releases: Array<() => Promise<void>> = []
    const release = async (): Promise<void> => { for (const r of releases.splice(0)) await r().catch(() => {}) }
    try {
      for (const f of spec.inputs) {
        if (!isUrlInput(f)) continue
        if (f.size > this.init.maxInputBytes) throw new InputFetchError(f.name, 'too-large', `${f.size} bytes, more than the ${this.init.maxInputBytes} this provider fetches`)
        const key = Buffer.from(f.sha256).toString('hex')
        let hit = await this.components.cache.use(key)
        if (hit !== undefined) {
          await options.onProgress({ name: f.name, bytesDone: f.size, bytesTotal: f.size, cached: true })
        } else {
          await options.onProgress({ name: f.name, bytesDone: 0, bytesTotal: f.size, cached: false })
          const download = await this.download(key, f, options)
          hit = download.cached ? await this.components.cache.use(key) : undefined
          if (hit === undefined) {
            // Too big for the cache (or evicted at once): this job uses the download once.
            const path = download.path
            files.set(f.name, path)
            releases.push(async () => { await rm(path, { force: true }) })
            continue
          }
        }
        const entry = hit
        files.set(f.name, entry.path)
        releases.push(async () => { entry.release() })
      }
    } catch (err) {
      await release()
      throw err
    }
    return { files, release }
  }

  private async download (key: string, f: { name: string, url: string, sha256: Uint8Array, size: number }, options: { signal: AbortSignal, onProgress: (p: PrepareProgress) => Promise<void> }): Promise<Download> {
    const running = this.inflight.get(key)
    if (running !== undefined) {
      // Another job is fetching these bytes; its failure (or its cancel) is not ours: try again alone.
      const shared = await running.catch(() => undefined)
      if (shared?.cached === true) return shared
    }
    const { cache, policy } = this.components
    const work = (async (): Promise<Download> => {
      const tmp = cache.tempPath()
      let last = Promise.resolve()
      await fetchInput(f, tmp, {
        policy,
        signal: options.signal,
        onProgress: done => { last = last.then(async () => { await options.onProgress({ name: f.name, bytesDone: done, bytesTotal: f.size, cached: false }) }).catch(() => {}) }
      })
      await last
      return (await cache.add(key, tmp, f.size)) ? { path: '', cached: true } : { path: tmp, cached: false }
    })()
    this.inflight.set(key, work)
    try {
      return await work
    } finally {
      if (this.inflight.get(key) === work) this.inflight.delete(key)
    }
  }
}
