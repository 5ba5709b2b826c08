/**
 * From a checked job spec document to what `client.submit` takes: the workload (inputs
 * read from disk, hashes as bytes) and the order and submit options. Pure but for
 * reading local input files.
 */
import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { MAX_INPUT_BYTES, type InputFile, type WorkloadSpec } from '@gpumesh/protocol'
import { JobSpecError, type SpecIssue } from '../errors.js'
import type { SubmitOptions } from '../order-options.js'
import type { JobSpecDocument } from './job-spec.js'

/** The default most a spec without `price` pays: 10 credits per GPU-hour, as the CLI's --max-price. */
export const DEFAULT_SPEC_MAX_PRICE = 10_000_000n

export interface Submission {
  workload: Partial<WorkloadSpec>
  options: SubmitOptions
  /** `outputs.dir`, resolved against the spec's dir. */
  outDir?: string
}

export interface SubmissionContext {
  /** Where relative paths (inputs, outputs.dir) start: the spec file's dir. Default: the cwd. */
  baseDir?: string
  /** For issues: the file's name. */
  source?: string
  signal?: AbortSignal
}

export async function toSubmission (doc: JobSpecDocument, ctx: SubmissionContext = {}): Promise<Submission> {
  const baseDir = ctx.baseDir ?? process.cwd()
  const source = ctx.source ?? 'job spec'
  const issues: SpecIssue[] = []
  const inputs: InputFile[] = []
  let inline = 0
  for (const [i, input] of (doc.inputs ?? []).entries()) {
    if (input.url !== undefined) {
      inputs.push({ name: input.name, content: new Uint8Array(0), url: input.url, sha256: Buffer.from(input.sha256 ?? '', 'hex'), size: input.size ?? 0 })
      continue
    }
    let content: Uint8Array
    if (input.content !== undefined) {
      content = new TextEncoder().encode(input.content)
    } else {
      const path = isAbsolute(input.path ?? '') ? input.path ?? '' : resolve(baseDir, input.path ?? '')
      try {
        content = new Uint8Array(await readFile(path, { signal: ctx.signal }))
      } catch (err) {
        issues.push({ path: `inputs[${i}].path`, line: 0, column: 0, message: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` })
        continue
      }
    }
    inline += content.length
    inputs.push({ name: input.name, content })
  }
  if (inline > MAX_INPUT_BYTES) issues.push({ path: 'inputs', line: 0, column: 0, message: `${inline} bytes inline, more than the ${MAX_INPUT_BYTES} a Submit carries: give larger inputs by url` })
  if (issues.length > 0) throw new JobSpecError(source, issues)

  const t = doc.timeouts ?? {}
  const workload: Partial<WorkloadSpec> = {
    runtime: doc.runtime ?? 'process',
    image: doc.image ?? '',
    command: doc.command,
    env: doc.env ?? {},
    inputs,
    network: doc.network ?? false,
    ...(t.jobS !== undefined ? { timeoutS: t.jobS } : {}),
    ...(t.preparingS !== undefined ? { preparingTimeoutS: t.preparingS } : {})
  }
  const r = doc.resources ?? {}
  const options: SubmitOptions = {
    gpu: { ...r.gpu },
    maxPricePerGpuHour: doc.price !== undefined ? BigInt(doc.price.maxPerGpuHour) : DEFAULT_SPEC_MAX_PRICE,
    runtime: doc.runtime ?? 'process',
    ...(doc.image !== undefined ? { image: doc.image } : {}),
    ...(r.cpuCores !== undefined ? { cpuCores: r.cpuCores } : {}),
    ...(r.memoryMiB !== undefined ? { memoryMiB: r.memoryMiB } : {}),
    ...(r.diskMiB !== undefined ? { diskMiB: r.diskMiB } : {}),
    ...(doc.placement?.region !== undefined ? { region: doc.placement.region } : {}),
    ...(doc.placement?.attributes !== undefined ? { attributes: { ...doc.placement.attributes } } : {}),
    // The lease must cover the job: without a maxDurationS, ask for what the job may take.
    ...(t.maxDurationS !== undefined ? { maxDurationS: t.maxDurationS } : t.jobS !== undefined ? { maxDurationS: t.jobS } : {}),
    ...(t.queueMs !== undefined ? { queueTimeoutMs: t.queueMs } : {}),
    ...(t.bidWindowMs !== undefined ? { bidWindowMs: t.bidWindowMs } : {}),
    ...(doc.retries !== undefined ? { retries: doc.retries } : {})
  }
  const outDir = doc.outputs?.dir === undefined ? undefined : isAbsolute(doc.outputs.dir) ? doc.outputs.dir : resolve(baseDir, doc.outputs.dir)
  return { workload, options, ...(outDir !== undefined ? { outDir } : {}) }
}
