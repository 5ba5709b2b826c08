/**
 * Reading a job spec: YAML or JSON text (or an object the SDK was handed), checked
 * against schema/job-spec.v1.json with Ajv, every issue named by field and line.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { JobSpecError, type SpecIssue } from '../errors.js'
import { isJobSpecDocument, JOB_SPEC_API_VERSION, type JobSpecDocument } from './job-spec.js'
import { MAX_SPEC_FILE_BYTES, YamlSource, formatPath, type FieldPath } from './yaml-source.js'

/** The schema, as shipped in the package (src/spec/ and dist/spec/ are both two levels down). */
export function jobSpecSchema (): Record<string, unknown> {
  return createRequire(import.meta.url)('../../schema/job-spec.v1.json') as Record<string, unknown>
}

let compiled: ValidateFunction | undefined
function validator (): ValidateFunction {
  // strict: a typo in the schema itself fails here, not silently (strictRequired is off: the
  // input's oneOf names fields in `required` inside `not`, which is the point); allErrors:
  // report every field at once.
  compiled ??= new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(jobSpecSchema())
  return compiled
}

/** What each `oneOf` in the schema means, said once instead of as its branches' failures. */
const ONE_OF_MESSAGES: Record<string, string> = {
  // Inside a $ref Ajv reports the path from the referenced schema: $defs/input's is '#/oneOf'.
  '#/oneOf': 'an input has exactly one of path, content or url, and a url input also needs sha256 and size',
  '#/properties/price/properties/maxPerGpuHour/oneOf': 'must be a whole number of micro-credits (a string of digits past 2^53)'
}

/** A spec parsed from text, with positions for its issues. */
export function parseJobSpec (text: string, source = 'job spec'): JobSpecDocument {
  const yaml = YamlSource.parse(text, source)
  return checkJobSpec(yaml.value, source, yaml)
}

export async function readJobSpecFile (path: string, options: { signal?: AbortSignal } = {}): Promise<{ doc: unknown, source: YamlSource }> {
  const text = await readSpecText(path, options)
  const source = YamlSource.parse(text, path)
  return { doc: source.value, source }
}

/** Read a spec or import file, bounded; unreadable files are a JobSpecError naming the file. */
export async function readSpecText (path: string, options: { signal?: AbortSignal } = {}): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(path, { signal: options.signal ?? AbortSignal.timeout(10_000) })
  } catch (err) {
    throw new JobSpecError(path, [{ path: '', line: 0, column: 0, message: `cannot read it: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }], { cause: err })
  }
  if (bytes.length > MAX_SPEC_FILE_BYTES) throw new JobSpecError(path, [{ path: '', line: 0, column: 0, message: `larger than ${MAX_SPEC_FILE_BYTES} bytes` }])
  return bytes.toString('utf8')
}

/**
 * Check `value` against the schema; returns it typed, or throws JobSpecError listing
 * every issue (with lines when `yaml` holds the text it came from).
 */
export function checkJobSpec (value: unknown, source = 'job spec', yaml?: YamlSource): JobSpecDocument {
  const validate = validator()
  if (validate(value) && isJobSpecDocument(value)) return value
  const issues = toIssues(validate.errors ?? [], value, yaml)
  if (issues.length === 0) issues.push({ path: 'apiVersion', line: 0, column: 0, message: `must be "${JOB_SPEC_API_VERSION}"` })
  throw new JobSpecError(source, issues)
}

function toIssues (errors: ErrorObject[], value: unknown, yaml: YamlSource | undefined): SpecIssue[] {
  const oneOfs = errors.filter(e => e.keyword === 'oneOf')
  const out: SpecIssue[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    // A branch of a oneOf failing is not news: the oneOf's own error says what was meant.
    if (e.keyword !== 'oneOf' && oneOfs.some(o => e.schemaPath.startsWith(`${o.schemaPath}/`) && e.instancePath.startsWith(o.instancePath))) continue
    let path: FieldPath = pointerToPath(e.instancePath, value)
    let message = e.message ?? 'is invalid'
    let key = false
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty)
      path = [...path, extra]
      message = 'is not a field of this schema (not supported)'
      key = true
    } else if (e.keyword === 'required') {
      const missing = String((e.params as { missingProperty: string }).missingProperty)
      path = [...path, missing]
      message = 'is required'
    } else if (e.keyword === 'oneOf') {
      message = ONE_OF_MESSAGES[e.schemaPath] ?? message
    } else if (e.keyword === 'enum') {
      message = `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues).map(v => JSON.stringify(v)).join(', ')}`
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`
    } else if (e.keyword === 'propertyNames') {
      message = `has a bad key "${String((e.params as { propertyName: string }).propertyName).slice(0, 64)}"`
    } else if (e.keyword === 'pattern' && e.schemaPath.includes('sha256')) {
      message = 'must be 64 hex digits (a sha256)'
    } else if (e.keyword === 'pattern' && e.schemaPath.includes('fileName')) {
      message = 'must be a plain file name (no /, \\, control characters, . or ..)'
    }
    const id = `${formatPath(path)}\u0000${message}`
    if (seen.has(id)) continue
    seen.add(id)
    out.push(yaml !== undefined ? yaml.issue(path, message, { key }) : { path: formatPath(path), line: 0, column: 0, message })
  }
  // In file order, as an editor would walk them.
  return out.sort((a, b) => a.line - b.line || a.column - b.column)
}

/** A JSON pointer (`/inputs/0/url`) as path steps, indices as numbers where the value is an array. */
function pointerToPath (pointer: string, root: unknown): FieldPath {
  if (pointer === '') return []
  const steps: Array<string | number> = []
  let node: unknown = root
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node)) {
      const i = Number(step)
      steps.push(i)
      node = node[i]
    } else {
      steps.push(step)
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[step] : undefined
    }
  }
  return steps
}
