/** `gpumesh submit`: run a workload, showing the job id first and everything after it. */
import { dirname, resolve } from 'node:path'
import type { Command } from 'commander'
import type { SubmitOptions } from '../../order-options.js'
import type { DraftSpec } from '../../spec/import-akash.js'
import type { ImportReport } from '../../spec/import-report.js'
import { completeSpec, loadSpecFile } from '../../spec/spec-loader.js'
import { toSubmission, type Submission } from '../../spec/spec-submission.js'
import { applySpecFlags, type SpecFlags } from '../spec-flags.js'
import type { Job } from '../../job.js'
import { UsageError } from '../../errors.js'
import { collect, intInRange, nonNegativeInt, positiveInt } from '../arguments.js'
import type { CliContext } from '../cli-context.js'
import { ExitCode } from '../exit-codes.js'
import { followJob } from '../follow.js'
import { shortId, shortJobId, toJson } from '../output.js'
import { StatusLine } from '../terminal.js'
import { keyValues, orderFlags } from './market.js'
import { runVerified, trustFlags, type TrustFlags } from './trust-flags.js'

interface SubmitFlags extends SpecFlags {
  file?: string
  sdlService?: string
  rate: string[]
  detach: boolean
  service: boolean
  renew: boolean
  port: number[]
}

const portArg = intInRange('--port', 1, 65535)
const collectPort = (value: string, previous: number[]): number[] => [...previous, portArg(value)]

export function addSubmitCommand (program: Command, ctx: CliContext): void {
  trustFlags(orderFlags(program.command('submit')))
    .description('run a workload: gpumesh submit [flags] -- CMD ARGS…, or gpumesh submit -f job.yaml [flags] (a gpumesh spec, an Akash SDL or a Bacalhau job; flags override the file)')
    .argument('[command...]', 'the program and its arguments (after --); replaces the file\'s command')
    .option('-f, --file <spec>', 'job spec file (YAML or JSON, schema job-spec.v1.json), Akash SDL or Bacalhau job')
    .option('--sdl-service <name>', 'Akash SDL with several services: the one to run')
    .option('--rate <denom=micro>', 'Akash pricing: micro-credits per unit of a denomination, e.g. uakt=2 (repeatable)', collect, [])
    .option('--env <KEY=VALUE>', 'environment variable (repeatable)', collect, [])
    .option('--input <file>', 'file to place in the job\'s input/ dir (repeatable)', collect, [])
    .option('--image <image>', 'container image (docker runtime)')
    .option('--network', 'ask for network access (the provider may refuse)')
    .option('--job-timeout <s>', 'wall-clock limit of the workload from running, seconds', positiveInt('--job-timeout'), 600)
    .option('--preparing-timeout <s>', 'limit of the preparing phase (inputs by url, image pull), seconds', positiveInt('--preparing-timeout'))
    .option('--retries <n>', 'resubmit to the next-best provider this many times if one is lost', nonNegativeInt('--retries'), 1)
    .option('--bid-window <ms>', 'how long to collect bids', positiveInt('--bid-window'), 300)
    .option('--queue-timeout <ms>', 'how long to wait for a busy provider to have room', nonNegativeInt('--queue-timeout'), 30_000)
    .option('--out <dir>', 'download the results here when the job succeeds')
    .option('--detach', 'print the job id once it runs, and exit', false)
    .option('--service', 'a service (notebook, server): runs until cancelled or its lease (--max-duration) ends, not --job-timeout; the lease is renewed while this command follows the job', false)
    .option('--no-renew', 'a service\'s lease is not renewed: it ends after --max-duration')
    .option('--port <port>', 'a TCP port the workload listens on, for `gpumesh port-forward` (repeatable)', collectPort, [])
    .action(async (command: string[], opts: SubmitFlags & TrustFlags, cmd: Command) => {
      const submission = await toSubmissionFromFlags(command, opts, cmd, ctx)
      const { options: fromSpec, outDir } = submission
      // A service job (issue 23): no natural end, ports reachable by port-forward.
      const workload = { ...submission.workload, ...(opts.service ? { service: true } : {}), ...(opts.port.length > 0 ? { ports: opts.port } : {}) }
      await ctx.withClient(async (client, g) => {
        const status = new StatusLine(ctx.io.stderr, !g.json && (ctx.io.isTTY?.stderr ?? false))
        // Ctrl-C: before a provider has the job, stop asking; after, say how to reach it.
        const interrupt = new AbortController()
        const release = ctx.io.onInterrupt?.(() => { interrupt.abort() })
        try {
          // The job's updates are followed from the moment it exists, so the id comes
          // first and the auction and any queueing show live, before submit returns.
          const logs: Array<{ stream: string, line: string }> = []
          const stopFollowing = new AbortController()
          let followed: Promise<number> | undefined
          const onJob = (job: Job): void => {
            if (opts.detach) return
            ctx.say(`${ctx.err.dim('job'.padEnd(8))} ${ctx.err.bold(job.id)}`)
            followed = followJob(job, ctx.io, ctx.err, { logs: true, json: g.json, collect: g.json ? logs : undefined, signal: AbortSignal.any([interrupt.signal, stopFollowing.signal]), status })
          }
          const options: SubmitOptions = { ...fromSpec, signal: interrupt.signal, onJob, strategy: opts.rank, renew: opts.renew }
          // --verify N: N replicas and a verdict (trust-flags.ts).
          if (opts.verify > 1) { await runVerified(client, workload, options, opts, ctx, g, outDir); return }
          if (opts.detach) status.set('finding a provider')
          let job: Job
          try {
            job = await client.submit(workload, options)
          } catch (err) {
            stopFollowing.abort()
            await followed
            status.clear()
            if (!interrupt.signal.aborted) throw err
            ctx.say('interrupted before any provider took the job: nothing runs, nothing is billed')
            ctx.setExit(ExitCode.interrupted)
            return
          }
          status.clear()
          if (opts.detach || followed === undefined) {
            ctx.print({ jobId: job.id, state: job.state }, () => job.id, toJson)
            return
          }
          const code = await followed
          if (interrupt.signal.aborted && !job.isOver) {
            const id = shortJobId(job.id)
            ctx.io.stderr([
              '',
              `job ${job.id} keeps running on ${shortId(job.attempt?.provider ?? '?')} (and is billed until it ends).`,
              `  follow it:  gpumesh logs --follow ${id}`,
              `  stop it:    gpumesh cancel ${id}`,
              // Nobody renews its lease now: say when it ends and how to keep it.
              ...(workload.service === true ? [`  its lease is no longer renewed: it ends after ${job.attempt?.leaseDurationS ?? '?'} s in all; keep it: gpumesh renew ${id}`] : []),
              ''
            ].join('\n'))
            if (g.json) ctx.io.stdout(`${toJson({ jobId: job.id, state: job.state, interrupted: true })}\n`)
            ctx.setExit(ExitCode.interrupted)
            return
          }
          if (outDir !== undefined && job.state === 'succeeded') {
            const result = await job.result({ outDir })
            if (!g.json) for (const f of result.files) ctx.io.stderr(`${ctx.err.dim('saved'.padEnd(8))} ${f.path}  ${f.size} B  sha256 ${f.sha256}\n`)
          }
          if (g.json) ctx.io.stdout(`${toJson({ jobId: job.id, state: job.state, reason: job.record.reason, exitCode: job.record.exitCode, attempts: job.record.attempts, logs, receipt: await job.receipt() })}\n`)
          ctx.setExit(code)
        } finally {
          status.clear()
          release?.()
        }
      }, { market: true })
    })
}

