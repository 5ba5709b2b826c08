/**
 * The local ledger as people read it: stored receipts and job records decoded (never
 * base64 blobs), with dates, GPU-seconds and costs. Loaded only by the commands that
 * print them, since decoding needs the protocol package.
 */
import { decodeEnvelope, decodeReceipt, decodeWorkloadSpec, type Receipt } from '@gpumesh/protocol'
import type { ClientJobRecord, ReceiptEntry } from '../client-store.js'
import { formatCredits, formatDate, shortId, shortJobId } from './output.js'
import { table, type Style } from './terminal.js'

/** A stored receipt, decoded: what it charged, for what, and whether we countersigned. */
export interface ReceiptView {
  /** Our job id; the provider's own is `providerJobId`. */
  jobId: string
  attempt: number
  provider: string
  delivered: boolean
  receiptId: string
  providerJobId: string
  leaseId: string
  endedAtMs: number
  wallMs: number
  gpuMs: number
  pricePerGpuHour: bigint
  cost: bigint
  finalState: string
  exitCode: number
  reason: string
  results: Receipt['results']
}

export function receiptView (entry: ReceiptEntry): ReceiptView {
  const r = decodeReceipt(decodeEnvelope(Buffer.from(entry.receipt, 'base64')).payload)
  return {
    jobId: entry.jobId,
    attempt: entry.attempt,
    provider: entry.provider,
    delivered: entry.delivered,
    receiptId: r.receiptId,
    providerJobId: r.jobId,
    leaseId: r.leaseId,
    endedAtMs: r.endedAtMs,
    wallMs: r.wallMs,
    gpuMs: r.gpuMs,
    pricePerGpuHour: r.pricePerGpuHour,
    cost: r.cost,
    finalState: r.finalState,
    exitCode: r.exitCode,
    reason: r.reason,
    results: r.results
  }
}

export function formatReceipts (receipts: ReceiptView[], style: Style): string {
  if (receipts.length === 0) return 'No receipts yet: a provider signs one when a job ends.'
  const total = receipts.reduce((sum, r) => sum + r.cost, 0n)
  return [
    table(
      [{ header: 'ENDED' }, { header: 'JOB' }, { header: 'TRY', right: true }, { header: 'PROVIDER' }, { header: 'STATE' }, { header: 'GPU-S', right: true }, { header: 'COST (cr)', right: true }, { header: 'COUNTERSIGNED' }],
      receipts.map(r => [
        formatDate(r.endedAtMs), shortJobId(r.jobId), String(r.attempt), shortId(r.provider), style.state(r.finalState),
        (r.gpuMs / 1000).toFixed(2), formatCredits(r.cost), r.delivered ? 'yes' : style.paint('yellow', 'not delivered')
      ]),
      style
    ),
    `${receipts.length} receipt(s), ${formatCredits(total)} credits in all`
  ].join('\n')
}

/** A job record with its spec decoded (not base64) and its cost from the receipts. */
export function jobView (record: ClientJobRecord, receipts: ReceiptView[]): Record<string, unknown> {
  const { spec, ...rest } = record
  let decoded: unknown
  try {
    const s = decodeWorkloadSpec(Buffer.from(spec, 'base64'))
    // Input contents stay out: they can be large, and the files are the user's own.
    decoded = { ...s, inputs: s.inputs.map(i => ({ name: i.name, size: i.content.length })) }
  } catch {
    decoded = undefined
  }
  const mine = receipts.filter(r => r.jobId === record.id)
  return { ...rest, spec: decoded, cost: mine.reduce((sum, r) => sum + r.cost, 0n) }
}

export function formatJobs (records: ClientJobRecord[], receipts: ReceiptView[], style: Style): string {
  if (records.length === 0) return 'No jobs yet. Submit one: gpumesh submit --gpus 1 -- CMD ARGS…'
  const cost = (id: string): bigint => receipts.filter(r => r.jobId === id).reduce((sum, r) => sum + r.cost, 0n)
  return table(
    [{ header: 'JOB' }, { header: 'CREATED' }, { header: 'STATE' }, { header: 'PROVIDER' }, { header: 'GPUS' }, { header: 'COST (cr)', right: true }, { header: 'COMMAND' }],
    records.map(r => {
      const a = r.attempts.at(-1)
      let command = ''
      try { command = decodeWorkloadSpec(Buffer.from(r.spec, 'base64')).command.join(' ') } catch {}
      return [
        shortJobId(r.id), formatDate(r.createdAtMs), style.state(r.state) + (r.reason !== '' ? ` (${r.reason})` : ''),
        a === undefined ? '-' : shortId(a.provider), a === undefined ? '-' : `${a.gpuIndices.length}× ${a.gpuModels[0] ?? '?'}`,
        formatCredits(cost(r.id)), command.length > 40 ? `${command.slice(0, 39)}…` : command
      ]
    }),
    style
  )
}
