/**
 * What a client may hold here without running anything: GPUs reserved by its bids plus
 * leases it has not submitted to. A stranger's holds (a client not in good standing:
 * see inGoodStanding) are bounded per client, per network address and, for all
 * strangers together, relative to the provider's GPUs; past a bound a bid is still
 * given, but holds nothing (its GPUs go to whoever submits first). A client, or an
 * address, whose holds keep lapsing unsubmitted is declined for a while (the penalty box).
 * See docs/architecture.md, "Holds".
 */
import { TypedEventEmitter } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { ADDRESS_LAPSE_FACTOR, MAX_HOLD_STANDINGS, MAX_UNHELD_BIDS } from '../constants.js'
import type { ReservationRecord, LeaseRecord } from '../store/node-store.js'
import type { CapacityLedger } from './capacity-ledger.js'

export interface HoldPolicyInit {
  /** Percent of the GPUs one client, or one network address, may hold unsubmitted (at least 1 GPU). */
  maxClientPercent: number
  /** Percent of the GPUs all strangers' unsubmitted holds together may take (at least 1 GPU); the rest only a Submit takes. */
  maxHeldPercent: number
  /** Leases lapsed unsubmitted in one window (and more than its submits) that put a client in the penalty box. */
  lapsesToPenalty: number
  /** The window lapses and submits are counted in. */
  lapseWindowMs: number
  /** How long a boxed client (or address) is declined. */
  penaltyMs: number
}

/** GPUs held unsubmitted now: by the asking client, by its address, by all strangers. */
export interface HeldGpus { client: number, source: number, total: number }

interface Standing {
  windowStartMs: number
  /** Holds (bids and leases) that lapsed unsubmitted. */
  lapses: number
  /** Leases that lapsed unsubmitted, and the GPU-ms they held. */
  leaseLapses: number
  lapsedGpuMs: number
  /** Workloads submitted, and the GPU-ms of those that ended (billed by their receipts). */
  uses: number
  usedGpuMs: number
  boxedUntilMs: number
}

export interface HoldPolicyEvents {
  /** A hold lapsed unsubmitted. */
  'hold:lapsed': CustomEvent<{ kind: 'bid' | 'lease', client: string }>
  /** That lapse put a client or an address in the penalty box. */
  'hold:penalty': CustomEvent<{ key: 'client' | 'address', client: string }>
}

export class HoldPolicy extends TypedEventEmitter<HoldPolicyEvents> {
  private readonly init: HoldPolicyInit
  /** `c:<peer id>` or `a:<address group>` -> its record in the current window. Oldest first, for eviction. */
  private readonly standings = new Map<string, Standing>()

  constructor (init: HoldPolicyInit) {
    super()
    this.init = init
  }

  /** GPUs one client (or address) may hold unsubmitted on a provider with `totalGpus`. */
  clientCap (totalGpus: number): number {
    return Math.max(1, Math.floor(totalGpus * this.init.maxClientPercent / 100))
  }

  /** GPUs all strangers' unsubmitted holds together may take on a provider with `totalGpus`. */
  heldCap (totalGpus: number): number {
    return Math.max(1, Math.floor(totalGpus * this.init.maxHeldPercent / 100))
  }

  /**
   * A client whose workloads here used more GPU time in the current window than its
   * lapsed leases held, and that submitted more often than it let holds (bids or
   * leases) lapse, holds as before: the bounds are for strangers. Standing is paid for
   * by billed work, and hoarding uses it up.
   */
  inGoodStanding (client: string, now = Date.now()): boolean {
    const s = this.current(`c:${client}`, now)
    return s !== undefined && s.usedGpuMs > s.lapsedGpuMs && s.uses > s.lapses
  }

  /**
   * Whether a new hold of `gpus` GPUs by a stranger stays within every bound; `held`
   * counts strangers' holds only.
   */
  mayHold (gpus: number, held: HeldGpus, totalGpus: number, hasSource: boolean): boolean {
    const perClient = this.clientCap(totalGpus)
    if (held.client + gpus > perClient) return false
    if (hasSource && held.source + gpus > perClient) return false
    return held.total + gpus <= this.heldCap(totalGpus)
  }

