import { describe, expect, it } from 'vitest'
import { BusyHints } from '../src/auction.js'

describe('BusyHints', () => {
  it('marks a provider busy for its hold, until a fresh offer clears it', () => {
    const hints = new BusyHints(1_000)
    hints.mark('a', 10_000)
    expect(hints.isBusy('a', 10_500)).toBe(true)
    expect(hints.isBusy('b', 10_500)).toBe(false)
    expect(hints.isBusy('a', 11_000)).toBe(false)
    hints.mark('a', 20_000)
    hints.clear('a')
    expect(hints.isBusy('a', 20_001)).toBe(false)
  })

  it('sweeps expired hints of providers never asked again, so it stays bounded', () => {
    const hints = new BusyHints(1_000)
    for (let i = 0; i < 5_000; i++) hints.mark(`gone-${i}`, i * 10)
    expect(hints.size).toBeLessThanOrEqual(1_024 + 100)
    expect(hints.isBusy('gone-4999', 49_990)).toBe(true)
  })
})
