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
import { defaultNatConfig, defaultRelayConfig, parseNatConfig, parseRelayConfig } from './nat-config.js'

export { money } from './fields.js'
export { renderDefaultConfigYaml } from './default-config-yaml.js'

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
    inputs: { maxCacheBytes: 10 * 1024 ** 3, maxInputBytes: 4 * 1024 ** 3, preparingTimeoutS: 600, allowHosts: ['*'], allowPrivateAddresses: false, allowHttp: true },
    idle: { enabled: false, sampleMs: 5_000, idlePeriodMs: 5 * 60_000, maxUtilizationPercent: 10, maxMemoryUsedMiB: 512, windows: [], preemption: 'grace', graceMs: 2 * 60_000 },
    probe: { enabled: true, intervalMs: 10 * 60_000, gpuCommand: [] },
    policy: { sandbox: 'bwrap', allowClients: [], denyClients: [], maxConcurrentJobsPerClient: 4, allowNetwork: false },
    sessions: { forward: true, exec: true, maxConnectionsPerJob: 64, maxBytesPerSecond: 100 * 1024 * 1024, maxExecSessionsPerJob: 4 },
    nat: defaultNatConfig(),
    relay: defaultRelayConfig()
  }
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

const TOP_LEVEL = ['listen', 'announce', 'bootstrap', 'mdns', 'api', 'region', 'attributes', 'pricing', 'gpus', 'runtimes', 'docker', 'offers', 'bidding', 'leases', 'holds', 'jobs', 'inputs', 'idle', 'probe', 'policy', 'sessions', 'nat', 'relay']

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
  const probe = section(raw, 'probe', ['enabled', 'intervalMs', 'gpuCommand'])
  const sessions = section(raw, 'sessions', ['forward', 'exec', 'maxConnectionsPerJob', 'maxBytesPerSecond', 'maxExecSessionsPerJob'])
  const docker = section(raw, 'docker', ['pullImages'])
  const bidding = section(raw, 'bidding', ['reservationHoldMs', 'maxOrdersPerPeerPerSecond', 'maxDurationS'])
  const leases = section(raw, 'leases', ['submitWindowMs', 'onShutdown', 'shutdownGraceMs'])
  const jobs = section(raw, 'jobs', ['maxLogBytes', 'maxLogLinesPerSecond', 'maxResultBytes', 'heartbeatMs'])
  const inputs = section(raw, 'inputs', ['maxCacheBytes', 'maxInputBytes', 'preparingTimeoutS', 'allowHosts', 'allowPrivateAddresses', 'allowHttp'])
  const holds = section(raw, 'holds', ['maxClientPercent', 'maxHeldPercent', 'lapsesToPenalty', 'lapseWindowMs', 'penaltyMs'])
  const policy = section(raw, 'policy', ['sandbox', 'allowClients', 'denyClients', 'maxConcurrentJobsPerClient', 'allowNetwork'])
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
    probe: {
      enabled: bool(probe.enabled, 'probe.enabled', d.probe.enabled),
      intervalMs: int(probe.intervalMs, 'probe.intervalMs', d.probe.intervalMs, 10_000, 7 * 24 * 3_600_000),
      gpuCommand: list(probe.gpuCommand, 'probe.gpuCommand', d.probe.gpuCommand, (v, f) => str(v, f, ''))
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
    inputs: {
      maxCacheBytes: int(inputs.maxCacheBytes, 'inputs.maxCacheBytes', d.inputs.maxCacheBytes, 0, 2 ** 50),
      maxInputBytes: int(inputs.maxInputBytes, 'inputs.maxInputBytes', d.inputs.maxInputBytes, 0, 2 ** 50),
      preparingTimeoutS: int(inputs.preparingTimeoutS, 'inputs.preparingTimeoutS', d.inputs.preparingTimeoutS, 1, 24 * 3600),
      allowHosts: list(inputs.allowHosts, 'inputs.allowHosts', d.inputs.allowHosts, (v, f) => str(v, f, '')),
      allowPrivateAddresses: bool(inputs.allowPrivateAddresses, 'inputs.allowPrivateAddresses', d.inputs.allowPrivateAddresses),
      allowHttp: bool(inputs.allowHttp, 'inputs.allowHttp', d.inputs.allowHttp)
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
    },
    nat: parseNatConfig(raw),
    relay: parseRelayConfig(raw)
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
  /** Serve circuit relay v2 (relay.enabled). */
  relay?: boolean
  /** Map a port by UPnP (nat.upnp). */
  upnp?: boolean
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
  if (flags.relay === true) c.relay.enabled = true
  if (flags.upnp === true) c.nat.upnp = true
  if (flags.sandbox !== undefined) c.policy.sandbox = oneOf(flags.sandbox, '--sandbox', 'bwrap', ['bwrap', 'none'] as const)
  return checkRules(c)
}
