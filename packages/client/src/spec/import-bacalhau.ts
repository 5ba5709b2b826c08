/**
 * A Bacalhau `Job` (v1.x declarative spec: Type batch, one Task, docker engine) to a
 * gpumesh job spec. Keys match in any case, as Bacalhau's own decoder does (its docs
 * write both `Tasks` and `tasks`). The mapping table is in docs/job-spec.md.
 */
import { basename } from 'node:path'
import { JobSpecError } from '../errors.js'
import type { DraftSpec, ImportResult } from './import-akash.js'
import { FieldReader, cpuToCores, envList, isObject, sizeToMiB } from './import-report.js'
import { JOB_SPEC_API_VERSION, type JobSpecInput } from './job-spec.js'
import type { YamlSource } from './yaml-source.js'

/** Bacalhau job fields with no gpumesh meaning, and why. */
const JOB_UNSUPPORTED: Record<string, string> = {
  Namespace: 'namespaces: a gpumesh client\'s jobs are its own',
  Labels: 'labels are not sent to providers',
  Meta: 'metadata is not sent to providers',
  Priority: 'no job priorities: providers take jobs as they bid',
  ID: 'job ids are made by the client',
  Version: 'job versions are Bacalhau\'s own',
  Revision: 'job revisions are Bacalhau\'s own',
  State: 'job state is the provider\'s to report',
  CreateTime: 'set by Bacalhau',
  ModifyTime: 'set by Bacalhau'
}

export function importBacalhau (source: YamlSource): ImportResult {
  const r = new FieldReader(source, true)
  const root = r.root
  if (!isObject(root) || r.get(['Tasks']) === undefined) {
    throw new JobSpecError(source.source, [source.issue([], 'not a Bacalhau job: needs Type and Tasks')])
  }
  const spec: DraftSpec = { apiVersion: JOB_SPEC_API_VERSION, kind: 'Job' }
  const type = String(r.get(['Type']) ?? 'batch').toLowerCase()
  if (type !== 'batch') throw new JobSpecError(source.source, [source.issue(['Type'], `Type ${type}: only batch jobs run on gpumesh (service, daemon and ops jobs run on every node or forever)`)])
  r.mapped(['Type'], 'a job (batch)')
  const name = r.get(['Name'])
  if (typeof name === 'string' && name !== '') { spec.name = name; r.mapped(['Name'], 'name') }
  const count = r.get(['Count'])
  if (count !== undefined) {
    if (Number(count) === 1) r.mapped(['Count'], 'one job')
    else r.unsupported(['Count'], `Count ${String(count)}: a spec is one job; submit it ${String(count)} times`)
  }
  for (const [key, why] of Object.entries(JOB_UNSUPPORTED)) if (r.get([key]) !== undefined) r.unsupported([key], why)
  importConstraints(r, spec)

  const tasks = r.get(['Tasks'])
  if (!Array.isArray(tasks) || tasks.length === 0) throw new JobSpecError(source.source, [source.issue(r.resolve(['Tasks']), 'no tasks')])
  tasks.forEach((_, i) => { if (i > 0) r.unsupported(['Tasks', i], 'a second task: a gpumesh job runs one program (Bacalhau itself runs one task per job today)') })
  importTask(r, ['Tasks', 0], spec)
  return { specs: [{ service: spec.name ?? 'main', spec }], report: r.finish() }
}

function importConstraints (r: FieldReader, spec: DraftSpec): void {
  const list = r.get(['Constraints'])
  if (!Array.isArray(list)) return
  const attributes: Record<string, string> = {}
  list.forEach((_, i) => {
    const at = ['Constraints', i]
    const key = r.get([...at, 'Key'])
    const op = String(r.get([...at, 'Operator']) ?? '').toLowerCase()
    const values = r.get([...at, 'Values'])
    const value = Array.isArray(values) && values.length === 1 ? String(values[0]) : undefined
    // Offers carry exact attribute pairs: only "key equals one value" can be asked for.
    if (typeof key !== 'string' || value === undefined || !['=', '==', 'in'].includes(op)) {
      r.unsupported(at, `only "Key = one value" constraints map (operator ${op === '' ? 'missing' : op}); an order's attributes must all be in an offer`)
      return
    }
    if (key.toLowerCase() === 'region') { spec.placement = { ...spec.placement, region: value }; r.mapped(at, 'placement.region') } else { attributes[key] = value; r.mapped(at, `placement.attributes.${key}`) }
  })
  if (Object.keys(attributes).length > 0) spec.placement = { ...spec.placement, attributes }
}

