/**
 * Who holds which GPU: free, reserved by a bid for its hold time, or leased. The one
 * place capacity is claimed, so two bids can never hold the same GPU. Claims are
 * decided synchronously (no await between check and claim) and then persisted.
 */
import { TypedEventEmitter } from '@libp2p/interface'
import type { Utilisation } from '@gpumesh/protocol'
import type { InventoryGpu } from '../inventory/gpu-inventory.js'
import type { Startable } from '../startable.js'
import { CapacityGoneError } from '../errors.js'
import { NodeStore, type LeaseRecord, type ReservationRecord } from '../store/node-store.js'

/** The ledger tracks the inventory's GPUs as they are. */
export type LedgerGpu = InventoryGpu

export interface SystemResources {
  cpuCores: number
  memoryMiB: number
  diskMiB: number
}

export type GpuHolder =
  | { kind: 'free' }
  /** Not for sale now: the owner uses it, it is cooling down, or outside the sale window. */
  | { kind: 'unavailable', state: string }
  | { kind: 'reserved', bidId: string, untilMs: number }
  | { kind: 'leased', leaseId: string }

/**
 * What changed: a bid's short hold ('reservation'), a lease taken or given back
 * ('lease'), or GPUs going on or off sale ('availability').
 */
export type CapacityChangeKind = 'reservation' | 'lease' | 'availability'

export interface CapacityLedgerEvents {
  /** Something was claimed or released. */
  'capacity:change': CustomEvent<{ kind: CapacityChangeKind }>
  'reservation:expired': CustomEvent<ReservationRecord>
  'lease:expired': CustomEvent<LeaseRecord>
  /** A lease's workload was submitted. */
  'lease:used': CustomEvent<LeaseRecord>
  /** A lease that ran a workload gave its GPUs back after `gpuMs` of use. */
  'lease:ended': CustomEvent<{ lease: LeaseRecord, gpuMs: number }>
}

export interface CapacityLedgerInit {
  gpus: LedgerGpu[]
  system: SystemResources
  store: NodeStore
}

interface Claim { gpuIndices: number[], cpuCores: number, memoryMiB: number, diskMiB: number }

export class CapacityLedger extends TypedEventEmitter<CapacityLedgerEvents> implements Startable {
  readonly gpus: LedgerGpu[]
  private readonly system: SystemResources
  private readonly store: NodeStore
  private readonly holders = new Map<number, GpuHolder>()
  private readonly reservations = new Map<string, ReservationRecord>()
  private readonly leases = new Map<string, LeaseRecord>()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  /** GPU index -> why it is not for sale (idle detection); absent = for sale. */
  private readonly unavailable = new Map<number, string>()

  constructor (init: CapacityLedgerInit) {
    super()
    this.gpus = init.gpus
    this.system = init.system
    this.store = init.store
    for (const g of this.gpus) this.holders.set(g.index, { kind: 'free' })
  }

  /** Reload reservations and live leases after a restart; expired ones are dropped. */
  async start (now = Date.now()): Promise<void> {
    for (const r of await NodeStore.values(this.store.reservations)) {
      if (r.expiresAtMs <= now || !this.isFree(r.gpuIndices)) {
        await this.store.reservations.del(r.bidId)
        continue
      }
      this.claimReservation(r)
    }
    for (const l of await NodeStore.values(this.store.leases)) {
      if (l.status === 'released') continue
      this.claimLease(l)
    }
  }

  async stop (): Promise<void> {
    for (const t of this.timers.values()) clearTimeout(t)
    this.timers.clear()
  }

  holder (index: number): GpuHolder {
    const h = this.holders.get(index) ?? { kind: 'free' }
    const state = this.unavailable.get(index)
    return h.kind === 'free' && state !== undefined ? { kind: 'unavailable', state } : h
  }

  /**
   * Take a GPU off sale (`state` says why) or put it back (undefined). A reservation on
   * it is dropped: its bid could not be honoured. A lease is left to the preemption policy.
   */
  setUnavailable (index: number, state: string | undefined): void {
    const before = this.unavailable.get(index)
    if (state === undefined) this.unavailable.delete(index)
    else this.unavailable.set(index, state)
    const h = this.holders.get(index)
    if (state !== undefined && h?.kind === 'reserved') {
      void this.release(h.bidId).catch(() => {})
    }
    if ((before === undefined) !== (state === undefined)) this.changed('availability')
  }

  freeGpus (): LedgerGpu[] {
    return this.gpus.filter(g => this.holder(g.index).kind === 'free')
  }

