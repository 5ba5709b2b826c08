/**
 * Akash SDL (v2.0, v2.1) to gpumesh job specs: one spec per service in `deployment`.
 * An Akash deployment is a long-running service with inbound ports; a gpumesh job is a
 * batch run on leased GPUs. What maps is in docs/job-spec.md ("Importing an Akash SDL");
 * everything else is reported with its path.
 */
import { JobSpecError } from '../errors.js'
import { FieldReader, cpuToCores, envList, isObject, sizeToMiB, type ImportReport } from './import-report.js'
import { JOB_SPEC_API_VERSION, type JobSpecDocument } from './job-spec.js'
import type { YamlSource } from './yaml-source.js'

/** Akash's average block time is about 6.1 s: ~590 blocks an hour (prices are per block). */
export const AKASH_BLOCKS_PER_HOUR = 590

export interface AkashImportOptions {
  /** Only this service (a key of `deployment`); default: all of them. */
  service?: string
  /**
   * Micro-credits per one unit of a denomination (`uakt=2`, `uact=1`): turns a placement's
   * per-block price into `price.maxPerGpuHour`. Without a rate for its denom, pricing is
   * reported as not mapped (a chain token has no fixed price in credits).
   */
  rates?: Record<string, bigint>
}

/** A spec drafted from a foreign file: `command` may still be missing (see report.needed). */
export type DraftSpec = Omit<JobSpecDocument, 'command'> & { command?: string[] }

export interface ImportResult {
  specs: Array<{ service: string, spec: DraftSpec }>
  report: ImportReport
}

const SUPPORTED_VERSIONS = new Set(['2.0', '2.1'])

export function importAkash (source: YamlSource, options: AkashImportOptions = {}): ImportResult {
  const r = new FieldReader(source)
  const root = r.root
  if (!isObject(root) || !isObject(root.services) || !isObject(root.deployment)) {
    throw new JobSpecError(source.source, [source.issue([], 'not an Akash SDL: needs version, services, profiles and deployment')])
  }
  const version = String(r.get(['version']) ?? '')
  if (!SUPPORTED_VERSIONS.has(version)) throw new JobSpecError(source.source, [source.issue(['version'], `SDL version "${version}" is not supported (2.0 and 2.1 are)`)])
  r.mapped(['version'], `SDL ${version}`)

  const services = r.keys(['deployment'])
  if (options.service !== undefined && !services.includes(options.service)) {
    throw new JobSpecError(source.source, [source.issue(['deployment'], `no service "${options.service}" in deployment (it has ${services.join(', ')})`)])
  }
  const specs: ImportResult['specs'] = []
  for (const name of services) {
    if (options.service !== undefined && name !== options.service) {
      r.unsupported(['deployment', name], `not imported: --service ${options.service} was asked for`)
      r.unsupported(['services', name], `not imported: --service ${options.service} was asked for`)
      continue
    }
    specs.push({ service: name, spec: importService(r, name, options) })
  }
  if (specs.length > 1) {
    r.needed(['deployment'], `${specs.length} services: gpumesh runs one job per spec; each becomes its own document (pick one with --service)`)
  }
  return { specs, report: r.finish() }
}

