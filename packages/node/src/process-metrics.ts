/**
 * The Node.js process metrics (prom-client's defaults) on the node's registry, with two
 * corrections: event-loop delay without the sampling interval in it, and no gauge named
 * like a counter.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'
import { Gauge, collectDefaultMetrics, type Registry } from 'prom-client'
import type { Startable } from './startable.js'

/**
 * How often the event-loop delay is sampled. The default, 10 ms, is 100 wake-ups a
 * second of an otherwise idle node (~6 ms/s of CPU per node on a VM), which a hundred
 * providers on one machine could not afford; every 500 ms still shows real stalls.
 */
export const EVENT_LOOP_SAMPLE_MS = 500

/**
 * prom-client's gauges that end in `_total`, which Prometheus reserves for counters
 * (`promtool check metrics` flags them). Each is the sum of the by-type gauge without
 * the suffix (`nodejs_active_handles{type}`), which stays.
 */
const GAUGES_NAMED_LIKE_COUNTERS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']

/** prom-client's delay statistics: each sample includes the sampling interval itself. */
const DELAY_STATISTICS = {
  min: (h: IntervalHistogram) => h.min,
  max: (h: IntervalHistogram) => h.max,
  mean: (h: IntervalHistogram) => h.mean,
  stddev: (h: IntervalHistogram) => h.stddev,
  p50: (h: IntervalHistogram) => h.percentile(50),
  p90: (h: IntervalHistogram) => h.percentile(90),
  p99: (h: IntervalHistogram) => h.percentile(99)
} as const

export class ProcessMetrics implements Startable {
  private readonly registry: Registry
  private histogram?: IntervalHistogram

  constructor (components: { registry: Registry }) {
    this.registry = components.registry
  }

  async start (): Promise<void> {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS })
    for (const name of GAUGES_NAMED_LIKE_COUNTERS) this.registry.removeSingleMetric(name)
    const histogram = monitorEventLoopDelay({ resolution: EVENT_LOOP_SAMPLE_MS })
    histogram.enable()
    this.histogram = histogram
    const intervalNs = EVENT_LOOP_SAMPLE_MS * 1e6
    for (const [stat, read] of Object.entries(DELAY_STATISTICS)) {
      const name = `nodejs_eventloop_lag_${stat}_seconds`
      this.registry.removeSingleMetric(name)
      const gauge = new Gauge({
        name,
        help: `The ${stat} of event-loop delay since the last scrape, in seconds (sampled every ${EVENT_LOOP_SAMPLE_MS} ms, the interval itself not counted).`,
        registers: [this.registry],
        collect () {
          // No sample yet (fewer than one interval since the last scrape): no delay seen.
          const ns = histogram.count === 0 ? 0 : read(histogram)
          // stddev is a spread, not a delay: nothing to subtract from it.
          gauge.set(stat === 'stddev' ? ns / 1e9 : Math.max(0, ns - intervalNs) / 1e9)
          if (stat === 'p99') histogram.reset()
        }
      })
    }
  }

  async stop (): Promise<void> {
    this.histogram?.disable()
    this.histogram = undefined
  }
}
