/**
 * `/gpumesh/lease/1.0.0`: the client hands back one of our signed bids, signed over by
 * itself; a live reservation becomes a signed Lease on the same GPUs. A stale, foreign
 * or already-used bid gets a Reject with its reason.
 */
import { randomUUID } from 'node:crypto'
import { TypedEventEmitter, type ComponentLogger, type Connection, type Logger, type PrivateKey, type Stream } from '@libp2p/interface'
import {
  GpumeshError, LEASE_PROTOCOL, MAX_MARKET_MESSAGE_BYTES, PayloadType, RejectReason,
  decodeBid, decodeEnvelope, decodeLeaseRequest, encodeEnvelope, encodeLease, encodeLeaseResponse,
  openEnvelope, signEnvelope, type Bid, type Lease, type LeaseRequest, type LeaseResponse, type Opened, type SignedEnvelope
} from '@gpumesh/protocol'
import { serveRequests, type GpumeshLibp2p } from '@gpumesh/peer'
import { MAX_INBOUND_LEASE_STREAMS, REQUEST_READ_TIMEOUT_MS } from '../constants.js'
import type { RejectedMessage } from '../service-events.js'
import type { Startable } from '../startable.js'
import type { LeaseRecord, ReservationRecord } from '../store/node-store.js'
import type { NodeStore } from '../store/node-store.js'
import type { CapacityLedger } from './capacity-ledger.js'
import type { HoldPolicy, UnheldBids } from './hold-policy.js'
import { CapacityGoneError } from '../errors.js'

export interface LeaseManagerComponents {
  libp2p: GpumeshLibp2p
  privateKey: PrivateKey
  ledger: CapacityLedger
  holds: HoldPolicy
  /** Bids the evaluator made past the hold bounds. */
  unheld: UnheldBids
  store: NodeStore
  logger: ComponentLogger
}

export interface LeaseManagerEvents {
  /** A lease request answered, on /gpumesh/lease or with a Submit (`withSubmit`). */
  'lease:answered': CustomEvent<{ response: LeaseResponse, withSubmit: boolean }>
  'message:rejected': CustomEvent<RejectedMessage>
}

export interface LeaseManagerInit {
  /** Time the client has to submit its workload once leased. */
  submitWindowMs: number
}

export function rejectReasonFor (err: unknown): RejectReason {
  const code = err instanceof GpumeshError ? err.code : ''
  if (code === 'ERR_INVALID_SIGNATURE') return RejectReason.REJECT_REASON_BAD_SIGNATURE
  if (code === 'ERR_EXPIRED_MESSAGE') return RejectReason.REJECT_REASON_BID_EXPIRED
  return RejectReason.REJECT_REASON_INVALID_REQUEST
}

/** How a lease takes its GPUs: from a reservation (take), or free ones claimed at once (claim, then take). */
interface LeaseSteps {
  /** The answer when the GPUs went to someone else. */
  lost: RejectReason
  claim?: (record: LeaseRecord) => void
  undo?: (record: LeaseRecord) => void
  take: (record: LeaseRecord) => Promise<void>
}

function rejection (reason: RejectReason, detail: string, bidId = ''): LeaseResponse {
  return { kind: 'reject', reject: { bidId, reason, detail } }
}

export class LeaseManager extends TypedEventEmitter<LeaseManagerEvents> implements Startable {
  private readonly components: LeaseManagerComponents
  private readonly init: LeaseManagerInit
  private readonly log: Logger
  private readonly self: string
  private accepting = false

  constructor (components: LeaseManagerComponents, init: LeaseManagerInit) {
    super()
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('gpumesh:lease-manager')
    this.self = components.libp2p.peerId.toString()
  }

  async start (): Promise<void> {
    await this.components.libp2p.handle(LEASE_PROTOCOL, (stream, connection) => { void this.handleStream(stream, connection) }, {
      // Market messages are small: they may run over a relay's limited connection (docs/architecture.md, NAT).
      runOnLimitedConnection: true,
      maxInboundStreams: MAX_INBOUND_LEASE_STREAMS
    })
    this.accepting = true
  }

  pause (): void {
    this.accepting = false
  }

