/** Typed errors of the client SDK. Match on `.name` / `.code`, never on message text. */
import { GpumeshError, type GpumeshErrorOptions } from '@gpumesh/protocol/errors'

export interface ProviderReasons {
  provider: string
  reasons: string[]
}

/** Thrown when no known provider's offer matches the order; `reasons` says why, per provider. */
export class NoMatchingProvidersError extends GpumeshError {
  static override name = 'NoMatchingProvidersError'
  override readonly code = 'ERR_NO_MATCHING_PROVIDERS'
  readonly reasons: ProviderReasons[]
  constructor (reasons: ProviderReasons[], message?: string, options?: GpumeshErrorOptions) {
    super(message ?? (reasons.length === 0 ? 'No providers are known yet' : `No provider matches: ${reasons.map(r => `${r.provider.slice(-8)}: ${r.reasons.join(', ')}`).join('; ')}`), options)
    this.name = 'NoMatchingProvidersError'
    this.reasons = reasons
  }
}

/** Thrown when the bid window closed without a single bid; `reasons` holds the declines. */
export class NoBidsError extends GpumeshError {
  static override name = 'NoBidsError'
  override readonly code = 'ERR_NO_BIDS'
  readonly reasons: ProviderReasons[]
  constructor (reasons: ProviderReasons[], options?: GpumeshErrorOptions) {
    super(`No bids${reasons.length > 0 ? `: ${reasons.map(r => `${r.provider.slice(-8)}: ${r.reasons.join(', ')}`).join('; ')}` : ''}`, options)
    this.name = 'NoBidsError'
    this.reasons = reasons
  }
}

/** Thrown when every bid's provider refused to turn it into a lease. */
export class LeaseRejectedError extends GpumeshError {
  static override name = 'LeaseRejectedError'
  override readonly code = 'ERR_LEASE_REJECTED'
  readonly reasons: ProviderReasons[]
  constructor (reasons: ProviderReasons[], options?: GpumeshErrorOptions) {
    super(`Every lease request was rejected: ${reasons.map(r => `${r.provider.slice(-8)}: ${r.reasons.join(', ')}`).join('; ')}`, options)
    this.name = 'LeaseRejectedError'
    this.reasons = reasons
  }
}

/** Thrown by `job.result()` when the job ended failed or cancelled. */
export class JobFailedError extends GpumeshError {
  static override name = 'JobFailedError'
  override readonly code = 'ERR_JOB_FAILED'
  readonly state: string
  readonly reason: string
  readonly exitCode: number
  constructor (state: string, reason: string, exitCode: number, options?: GpumeshErrorOptions) {
    super(`Job ${state}${reason !== '' ? ` (${reason})` : ''}${state === 'failed' && reason === 'exit-code' ? `, exit code ${exitCode}` : ''}`, options)
    this.name = 'JobFailedError'
    this.state = state
    this.reason = reason
    this.exitCode = exitCode
  }
}

/** Thrown when the provider stopped answering and no retry was left. */
export class ProviderLostError extends GpumeshError {
  static override name = 'ProviderLostError'
  override readonly code = 'ERR_PROVIDER_LOST'
  readonly provider: string
  constructor (provider: string, message?: string, options?: GpumeshErrorOptions) {
    super(message ?? `Provider ${provider} stopped answering`, options)
    this.name = 'ProviderLostError'
    this.provider = provider
  }
}

/** Thrown when a result file's bytes do not match the sha256 the provider announced. */
export class ResultIntegrityError extends GpumeshError {
  static override name = 'ResultIntegrityError'
  override readonly code = 'ERR_RESULT_INTEGRITY'
  constructor (message = 'Result file does not match its sha256', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'ResultIntegrityError'
  }
}

/** Thrown when a job id is not in the local job store. */
export class JobNotFoundError extends GpumeshError {
  static override name = 'JobNotFoundError'
  override readonly code = 'ERR_JOB_NOT_FOUND'
  constructor (jobId: string, options?: GpumeshErrorOptions) {
    super(`No job ${jobId} in the local job store`, options)
    this.name = 'JobNotFoundError'
  }
}

