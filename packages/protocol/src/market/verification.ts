/**
 * Verified results, the pure part: one digest for a run's whole result tree (the
 * per-file digests its provider signed into the receipt), and the verdict over N runs
 * on distinct providers: agreed, a majority with dissenters, or no majority yet (run
 * one more). The client's Verifier does the running.
 */
import { createHash } from 'node:crypto'
import { InvalidParametersError } from '../errors.js'
import type { ResultDigest } from '../receipt.js'

/** Domain tag of the tree digest, so it can never equal a digest of anything else. */
const TREE_DIGEST_TAG = 'gpumesh-result-tree-v1'

/**
 * sha256 over the result files sorted by name (code-unit order), each as its name's
 * UTF-8 length (4 bytes big-endian), the name, its size (8 bytes big-endian) and its
 * sha256. With `only`, the files of those names alone (a non-deterministic job names
 * the outputs that must agree); a named file that is missing counts as missing, so a
 * run that leaves it out disagrees with one that has it.
 */
export function resultTreeDigest (results: readonly ResultDigest[], only?: readonly string[]): string {
  const keep = only === undefined || only.length === 0 ? undefined : new Set(only)
  const files = results.filter(r => keep === undefined || keep.has(r.name))
    .sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  const h = createHash('sha256').update(TREE_DIGEST_TAG)
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8')
    const head = Buffer.alloc(4)
    head.writeUInt32BE(name.length)
    const size = Buffer.alloc(8)
    size.writeBigUInt64BE(BigInt(f.size))
    h.update(head).update(name).update(size).update(f.sha256)
  }
  if (keep !== undefined) {
    // Which named outputs were absent is part of what is compared.
    const missing = [...keep].filter(n => !files.some(f => f.name === n)).sort()
    for (const n of missing) h.update(`\0missing:${n}`)
  }
  return h.digest('hex')
}

export interface VerificationRun {
  /** Who ran it (a provider peer id). */
  provider: string
  /** resultTreeDigest of its receipt's results; undefined when it produced none to compare (failed, no receipt). */
  digest: string | undefined
}

export type VerificationVerdict =
  /** Every run agrees. */
  | { kind: 'agreed', digest: string, agreeing: string[] }
  /** More than half agree; the rest are named. */
  | { kind: 'majority', digest: string, agreeing: string[], disagreeing: string[] }
  /** No digest has more than half the runs: run another (or give up). */
  | { kind: 'undecided', groups: Array<{ digest: string | undefined, providers: string[] }> }

/**
 * The verdict over the runs so far. A digest wins with more than half of all runs; a
 * run without a digest never wins but counts in the total (a provider that failed the
 * job does not help a wrong answer win). At least two runs are needed to verify anything.
 */
export function verificationVerdict (runs: readonly VerificationRun[]): VerificationVerdict {
  if (runs.length < 2) throw new InvalidParametersError('verification needs at least 2 runs')
  const groups = new Map<string | undefined, string[]>()
  for (const r of runs) groups.set(r.digest, [...(groups.get(r.digest) ?? []), r.provider])
  for (const [digest, providers] of groups) {
    if (digest === undefined || providers.length * 2 <= runs.length) continue
    const disagreeing = runs.filter(r => r.digest !== digest).map(r => r.provider)
    return disagreeing.length === 0
      ? { kind: 'agreed', digest, agreeing: providers }
      : { kind: 'majority', digest, agreeing: providers, disagreeing }
  }
  return { kind: 'undecided', groups: [...groups].map(([digest, providers]) => ({ digest, providers })) }
}
