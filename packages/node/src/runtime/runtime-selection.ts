/**
 * Which runtimes a provider offers, and a plain line for each saying why: the operator
 * reads these at start (and in /status) to know how strangers' code runs here.
 */
import type { NodeConfig } from '../config/node-config.js'
import { DockerRuntime } from './docker-runtime.js'
import { ProcessRuntime } from './process-runtime.js'
import type { Runtime } from './runtime.js'
import type { SandboxSupport } from './sandbox.js'

/** Engine calls at start: a hung engine must not hold the provider's start for long. */
const RUNTIME_PROBE_TIMEOUT_MS = 5_000

export interface RuntimeSelection {
  /** Runtimes that work here, by name (the job service runs these). */
  runtimes: Map<string, Runtime>
  /** Whether the process runtime isolates jobs, so strangers may use it. */
  processSandboxed: boolean
  report: {
    /** Runtimes put in offers. */
    offered: string[]
    /** One line per runtime the config names. */
    lines: string[]
    /** Notes for /status. */
    notes: string[]
  }
}

function gib (bytes: number): string {
  return `${Math.round(bytes / 1024 ** 3 * 10) / 10} GiB`
}

/** A timer of our own (not AbortSignal.timeout inside AbortSignal.any, which Node 20 may lose to GC). */
function probeSignal (): { signal: AbortSignal, done: () => void } {
  const ac = new AbortController()
  const timer = setTimeout(() => { ac.abort() }, RUNTIME_PROBE_TIMEOUT_MS)
  return { signal: ac.signal, done: () => { clearTimeout(timer) } }
}

async function describeDocker (runtime: DockerRuntime, allowNetwork: boolean): Promise<string> {
  const probe = probeSignal()
  try {
    const info = await runtime.describe({ signal: probe.signal })
    await runtime.images.refresh({ signal: probe.signal }).catch(() => {})
    const where = info.where.kind === 'container'
      ? `this provider runs in container ${info.where.containerId.slice(0, 12)} and drives the host's engine through its socket: jobs are sibling containers`
      : 'jobs are containers on this host\'s engine'
    const p = await runtime.effectivePolicy()
    const limits = `${allowNetwork ? 'network only when a job asks' : 'no network'}, read-only root, user nobody, no capabilities, no new privileges, memory ${gib(p.memoryBytes)}, ${p.nanoCpus / 1e9} CPUs, ${p.pidsLimit} pids, GPUs by UUID`
    const images = runtime.images.local()
    const pulls = runtime.images.pullPatterns
    const imageText = `images here: ${images.length === 0 ? 'none' : images.slice(0, 8).join(', ') + (images.length > 8 ? ` and ${images.length - 8} more` : '')}; pulls: ${pulls.length === 0 ? 'none (docker.pullImages)' : pulls.join(', ')}`
    return `docker: offered. Docker ${info.version} (API ${info.apiVersion}); ${where}; ${limits}; ${imageText}`
  } finally {
    probe.done()
  }
}

export async function selectRuntimes (config: NodeConfig, sandbox: SandboxSupport, options: { runtimes?: Runtime[], processSandboxed?: boolean } = {}): Promise<RuntimeSelection> {
  const runtimes = new Map<string, Runtime>()
  const lines: string[] = []
  const notes: string[] = []
  const bwrapWanted = config.policy.sandbox === 'bwrap'
  if (options.runtimes !== undefined) {
    for (const r of options.runtimes) runtimes.set(r.name, r)
  } else {
    for (const name of config.runtimes) {
      const runtime: Runtime = name === 'process'
        ? new ProcessRuntime({ sandbox: bwrapWanted && sandbox.available ? 'bwrap' : 'none', bwrapPath: sandbox.bwrapPath })
        : new DockerRuntime({ allowNetwork: config.policy.allowNetwork, pullImages: config.docker.pullImages })
      const probe = probeSignal()
      const available = await runtime.isAvailable({ signal: probe.signal }).finally(probe.done)
      if (available) {
        runtimes.set(name, runtime)
      } else {
        notes.push(`runtime ${name} is not available on this machine and is not offered`)
        lines.push(name === 'docker'
          ? `docker: not offered. No Docker engine answered at ${process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock'} (in a container, mount the host's socket)`
          : 'process: not offered. It cannot start processes here')
      }
    }
  }
  const processSandboxed = options.runtimes !== undefined && options.processSandboxed !== undefined
    ? options.processSandboxed
    : bwrapWanted && sandbox.available
  if (bwrapWanted && !sandbox.available && config.runtimes.includes('process')) {
    notes.push(`no sandbox (${sandbox.detail}): the process runtime is offered to allow-listed clients only`)
  }
  const offered = [...runtimes.keys()].filter(name => name !== 'process' || processSandboxed || config.policy.allowClients.length > 0)
  if (runtimes.has('process')) {
    if (!offered.includes('process')) {
      notes.push('the process runtime is not offered: no sandbox here, and no policy.allowClients to trust')
      lines.push(`process: not offered. No sandbox (${sandbox.detail}), and no policy.allowClients to trust with unsandboxed jobs`)
    } else if (processSandboxed) {
      lines.push('process: offered, in a bubblewrap sandbox (own namespaces, no network, read-only system, only its own dirs and GPUs)')
    } else {
      lines.push(`process: offered to allow-listed clients only (${config.policy.allowClients.length}), unsandboxed: ${sandbox.detail}`)
    }
  }
  const docker = runtimes.get('docker')
  if (docker instanceof DockerRuntime) {
    try {
      lines.push(await describeDocker(docker, config.policy.allowNetwork))
    } catch (err) {
      lines.push(`docker: offered, but the engine did not describe itself: ${(err as Error).message}`)
    }
  }
  return { runtimes, processSandboxed, report: { offered, lines, notes } }
}
