/**
 * Loading and validating the provider config: a file (JSON or YAML) merged over the
 * defaults, then command-line flags. Every bad value is a ConfigError naming its field.
 */
import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { MAX_OFFER_LIFETIME_MS, validatePricingStrategy, type GpuVendor, type PricingStrategy } from '@gpumesh/protocol'
import { ConfigError } from '../errors.js'
import { addr, bool, bootstrapAddr, int, isObj, list, money, oneOf, peer, section, str, stringMap, type Obj } from './fields.js'
import type { DeclaredGpu, NodeConfig } from './node-config.js'
import { parseAvailabilityWindow } from '../idle/availability-window.js'

export { money } from './fields.js'

export function defaultConfig (dataDir: string): NodeConfig {
  return {
    dataDir: resolve(dataDir),
    listen: ['/ip4/127.0.0.1/tcp/0'],
    announce: [],
    bootstrap: [],
    mdns: false,
    api: { enabled: true, host: '127.0.0.1', port: 7070 },
    region: '',
    attributes: {},
    pricing: { kind: 'fixed', pricePerGpuHour: 2_000_000n },
    gpus: { detect: true, declared: [] },
    runtimes: ['process', 'docker'],
    docker: { pullImages: [] },
    offers: { intervalMs: 10_000, ttlMs: 30_000 },
    bidding: { reservationHoldMs: 5_000, maxOrdersPerPeerPerSecond: 20, maxDurationS: 24 * 3600 },
    leases: { submitWindowMs: 10_000, onShutdown: 'finish', shutdownGraceMs: 30_000 },
    holds: { maxClientPercent: 50, maxHeldPercent: 50, lapsesToPenalty: 3, lapseWindowMs: 10 * 60_000, penaltyMs: 5 * 60_000 },
    jobs: { maxLogBytes: 16 * 1024 * 1024, maxLogLinesPerSecond: 1_000, maxResultBytes: 256 * 1024 * 1024, heartbeatMs: 2_000 },
    idle: { enabled: false, sampleMs: 5_000, idlePeriodMs: 5 * 60_000, maxUtilizationPercent: 10, maxMemoryUsedMiB: 512, windows: [], preemption: 'grace', graceMs: 2 * 60_000 },
    policy: { sandbox: 'bwrap', allowClients: [], denyClients: [], maxConcurrentJobsPerClient: 4, allowNetwork: false },
    sessions: { forward: true, exec: true, maxConnectionsPerJob: 64, maxBytesPerSecond: 100 * 1024 * 1024, maxExecSessionsPerJob: 4 }
  }
}

