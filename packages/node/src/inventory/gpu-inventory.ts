/**
 * What GPUs this provider has: detected by nvidia-smi / rocm-smi where they run, plus
 * the ones the owner declares in config (flagged `declared`, never shown as verified).
 * A missing or failing tool is a note, not a failure: the node still starts.
 */
import { execFile } from 'node:child_process'
import type { GpuOffer, GpuVendor } from '@gpumesh/protocol'
import type { DeclaredGpu } from '../config/node-config.js'
import { NVIDIA_SMI_QUERY, parseNvidiaSmiCsv, type DetectedGpu } from './nvidia-smi.js'
import { ROCM_SMI_QUERY, parseRocmSmiJson } from './rocm-smi.js'

export interface InventoryGpu {
  index: number
  uuid: string
  vendor: GpuVendor
  model: string
  vramMiB: number
  computeCapability: string
  declared: boolean
}

/** Runs a detection tool; rejects with the child_process error (code 'ENOENT' when missing). */
export type CommandRunner = (command: string, args: string[], options: { signal?: AbortSignal }) => Promise<string>

/** Detection tools answer in well under a second; a hung driver must not stall start-up. */
const DETECT_TIMEOUT_MS = 10_000

export const execRunner: CommandRunner = async (command, args, options) => await new Promise((resolve, reject) => {
  execFile(command, args, { timeout: DETECT_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, signal: options.signal, env: { ...process.env, LC_ALL: 'C' } }, (err, stdout) => {
    if (err != null) reject(err)
    else resolve(stdout)
  })
})

export interface DetectOptions {
  detect: boolean
  declared: DeclaredGpu[]
  runCommand?: CommandRunner
  signal?: AbortSignal
}

async function tryTool (run: CommandRunner, tool: string, args: string[], parse: (text: string) => DetectedGpu[], notes: string[], signal?: AbortSignal): Promise<DetectedGpu[]> {
  let out: string
  try {
    out = await run(tool, args, { signal })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    notes.push(code === 'ENOENT' ? `${tool} not found: no ${tool.startsWith('nvidia') ? 'NVIDIA' : 'AMD'} GPUs detected` : `${tool} failed: ${(err as Error).message.split('\n')[0] ?? ''}`)
    return []
  }
  try {
    return parse(out)
  } catch (err) {
    notes.push(`${tool} output could not be read: ${(err as Error).message}`)
    return []
  }
}

export async function detectGpus (options: DetectOptions): Promise<{ gpus: InventoryGpu[], notes: string[] }> {
  const notes: string[] = []
  const run = options.runCommand ?? execRunner
  const detected: DetectedGpu[] = []
  if (options.detect) {
    detected.push(...await tryTool(run, 'nvidia-smi', NVIDIA_SMI_QUERY, parseNvidiaSmiCsv, notes, options.signal))
    detected.push(...await tryTool(run, 'rocm-smi', ROCM_SMI_QUERY, parseRocmSmiJson, notes, options.signal))
  }
  // Indices must be unique across vendors: renumber in detection order.
  const gpus: InventoryGpu[] = detected.map((g, i) => ({
    index: i, uuid: g.uuid, vendor: g.vendor, model: g.model, vramMiB: g.vramMiB, computeCapability: g.computeCapability, declared: false
  }))
  let next = gpus.length
  options.declared.forEach((d, group) => {
    for (let n = 0; n < d.count; n++) {
      gpus.push({ index: next, uuid: `declared-${group}-${n}`, vendor: d.vendor, model: d.model, vramMiB: d.vramMiB, computeCapability: d.computeCapability, declared: true })
      next++
    }
  })
  return { gpus, notes }
}

/** Group GPUs into the offer's GpuOffer entries: identical cards together, free ones counted. */
export function toGpuOffers (gpus: readonly InventoryGpu[], freeIndices: ReadonlySet<number>): GpuOffer[] {
  const groups = new Map<string, GpuOffer>()
  for (const g of gpus) {
    const key = JSON.stringify([g.vendor, g.model, g.vramMiB, g.computeCapability, g.declared])
    let offer = groups.get(key)
    if (offer === undefined) {
      offer = { vendor: g.vendor, model: g.model, vramMiB: g.vramMiB, computeCapability: g.computeCapability, countTotal: 0, countFree: 0, declared: g.declared }
      groups.set(key, offer)
    }
    offer.countTotal++
    if (freeIndices.has(g.index)) offer.countFree++
  }
  return [...groups.values()]
}
