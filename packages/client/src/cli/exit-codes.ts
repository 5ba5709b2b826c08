/** Exit codes of the `gpumesh` CLI: scripts branch on these. */
export const ExitCode = {
  ok: 0,
  /** Anything unexpected. */
  error: 1,
  /** Bad flags, arguments or spec. */
  usage: 2,
  /** No provider matches the order, or none bid. */
  noBids: 3,
  /** Every bid's provider rejected the lease. */
  leaseRejected: 4,
  /** The job ran and failed (non-zero exit, timeout, refused …). */
  failed: 5,
  cancelled: 6,
  /** The provider stopped answering and no retry was left. */
  lost: 7,
  /** A result file did not match its sha256. */
  integrity: 8,
  /** No such job in the local store. */
  notFound: 9,
  /** Could not reach the network (bootstrap peers unreachable). */
  unreachable: 10,
  /** `--verify`: the runs reached no majority result. */
  unverified: 11,
  /** Ctrl-C (128 + SIGINT), as shells expect; a job already running keeps running. */
  interrupted: 130
} as const

/** The exit code a typed error maps to. */
export function exitCodeFor (err: unknown): number {
  const name = (err as { name?: string })?.name ?? ''
  switch (name) {
    case 'NoMatchingProvidersError':
    case 'NoBidsError': return ExitCode.noBids
    case 'LeaseRejectedError': return ExitCode.leaseRejected
    case 'JobFailedError': {
      const state = (err as { state?: string }).state
      return state === 'cancelled' ? ExitCode.cancelled : state === 'lost' ? ExitCode.lost : ExitCode.failed
    }
    case 'JobRefusedError':
    case 'SessionRefusedError':
    case 'JobNotRunningError': return ExitCode.failed
    case 'ProviderLostError': return ExitCode.lost
    case 'ResultIntegrityError': return ExitCode.integrity
    case 'JobNotFoundError': return ExitCode.notFound
    case 'InvalidWorkloadSpecError':
    case 'JobSpecError':
    case 'UsageError': return ExitCode.usage
    case 'UnreachableError': return ExitCode.unreachable
    case 'VerificationFailedError': return ExitCode.unverified
    default: return ExitCode.error
  }
}

/** The exit code of a finished job's state. */
export function exitCodeForState (state: string): number {
  switch (state) {
    case 'succeeded': return ExitCode.ok
    case 'cancelled': return ExitCode.cancelled
    case 'lost':
    case 'preempted': return ExitCode.lost
    default: return ExitCode.failed
  }
}
