/**
 * Parse `nvidia-smi --query-gpu=index,uuid,name,memory.total,memory.used,
 * utilization.gpu,compute_cap,driver_version --format=csv,noheader,nounits`.
 */
import { InventoryError } from '../errors.js'

export const NVIDIA_SMI_QUERY = ['--query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu,compute_cap,driver_version', '--format=csv,noheader,nounits']

export interface DetectedGpu {
  index: number
  uuid: string
  vendor: 'nvidia' | 'amd'
  model: string
  vramMiB: number
  memoryUsedMiB: number
  /** undefined when the tool reports none ([N/A], [Not Supported]). */
  utilizationPercent: number | undefined
  computeCapability: string
  driverVersion: string
  declared: false
}

/** nvidia-smi prints these for fields a card or driver does not report. */
const MISSING = /^\[(N\/A|Not Supported|Unknown Error|Insufficient Permissions)\]$|^N\/A$/i

function field (value: string | undefined): string | undefined {
  const v = (value ?? '').trim()
  return v === '' || MISSING.test(v) ? undefined : v
}

function int (value: string | undefined, what: string, line: number): number {
  const v = field(value)
  if (v === undefined) throw new InventoryError(`nvidia-smi line ${line}: ${what} missing`)
  const n = Number(v)
  if (!Number.isFinite(n) || n < 0) throw new InventoryError(`nvidia-smi line ${line}: ${what} "${v.slice(0, 32)}" is not a number`)
  return Math.round(n)
}

export function parseNvidiaSmiCsv (text: string): DetectedGpu[] {
  const gpus: DetectedGpu[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, i) => {
    const line = raw.trim()
    if (line === '') return
    const cols = line.split(',').map(c => c.trim())
    if (cols.length !== 8) throw new InventoryError(`nvidia-smi line ${i + 1}: expected 8 comma-separated fields, got ${cols.length}`)
    const name = field(cols[2])
    const uuid = field(cols[1])
    if (name === undefined) throw new InventoryError(`nvidia-smi line ${i + 1}: name missing`)
    const util = field(cols[5])
    gpus.push({
      index: int(cols[0], 'index', i + 1),
      uuid: uuid ?? `nvidia-${cols[0] ?? i}`,
      vendor: 'nvidia',
      model: name,
      vramMiB: int(cols[3], 'memory.total', i + 1),
      memoryUsedMiB: field(cols[4]) === undefined ? 0 : int(cols[4], 'memory.used', i + 1),
      utilizationPercent: util === undefined ? undefined : int(util, 'utilization.gpu', i + 1),
      computeCapability: field(cols[6]) ?? '',
      driverVersion: field(cols[7]) ?? '',
      declared: false
    })
  })
  const seen = new Set<number>()
  for (const g of gpus) {
    if (seen.has(g.index)) throw new InventoryError(`nvidia-smi: index ${g.index} appears twice`)
    seen.add(g.index)
  }
  return gpus
}
