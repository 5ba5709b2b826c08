/**
 * `gpumesh submit`'s flags over a spec file: a flag given on the command line wins, then
 * the file, then the flag's default. Maps (env, attributes) merge key by key, `--input`
 * adds files (replacing one of the same name), a command after `--` replaces the file's.
 */
import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import type { DraftSpec } from '../spec/import-akash.js'
import { JOB_SPEC_API_VERSION, type JobSpecInput } from '../spec/job-spec.js'
import { keyValues, type OrderFlags } from './commands/market.js'

export interface SpecFlags extends OrderFlags {
  env: string[]
  input: string[]
  image?: string
  jobTimeout: number
  preparingTimeout?: number
  retries: number
  bidWindow: number
  queueTimeout: number
  network?: boolean
  out?: string
}

/** The draft `file` (or none) with `opts` applied; `cwd` resolves --input and --out. */
export function applySpecFlags (file: DraftSpec | undefined, command: string[], opts: SpecFlags, cmd: Command, cwd: string): DraftSpec {
  const given = (key: keyof SpecFlags): boolean => cmd.getOptionValueSource(key) === 'cli' || cmd.getOptionValueSource(key) === 'env'
  /** The flag when given, else the file's value, else the flag's default (when it has one). */
  const pick = <T>(key: keyof SpecFlags, fromFile: T | undefined, flag: T | undefined): T | undefined => given(key) ? flag : fromFile ?? flag

  const spec: DraftSpec = file !== undefined ? structuredClone(file) : { apiVersion: JOB_SPEC_API_VERSION, kind: 'Job' }
  if (command.length > 0) spec.command = command
  spec.runtime = pick('runtime', spec.runtime, opts.runtime as 'process' | 'docker')
  const image = pick('image', spec.image, opts.image)
  if (image !== undefined && image !== '') spec.image = image
  if (opts.env.length > 0) spec.env = { ...spec.env, ...keyValues(opts.env, '--env') }
  if (given('network')) spec.network = opts.network === true

  if (opts.input.length > 0) {
    const added: JobSpecInput[] = opts.input.map(f => ({ name: basename(f), path: resolve(cwd, f) }))
    spec.inputs = [...(spec.inputs ?? []).filter(i => !added.some(a => a.name === i.name)), ...added]
  }
  if (given('out') && opts.out !== undefined) spec.outputs = { ...spec.outputs, dir: resolve(cwd, opts.out) }

  const r = spec.resources ?? {}
  const gpu = { ...r.gpu }
  gpu.count = pick('gpus', gpu.count, opts.gpus)
  const model = pick('model', gpu.model, opts.model)
  if (model !== undefined) gpu.model = model
  const vendor = pick('vendor', gpu.vendor, opts.vendor as 'nvidia' | 'amd' | undefined)
  if (vendor !== undefined) gpu.vendor = vendor
  const vram = pick('minVram', gpu.minVramMiB, opts.minVram)
  if (vram !== undefined && vram > 0) gpu.minVramMiB = vram
  r.gpu = gpu
  if (given('cpus')) r.cpuCores = opts.cpus
  if (given('memory')) r.memoryMiB = opts.memory
  if (given('disk')) r.diskMiB = opts.disk
  spec.resources = r

  const region = pick('region', spec.placement?.region, opts.region)
  if (region !== undefined) spec.placement = { ...spec.placement, region }
  if (opts.attribute.length > 0) spec.placement = { ...spec.placement, attributes: { ...spec.placement?.attributes, ...keyValues(opts.attribute, '--attribute') } }

  const price = given('maxPrice') || spec.price === undefined ? opts.maxPrice : undefined
  if (price !== undefined) spec.price = { maxPerGpuHour: price <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(price) : price.toString() }

  const t = { ...spec.timeouts }
  t.jobS = pick('jobTimeout', t.jobS, opts.jobTimeout)
  // The lease must outlast the job: a file with a long job and no maxDurationS asks for its length.
  t.maxDurationS = given('maxDuration') ? opts.maxDuration : t.maxDurationS ?? Math.max(opts.maxDuration, t.jobS ?? 0)
  const preparing = pick('preparingTimeout', t.preparingS, opts.preparingTimeout)
  if (preparing !== undefined) t.preparingS = preparing
  t.queueMs = pick('queueTimeout', t.queueMs, opts.queueTimeout)
  t.bidWindowMs = pick('bidWindow', t.bidWindowMs, opts.bidWindow)
  spec.timeouts = t
  spec.retries = pick('retries', spec.retries, opts.retries)
  return spec
}
