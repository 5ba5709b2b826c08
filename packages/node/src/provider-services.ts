/**
 * A provider's wiring: detect what the machine has, build each service from the
 * components it uses, and list them in start order. Nothing here is started; the node
 * (provider-node.ts) starts the list and stops it in reverse.
 */
import { join } from 'node:path'
import { mkdir } from 'node:fs/promises'
import type { ComponentLogger } from '@libp2p/interface'
import { createGpumeshHost, DISTRUSTED_PEER_APP_SCORE, loadOrCreatePrivateKey, OfferGossip, OfferSync, type GpumeshLibp2p } from '@gpumesh/peer'
import { SourceStanding } from '@gpumesh/protocol'
import { HttpApi } from './api/http-api.js'
import { NodeDashboard } from './dashboard/node-dashboard.js'
import { natHostInit } from './nat-status.js'
import type { NodeConfig } from './config/node-config.js'
import { IdleMonitor } from './idle/idle-monitor.js'
import { detectGpus } from './inventory/gpu-inventory.js'
import { readSystemResources } from './inventory/system-resources.js'
import { InputCache } from './inputs/input-cache.js'
import { InputPreparer } from './inputs/input-preparer.js'
import { InputNetworkPolicy } from './inputs/network-policy.js'
import { JobService } from './job/job-service.js'
import { BidEngine } from './market/bid-engine.js'
import { CapacityLedger } from './market/capacity-ledger.js'
import { ClientPolicy } from './market/client-policy.js'
import { HoldPolicy, UnheldBids } from './market/hold-policy.js'
import { LeaseManager } from './market/lease-manager.js'
import { OfferPublisher } from './market/offer-publisher.js'
import { OfferProbe } from './probe/offer-probe.js'
import { OrderEvaluator } from './market/order-evaluator.js'
import { NodeMetrics } from './metrics.js'
import { MetricsObserver } from './metrics-observer.js'
import { ProcessMetrics } from './process-metrics.js'
import { ProviderDrain } from './provider-drain.js'
import { providerStatus, type ProviderStatus } from './provider-status.js'
import { DockerRuntime } from './runtime/docker-runtime.js'
import { ProcessRuntime, detectSandbox } from './runtime/process-runtime.js'
import type { Runtime } from './runtime/runtime.js'
import { selectRuntimes } from './runtime/runtime-selection.js'
import { stopOnly, type Service } from './startable.js'
import { NodeStore } from './store/node-store.js'

export interface ProviderServicesOptions {
  logger: ComponentLogger
  /** Replace runtime detection (tests): the runtimes this node may run. */
  runtimes?: Runtime[]
  /** With `runtimes`: whether the given process runtime isolates jobs. */
  processSandboxed?: boolean
}

/** What the node keeps of its wiring. */
export interface ProviderServices {
  libp2p: GpumeshLibp2p
  metrics: NodeMetrics
  ledger: CapacityLedger
  jobs: JobService
  offers: OfferGossip
  publisher: OfferPublisher
  api?: HttpApi
  /** Aborting it cuts the drain's grace short. */
  hurry: AbortController
  status: () => Promise<ProviderStatus>
  /** In start order; stopped in reverse, so the drain goes first. */
  list: Service[]
}

