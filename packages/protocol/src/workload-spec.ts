import { Limits, MAX_INPUT_BYTES, MAX_URL_INPUT_BYTES } from './constants.js'
import { InvalidWorkloadSpecError } from './errors.js'
import { checkBytes, checkCount, checkRange, checkSafeUint, checkString, checkStringMap, checkWireMap, decodeWire, encodeWire } from './fields.js'
import { pb } from './pb.js'

export interface InputFile {
  /** A plain file name: written to the job's `input/` dir. */
  name: string
  /** Inline bytes; empty for an input by URL. */
  content: Uint8Array
  /** http(s) URL the provider fetches while the job is `preparing` (and caches by sha256). */
  url?: string
  /** Required with `url`: 32 bytes the body must hash to. */
  sha256?: Uint8Array
  /** Required with `url`: the body's exact length in bytes. */
  size?: number
}

/** True for an input the provider fetches rather than one carried in the Submit. */
export function isUrlInput (file: InputFile): file is InputFile & { url: string, sha256: Uint8Array, size: number } {
  return file.url !== undefined && file.url !== ''
}

/** What to run, how, and with what. */
export interface WorkloadSpec {
  runtime: string
  /** Docker image; required by the docker runtime, ignored by process. */
  image: string
  command: string[]
  env: Record<string, string>
  inputs: InputFile[]
  timeoutS: number
  /** Ask for network access; the provider's policy may refuse it. */
  network: boolean
  /**
   * Limit of the preparing phase (url inputs, image pull), seconds; 0 or absent: the
   * provider's default. Optional so a spec written before it still type-checks.
   */
  preparingTimeoutS?: number
  /**
   * A service (a notebook, an inference server): no natural end, it runs until cancelled
   * or its lease's duration is up; `timeoutS` does not stop it. Optional, as `ports`:
   * absent is false / none (validateWorkloadSpec and the decoder fill both in).
   */
  service?: boolean
  /** TCP ports the workload listens on (its loopback), reachable over `/gpumesh/forward`. */
  ports?: number[]
}

export const KNOWN_RUNTIMES = ['process', 'docker'] as const
export type RuntimeName = typeof KNOWN_RUNTIMES[number]

