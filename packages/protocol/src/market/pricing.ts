/**
 * Pricing: what a provider asks per GPU-hour for an order, and what a finished job
 * costs. Integer micro-credits only: floats would make two honest peers disagree
 * about a receipt.
 */
import { MAX_SURGE_MULTIPLIER_PERCENT } from '../constants.js'
import { InvalidParametersError, InvalidPricingStrategyError } from '../errors.js'
import { MAX_UINT64 } from '../fields.js'
import type { JobOrder } from '../order.js'
import type { PricingStrategy, Utilisation } from './pricing-strategy.js'

const MS_PER_HOUR = 3_600_000n
const MIB_PER_GIB = 1024n

function checkRate (value: bigint, field: string): void {
  if (typeof value !== 'bigint') throw new InvalidPricingStrategyError(`${field}: not a bigint`)
  if (value < 0n) throw new InvalidPricingStrategyError(`${field}: ${value} is negative`)
  if (value > MAX_UINT64) throw new InvalidPricingStrategyError(`${field}: ${value} is outside uint64`)
}

function checkPercent (value: number, field: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidPricingStrategyError(`${field}: ${value} is outside ${min}..${max}`)
  }
}

/** Throws InvalidPricingStrategyError unless every rate is a uint64 and every percent in range. */
export function validatePricingStrategy (strategy: PricingStrategy): PricingStrategy {
  checkRate(strategy.pricePerGpuHour, 'pricePerGpuHour')
  switch (strategy.kind) {
    case 'fixed':
      break
    case 'scale':
      checkRate(strategy.pricePerCpuCoreHour, 'pricePerCpuCoreHour')
      checkRate(strategy.pricePerGiBMemoryHour, 'pricePerGiBMemoryHour')
      checkRate(strategy.pricePerGiBDiskHour, 'pricePerGiBDiskHour')
      break
    case 'surge':
      checkPercent(strategy.thresholdPercent, 'thresholdPercent', 0, 100)
      // Below 100 a "surge" would be a discount at full load.
      checkPercent(strategy.maxMultiplierPercent, 'maxMultiplierPercent', 100, MAX_SURGE_MULTIPLIER_PERCENT)
      break
    default:
      throw new InvalidPricingStrategyError(`kind: unknown "${String((strategy as { kind: unknown }).kind).slice(0, 32)}"`)
  }
  return strategy
}

function checkCount (value: number, field: string, min = 0): void {
  if (!Number.isSafeInteger(value) || value < min) throw new InvalidParametersError(`${field}: ${value} is not an integer >= ${min}`)
}

/**
 * Price per GPU-hour this provider asks for `order`.
 *
 * - fixed: the strategy's price.
 * - scale: every resource at its hourly rate (memory and disk per GiB, the order's
 *   MiB counted exactly), the total spread over the order's GPUs, rounded up.
 * - surge: the base price while busy GPUs are under `thresholdPercent` of all; from
 *   there linear up to base x maxMultiplierPercent/100 when all are busy, rounded
 *   down. Busy counts above the total price as full; a provider with no GPUs prices
 *   at base.
 */
export function priceOrder (order: JobOrder, strategy: PricingStrategy, utilisation: Utilisation): bigint {
  validatePricingStrategy(strategy)
  checkCount(order.gpu.count, 'order.gpu.count', 1)
  let price: bigint
  switch (strategy.kind) {
    case 'fixed':
      price = strategy.pricePerGpuHour
      break
    case 'scale': {
      checkCount(order.cpuCores, 'order.cpuCores')
      checkCount(order.memoryMiB, 'order.memoryMiB')
      checkCount(order.diskMiB, 'order.diskMiB')
      const gpus = BigInt(order.gpu.count)
      // Everything in MiB-scaled units so there is one rounding, at the end.
      const totalScaled =
        (strategy.pricePerGpuHour * gpus + strategy.pricePerCpuCoreHour * BigInt(order.cpuCores)) * MIB_PER_GIB +
        strategy.pricePerGiBMemoryHour * BigInt(order.memoryMiB) +
        strategy.pricePerGiBDiskHour * BigInt(order.diskMiB)
      const divisor = gpus * MIB_PER_GIB
      price = (totalScaled + divisor - 1n) / divisor
      break
    }
    case 'surge': {
      checkCount(utilisation.gpusTotal, 'utilisation.gpusTotal')
      checkCount(utilisation.gpusBusy, 'utilisation.gpusBusy')
      const base = strategy.pricePerGpuHour
      const total = BigInt(utilisation.gpusTotal)
      const busy = BigInt(Math.min(utilisation.gpusBusy, utilisation.gpusTotal))
      const t = BigInt(strategy.thresholdPercent)
      const m = BigInt(strategy.maxMultiplierPercent)
      if (total === 0n || busy * 100n < t * total) {
        price = base
      } else if (t === 100n) {
        // No ramp to climb: at the threshold (only reachable at full) jump to the max.
        price = base * m / 100n
      } else {
        // base x (100 + (m-100) x (u - t)/(100 - t)) / 100 with u = 100 x busy/total.
        const span = 100n * (100n - t) * total
        price = base * (span + (m - 100n) * (100n * busy - t * total)) / span
      }
      break
    }
  }
  if (price > MAX_UINT64) throw new InvalidPricingStrategyError(`price ${price} overflows uint64`)
  return price
}

/**
 * What `gpuCount` GPUs cost for `wallMs` at `pricePerGpuHour`, rounded down so a
 * receipt never charges more than the time used.
 */
export function costFor (pricePerGpuHour: bigint, gpuCount: number, wallMs: number): bigint {
  if (typeof pricePerGpuHour !== 'bigint' || pricePerGpuHour < 0n) throw new InvalidParametersError(`pricePerGpuHour: ${String(pricePerGpuHour)} is not a non-negative bigint`)
  checkCount(gpuCount, 'gpuCount')
  checkCount(wallMs, 'wallMs')
  return pricePerGpuHour * BigInt(gpuCount) * BigInt(wallMs) / MS_PER_HOUR
}
