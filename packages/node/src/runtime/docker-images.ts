/**
 * Which images this provider can run: those on its engine, and those its operator lets
 * it pull. Known at bid time, so a job whose image is neither is declined there, not
 * failed after the lease.
 */
import type Docker from 'dockerode'
import { Limits, matchesImagePattern, normalizeImage } from '@gpumesh/protocol'
import { DockerRuntimeError } from '../errors.js'

export type ImageAvailability = 'present' | 'pullable' | 'unavailable'

/** The engine's list is re-read at most this often at bid time: an inspect per bid would cost a round trip each. */
const LIST_MAX_AGE_MS = 5_000

export class DockerImages {
  private readonly docker: Docker
  readonly pullPatterns: readonly string[]
  private present = new Set<string>()
  private listedAtMs = 0
  private listing?: Promise<void>

  constructor (docker: Docker, pullPatterns: readonly string[]) {
    this.docker = docker
    this.pullPatterns = pullPatterns
  }

  /** Re-read the engine's image list. */
  async refresh (options: { signal?: AbortSignal } = {}): Promise<void> {
    this.listing ??= (async () => {
      try {
        const list = await this.docker.listImages({ abortSignal: options.signal })
        this.present = new Set(list.flatMap(i => i.RepoTags ?? []).filter(t => t !== '<none>:<none>').map(normalizeImage))
        this.listedAtMs = Date.now()
      } finally {
        this.listing = undefined
      }
    })()
    await this.listing
  }

  /** Images on the engine now (as last read), sorted. */
  local (): string[] {
    return [...this.present].sort()
  }

  /** For offers: the patterns it will pull, then the images it has, as many as an offer holds. */
  offered (limit = Limits.images): string[] {
    return [...new Set([...this.pullPatterns, ...this.local()])].slice(0, limit)
  }

  /** From the last read list (no engine call): for bid time. */
  availabilityNow (image: string): ImageAvailability {
    if (image === '') return 'unavailable'
    // A stale list is read again for the next bid; this one is answered from what we know.
    if (Date.now() - this.listedAtMs > LIST_MAX_AGE_MS) void this.refresh().catch(() => {})
    if (this.present.has(normalizeImage(image))) return 'present'
    return matchesImagePattern(image, this.pullPatterns) ? 'pullable' : 'unavailable'
  }

  /** Checked against the engine: at run time, where a stale list must not mislead. */
  async availability (image: string, options: { signal?: AbortSignal } = {}): Promise<ImageAvailability> {
    if (image === '') return 'unavailable'
    try {
      await this.docker.getImage(image).inspect({ abortSignal: options.signal } as Docker.ImageInspectOptions)
      this.present.add(normalizeImage(image))
      return 'present'
    } catch (err) {
      // 404 is "no such image"; anything else is no answer, which says nothing of the image.
      if ((err as { statusCode?: number }).statusCode !== 404) throw new DockerRuntimeError(`no Docker engine answered: ${(err as Error).message}`, { cause: err })
    }
    if (Date.now() - this.listedAtMs > LIST_MAX_AGE_MS) await this.refresh(options).catch(() => {})
    return this.availabilityNow(image)
  }

  async pull (image: string, options: { signal?: AbortSignal } = {}): Promise<void> {
    const stream = await this.docker.pull(image, { abortSignal: options.signal })
    await new Promise<void>((resolve, reject) => {
      this.docker.modem.followProgress(stream, (err: Error | null) => { if (err != null) reject(err); else resolve() })
    })
    this.present.add(normalizeImage(image))
  }
}
