/**
 * Parse `rocm-smi --showproductname --showmeminfo vram --json`: an object keyed
 * `card0`, `card1`, … Key names vary across ROCm releases; the accepted ones are
 * listed below, first match wins.
 */
import { InventoryError } from '../errors.js'
import type { DetectedGpu } from './nvidia-smi.js'

export const ROCM_SMI_QUERY = ['--showproductname', '--showmeminfo', 'vram', '--json']

const MODEL_KEYS = ['Card Series', 'Card series', 'Card Model', 'Card model', 'Marketing Name']
const VRAM_TOTAL_KEYS = ['VRAM Total Memory (B)', 'vram Total Memory (B)']
const VRAM_USED_KEYS = ['VRAM Total Used Memory (B)', 'vram Total Used Memory (B)']
// The gfx target (gfx90a, gfx942) is the AMD counterpart of a compute capability.
// Not 'Card SKU': that is a board part number (D65209), which orders cannot match on.
const GFX_KEYS = ['GFX Version', 'gfx_version']
const UUID_KEYS = ['Unique ID', 'UUID']

function pick (card: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = card[k]
    if (typeof v === 'string' && v.trim() !== '' && v.trim() !== 'N/A') return v.trim()
    if (typeof v === 'number') return String(v)
  }
  return undefined
}

export function parseRocmSmiJson (text: string): DetectedGpu[] {
  if (text.trim() === '') return []
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new InventoryError('rocm-smi: output is not JSON', { cause: err })
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new InventoryError('rocm-smi: expected a JSON object keyed by card')
  const gpus: DetectedGpu[] = []
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    const m = /^card(\d+)$/.exec(key)
    if (m === null) continue // "system" and other non-card entries
    if (value === null || typeof value !== 'object') throw new InventoryError(`rocm-smi: ${key} is not an object`)
    const card = value as Record<string, unknown>
    const model = pick(card, MODEL_KEYS)
    if (model === undefined) throw new InventoryError(`rocm-smi: ${key} has no product name`)
    const total = Number(pick(card, VRAM_TOTAL_KEYS))
    if (!Number.isFinite(total) || total <= 0) throw new InventoryError(`rocm-smi: ${key} has no VRAM total`)
    const used = Number(pick(card, VRAM_USED_KEYS) ?? 0)
    gpus.push({
      index: Number(m[1]),
      uuid: pick(card, UUID_KEYS) ?? `amd-${key}`,
      vendor: 'amd',
      model,
      vramMiB: Math.floor(total / (1024 * 1024)),
      memoryUsedMiB: Number.isFinite(used) ? Math.floor(used / (1024 * 1024)) : 0,
      utilizationPercent: undefined,
      computeCapability: pick(card, GFX_KEYS) ?? '',
      driverVersion: '',
      declared: false
    })
  }
  return gpus.sort((a, b) => a.index - b.index)
}
