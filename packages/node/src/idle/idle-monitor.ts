/**
 * Sells only idle GPU time. Samples the detection tools; a detected GPU is offered only
 * after it has been idle (utilisation and memory under thresholds, no process that is
 * not ours) for the idle period, and inside the owner's availability windows. When the
 * owner comes back to a leased GPU, or a window closes, the preemption policy runs.
 */
import { readFileSync } from 'node:fs'
import { TypedEventEmitter, type ComponentLogger, type Logger } from '@libp2p/interface'
import { execRunner, type CommandRunner, type InventoryGpu } from '../inventory/gpu-inventory.js'
import { NVIDIA_APPS_QUERY, ROCM_USAGE_QUERY, parseNvidiaComputeApps, parseRocmUsage, type ComputeApp } from '../inventory/gpu-usage.js'
import { NVIDIA_SMI_QUERY, parseNvidiaSmiCsv, type DetectedGpu } from '../inventory/nvidia-smi.js'
import type { CapacityLedger } from '../market/capacity-ledger.js'
import { isWithinWindows, parseAvailabilityWindow, type AvailabilityWindow } from './availability-window.js'

/** Why a GPU is or is not for sale right now. */
export type GpuAvailability = 'idle' | 'busy-owner' | 'cooling-down' | 'outside-window'

export interface IdleMonitorEvents {
  'gpu:availability': CustomEvent<{ index: number, availability: GpuAvailability }>
  /** A leased GPU must be given back: the owner returned or a window closed. */
  'gpu:preempt': CustomEvent<{ leaseId: string, reason: 'owner-returned' | 'window-closed' }>
}

export interface IdleMonitorComponents {
  ledger: CapacityLedger
  logger: ComponentLogger
  /**
   * Pids of our running jobs (roots whose descendants are ours too, or every process of
   * a job container as the engine lists them): their processes on a GPU are not the owner's.
   */
  ourPids: () => number[] | Promise<number[]>
  runCommand?: CommandRunner
  now?: () => Date
}

export interface IdleMonitorInit {
  sampleMs: number
  idlePeriodMs: number
  maxUtilizationPercent: number
  maxMemoryUsedMiB: number
  windows: string[]
}

interface GpuUsage {
  utilizationPercent: number
  memoryUsedMiB: number
  /** A process on it that is not one of our jobs'. */
  foreignProcess: boolean
}

interface Tracked {
  gpu: InventoryGpu
  availability: GpuAvailability
  /** When it was last seen busy (or when monitoring began). */
  lastBusyMs: number
}

/** True when `pid` is one of `roots` or descends from one. */
export function descendsFrom (pid: number, roots: ReadonlySet<number>, readStat: (pid: number) => string | undefined = readProcStat): boolean {
  let p = pid
  for (let depth = 0; depth < 64 && p > 1; depth++) {
    if (roots.has(p)) return true
    const stat = readStat(p)
    if (stat === undefined) return false
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (!Number.isSafeInteger(ppid)) return false
    p = ppid
  }
  return false
}

function readProcStat (pid: number): string | undefined {
  try { return readFileSync(`/proc/${pid}/stat`, 'utf8') } catch { return undefined }
}

export class IdleMonitor extends TypedEventEmitter<IdleMonitorEvents> {
  private readonly components: IdleMonitorComponents
  private readonly init: IdleMonitorInit
  private readonly log: Logger
  private readonly windows: AvailabilityWindow[]
  private readonly tracked: Tracked[]
  private timer?: NodeJS.Timeout
  private sampling?: Promise<void>
  private stopped = false

  constructor (components: IdleMonitorComponents, init: IdleMonitorInit) {
    super()
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('gpumesh:idle-monitor')
    this.windows = init.windows.map(parseAvailabilityWindow)
    const start = Date.now()
    // Declared GPUs have no tool to watch: their owner declared them for sale.
    this.tracked = components.ledger.gpus.filter(g => !g.declared).map(gpu => ({ gpu, availability: 'cooling-down' as GpuAvailability, lastBusyMs: start }))
  }

  availability (index: number): GpuAvailability | undefined {
    return this.tracked.find(t => t.gpu.index === index)?.availability
  }

