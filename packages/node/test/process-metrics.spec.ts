import { setTimeout as sleep } from 'node:timers/promises'
import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { EVENT_LOOP_SAMPLE_MS, ProcessMetrics } from '../src/process-metrics.js'

/** `name value` lines of a scrape, by name (unlabelled series only). */
function values (text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const line of text.split('\n')) {
    const m = /^([a-z0-9_]+) (\S+)$/.exec(line)
    if (m !== null) out.set(m[1]!, Number(m[2]))
  }
  return out
}

describe('process metrics', () => {
  it('report the event-loop delay of an idle process near 0, not the sampling interval', async () => {
    const registry = new Registry()
    const metrics = new ProcessMetrics({ registry })
    await metrics.start()
    try {
      await sleep(EVENT_LOOP_SAMPLE_MS * 3.5)
      const v = values(await registry.metrics())
      for (const stat of ['min', 'mean', 'p50', 'p90']) {
        const seconds = v.get(`nodejs_eventloop_lag_${stat}_seconds`)
        expect(seconds, stat).toBeDefined()
        // prom-client reported ~0.5 s here: the 500 ms interval itself.
        expect(seconds!, stat).toBeLessThan(0.1)
        expect(seconds!, stat).toBeGreaterThanOrEqual(0)
      }
    } finally {
      await metrics.stop()
    }
  })

  it('name no gauge like a counter, and every counter with _total (promtool\'s rules)', async () => {
    const registry = new Registry()
    const metrics = new ProcessMetrics({ registry })
    await metrics.start()
    try {
      const types = [...(await registry.metrics()).matchAll(/^# TYPE (\S+) (\S+)$/gm)].map(m => ({ name: m[1]!, type: m[2]! }))
      expect(types.length).toBeGreaterThan(10)
      expect(types.filter(t => t.type !== 'counter' && t.name.endsWith('_total'))).toEqual([])
      expect(types.filter(t => t.type === 'counter' && !t.name.endsWith('_total'))).toEqual([])
      expect(types.map(t => t.name)).toContain('nodejs_active_handles')
    } finally {
      await metrics.stop()
    }
  })
})
