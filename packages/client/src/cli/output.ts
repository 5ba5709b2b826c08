/** How the CLI prints: tables for people, one JSON document with --json. */
import { effectivePrice } from '@gpumesh/protocol'
import type { ProviderInfo } from '../client.js'
import { table, type Style } from './terminal.js'

/** JSON with bigints as decimal strings and bytes as hex. */
export function toJson (value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') return v.toString()
    if (v instanceof Uint8Array) return Buffer.from(v).toString('hex')
    return v
  })
}

/** Micro-credits as credits with up to 6 decimals: 2500000 -> "2.5". */
export function formatCredits (micro: bigint): string {
  const whole = micro / 1_000_000n
  const frac = (micro % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '')
  return frac === '' ? whole.toString() : `${whole}.${frac}`
}

/**
 * A peer id's tail: every Ed25519 peer id starts "12D3KooW", so the end is what tells
 * two apart.
 */
export function shortId (id: string): string {
  return id.length > 12 ? `…${id.slice(-8)}` : id
}

/** Length of a job id as shown; any unique prefix is accepted back (see resolveJobId). */
export const SHORT_JOB_ID_LENGTH = 8

/** A job id's head, which every command accepts back. */
export function shortJobId (id: string): string {
  return id.slice(0, SHORT_JOB_ID_LENGTH)
}

/** Local time to the second, sortable: 2026-12-04 03:42:31. */
export function formatDate (ms: number): string {
  const d = new Date(ms)
  const p = (n: number): string => n.toString().padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}

/**
 * What the provider's own probe measured, beside the GPUs it declares: "cpu 900 MiB/s,
 * mem 8000 MiB/s, disk 400 MiB/s", with GPU figures where its GPU probe gave any, and
 * "GPUs not measured" for declared GPUs without. "-" when the offer carries no figures.
 */
export function formatMeasured (p: Pick<ProviderInfo, 'measured' | 'gpus'>): string {
  const m = p.measured
  if (m === undefined) return '-'
  const parts = [`cpu ${m.cpuHashMiBps}`, `mem ${m.memoryCopyMiBps}`, `disk ${m.diskWriteMiBps} MiB/s`]
  if (m.gpuGflops > 0) parts.push(`gpu ${m.gpuGflops} GFLOPS, h2d ${m.h2dMiBps} MiB/s`)
  else if (p.gpus.length > 0) parts.push('GPUs not measured')
  return parts.join(', ')
}

/**
 * The reputation score and what it rests on, e.g. "0.83 (4.0 succeeded, 0.5 refused;
 * running in 120 ms)", and the price the auction ranks it at (price over score).
 */
export function formatReputation (p: Pick<ProviderInfo, 'reputation' | 'pricePerGpuHour'>, style: Style): string {
  const r = p.reputation
  const colour = r.score >= 0.6 ? 'green' : r.score < 0.4 ? 'red' : undefined
  const score = r.score.toFixed(2)
  const running = r.meanTimeToRunningMs === undefined ? '' : `; running in ${Math.round(r.meanTimeToRunningMs)} ms`
  const ranked = r.evidence > 0 ? `, ranks at ${formatCredits(effectivePrice(p.pricePerGpuHour, r.score))}` : ''
  return `${colour === undefined ? score : style.paint(colour, score)} (${r.why.join(', ')}${running})${ranked}`
}

export function formatProviders (providers: ProviderInfo[], style: Style): string {
  const filtered = providers.some(p => p.matches !== undefined)
  const rows = providers.map(p => {
    const gpus = p.gpus.map(g => `${g.countFree}/${g.countTotal}× ${g.model} ${Math.round(g.vramMiB / 1024)}GiB${g.declared ? ' (declared)' : ''}`).join(', ')
    // A relayed offer nobody has shown to be real is flagged, with who relayed it.
    const seen = p.reached ? 'reached' : style.paint('yellow', `unverified, via ${shortId(p.via ?? '?')}`)
    const row = [shortId(p.provider), gpus === '' ? 'no GPUs' : gpus, formatCredits(p.pricePerGpuHour), p.region === '' ? '-' : p.region, p.runtimes.join(','), seen, formatMeasured(p), formatReputation(p, style)]
    if (filtered) row.push(p.matches === true ? style.paint('green', 'yes') : `no: ${(p.reasons ?? []).join(', ')}`)
    return row
  })
  const columns = [{ header: 'PROVIDER' }, { header: 'GPUS (free/total)' }, { header: 'CR/GPU-H', right: true }, { header: 'REGION' }, { header: 'RUNTIMES' }, { header: 'OFFER' }, { header: 'MEASURED (probe)' }, { header: 'SCORE (why)' }]
  if (filtered) columns.push({ header: 'MATCH' })
  return table(columns, rows, style)
}
