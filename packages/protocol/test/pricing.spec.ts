import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidParametersError, InvalidPricingStrategyError } from '../src/errors.js'
import { MAX_UINT64 } from '../src/fields.js'
import { costFor, priceOrder, validatePricingStrategy } from '../src/market/pricing.js'
import type { PricingStrategy, Utilisation } from '../src/market/pricing-strategy.js'
import * as f from './fixtures.js'

const idle: Utilisation = { gpusTotal: 8, gpusBusy: 0 }

describe('fixed pricing', () => {
  it('asks the same price whatever the order and the load', () => {
    const s: PricingStrategy = { kind: 'fixed', pricePerGpuHour: 1_500_000n }
    expect(priceOrder(f.order(), s, idle)).toBe(1_500_000n)
    expect(priceOrder(f.order({ cpuCores: 64, gpu: { ...f.order().gpu, count: 8 } }), s, { gpusTotal: 8, gpusBusy: 8 })).toBe(1_500_000n)
    expect(priceOrder(f.order(), { kind: 'fixed', pricePerGpuHour: 0n }, idle)).toBe(0n)
  })
})

describe('scale pricing', () => {
  const scale: PricingStrategy = { kind: 'scale', pricePerGpuHour: 1_000_000n, pricePerCpuCoreHour: 10_000n, pricePerGiBMemoryHour: 1_000n, pricePerGiBDiskHour: 10n }
  const gpuOnly = (count: number, cpuCores = 0, memoryMiB = 0, diskMiB = 0): ReturnType<typeof f.order> =>
    f.order({ gpu: { count, minVramMiB: 0, model: '', vendor: '' }, cpuCores, memoryMiB, diskMiB })

  it.each([
    ['GPUs alone', gpuOnly(2), 1_000_000n],
    ['2 GPUs, 8 cores, 64 GiB RAM, 100 GiB disk: 2,145,000 / 2', gpuOnly(2, 8, 64 * 1024, 100 * 1024), 1_072_500n],
    ['3 GPUs and 1 core: 3,010,000 / 3 rounds up', gpuOnly(3, 1), 1_003_334n],
    ['1.5 GiB of RAM counted exactly', gpuOnly(1, 0, 1536), 1_001_500n],
    ['1 MiB of RAM still rounds up to a micro-credit', gpuOnly(1, 0, 1), 1_000_001n],
    ['1 MiB of disk too', gpuOnly(1, 0, 0, 1), 1_000_001n]
  ])('%s', (_name, order, expected) => {
    expect(priceOrder(order, scale, idle)).toBe(expected)
  })

  it('never asks less per GPU than the exact share of the total', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 256 }), fc.integer({ min: 0, max: 4 << 20 }), fc.integer({ min: 0, max: 64 << 20 }),
      (count, cores, mem, disk) => {
        const price = priceOrder(gpuOnly(count, cores, mem, disk), scale, idle)
        const exactTimes1024 = (1_000_000n * BigInt(count) + 10_000n * BigInt(cores)) * 1024n + 1_000n * BigInt(mem) + 10n * BigInt(disk)
        const spread = price * BigInt(count) * 1024n
        return spread >= exactTimes1024 && spread - exactTimes1024 < BigInt(count) * 1024n
      }
    ), { seed: 42, numRuns: 300 })
  })
})

describe('surge pricing', () => {
  const surge: PricingStrategy = { kind: 'surge', pricePerGpuHour: 1_000_000n, thresholdPercent: 50, maxMultiplierPercent: 300 }
  const at = (gpusBusy: number, gpusTotal = 10, s: PricingStrategy = surge): bigint => priceOrder(f.order(), s, { gpusTotal, gpusBusy })

  it.each([
    ['idle', 0, 10, 1_000_000n],
    ['below the threshold', 4, 10, 1_000_000n],
    ['exactly at the threshold', 5, 10, 1_000_000n],
    ['half way up the ramp', 3, 4, 2_000_000n],
    ['one step above the threshold', 6, 10, 1_400_000n],
    ['full', 10, 10, 3_000_000n],
    ['busy beyond the total counts as full', 12, 10, 3_000_000n],
    ['a provider without GPUs prices at base', 0, 0, 1_000_000n]
  ])('%s', (_name, busy, total, expected) => {
    expect(at(busy, total)).toBe(expected)
  })

  it('threshold 0 ramps from the first GPU, threshold 100 jumps only at full', () => {
    const from0: PricingStrategy = { ...surge, thresholdPercent: 0 }
    expect(at(0, 10, from0)).toBe(1_000_000n)
    expect(at(5, 10, from0)).toBe(2_000_000n)
    expect(at(10, 10, from0)).toBe(3_000_000n)
    const at100: PricingStrategy = { ...surge, thresholdPercent: 100 }
    expect(at(9, 10, at100)).toBe(1_000_000n)
    expect(at(10, 10, at100)).toBe(3_000_000n)
  })

  it('rounds down and never leaves [base, base x max / 100]', () => {
    expect(at(10, 10, { ...surge, pricePerGpuHour: 1n, maxMultiplierPercent: 150 })).toBe(1n)
    fc.assert(fc.property(
      fc.bigInt({ min: 0n, max: 1n << 40n }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 100, max: 10_000 }),
      fc.integer({ min: 1, max: 1024 }), fc.nat({ max: 1100 }),
      (base, thresholdPercent, maxMultiplierPercent, total, busyRaw) => {
        const s: PricingStrategy = { kind: 'surge', pricePerGpuHour: base, thresholdPercent, maxMultiplierPercent }
        const busy = busyRaw % (total + 1)
        const price = priceOrder(f.order(), s, { gpusTotal: total, gpusBusy: busy })
        const more = priceOrder(f.order(), s, { gpusTotal: total, gpusBusy: Math.min(total, busy + 1) })
        return price >= base && price <= base * BigInt(maxMultiplierPercent) / 100n && more >= price
      }
    ), { seed: 7, numRuns: 500 })
  })
})