export interface WorkloadSpecLimits {
  runtimes?: readonly string[]
  maxCommandArgs?: number
  maxCommandChars?: number
  maxEnvVars?: number
  maxInputBytes?: number
  minTimeoutS?: number
  maxTimeoutS?: number
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const CONTROL = /[\u0000-\u001f\u007f]/

/** True for a name that is safe to join to a directory: no separators, no dot names. */
export function isPlainFileName (name: string): boolean {
  return name.length > 0 && name.length <= Limits.fileNameChars && name !== '.' && name !== '..' &&
    !name.includes('/') && !name.includes('\\') && !CONTROL.test(name)
}

/**
 * Fill defaults and check every rule; throws InvalidWorkloadSpecError naming the field.
 * Runs before anything is leased or started.
 */
export function validateWorkloadSpec (input: Partial<WorkloadSpec>, limits: WorkloadSpecLimits = {}): WorkloadSpec {
  const runtimes = limits.runtimes ?? KNOWN_RUNTIMES
  const spec: WorkloadSpec = {
    runtime: input.runtime ?? 'process',
    image: input.image ?? '',
    command: input.command ?? [],
    env: input.env ?? {},
    inputs: input.inputs ?? [],
    timeoutS: input.timeoutS ?? 3600,
    network: input.network ?? false,
    ...(input.preparingTimeoutS !== undefined && input.preparingTimeoutS !== 0 ? { preparingTimeoutS: input.preparingTimeoutS } : {}),
    service: input.service ?? false,
    ports: input.ports ?? []
  }
  if (!runtimes.includes(spec.runtime)) {
    throw new InvalidWorkloadSpecError('runtime', `unknown runtime "${spec.runtime.slice(0, 32)}" (expected ${runtimes.join(' or ')})`)
  }
  if (spec.runtime === 'docker' && spec.image.length === 0) throw new InvalidWorkloadSpecError('image', 'required by the docker runtime')
  if (spec.image.length > Limits.shortStringChars) throw new InvalidWorkloadSpecError('image', `longer than ${Limits.shortStringChars} characters`)
  if (!Array.isArray(spec.command) || spec.command.length === 0) throw new InvalidWorkloadSpecError('command', 'empty')
  const maxArgs = limits.maxCommandArgs ?? Limits.commandArgs
  if (spec.command.length > maxArgs) throw new InvalidWorkloadSpecError('command', `more than ${maxArgs} arguments`)
  if (typeof spec.command[0] !== 'string' || spec.command[0].trim().length === 0) throw new InvalidWorkloadSpecError('command[0]', 'empty program')
  let chars = 0
  spec.command.forEach((arg, i) => {
    if (typeof arg !== 'string') throw new InvalidWorkloadSpecError(`command[${i}]`, 'not a string')
    if (arg.includes('\u0000')) throw new InvalidWorkloadSpecError(`command[${i}]`, 'contains a NUL byte')
    chars += arg.length
  })
  const maxChars = limits.maxCommandChars ?? Limits.commandChars
  if (chars > maxChars) throw new InvalidWorkloadSpecError('command', `longer than ${maxChars} characters`)

  const envEntries = Object.entries(spec.env)
  const maxEnv = limits.maxEnvVars ?? Limits.envVars
  if (envEntries.length > maxEnv) throw new InvalidWorkloadSpecError('env', `more than ${maxEnv} variables`)
  for (const [name, value] of envEntries) {
    if (!ENV_NAME.test(name)) throw new InvalidWorkloadSpecError(`env.${name.slice(0, 32)}`, 'not a valid variable name')
    if (typeof value !== 'string') throw new InvalidWorkloadSpecError(`env.${name}`, 'not a string')
    if (value.includes('\u0000')) throw new InvalidWorkloadSpecError(`env.${name}`, 'contains a NUL byte')
    if (value.length > Limits.envValueChars) throw new InvalidWorkloadSpecError(`env.${name}`, `longer than ${Limits.envValueChars} characters`)
  }

  if (spec.inputs.length > Limits.inputFiles) throw new InvalidWorkloadSpecError('inputs', `more than ${Limits.inputFiles} files`)
  const maxInput = limits.maxInputBytes ?? MAX_INPUT_BYTES
  let total = 0
  const names = new Set<string>()
  spec.inputs.forEach((file, i) => {
    if (!isPlainFileName(file.name)) throw new InvalidWorkloadSpecError(`inputs[${i}].name`, 'not a plain file name')
    if (names.has(file.name)) throw new InvalidWorkloadSpecError(`inputs[${i}].name`, `duplicate name "${file.name}"`)
    names.add(file.name)
    if (isUrlInput(file)) checkUrlInput(file, i)
    total += file.content.length
  })
  if (total > maxInput) throw new InvalidWorkloadSpecError('inputs', `${total} bytes, more than the ${maxInput} allowed`)

  if (!Array.isArray(spec.ports) || spec.ports.length > Limits.ports) throw new InvalidWorkloadSpecError('ports', `more than ${Limits.ports} ports`)
  const ports = new Set<number>()
  spec.ports.forEach((port, i) => {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidWorkloadSpecError(`ports[${i}]`, `${String(port).slice(0, 16)} is not a TCP port (1..65535)`)
    if (ports.has(port)) throw new InvalidWorkloadSpecError(`ports[${i}]`, `duplicate port ${port}`)
    ports.add(port)
  })
  if (typeof spec.service !== 'boolean') throw new InvalidWorkloadSpecError('service', 'not a boolean')

  const minT = limits.minTimeoutS ?? Limits.minTimeoutS
  const maxT = limits.maxTimeoutS ?? Limits.maxTimeoutS
  if (!Number.isInteger(spec.timeoutS) || spec.timeoutS < minT || spec.timeoutS > maxT) {
    throw new InvalidWorkloadSpecError('timeoutS', `${spec.timeoutS} is outside ${minT}..${maxT} seconds`)
  }
  const preparing = spec.preparingTimeoutS ?? 0
  if (!Number.isInteger(preparing) || preparing < 0 || preparing > Limits.maxPreparingTimeoutS) {
    throw new InvalidWorkloadSpecError('preparingTimeoutS', `${preparing} is outside 0..${Limits.maxPreparingTimeoutS} seconds`)
  }
  return spec
}

/** The rules of an input by URL: http(s) only, no credentials in it, a sha256 and a size. */
function checkUrlInput (file: InputFile & { url: string }, i: number): void {
  const at = `inputs[${i}]`
  if (file.url.length > Limits.urlChars) throw new InvalidWorkloadSpecError(`${at}.url`, `longer than ${Limits.urlChars} characters`)
  let url: URL
  try {
    url = new URL(file.url)
  } catch {
    throw new InvalidWorkloadSpecError(`${at}.url`, 'not a URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidWorkloadSpecError(`${at}.url`, `${url.protocol} is not http: or https:`)
  // Credentials would be stored and shown by the provider: refuse them rather than leak them.
  if (url.username !== '' || url.password !== '') throw new InvalidWorkloadSpecError(`${at}.url`, 'carries credentials')
  if (file.content.length > 0) throw new InvalidWorkloadSpecError(`${at}.content`, 'an input by url carries no content')
  if (file.sha256?.length !== 32) throw new InvalidWorkloadSpecError(`${at}.sha256`, 'an input by url needs its sha256 (32 bytes)')
  if (file.size === undefined || !Number.isSafeInteger(file.size) || file.size < 0 || file.size > MAX_URL_INPUT_BYTES) {
    throw new InvalidWorkloadSpecError(`${at}.size`, `an input by url needs its size in bytes, 0..${MAX_URL_INPUT_BYTES}`)
  }
}

export function toWireWorkloadSpec (spec: WorkloadSpec): InstanceType<typeof pb.WorkloadSpec> {
  return pb.WorkloadSpec.create({ ...spec, env: checkWireMap(spec.env, 'env'), inputs: spec.inputs.map(f => pb.InputFile.create(f)) })
}

/** Decode the wire form; shape checks only. Call validateWorkloadSpec for the rules. */
export function fromWireWorkloadSpec (m: pb.IWorkloadSpec | null | undefined): WorkloadSpec {
  const s = m ?? pb.WorkloadSpec.create()
  const preparingTimeoutS = checkRange(s.preparingTimeoutS, 'spec.preparingTimeoutS', 0, 0xffffffff)
  return {
    runtime: checkString(s.runtime, 'spec.runtime', Limits.shortStringChars, false),
    image: checkString(s.image, 'spec.image', Limits.shortStringChars, false),
    command: checkCount(s.command, 'spec.command', Limits.commandArgs).map((a, i) => checkString(a, `spec.command[${i}]`, Limits.commandChars, false)),
    env: checkStringMap(s.env, 'spec.env', Limits.envVars, Limits.envValueChars),
    inputs: checkCount(s.inputs, 'spec.inputs', Limits.inputFiles).map((f, i) => {
      const file: InputFile = {
        name: checkString(f.name, `spec.inputs[${i}].name`, Limits.fileNameChars),
        content: checkBytes(f.content, `spec.inputs[${i}].content`, MAX_INPUT_BYTES)
      }
      const url = checkString(f.url, `spec.inputs[${i}].url`, Limits.urlChars, false)
      if (url === '') return file
      return { ...file, url, sha256: checkBytes(f.sha256, `spec.inputs[${i}].sha256`, 32, 32), size: checkSafeUint(f.size, `spec.inputs[${i}].size`) }
    }),
    timeoutS: checkRange(s.timeoutS, 'spec.timeoutS', 0, 0xffffffff),
    network: s.network === true,
    ...(preparingTimeoutS !== 0 ? { preparingTimeoutS } : {}),
    service: s.service === true,
    ports: checkCount(s.ports, 'spec.ports', Limits.ports).map((p, i) => checkRange(p, `spec.ports[${i}]`, 1, 65535))
  }
}

export function encodeWorkloadSpec (spec: WorkloadSpec): Uint8Array {
  return encodeWire(pb.WorkloadSpec, toWireWorkloadSpec(spec))
}

export function decodeWorkloadSpec (bytes: Uint8Array): WorkloadSpec {
  return fromWireWorkloadSpec(decodeWire(pb.WorkloadSpec, bytes, 'WorkloadSpec'))
}