/** The commented config file `gpumesh-node init` writes; it parses back to defaultConfig(). */
export function renderDefaultConfigYaml (): string {
  return `# gpumesh-node configuration. Every key is optional; these are the defaults.
# Money is in micro-credits (1 credit = 1000000).

# Multiaddrs to listen on (0.0.0.0 to accept peers from other machines).
listen:
  - /ip4/127.0.0.1/tcp/0
# Addresses to announce instead of the listen addresses (NAT, containers).
announce: []
# Peers to join the network through, each with /p2p/<peer id>.
bootstrap: []
# Find peers on the local network by mDNS.
mdns: false

# Local HTTP API: GET /status (JSON) and GET /metrics (Prometheus).
api:
  enabled: true
  host: 127.0.0.1
  port: 7070

# Region and attributes advertised in offers; orders may require them.
region: ""
attributes: {}

# How bids are priced. kind: fixed | scale | surge
#   scale adds pricePerCpuCoreHour, pricePerGiBMemoryHour, pricePerGiBDiskHour
#   surge adds thresholdPercent and maxMultiplierPercent
pricing:
  kind: fixed
  pricePerGpuHour: 2000000

gpus:
  # Run nvidia-smi / rocm-smi to find GPUs.
  detect: true
  # GPUs no tool can detect here; shown as declared, never as verified. Example:
  #   - { vendor: nvidia, model: "NVIDIA GeForce RTX 4090", vramMiB: 24564, count: 1, computeCapability: "8.9" }
  declared: []

# Runtimes to offer (only those that work on this machine are offered).
runtimes:
  - process
  - docker

docker:
  # The engine is found at $DOCKER_HOST, else /var/run/docker.sock. Jobs run images
  # already on it; these may be pulled too (exact names or globs, "*" = any), e.g.
  #   pullImages: ["pytorch/pytorch:*", "nvidia/cuda:*"]
  # Offers list both; a job asking for another image is declined at bid time.
  pullImages: []

offers:
  # Republish the offer this often, and on every capacity change.
  intervalMs: 10000
  # An offer stays valid this long after it is signed (peers cap it at 60000).
  ttlMs: 30000

bidding:
  # A bid's GPUs stay reserved this long, waiting for the client's lease request
  # (clients lease within their bid window, a few hundred ms).
  reservationHoldMs: 5000
  # Orders accepted per peer per second; more are declined as rate-limited.
  maxOrdersPerPeerPerSecond: 20
  # Longest job accepted, seconds.
  maxDurationS: 86400

leases:
  # A client has this long after the lease to submit its workload (the SDK leases and
  # submits in one message; only a separate /gpumesh/lease request waits on this).
  submitWindowMs: 10000
  # On SIGINT/SIGTERM the provider drains: it stops bidding, then either lets running
  # jobs finish for up to shutdownGraceMs (finish) or stops them now (release). A job
  # still running then ends with a receipt for the time used, and its client retries
  # it elsewhere. A second signal cuts the grace short; a third exits at once.
  onShutdown: finish
  shutdownGraceMs: 30000

jobs:
  # Bytes of stdout+stderr kept per job; past it the output is cut and marked.
  maxLogBytes: 16777216
  # Log lines per second per job; the rest are dropped and counted.
  maxLogLinesPerSecond: 1000
  # Total bytes of result files per job.
  maxResultBytes: 268435456
  # Heartbeat interval while a job runs; clients call a provider lost after 3 missed.
  heartbeatMs: 2000

# Sell only idle time on detected GPUs (a workstation or a lab's cluster).
idle:
  enabled: false
  # Sample nvidia-smi / rocm-smi this often.
  sampleMs: 5000
  # A GPU the owner used is offered again after this long idle.
  idlePeriodMs: 300000
  # A GPU is the owner's above this utilisation or memory in use, or with any process not ours.
  maxUtilizationPercent: 10
  maxMemoryUsedMiB: 512
  # When GPUs may be sold, local time; empty means always. Example: ["Mon-Fri 19:00-07:00", "Sat-Sun 00:00-24:00"]
  windows: []
  # When the owner returns to a leased GPU or a window closes: grace (stop after graceMs) or stop (now).
  preemption: grace
  graceMs: 120000

# GPUs held without a running workload: reserved by bids, or leased and not yet submitted.
holds:
  # One client, or one network address, holds at most this percent of the GPUs (at least 1).
  maxClientPercent: 50
  # All such holds together take at most this percent (at least 1 GPU). Past a bound a bid
  # still comes, but holds nothing: the first Submit takes its GPUs. Hoarders cannot take
  # the rest. The bounds are for strangers: a client whose jobs here used more GPU time
  # (in lapseWindowMs) than its lapsed leases held is not bounded.
  maxHeldPercent: 50
  # A client whose leases lapse unsubmitted this many times in lapseWindowMs (more often
  # than it submits) is declined for penaltyMs; an address (NAT) after twice as many.
  lapsesToPenalty: 3
  lapseWindowMs: 600000
  penaltyMs: 300000

policy:
  # Sandbox for the process runtime: bwrap (bubblewrap) or none.
  # none is refused unless allowClients lists who may run unsandboxed code here.
  sandbox: bwrap
  # Client peer ids allowed to buy here; empty means anyone not denied.
  allowClients: []
  denyClients: []
  maxConcurrentJobsPerClient: 4
  # Give jobs that ask for it network access.
  allowNetwork: false

sessions:
  # Into running jobs, for their own clients only. port-forward reaches the ports a
  # job's spec declares, inside its sandbox; exec and shell run commands in it.
  forward: true
  exec: true
  # Forwarded TCP connections open at once into one job.
  maxConnectionsPerJob: 64
  # Bytes per second, both ways together, over one job's forwarded connections.
  maxBytesPerSecond: 104857600
  # Exec and shell sessions open at once into one job.
  maxExecSessionsPerJob: 4
`
}

