/**
 * Shared receipts without a network: both signatures are checked, others' evidence counts
 * by its signer's standing (earned only by agreeing with our own jobs), and a provider
 * that vouches for itself with fresh identities moves nothing.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PrivateKey } from '@libp2p/interface'
import { DEFAULT_REPUTATION, PayloadType } from '../src/constants.js'
import { signEnvelope } from '../src/envelope.js'
import { InvalidMessageError } from '../src/errors.js'
import { encodeReceipt, encodeReceiptAcceptance, receiptDigest, type Receipt } from '../src/receipt.js'
import { emptyReputation, observeOutcome } from '../src/market/reputation.js'
import {
  MAX_SHARED_PER_SIGNER, agreesWithOwn, openSharedReceipt, outcomeOfReceipt, reputationWithShared, signerWeight, type SharedEvidence, type SharedReceipt
} from '../src/market/shared-reputation.js'
import * as f from './fixtures.js'

async function share (provider: { key: PrivateKey, peerId: string }, client: { key: PrivateKey, peerId: string }, over: Partial<Receipt> = {}, acceptBy = client): Promise<SharedReceipt> {
  const receipt = await signEnvelope(provider.key, PayloadType.receipt, encodeReceipt(f.receipt({ provider: provider.peerId, client: client.peerId, ...over })))
  const acceptance = await signEnvelope(acceptBy.key, PayloadType.receiptAcceptance, encodeReceiptAcceptance({ jobId: over.jobId ?? 'job-1', receiptDigest: receiptDigest(receipt.payload) }))
  return { receipt, acceptance }
}

describe('openSharedReceipt', () => {
  let provider: { key: PrivateKey, peerId: string }
  let client: { key: PrivateKey, peerId: string }
  let other: { key: PrivateKey, peerId: string }
  beforeAll(async () => { [provider, client, other] = await Promise.all([f.identity(), f.identity(), f.identity()]) })

  it('reads a receipt its provider signed and its client countersigned', async () => {
    const e = await openSharedReceipt(await share(provider, client))
    expect(e).toMatchObject({ signer: client.peerId, provider: provider.peerId, outcome: 'succeeded', receiptId: 'receipt-1' })
  })

  it('refuses a countersignature by anyone but the receipt\'s client, or over another receipt', async () => {
    await expect(openSharedReceipt(await share(provider, client, {}, other))).rejects.toThrow()
    const a = await share(provider, client)
    const b = await share(provider, client, { cost: 1n })
    await expect(openSharedReceipt({ receipt: b.receipt, acceptance: a.acceptance })).rejects.toThrow(InvalidMessageError)
  })

  it('refuses a receipt the provider did not sign, one with itself as client, and one that says nothing about the provider', async () => {
    // Signed by `other` but naming `provider`, and countersigned by the client all the same.
    const wrong = await signEnvelope(other.key, PayloadType.receipt, encodeReceipt(f.receipt({ provider: provider.peerId, client: client.peerId })))
    const acceptance = await signEnvelope(client.key, PayloadType.receiptAcceptance, encodeReceiptAcceptance({ jobId: 'job-1', receiptDigest: receiptDigest(wrong.payload) }))
    await expect(openSharedReceipt({ receipt: wrong, acceptance })).rejects.toThrow(InvalidMessageError)
    await expect(openSharedReceipt(await share(provider, provider))).rejects.toThrow(InvalidMessageError)
    await expect(openSharedReceipt(await share(provider, client, { finalState: 'failed', reason: 'exit-code' }))).rejects.toThrow(InvalidMessageError)
  })

  it('classifies final states as our own jobs are', () => {
    expect(outcomeOfReceipt({ finalState: 'failed', reason: 'provider-restarted' })).toBe('provider-failed')
    expect(outcomeOfReceipt({ finalState: 'cancelled', reason: 'cancelled' })).toBeUndefined()
  })
})

describe('weighing shared evidence', () => {
  const P = 'provider'
  const ev = (signer: string, i: number, outcome: SharedEvidence['outcome'] = 'succeeded'): SharedEvidence => ({ signer, provider: P, outcome, atMs: 0, receiptId: `${signer}-${i}` })

  it('gives a signer weight only for agreeing with our own experience', () => {
    expect(signerWeight(undefined)).toBe(0)
    expect(signerWeight({ agreed: 5, disagreed: 0 })).toBeCloseTo(0.5)
    expect(signerWeight({ agreed: 2, disagreed: 6 })).toBe(0)
    expect(agreesWithOwn({ outcome: 'succeeded' }, 0.8)).toBe(true)
    expect(agreesWithOwn({ outcome: 'lost' }, 0.8)).toBe(false)
    expect(agreesWithOwn({ outcome: 'lost' }, DEFAULT_REPUTATION)).toBeUndefined()
  })

  it('adds a trusted signer\'s evidence, capped per signer, and says so', () => {
    const s = reputationWithShared(P, undefined, Array.from({ length: 20 }, (_, i) => ev('trusted', i)), () => 1, 0)
    expect(s.score).toBeCloseTo((MAX_SHARED_PER_SIGNER + 1) / (MAX_SHARED_PER_SIGNER + 2))
    expect(s.why.at(-1)).toBe('of which 5.0 shared by 1 signer')
  })

  it('counts a receipt once however often it is shared', () => {
    const s = reputationWithShared(P, undefined, [ev('a', 1), ev('a', 1), ev('a', 1)], () => 1, 0)
    expect(s.evidence).toBe(1)
  })

  it('moves nothing for any number of fresh identities vouching for a provider we found bad', () => {
    const own = observeOutcome(observeOutcome(emptyReputation(P, 0), 'lost', 0), 'lost', 0)
    const ownScore = reputationWithShared(P, own, [], () => 0, 0).score
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 20 }), (sybils, each) => {
      const evidence = Array.from({ length: sybils }, (_, s) => Array.from({ length: each }, (_, i) => ev(`sybil-${s}`, i))).flat()
      return reputationWithShared(P, own, evidence, signer => signerWeight(signer.startsWith('sybil') ? undefined : { agreed: 10, disagreed: 0 }), 0).score === ownScore
    }), { seed: 20_260_121 })
  })

  it('ignores evidence about other providers, and a provider\'s word about itself', () => {
    const s = reputationWithShared(P, undefined, [{ ...ev('a', 1), provider: 'other' }, { ...ev(P, 2) }], () => 1, 0)
    expect(s.evidence).toBe(0)
  })
})