/** The spec file (if any) under the flags, checked against the schema, inputs read. */
async function toSubmissionFromFlags (command: string[], opts: SubmitFlags, cmd: Command, ctx: CliContext): Promise<Submission> {
  const cwd = process.cwd()
  if (opts.file === undefined && command.length === 0) throw new UsageError('submit: give the command after -- (gpumesh submit -- CMD ARGS…), or a spec file with -f')
  let draft: DraftSpec | undefined
  let baseDir = cwd
  if (opts.file !== undefined) {
    const loaded = await loadSpecFile(opts.file, { service: opts.sdlService, rates: rates(opts.rate) })
    if (loaded.specs.length > 1 && opts.sdlService === undefined) {
      throw new UsageError(`${opts.file} has ${loaded.specs.length} services (${loaded.specs.map(s => s.service).join(', ')}): pick one with --sdl-service`)
    }
    if (loaded.report !== undefined) sayReport(ctx, loaded.format, loaded.report)
    draft = loaded.spec
    baseDir = dirname(resolve(cwd, opts.file))
  }
  const source = opts.file ?? 'submit'
  const spec = completeSpec(applySpecFlags(draft, command, opts, cmd, cwd), source)
  return await toSubmission(spec, { baseDir, source })
}

/** An imported file's report, briefly, on stderr: what was left out is never silent. */
export function sayReport (ctx: CliContext, format: string, report: ImportReport): void {
  ctx.say(`${ctx.err.dim('import'.padEnd(8))} ${format}: ${report.mapped.length} fields mapped, ${report.unsupported.length} not supported, ${report.needed.length} needed`)
  for (const n of report.unsupported) ctx.say(`${ctx.err.dim('  skip')}   ${n.line > 0 ? `${n.line}:${n.column} ` : ''}${n.path}: ${n.detail}`)
  for (const n of report.needed) ctx.say(`${ctx.err.dim('  needs')}  ${n.line > 0 ? `${n.line}:${n.column} ` : ''}${n.path}: ${n.detail}`)
}

/** `--rate uakt=2`: micro-credits per unit of a denomination. */
export function rates (pairs: string[]): Record<string, bigint> {
  const out: Record<string, bigint> = {}
  for (const [denom, value] of Object.entries(keyValues(pairs, '--rate'))) {
    if (!/^[0-9]+$/.test(value)) throw new UsageError(`--rate ${denom}: "${value}" is not a whole number of micro-credits`)
    out[denom] = BigInt(value)
  }
  return out
}