/** Thrown when a provider refuses a job request (not the owner, invalid spec, policy …). */
export class JobRefusedError extends GpumeshError {
  static override name = 'JobRefusedError'
  override readonly code = 'ERR_JOB_REFUSED'
  readonly refusal: string
  readonly detail: string
  constructor (refusal: string, detail: string, options?: GpumeshErrorOptions) {
    super(`Provider refused: ${refusal}${detail !== '' ? `: ${detail}` : ''}`, options)
    this.name = 'JobRefusedError'
    this.refusal = refusal
    this.detail = detail
  }
}

/**
 * Thrown when a provider refuses a session into a job (port-forward or exec);
 * `refusal` is the code's short name: `not-owner`, `not-running`, `port-not-declared`,
 * `disabled`, `limit`, `unsupported`, `connect-failed`, `spawn-failed`, `unknown-job`,
 * `invalid-request`.
 */
export class SessionRefusedError extends GpumeshError {
  static override name = 'SessionRefusedError'
  override readonly code = 'ERR_SESSION_REFUSED'
  readonly kind: 'forward' | 'exec'
  readonly refusal: string
  readonly detail: string
  constructor (kind: 'forward' | 'exec', refusal: string, detail: string, options?: GpumeshErrorOptions) {
    super(`Provider refused the ${kind === 'forward' ? 'port-forward' : 'exec session'}: ${refusal}${detail !== '' ? `: ${detail}` : ''}`, options)
    this.name = 'SessionRefusedError'
    this.kind = kind
    this.refusal = refusal
    this.detail = detail
  }
}

/** Thrown by `job.forward()` / `job.exec()` when the job has no running attempt to open a session into. */
export class JobNotRunningError extends GpumeshError {
  static override name = 'JobNotRunningError'
  override readonly code = 'ERR_JOB_NOT_RUNNING'
  constructor (message = 'The job has no running attempt', options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'JobNotRunningError'
  }
}

/** Thrown for a bad flag or argument: exit code 2 with one line. */
export class UsageError extends GpumeshError {
  static override name = 'UsageError'
  override readonly code = 'ERR_USAGE'
  constructor (message: string, options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'UsageError'
  }
}

/** Thrown when no bootstrap peer answers. */
export class UnreachableError extends GpumeshError {
  static override name = 'UnreachableError'
  override readonly code = 'ERR_UNREACHABLE'
  constructor (message: string, options?: GpumeshErrorOptions) {
    super(message, options)
    this.name = 'UnreachableError'
  }
}

/** One problem in a spec or import file: where (field path, line and column from 1) and what. */
export interface SpecIssue {
  /** Dotted field path, e.g. `resources.gpu.count` or `inputs[2].sha256`; '' for the whole file. */
  path: string
  /** 1-based; 0 when the position is unknown (the SDK was handed an object, not text). */
  line: number
  column: number
  message: string
}

/**
 * Thrown when a job spec (or a file given to `gpumesh import`) does not parse or does not
 * follow its schema; `issues` names every field at fault with its line.
 */
export class JobSpecError extends GpumeshError {
  static override name = 'JobSpecError'
  override readonly code = 'ERR_INVALID_JOB_SPEC'
  readonly source: string
  readonly issues: SpecIssue[]
  constructor (source: string, issues: SpecIssue[], options?: GpumeshErrorOptions) {
    super(`${source}: ${issues.map(formatSpecIssue).join('; ')}`, options)
    this.name = 'JobSpecError'
    this.source = source
    this.issues = issues
  }
}

/** `12:5 resources.gpu.count: must be >= 1`: the line and column first, as compilers print them. */
export function formatSpecIssue (issue: SpecIssue): string {
  const at = issue.line > 0 ? `${issue.line}:${issue.column} ` : ''
  return `${at}${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`
}
/**
 * Thrown when a verified run reached no majority: after the extra run, no result tree
 * was produced by more than half the runs (or too few runs produced any). `runs` says
 * who produced what.
 */
export class VerificationFailedError extends GpumeshError {
  static override name = 'VerificationFailedError'
  override readonly code = 'ERR_VERIFICATION_FAILED'
  readonly runs: Array<{ provider: string, state: string, digest?: string }>
  constructor (runs: Array<{ provider: string, state: string, digest?: string }>, message?: string, options?: GpumeshErrorOptions) {
    super(message ?? `Verification failed: no result had a majority (${runs.map(r => `${r.provider.slice(-8)}: ${r.digest?.slice(0, 12) ?? r.state}`).join('; ')})`, options)
    this.name = 'VerificationFailedError'
    this.runs = runs
  }
}
