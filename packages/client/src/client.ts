/**
 * The gpumesh client: a libp2p peer with its own identity and job store, an offer book,
 * and the workflow `submit(spec) -> job.events() -> job.result()`.
 */
import { randomUUID } from 'node:crypto'
import { setMaxListeners } from 'node:events'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { defaultLogger } from '@libp2p/logger'
import { peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { ComponentLogger, Logger, PrivateKey } from '@libp2p/interface'
import {
  BID_CALLBACK_PROTOCOL, BID_PROTOCOL, FramedStream, LEASE_PROTOCOL, MAX_MARKET_MESSAGE_BYTES, PayloadType, declineReasonName,
  decodeBidResponse, decodeLease, decodeLeaseResponse, decodeWorkloadSpec, encodeEnvelope,
  encodeLeaseRequest, encodeWorkloadSpec, isTerminal, isTransientDecline, matchOffer, openEnvelope, signEnvelope,
  validateWorkloadSpec, SourceStanding, UnreachableBackoff, type CapacityOffer, type JobOrder, type SignedEnvelope, type WorkloadSpec
} from '@gpumesh/protocol'
import { createGpumeshHost, DISTRUSTED_PEER_APP_SCORE, loadOrCreatePrivateKey, OfferGossip, OfferSync, RequestChannels, type GpumeshLibp2p } from '@gpumesh/peer'
import { toJobOrder, type OrderOptions, type SubmitOptions } from './order-options.js'
import { BidCallbacks, BusyHints, rememberAddrs, runAuction, type AuctionResult, type ReceivedBid } from './auction.js'
import { ClientStore, type AttemptRecord, type ClientJobRecord, type ReceiptEntry } from './client-store.js'
import {
  CONNECT_TIMEOUT_MS, DEFAULT_BID_WINDOW_MS, DEFAULT_QUEUE_TIMEOUT_MS, DEFAULT_HEARTBEAT_MS, DEFAULT_RFQ_FANOUT,
  LEASE_TIMEOUT_MS, LOST_AFTER_HEARTBEATS, MAX_INBOUND_CALLBACK_STREAMS, RECEIPT_COLLECT_TIMEOUT_MS
} from './constants.js'
import { JobNotFoundError, JobRefusedError, LeaseRejectedError, NoBidsError, NoMatchingProvidersError, ProviderLostError, type ProviderReasons } from './errors.js'
import { Job, type JobHost } from './job.js'
import { JobConnection, jobRequest } from './job-connection.js'
import { Failover, type Acquired } from './failover.js'

export interface ClientInit {
  /** Multiaddrs (with /p2p/<id>) of peers to join through. */
  bootstrap?: string[]
  /** Identity and job store; default ~/.gpumesh/client. */
  dataDir?: string
  /** Where providers can dial us back (orders-topic bids). Default 127.0.0.1, any port. */
  listen?: string[]
  /** The providers' heartbeat interval; a provider is lost after 3 missed. */
  heartbeatMs?: number
  logger?: ComponentLogger
}

export interface ProviderInfo extends CapacityOffer {
  /**
   * True when we heard this offer from its provider or have talked to it; false when
   * another peer (`via`) relayed it and nobody has shown it is real (see
   * docs/architecture.md, "Offer admission").
   */
  reached: boolean
  /** The peer that relayed it, when not reached. */
  via?: string
  /** Whether the offer matches the given filter (when one was given). */
  matches?: boolean
  reasons?: string[]
}

export interface Quote {
  bids: Array<{ provider: string, pricePerGpuHour: bigint, gpuModels: string[], latencyMs: number }>
  declines: ProviderReasons[]
  unmatched: ProviderReasons[]
}

export interface GpumeshClient {
  readonly peerId: string
  readonly libp2p: GpumeshLibp2p
  readonly offers: OfferGossip
  /** Wait until at least `count` providers' offers are known. */
  waitForProviders: (count: number, options?: { signal?: AbortSignal }) => Promise<CapacityOffer[]>
  /** Ask connected peers for the offers they know. */
  syncOffers: (options?: { signal?: AbortSignal }) => Promise<number>
  providers: (options?: { filter?: OrderOptions }) => ProviderInfo[]
  quote: (options: OrderOptions) => Promise<Quote>
  submit: (spec: Partial<WorkloadSpec>, options: SubmitOptions) => Promise<Job>
  job: (id: string, options?: { signal?: AbortSignal }) => Promise<Job>
  jobs: () => Promise<ClientJobRecord[]>
  receipts: () => Promise<ReceiptEntry[]>
  stop: () => Promise<void>
}

export async function createClient (init: ClientInit = {}): Promise<GpumeshClient> {
  const dataDir = init.dataDir ?? join(homedir(), '.gpumesh', 'client')
  const logger = init.logger ?? defaultLogger()
  const privateKey = await loadOrCreatePrivateKey(dataDir)
  const store = new ClientStore(dataDir)
  await store.open()
  let libp2p: GpumeshLibp2p
  // Read by gossipsub's score, fed by what our auctions learn about relayed offers.
  const standing = new SourceStanding()
  try {
    libp2p = await createGpumeshHost({
      privateKey,
      listen: init.listen ?? ['/ip4/127.0.0.1/tcp/0'],
      bootstrap: init.bootstrap,
      appScore: peer => standing.score(peer, DISTRUSTED_PEER_APP_SCORE)
    })
  } catch (err) {
    await store.close()
    throw err
  }
  const client = new Client(libp2p, privateKey, store, logger, init, standing)
  try {
    await client.start()
  } catch (err) {
    await client.stop()
    throw err
  }
  return client
}

class Client implements GpumeshClient {
  readonly peerId: string
  readonly libp2p: GpumeshLibp2p
  readonly offers: OfferGossip
  private readonly sync: OfferSync
  private readonly privateKey: PrivateKey
  private readonly store: ClientStore
  private readonly log: Logger
  private readonly init: ClientInit
  private readonly callbacks = new BidCallbacks()
  /** RFQs and releases go over one long-lived stream per provider and protocol (leases go with the submit). */
  private readonly rfq: RequestChannels
  private readonly leases: RequestChannels
  private readonly busy = new BusyHints()
  private readonly unreachable = new UnreachableBackoff()
  private readonly live = new Map<string, Job>()
  private readonly controllers = new Set<AbortController>()
  private readonly running = new Set<Promise<void>>()
  private stopped = false

  constructor (libp2p: GpumeshLibp2p, privateKey: PrivateKey, store: ClientStore, logger: ComponentLogger, init: ClientInit, standing: SourceStanding) {
    this.libp2p = libp2p
    this.peerId = libp2p.peerId.toString()
    this.privateKey = privateKey
    this.store = store
    this.init = init
    this.log = logger.forComponent('gpumesh:client')
    this.offers = new OfferGossip({ libp2p, logger }, { standing })
    this.rfq = new RequestChannels(libp2p, { protocol: BID_PROTOCOL, maxResponseBytes: MAX_MARKET_MESSAGE_BYTES })
    this.leases = new RequestChannels(libp2p, { protocol: LEASE_PROTOCOL, maxResponseBytes: MAX_MARKET_MESSAGE_BYTES })
    this.sync = new OfferSync({ libp2p, gossip: this.offers, logger }, { serve: false })
    this.offers.addEventListener('offer:received', (evt) => {
      void rememberAddrs(libp2p, evt.detail)
      // A fresh offer says for itself what is free.
      this.busy.clear(evt.detail.provider)
    })
  }

  async start (): Promise<void> {
    this.offers.start()
    await this.sync.start()
    await this.libp2p.handle(BID_CALLBACK_PROTOCOL, (stream, connection) => {
      const framed = new FramedStream(stream, { maxMessageBytes: MAX_MARKET_MESSAGE_BYTES })
      framed.read(decodeBidResponse).then(r => { this.callbacks.deliver(r, connection.remotePeer.toString()) }).catch(() => {})
    }, { maxInboundStreams: MAX_INBOUND_CALLBACK_STREAMS })
    const bootstrap = this.init.bootstrap ?? []
    if (bootstrap.length > 0) {
      // Dial the bootstrap peers now rather than after the bootstrap module's delay, and
      // ask them for the offers they know.
      const signal = AbortSignal.timeout(CONNECT_TIMEOUT_MS)
      const results = await Promise.allSettled(bootstrap.map(async a => await this.libp2p.dial(multiaddr(a), { signal })))
      if (results.every(r => r.status === 'rejected')) {
        const first = results[0] as PromiseRejectedResult
        throw new ProviderLostError(bootstrap.join(', '), `Could not reach any bootstrap peer: ${(first.reason as Error)?.message ?? 'unknown'}`)
      }
      await this.syncOffers({ signal }).catch(() => 0)
    }
  }

  async syncOffers (options: { signal?: AbortSignal } = {}): Promise<number> {
    const peers = this.libp2p.getPeers()
    const counts = await Promise.allSettled(peers.map(async p => await this.sync.fetch(p, options)))
    return counts.reduce((n, r) => n + (r.status === 'fulfilled' ? r.value : 0), 0)
  }

  async waitForProviders (count: number, options: { signal?: AbortSignal } = {}): Promise<CapacityOffer[]> {
    const signal = options.signal ?? AbortSignal.timeout(CONNECT_TIMEOUT_MS)
    // Every sync round adds a listener per peer to this one signal.
    setMaxListeners(Infinity, signal)
    // Offers arrive by gossip; peers we sync from may also learn new ones meanwhile, so
    // ask them again with a growing pause rather than wait for the next republish.
    let pauseMs = 100
    while (this.offers.book.size < count) {
      signal.throwIfAborted()
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(done, pauseMs)
        function done (): void { clearTimeout(timer); cleanup(); resolve() }
        const fail = (): void => { clearTimeout(timer); cleanup(); reject(signal.reason) }
        const cleanup = (): void => { this.offers.removeEventListener('offer:received', done); signal.removeEventListener('abort', fail) }
        this.offers.addEventListener('offer:received', done)
        signal.addEventListener('abort', fail, { once: true })
      })
      if (this.offers.book.size < count) await this.syncOffers({ signal }).catch(() => 0)
      // Capped low: while a testnet starts, the peers we sync from learn offers quickly.
      pauseMs = Math.min(pauseMs * 2, 500)
    }
    return this.offers.book.list()
  }

  providers (options: { filter?: OrderOptions } = {}): ProviderInfo[] {
    // Reached providers first; relayed ones are flagged with who relayed them.
    const offers = this.offers.book.entries().map(e => ({ ...e.offer, reached: e.standing === 'reached', ...(e.standing === 'relayed' ? { via: e.source } : {}) }))
    if (options.filter === undefined) return offers
    const order = this.buildOrder(options.filter, false)
    return offers.map(o => {
      const m = matchOffer(order, o)
      return { ...o, matches: m.ok, reasons: m.ok ? [] : m.reasons.map(declineReasonName) }
    })
  }

  async quote (options: OrderOptions): Promise<Quote> {
    const order = this.buildOrder(options, true)
    const result = await runAuction(this.auctionComponents(), order, {
      fanout: Number.MAX_SAFE_INTEGER,
      windowMs: DEFAULT_BID_WINDOW_MS * 3,
      strategy: 'price',
      signal: options.signal
    })
    return {
      bids: result.bids.map(b => ({ provider: b.provider, pricePerGpuHour: b.bid.pricePerGpuHour, gpuModels: b.bid.gpuModels, latencyMs: b.latencyMs })),
      declines: result.declines,
      unmatched: result.unmatched
    }
  }

  async submit (specInput: Partial<WorkloadSpec>, options: SubmitOptions): Promise<Job> {
    const spec = validateWorkloadSpec(specInput)
    const order = this.buildOrder({ ...options, runtime: spec.runtime, image: spec.image }, false)
    const record: ClientJobRecord = {
      id: randomUUID(),
      createdAtMs: Date.now(),
      state: 'pending',
      reason: '',
      exitCode: 0,
      spec: Buffer.from(encodeWorkloadSpec(spec)).toString('base64'),
      order: {
        gpuCount: order.gpu.count,
        minVramMiB: order.gpu.minVramMiB,
        model: order.gpu.model,
        vendor: order.gpu.vendor,
        maxPricePerGpuHour: order.maxPricePerGpuHour.toString(),
        maxDurationS: order.maxDurationS,
        region: order.region
      },
      retriesLeft: options.retries ?? 0,
      attempts: []
    }
    const job = new Job(record, this.jobHost())
    await job.save()
    this.live.set(job.id, job)
    // The first attempt's auction and lease happen before submit() returns, so their
    // errors (no bids, every lease rejected) reach the caller directly.
    const controller = new AbortController()
    this.controllers.add(controller)
    let lease: Acquired
    try {
      lease = await this.acquire(job, spec, options, new Set(), controller.signal)
    } catch (err) {
      this.controllers.delete(controller)
      this.forget(job)
      throw err
    }
    this.track(this.follow(job, spec, options, lease, controller))
    return job
  }

  async job (id: string, options: { signal?: AbortSignal } = {}): Promise<Job> {
    const live = this.live.get(id)
    if (live !== undefined) return live
    const record = await this.store.jobs.get(id)
    if (record === undefined) throw new JobNotFoundError(id)
    const job = new Job(record, this.jobHost())
    this.live.set(id, job)
    await job.replayStored()
    const attempt = job.attempt
    // Its providers are reachable even before their next offers reach us.
    for (const a of record.attempts) {
      const addrs = a.providerAddrs.flatMap(s => { try { return [multiaddr(s)] } catch { return [] } })
      if (addrs.length > 0) await this.libp2p.peerStore.merge(peerIdFromString(a.provider), { multiaddrs: addrs }).catch(() => {})
    }
    if (isTerminal(record.state) || attempt === undefined) {
      job.end()
      this.forget(job)
      this.collectInBackground(job)
      return job
    }
    // Re-attach to the provider from the last seq we stored.
    const spec = decodeWorkloadSpec(Buffer.from(record.spec, 'base64'))
    // A retry from here leases for the order the job was submitted with.
    const o = record.order
    const order: SubmitOptions = { gpu: { count: o.gpuCount, minVramMiB: o.minVramMiB, model: o.model, vendor: o.vendor }, maxPricePerGpuHour: BigInt(o.maxPricePerGpuHour), maxDurationS: o.maxDurationS, region: o.region, signal: options.signal }
    this.track(this.follow(job, spec, order, undefined))
    return job
  }

  async jobs (): Promise<ClientJobRecord[]> {
    const out: ClientJobRecord[] = []
    for await (const r of this.store.jobs.values()) out.push(r)
    return out.sort((a, b) => a.createdAtMs - b.createdAtMs)
  }

  async receipts (): Promise<ReceiptEntry[]> {
    const out: ReceiptEntry[] = []
    for await (const r of this.store.receipts.values()) out.push(r)
    return out
  }

  async stop (): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    for (const c of this.controllers) c.abort()
    await Promise.allSettled([...this.running])
    this.rfq.stop()
    this.leases.stop()
    await this.sync.stop().catch(() => {})
    this.offers.stop()
    await Promise.resolve(this.libp2p.stop()).catch(() => {})
    await this.store.close().catch(() => {})
  }

  // ---- internals ----

  /**
   * An ended job leaves the live set: its handle keeps working for whoever holds it, and
   * `job(id)` rebuilds one from the store. A long-running client would otherwise keep
   * every job it ever ran, with all its updates, in memory.
   */
  private forget (job: Job): void {
    if (this.live.get(job.id) === job) this.live.delete(job.id)
  }

  private track (p: Promise<void>): void {
    this.running.add(p)
    void p.finally(() => { this.running.delete(p) })
  }

  private auctionComponents (): Parameters<typeof runAuction>[0] {
    return {
      libp2p: this.libp2p,
      privateKey: this.privateKey,
      book: this.offers.book,
      callbacks: this.callbacks,
      rfq: this.rfq,
      busy: this.busy,
      unreachable: this.unreachable,
      reachability: this.offers
    }
  }

  private buildOrder (options: OrderOptions & { bidWindowMs?: number }, dryRun: boolean): JobOrder {
    return toJobOrder(options, { client: this.peerId, dryRun })
  }

  private jobHost (): JobHost {
    return {
      self: this.peerId,
      store: this.store,
      sign: async (type, payload) => await signEnvelope(this.privateKey, type, payload),
      cancel: async (job, signal) => { await this.cancel(job, signal) },
      countersign: async (job, attempt, acceptance) => await this.countersign(attempt, acceptance, job),
      collectReceipts: async (job, signal) => { await this.failover(job.record, {}).collectReceipts(job, signal) }
    }
  }

  /**
   * Auction then lease: returns the attempt, or throws when no provider will take the
   * job, having ended it `failed` (or, for a retry of `retryOf`, `lost`: the job did not
   * fail, its provider went away and no other would take it).
   */
  private async acquire (job: Job, spec: WorkloadSpec, options: SubmitOptions, exclude: Set<string>, jobSignal: AbortSignal, retryOf?: AttemptRecord): Promise<Acquired> {
    const n = job.record.attempts.length + 1
    const end = async (reason: string): Promise<void> => {
      if (retryOf === undefined) return await this.fail(job, 'failed', reason)
      job.emit({ type: 'log', attempt: n, seq: 0, atMs: Date.now(), stream: 'system', line: `no other provider took the job: ${reason}` })
      await this.fail(job, 'lost', retryOf.reason !== '' ? retryOf.reason : 'provider-lost')
    }
    await job.setState('bidding')
    job.emit({ type: 'state', attempt: n, state: 'bidding', reason: '', exitCode: 0 })
    let result: AuctionResult
    // Providers that could serve the order but are busy right now: wait for capacity
    // (with a growing pause) until the queue timeout, as a job queue would.
    const queueDeadline = Date.now() + (options.queueTimeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS)
    let pauseMs = 25
    // Providers we could not reach in this loop are not asked again in it (even once
    // their backoff ends), and are reported with the final answer.
    const unreachable: ProviderReasons[] = []
    const skip = new Set(exclude)
    for (;;) {
      try {
        result = await runAuction(this.auctionComponents(), this.buildOrder({ ...options, runtime: spec.runtime, image: spec.image }, false), {
          fanout: options.fanout ?? DEFAULT_RFQ_FANOUT,
          windowMs: options.bidWindowMs ?? DEFAULT_BID_WINDOW_MS,
          strategy: options.strategy ?? 'price',
          exclude: skip,
          signal: options.signal
        })
      } catch (err) {
        await end('auction-error')
        throw err
      }
      for (const d of result.declines) {
        if (d.reasons.includes('unreachable')) { skip.add(d.provider); unreachable.push(d) }
      }
      if (result.bids.length > 0 || result.declines.length === 0 || options.signal?.aborted === true) break
      // Only unreachable ones: ask the next providers at once.
      if (result.declines.every(d => d.reasons.every(r => r === 'unreachable'))) {
        if (Date.now() > queueDeadline) break
        continue
      }
      const busy = result.declines.every(d => d.reasons.every(r => isTransientDecline(r) || r === 'no-answer' || r === 'unreachable'))
      if (!busy || Date.now() + pauseMs > queueDeadline) break
      await new Promise(resolve => setTimeout(resolve, pauseMs))
      pauseMs = Math.min(pauseMs * 2, 1_000)
    }
    const notReached = [...unreachable.filter(u => !result.declines.some(d => d.provider === u.provider)), ...result.skipped]
    job.emit({ type: 'auction', attempt: n, asked: result.asked.length, broadcast: result.broadcast })
    for (const b of result.bids) job.emit({ type: 'bid', attempt: n, provider: b.provider, pricePerGpuHour: b.bid.pricePerGpuHour, gpuModels: b.bid.gpuModels, latencyMs: b.latencyMs })
    for (const d of result.declines) job.emit({ type: 'decline', attempt: n, provider: d.provider, reasons: d.reasons })
    // Providers passed over as unreachable, in earlier rounds of this loop or by backoff.
    for (const d of notReached) job.emit({ type: 'decline', attempt: n, provider: d.provider, reasons: d.reasons })
    if (result.bids.length === 0) {
      if (result.asked.length === 0 && result.declines.length === 0 && notReached.length === 0) {
        await end('no-matching-providers')
        throw new NoMatchingProvidersError(result.unmatched)
      }
      await end('no-bids')
      throw new NoBidsError([...result.declines, ...notReached, ...result.unmatched])
    }
    const rejects: ProviderReasons[] = []
    const candidates = async function * (): AsyncGenerator<ReceivedBid> {
      yield * result.bids
      // Every bid in hand was refused: the ones that came after the auction closed are next.
      for (const b of await result.late) {
        job.emit({ type: 'bid', attempt: n, provider: b.provider, pricePerGpuHour: b.bid.pricePerGpuHour, gpuModels: b.bid.gpuModels, latencyMs: b.latencyMs })
        yield b
      }
    }
    for await (const bid of candidates()) {
      try {
        const { leaseId, connection } = await this.leaseAndSubmit(bid, spec, options.signal, jobSignal)
        // Free the losers' GPUs now rather than at the end of their hold (late bids as they come).
        this.releaseBids(result.bids.filter(b => b !== bid))
        void result.late.then(late => { this.releaseBids(late.filter(b => b !== bid)) })
        // The attempt is recorded with the provider's job id, which its first event names,
        // so it can always be re-attached to ('' only when the provider refused the Submit
        // or the stream failed, which the stream's events then report).
        const first = await connection.firstEvent({ signal: AbortSignal.timeout(LEASE_TIMEOUT_MS) })
        const attempt: AttemptRecord = {
          attempt: n,
          provider: bid.provider,
          providerAddrs: this.offers.book.get(bid.provider)?.addrs ?? [],
          leaseId,
          providerJobId: first?.jobId ?? '',
          pricePerGpuHour: bid.bid.pricePerGpuHour.toString(),
          gpuIndices: bid.bid.gpuIndices,
          gpuModels: bid.bid.gpuModels,
          lastSeq: 0,
          state: 'leased',
          reason: ''
        }
        job.record.attempts.push(attempt)
        await job.setState('leased')
        job.emit({ type: 'lease', attempt: n, provider: bid.provider, leaseId, gpuIndices: bid.bid.gpuIndices, pricePerGpuHour: bid.bid.pricePerGpuHour })
        return { attempt, leaseId, connection }
      } catch (err) {
        // A refused lease says why in the provider's words (bid-expired, already-leased …).
        const reason = err instanceof JobRefusedError && err.refusal === 'lease-rejected' ? err.detail : err instanceof Error ? err.message : 'lease failed'
        rejects.push({ provider: bid.provider, reasons: [reason] })
        job.emit({ type: 'lease-rejected', attempt: n, provider: bid.provider, reason })
      }
    }
    await end('lease-rejected')
    throw new LeaseRejectedError(rejects)
  }

  /** Decline bids we will not take; best effort, in the background. */
  private releaseBids (bids: ReceivedBid[]): void {
    for (const bid of bids) {
      this.track((async () => {
        const request = await signEnvelope(this.privateKey, PayloadType.leaseRequest, encodeLeaseRequest({ bid: bid.envelope, client: this.peerId, release: true }))
        await this.leases.request(peerIdFromString(bid.provider), encodeEnvelope(request), decodeLeaseResponse, { signal: AbortSignal.timeout(LEASE_TIMEOUT_MS) })
      })().catch(() => {}))
    }
  }

  /**
   * Lease and submit in one message: the provider grants the lease from our signed
   * request, answers with it first and starts the job at once. Returns the verified
   * lease and the open job stream, whose events follow.
   */
  private async leaseAndSubmit (bid: ReceivedBid, spec: WorkloadSpec, submitSignal: AbortSignal | undefined, jobSignal: AbortSignal): Promise<{ leaseId: string, connection: JobConnection }> {
    const request = await signEnvelope(this.privateKey, PayloadType.leaseRequest, encodeLeaseRequest({ bid: bid.envelope, client: this.peerId }))
    const connection = await JobConnection.open(this.libp2p, bid.provider, { kind: 'submit', leaseId: '', leaseRequest: request, spec }, { signal: jobSignal, idleTimeoutMs: this.idleTimeoutMs() })
    // The caller's signal may abandon the submit until the lease is in, not the job after.
    const onAbort = (): void => { connection.abort(new Error('submit aborted')) }
    submitSignal?.addEventListener('abort', onAbort, { once: true })
    try {
      const envelope = await connection.lease({ signal: AbortSignal.timeout(LEASE_TIMEOUT_MS) })
      const lease = await openEnvelope(envelope, PayloadType.lease, decodeLease, { expectedSigner: bid.provider })
      if (lease.message.bidId !== bid.bid.bidId || lease.message.client !== this.peerId) throw new Error('lease does not match the bid')
      return { leaseId: lease.message.leaseId, connection }
    } catch (err) {
      connection.abort(err instanceof Error ? err : new Error('lease failed'))
      throw err
    } finally {
      submitSignal?.removeEventListener('abort', onAbort)
    }
  }

  private idleTimeoutMs (): number {
    return (this.init.heartbeatMs ?? DEFAULT_HEARTBEAT_MS) * LOST_AFTER_HEARTBEATS
  }

  /** Drive a job to its end (see Failover): retries lease for the same order, away from providers that did not finish it. */
  private async follow (job: Job, spec: WorkloadSpec, options: SubmitOptions, first: Acquired | undefined, controller = new AbortController()): Promise<void> {
    this.controllers.add(controller)
    const failover = this.failover(job.record, { spec, options })
    try {
      await failover.follow(job, first, controller.signal)
    } finally {
      this.controllers.delete(controller)
      if (job.isOver) {
        this.forget(job)
        this.collectInBackground(job)
      }
    }
  }

  private failover (record: ClientJobRecord, order: { spec?: WorkloadSpec, options?: SubmitOptions }): Failover {
    return new Failover({
      libp2p: this.libp2p,
      log: this.log,
      idleTimeoutMs: this.idleTimeoutMs(),
      acquire: async (j, retryOf, exclude, signal) => {
        if (order.spec === undefined || order.options === undefined) throw new Error(`job ${record.id}: no order to retry with`)
        return await this.acquire(j, order.spec, order.options, exclude, signal, retryOf)
      },
      fail: async (j, state, reason) => { await this.fail(j, state, reason) },
      stopped: () => this.stopped
    })
  }

  /** Receipts earlier attempts' providers still owe, fetched once the job is over (stop() cuts it short). */
  private collectInBackground (job: Job): void {
    if (this.stopped || job.record.attempts.length === 0) return
    const controller = new AbortController()
    this.controllers.add(controller)
    const timer = setTimeout(() => { controller.abort() }, RECEIPT_COLLECT_TIMEOUT_MS)
    this.track(job.collectReceipts({ signal: controller.signal }).catch(() => {}).finally(() => {
      clearTimeout(timer)
      this.controllers.delete(controller)
    }))
  }

  private async fail (job: Job, state: 'failed' | 'lost', reason: string): Promise<void> {
    await job.setState(state, reason, -1)
    job.emit({ type: 'state', attempt: Math.max(1, job.record.attempts.length), state, reason, exitCode: -1 })
    job.end()
  }

  private async cancel (job: Job, signal: AbortSignal): Promise<void> {
    const attempt = job.attempt
    if (attempt === undefined || attempt.providerJobId === '') return
    // The events this stream carries also reach the job's own follower; drain them here.
    for await (const _ of jobRequest(this.libp2p, attempt.provider, { kind: 'cancel', jobId: attempt.providerJobId }, { signal, idleTimeoutMs: 15_000 })) { /* drained */ }
    await job.done({ signal })
  }

  private async countersign (attempt: AttemptRecord, acceptance: SignedEnvelope, _job: Job): Promise<boolean> {
    const signal = AbortSignal.timeout(5_000)
    for await (const _ of jobRequest(this.libp2p, attempt.provider, { kind: 'countersign', jobId: attempt.providerJobId, acceptance }, { signal, idleTimeoutMs: 5_000 })) { /* drained */ }
    return true
  }
}