export function parseConfigText (text: string, format: 'json' | 'yaml'): unknown {
  try {
    return format === 'json' ? JSON.parse(text) : parseYaml(text)
  } catch (err) {
    throw new ConfigError('file', `not valid ${format.toUpperCase()}: ${(err as Error).message.split('\n')[0] ?? ''}`, { cause: err })
  }
}

/** Read, parse and validate a config file (format by extension: .json, .yaml, .yml). */
export async function loadConfigFile (path: string, dataDir: string): Promise<NodeConfig> {
  const ext = extname(path).toLowerCase()
  if (ext !== '.json' && ext !== '.yaml' && ext !== '.yml') throw new ConfigError('file', `${path}: use a .json, .yaml or .yml file`)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new ConfigError('file', `cannot read ${path}: ${(err as Error).message}`, { cause: err })
  }
  return validateConfig(parseConfigText(text, ext === '.json' ? 'json' : 'yaml') ?? {}, dataDir)
}

const VENDORS: readonly GpuVendor[] = ['nvidia', 'amd', 'other']

function declaredGpu (v: unknown, field: string): DeclaredGpu {
  if (!isObj(v)) throw new ConfigError(field, 'must be a mapping with vendor, model, vramMiB, count')
  const unknown = Object.keys(v).filter(k => !['vendor', 'model', 'vramMiB', 'count', 'computeCapability'].includes(k))
  if (unknown.length > 0) throw new ConfigError(`${field}.${unknown[0] ?? ''}`, 'unknown key')
  const model = str(v.model, `${field}.model`, '')
  if (model.trim() === '') throw new ConfigError(`${field}.model`, 'required')
  return {
    vendor: oneOf(v.vendor, `${field}.vendor`, 'nvidia', VENDORS),
    model,
    // Required: int() returns the default for undefined, and -1 fails its own range.
    vramMiB: int(v.vramMiB ?? null, `${field}.vramMiB`, -1, 1, 16 * 1024 * 1024),
    count: int(v.count, `${field}.count`, 1, 1, 1024),
    computeCapability: str(v.computeCapability, `${field}.computeCapability`, '')
  }
}

function pricing (raw: Obj, dflt: PricingStrategy): PricingStrategy {
  const p = section(raw, 'pricing', ['kind', 'pricePerGpuHour', 'pricePerCpuCoreHour', 'pricePerGiBMemoryHour', 'pricePerGiBDiskHour', 'thresholdPercent', 'maxMultiplierPercent'])
  const kind = oneOf(p.kind, 'pricing.kind', dflt.kind, ['fixed', 'scale', 'surge'] as const)
  const base = money(p.pricePerGpuHour, 'pricing.pricePerGpuHour', dflt.pricePerGpuHour)
  let strategy: PricingStrategy
  if (kind === 'fixed') strategy = { kind, pricePerGpuHour: base }
  else if (kind === 'scale') {
    strategy = {
      kind,
      pricePerGpuHour: base,
      pricePerCpuCoreHour: money(p.pricePerCpuCoreHour, 'pricing.pricePerCpuCoreHour', 0n),
      pricePerGiBMemoryHour: money(p.pricePerGiBMemoryHour, 'pricing.pricePerGiBMemoryHour', 0n),
      pricePerGiBDiskHour: money(p.pricePerGiBDiskHour, 'pricing.pricePerGiBDiskHour', 0n)
    }
  } else {
    strategy = {
      kind,
      pricePerGpuHour: base,
      thresholdPercent: int(p.thresholdPercent, 'pricing.thresholdPercent', 50, 0, 100),
      maxMultiplierPercent: int(p.maxMultiplierPercent, 'pricing.maxMultiplierPercent', 200, 100, 10_000)
    }
  }
  try {
    return validatePricingStrategy(strategy)
  } catch (err) {
    throw new ConfigError('pricing', (err as Error).message, { cause: err })
  }
}

const TOP_LEVEL = ['listen', 'announce', 'bootstrap', 'mdns', 'api', 'region', 'attributes', 'pricing', 'gpus', 'runtimes', 'docker', 'offers', 'bidding', 'leases', 'holds', 'jobs', 'idle', 'policy', 'sessions']