function importService (r: FieldReader, name: string, options: AkashImportOptions): DraftSpec {
  const spec: DraftSpec = { apiVersion: JOB_SPEC_API_VERSION, kind: 'Job', name, runtime: 'docker' }
  const svc = ['services', name]
  if (r.get(svc) === undefined) {
    r.needed(['deployment', name], `no service "${name}" under services`)
    return spec
  }
  const image = r.get([...svc, 'image'])
  if (typeof image === 'string' && image !== '') {
    spec.image = image
    r.mapped([...svc, 'image'], 'image (runtime: docker)')
  } else {
    r.needed([...svc, 'image'], 'an image')
  }
  const command = strings(r.get([...svc, 'command']))
  const args = strings(r.get([...svc, 'args']))
  if (command !== undefined) {
    r.mapped([...svc, 'command'], 'command')
    if (args !== undefined) r.mapped([...svc, 'args'], 'command (after the command)')
    spec.command = [...command, ...(args ?? [])]
  } else if (args !== undefined) {
    // Docker runs args as the whole argv when the image has no ENTRYPOINT; gpumesh cannot
    // read the image here, so the report says what was assumed.
    spec.command = args
    r.mapped([...svc, 'args'], 'command, assuming the image has no ENTRYPOINT (if it has one, give the whole argv after --)')
  } else {
    // Akash runs the image's entrypoint; gpumesh names the program, and cannot read the image here.
    r.needed(svc, 'a command: the service runs its image\'s entrypoint; give the whole argv after -- (gpumesh import akash FILE -- PROGRAM ARGS…)')
  }
  const envValue = r.get([...svc, 'env'])
  if (envValue !== undefined) {
    const { env, bad } = envList(envValue)
    if (Object.keys(env).length > 0) { spec.env = env; r.mapped([...svc, 'env'], 'env') }
    for (const i of bad) r.unsupported([...svc, 'env', i], 'not KEY=VALUE')
  }
  if (r.get([...svc, 'expose']) !== undefined) r.unsupported([...svc, 'expose'], 'inbound ports: a gpumesh job is a batch run and takes no connections')
  if (r.get([...svc, 'params', 'storage']) !== undefined) r.unsupported([...svc, 'params', 'storage'], 'volume mounts: a job has input/ and output/ only (its disk is resources.diskMiB)')
  if (r.get([...svc, 'depends_on']) !== undefined) r.unsupported([...svc, 'depends_on'], 'one job per spec: no services to depend on')
  if (r.get([...svc, 'credentials']) !== undefined) r.unsupported([...svc, 'credentials'], 'private registry credentials are not sent to providers')

  // deployment.<service>.<placement>: { profile, count }
  const placements = r.keys(['deployment', name])
  if (placements.length > 1) for (const extra of placements.slice(1)) r.unsupported(['deployment', name, extra], `a second placement: gpumesh asks every matching provider; ${placements[0]} is used`)
  const placement = placements[0]
  if (placement === undefined) return spec
  const dep = ['deployment', name, placement]
  const profile = String(r.get([...dep, 'profile']) ?? name)
  r.mapped([...dep, 'profile'], `resources from profiles.compute.${profile}`)
  const count = r.get([...dep, 'count'])
  if (count === 1 || count === undefined) {
    if (count !== undefined) r.mapped([...dep, 'count'], 'one job')
  } else {
    r.unsupported([...dep, 'count'], `count ${String(count)}: a spec is one job; submit it ${String(count)} times`)
  }
  importCompute(r, ['profiles', 'compute', profile], spec)
  importPlacement(r, ['profiles', 'placement', placement], profile, spec, options)
  return spec
}

function importCompute (r: FieldReader, at: string[], spec: DraftSpec): void {
  if (r.get(at) === undefined) { r.needed(at, 'the compute profile'); return }
  const res = [...at, 'resources']
  const resources: NonNullable<DraftSpec['resources']> = {}
  const cpu = r.get([...res, 'cpu', 'units'])
  if (cpu !== undefined) {
    const cores = cpuToCores(cpu)
    if (cores === undefined) r.unsupported([...res, 'cpu', 'units'], `"${String(cpu)}" is not a CPU amount`)
    else { resources.cpuCores = cores; r.mapped([...res, 'cpu', 'units'], `resources.cpuCores: ${cores}${String(cores) !== String(cpu) ? ' (rounded up to whole cores)' : ''}`) }
  }
  if (r.get([...res, 'cpu', 'attributes']) !== undefined) r.unsupported([...res, 'cpu', 'attributes'], 'CPU attributes (architecture …) are not in offers')
  const mem = r.get([...res, 'memory', 'size'])
  if (mem !== undefined) {
    const mib = sizeToMiB(mem)
    if (mib === undefined) r.unsupported([...res, 'memory', 'size'], `"${String(mem)}" is not a size`)
    else { resources.memoryMiB = mib; r.mapped([...res, 'memory', 'size'], `resources.memoryMiB: ${mib}`) }
  }
  importStorage(r, [...res, 'storage'], resources)
  importGpu(r, [...res, 'gpu'], resources)
  if (Object.keys(resources).length > 0) spec.resources = resources
}

function importStorage (r: FieldReader, at: string[], resources: NonNullable<DraftSpec['resources']>): void {
  const value = r.get(at)
  if (value === undefined) return
  const volumes: Array<string | number>[] = Array.isArray(value) ? value.map((_, i) => [...at, i]) : [at]
  let disk = 0
  for (const v of volumes) {
    const size = sizeToMiB(r.get([...v, 'size']))
    const cls = r.get([...v, 'attributes', 'class'])
    if (cls === 'ram') {
      r.unsupported(v, 'a RAM volume (shm): not offered; the job\'s /tmp is memory-backed on the docker runtime')
      continue
    }
    if (size === undefined) { r.unsupported([...v, 'size'], 'not a size'); continue }
    disk += size
    r.mapped([...v, 'size'], 'added to resources.diskMiB')
    if (r.get([...v, 'name']) !== undefined) r.unsupported([...v, 'name'], 'named volumes: mounts are not supported; its size counts towards diskMiB')
    if (r.get([...v, 'attributes']) !== undefined) r.unsupported([...v, 'attributes'], 'persistent storage and storage classes are not offered: a job\'s disk lasts as long as the job')
  }
  if (disk > 0) resources.diskMiB = disk
}

