/** Following a job on the terminal: progress lines (stderr), its logs (stdout), a live status line. */
import type { Job } from '../job.js'
import type { JobUpdate } from '../job-update.js'
import type { CliIo } from './cli-context.js'
import { exitCodeForState } from './exit-codes.js'
import { formatCredits, shortId } from './output.js'
import { StatusLine, type Style } from './terminal.js'

/** `status`/`logs` catch up with a provider this long before the first update… */
const CATCH_UP_FIRST_MS = 1_500
/** …and stop once updates pause this long: the stored backlog has been replayed. */
const CATCH_UP_QUIET_MS = 500

export interface FollowOptions {
  /** Print the workload's log lines to stdout. */
  logs: boolean
  json: boolean
  /** Collect log lines (for --json output). */
  collect?: Array<{ stream: string, line: string }>
  signal?: AbortSignal
  status?: StatusLine
}

/** Print progress and logs until the job ends (or `signal`); returns the exit code. */
export async function followJob (job: Job, io: CliIo, style: Style, options: FollowOptions): Promise<number> {
  const status = options.status ?? new StatusLine(io.stderr, false)
  // Auctions per attempt: a second one means every capable provider was busy (queueing).
  const auctions = new Map<number, number>()
  let phase = phaseOf(job.state)
  try {
    for await (const u of job.events({ signal: options.signal })) {
      if (u.type === 'log') {
        if (options.collect !== undefined) options.collect.push({ stream: u.stream, line: u.line })
        if (u.stream === 'system' && u.line.startsWith('preparing:')) phase = 'preparing: image and inputs'
        if (!options.json && options.logs) {
          // The status line lives on stderr; clear it so a log line is never glued to it.
          status.clear()
          io.stdout(`${u.line}\n`)
        }
      } else if (!options.json) {
        const line = progressLine(u, style)
        if (line !== undefined) status.print(line)
      }
      if (u.type === 'state') phase = phaseOf(u.state)
      if (u.type === 'auction') {
        const n = (auctions.get(u.attempt) ?? 0) + 1
        auctions.set(u.attempt, n)
        if (n > 1) phase = `queued: capable providers are busy, asking again (round ${n})`
      }
      if (phase === undefined) status.clear()
      else status.set(phase)
    }
  } finally {
    status.clear()
  }
  return exitCodeForState(job.state)
}

/** The live line's text for a job in `state`; none once it is over. */
function phaseOf (state: string): string | undefined {
  switch (state) {
    case 'pending':
    case 'bidding': return 'collecting bids'
    case 'leased': return 'leased, starting'
    case 'running': return 'running'
    default: return undefined
  }
}

export function progressLine (u: JobUpdate, style: Style): string | undefined {
  const tag = (t: string): string => style.dim(t.padEnd(8))
  switch (u.type) {
    case 'auction': return `${tag('auction')} asked ${u.asked} provider(s)${u.broadcast ? ' + orders topic' : ''}`
    case 'bid': return `${tag('bid')} ${shortId(u.provider)}  ${formatCredits(u.pricePerGpuHour)} cr/GPU-h  ${u.gpuModels.join(', ')}  ${u.latencyMs.toFixed(1)} ms`
    case 'decline': return `${tag('decline')} ${shortId(u.provider)}  ${u.reasons.join(', ')}`
    case 'lease': return `${tag('lease')} ${shortId(u.provider)}  GPUs ${u.gpuIndices.join(',')}  ${formatCredits(u.pricePerGpuHour)} cr/GPU-h${u.path === 'relayed' ? `  via relay${u.relayLimits?.dataBytes !== undefined ? ` (limit ${u.relayLimits.dataBytes} B` + (u.relayLimits.durationS !== undefined ? `, ${u.relayLimits.durationS} s)` : ')') : ''}` : ''}`
    case 'lease-rejected': return `${tag('rejected')} ${shortId(u.provider)}  ${u.reason}`
    case 'state': return u.state === 'bidding' && u.attempt === 1 ? undefined : `${tag('state')} ${style.state(u.state)}${u.reason !== '' ? ` (${u.reason})` : ''}${u.state === 'failed' && u.reason === 'exit-code' ? ` exit ${u.exitCode}` : ''}`
    case 'preparing': return u.cached
      ? `${tag('input')} ${u.name}  ${u.bytesTotal} B  cached`
      : u.bytesDone === 0 || u.bytesDone === u.bytesTotal ? `${tag('input')} ${u.name}  ${u.bytesDone === 0 ? 'fetching' : 'fetched'} ${u.bytesTotal} B` : undefined
    case 'usage': return `${tag('usage')} ${(u.wallMs / 1000).toFixed(2)} s wall, ${(u.gpuMs / 1000).toFixed(2)} GPU-s`
    case 'result': return `${tag('result')} ${u.name}  ${u.size} B  sha256 ${u.sha256}`
    case 'receipt': return `${tag('receipt')} ${formatCredits(u.receipt.cost)} cr for ${(u.receipt.gpuMs / 1000).toFixed(2)} GPU-s  ${u.countersigned ? 'countersigned' : 'not countersigned'}`
    case 'lost': return `${tag('lost')} ${shortId(u.provider)}  ${u.reason}`
    default: return undefined
  }
}

/** Wait until the job is over, or no new update came for a moment (caught up). */
export async function catchUp (job: Job): Promise<void> {
  if (job.isOver) return
  const ac = new AbortController()
  let timer = setTimeout(() => { ac.abort() }, CATCH_UP_FIRST_MS)
  const updates = job.events({ signal: ac.signal })
  while (!(await updates.next()).done) {
    clearTimeout(timer)
    timer = setTimeout(() => { ac.abort() }, CATCH_UP_QUIET_MS)
  }
  clearTimeout(timer)
}
