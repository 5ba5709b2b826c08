/** How the CLI prints: human lines by default, one JSON document with --json. */
import type { ProviderInfo } from '../client.js'

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

export function shortId (id: string): string {
  return id.length > 12 ? `…${id.slice(-8)}` : id
}

export function formatProviders (providers: ProviderInfo[]): string {
  if (providers.length === 0) return 'No providers known.'
  const rows = providers.map(p => {
    const gpus = p.gpus.map(g => `${g.countFree}/${g.countTotal}× ${g.model} ${Math.round(g.vramMiB / 1024)}GiB${g.declared ? ' (declared)' : ''}`).join(', ')
    const match = p.matches === undefined ? '' : p.matches ? '  match' : `  no: ${(p.reasons ?? []).join(', ')}`
    // A relayed offer nobody has shown to be real is flagged, with who relayed it.
    const relayed = p.reached ? '' : `  (unverified, via ${shortId(p.via ?? '?')})`
    return `${shortId(p.provider)}  ${formatCredits(p.pricePerGpuHour).padStart(8)} cr/GPU-h  ${p.region === '' ? '-' : p.region}  ${gpus === '' ? 'no GPUs' : gpus}  [${p.runtimes.join(',')}]${match}${relayed}`
  })
  return rows.join('\n')
}