  /** Until when `client` (or its address) is declined; undefined when it is not. */
  penaltyUntil (client: string, source: string | undefined, now = Date.now()): number | undefined {
    const until = Math.max(this.standings.get(`c:${client}`)?.boxedUntilMs ?? 0, source === undefined ? 0 : this.standings.get(`a:${source}`)?.boxedUntilMs ?? 0)
    return until > now ? until : undefined
  }

  /**
   * A hold of `client` on `gpuMs` GPU-ms lapsed unsubmitted. A bid's lapse costs only
   * standing: an honest client's RFQ answered after its window closed lapses too. A
   * lease's counts towards the box: the SDK never leases without submitting. Returns
   * which keys this put in the box.
   */
  lapsed (client: string, source: string | undefined, kind: 'bid' | 'lease', gpuMs: number, now = Date.now()): Array<'client' | 'address'> {
    const boxed: Array<'client' | 'address'> = []
    if (this.lapse(`c:${client}`, kind, gpuMs, now, this.init.lapsesToPenalty)) boxed.push('client')
    // An address may be shared by every client behind one NAT: it is given more room.
    if (source !== undefined && this.lapse(`a:${source}`, kind, gpuMs, now, this.init.lapsesToPenalty * ADDRESS_LAPSE_FACTOR)) boxed.push('address')
    return boxed
  }

  /** `client` submitted a workload: that offsets its lapses in the window. */
  used (client: string, source: string | undefined, now = Date.now()): void {
    for (const key of this.keys(client, source)) this.touch(key, now).uses++
  }

  /** A workload of `client` ended after `gpuMs` GPU-ms of use. */
  ran (client: string, source: string | undefined, gpuMs: number, now = Date.now()): void {
    for (const key of this.keys(client, source)) this.touch(key, now).usedGpuMs += gpuMs
  }

  /** Count lapses, submits and use from the ledger's events; lapses and boxings are announced. */
  watch (ledger: CapacityLedger): void {
    const lapse = (kind: 'bid' | 'lease', r: ReservationRecord | LeaseRecord, heldMs: number): void => {
      this.safeDispatchEvent('hold:lapsed', { detail: { kind, client: r.client } })
      for (const key of this.lapsed(r.client, r.source, kind, r.gpuIndices.length * Math.max(0, heldMs))) {
        this.safeDispatchEvent('hold:penalty', { detail: { key, client: r.client } })
      }
    }
    ledger.addEventListener('reservation:expired', (evt) => { lapse('bid', evt.detail, 0) })
    ledger.addEventListener('lease:expired', (evt) => { lapse('lease', evt.detail, evt.detail.expiresAtMs - evt.detail.createdAtMs) })
    ledger.addEventListener('lease:used', (evt) => { this.used(evt.detail.client, evt.detail.source) })
    ledger.addEventListener('lease:ended', (evt) => { this.ran(evt.detail.lease.client, evt.detail.lease.source, evt.detail.gpuMs) })
  }

  private keys (client: string, source: string | undefined): string[] {
    return source === undefined ? [`c:${client}`] : [`c:${client}`, `a:${source}`]
  }

  /** The record of `key` if it is in the current window. */
  private current (key: string, now: number): Standing | undefined {
    const s = this.standings.get(key)
    return s !== undefined && now - s.windowStartMs < this.init.lapseWindowMs ? s : undefined
  }

  /** The record of `key`, made or moved to a fresh window as needed, and marked most recent. */
  private touch (key: string, now: number): Standing {
    let s = this.standings.get(key)
    if (s === undefined) {
      if (this.standings.size >= MAX_HOLD_STANDINGS) {
        const oldest = this.standings.keys().next().value
        if (oldest !== undefined) this.standings.delete(oldest)
      }
      s = { windowStartMs: now, lapses: 0, leaseLapses: 0, lapsedGpuMs: 0, uses: 0, usedGpuMs: 0, boxedUntilMs: 0 }
    }
    // Touched entries move to the end: eviction takes the longest quiet.
    this.standings.delete(key)
    this.standings.set(key, s)
    if (now - s.windowStartMs >= this.init.lapseWindowMs) reset(s, now)
    return s
  }

  /** Returns true when this lapse put `key` in the box. */
  private lapse (key: string, kind: 'bid' | 'lease', gpuMs: number, now: number, threshold: number): boolean {
    const s = this.touch(key, now)
    s.lapses++
    if (kind === 'bid') return false
    s.leaseLapses++
    s.lapsedGpuMs += gpuMs
    // A client that runs jobs may let the odd lease lapse (a crash between lease and submit).
    if (s.leaseLapses < threshold || s.leaseLapses <= s.uses) return false
    s.boxedUntilMs = now + this.init.penaltyMs
    reset(s, now)
    return true
  }
}

