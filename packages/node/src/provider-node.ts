/**
 * A whole provider: store, identity, inventory, libp2p host and the market and job
 * services (wired in provider-services.ts), started in order and stopped in reverse.
 */
import { defaultLogger } from '@libp2p/logger'
import type { ComponentLogger } from '@libp2p/interface'
import type { GpumeshLibp2p, OfferGossip } from '@gpumesh/peer'
import type { NodeConfig } from './config/node-config.js'
import type { JobService } from './job/job-service.js'
import type { CapacityLedger } from './market/capacity-ledger.js'
import type { OfferPublisher } from './market/offer-publisher.js'
import type { NodeMetrics } from './metrics.js'
import { buildProviderServices } from './provider-services.js'
import type { ProviderStatus } from './provider-status.js'
import type { Runtime } from './runtime/runtime.js'
import { Services } from './startable.js'

export type { ProviderStatus } from './provider-status.js'

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

export interface ProviderNode {
  readonly config: NodeConfig
  readonly peerId: string
  readonly libp2p: GpumeshLibp2p
  readonly metrics: NodeMetrics
  readonly ledger: CapacityLedger
  readonly jobs: JobService
  readonly offers: OfferGossip
  readonly publisher: OfferPublisher
  /** Port of the HTTP API, when enabled and running. */
  readonly apiPort: number | undefined
  status: () => Promise<ProviderStatus>
  /** Drain (see ProviderDrain) and go offline; `hurry` aborting cuts the drain's grace short. */
  stop: (options?: { hurry?: AbortSignal }) => Promise<void>
}

/** Build and start a provider node from a validated config; a service that fails to start stops those before it. */
export async function startProviderNode (config: NodeConfig, options: ProviderNodeOptions = {}): Promise<ProviderNode> {
  const logger = options.logger ?? defaultLogger()
  const log = logger.forComponent('gpumesh:provider')
  const built = await buildProviderServices(config, { ...options, logger })
  const services = new Services(built.list, log)
  await services.start()

  const { libp2p, metrics, ledger, jobs, offers, publisher, api, hurry, status } = built
  let stopped = false
  return {
    config,
    peerId: libp2p.peerId.toString(),
    libp2p,
    metrics,
    ledger,
    jobs,
    offers,
    publisher,
    get apiPort () { return api?.port },
    status,
    stop: async (options = {}) => {
      if (stopped) return
      stopped = true
      log('stopping')
      if (options.hurry?.aborted === true) hurry.abort()
      else options.hurry?.addEventListener('abort', () => { hurry.abort() }, { once: true })
      await services.stop()
    }
  }
}