function importTask (r: FieldReader, at: Array<string | number>, spec: DraftSpec): void {
  const taskName = r.get([...at, 'Name'])
  if (typeof taskName === 'string') {
    if (spec.name === undefined) { spec.name = taskName; r.mapped([...at, 'Name'], 'name') } else r.mapped([...at, 'Name'], 'the job\'s only task: its name is the job\'s')
  }
  const engine = [...at, 'Engine']
  const engineType = String(r.get([...engine, 'Type']) ?? '').toLowerCase()
  if (engineType !== 'docker') {
    r.unsupported([...engine], `engine "${engineType}": gpumesh runs docker images (runtime docker) or processes`)
  } else {
    spec.runtime = 'docker'
    r.mapped([...engine, 'Type'], 'runtime: docker')
    const params = [...engine, 'Params']
    const image = r.get([...params, 'Image'])
    if (typeof image === 'string' && image !== '') { spec.image = image; r.mapped([...params, 'Image'], 'image') } else r.needed([...params, 'Image'], 'an image')
    const entrypoint = strings(r.get([...params, 'Entrypoint']))
    const parameters = strings(r.get([...params, 'Parameters']))
    if (entrypoint !== undefined) {
      r.mapped([...params, 'Entrypoint'], 'command')
      if (parameters !== undefined) r.mapped([...params, 'Parameters'], 'command (after the entrypoint)')
      spec.command = [...entrypoint, ...(parameters ?? [])]
    } else if (parameters !== undefined) {
      // Docker runs Parameters as the whole argv when the image has no ENTRYPOINT (ubuntu,
      // busybox); gpumesh cannot read the image here, so the report says what was assumed.
      spec.command = parameters
      r.mapped([...params, 'Parameters'], 'command, assuming the image has no ENTRYPOINT (if it has one, give the whole argv after --)')
    } else {
      r.needed(params, 'a command: the task runs its image\'s entrypoint; give the whole argv after -- (gpumesh import bacalhau FILE -- PROGRAM ARGS…)')
    }
    const envValue = r.get([...params, 'EnvironmentVariables'])
    if (envValue !== undefined) {
      const { env, bad } = envList(envValue)
      spec.env = { ...spec.env, ...env }
      r.mapped([...params, 'EnvironmentVariables'], 'env')
      for (const i of bad) r.unsupported([...params, 'EnvironmentVariables', i], 'not KEY=VALUE')
    }
    if (r.get([...params, 'WorkingDirectory']) !== undefined) r.unsupported([...params, 'WorkingDirectory'], 'the job starts in its own work dir ($GPUMESH_INPUT_DIR and $GPUMESH_OUTPUT_DIR are beside it)')
  }
  const env = r.get([...at, 'Env'])
  if (isObject(env)) {
    for (const [k, v] of Object.entries(env)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') { spec.env = { ...spec.env, [k]: String(v) }; r.get([...at, 'Env', k]); r.mapped([...at, 'Env', k], `env.${k}`) } else r.unsupported([...at, 'Env', k], 'secret references are not supported: give the value')
    }
  }
  importResources(r, [...at, 'Resources'], spec)
  importInputs(r, [...at, 'InputSources'], spec)
  const results = r.get([...at, 'ResultPaths'])
  if (Array.isArray(results)) {
    results.forEach((_, i) => { r.unsupported([...at, 'ResultPaths', i], `results are what the job writes to its output/ dir ($GPUMESH_OUTPUT_DIR, /job/output in a container): write ${String(r.get([...at, 'ResultPaths', i, 'Path']))} there`) })
  }
  const publisher = String(r.get([...at, 'Publisher', 'Type']) ?? '').toLowerCase()
  if (publisher === 'local' || publisher === 'noop') r.mapped([...at, 'Publisher'], 'results come back to the client (gpumesh result)')
  else if (publisher !== '') r.unsupported([...at, 'Publisher'], `publisher "${publisher}": results come back to the client over the job stream, not to ${publisher}`)
  const t = [...at, 'Timeouts']
  const exec = r.get([...t, 'ExecutionTimeout'])
  const queue = r.get([...t, 'QueueTimeout'])
  const total = r.get([...t, 'TotalTimeout'])
  const timeouts: NonNullable<DraftSpec['timeouts']> = {}
  if (positive(exec)) { timeouts.jobS = Number(exec); r.mapped([...t, 'ExecutionTimeout'], 'timeouts.jobS') }
  if (positive(queue)) { timeouts.queueMs = Number(queue) * 1000; r.mapped([...t, 'QueueTimeout'], 'timeouts.queueMs') }
  if (positive(total)) { timeouts.maxDurationS = Number(total); r.mapped([...t, 'TotalTimeout'], 'timeouts.maxDurationS (the lease)') }
  if (Object.keys(timeouts).length > 0) spec.timeouts = timeouts
  const network = String(r.get([...at, 'Network', 'Type']) ?? '').toLowerCase()
  if (network === 'none' || network === '') {
    if (network !== '') r.mapped([...at, 'Network', 'Type'], 'network: false')
  } else {
    spec.network = true
    r.mapped([...at, 'Network', 'Type'], 'network: true (the provider may refuse it)')
    if (r.get([...at, 'Network', 'Domains']) !== undefined) r.unsupported([...at, 'Network', 'Domains'], 'domain allow-lists: a job has the network or not')
  }
}

