import { describe, expect, it } from 'vitest'
import { isWithinWindows, parseAvailabilityWindow } from '../src/idle/availability-window.js'
import { descendsFrom } from '../src/idle/idle-monitor.js'
import { parseNvidiaComputeApps, parseRocmUsage } from '../src/inventory/gpu-usage.js'

describe('idle detection parsing', () => {
  it('reads nvidia-smi compute apps, empty output and "no running processes"', () => {
    expect(parseNvidiaComputeApps('GPU-aaaa, 1234, 6000\r\nGPU-bbbb, 99, 12\n\n')).toEqual([
      { gpuUuid: 'GPU-aaaa', pid: 1234, usedMemoryMiB: 6000 },
      { gpuUuid: 'GPU-bbbb', pid: 99, usedMemoryMiB: 12 }
    ])
    expect(parseNvidiaComputeApps('')).toEqual([])
    expect(parseNvidiaComputeApps('No running processes found\n')).toEqual([])
  })

  it.each([
    ['GPU-aaaa, notapid, 12', /not a pid/],
    ['GPU-aaaa, 12', /expected 3 fields/],
    ['NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver', /expected 3 fields/]
  ])('refuses malformed compute-apps output %j', (text, message) => {
    expect(() => parseNvidiaComputeApps(text)).toThrow(expect.objectContaining({ name: 'InventoryError', message: expect.stringMatching(message) }))
  })

  it('reads rocm-smi use, memory use and pids; refuses non-JSON', () => {
    const out = JSON.stringify({
      card0: { 'GPU use (%)': '87', 'GPU Memory Allocated (VRAM%)': '41' },
      card1: { 'GPU use (%)': '0', 'GPU Memory Allocated (VRAM%)': '0' },
      system: { PID4242: 'python3, 1, 8589934592, 0, unknown' }
    })
    expect(parseRocmUsage(out)).toEqual({
      cards: [{ index: 0, utilizationPercent: 87, memoryUsedPercent: 41 }, { index: 1, utilizationPercent: 0, memoryUsedPercent: 0 }],
      pids: [4242]
    })
    expect(() => parseRocmUsage('WARNING: AMD GPU device(s) is/are in a low-power state')).toThrow(expect.objectContaining({ name: 'InventoryError' }))
  })

  it('parses availability windows and tells whether a moment is inside one, overnight included', () => {
    const nights = parseAvailabilityWindow('Mon-Fri 19:00-07:00')
    const weekend = parseAvailabilityWindow('Sat-Sun 00:00-24:00')
    const at = (iso: string): Date => new Date(iso)
    // 2026-11-23 is a Monday.
    expect(isWithinWindows([nights], at('2026-11-23T20:00:00'))).toBe(true)
    expect(isWithinWindows([nights], at('2026-11-24T06:59:00'))).toBe(true)
    expect(isWithinWindows([nights], at('2026-11-24T07:00:00'))).toBe(false)
    expect(isWithinWindows([nights], at('2026-11-23T12:00:00'))).toBe(false)
    // Friday night runs into Saturday morning; Sunday night is not in the weekday window.
    expect(isWithinWindows([nights], at('2026-11-28T03:00:00'))).toBe(true)
    expect(isWithinWindows([nights], at('2026-11-23T03:00:00'))).toBe(false)
    expect(isWithinWindows([nights, weekend], at('2026-11-29T13:00:00'))).toBe(true)
    expect(isWithinWindows([], at('2026-11-23T12:00:00'))).toBe(true)
    expect(isWithinWindows([parseAvailabilityWindow('Daily 09:00-17:00')], at('2026-11-25T10:00:00'))).toBe(true)
  })

  it.each(['weekdays 19-07', 'Mon-Fri 25:00-07:00', 'Funday 10:00-11:00', 'Mon 10:00-10:00', 'Mon 10:60-11:00'])('refuses the window %j', (text) => {
    expect(() => parseAvailabilityWindow(text)).toThrow(RangeError)
  })

  it('tells our job processes from the owner\'s by walking parent pids', () => {
    const tree: Record<number, number> = { 500: 400, 400: 300, 300: 1, 600: 1 }
    const stat = (pid: number): string | undefined => tree[pid] === undefined ? undefined : `${pid} (sh) S ${tree[pid]} 0 0`
    expect(descendsFrom(500, new Set([300]), stat)).toBe(true)
    expect(descendsFrom(300, new Set([300]), stat)).toBe(true)
    expect(descendsFrom(600, new Set([300]), stat)).toBe(false)
    expect(descendsFrom(700, new Set([300]), stat)).toBe(false)
  })
})