  freeResources (): SystemResources {
    let cpu = this.system.cpuCores
    let mem = this.system.memoryMiB
    let disk = this.system.diskMiB
    for (const c of [...this.reservations.values(), ...this.liveLeases()]) {
      cpu -= c.cpuCores; mem -= c.memoryMiB; disk -= c.diskMiB
    }
    return { cpuCores: Math.max(0, cpu), memoryMiB: Math.max(0, mem), diskMiB: Math.max(0, disk) }
  }

  utilisation (): Utilisation {
    return { gpusTotal: this.gpus.length, gpusBusy: this.gpus.length - this.freeGpus().length }
  }

  getReservation (bidId: string): ReservationRecord | undefined {
    return this.reservations.get(bidId)
  }

  getLease (leaseId: string): LeaseRecord | undefined {
    return this.leases.get(leaseId)
  }

  liveLeases (): LeaseRecord[] {
    return [...this.leases.values()]
  }

  /** Reservations and live leases held by one client. */
  heldBy (client: string): number {
    let n = 0
    for (const r of this.reservations.values()) if (r.client === client) n++
    for (const l of this.leases.values()) if (l.client === client) n++
    return n
  }

  /**
   * GPUs held without a submitted workload (reserved by bids, or leased and not yet
   * submitted to): by `client`, by address group `source`, and in total by the clients
   * `counted` selects (all by default).
   */
  unsubmittedGpus (client: string, source: string | undefined, counted: (holder: string) => boolean = () => true): { client: number, source: number, total: number } {
    const held = { client: 0, source: 0, total: 0 }
    const add = (c: ReservationRecord | LeaseRecord): void => {
      if (!counted(c.client)) return
      held.total += c.gpuIndices.length
      if (c.client === client) held.client += c.gpuIndices.length
      if (source !== undefined && c.source === source) held.source += c.gpuIndices.length
    }
    for (const r of this.reservations.values()) add(r)
    for (const l of this.leases.values()) if (l.status === 'active') add(l)
    return held
  }

  /**
   * Free GPUs of the same models as `preferred` (those themselves when free), for a bid
   * that reserved nothing; undefined when there are not enough.
   */
  freeLike (preferred: number[]): number[] | undefined {
    if (this.isFree(preferred)) return preferred
    const free = this.freeGpus()
    const picked: number[] = []
    for (const i of preferred) {
      const model = this.gpus.find(g => g.index === i)?.model
      const g = free.find(f => f.model === model && !picked.includes(f.index))
      if (g === undefined) return undefined
      picked.push(g.index)
    }
    return picked
  }

  /**
   * Claim free GPUs for a lease that no reservation held (a bid past the hold bounds,
   * taken with its Submit): synchronous, so nothing can take them between the check and
   * the claim. `persistUnheld` writes it; `dropUnheld` undoes it.
   */
  claimUnheld (lease: LeaseRecord): void {
    if (!this.isFree(lease.gpuIndices) || !this.hasResources(lease)) throw new CapacityGoneError()
    this.claimLease(lease)
  }

  async persistUnheld (lease: LeaseRecord): Promise<void> {
    try {
      await this.store.db.batch()
        .put(lease.leaseId, lease, { sublevel: this.store.leases })
        .put(lease.bidId, lease.leaseId, { sublevel: this.store.leasesByBid })
        .write()
    } catch (err) {
      this.dropUnheld(lease.leaseId)
      throw err
    }
    this.changed('lease')
  }

  dropUnheld (leaseId: string): void {
    const lease = this.leases.get(leaseId)
    if (lease === undefined) return
    this.clearTimer(leaseId)
    this.leases.delete(leaseId)
    for (const i of lease.gpuIndices) this.holders.set(i, { kind: 'free' })
  }

  reservationCount (): number {
    return this.reservations.size
  }

  /** Claim the exact GPUs for a bid until `record.expiresAtMs`. */
  async reserve (record: ReservationRecord): Promise<void> {
    if (!this.isFree(record.gpuIndices) || !this.hasResources(record)) throw new CapacityGoneError()
    this.claimReservation(record)
    try {
      await this.store.reservations.put(record.bidId, record)
    } catch (err) {
      this.dropReservation(record.bidId)
      throw err
    }
    this.changed('reservation')
  }

  /** Free a reservation its client declined. Safe for unknown or expired bids. */
  async release (bidId: string): Promise<void> {
    if (this.dropReservation(bidId) === undefined) return
    await this.store.reservations.del(bidId)
    this.changed('reservation')
  }

  /** Turn a live reservation into a lease on the same GPUs, in one batch. */
  async promote (bidId: string, lease: LeaseRecord): Promise<void> {
    const r = this.reservations.get(bidId)
    if (r === undefined) throw new CapacityGoneError(`No live reservation for bid ${bidId}`)
    this.dropReservation(bidId)
    this.claimLease(lease)
    await this.store.db.batch()
      .del(bidId, { sublevel: this.store.reservations })
      .put(lease.leaseId, lease, { sublevel: this.store.leases })
      .put(lease.bidId, lease.leaseId, { sublevel: this.store.leasesByBid })
      .write()
    this.changed('lease')
  }

