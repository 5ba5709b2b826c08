/**
 * Checking a provider's measured offer before trusting it: run the same versioned probe
 * there as a small paid job with our own nonce, and compare its figures with what the
 * offer signs for. The nonce ties the answer to this run (a canned answer from an
 * earlier probe does not echo it); the comparison allows for a busy host
 * (measurementShortfall: only figures under half the claim count).
 */
import { randomUUID } from 'node:crypto'
import { measurementShortfall, parseProbeOutput, probeCommand, type OfferMeasurement, type ProbeFigures } from '@gpumesh/protocol'
import { JobFailedError, NoMatchingProvidersError, ResultIntegrityError } from './errors.js'
import type { Job } from './job.js'
import type { OrderOptions, SubmitOptions } from './order-options.js'

export interface ProbeCheck {
  provider: string
  jobId: string
  nonce: string
  /** What its offer claims; undefined when it carries no figures. */
  claimed?: OfferMeasurement
  fresh: ProbeFigures
  /** Figures measured at under half the claim: the offer overstates them. */
  shortfall: Array<{ figure: string, claimed: number, measured: number }>
}

export interface ProbeCheckComponents {
  submit: (spec: { command: string[], timeoutS: number }, options: SubmitOptions) => Promise<Job>
  /** Every provider we know of, and the one probed's offer figures. */
  providers: () => string[]
  measured: (provider: string) => OfferMeasurement | undefined
}

export async function probeProvider (components: ProbeCheckComponents, provider: string, options: OrderOptions): Promise<ProbeCheck> {
  const known = components.providers()
  if (!known.includes(provider)) throw new NoMatchingProvidersError([{ provider, reasons: ['unknown provider'] }])
  const nonce = randomUUID()
  // Only this provider may take it: every other one we know is excluded, and with one to
  // ask (fanout 1) the order does not go out on the topic to providers we do not know.
  const job = await components.submit({ command: probeCommand(nonce), timeoutS: 60 }, { ...options, fanout: 1, exclude: new Set(known.filter(p => p !== provider)) })
  const lines: string[] = []
  for await (const u of job.events({ signal: options.signal })) if (u.type === 'log' && u.stream === 'stdout') lines.push(u.line)
  if (job.state !== 'succeeded') throw new JobFailedError(job.state, job.record.reason, job.record.exitCode)
  const fresh = parseProbeOutput(lines)
  if (fresh.nonce !== nonce) throw new ResultIntegrityError('probe: the figures do not echo our nonce')
  const claimed = components.measured(provider)
  return { provider, jobId: job.id, nonce, claimed, fresh, shortfall: claimed === undefined ? [] : measurementShortfall(claimed, fresh) }
}