/** Merge `raw` over the defaults, checking every field. */
export function validateConfig (raw: unknown, dataDir: string): NodeConfig {
  if (raw === null || raw === undefined) raw = {}
  if (!isObj(raw)) throw new ConfigError('file', 'the top level must be a mapping')
  const unknown = Object.keys(raw).filter(k => !TOP_LEVEL.includes(k))
  if (unknown.length > 0) throw new ConfigError(unknown[0] ?? '', `unknown key (expected one of ${TOP_LEVEL.join(', ')})`)
  const d = defaultConfig(dataDir)
  const api = section(raw, 'api', ['enabled', 'host', 'port'])
  const gpus = section(raw, 'gpus', ['detect', 'declared'])
  const offers = section(raw, 'offers', ['intervalMs', 'ttlMs'])
  const docker = section(raw, 'docker', ['pullImages'])
  const bidding = section(raw, 'bidding', ['reservationHoldMs', 'maxOrdersPerPeerPerSecond', 'maxDurationS'])
  const leases = section(raw, 'leases', ['submitWindowMs', 'onShutdown', 'shutdownGraceMs'])
  const jobs = section(raw, 'jobs', ['maxLogBytes', 'maxLogLinesPerSecond', 'maxResultBytes', 'heartbeatMs'])
  const holds = section(raw, 'holds', ['maxClientPercent', 'maxHeldPercent', 'lapsesToPenalty', 'lapseWindowMs', 'penaltyMs'])
  const policy = section(raw, 'policy', ['sandbox', 'allowClients', 'denyClients', 'maxConcurrentJobsPerClient', 'allowNetwork'])
  const sessions = section(raw, 'sessions', ['forward', 'exec', 'maxConnectionsPerJob', 'maxBytesPerSecond', 'maxExecSessionsPerJob'])
  const idle = section(raw, 'idle', ['enabled', 'sampleMs', 'idlePeriodMs', 'maxUtilizationPercent', 'maxMemoryUsedMiB', 'windows', 'preemption', 'graceMs'])
  if (gpus.declared !== undefined && gpus.declared !== null && !Array.isArray(gpus.declared)) throw new ConfigError('gpus.declared', 'must be a list')
  if (raw.runtimes !== undefined && !Array.isArray(raw.runtimes)) throw new ConfigError('runtimes', 'must be a list')

  const config: NodeConfig = {
    dataDir: d.dataDir,
    listen: list(raw.listen, 'listen', d.listen, addr),
    announce: list(raw.announce, 'announce', d.announce, addr),
    bootstrap: list(raw.bootstrap, 'bootstrap', d.bootstrap, bootstrapAddr),
    mdns: bool(raw.mdns, 'mdns', d.mdns),
    api: {
      enabled: bool(api.enabled, 'api.enabled', d.api.enabled),
      host: str(api.host, 'api.host', d.api.host),
      port: int(api.port, 'api.port', d.api.port, 0, 65535)
    },
    region: str(raw.region, 'region', d.region),
    attributes: stringMap(raw.attributes, 'attributes'),
    pricing: pricing(raw, d.pricing),
    gpus: {
      detect: bool(gpus.detect, 'gpus.detect', d.gpus.detect),
      declared: ((gpus.declared ?? []) as unknown[]).map((g, i) => declaredGpu(g, `gpus.declared[${i}]`))
    },
    runtimes: ((raw.runtimes ?? d.runtimes) as unknown[]).map((r, i) => oneOf(r, `runtimes[${i}]`, 'process', ['process', 'docker'] as const)),
    docker: { pullImages: list(docker.pullImages, 'docker.pullImages', [], (v, f) => str(v, f, '')) },
    offers: {
      intervalMs: int(offers.intervalMs, 'offers.intervalMs', d.offers.intervalMs, 100, MAX_OFFER_LIFETIME_MS),
      // Peers keep an offer at most MAX_OFFER_LIFETIME_MS after it was signed, whatever it claims.
      ttlMs: int(offers.ttlMs, 'offers.ttlMs', d.offers.ttlMs, 1_000, MAX_OFFER_LIFETIME_MS)
    },
    bidding: {
      reservationHoldMs: int(bidding.reservationHoldMs, 'bidding.reservationHoldMs', d.bidding.reservationHoldMs, 1, 3_600_000),
      maxOrdersPerPeerPerSecond: int(bidding.maxOrdersPerPeerPerSecond, 'bidding.maxOrdersPerPeerPerSecond', d.bidding.maxOrdersPerPeerPerSecond, 1, 1_000_000),
      maxDurationS: int(bidding.maxDurationS, 'bidding.maxDurationS', d.bidding.maxDurationS, 1, 30 * 24 * 3600)
    },
    leases: {
      submitWindowMs: int(leases.submitWindowMs, 'leases.submitWindowMs', d.leases.submitWindowMs, 100, 24 * 3_600_000),
      onShutdown: oneOf(leases.onShutdown, 'leases.onShutdown', d.leases.onShutdown, ['release', 'finish'] as const),
      shutdownGraceMs: int(leases.shutdownGraceMs, 'leases.shutdownGraceMs', d.leases.shutdownGraceMs, 0, 24 * 3_600_000)
    },
    jobs: {
      maxLogBytes: int(jobs.maxLogBytes, 'jobs.maxLogBytes', d.jobs.maxLogBytes, 1024, 2 ** 40),
      maxLogLinesPerSecond: int(jobs.maxLogLinesPerSecond, 'jobs.maxLogLinesPerSecond', d.jobs.maxLogLinesPerSecond, 1, 1_000_000),
      maxResultBytes: int(jobs.maxResultBytes, 'jobs.maxResultBytes', d.jobs.maxResultBytes, 0, 2 ** 40),
      heartbeatMs: int(jobs.heartbeatMs, 'jobs.heartbeatMs', d.jobs.heartbeatMs, 50, 60_000)
    },
    idle: {
      enabled: bool(idle.enabled, 'idle.enabled', d.idle.enabled),
      sampleMs: int(idle.sampleMs, 'idle.sampleMs', d.idle.sampleMs, 50, 3_600_000),
      idlePeriodMs: int(idle.idlePeriodMs, 'idle.idlePeriodMs', d.idle.idlePeriodMs, 0, 24 * 3_600_000),
      maxUtilizationPercent: int(idle.maxUtilizationPercent, 'idle.maxUtilizationPercent', d.idle.maxUtilizationPercent, 0, 100),
      maxMemoryUsedMiB: int(idle.maxMemoryUsedMiB, 'idle.maxMemoryUsedMiB', d.idle.maxMemoryUsedMiB, 0, 16 * 1024 * 1024),
      windows: list(idle.windows, 'idle.windows', [], (w, f) => { parseWindowOrThrow(w, f); return w }),
      preemption: oneOf(idle.preemption, 'idle.preemption', d.idle.preemption, ['grace', 'stop'] as const),
      graceMs: int(idle.graceMs, 'idle.graceMs', d.idle.graceMs, 0, 24 * 3_600_000)
    },
    holds: {
      maxClientPercent: int(holds.maxClientPercent, 'holds.maxClientPercent', d.holds.maxClientPercent, 1, 100),
      maxHeldPercent: int(holds.maxHeldPercent, 'holds.maxHeldPercent', d.holds.maxHeldPercent, 1, 100),
      lapsesToPenalty: int(holds.lapsesToPenalty, 'holds.lapsesToPenalty', d.holds.lapsesToPenalty, 1, 1_000_000),
      lapseWindowMs: int(holds.lapseWindowMs, 'holds.lapseWindowMs', d.holds.lapseWindowMs, 1_000, 7 * 24 * 3_600_000),
      penaltyMs: int(holds.penaltyMs, 'holds.penaltyMs', d.holds.penaltyMs, 0, 7 * 24 * 3_600_000)
    },
    policy: {
      sandbox: oneOf(policy.sandbox, 'policy.sandbox', d.policy.sandbox, ['bwrap', 'none'] as const),
      allowClients: list(policy.allowClients, 'policy.allowClients', [], peer),
      denyClients: list(policy.denyClients, 'policy.denyClients', [], peer),
      maxConcurrentJobsPerClient: int(policy.maxConcurrentJobsPerClient, 'policy.maxConcurrentJobsPerClient', d.policy.maxConcurrentJobsPerClient, 1, 10_000),
      allowNetwork: bool(policy.allowNetwork, 'policy.allowNetwork', d.policy.allowNetwork)
    },
    sessions: {
      forward: bool(sessions.forward, 'sessions.forward', d.sessions.forward),
      exec: bool(sessions.exec, 'sessions.exec', d.sessions.exec),
      maxConnectionsPerJob: int(sessions.maxConnectionsPerJob, 'sessions.maxConnectionsPerJob', d.sessions.maxConnectionsPerJob, 1, 4096),
      maxBytesPerSecond: int(sessions.maxBytesPerSecond, 'sessions.maxBytesPerSecond', d.sessions.maxBytesPerSecond, 1024, 2 ** 40),
      maxExecSessionsPerJob: int(sessions.maxExecSessionsPerJob, 'sessions.maxExecSessionsPerJob', d.sessions.maxExecSessionsPerJob, 1, 256)
    }
  }
  return checkRules(config)
}

