/**
 * A whole provider: store, identity, inventory, libp2p host and the market and job
 * services, wired together. `createProviderNode(config)` then `start()`.
 */
import { mkdir } from 'node:fs/promises'
import { defaultLogger } from '@libp2p/logger'
import type { ComponentLogger, PrivateKey } from '@libp2p/interface'
import { createGpumeshHost, DISTRUSTED_PEER_APP_SCORE, loadOrCreatePrivateKey, OfferGossip, OfferSync, type GpumeshLibp2p } from '@gpumesh/peer'
import { OFFERS_TOPIC, SourceStanding, type CapacityOffer } from '@gpumesh/protocol'
import { HttpApi } from './api/http-api.js'
import { IdleMonitor } from './idle/idle-monitor.js'
import type { NodeConfig } from './config/node-config.js'
import { NotStartedError } from './errors.js'
import { detectGpus } from './inventory/gpu-inventory.js'
import { readSystemResources } from './inventory/system-resources.js'
import { JobService } from './job/job-service.js'
import { BidEngine } from './market/bid-engine.js'
import { CapacityLedger, type LedgerGpu } from './market/capacity-ledger.js'
import { ClientPolicy } from './market/client-policy.js'
import { HoldPolicy, UnheldBids } from './market/hold-policy.js'
import { LeaseManager } from './market/lease-manager.js'
import { OfferPublisher } from './market/offer-publisher.js'
import { ProviderDrain } from './provider-drain.js'
import { OrderEvaluator } from './market/order-evaluator.js'
import { NodeMetrics } from './metrics.js'
import { DockerRuntime } from './runtime/docker-runtime.js'
import { ProcessRuntime, detectSandbox } from './runtime/process-runtime.js'
import type { Runtime } from './runtime/runtime.js'
import { selectRuntimes } from './runtime/runtime-selection.js'
import { NodeStore } from './store/node-store.js'
import { natHostInit, natStatus, type NatStatus } from './nat-status.js'

export interface ProviderNodeOptions {
  logger?: ComponentLogger
  /** Replace runtime detection (tests): the runtimes this node may run. */
  runtimes?: Runtime[]
  /**
   * With `runtimes`: whether the given process runtime isolates jobs, so strangers may
   * use it. Tests that run unsandboxed on purpose set this; production never does.
   */
  processSandboxed?: boolean
}

export interface ProviderStatus {
  peerId: string
  addrs: string[]
  gpus: Array<LedgerGpu & { state: string }>
  free: { cpuCores: number, memoryMiB: number, diskMiB: number }
  runtimes: string[]
  reservations: number
  leases: Array<{ leaseId: string, client: string, gpuIndices: number[], status: string, jobId?: string, pricePerGpuHour: string }>
  jobsRunning: number
  offer: CapacityOffer
  /** One line per runtime: offered or not, and why (the sandbox, the engine, the images). */
  runtimeReport: string[]
  notes: string[]
  offersKnown: number
  /** Peers we have a connection to now. */
  peers: string[]
  /** Peers subscribed to the offers topic, as gossipsub sees them. */
  offerTopicPeers: number
  /** Reachability, relay reservations, and per connection direct or relayed (nat-status.ts). */
  nat: NatStatus
}

export interface ProviderNode {
  readonly config: NodeConfig
  readonly peerId: string
  readonly libp2p: GpumeshLibp2p
  readonly metrics: NodeMetrics
  readonly ledger: CapacityLedger
  readonly jobs: JobService
  readonly offers: OfferGossip
  readonly publisher: OfferPublisher
  /** Port of the HTTP API, when enabled. */
  readonly apiPort: number | undefined
  status: () => Promise<ProviderStatus>
  /** Drain (see ProviderDrain) and go offline; `hurry` aborting cuts the drain's grace short. */
  stop: (options?: { hurry?: AbortSignal }) => Promise<void>
}

/** One word for a GPU's state, for /status and /metrics: idle, reserved, leased, busy-owner, cooling-down, outside-window. */
function gpuState (ledger: CapacityLedger, index: number): string {
  const h = ledger.holder(index)
  return h.kind === 'free' ? 'idle' : h.kind === 'unavailable' ? h.state : h.kind
}

