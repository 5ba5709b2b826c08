/**
 * The gpumesh client: a libp2p peer with its own identity and job store, an offer book,
 * and the workflow `submit(spec) -> job.events() -> job.result()`.
 */
import { setMaxListeners } from 'node:events'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { defaultLogger } from '@libp2p/logger'
import { multiaddr } from '@multiformats/multiaddr'
import type { ComponentLogger, PrivateKey } from '@libp2p/interface'
import {
  BID_CALLBACK_PROTOCOL, BID_PROTOCOL, FramedStream, LEASE_PROTOCOL, MAX_MARKET_MESSAGE_BYTES, declineReasonName, decodeBidResponse,
  matchOffer, SourceStanding, UnreachableBackoff, type CapacityOffer, type JobOrder, type ReputationScore, type WorkloadSpec
} from '@gpumesh/protocol'
import { createGpumeshHost, DISTRUSTED_PEER_APP_SCORE, loadOrCreatePrivateKey, OfferGossip, OfferSync, RequestChannels, type GpumeshLibp2p } from '@gpumesh/peer'
import { toJobOrder, type OrderOptions, type SubmitOptions } from './order-options.js'
import { BidCallbacks, BusyHints, rememberAddrs, runAuction, type AuctionComponents } from './auction.js'
import { ClientStore, type ClientJobRecord, type ReceiptEntry } from './client-store.js'
import {
  CONNECT_TIMEOUT_MS, MAX_INBOUND_CALLBACK_STREAMS, PROVIDER_WAIT_FIRST_PAUSE_MS, PROVIDER_WAIT_MAX_PAUSE_MS, QUOTE_WINDOW_MS
} from './constants.js'
import { ProviderLostError, type ProviderReasons } from './errors.js'
import type { Job } from './job.js'
import { JobRunner } from './job-runner.js'
import { isJobSpecDocument, type JobSpecDocument } from './spec/job-spec.js'
import { checkJobSpec } from './spec/spec-file.js'
import { toSubmission } from './spec/spec-submission.js'
import { ReputationBook } from './reputation-book.js'
import { Verifier, type VerifiedRun, type VerifiedSubmitOptions } from './verifier.js'
import { probeProvider, type ProbeCheck } from './probe-check.js'

export interface ClientInit {
  /** Multiaddrs (with /p2p/<id>) of peers to join through. */
  bootstrap?: string[]
  /** Identity and job store; default ~/.gpumesh/client. */
  dataDir?: string
  /** Where providers can dial us back (orders-topic bids). Default 127.0.0.1, any port. */
  listen?: string[]
  /** The providers' heartbeat interval; a provider is lost after 3 missed. */
  heartbeatMs?: number
  /** How long `start` tries the bootstrap peers (and waitForProviders waits by default). Default 10 s. */
  connectTimeoutMs?: number
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
  /** What our own jobs there came to: the score the auction ranks by, and why. */
  reputation: ReputationScore
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
  /**
   * Run a workload. `spec` is a workload with its order options, or a job spec document
   * (`apiVersion: gpumesh/v1`, see schema/job-spec.v1.json) whose fields `options`
   * override; a document is checked against the schema first (JobSpecError).
   */
  submit: {
    (spec: Partial<WorkloadSpec>, options: SubmitOptions): Promise<Job>
    (spec: JobSpecDocument, options?: Partial<SubmitOptions> & { baseDir?: string }): Promise<Job>
  }
  /**
   * Run `spec` on `verify.replicas` distinct providers and compare their results (see
   * docs/architecture.md, "Verified results"); resolves once every replica is leased.
   */
  submitVerified: (spec: Partial<WorkloadSpec>, options: VerifiedSubmitOptions) => Promise<VerifiedRun>
  /**
   * Run the offer probe on `provider` as a small paid job with our own nonce, and compare
   * its figures with what the provider's offer claims (see "Measured offers").
   */
  probe: (provider: string, options: OrderOptions) => Promise<ProbeCheck>
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

/** The facade: wires the host, the offer book and the auction's collaborators, and hands jobs to a JobRunner. */
class Client implements GpumeshClient {
  readonly peerId: string
  readonly libp2p: GpumeshLibp2p
  readonly offers: OfferGossip
  private readonly sync: OfferSync
  private readonly store: ClientStore
  private readonly init: ClientInit
  private readonly callbacks = new BidCallbacks()
  /** RFQs and releases go over one long-lived stream per provider and protocol (leases go with the submit). */
  private readonly rfq: RequestChannels
  private readonly leases: RequestChannels
  private readonly auction: AuctionComponents
  private readonly runner: JobRunner
  private readonly reputation: ReputationBook
  private readonly verifier: Verifier
  private stopped = false

