/**
 * Measured offers, the shared part: the fixed, versioned probe a provider runs in its own
 * sandbox (and a client can run there as a small paid job, with its own nonce), how its
 * output is read, how a fresh probe is compared with what an offer claims, and the work
 * a price buys (the `value` ranking). Both sides import this one copy, so the probe a
 * client runs is the probe the provider signed for.
 */
import { InvalidMessageError } from '../errors.js'
import type { OfferMeasurement } from '../offer.js'

/** Bump when the probe's work changes: figures of different versions do not compare. */
export const PROBE_VERSION = 1

/** The line the probe prints its figures on, then one JSON object. */
export const PROBE_LINE_PREFIX = `gpumesh-probe-v${PROBE_VERSION} `
/** The line a GPU probe command prints: `gpumesh-gpu-probe {"gflops":N,"h2dMiBps":N}`. */
export const GPU_PROBE_LINE_PREFIX = 'gpumesh-gpu-probe '

/**
 * Probe v1, run as `node -e PROBE_SCRIPT NONCE` in the job's work dir: about 250 ms each
 * of sha256 over 1 MiB buffers (one core's throughput), 16 MiB buffer copies (memory
 * bandwidth), and 32 MiB written in 1 MiB blocks and fsynced under output/ (then
 * removed), about 1 s in all. Prints one PROBE_LINE_PREFIX line with the figures and
 * the nonce it was given. Plain CommonJS and node: builtins only: it runs wherever a
 * provider's node does.
 */
export const PROBE_SCRIPT = `
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')
const nonce = String(process.argv[1] ?? '').slice(0, 128)
const BUDGET_MS = 250
const started = performance.now()
function rate (fn, mib) {
  const t0 = performance.now()
  let n = 0
  while (performance.now() - t0 < BUDGET_MS) { fn(); n++ }
  return Math.round(n * mib / ((performance.now() - t0) / 1000))
}
const block = Buffer.alloc(1 << 20, 7)
const cpu = rate(() => createHash('sha256').update(block).digest(), 1)
const src = Buffer.alloc(16 << 20, 1)
const dst = Buffer.alloc(16 << 20)
const mem = rate(() => { src.copy(dst) }, 16)
const dir = fs.existsSync('output') ? 'output' : require('node:os').tmpdir()
const file = path.join(dir, '.gpumesh-probe-' + process.pid)
const t0 = performance.now()
const fd = fs.openSync(file, 'w')
for (let i = 0; i < 32; i++) fs.writeSync(fd, block)
fs.fsyncSync(fd)
fs.closeSync(fd)
const disk = Math.round(32 / ((performance.now() - t0) / 1000))
fs.rmSync(file, { force: true })
console.log(${JSON.stringify(PROBE_LINE_PREFIX)} + JSON.stringify({ v: ${PROBE_VERSION}, nonce, cpuHashMiBps: cpu, memoryCopyMiBps: mem, diskWriteMiBps: disk, durationMs: Math.round(performance.now() - started) }))
`

/** The probe's command line for a workload: the node on the provider's PATH. */
export function probeCommand (nonce: string, node = 'node'): string[] {
  return [node, '-e', PROBE_SCRIPT, nonce]
}

export interface ProbeFigures {
  nonce: string
  cpuHashMiBps: number
  memoryCopyMiBps: number
  diskWriteMiBps: number
  durationMs: number
}

function figure (v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new InvalidMessageError(`probe: ${field} is not a whole number`)
  return v
}

/** The probe's figures from its output lines (the last probe line wins). Throws InvalidMessageError when there are none. */
export function parseProbeOutput (lines: readonly string[]): ProbeFigures {
  const line = [...lines].reverse().find(l => l.startsWith(PROBE_LINE_PREFIX))
  if (line === undefined) throw new InvalidMessageError('probe: no figures in its output')
  let o: Record<string, unknown>
  try {
    o = JSON.parse(line.slice(PROBE_LINE_PREFIX.length))
  } catch {
    throw new InvalidMessageError('probe: its figures are not JSON')
  }
  if (o === null || typeof o !== 'object' || o.v !== PROBE_VERSION) throw new InvalidMessageError(`probe: not version ${PROBE_VERSION}`)
  return {
    nonce: typeof o.nonce === 'string' ? o.nonce : '',
    cpuHashMiBps: figure(o.cpuHashMiBps, 'cpuHashMiBps'),
    memoryCopyMiBps: figure(o.memoryCopyMiBps, 'memoryCopyMiBps'),
    diskWriteMiBps: figure(o.diskWriteMiBps, 'diskWriteMiBps'),
    durationMs: figure(o.durationMs, 'durationMs')
  }
}

/** A GPU probe command's figures; zeros when it printed none (no GPU probe, or it failed). */
export function parseGpuProbeOutput (lines: readonly string[]): { gpuGflops: number, h2dMiBps: number } {
  const line = [...lines].reverse().find(l => l.startsWith(GPU_PROBE_LINE_PREFIX))
  if (line === undefined) return { gpuGflops: 0, h2dMiBps: 0 }
  try {
    const o = JSON.parse(line.slice(GPU_PROBE_LINE_PREFIX.length)) as Record<string, unknown>
    return { gpuGflops: figure(Math.round(Number(o.gflops)), 'gflops'), h2dMiBps: figure(Math.round(Number(o.h2dMiBps)), 'h2dMiBps') }
  } catch {
    return { gpuGflops: 0, h2dMiBps: 0 }
  }
}

/**
 * How far a fresh probe falls short of the figures an offer claims. A provider on a
 * busy host measures less than when it was idle, so only a figure below `tolerance`
 * (default half) of the claim counts: an honest provider is not caught by noise, a
 * provider that claims several times what it has is.
 */
export function measurementShortfall (claimed: OfferMeasurement, fresh: Pick<ProbeFigures, 'cpuHashMiBps' | 'memoryCopyMiBps' | 'diskWriteMiBps'>, tolerance = 0.5): Array<{ figure: string, claimed: number, measured: number }> {
  const out = []
  for (const f of ['cpuHashMiBps', 'memoryCopyMiBps', 'diskWriteMiBps'] as const) {
    if (claimed[f] > 0 && fresh[f] < claimed[f] * tolerance) out.push({ figure: f, claimed: claimed[f], measured: fresh[f] })
  }
  return out
}

/**
 * The measured work a unit of price buys: GPU GFLOPS where the GPU probe measured any,
 * else one core's sha256 MiB/s. 0: not measured.
 */
export function measuredWork (m: OfferMeasurement | undefined): number {
  if (m === undefined || m.probeVersion !== PROBE_VERSION) return 0
  return m.gpuGflops > 0 ? m.gpuGflops : m.cpuHashMiBps
}
