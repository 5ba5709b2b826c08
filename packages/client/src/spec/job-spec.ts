/**
 * The job spec document (`apiVersion: gpumesh/v1`, `kind: Job`): what `gpumesh submit -f`
 * reads and the SDK's `submit(spec)` accepts. Its schema is schema/job-spec.v1.json; these
 * types follow it field for field (docs/job-spec.md describes them).
 */

export const JOB_SPEC_API_VERSION = 'gpumesh/v1'

export interface JobSpecInput {
  /** A plain file name in the job's input/ dir. */
  name: string
  /** A local file, relative to the spec file's dir (or the caller's baseDir). */
  path?: string
  /** Inline text. */
  content?: string
  /** Fetched by the provider; needs sha256 and size. */
  url?: string
  sha256?: string
  size?: number
}

export interface JobSpecDocument {
  apiVersion: typeof JOB_SPEC_API_VERSION
  kind: 'Job'
  name?: string
  runtime?: 'process' | 'docker'
  image?: string
  command: string[]
  env?: Record<string, string>
  network?: boolean
  inputs?: JobSpecInput[]
  outputs?: { dir?: string }
  resources?: {
    gpu?: { count?: number, vendor?: 'nvidia' | 'amd', model?: string, minVramMiB?: number }
    cpuCores?: number
    memoryMiB?: number
    diskMiB?: number
  }
  placement?: { region?: string, attributes?: Record<string, string> }
  /** Micro-credits; a string holds values past 2^53. */
  price?: { maxPerGpuHour: number | string }
  timeouts?: { jobS?: number, maxDurationS?: number, preparingS?: number, queueMs?: number, bidWindowMs?: number }
  retries?: number
}

/** True for a value that claims to be a job spec document (validation is separate). */
export function isJobSpecDocument (value: unknown): value is JobSpecDocument {
  return typeof value === 'object' && value !== null && (value as { apiVersion?: unknown }).apiVersion === JOB_SPEC_API_VERSION
}