  async start (): Promise<void> {
    for (const t of this.tracked) this.components.ledger.setUnavailable(t.gpu.index, t.availability)
    await this.sample()
    this.timer = setInterval(() => { this.sampling ??= this.sample().finally(() => { this.sampling = undefined }) }, this.init.sampleMs)
    this.timer.unref()
  }

  async stop (): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    await this.sampling
  }

  /** Read what every tracked GPU is doing now; undefined for GPUs the tools did not report. */
  private async readUsage (): Promise<Map<number, GpuUsage> | undefined> {
    const run = this.components.runCommand ?? execRunner
    const ours = new Set(await this.components.ourPids())
    const usage = new Map<number, GpuUsage>()
    try {
      if (this.tracked.some(t => t.gpu.vendor === 'nvidia')) {
        const gpus: DetectedGpu[] = parseNvidiaSmiCsv(await run('nvidia-smi', NVIDIA_SMI_QUERY, {}))
        const apps: ComputeApp[] = parseNvidiaComputeApps(await run('nvidia-smi', NVIDIA_APPS_QUERY, {}))
        const foreign = apps.filter(a => !descendsFrom(a.pid, ours))
        for (const t of this.tracked) {
          const s = gpus.find(g => g.uuid === t.gpu.uuid)
          if (s === undefined) continue
          usage.set(t.gpu.index, { utilizationPercent: s.utilizationPercent ?? 0, memoryUsedMiB: s.memoryUsedMiB, foreignProcess: foreign.some(a => a.gpuUuid === t.gpu.uuid) })
        }
      }
      const amd = this.tracked.filter(t => t.gpu.vendor === 'amd')
      if (amd.length > 0) {
        const { cards, pids } = parseRocmUsage(await run('rocm-smi', ROCM_USAGE_QUERY, {}))
        // rocm-smi does not say which card a process uses: a foreign one counts on every AMD card.
        const foreign = pids.some(p => !descendsFrom(p, ours))
        amd.forEach((t, i) => {
          const card = cards[i]
          if (card === undefined) return
          usage.set(t.gpu.index, {
            utilizationPercent: card.utilizationPercent ?? 0,
            memoryUsedMiB: Math.round((card.memoryUsedPercent ?? 0) / 100 * t.gpu.vramMiB),
            foreignProcess: foreign
          })
        })
      }
    } catch (err) {
      // A sample we cannot read tells us nothing: keep the last states.
      this.log('idle sample failed - %e', err)
      return undefined
    }
    return usage
  }

  /** Take one sample and apply it. */
  async sample (): Promise<void> {
    if (this.tracked.length === 0 || this.stopped) return
    const usage = await this.readUsage()
    if (usage === undefined) return
    const now = this.components.now?.() ?? new Date()
    const inWindow = isWithinWindows(this.windows, now)
    for (const t of this.tracked) {
      const s = usage.get(t.gpu.index)
      if (s === undefined) continue
      const leased = this.components.ledger.holder(t.gpu.index).kind === 'leased'
      const owner = s.foreignProcess ||
        // While we hold the GPU, its load is ours; only a foreign process means the owner.
        (!leased && (s.utilizationPercent > this.init.maxUtilizationPercent || s.memoryUsedMiB > this.init.maxMemoryUsedMiB))
      let next: GpuAvailability
      if (owner) {
        t.lastBusyMs = now.getTime()
        next = 'busy-owner'
      } else if (!inWindow) {
        next = 'outside-window'
      } else if (now.getTime() - t.lastBusyMs < this.init.idlePeriodMs) {
        next = 'cooling-down'
      } else {
        next = 'idle'
      }
      this.apply(t, next, leased)
    }
  }

  private apply (t: Tracked, next: GpuAvailability, leased: boolean): void {
    const { ledger } = this.components
    if (next !== 'idle' && leased && (next === 'busy-owner' || next === 'outside-window')) {
      const holder = ledger.holder(t.gpu.index)
      if (holder.kind === 'leased') this.dispatchEvent(new CustomEvent('gpu:preempt', { detail: { leaseId: holder.leaseId, reason: next === 'busy-owner' ? 'owner-returned' : 'window-closed' } }))
    }
    if (next === t.availability) return
    t.availability = next
    ledger.setUnavailable(t.gpu.index, next === 'idle' ? undefined : next)
    this.dispatchEvent(new CustomEvent('gpu:availability', { detail: { index: t.gpu.index, availability: next } }))
  }
}
