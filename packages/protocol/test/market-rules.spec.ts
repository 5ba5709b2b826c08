/**
 * Rules both sides of the market apply, written once here: placement, the decline
 * classes, the order and receipt digests and the receipt ceiling.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DeclineReason, declineReasonName, isBusyDecline, isTransientDecline } from '../src/bid.js'
import { placementFailures } from '../src/market/match.js'
import { costFor } from '../src/market/pricing.js'
import { orderDigest } from '../src/order.js'
import { receiptCeiling, receiptDigest } from '../src/receipt.js'

describe('placementFailures', () => {
  const provider = { region: 'EU-West', attributes: { tier: 'gold', gpu: 'sxm' } }
  it('matches regions ignoring case, and any region when the order names none', () => {
    expect(placementFailures({ region: 'eu-west', attributes: {} }, provider)).toEqual([])
    expect(placementFailures({ region: '', attributes: {} }, provider)).toEqual([])
    expect(placementFailures({ region: 'us-east', attributes: {} }, provider)).toEqual([DeclineReason.DECLINE_REASON_REGION])
  })
  it('wants every attribute the order names, with its value, among the provider\'s own', () => {
    expect(placementFailures({ region: '', attributes: { tier: 'gold' } }, provider)).toEqual([])
    expect(placementFailures({ region: '', attributes: { tier: 'silver' } }, provider)).toEqual([DeclineReason.DECLINE_REASON_ATTRIBUTES])
    expect(placementFailures({ region: '', attributes: { constructor: String(Object) } }, provider)).toEqual([DeclineReason.DECLINE_REASON_ATTRIBUTES])
    expect(placementFailures({ region: 'mars', attributes: { x: 'y' } }, provider)).toEqual([DeclineReason.DECLINE_REASON_REGION, DeclineReason.DECLINE_REASON_ATTRIBUTES])
  })
})

describe('decline classes', () => {
  it('busy means no free capacity now; transient adds limits that lapse', () => {
    const busy = [DeclineReason.DECLINE_REASON_NO_CAPACITY, DeclineReason.DECLINE_REASON_GPU_COUNT, DeclineReason.DECLINE_REASON_CPU, DeclineReason.DECLINE_REASON_MEMORY, DeclineReason.DECLINE_REASON_DISK]
    for (const r of busy) {
      expect(isBusyDecline(r)).toBe(true)
      expect(isTransientDecline(r)).toBe(true)
      expect(isTransientDecline(declineReasonName(r))).toBe(true)
    }
    for (const r of [DeclineReason.DECLINE_REASON_CLIENT_LIMIT, DeclineReason.DECLINE_REASON_RATE_LIMITED]) {
      expect(isBusyDecline(r)).toBe(false)
      expect(isTransientDecline(r)).toBe(true)
    }
    for (const r of [DeclineReason.DECLINE_REASON_PRICE, DeclineReason.DECLINE_REASON_REGION, DeclineReason.DECLINE_REASON_HOLD_PENALTY, DeclineReason.DECLINE_REASON_CLIENT_DENIED]) {
      expect(isBusyDecline(r)).toBe(false)
      expect(isTransientDecline(r)).toBe(false)
    }
    expect(isTransientDecline('unreachable')).toBe(false)
  })
})

describe('digests and the receipt ceiling', () => {
  it('name an order and a receipt by the sha256 of their payloads', () => {
    const payload = new Uint8Array([1, 2, 3])
    const sha = createHash('sha256').update(payload).digest()
    expect(Buffer.from(orderDigest(payload)).equals(sha)).toBe(true)
    expect(Buffer.from(receiptDigest(payload)).equals(sha)).toBe(true)
  })
  it('caps a receipt at its GPU time by the rule the provider bills with', () => {
    // Two GPUs for 90 s at 3.6 credits per GPU-hour.
    const price = 3_600_000n
    expect(receiptCeiling({ gpuMs: 180_000 }, price)).toBe(costFor(price, 2, 90_000))
    expect(receiptCeiling({ gpuMs: 0 }, price)).toBe(0n)
  })
})
