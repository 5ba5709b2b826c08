import type { NatConfig, RelayConfig } from './nat-config.js'
/**
 * The validated provider configuration. `config.ts` loads it from a file (JSON or
 * YAML) and flags; everything else in the node receives this shape, never raw input.
 */
import type { GpuVendor, PricingStrategy } from '@gpumesh/protocol'

/** A GPU the owner states in config because no tool can detect it here. */
export interface DeclaredGpu {
  vendor: GpuVendor
  model: string
  vramMiB: number
  count: number
  computeCapability: string
}

export type SandboxMode = 'bwrap' | 'none'
export type ShutdownPolicy = 'release' | 'finish'
export type PreemptionPolicy = 'grace' | 'stop'

export interface NodeConfig {
  /** Absolute path of the data dir (identity key, level db, job work dirs). */
  dataDir: string
  /** Multiaddrs to listen on. */
  listen: string[]
  /** Multiaddrs to announce instead of the listen addresses (NAT, containers). */
  announce: string[]
  /** Multiaddrs of bootstrap peers (with /p2p/<id>). */
  bootstrap: string[]
  /** Discover peers on the LAN by mDNS. */
  mdns: boolean
  api: {
    /** false disables the HTTP API. */
    enabled: boolean
    host: string
    /** 0 picks a free port. */
    port: number
  }
  region: string
  attributes: Record<string, string>
  pricing: PricingStrategy
  gpus: {
    /** Run nvidia-smi / rocm-smi to find GPUs. */
    detect: boolean
    declared: DeclaredGpu[]
  }
  /** Runtimes the owner allows; only those that work on this machine are offered. */
  runtimes: Array<'process' | 'docker'>
  docker: {
    /** Images the docker runtime may pull when a job asks for one it lacks (names or globs). */
    pullImages: string[]
  }
  offers: {
    /** Republish interval. */
    intervalMs: number
    /** How long an offer stays valid after it is signed. */
    ttlMs: number
  }
  bidding: {
    /** How long a bid's GPUs stay reserved waiting for a lease request. */
    reservationHoldMs: number
    /** Orders accepted per peer per second; more are declined as rate-limited. */
    maxOrdersPerPeerPerSecond: number
    /** Longest job this provider will take, seconds. */
    maxDurationS: number
  }
  leases: {
    /** Time a client has after the lease to submit its workload. */
    submitWindowMs: number
    /** On SIGINT/SIGTERM the node drains: stop running jobs now ('release'), or let them run up to the grace ('finish'). */
    onShutdown: ShutdownPolicy
    /** With onShutdown 'finish': how long running jobs may go on before they are stopped (with a receipt; the client retries). */
    shutdownGraceMs: number
  }
  jobs: {
    /** Bytes of stdout+stderr kept per job; past it the output is cut and marked. */
    maxLogBytes: number
    /** Log lines per second per job; more are dropped and counted. */
    maxLogLinesPerSecond: number
    /** Total bytes of result files per job. */
    maxResultBytes: number
    /** Heartbeat interval while a job runs. */
    heartbeatMs: number
  }
  /** Inputs by URL: fetched while a job is preparing, kept in a content-addressed cache. */
  inputs: {
    /** Bytes the cache may hold; the least recently used entries go first past it. */
    maxCacheBytes: number
    /** Largest single input fetched (its declared size and every byte read). */
    maxInputBytes: number
    /** Limit of a job's preparing phase when its spec sets none, seconds. */
    preparingTimeoutS: number
    /** Host names (globs, "*" for any) inputs may come from. */
    allowHosts: string[]
    /** Fetch from loopback, private and link-local addresses (off: a job cannot reach the provider's LAN through it). */
    allowPrivateAddresses: boolean
    /** Fetch plain http:// (the sha256 still guards the bytes). */
    allowHttp: boolean
  }
  idle: {
    /** Offer detected GPUs only while the owner is not using them. */
    enabled: boolean
    /** How often to sample nvidia-smi / rocm-smi. */
    sampleMs: number
    /** A GPU must stay idle this long (cooling down) before it is offered again. */
    idlePeriodMs: number
    /** Above this utilisation a GPU is the owner's. */
    maxUtilizationPercent: number
    /** Above this memory in use (not by our jobs) a GPU is the owner's. */
    maxMemoryUsedMiB: number
    /** When GPUs may be sold, local time, e.g. "Mon-Fri 19:00-07:00"; empty = always. */
    windows: string[]
    /** When the owner comes back to a leased GPU, or a window closes. */
    preemption: PreemptionPolicy
    /** With 'grace': how long the job may go on before it is stopped. */
    graceMs: number
  }
  /** Bounds on GPUs held without a submitted workload (bid holds, unsubmitted leases) by clients not in good standing. */
  holds: {
    /** Percent of the GPUs one client, or one network address, may hold unsubmitted (at least 1 GPU). */
    maxClientPercent: number
    /** Percent of the GPUs all strangers' unsubmitted holds together may take (at least 1 GPU); past it bids hold nothing. */
    maxHeldPercent: number
    /** Leases lapsed unsubmitted in lapseWindowMs (and more than the client's submits) that put it in the penalty box. */
    lapsesToPenalty: number
    lapseWindowMs: number
    /** How long a boxed client (or address) is declined. */
    penaltyMs: number
  }
  /** Measured offers (docs/architecture.md, "Measured offers"): the probe signed into every offer. */
  probe: {
    /** Run the probe at start and every intervalMs, in the process runtime's sandbox. */
    enabled: boolean
    intervalMs: number
    /**
     * A GPU host's GPU probe: a command run on every GPU as a job, printing one line
     * `gpumesh-gpu-probe {"gflops":N,"h2dMiBps":N}` (a small CUDA/ROCm program of the
     * operator's choice); empty = no GPU figures.
     */
    gpuCommand: string[]
  }
  policy: {
    sandbox: SandboxMode
    /** Client peer ids allowed to run jobs; empty = anyone not denied. */
    allowClients: string[]
    denyClients: string[]
    maxConcurrentJobsPerClient: number
    /** Let jobs that ask for network have it. */
    allowNetwork: boolean
  }
  /** NAT traversal (config/nat-config.ts). */
  nat: NatConfig
  /** The relay server role (config/nat-config.ts). */
  relay: RelayConfig
  /** Sessions into running jobs, for their clients only: port-forward and exec/shell. */
  sessions: {
    /** Serve /gpumesh/forward: TCP connections to the ports a job's spec declares. */
    forward: boolean
    /** Serve /gpumesh/exec: commands and shells inside a running job's sandbox. */
    exec: boolean
    /** Forwarded connections open at once into one job. */
    maxConnectionsPerJob: number
    /** Bytes per second, both ways together, over all of one job's forwarded connections. */
    maxBytesPerSecond: number
    /** Exec sessions open at once into one job. */
    maxExecSessionsPerJob: number
  }
}