function importResources (r: FieldReader, at: Array<string | number>, spec: DraftSpec): void {
  if (r.get(at) === undefined) return
  const resources: NonNullable<DraftSpec['resources']> = {}
  const cpu = r.get([...at, 'CPU'])
  if (cpu !== undefined && cpu !== '') {
    const cores = cpuToCores(cpu)
    if (cores === undefined) r.unsupported([...at, 'CPU'], 'not a CPU amount')
    else { resources.cpuCores = cores; r.mapped([...at, 'CPU'], `resources.cpuCores: ${cores}`) }
  }
  for (const [key, field] of [['Memory', 'memoryMiB'], ['Disk', 'diskMiB']] as const) {
    const v = r.get([...at, key])
    if (v === undefined || v === '') continue
    const mib = sizeToMiB(v)
    if (mib === undefined) r.unsupported([...at, key], 'not a size')
    else { resources[field] = mib; r.mapped([...at, key], `resources.${field}: ${mib}`) }
  }
  const gpu = r.get([...at, 'GPU'])
  if (gpu !== undefined && gpu !== '') {
    const n = Number(gpu)
    if (Number.isInteger(n) && n >= 1) { resources.gpu = { count: n }; r.mapped([...at, 'GPU'], `resources.gpu.count: ${n}`) } else r.unsupported([...at, 'GPU'], `${String(gpu)}: every gpumesh lease has at least one GPU`)
  }
  if (Object.keys(resources).length > 0) spec.resources = resources
}

function importInputs (r: FieldReader, at: Array<string | number>, spec: DraftSpec): void {
  const list = r.get(at)
  if (!Array.isArray(list)) return
  const inputs: JobSpecInput[] = []
  list.forEach((_, i) => {
    const src = [...at, i, 'Source']
    const type = String(r.get([...src, 'Type']) ?? '').toLowerCase()
    const target = r.get([...at, i, 'Target'])
    if (type !== 'urldownload') {
      r.unsupported([...at, i], `input source "${type}": only urlDownload (an http(s) URL) maps; s3, ipfs, local and inline sources are not fetched by providers`)
      return
    }
    const url = r.get([...src, 'Params', 'URL'])
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) { r.unsupported([...src, 'Params', 'URL'], 'not an http(s) URL'); return }
    const path = r.get([...src, 'Params', 'Path'])
    // A gpumesh input is one file in input/: named after where the task expected it.
    const fromTarget = typeof target === 'string' && target !== '' && !target.endsWith('/') && basename(target) !== '' ? basename(target) : undefined
    const name = (typeof path === 'string' && path !== '' ? basename(path) : undefined) ?? fromTarget ?? (basename(new URL(url).pathname) || `input-${i}`)
    inputs.push({ name, url })
    r.mapped([...src, 'Params', 'URL'], `inputs[${inputs.length - 1}].url (input/${name})`)
    if (typeof path === 'string') r.mapped([...src, 'Params', 'Path'], `inputs[${inputs.length - 1}].name: ${name}`)
    if (typeof target === 'string') r.mapped([...at, i, 'Target'], `input/${name}: the job finds it in $GPUMESH_INPUT_DIR (/job/input in a container), not at ${target}`)
    r.mapped([...src, 'Type'], 'an input by url')
    r.needed([...src, 'Params'], `inputs[${inputs.length - 1}].sha256 and .size: gpumesh checks every fetched byte (sha256sum and wc -c of the file)`)
    if (r.get([...at, i, 'Alias']) !== undefined) r.mapped([...at, i, 'Alias'], 'not needed: inputs are named by file')
  })
  if (inputs.length > 0) spec.inputs = inputs
}

function positive (v: unknown): boolean {
  const n = Number(v)
  return v !== undefined && Number.isInteger(n) && n > 0
}

function strings (v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v]
  if (!Array.isArray(v)) return undefined
  return v.map(x => String(x))
}
