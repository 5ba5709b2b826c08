/**
 * Measured offers, the provider's side: run `@gpumesh/protocol`'s versioned probe as a
 * job in the process runtime (so in the same sandbox a client's job gets), at start and
 * at an interval, plus the operator's GPU probe command on every GPU where one is set;
 * the publisher signs the latest figures into each offer (`CapacityOffer.measured`).
 * The probe runs in the background: start() does not wait the second it takes.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { TypedEventEmitter, type ComponentLogger, type Logger } from '@libp2p/interface'
import { PROBE_VERSION, parseGpuProbeOutput, parseProbeOutput, probeCommand, type GpuVendor, type OfferMeasurement, type WorkloadSpec } from '@gpumesh/protocol'
import { ProbeFailedError } from '../errors.js'
import type { Runtime } from '../runtime/runtime.js'
import type { Startable } from '../startable.js'

/** A probe run's wall-clock limit: the CPU probe takes about a second; a GPU probe command may take longer. */
const PROBE_TIMEOUT_MS = 60_000
/** Output kept from a probe run: its figures are one line. */
const PROBE_MAX_LOG_BYTES = 64 * 1024

export interface OfferProbeComponents {
  /** The runtime that runs it: the process runtime, whose sandbox jobs get. */
  runtime: Runtime
  logger: ComponentLogger
}

export interface OfferProbeInit {
  /** Probe work dirs go under <dataDir>/probe. */
  dataDir: string
  intervalMs: number
  /** The GPU probe command; empty = no GPU figures. */
  gpuCommand?: string[]
  /** Every GPU's host index, and their vendor, for the GPU probe. */
  gpuIndices?: number[]
  gpuVendor?: GpuVendor
  /** The node binary the probe runs with. Default process.execPath (visible in bwrap's /usr binds when installed there). */
  nodePath?: string
}

export interface OfferProbeEvents {
  'probe:measured': CustomEvent<OfferMeasurement>
  'probe:failed': CustomEvent<{ error: string }>
}

export class OfferProbe extends TypedEventEmitter<OfferProbeEvents> implements Startable {
  private readonly components: OfferProbeComponents
  private readonly init: OfferProbeInit
  private readonly log: Logger
  private controller = new AbortController()
  private timer?: NodeJS.Timeout
  private running?: Promise<void>
  /** The newest figures, signed into the next offer. */
  latest?: OfferMeasurement

  constructor (components: OfferProbeComponents, init: OfferProbeInit) {
    super()
    this.components = components
    this.init = init
    this.log = components.logger.forComponent('gpumesh:offer-probe')
  }

  async start (): Promise<void> {
    this.controller = new AbortController()
    this.kick()
    this.timer = setInterval(() => { this.kick() }, this.init.intervalMs)
    this.timer.unref()
  }

  async stop (): Promise<void> {
    clearInterval(this.timer)
    this.controller.abort()
    await this.running
  }

  /** Measure now (unless a run is under way); resolves with the figures. */
  async measure (options: { signal?: AbortSignal } = {}): Promise<OfferMeasurement> {
    const signal = AbortSignal.any([this.controller.signal, ...(options.signal !== undefined ? [options.signal] : [])])
    const started = performance.now()
    const cpu = parseProbeOutput(await this.runJob(probeCommand(randomUUID(), this.init.nodePath ?? process.execPath), [], signal))
    const gpuCommand = this.init.gpuCommand ?? []
    const gpu = gpuCommand.length > 0 && (this.init.gpuIndices ?? []).length > 0
      ? parseGpuProbeOutput(await this.runJob(gpuCommand, this.init.gpuIndices ?? [], signal))
      : { gpuGflops: 0, h2dMiBps: 0 }
    const m: OfferMeasurement = {
      probeVersion: PROBE_VERSION,
      measuredAtMs: Date.now(),
      durationMs: Math.round(performance.now() - started),
      cpuHashMiBps: cpu.cpuHashMiBps,
      memoryCopyMiBps: cpu.memoryCopyMiBps,
      diskWriteMiBps: cpu.diskWriteMiBps,
      ...gpu
    }
    this.latest = m
    this.safeDispatchEvent('probe:measured', { detail: m })
    return m
  }

  private kick (): void {
    if (this.running !== undefined) return
    this.running = this.measure().then(m => {
      this.log('measured %o', m)
    }, (err: Error) => {
      // A probe that cannot run (no node in the sandbox, a broken GPU command) leaves offers unmeasured.
      if (!this.controller.signal.aborted) {
        this.log.error('probe failed - %e', err)
        this.safeDispatchEvent('probe:failed', { detail: { error: err.message } })
      }
    }).finally(() => { this.running = undefined })
  }

  /** One probe job: its stdout lines. */
  private async runJob (command: string[], gpuIndices: number[], signal: AbortSignal): Promise<string[]> {
    const workDir = join(this.init.dataDir, 'probe', randomUUID())
    await mkdir(workDir, { recursive: true, mode: 0o700 })
    const spec: WorkloadSpec = { runtime: this.components.runtime.name, image: '', command, env: {}, inputs: [], timeoutS: PROBE_TIMEOUT_MS / 1000, network: false }
    const lines: string[] = []
    const errors: string[] = []
    try {
      for await (const e of this.components.runtime.run(spec, {
        jobId: `probe-${randomUUID()}`,
        gpuIndices,
        gpuVendor: this.init.gpuVendor ?? 'nvidia',
        workDir,
        timeoutMs: PROBE_TIMEOUT_MS,
        maxLogBytes: PROBE_MAX_LOG_BYTES,
        maxLogLinesPerSecond: 1_000,
        // Also the file size limit the runtime sets: the disk probe writes 32 MiB (and removes it).
        maxResultBytes: 64 * 1024 * 1024,
        network: false
      }, signal)) {
        if (e.type === 'log' && e.stream === 'stdout') lines.push(e.line)
        if (e.type === 'log' && e.stream === 'stderr' && errors.length < 20) errors.push(e.line)
        if (e.type === 'exit' && (e.reason !== 'exited' || e.exitCode !== 0)) throw new ProbeFailedError(`probe ${command[0] ?? ''} ended ${e.reason} (exit ${e.exitCode}): ${e.detail} ${errors.slice(-5).join(' | ')}`)
      }
    } finally {
      await rm(workDir, { recursive: true, force: true }).catch(() => {})
    }
    return lines
  }
}
