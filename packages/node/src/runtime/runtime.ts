/**
 * One interface for every way a provider can run a workload. The job service picks a
 * runtime by `spec.runtime`, hands it the leased GPUs and a work dir, and relays what
 * it yields as JobEvents.
 */
import type { ChildProcess } from 'node:child_process'
import type { Socket } from 'node:net'
import type { GpuVendor, LogStreamName, WorkloadSpec } from '@gpumesh/protocol'

export interface Allocation {
  jobId: string
  /** Host indices of the leased GPUs: the only ones the workload may see. */
  gpuIndices: number[]
  /**
   * The same GPUs' UUIDs, in the same order, where they were detected (NVIDIA "GPU-…");
   * '' or absent for declared GPUs, which are then named by index.
   */
  gpuUuids?: string[]
  gpuVendor: GpuVendor
  /** Fresh, empty dir owned by this job; the runtime creates input/ and output/ in it. */
  workDir: string
  /** Wall-clock limit: min(spec.timeoutS, lease duration). */
  timeoutMs: number
  /** Stop forwarding output past this many bytes of stdout+stderr. */
  maxLogBytes: number
  /** Drop log lines past this rate (per second), with a note. */
  maxLogLinesPerSecond: number
  /** Total bytes of result files collected from output/. */
  maxResultBytes: number
  /** The spec asked for network and the provider allows it. */
  network: boolean
  /**
   * Inputs by URL, fetched while the job was preparing: file name to a local file (in the
   * input cache). The runtime copies each into input/ like an inline input.
   */
  fetchedInputs?: ReadonlyMap<string, string>
}

export type ExitReason =
  | 'exited'      // the workload ended by itself (exitCode says how)
  | 'timeout'     // killed at the wall-clock limit
  | 'cancelled'   // killed because the signal aborted
  | 'error'       // could not start, or the runtime failed

export type RuntimeEvent =
  /** Work before the workload starts (an image pull): not counted against its time limit. */
  | { type: 'preparing', line: string }
  | { type: 'started' }
  | { type: 'log', stream: LogStreamName, line: string }
  /** The workload is gone; always exactly one, after every log event. */
  | { type: 'exit', exitCode: number, reason: ExitReason, detail: string, wallMs: number }
  /** A file from output/, after 'exit'; `path` is absolute on the provider. */
  | { type: 'result', name: string, path: string, size: number, sha256: Uint8Array }

/** A command to run inside a running job (an exec session). */
export interface ExecSpec {
  command: string[]
  /** On a pseudo-terminal of this size (0: unknown). */
  tty: boolean
  rows?: number
  cols?: number
  /** Added to the job's own environment. */
  env: Record<string, string>
}

/** Ways into a running job; a runtime without them refuses forward and exec. */
export interface JobSessions {
  /** A socket connected to `port` on the job's loopback, paused (nothing read yet). */
  connect: (jobId: string, port: number, signal: AbortSignal) => Promise<Socket>
  /** `spec` started inside the job (its namespaces, user and limits), in a process group of its own, stdio piped. */
  exec: (jobId: string, spec: ExecSpec) => Promise<ChildProcess>
  /** Change the pty size of a session `exec` started with `tty`; false when it has no pty. */
  resize?: (child: ChildProcess, rows: number, cols: number) => Promise<boolean>
}

export interface Runtime {
  readonly name: 'process' | 'docker'
  /** True when this runtime can run workloads on this machine now. */
  isAvailable: (options?: { signal?: AbortSignal }) => Promise<boolean>
  /**
   * Run the workload. Yields any 'preparing' notes, 'started', logs, one 'exit', then results. Aborting
   * `signal` kills the workload (the whole process group / container) and the
   * iterator still ends with an 'exit' whose reason is 'cancelled'.
   */
  run: (spec: WorkloadSpec, allocation: Allocation, signal: AbortSignal) => AsyncIterable<RuntimeEvent>
  /** Forward and exec into this runtime's running jobs, where it supports them. */
  readonly sessions?: JobSessions
  /** Release what the runtime holds between jobs (a helper process); called once no job runs. */
  close?: () => Promise<void>
}