  constructor (libp2p: GpumeshLibp2p, privateKey: PrivateKey, store: ClientStore, logger: ComponentLogger, init: ClientInit, standing: SourceStanding) {
    this.libp2p = libp2p
    this.peerId = libp2p.peerId.toString()
    this.store = store
    this.init = init
    this.offers = new OfferGossip({ libp2p, logger }, { standing })
    this.rfq = new RequestChannels(libp2p, { protocol: BID_PROTOCOL, maxResponseBytes: MAX_MARKET_MESSAGE_BYTES })
    this.leases = new RequestChannels(libp2p, { protocol: LEASE_PROTOCOL, maxResponseBytes: MAX_MARKET_MESSAGE_BYTES })
    this.sync = new OfferSync({ libp2p, gossip: this.offers, logger }, { serve: false })
    const busy = new BusyHints()
    this.reputation = new ReputationBook(store)
    this.auction = {
      libp2p,
      privateKey,
      book: this.offers.book,
      callbacks: this.callbacks,
      rfq: this.rfq,
      busy,
      unreachable: new UnreachableBackoff(),
      reachability: this.offers,
      reputation: this.reputation
    }
    this.runner = new JobRunner({ libp2p, privateKey, store, auction: this.auction, leases: this.leases, reputation: this.reputation, logger }, { heartbeatMs: init.heartbeatMs })
    this.verifier = new Verifier({ submit: async (spec, options) => await this.runner.submit(spec, options), store, reputation: this.reputation, log: logger.forComponent('gpumesh:verifier') })
    this.offers.addEventListener('offer:received', (evt) => {
      void rememberAddrs(libp2p, evt.detail)
      // A fresh offer says for itself what is free.
      busy.clear(evt.detail.provider)
    })
  }

