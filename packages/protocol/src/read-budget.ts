/**
 * A budget of bytes held in partly received frames. Each stream's frame limit bounds
 * one frame, but not a peer that opens many streams and stalls each inside a large
 * frame: 64 job streams stalled in 8 MiB frames pinned over 500 MiB. Streams of one
 * connection share a budget, and connections share a node-wide parent; a read that
 * would pass either limit resets its stream instead.
 */
import { InvalidParametersError } from './errors.js'

export class ReadBudget {
  readonly limit: number
  private readonly parent: ReadBudget | undefined
  private held = 0

  constructor (limit: number, parent?: ReadBudget) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new InvalidParametersError(`read budget: ${limit} is not a positive integer`)
    this.limit = limit
    this.parent = parent
  }

  /** Bytes held now. */
  get used (): number {
    return this.held
  }

  /** Hold `bytes` more; false (and nothing held) when this budget or its parent would pass its limit. */
  take (bytes: number): boolean {
    if (this.held + bytes > this.limit) return false
    if (this.parent !== undefined && !this.parent.take(bytes)) return false
    this.held += bytes
    return true
  }

  /** Let go of `bytes` taken before. */
  give (bytes: number): void {
    const n = Math.min(bytes, this.held)
    this.held -= n
    this.parent?.give(n)
  }
}