function reset (s: Standing, now: number): void {
  s.windowStartMs = now
  s.lapses = 0
  s.leaseLapses = 0
  s.lapsedGpuMs = 0
  s.uses = 0
  s.usedGpuMs = 0
}

/**
 * Bids made past the hold bounds: they reserve nothing, and are remembered only so that a
 * Submit carrying one can be leased on free GPUs at the bid's terms. Bounded; lost on restart.
 */
export class UnheldBids {
  private readonly bids = new Map<string, ReservationRecord>()
  /** Client -> its bids here, for gpusPromised. */
  private readonly byClient = new Map<string, Set<string>>()

  add (record: ReservationRecord, now = Date.now()): void {
    if (this.bids.size >= MAX_UNHELD_BIDS) {
      for (const [id, r] of this.bids) if (r.expiresAtMs <= now) this.delete(id)
      const oldest = this.bids.keys().next().value
      if (this.bids.size >= MAX_UNHELD_BIDS && oldest !== undefined) this.delete(oldest)
    }
    this.bids.set(record.bidId, record)
    let mine = this.byClient.get(record.client)
    if (mine === undefined) this.byClient.set(record.client, mine = new Set())
    mine.add(record.bidId)
  }

  get (bidId: string): ReservationRecord | undefined {
    return this.bids.get(bidId)
  }

  delete (bidId: string): void {
    const r = this.bids.get(bidId)
    if (r === undefined) return
    this.bids.delete(bidId)
    const mine = this.byClient.get(r.client)
    mine?.delete(bidId)
    if (mine?.size === 0) this.byClient.delete(r.client)
  }

  /**
   * GPUs `client`'s live bids here name. A client is not given more such bids than there
   * are free GPUs: its own concurrent orders would only race each other for them.
   */
  gpusPromised (client: string, now = Date.now()): number {
    let n = 0
    for (const id of [...(this.byClient.get(client) ?? [])]) {
      const r = this.bids.get(id)
      if (r === undefined || r.expiresAtMs <= now) this.delete(id)
      else n += r.gpuIndices.length
    }
    return n
  }
}

/**
 * The address group a connection counts under: an IPv4 address, or an IPv6 /64 (one
 * site's prefix). Loopback, relayed and unknown addresses give undefined: on loopback every
 * local process arrives from 127.0.0.1, and a relay's address is shared by all it relays.
 */
export function sourceOf (addr: Multiaddr | undefined): string | undefined {
  if (addr === undefined) return undefined
  const parts = addr.getComponents()
  if (parts.some(c => c.name === 'p2p-circuit')) return undefined
  const ip = parts[0]
  if (ip?.name === 'ip4' && ip.value !== undefined) return ip.value.startsWith('127.') ? undefined : `ip4:${ip.value}`
  if (ip?.name === 'ip6' && ip.value !== undefined) {
    const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip.value)?.[1]
    const groups = dotted === undefined ? expandIpv6(ip.value) : undefined
    // An IPv4-mapped address is its IPv4 address.
    const mapped = dotted ?? (groups !== undefined && groups.slice(0, 5).every(g => g === 0) && groups[5] === 0xffff
      ? [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.')
      : undefined)
    if (mapped !== undefined) return mapped.startsWith('127.') ? undefined : `ip4:${mapped}`
    if (groups === undefined || groups.every((g, i) => g === (i === 7 ? 1 : 0))) return undefined
    return `ip6:${groups.slice(0, 4).map(g => g.toString(16)).join(':')}::/64`
  }
  return undefined
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it does not parse. */
function expandIpv6 (text: string): number[] | undefined {
  const [head, tail, extra] = text.split('::')
  if (extra !== undefined) return undefined
  const parse = (s: string | undefined): number[] => s === undefined || s === '' ? [] : s.split(':').map(g => /^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN)
  const a = parse(head)
  const b = parse(tail)
  const fill = tail === undefined ? 0 : 8 - a.length - b.length
  const groups = [...a, ...new Array<number>(Math.max(0, fill)).fill(0), ...b]
  return groups.length === 8 && groups.every(g => Number.isInteger(g)) && fill >= 0 ? groups : undefined
}