  async start (): Promise<void> {
    await this.reputation.load()
    this.offers.start()
    await this.sync.start()
    await this.libp2p.handle(BID_CALLBACK_PROTOCOL, (stream, connection) => {
      const framed = new FramedStream(stream, { maxMessageBytes: MAX_MARKET_MESSAGE_BYTES })
      framed.read(decodeBidResponse).then(r => { this.callbacks.deliver(r, connection.remotePeer.toString()) }).catch(() => {})
    }, { maxInboundStreams: MAX_INBOUND_CALLBACK_STREAMS, runOnLimitedConnection: true })
    const bootstrap = this.init.bootstrap ?? []
    if (bootstrap.length > 0) {
      // Dial the bootstrap peers now rather than after the bootstrap module's delay, and
      // ask them for the offers they know.
      const signal = AbortSignal.timeout(this.init.connectTimeoutMs ?? CONNECT_TIMEOUT_MS)
      const results = await Promise.allSettled(bootstrap.map(async a => await this.libp2p.dial(multiaddr(a), { signal })))
      if (results.every(r => r.status === 'rejected')) {
        const first = results[0] as PromiseRejectedResult
        throw new ProviderLostError(bootstrap.join(', '), `Could not reach any bootstrap peer: ${(first.reason as Error)?.message ?? 'unknown'}`, { cause: first.reason })
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
    const signal = options.signal ?? AbortSignal.timeout(this.init.connectTimeoutMs ?? CONNECT_TIMEOUT_MS)
    // Every sync round adds a listener per peer to this one signal.
    setMaxListeners(Infinity, signal)
    // Offers arrive by gossip; peers we sync from may also learn new ones meanwhile, so
    // ask them again with a growing pause rather than wait for the next republish.
    let pauseMs = PROVIDER_WAIT_FIRST_PAUSE_MS
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
      pauseMs = Math.min(pauseMs * 2, PROVIDER_WAIT_MAX_PAUSE_MS)
    }
    return this.offers.book.list()
  }

  providers (options: { filter?: OrderOptions } = {}): ProviderInfo[] {
    // Reached providers first; relayed ones are flagged with who relayed them.
    const offers = this.offers.book.entries().map(e => ({ ...e.offer, reached: e.standing === 'reached', ...(e.standing === 'relayed' ? { via: e.source } : {}), reputation: this.reputation.explain(e.offer.provider) }))
    if (options.filter === undefined) return offers
    const order = this.buildOrder(options.filter, false)
    return offers.map(o => {
      const m = matchOffer(order, o)
      return { ...o, matches: m.ok, reasons: m.ok ? [] : m.reasons.map(declineReasonName) }
    })
  }

  async quote (options: OrderOptions): Promise<Quote> {
    const order = this.buildOrder(options, true)
    const result = await runAuction(this.auction, order, {
      fanout: Number.MAX_SAFE_INTEGER,
      windowMs: QUOTE_WINDOW_MS,
      strategy: 'price',
      signal: options.signal
    })
    // A quote answers for every provider: the bids that came after the auction could
    // close (which submit uses to start sooner) belong in it too.
    const bids = [...result.bids, ...await result.late].sort((a, b) => a.bid.pricePerGpuHour < b.bid.pricePerGpuHour ? -1 : a.bid.pricePerGpuHour > b.bid.pricePerGpuHour ? 1 : a.latencyMs - b.latencyMs)
    return {
      bids: bids.map(b => ({ provider: b.provider, pricePerGpuHour: b.bid.pricePerGpuHour, gpuModels: b.bid.gpuModels, latencyMs: b.latencyMs })),
      declines: result.declines,
      unmatched: result.unmatched
    }
  }

  async submit (spec: Partial<WorkloadSpec> | JobSpecDocument, options?: Partial<SubmitOptions> & { baseDir?: string }): Promise<Job> {
    if (isJobSpecDocument(spec)) {
      const { baseDir, ...overrides } = options ?? {}
      const submission = await toSubmission(checkJobSpec(spec), { baseDir, signal: overrides.signal })
      return await this.runner.submit(submission.workload, { ...submission.options, ...overrides })
    }
    if (options?.maxPricePerGpuHour === undefined) throw new TypeError('submit(workload, options): options.maxPricePerGpuHour is required')
    return await this.runner.submit(spec, options as SubmitOptions)
  }

  async submitVerified (spec: Partial<WorkloadSpec>, options: VerifiedSubmitOptions): Promise<VerifiedRun> {
    return await this.verifier.submit(spec, options)
  }

  async probe (provider: string, options: OrderOptions): Promise<ProbeCheck> {
    return await probeProvider({
      submit: async (spec, o) => await this.runner.submit(spec, o),
      providers: () => this.offers.book.list().map(o => o.provider),
      measured: p => this.offers.book.get(p)?.measured
    }, provider, options)
  }

  async job (id: string, options: { signal?: AbortSignal } = {}): Promise<Job> {
    return await this.runner.job(id, options)
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
    await this.verifier.stop()
    await this.runner.stop()
    await this.reputation.flush()
    this.rfq.stop()
    this.leases.stop()
    await this.sync.stop().catch(() => {})
    this.offers.stop()
    await Promise.resolve(this.libp2p.stop()).catch(() => {})
    await this.store.close().catch(() => {})
  }

  private buildOrder (options: OrderOptions & { bidWindowMs?: number }, dryRun: boolean): JobOrder {
    return toJobOrder(options, { client: this.peerId, dryRun })
  }
}
