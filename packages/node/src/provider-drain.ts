/**
 * A provider's graceful stop: stop selling (RFQs and lease requests are declined
 * `shutting-down`, and a last offer says nothing is free), then let the job service
 * drain its running jobs within the grace, ending the rest with receipts their clients
 * countersign and retry elsewhere. Last in the node's start list, so first to stop:
 * everything it needs is still up while it drains.
 */
import type { ComponentLogger, Logger } from '@libp2p/interface'
import { DRAIN_COUNTERSIGN_WAIT_MS } from './constants.js'
import type { JobService } from './job/job-service.js'
import type { OfferPublisher } from './market/offer-publisher.js'
import type { Startable } from './startable.js'

export interface ProviderDrainComponents {
  /** What takes orders and grants leases: paused first. */
  market: Array<{ pause: () => void }>
  publisher: Pick<OfferPublisher, 'withdraw'>
  jobs: Pick<JobService, 'pause' | 'drain'>
  logger: ComponentLogger
  /** Aborted to cut the grace short (a second Ctrl-C); receipts still go out. */
  hurry?: AbortSignal
}

export interface ProviderDrainInit {
  /** How long running jobs may go on (0: stopped at once). */
  graceMs: number
  /** How long ended jobs' clients get to countersign; default DRAIN_COUNTERSIGN_WAIT_MS. */
  countersignMs?: number
}

export class ProviderDrain implements Startable {
  private readonly log: Logger

  constructor (private readonly components: ProviderDrainComponents, private readonly init: ProviderDrainInit) {
    this.log = components.logger.forComponent('gpumesh:provider-drain')
  }

  async start (): Promise<void> {}

  /** Drain. */
  async stop (): Promise<void> {
    const { market, publisher, jobs, hurry } = this.components
    for (const m of market) m.pause()
    jobs.pause()
    // Best effort: with no peer on the topic there is nobody to tell.
    await publisher.withdraw().catch(err => { this.log('withdrawing the offer failed - %e', err) })
    await jobs.drain({ graceMs: this.init.graceMs, countersignMs: this.init.countersignMs ?? DRAIN_COUNTERSIGN_WAIT_MS, hurry })
  }
}