  async stop (): Promise<void> {
    this.accepting = false
    await this.components.libp2p.unhandle(LEASE_PROTOCOL)
  }

  /** Turn a lease request from `from` into a lease or a reject; never throws on peer input. */
  async answer (requestBytes: Uint8Array, from: string, now = Date.now()): Promise<LeaseResponse> {
    let envelope: SignedEnvelope
    try {
      envelope = decodeEnvelope(requestBytes)
    } catch (err) {
      this.countRejected(err)
      return this.counted(rejection(rejectReasonFor(err), err instanceof Error ? err.message.slice(0, 200) : 'invalid lease request'), false)
    }
    return await this.grant(envelope, from, { now })
  }

  /**
   * The same for a request that came already decoded (a Submit that carries its lease
   * request on the job stream: `withSubmit`). Never throws on peer input. Every answer
   * is announced (`lease:answered`), whichever way the request came.
   */
  async grant (requestEnvelope: SignedEnvelope, from: string, options: { now?: number, withSubmit?: boolean } = {}): Promise<LeaseResponse> {
    return this.counted(await this.decide(requestEnvelope, from, options), options.withSubmit === true)
  }

  private counted (response: LeaseResponse, withSubmit: boolean): LeaseResponse {
    this.safeDispatchEvent('lease:answered', { detail: { response, withSubmit } })
    return response
  }

  private async decide (requestEnvelope: SignedEnvelope, from: string, options: { now?: number, withSubmit?: boolean }): Promise<LeaseResponse> {
    const now = options.now ?? Date.now()
    if (!this.accepting) return rejection(RejectReason.REJECT_REASON_SHUTTING_DOWN, 'provider is shutting down')

    let request: Opened<LeaseRequest>
    let bid: Opened<Bid>
    try {
      request = await openEnvelope(requestEnvelope, PayloadType.leaseRequest, decodeLeaseRequest, { expectedSigner: from })
      // The inner bid must be one we signed, and still within its hold time.
      bid = await openEnvelope(request.message.bid, PayloadType.bid, decodeBid, { expectedSigner: this.self, now })
    } catch (err) {
      this.countRejected(err)
      return rejection(rejectReasonFor(err), err instanceof Error ? err.message.slice(0, 200) : 'invalid lease request')
    }
    const b = bid.message
    if (request.message.client !== from || b.client !== from) {
      return rejection(RejectReason.REJECT_REASON_NOT_BID_OWNER, 'the bid was made to another client', b.bidId)
    }
    if (b.provider !== this.self) return rejection(RejectReason.REJECT_REASON_INVALID_REQUEST, 'bid names another provider', b.bidId)

    const { ledger, store, unheld } = this.components
    if (request.message.release === true) {
      unheld.delete(b.bidId)
      await ledger.release(b.bidId)
      return rejection(RejectReason.REJECT_REASON_RELEASED, 'reservation released', b.bidId)
    }
    // A lease with no Submit is a hold: a boxed client gets none. With a Submit it is use.
    const withSubmit = options.withSubmit === true
    const boxedUntil = withSubmit ? undefined : this.components.holds.penaltyUntil(from, ledger.getReservation(b.bidId)?.source, now)
    if (boxedUntil !== undefined) {
      return rejection(RejectReason.REJECT_REASON_HOLD_PENALTY, `leases here lapsed unsubmitted too often: refused for ${Math.ceil((boxedUntil - now) / 1000)} s`, b.bidId)
    }
    const reservation = ledger.getReservation(b.bidId)
    const open = reservation === undefined ? unheld.get(b.bidId) : undefined
    if (open !== undefined) {
      if (!withSubmit) return rejection(RejectReason.REJECT_REASON_HOLD_LIMIT, 'this bid holds no GPUs (hold limits reached): lease it together with the Submit', b.bidId)
      // Taken before any await: a bid that held nothing still becomes one lease at most.
      unheld.delete(b.bidId)
      if (b.expiresAtMs <= now || open.expiresAtMs <= now) return rejection(RejectReason.REJECT_REASON_BID_EXPIRED, 'the bid has expired', b.bidId)
      const gpuIndices = ledger.freeLike(open.gpuIndices)
      if (gpuIndices === undefined) return rejection(RejectReason.REJECT_REASON_CAPACITY_GONE, 'the GPUs of this bid were taken (it held none)', b.bidId)
      return await this.lease(b, { ...open, gpuIndices }, now, {
        lost: RejectReason.REJECT_REASON_CAPACITY_GONE,
        // Claimed before the signature is awaited: nothing else may take the GPUs meanwhile.
        claim: record => { ledger.claimUnheld(record) },
        undo: record => { ledger.dropUnheld(record.leaseId) },
        take: async record => { await ledger.persistUnheld(record) }
      })
    }
    if (reservation === undefined) {
      const used = await store.leasesByBid.get(b.bidId)
      if (used !== undefined) return rejection(RejectReason.REJECT_REASON_ALREADY_LEASED, `bid already became lease ${used}`, b.bidId)
      if (b.expiresAtMs <= now) return rejection(RejectReason.REJECT_REASON_BID_EXPIRED, 'the bid hold time has passed', b.bidId)
      return rejection(RejectReason.REJECT_REASON_UNKNOWN_BID, 'no reservation for this bid (a quote, or lost)', b.bidId)
    }
    if (b.expiresAtMs <= now || reservation.expiresAtMs <= now) {
      return rejection(RejectReason.REJECT_REASON_BID_EXPIRED, 'the bid hold time has passed', b.bidId)
    }
    // A concurrent request for the same bid may win the race to promote it.
    return await this.lease(b, reservation, now, {
      lost: RejectReason.REJECT_REASON_ALREADY_LEASED,
      take: async record => { await ledger.promote(b.bidId, record) }
    })
  }