  /** The lease's workload started: it keeps its GPUs past the submit window. */
  async markInUse (leaseId: string, jobId: string): Promise<LeaseRecord> {
    const lease = this.leases.get(leaseId)
    if (lease === undefined) throw new CapacityGoneError(`Lease ${leaseId} is not live`)
    this.clearTimer(leaseId)
    lease.status = 'in-use'
    lease.jobId = jobId
    lease.usedAtMs = Date.now()
    this.safeDispatch('lease:used', lease)
    await this.store.leases.put(leaseId, lease)
    return lease
  }

  /** A service job's lease was renewed: its new whole length, kept across a restart. */
  async extendLease (leaseId: string, maxDurationS: number): Promise<void> {
    const lease = this.leases.get(leaseId)
    if (lease === undefined) throw new CapacityGoneError(`Lease ${leaseId} is not live`)
    lease.maxDurationS = maxDurationS
    await this.store.leases.put(leaseId, lease)
  }

  /** Give a lease's GPUs back. Safe to call twice. */
  async releaseLease (leaseId: string, reason: string): Promise<void> {
    const lease = this.leases.get(leaseId)
    if (lease === undefined) return
    this.clearTimer(leaseId)
    this.leases.delete(leaseId)
    for (const i of lease.gpuIndices) this.holders.set(i, { kind: 'free' })
    const wasUsed = lease.status === 'in-use'
    lease.status = 'released'
    lease.releasedAtMs = Date.now()
    lease.releaseReason = reason
    if (wasUsed) this.safeDispatch('lease:ended', { lease, gpuMs: lease.gpuIndices.length * Math.max(0, lease.releasedAtMs - (lease.usedAtMs ?? lease.releasedAtMs)) })
    await this.store.leases.put(leaseId, lease)
    this.changed('lease')
  }

  private isFree (indices: number[]): boolean {
    return indices.every(i => this.holders.has(i) && this.holder(i).kind === 'free')
  }

  private hasResources (c: Claim): boolean {
    const free = this.freeResources()
    return c.cpuCores <= free.cpuCores && c.memoryMiB <= free.memoryMiB && c.diskMiB <= free.diskMiB
  }

  private claimReservation (r: ReservationRecord): void {
    this.reservations.set(r.bidId, r)
    for (const i of r.gpuIndices) this.holders.set(i, { kind: 'reserved', bidId: r.bidId, untilMs: r.expiresAtMs })
    this.setTimer(r.bidId, r.expiresAtMs, () => { void this.expireReservation(r.bidId) })
  }

  private claimLease (l: LeaseRecord): void {
    this.leases.set(l.leaseId, l)
    for (const i of l.gpuIndices) this.holders.set(i, { kind: 'leased', leaseId: l.leaseId })
    if (l.status === 'active') this.setTimer(l.leaseId, l.expiresAtMs, () => { void this.expireLease(l.leaseId) })
  }

  private dropReservation (bidId: string): ReservationRecord | undefined {
    const r = this.reservations.get(bidId)
    if (r === undefined) return undefined
    this.clearTimer(bidId)
    this.reservations.delete(bidId)
    for (const i of r.gpuIndices) {
      const h = this.holder(i)
      if (h.kind === 'reserved' && h.bidId === bidId) this.holders.set(i, { kind: 'free' })
    }
    return r
  }

  private async expireReservation (bidId: string): Promise<void> {
    const r = this.dropReservation(bidId)
    if (r === undefined) return
    await this.store.reservations.del(bidId).catch(() => {})
    this.safeDispatch('reservation:expired', r)
    this.changed('reservation')
  }

  private async expireLease (leaseId: string): Promise<void> {
    const lease = this.leases.get(leaseId)
    if (lease?.status !== 'active') return
    await this.releaseLease(leaseId, 'submit-window-expired').catch(() => {})
    this.safeDispatch('lease:expired', lease)
  }

  private setTimer (id: string, atMs: number, fn: () => void): void {
    this.clearTimer(id)
    const t = setTimeout(fn, Math.max(0, atMs - Date.now()))
    t.unref()
    this.timers.set(id, t)
  }

  private clearTimer (id: string): void {
    const t = this.timers.get(id)
    if (t !== undefined) clearTimeout(t)
    this.timers.delete(id)
  }

  private changed (kind: CapacityChangeKind): void {
    this.safeDispatch('capacity:change', { kind })
  }

  private safeDispatch<K extends keyof CapacityLedgerEvents> (type: K, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail }))
  }
}
