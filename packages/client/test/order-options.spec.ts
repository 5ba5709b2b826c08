/** The pure step from what a caller asks for to the order that is signed and sent. */
import { describe, expect, it } from 'vitest'
import { toJobOrder } from '../src/order-options.js'

describe('toJobOrder', () => {
  it('fills in the defaults, takes the price as a bigint and sets the bid deadline from the window', () => {
    const order = toJobOrder({ maxPricePerGpuHour: 2_500_000 }, { client: 'me', dryRun: false, now: 1_000 })
    expect(order).toMatchObject({
      client: 'me', gpu: { count: 1, minVramMiB: 0, model: '', vendor: '' }, cpuCores: 0, memoryMiB: 0, diskMiB: 0,
      runtime: 'process', region: '', attributes: {}, maxPricePerGpuHour: 2_500_000n, maxDurationS: 3_600, bidDeadlineMs: 1_000 + 900, dryRun: false
    })
    expect(order.orderId).toMatch(/^[0-9a-f-]{36}$/)
    expect(order.image).toBeUndefined()
    expect(toJobOrder({ maxPricePerGpuHour: 1n, bidWindowMs: 100 }, { client: 'me', dryRun: true, now: 0 })).toMatchObject({ bidDeadlineMs: 300, dryRun: true })
  })

  it('names an image only for the docker runtime', () => {
    expect(toJobOrder({ maxPricePerGpuHour: 1n, runtime: 'docker', image: 'busybox' }, { client: 'me', dryRun: false }).image).toBe('busybox')
    expect(toJobOrder({ maxPricePerGpuHour: 1n, runtime: 'process', image: 'busybox' }, { client: 'me', dryRun: false }).image).toBeUndefined()
  })
})