describe('strategy validation', () => {
  it.each([
    ['negative fixed price', { kind: 'fixed', pricePerGpuHour: -1n }],
    ['price beyond uint64', { kind: 'fixed', pricePerGpuHour: MAX_UINT64 + 1n }],
    ['negative CPU rate', { kind: 'scale', pricePerGpuHour: 1n, pricePerCpuCoreHour: -1n, pricePerGiBMemoryHour: 0n, pricePerGiBDiskHour: 0n }],
    ['negative memory rate', { kind: 'scale', pricePerGpuHour: 1n, pricePerCpuCoreHour: 0n, pricePerGiBMemoryHour: -5n, pricePerGiBDiskHour: 0n }],
    ['negative disk rate', { kind: 'scale', pricePerGpuHour: 1n, pricePerCpuCoreHour: 0n, pricePerGiBMemoryHour: 0n, pricePerGiBDiskHour: -1n }],
    ['negative surge base', { kind: 'surge', pricePerGpuHour: -1n, thresholdPercent: 50, maxMultiplierPercent: 200 }],
    ['threshold above 100', { kind: 'surge', pricePerGpuHour: 1n, thresholdPercent: 101, maxMultiplierPercent: 200 }],
    ['negative threshold', { kind: 'surge', pricePerGpuHour: 1n, thresholdPercent: -1, maxMultiplierPercent: 200 }],
    ['fractional threshold', { kind: 'surge', pricePerGpuHour: 1n, thresholdPercent: 50.5, maxMultiplierPercent: 200 }],
    ['multiplier below 100 (a discount)', { kind: 'surge', pricePerGpuHour: 1n, thresholdPercent: 50, maxMultiplierPercent: 99 }],
    ['multiplier above the cap', { kind: 'surge', pricePerGpuHour: 1n, thresholdPercent: 50, maxMultiplierPercent: 10_001 }],
    ['unknown kind', { kind: 'auction', pricePerGpuHour: 1n }],
    ['a float where a bigint belongs', { kind: 'fixed', pricePerGpuHour: 1.5 }]
  ])('refuses a %s with InvalidPricingStrategyError', (_name, strategy) => {
    expect(() => validatePricingStrategy(strategy as PricingStrategy)).toThrow(InvalidPricingStrategyError)
    expect(() => priceOrder(f.order(), strategy as PricingStrategy, idle)).toThrow(InvalidPricingStrategyError)
  })

  it('refuses utilisation that is not a count', () => {
    const surge: PricingStrategy = { kind: 'surge', pricePerGpuHour: 1n, thresholdPercent: 50, maxMultiplierPercent: 200 }
    expect(() => priceOrder(f.order(), surge, { gpusTotal: -1, gpusBusy: 0 })).toThrow(InvalidParametersError)
    expect(() => priceOrder(f.order(), surge, { gpusTotal: 4, gpusBusy: 1.5 })).toThrow(InvalidParametersError)
  })

  it('refuses a price that overflows uint64', () => {
    const s: PricingStrategy = { kind: 'surge', pricePerGpuHour: MAX_UINT64, thresholdPercent: 0, maxMultiplierPercent: 200 }
    expect(() => priceOrder(f.order(), s, { gpusTotal: 1, gpusBusy: 1 })).toThrow(InvalidPricingStrategyError)
  })
})

describe('costFor', () => {
  it.each([
    [3_600_000n, 1, 1_000, 1_000n],
    [2_000_000n, 2, 3_600_000, 4_000_000n],
    [2_000_000n, 2, 90_000, 100_000n],
    [1_000_000n, 1, 1, 0n],
    [1_000_000n, 1, 4, 1n],
    [0n, 8, 3_600_000, 0n],
    [5n, 0, 3_600_000, 0n]
  ])('%s per GPU-hour x %i GPUs x %i ms = %s', (price, gpus, wallMs, cost) => {
    expect(costFor(price, gpus, wallMs)).toBe(cost)
  })

  it('never charges more than price x time used, and misses it by less than one micro-credit', () => {
    fc.assert(fc.property(
      fc.bigInt({ min: 0n, max: MAX_UINT64 }), fc.integer({ min: 0, max: 1024 }), fc.integer({ min: 0, max: 30 * 24 * 3_600_000 }),
      (price, gpus, wallMs) => {
        const cost = costFor(price, gpus, wallMs)
        const exact = price * BigInt(gpus) * BigInt(wallMs)
        return cost * 3_600_000n <= exact && (cost + 1n) * 3_600_000n > exact
      }
    ), { seed: 1, numRuns: 1000 })
  })

  it('never decreases as time passes', () => {
    fc.assert(fc.property(
      fc.bigInt({ min: 0n, max: 1n << 50n }), fc.integer({ min: 1, max: 64 }), fc.nat({ max: 1 << 30 }), fc.nat({ max: 1 << 20 }),
      (price, gpus, wallMs, more) => costFor(price, gpus, wallMs + more) >= costFor(price, gpus, wallMs)
    ), { seed: 2, numRuns: 300 })
  })

  it.each([
    ['negative price', () => costFor(-1n, 1, 1)],
    ['negative GPU count', () => costFor(1n, -1, 1)],
    ['fractional wall time', () => costFor(1n, 1, 1.5)],
    ['negative wall time', () => costFor(1n, 1, -1)],
    ['a number price', () => costFor(1 as unknown as bigint, 1, 1)]
  ])('refuses a %s with InvalidParametersError', (_name, fn) => {
    expect(fn).toThrow(InvalidParametersError)
  })
})