function parseWindowOrThrow (w: string, field: string): void {
  try {
    parseAvailabilityWindow(w)
  } catch (err) {
    throw new ConfigError(field, (err as Error).message, { cause: err })
  }
}

/** Rules across fields. */
function checkRules (config: NodeConfig): NodeConfig {
  if (config.policy.sandbox === 'none' && config.policy.allowClients.length === 0) {
    throw new ConfigError('policy.sandbox', 'none runs strangers\' code unsandboxed: it needs policy.allowClients to list who may use it')
  }
  if (config.listen.length === 0) throw new ConfigError('listen', 'needs at least one address')
  if (config.offers.ttlMs <= config.offers.intervalMs) throw new ConfigError('offers.ttlMs', 'must be longer than offers.intervalMs, or offers lapse between republishes')
  return config
}

/** The `gpumesh-node start` flags that override config values. */
export interface StartFlags {
  listen?: string[]
  announce?: string[]
  bootstrap?: string[]
  apiPort?: string
  apiHost?: string
  region?: string
  price?: string
  declareGpu?: string[]
  detectGpus?: boolean
  mdns?: boolean
  allowClient?: string[]
  sandbox?: string
  pullImage?: string[]
}

/** Parse `vendor:model:vramMiB:count[:cc]`; the model may not contain ':'. */
export function parseDeclaredGpu (spec: string, field = '--declare-gpu'): DeclaredGpu {
  const parts = spec.split(':')
  if (parts.length < 4 || parts.length > 5) throw new ConfigError(field, `"${spec}" is not vendor:model:vramMiB:count[:computeCapability]`)
  // Pass the numbers as text: int() takes only plain digits, where Number() would take '0x10', '2e4' and '' (0).
  return declaredGpu({ vendor: parts[0], model: parts[1], vramMiB: parts[2], count: parts[3], computeCapability: parts[4] ?? '' }, field)
}

