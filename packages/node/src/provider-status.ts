/** What `GET /status` shows: a provider's identity, capacity, leases, runtimes and peers. */
import type { CapacityOffer } from '@gpumesh/protocol'
import { OFFERS_TOPIC } from '@gpumesh/protocol'
import type { GpumeshLibp2p, OfferGossip } from '@gpumesh/peer'
import type { JobService } from './job/job-service.js'
import type { CapacityLedger, LedgerGpu } from './market/capacity-ledger.js'
import type { OfferPublisher } from './market/offer-publisher.js'
import type { NodeConfig } from './config/node-config.js'
import { gpuState } from './metrics-observer.js'
import { natStatus, type NatStatus } from './nat-status.js'

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

export interface ProviderStatusComponents {
  libp2p: GpumeshLibp2p
  ledger: CapacityLedger
  jobs: Pick<JobService, 'runningJobs'>
  publisher: Pick<OfferPublisher, 'current'>
  offers: Pick<OfferGossip, 'book'>
  /** Runtimes put in offers, the line for each, and notes from detection. */
  report: { offered: string[], lines: string[], notes: string[] }
  config: NodeConfig
}

export function providerStatus (c: ProviderStatusComponents): ProviderStatus {
  const { libp2p, ledger } = c
  return {
    peerId: libp2p.peerId.toString(),
    addrs: libp2p.getMultiaddrs().map(a => a.toString()),
    gpus: ledger.gpus.map(g => ({ ...g, state: gpuState(ledger, g.index) })),
    free: ledger.freeResources(),
    runtimes: c.report.offered,
    reservations: ledger.reservationCount(),
    leases: ledger.liveLeases().map(l => ({ leaseId: l.leaseId, client: l.client, gpuIndices: l.gpuIndices, status: l.status, jobId: l.jobId, pricePerGpuHour: l.pricePerGpuHour })),
    jobsRunning: c.jobs.runningJobs().length,
    offer: c.publisher.current(),
    runtimeReport: c.report.lines,
    notes: c.report.notes,
    offersKnown: c.offers.book.size,
    peers: libp2p.getPeers().map(p => p.toString()),
    offerTopicPeers: libp2p.services.pubsub.getSubscribers(OFFERS_TOPIC).length,
    nat: natStatus(libp2p, c.config)
  }
}