export async function buildProviderServices (config: NodeConfig, options: ProviderServicesOptions): Promise<ProviderServices> {
  const { logger } = options
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 })
  const privateKey = await loadOrCreatePrivateKey(config.dataDir)
  const inventory = await detectGpus({ detect: config.gpus.detect, declared: config.gpus.declared })
  const system = await readSystemResources(config.dataDir)
  const { runtimes, processSandboxed, report } = await selectRuntimes(config, await detectSandbox(), options)

  // Peers whose relayed offers prove invalid lose standing, and gossipsub then ignores them.
  const standing = new SourceStanding()
  // The last step that awaits: the host listens as soon as it is made.
  const libp2p = await createGpumeshHost({
    privateKey,
    listen: config.listen,
    announce: config.announce,
    bootstrap: config.bootstrap,
    mdns: config.mdns,
    appScore: peer => standing.score(peer, DISTRUSTED_PEER_APP_SCORE),
    ...natHostInit(config)
  })
  try {
    const store = new NodeStore(config.dataDir)
    const metrics = new NodeMetrics()
    const policy = new ClientPolicy(config.policy)
    const ledger = new CapacityLedger({ gpus: inventory.gpus, system: { cpuCores: system.cpuCores, memoryMiB: system.memoryMiB, diskMiB: system.diskFreeMiB }, store })
    const offered = report.offered
    const docker = offered.includes('docker') ? runtimes.get('docker') : undefined
    const dockerImages = docker instanceof DockerRuntime ? docker.images : undefined
    const holds = new HoldPolicy(config.holds)
    holds.watch(ledger)
    const unheld = new UnheldBids()
    const evaluator = new OrderEvaluator({ privateKey, ledger, policy, holds, unheld }, {
      pricing: config.pricing,
      runtimes: offered,
      region: config.region,
      attributes: config.attributes,
      maxDurationS: config.bidding.maxDurationS,
      reservationHoldMs: config.bidding.reservationHoldMs,
      maxConcurrentJobsPerClient: config.policy.maxConcurrentJobsPerClient,
      imageRunnable: dockerImages === undefined ? undefined : image => dockerImages.availabilityNow(image) !== 'unavailable'
    }, libp2p.peerId.toString())
    const bids = new BidEngine({ libp2p, evaluator, logger }, { maxOrdersPerPeerPerSecond: config.bidding.maxOrdersPerPeerPerSecond })
    const leases = new LeaseManager({ libp2p, privateKey, ledger, holds, unheld, store, logger }, { submitWindowMs: config.leases.submitWindowMs })
    // Inputs by URL: one content-addressed cache under the data dir, shared by every job.
    const inputCache = new InputCache({ dir: join(config.dataDir, 'cache', 'inputs'), maxBytes: config.inputs.maxCacheBytes })
    const inputs = new InputPreparer({ cache: inputCache, policy: new InputNetworkPolicy(config.inputs) }, {
      maxInputBytes: config.inputs.maxInputBytes,
      defaultTimeoutS: config.inputs.preparingTimeoutS
    })
    const jobs = new JobService({ libp2p, privateKey, ledger, leases, store, policy, logger, runtimes, inputs }, {
      dataDir: config.dataDir,
      heartbeatMs: config.jobs.heartbeatMs,
      maxLeaseDurationS: config.bidding.maxDurationS,
      maxLogBytes: config.jobs.maxLogBytes,
      maxLogLinesPerSecond: config.jobs.maxLogLinesPerSecond,
      maxResultBytes: config.jobs.maxResultBytes,
      allowNetwork: config.policy.allowNetwork,
      maxConcurrentJobsPerClient: config.policy.maxConcurrentJobsPerClient,
      processSandboxed,
      sessions: config.sessions
    })
    const publisher = new OfferPublisher({ libp2p, privateKey, ledger, logger }, {
      intervalMs: config.offers.intervalMs,
      ttlMs: config.offers.ttlMs,
      pricePerGpuHour: config.pricing.pricePerGpuHour,
      region: config.region,
      attributes: config.attributes,
      runtimes: offered,
      images: dockerImages === undefined ? undefined : () => dockerImages.offered(),
      measurement: () => probe?.latest
    })
    // Measured offers: the probe runs in the process runtime (its sandbox) when that is offered.
    const processRuntime = offered.includes('process') ? runtimes.get('process') : undefined
    const probe = config.probe.enabled && processRuntime !== undefined && inventory.gpus.length > 0
      ? new OfferProbe({ runtime: processRuntime, logger }, {
        dataDir: config.dataDir,
        intervalMs: config.probe.intervalMs,
        gpuCommand: config.probe.gpuCommand,
        gpuIndices: inventory.gpus.map(g => g.index),
        gpuVendor: inventory.gpus[0]?.vendor
      })
      : undefined
    probe?.addEventListener('probe:measured', () => { publisher.refresh() })
    const offers = new OfferGossip({ libp2p, logger }, { standing })
    const offerSync = new OfferSync({ libp2p, gossip: offers, logger }, { ownOffer: async () => await publisher.envelope() })
    const idle = config.idle.enabled ? idleMonitor(config, ledger, runtimes, jobs, logger) : undefined
    const observer = new MetricsObserver({ metrics, ledger, holds, evaluator, bids, leases, jobs, publisher, offers, idle })
    const status = async (): Promise<ProviderStatus> => providerStatus({
      libp2p, ledger, jobs, publisher, offers, config, report: { ...report, notes: [...inventory.notes, ...report.notes] }
    })
    const dashboard = config.api.enabled ? new NodeDashboard({ ledger, jobs, publisher, metrics, store, peerId: libp2p.peerId.toString(), logger }, { bindHost: config.api.host }) : undefined
    const api = config.api.enabled ? new HttpApi({ host: config.api.host, port: config.api.port, status, registry: metrics.registry, dashboard }) : undefined
    const hurry = new AbortController()
    // Stop selling first, then drain the work in hand, then go offline.
    const drain = new ProviderDrain({ market: [bids, leases], publisher, jobs, logger, hurry: hurry.signal }, {
      graceMs: config.leases.onShutdown === 'finish' ? config.leases.shutdownGraceMs : 0
    })

    const list: Service[] = [
      { name: 'store', service: { start: async () => { await store.open() }, stop: async () => { await store.close() } } },
      // Made started; start() is a no-op then, and stop() takes it offline.
      { name: 'libp2p', service: { start: async () => { await libp2p.start() }, stop: async () => { await libp2p.stop() } } },
      { name: 'ledger', service: ledger },
      { name: 'runtimes', service: stopOnly(async () => { await Promise.all([...runtimes.values()].map(async r => { await r.close?.() })) }) },
      // Before every service that emits, so it misses nothing (recovery's jobs included).
      { name: 'metrics', service: observer },
      { name: 'process-metrics', service: new ProcessMetrics({ registry: metrics.registry }) },
      { name: 'input-cache', service: inputCache },
      { name: 'jobs', service: jobs },
      { name: 'leases', service: leases },
      { name: 'bids', service: bids },
      { name: 'offer-gossip', service: { start: async () => { offers.start() }, stop: async () => { offers.stop() } } },
      { name: 'offer-sync', service: offerSync },
      ...(idle !== undefined ? [{ name: 'idle', service: idle }] : []),
      ...(probe !== undefined ? [{ name: 'probe', service: probe }] : []),
      { name: 'publisher', service: publisher },
      ...(api !== undefined ? [{ name: 'api', service: api }] : []),
      { name: 'drain', service: drain }
    ]
    return { libp2p, metrics, ledger, jobs, offers, publisher, api, hurry, status, list }
  } catch (err) {
    await Promise.resolve(libp2p.stop()).catch(() => {})
    throw err
  }
}

/** Idle detection: GPUs for sale only while their owner leaves them idle; a returning owner preempts our job. */
function idleMonitor (config: NodeConfig, ledger: CapacityLedger, runtimes: Map<string, Runtime>, jobs: JobService, logger: ComponentLogger): IdleMonitor {
  const processRuntime = runtimes.get('process')
  const dockerRuntime = runtimes.get('docker')
  const idle = new IdleMonitor({
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
  return idle
}