  /**
   * Sign a lease on `reservation`'s GPUs and terms: `claim` them synchronously first (if
   * given), then `take` them once signed; answer `lost` when a claim loses a race.
   */
  private async lease (b: Bid, reservation: ReservationRecord, now: number, steps: LeaseSteps): Promise<LeaseResponse> {
    const lease: Lease = {
      leaseId: randomUUID(),
      bidId: b.bidId,
      orderId: b.orderId,
      provider: this.self,
      client: b.client,
      gpuIndices: reservation.gpuIndices,
      pricePerGpuHour: BigInt(reservation.pricePerGpuHour),
      maxDurationS: reservation.maxDurationS,
      createdAtMs: now,
      expiresAtMs: now + this.init.submitWindowMs
    }
    const record: LeaseRecord = {
      ...lease,
      pricePerGpuHour: reservation.pricePerGpuHour,
      cpuCores: reservation.cpuCores,
      memoryMiB: reservation.memoryMiB,
      diskMiB: reservation.diskMiB,
      envelope: '',
      status: 'active',
      ...(reservation.source !== undefined ? { source: reservation.source } : {})
    }
    try {
      steps.claim?.(record)
    } catch (err) {
      if (err instanceof CapacityGoneError) return rejection(steps.lost, 'its GPUs were taken', b.bidId)
      throw err
    }
    let envelope: SignedEnvelope
    try {
      envelope = await signEnvelope(this.components.privateKey, PayloadType.lease, encodeLease(lease), { expiresAtMs: lease.expiresAtMs, now })
      record.envelope = Buffer.from(encodeEnvelope(envelope)).toString('base64')
      await steps.take(record)
    } catch (err) {
      if (steps.claim !== undefined) steps.undo?.(record)
      if (err instanceof CapacityGoneError) return rejection(steps.lost, 'bid already used, or its GPUs taken', b.bidId)
      throw err
    }
    return { kind: 'lease', lease: envelope }
  }

  private async handleStream (stream: Stream, connection: Connection): Promise<void> {
    await serveRequests(stream, connection, {
      maxRequestBytes: MAX_MARKET_MESSAGE_BYTES,
      readTimeoutMs: REQUEST_READ_TIMEOUT_MS,
      answer: async (bytes, from) => {
        return encodeLeaseResponse(await this.answer(bytes, from))
      },
      onError: (err, from) => {
        this.countRejected(err)
        this.log('lease stream from %s failed - %e', from, err)
      }
    })
  }

  private countRejected (err: unknown): void {
    this.safeDispatchEvent('message:rejected', { detail: { protocol: LEASE_PROTOCOL, error: err } })
  }
}