/** Build and start a provider node from a validated config. */
export async function startProviderNode (config: NodeConfig, options: ProviderNodeOptions = {}): Promise<ProviderNode> {
  const logger = options.logger ?? defaultLogger()
  const log = logger.forComponent('gpumesh:provider')
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 })
  const privateKey: PrivateKey = await loadOrCreatePrivateKey(config.dataDir)
  const store = new NodeStore(config.dataDir)
  await store.open()
  const cleanups: Array<() => Promise<void>> = [async () => { await store.close() }]
  const cleanup = async (): Promise<void> => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {})
  }
  try {
    const inventory = await detectGpus({ detect: config.gpus.detect, declared: config.gpus.declared })
    const notes = [...inventory.notes]
    const system = await readSystemResources(config.dataDir)
    const metrics = new NodeMetrics()
    const policy = new ClientPolicy(config.policy)

    const sandbox = await detectSandbox()
    const { runtimes, processSandboxed, report } = await selectRuntimes(config, sandbox, options)
    notes.push(...report.notes)

    // Peers whose relayed offers prove invalid lose standing, and gossipsub then ignores them.
    const standing = new SourceStanding()
    const libp2p = await createGpumeshHost({
      privateKey,
      listen: config.listen,
      announce: config.announce,
      bootstrap: config.bootstrap,
      mdns: config.mdns,
      appScore: peer => standing.score(peer, DISTRUSTED_PEER_APP_SCORE),
      ...natHostInit(config)
    })
    cleanups.push(async () => { await libp2p.stop() })

    const ledger = new CapacityLedger({ gpus: inventory.gpus, system: { cpuCores: system.cpuCores, memoryMiB: system.memoryMiB, diskMiB: system.diskFreeMiB }, store })
    await ledger.load()
    cleanups.push(async () => { ledger.stop() })

    const offered = report.offered
    const docker = offered.includes('docker') ? runtimes.get('docker') : undefined
    const dockerImages = docker instanceof DockerRuntime ? docker.images : undefined
    const holds = new HoldPolicy(config.holds)
    holds.watch(ledger, metrics)
    const unheld = new UnheldBids()
    const evaluator = new OrderEvaluator({ privateKey, ledger, policy, holds, unheld, metrics }, {
      pricing: config.pricing,
      runtimes: offered,
      region: config.region,
      attributes: config.attributes,
      maxDurationS: config.bidding.maxDurationS,
      reservationHoldMs: config.bidding.reservationHoldMs,
      maxConcurrentJobsPerClient: config.policy.maxConcurrentJobsPerClient,
      imageRunnable: dockerImages === undefined ? undefined : image => dockerImages.availabilityNow(image) !== 'unavailable'
    }, libp2p.peerId.toString())
    const bidEngine = new BidEngine({ libp2p, evaluator, metrics, logger }, { maxOrdersPerPeerPerSecond: config.bidding.maxOrdersPerPeerPerSecond })
    const leaseManager = new LeaseManager({ libp2p, privateKey, ledger, holds, unheld, store, metrics, logger }, { submitWindowMs: config.leases.submitWindowMs })
    const jobs = new JobService({ libp2p, privateKey, ledger, leases: leaseManager, store, policy, metrics, logger, runtimes }, {
      dataDir: config.dataDir,
      heartbeatMs: config.jobs.heartbeatMs,
      maxLogBytes: config.jobs.maxLogBytes,
      maxLogLinesPerSecond: config.jobs.maxLogLinesPerSecond,
      maxResultBytes: config.jobs.maxResultBytes,
      allowNetwork: config.policy.allowNetwork,
      maxConcurrentJobsPerClient: config.policy.maxConcurrentJobsPerClient,
      processSandboxed
    })
    const publisher = new OfferPublisher({ libp2p, privateKey, ledger, metrics, logger }, {
      intervalMs: config.offers.intervalMs,
      ttlMs: config.offers.ttlMs,
      pricePerGpuHour: config.pricing.pricePerGpuHour,
      region: config.region,
      attributes: config.attributes,
      runtimes: offered,
      images: dockerImages === undefined ? undefined : () => dockerImages.offered()
    })
    const offers = new OfferGossip({ libp2p, logger }, { standing })
    offers.addEventListener('offer:received', () => { metrics.offersReceived.inc() })
    offers.addEventListener('offer:rejected', (evt) => { metrics.countRejected('offers-topic', evt.detail.error) })

    const offerSync = new OfferSync({ libp2p, gossip: offers, logger }, { ownOffer: async () => await publisher.envelope() })

    let idle: IdleMonitor | undefined
    if (config.idle.enabled) {
      const processRuntime = runtimes.get('process')
      const dockerRuntime = runtimes.get('docker')
      idle = new IdleMonitor({
        ledger,
        logger,
        // Our jobs' processes on a GPU are ours whichever runtime started them.
        ourPids: async () => [
          ...(processRuntime instanceof ProcessRuntime ? processRuntime.activePids() : []),
          ...(dockerRuntime instanceof DockerRuntime ? await dockerRuntime.containerPids() : [])
        ]
      }, config.idle)
      idle.addEventListener('gpu:preempt', (evt) => {
        jobs.preempt(evt.detail.leaseId, evt.detail.reason, config.idle.preemption === 'stop' ? 0 : config.idle.graceMs)
      })
      idle.addEventListener('gpu:availability', () => { updateGpuMetrics() })
      cleanups.push(async () => { await idle?.stop() })
    }
    const updateGpuMetrics = (): void => {
      metrics.gpuState.reset()
      for (const g of ledger.gpus) metrics.gpuState.set({ gpu: String(g.index), state: gpuState(ledger, g.index) }, 1)
    }

    await jobs.start()
    await leaseManager.start()
    await bidEngine.start()
    offers.start()
    await offerSync.start()
    await idle?.start()
    publisher.start()
    ledger.addEventListener('capacity:change', () => {
      metrics.reservations.set(ledger.reservationCount())
      metrics.activeLeases.set(ledger.liveLeases().length)
      metrics.heldGpus.set(ledger.unsubmittedGpus('', undefined).total)
      updateGpuMetrics()
    })
    ledger.addEventListener('lease:used', () => { metrics.heldGpus.set(ledger.unsubmittedGpus('', undefined).total) })
    updateGpuMetrics()

    let stopped = false
    const node: ProviderNode = {
      config,
      peerId: libp2p.peerId.toString(),
      libp2p,
      metrics,
      ledger,
      jobs,
      offers,
      publisher,
      apiPort: undefined,
      status: async () => ({
        peerId: libp2p.peerId.toString(),
        addrs: libp2p.getMultiaddrs().map(a => a.toString()),
        gpus: ledger.gpus.map(g => ({ ...g, state: gpuState(ledger, g.index) })),
        free: ledger.freeResources(),
        runtimes: offered,
        reservations: ledger.reservationCount(),
        leases: ledger.liveLeases().map(l => ({ leaseId: l.leaseId, client: l.client, gpuIndices: l.gpuIndices, status: l.status, jobId: l.jobId, pricePerGpuHour: l.pricePerGpuHour })),
        jobsRunning: jobs.runningJobs().length,
        offer: publisher.current(),
        runtimeReport: report.lines,
        notes,
        offersKnown: offers.book.size,
        peers: libp2p.getPeers().map(p => p.toString()),
        offerTopicPeers: libp2p.services.pubsub.getSubscribers(OFFERS_TOPIC).length,
        nat: natStatus(libp2p, config)
      }),
      stop: async (options = {}) => {
        if (stopped) return
        stopped = true
        log('stopping')
        // Stop selling first, then drain the work in hand, then go offline.
        const graceMs = config.leases.onShutdown === 'finish' ? config.leases.shutdownGraceMs : 0
        await new ProviderDrain({ market: [bidEngine, leaseManager], publisher, jobs, logger }, { graceMs }).run({ hurry: options.hurry })
        await Promise.all([...runtimes.values()].map(async r => { await r.close?.() }))
        await api?.stop()
        await idle?.stop()
        offers.stop()
        await offerSync.stop().catch(() => {})
        await bidEngine.stop().catch(() => {})
        await leaseManager.stop().catch(() => {})
        await cleanup()
      }
    }
    let api: HttpApi | undefined
    if (config.api.enabled) {
      api = new HttpApi({ host: config.api.host, port: config.api.port, status: node.status, registry: metrics.registry })
      const port = await api.start()
      Object.defineProperty(node, 'apiPort', { value: port })
    }
    if (stopped) throw new NotStartedError()
    return node
  } catch (err) {
    await cleanup()
    throw err
  }
}
