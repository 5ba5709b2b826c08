/**
 * How a provider prices an order. All amounts are micro-credits (bigint) per hour.
 * The algorithms live in ./pricing.ts; this file only names the shapes, so config
 * loaders and the bid engine agree on them.
 */
export type PricingStrategy =
  /** One price per GPU-hour, whatever else the order asks for. */
  | { kind: 'fixed', pricePerGpuHour: bigint }
  /**
   * Akash-style: each resource has its own hourly rate and the order's total is
   * spread over its GPUs (rounded up), so a bid stays "per GPU-hour".
   */
  | {
    kind: 'scale'
    pricePerGpuHour: bigint
    pricePerCpuCoreHour: bigint
    pricePerGiBMemoryHour: bigint
    pricePerGiBDiskHour: bigint
  }
  /**
   * Utilisation surge: the base price while utilisation is under `thresholdPercent`,
   * rising linearly to base x `maxMultiplierPercent`/100 when every GPU is taken.
   */
  | {
    kind: 'surge'
    pricePerGpuHour: bigint
    thresholdPercent: number
    maxMultiplierPercent: number
  }

/** How busy the provider is when it prices an order. */
export interface Utilisation {
  gpusTotal: number
  /** Leased or reserved. */
  gpusBusy: number
}