/** Apply start flags over a validated config; a bad flag is a ConfigError naming it. */
export function applyFlags (config: NodeConfig, flags: StartFlags): NodeConfig {
  const c: NodeConfig = structuredClone(config)
  if ((flags.listen ?? []).length > 0) c.listen = (flags.listen ?? []).map(a => addr(a, '--listen'))
  if ((flags.announce ?? []).length > 0) c.announce = (flags.announce ?? []).map(a => addr(a, '--announce'))
  if ((flags.bootstrap ?? []).length > 0) c.bootstrap = (flags.bootstrap ?? []).map(a => bootstrapAddr(a, '--bootstrap'))
  if (flags.apiPort !== undefined) c.api.port = int(flags.apiPort, '--api-port', 0, 0, 65535)
  if (flags.apiHost !== undefined) c.api.host = str(flags.apiHost, '--api-host', '')
  if (flags.region !== undefined) c.region = str(flags.region, '--region', '')
  if (flags.price !== undefined) c.pricing = { ...c.pricing, pricePerGpuHour: money(/^\d+$/.test(flags.price) ? flags.price : -1, '--price', 0n) }
  if ((flags.declareGpu ?? []).length > 0) c.gpus.declared = [...c.gpus.declared, ...(flags.declareGpu ?? []).map(s => parseDeclaredGpu(s))]
  if (flags.detectGpus === false) c.gpus.detect = false
  if (flags.mdns === true) c.mdns = true
  if ((flags.allowClient ?? []).length > 0) c.policy.allowClients = [...c.policy.allowClients, ...(flags.allowClient ?? []).map(p => peer(p, '--allow-client'))]
  if ((flags.pullImage ?? []).length > 0) c.docker.pullImages = [...c.docker.pullImages, ...(flags.pullImage ?? []).map(p => str(p, '--pull-image', ''))]
  if (flags.sandbox !== undefined) c.policy.sandbox = oneOf(flags.sandbox, '--sandbox', 'bwrap', ['bwrap', 'none'] as const)
  return checkRules(c)
}
