/**
 * Content-addressed store of fetched inputs: `<dir>/<sha256 hex>`, bounded in bytes,
 * least recently used removed first. An entry in use (being copied into a job) is pinned
 * and never removed under it. The index is rebuilt from the dir at start (last use from
 * each file's mtime, which a hit refreshes), so a restarted provider keeps its cache.
 */
import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Startable } from '../startable.js'

const HEX64 = /^[0-9a-f]{64}$/

interface Entry {
  size: number
  lastUsedMs: number
  pins: number
}

export interface InputCacheInit {
  dir: string
  maxBytes: number
}

export class InputCache implements Startable {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0
  /** Last-use stamps strictly increase, so two uses in one millisecond still order. */
  private clock = 0

  constructor (private readonly init: InputCacheInit) {}

  get maxBytes (): number { return this.init.maxBytes }
  get usedBytes (): number { return this.bytes }

  async start (): Promise<void> {
    await mkdir(this.tmpDir, { recursive: true, mode: 0o700 })
    // Partial downloads of a provider that stopped mid-fetch are worthless.
    for (const f of await readdir(this.tmpDir)) await rm(join(this.tmpDir, f), { force: true })
    for (const name of await readdir(this.init.dir)) {
      if (!HEX64.test(name)) continue
      const s = await stat(join(this.init.dir, name)).catch(() => undefined)
      if (s?.isFile() !== true) continue
      this.entries.set(name, { size: s.size, lastUsedMs: s.mtimeMs, pins: 0 })
      this.clock = Math.max(this.clock, s.mtimeMs)
      this.bytes += s.size
    }
    await this.evict(0)
  }

  async stop (): Promise<void> {}

  has (sha256: string): boolean { return this.entries.has(sha256) }

  /** Hex digests held, most recently used first, at most `limit`. */
  recent (limit: number): string[] {
    return [...this.entries.entries()].sort((a, b) => b[1].lastUsedMs - a[1].lastUsedMs).slice(0, limit).map(([k]) => k)
  }

  /** A fresh path in the cache's tmp dir, on the same filesystem so `add` is a rename. */
  tempPath (): string { return join(this.tmpDir, randomUUID()) }

  /**
   * Pin `sha256` and return its path, or undefined on a miss. Call the returned release
   * once the file has been copied.
   */
  async use (sha256: string): Promise<{ path: string, release: () => void } | undefined> {
    const e = this.entries.get(sha256)
    if (e === undefined) return undefined
    e.pins++
    e.lastUsedMs = this.tick()
    const path = join(this.init.dir, sha256)
    // The mtime carries the last use across restarts; a failure only costs LRU order.
    await utimes(path, new Date(), new Date()).catch(() => {})
    let released = false
    return { path, release: () => { if (!released) { released = true; e.pins-- } } }
  }

  /**
   * Move a checked file (from tempPath) in as `sha256`, making room first. Returns false
   * when it cannot fit, even with every unpinned entry gone: the file stays where it is,
   * for the caller to use once and remove.
   */
  async add (sha256: string, tmpPath: string, size: number): Promise<boolean> {
    if (this.entries.has(sha256)) { await rm(tmpPath, { force: true }); return true }
    if (size > this.init.maxBytes || !(await this.evict(size))) return false
    await rename(tmpPath, join(this.init.dir, sha256))
    this.entries.set(sha256, { size, lastUsedMs: this.tick(), pins: 0 })
    this.bytes += size
    return true
  }

  /** Remove least recently used, unpinned entries until `incoming` more bytes fit. */
  private async evict (incoming: number): Promise<boolean> {
    const order = [...this.entries.entries()].filter(([, e]) => e.pins === 0).sort((a, b) => a[1].lastUsedMs - b[1].lastUsedMs)
    while (this.bytes + incoming > this.init.maxBytes) {
      const next = order.shift()
      if (next === undefined) return false
      const [key, e] = next
      this.entries.delete(key)
      this.bytes -= e.size
      await rm(join(this.init.dir, key), { force: true })
    }
    return true
  }

  private tick (): number {
    this.clock = Math.max(Date.now(), this.clock + 1)
    return this.clock
  }

  private get tmpDir (): string { return join(this.init.dir, 'tmp') }
}
