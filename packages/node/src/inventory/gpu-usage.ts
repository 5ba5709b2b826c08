/**
 * What is running on each GPU right now, for idle detection: utilisation and memory from
 * the detection tools, and the compute processes on each card.
 */
import { InventoryError } from '../errors.js'

export const NVIDIA_APPS_QUERY = ['--query-compute-apps=gpu_uuid,pid,used_memory', '--format=csv,noheader,nounits']
export const ROCM_USAGE_QUERY = ['--showuse', '--showmemuse', '--showpids', '--json']

export interface ComputeApp {
  /** The card's uuid (nvidia); '' when the tool does not say which card (rocm). */
  gpuUuid: string
  pid: number
  usedMemoryMiB: number
}

/** Parse `nvidia-smi --query-compute-apps=gpu_uuid,pid,used_memory --format=csv,noheader,nounits`. */
export function parseNvidiaComputeApps (text: string): ComputeApp[] {
  const apps: ComputeApp[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || /no running processes/i.test(line)) return
    const cols = line.split(',').map(c => c.trim())
    if (cols.length !== 3) throw new InventoryError(`nvidia-smi compute-apps line ${i + 1}: expected 3 fields, got ${cols.length}`)
    const pid = Number(cols[1])
    if (!Number.isSafeInteger(pid) || pid <= 0) throw new InventoryError(`nvidia-smi compute-apps line ${i + 1}: "${(cols[1] ?? '').slice(0, 16)}" is not a pid`)
    const mem = Number(cols[2])
    apps.push({ gpuUuid: cols[0] ?? '', pid, usedMemoryMiB: Number.isFinite(mem) ? mem : 0 })
  })
  return apps
}

export interface RocmUsage {
  index: number
  utilizationPercent: number | undefined
  memoryUsedPercent: number | undefined
}

/** Parse `rocm-smi --showuse --showmemuse --showpids --json`: per-card use and the PIDs listed under "system". */
export function parseRocmUsage (text: string): { cards: RocmUsage[], pids: number[] } {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new InventoryError('rocm-smi: usage output is not JSON', { cause: err })
  }
  if (doc === null || typeof doc !== 'object') throw new InventoryError('rocm-smi: usage output is not an object')
  const cards: RocmUsage[] = []
  const pids: number[] = []
  for (const [key, value] of Object.entries(doc as Record<string, Record<string, unknown>>)) {
    const m = /^card(\d+)$/.exec(key)
    if (m !== null && value !== null && typeof value === 'object') {
      const num = (k: string[]): number | undefined => {
        for (const name of k) { const v = Number(value[name]); if (Number.isFinite(v)) return v }
        return undefined
      }
      cards.push({ index: Number(m[1]), utilizationPercent: num(['GPU use (%)']), memoryUsedPercent: num(['GPU Memory Allocated (VRAM%)', 'GPU memory use (%)']) })
    } else if (key === 'system' && value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) {
        const p = /^PID(\d+)$/.exec(k)
        if (p !== null) pids.push(Number(p[1]))
      }
    }
  }
  return { cards, pids }
}
