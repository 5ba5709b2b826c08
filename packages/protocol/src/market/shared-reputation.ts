/**
 * Shared receipts, the pure part: what another client's receipt says about a provider,
 * proven by two signatures (the provider's receipt and that client's countersignature
 * over its digest), and how much it counts here. It counts by its signer's standing with
 * us, earned only by reporting what our own jobs also found: a fresh identity weighs
 * nothing, so a provider cannot vouch for itself with keys it makes up (each would first
 * have to agree with our own experience of providers we paid). The transport that
 * carries shared receipts is not built yet (see docs/architecture.md, "Reputation").
 */
import { DEFAULT_REPUTATION } from '../constants.js'
import { InvalidMessageError } from '../errors.js'
import { PayloadType } from '../constants.js'
import { openEnvelope, type SignedEnvelope } from '../envelope.js'
import { decodeReceipt, decodeReceiptAcceptance, receiptDigest, type Receipt } from '../receipt.js'
import { decayReputation, emptyReputation, reputationScore, type ReputationOptions, type ReputationOutcome, type ReputationRecord, type ReputationScore } from './reputation.js'

/** A receipt as another client shares it: the provider's envelope and the client's countersignature. */
export interface SharedReceipt {
  receipt: SignedEnvelope
  acceptance: SignedEnvelope
}

/** What one shared receipt says: `signer` (the client) saw `outcome` from `provider` at `atMs`. */
export interface SharedEvidence {
  signer: string
  provider: string
  outcome: ReputationOutcome
  atMs: number
  receiptId: string
}

/** What a receipt's final state says about its provider, by the same rule as a client's own jobs; undefined: nothing. */
export function outcomeOfReceipt (r: Pick<Receipt, 'finalState' | 'reason'>): ReputationOutcome | undefined {
  if (r.finalState === 'succeeded') return 'succeeded'
  if (r.finalState === 'preempted') return 'preempted'
  if (r.finalState === 'failed' && ['runtime-error', 'provider-restarted', 'provider-shutdown'].includes(r.reason)) return 'provider-failed'
  return undefined
}

/**
 * Check both signatures and that they are about the same receipt: the receipt signed by
 * its provider, the acceptance by the receipt's client, over this receipt's digest and job.
 * Throws InvalidMessageError (or the envelope's typed error) otherwise, or when the
 * receipt says nothing about its provider.
 */
export async function openSharedReceipt (shared: SharedReceipt): Promise<SharedEvidence> {
  const receipt = await openEnvelope(shared.receipt, PayloadType.receipt, decodeReceipt)
  if (receipt.signer !== receipt.message.provider) throw new InvalidMessageError('shared receipt: not signed by its provider')
  const acceptance = await openEnvelope(shared.acceptance, PayloadType.receiptAcceptance, decodeReceiptAcceptance, { expectedSigner: receipt.message.client })
  if (acceptance.message.jobId !== receipt.message.jobId || Buffer.compare(Buffer.from(acceptance.message.receiptDigest), Buffer.from(receiptDigest(shared.receipt.payload))) !== 0) {
    throw new InvalidMessageError('shared receipt: the countersignature is for another receipt')
  }
  if (receipt.message.client === receipt.message.provider) throw new InvalidMessageError('shared receipt: a provider cannot be its own client')
  const outcome = outcomeOfReceipt(receipt.message)
  if (outcome === undefined) throw new InvalidMessageError('shared receipt: says nothing about its provider')
  return { signer: receipt.message.client, provider: receipt.message.provider, outcome, atMs: receipt.message.endedAtMs, receiptId: receipt.message.receiptId }
}

/** How often a signer's shared word matched our own experience of the same providers. */
export interface SignerStanding {
  agreed: number
  disagreed: number
}

/** Agreements a signer needs before its word counts half: one lucky match is not standing. */
export const SIGNER_PRIOR = 5

/**
 * How much a signer's receipts count, 0..1: 0 for a signer we have never checked, then
 * `(agreed - disagreed) / (agreed + disagreed + SIGNER_PRIOR)`, never below 0.
 */
export function signerWeight (s: SignerStanding | undefined): number {
  if (s === undefined) return 0
  const a = Number.isFinite(s.agreed) && s.agreed > 0 ? s.agreed : 0
  const d = Number.isFinite(s.disagreed) && s.disagreed > 0 ? s.disagreed : 0
  return Math.max(0, (a - d) / (a + d + SIGNER_PRIOR))
}

/**
 * Whether a signer's evidence about a provider agrees with our own view of it: a good
 * outcome where we score the provider above neutral, a bad one where below. Undefined
 * while our own view is neutral (nothing to check it against).
 */
export function agreesWithOwn (evidence: Pick<SharedEvidence, 'outcome'>, ownScore: number): boolean | undefined {
  if (Math.abs(ownScore - DEFAULT_REPUTATION) < 0.05) return undefined
  return (evidence.outcome === 'succeeded') === (ownScore > DEFAULT_REPUTATION)
}

/** Most outcomes one signer adds about one provider, whatever its standing: one busy client cannot drown the rest. */
export const MAX_SHARED_PER_SIGNER = 5

/**
 * Our own record of `provider` with others' evidence added, each outcome weighted by its
 * signer's weight (and decayed from when it happened), at most MAX_SHARED_PER_SIGNER per
 * signer, then scored as our own would be. `why` ends with what the shared part added.
 */
export function reputationWithShared (provider: string, own: ReputationRecord | undefined, evidence: readonly SharedEvidence[], weights: (signer: string) => number, now: number, options: ReputationOptions = {}): ReputationScore {
  const merged = decayReputation(own ?? emptyReputation(provider, now), now, options)
  const perSigner = new Map<string, number>()
  const seen = new Set<string>()
  let added = 0
  for (const e of evidence) {
    if (e.provider !== provider || e.signer === provider || seen.has(e.receiptId)) continue
    seen.add(e.receiptId)
    const w = Math.min(1, Math.max(0, weights(e.signer)))
    const used = perSigner.get(e.signer) ?? 0
    const take = Math.min(w, MAX_SHARED_PER_SIGNER - used)
    if (!(take > 0)) continue
    perSigner.set(e.signer, used + take)
    // Decayed from when it happened, as our own would be.
    const single = decayReputation({ ...emptyReputation(provider, Math.min(e.atMs, now)), counts: { ...emptyReputation(provider, 0).counts, [e.outcome]: take } }, now, options)
    merged.counts[e.outcome] += single.counts[e.outcome]
    added += single.counts[e.outcome]
  }
  const score = reputationScore(merged, now, options)
  return added > 0 ? { ...score, why: [...score.why, `of which ${added.toFixed(1)} shared by ${perSigner.size} signer${perSigner.size === 1 ? '' : 's'}`] } : score
}
