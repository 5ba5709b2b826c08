import { readFileSync } from 'node:fs'

/** Summary statistics over latency samples (ms). */
export interface Summary {
  n: number
  mean: number
  median: number
  p90: number
  p99: number
  min: number
  max: number
}

export function percentile (sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i] as number
}

export function summarize (samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b)
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)
  return { n: s.length, mean, median: percentile(s, 50), p90: percentile(s, 90), p99: percentile(s, 99), min: s[0] ?? NaN, max: s.at(-1) ?? NaN }
}

export function rssMiB (pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const m = /VmRSS:\s+(\d+) kB/.exec(status)
    return m === null ? NaN : Number(m[1]) / 1024
  } catch {
    return NaN
  }
}