function importGpu (r: FieldReader, at: string[], resources: NonNullable<DraftSpec['resources']>): void {
  const units = r.get([...at, 'units'])
  if (units === undefined) {
    r.unsupported(at, 'no GPU asked for: every gpumesh lease has at least one GPU, so the job asks for 1')
    return
  }
  const count = typeof units === 'number' ? units : Number(units)
  if (!Number.isInteger(count) || count < 0) { r.unsupported([...at, 'units'], `"${String(units)}" is not a GPU count`); return }
  if (count === 0) { r.unsupported([...at, 'units'], '0 GPUs: every gpumesh lease has at least one GPU'); return }
  const gpu: NonNullable<NonNullable<DraftSpec['resources']>['gpu']> = { count }
  r.mapped([...at, 'units'], `resources.gpu.count: ${count}`)
  const vendors = r.keys([...at, 'attributes', 'vendor'])
  for (const [vi, vendor] of vendors.entries()) {
    const vat = [...at, 'attributes', 'vendor', vendor]
    if (vi > 0) { r.unsupported(vat, `a second vendor: an order names one; ${vendors[0]} is used`); continue }
    if (vendor === 'nvidia' || vendor === 'amd') { gpu.vendor = vendor; r.mapped(vat, `resources.gpu.vendor: ${vendor}`) } else r.unsupported(vat, `vendor "${vendor}" is not one gpumesh offers (nvidia, amd)`)
    const models = r.get(vat)
    if (!Array.isArray(models)) continue
    models.forEach((_, mi) => {
      const mat = [...vat, mi]
      if (mi > 0) { r.unsupported(mat, `an alternative model: an order names one model pattern; the first (${String(r.get([...vat, 0, 'model']))}) is used, --model overrides it`); return }
      const model = r.get([...mat, 'model'])
      const iface = r.get([...mat, 'interface'])
      if (typeof model === 'string' && model !== '') {
        // Provider models are the names nvidia-smi reports ("NVIDIA A100-SXM4-80GB",
        // "NVIDIA A100 80GB PCIe"): Akash's short name and interface are substrings of them.
        gpu.model = `*${model}*${typeof iface === 'string' && iface !== '' ? `${iface}*` : ''}`
        r.mapped([...mat, 'model'], `resources.gpu.model: ${gpu.model}`)
        if (typeof iface === 'string') r.mapped([...mat, 'interface'], 'part of resources.gpu.model')
      }
      const ram = r.get([...mat, 'ram'])
      if (ram !== undefined) {
        const mib = sizeToMiB(ram)
        if (mib === undefined) r.unsupported([...mat, 'ram'], 'not a size')
        else { gpu.minVramMiB = mib; r.mapped([...mat, 'ram'], `resources.gpu.minVramMiB: ${mib}`) }
      }
    })
  }
  resources.gpu = gpu
}

function importPlacement (r: FieldReader, at: string[], profile: string, spec: DraftSpec, options: AkashImportOptions): void {
  if (r.get(at) === undefined) { r.needed(at, 'the placement profile'); return }
  const attrs = r.keys([...at, 'attributes'])
  const attributes: Record<string, string> = {}
  for (const key of attrs) {
    const value = r.get([...at, 'attributes', key])
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') { r.unsupported([...at, 'attributes', key], 'not a plain value'); continue }
    if (key === 'region') {
      spec.placement = { ...spec.placement, region: String(value) }
      r.mapped([...at, 'attributes', key], 'placement.region')
    } else {
      attributes[key] = String(value)
      r.mapped([...at, 'attributes', key], `placement.attributes.${key}`)
    }
  }
  if (Object.keys(attributes).length > 0) spec.placement = { ...spec.placement, attributes }
  if (r.get([...at, 'signedBy']) !== undefined) r.unsupported([...at, 'signedBy'], 'auditor signatures: gpumesh offers are signed by their provider only')

  const priceAt = [...at, 'pricing', profile]
  const denom = r.get([...priceAt, 'denom'])
  const amount = r.get([...priceAt, 'amount'])
  if (amount === undefined) return
  const rate = typeof denom === 'string' ? options.rates?.[denom] : undefined
  const units = /^[0-9]+(\.[0-9]+)?$/.test(String(amount)) ? Number(amount) : NaN
  if (rate === undefined || !Number.isFinite(units)) {
    r.unsupported(priceAt, `${String(amount)} ${String(denom)} per block: no rate for ${String(denom)} (give --rate ${String(denom)}=<micro-credits>); the spec has no price, so the default ceiling applies`)
    return
  }
  const gpus = spec.resources?.gpu?.count ?? 1
  // Akash prices the whole service (all its GPUs) per block; gpumesh prices a GPU-hour.
  const perHour = (BigInt(Math.ceil(units * 1e6)) * rate * BigInt(AKASH_BLOCKS_PER_HOUR)) / (1_000_000n * BigInt(gpus))
  spec.price = { maxPerGpuHour: perHour <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(perHour) : perHour.toString() }
  r.mapped(priceAt, `price.maxPerGpuHour: ${String(amount)} ${String(denom)}/block x ${AKASH_BLOCKS_PER_HOUR} blocks/h x ${rate} / ${gpus} GPU(s)`)
}

function strings (v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v]
  if (!Array.isArray(v)) return undefined
  return v.map(x => String(x))
}
