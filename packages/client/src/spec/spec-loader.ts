/**
 * One entry for `gpumesh submit -f` and `gpumesh import`: read a file, tell which kind it
 * is (a gpumesh spec, an Akash SDL, a Bacalhau job), and give back a gpumesh spec draft
 * with the import's report.
 */
import { stringify } from 'yaml'
import { JobSpecError } from '../errors.js'
import { importAkash, type AkashImportOptions, type DraftSpec } from './import-akash.js'
import { importBacalhau } from './import-bacalhau.js'
import { isObject, type ImportReport } from './import-report.js'
import { isJobSpecDocument, type JobSpecDocument } from './job-spec.js'
import { checkJobSpec, readSpecText } from './spec-file.js'
import { YamlSource } from './yaml-source.js'

export type SpecFormat = 'gpumesh' | 'akash' | 'bacalhau'

export interface LoadedSpec {
  format: SpecFormat
  /** The draft for one job (Akash: the chosen service). */
  spec: DraftSpec
  /** Every spec the file holds (Akash: one per service). */
  specs: Array<{ service: string, spec: DraftSpec }>
  /** For imports: what mapped, what is not supported, what is still needed. */
  report?: ImportReport
  source: YamlSource
}

export interface LoadOptions extends AkashImportOptions {
  /** Read the file as this kind instead of guessing. */
  format?: SpecFormat
  signal?: AbortSignal
}

export function detectFormat (value: unknown): SpecFormat | undefined {
  if (isJobSpecDocument(value)) return 'gpumesh'
  if (!isObject(value)) return undefined
  if ('services' in value && 'deployment' in value) return 'akash'
  if (Object.keys(value).some(k => k.toLowerCase() === 'tasks')) return 'bacalhau'
  return undefined
}

export async function loadSpecFile (path: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  return parseSpecText(await readSpecText(path, options), path, options)
}

export function parseSpecText (text: string, sourceName: string, options: LoadOptions = {}): LoadedSpec {
  const source = YamlSource.parse(text, sourceName)
  const format = options.format ?? detectFormat(source.value)
  if (format === undefined) {
    throw new JobSpecError(sourceName, [source.issue([], 'not a gpumesh job spec (apiVersion: gpumesh/v1), an Akash SDL (services, deployment) or a Bacalhau job (Tasks)')])
  }
  if (format === 'gpumesh') {
    // A native spec is checked as written, with lines, before any flag touches it.
    const spec = checkJobSpec(source.value, sourceName, source)
    return { format, spec, specs: [{ service: spec.name ?? 'job', spec }], source }
  }
  const result = format === 'akash' ? importAkash(source, options) : importBacalhau(source)
  const first = result.specs[0]
  if (first === undefined) throw new JobSpecError(sourceName, [source.issue([], 'nothing to import')])
  return { format, spec: first.spec, specs: result.specs, report: result.report, source }
}

/** A draft made whole: the schema's checks, naming gpumesh fields (an import has no gpumesh lines). */
export function completeSpec (draft: DraftSpec, sourceName: string): JobSpecDocument {
  return checkJobSpec(draft, sourceName)
}

/** The spec as a file people read and edit: YAML, the report's needs as comments on top. */
export function formatSpec (specs: DraftSpec[], header: string[] = []): string {
  const comments = header.map(l => `# ${l}\n`).join('')
  return comments + specs.map(s => stringify(s, { lineWidth: 0 })).join('---\n')
}
