/**
 * What a caller asks for, and the pure step from that to a `JobOrder`: defaults filled
 * in, the price as a bigint, the bid deadline from the window.
 */
import type { JobOrder } from '@gpumesh/protocol'
import type { Job } from './job.js'
import { newOrderId, type RankStrategy } from './auction.js'
import { DEFAULT_BID_WINDOW_MS, DEFAULT_MAX_DURATION_S } from './constants.js'

export interface GpuWanted {
  count?: number
  minVramMiB?: number
  /** Case-insensitive glob, e.g. "*H100*". */
  model?: string
  vendor?: string
}

export interface OrderOptions {
  gpu?: GpuWanted
  /** Micro-credits per GPU-hour. */
  maxPricePerGpuHour: bigint | number
  maxDurationS?: number
  cpuCores?: number
  memoryMiB?: number
  diskMiB?: number
  region?: string
  attributes?: Record<string, string>
  runtime?: string
  /** Docker runtime: the image, so providers without it are not asked and decline. */
  image?: string
  signal?: AbortSignal
}

export interface SubmitOptions extends OrderOptions {
  /** How long to keep re-running the auction while capable providers are all busy. Default 30 s. */
  queueTimeoutMs?: number
  bidWindowMs?: number
  /** Providers asked directly (K). */
  fanout?: number
  /** How bids are ranked. Default 'reputation': price over reliability (see docs/architecture.md, "Reputation"). */
  strategy?: RankStrategy
  /** Times a lost job is resubmitted to the next-best provider. */
  retries?: number
  /**
   * Called with the job's handle as soon as it exists, before its auction: its updates
   * (bids, queueing, the lease) can then be followed live, while `submit` still waits.
   */
  onJob?: (job: Job) => void
  /**
   * Providers not to lease from (a verified run's other replicas). Read at every
   * auction, retries too, so a caller may add to it while the job runs.
   */
  exclude?: ReadonlySet<string>
  /**
   * Keep each receipt uncountersigned until the caller settles the job (Job.settle):
   * a verified run pays only once it knows whose results were right.
   */
  deferCountersign?: boolean
  /**
   * A service job's lease is renewed while this client runs and the job does, by the
   * lease's first length each time, up to the provider's maximum (see LeaseRenewer).
   * Default true; false lets the lease end (the service ends `cancelled`, `lease-ended`).
   */
  renew?: boolean
}

/** The order for `options`, from `client`; `now` is injectable for tests. */
export function toJobOrder (options: OrderOptions & { bidWindowMs?: number }, at: { client: string, dryRun: boolean, now?: number }): JobOrder {
  const max = typeof options.maxPricePerGpuHour === 'bigint' ? options.maxPricePerGpuHour : BigInt(options.maxPricePerGpuHour)
  return {
    orderId: newOrderId(),
    client: at.client,
    gpu: { count: options.gpu?.count ?? 1, minVramMiB: options.gpu?.minVramMiB ?? 0, model: options.gpu?.model ?? '', vendor: options.gpu?.vendor ?? '' },
    cpuCores: options.cpuCores ?? 0,
    memoryMiB: options.memoryMiB ?? 0,
    diskMiB: options.diskMiB ?? 0,
    runtime: options.runtime ?? 'process',
    region: options.region ?? '',
    attributes: options.attributes ?? {},
    maxPricePerGpuHour: max,
    maxDurationS: options.maxDurationS ?? DEFAULT_MAX_DURATION_S,
    bidDeadlineMs: (at.now ?? Date.now()) + (options.bidWindowMs ?? DEFAULT_BID_WINDOW_MS) * 3,
    dryRun: at.dryRun,
    ...(options.runtime === 'docker' && (options.image ?? '') !== '' ? { image: options.image } : {})
  }
}
