/** The idle monitor's decisions on sampled tool output, without a network. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultLogger } from '@libp2p/logger'
import { IdleMonitor } from '../src/idle/idle-monitor.js'
import { CapacityLedger } from '../src/market/capacity-ledger.js'
import { NodeStore } from '../src/store/node-store.js'
import type { CommandRunner, InventoryGpu } from '../src/inventory/gpu-inventory.js'

const amd = (index: number): InventoryGpu => ({ index, uuid: `amd-card${index}`, vendor: 'amd', model: 'AMD Instinct MI300X', vramMiB: 196592, computeCapability: 'gfx942', declared: false })

describe('idle monitor', () => {
  let dir: string
  let store: NodeStore
  let ledger: CapacityLedger
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-idle-'))
    store = new NodeStore(dir)
    await store.open()
    ledger = new CapacityLedger({ gpus: [amd(0), amd(1), { ...amd(2), declared: true }], system: { cpuCores: 8, memoryMiB: 65536, diskMiB: 100000 }, store })
  })
  afterEach(async () => {
    await ledger.stop()
    await store.close()
    await rm(dir, { recursive: true, force: true })
  })

  function monitor (rocm: () => string, options: { windows?: string[], now?: () => Date, idlePeriodMs?: number } = {}): IdleMonitor {
    const runCommand: CommandRunner = async (command) => {
      if (command !== 'rocm-smi') throw Object.assign(new Error('not found'), { code: 'ENOENT' })
      return rocm()
    }
    return new IdleMonitor({ ledger, logger: defaultLogger(), ourPids: () => [], runCommand, now: options.now }, {
      sampleMs: 60_000, idlePeriodMs: options.idlePeriodMs ?? 0, maxUtilizationPercent: 10, maxMemoryUsedMiB: 1024, windows: options.windows ?? []
    })
  }

  const usage = (use0: number, mem0: number, pids: number[] = []): string => JSON.stringify({
    card0: { 'GPU use (%)': String(use0), 'GPU Memory Allocated (VRAM%)': String(mem0) },
    card1: { 'GPU use (%)': '0', 'GPU Memory Allocated (VRAM%)': '0' },
    system: Object.fromEntries(pids.map(p => [`PID${p}`, 'python3, 1, 0, 0, unknown']))
  })

  it('marks an AMD card the owner loads busy, the quiet one idle, and never watches declared GPUs', async () => {
    const m = monitor(() => usage(90, 40))
    await m.start()
    expect(m.availability(0)).toBe('busy-owner')
    expect(m.availability(1)).toBe('idle')
    expect(m.availability(2)).toBeUndefined()
    expect(ledger.freeGpus().map(g => g.index)).toEqual([1, 2])
    await m.stop()
  })

  it('counts a foreign process on rocm-smi against every AMD card', async () => {
    const m = monitor(() => usage(0, 0, [987654]))
    await m.start()
    expect([m.availability(0), m.availability(1)]).toEqual(['busy-owner', 'busy-owner'])
    await m.stop()
  })

  it('keeps GPUs cooling down for the idle period, and off sale outside the windows', async () => {
    const cooling = monitor(() => usage(0, 0), { idlePeriodMs: 60_000 })
    await cooling.start()
    expect(cooling.availability(1)).toBe('cooling-down')
    await cooling.stop()
    // 2026-11-23 is a Monday; the window is weekday nights.
    const closed = monitor(() => usage(0, 0), { windows: ['Mon-Fri 19:00-07:00'], now: () => new Date('2026-11-23T12:00:00') })
    await closed.start()
    expect(closed.availability(1)).toBe('outside-window')
    expect(ledger.holder(1)).toEqual({ kind: 'unavailable', state: 'outside-window' })
    await closed.stop()
  })

  it('keeps the last states when the tool output cannot be read', async () => {
    let text = usage(90, 40)
    const m = monitor(() => text)
    await m.start()
    text = 'not json'
    await m.sample()
    expect(m.availability(0)).toBe('busy-owner')
    await m.stop()
  })
})
