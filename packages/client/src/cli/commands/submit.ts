/** `gpumesh submit`: run a workload, showing the job id first and everything after it. */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Command } from 'commander'
import type { WorkloadSpec } from '@gpumesh/protocol'
import type { SubmitOptions } from '../../order-options.js'
import type { Job } from '../../job.js'
import { UsageError } from '../../errors.js'
import { collect, intInRange, nonNegativeInt, positiveInt } from '../arguments.js'
import type { CliContext } from '../cli-context.js'
import { ExitCode } from '../exit-codes.js'
import { followJob } from '../follow.js'
import { shortId, shortJobId, toJson } from '../output.js'
import { StatusLine } from '../terminal.js'
import { orderFlags, toOrderOptions, type OrderFlags } from './market.js'

interface SubmitFlags {
  env: string[]
  input: string[]
  image?: string
  jobTimeout: number
  retries: number
  bidWindow: number
  queueTimeout: number
  out?: string
  detach: boolean
  service: boolean
  port: number[]
}

const portArg = intInRange('--port', 1, 65535)
const collectPort = (value: string, previous: number[]): number[] => [...previous, portArg(value)]

export function addSubmitCommand (program: Command, ctx: CliContext): void {
  orderFlags(program.command('submit'))
    .description('run a workload: gpumesh submit [flags] -- CMD ARGS…')
    .argument('<command...>', 'the program and its arguments (after --)')
    .option('--env <KEY=VALUE>', 'environment variable (repeatable)', collect, [])
    .option('--input <file>', 'file to place in the job\'s input/ dir (repeatable)', collect, [])
    .option('--image <image>', 'container image (docker runtime)')
    .option('--job-timeout <s>', 'wall-clock limit of the workload, seconds', positiveInt('--job-timeout'), 600)
    .option('--retries <n>', 'resubmit to the next-best provider this many times if one is lost', nonNegativeInt('--retries'), 1)
    .option('--bid-window <ms>', 'how long to collect bids', positiveInt('--bid-window'), 300)
    .option('--queue-timeout <ms>', 'how long to wait for a busy provider to have room', nonNegativeInt('--queue-timeout'), 30_000)
    .option('--out <dir>', 'download the results here when the job succeeds')
    .option('--detach', 'print the job id once it runs, and exit', false)
    .option('--service', 'a service (notebook, server): runs until cancelled or --max-duration, not --job-timeout', false)
    .option('--port <port>', 'a TCP port the workload listens on, for `gpumesh port-forward` (repeatable)', collectPort, [])
    .action(async (command: string[], opts: OrderFlags & SubmitFlags) => {
      const spec = await toSpec(command, opts)
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
          const options: SubmitOptions = { ...toOrderOptions(opts), retries: opts.retries, bidWindowMs: opts.bidWindow, queueTimeoutMs: opts.queueTimeout, signal: interrupt.signal, onJob }
          if (opts.detach) status.set('finding a provider')
          let job: Job
          try {
            job = await client.submit(spec, options)
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
              ''
            ].join('\n'))
            if (g.json) ctx.io.stdout(`${toJson({ jobId: job.id, state: job.state, interrupted: true })}\n`)
            ctx.setExit(ExitCode.interrupted)
            return
          }
          if (opts.out !== undefined && job.state === 'succeeded') {
            const result = await job.result({ outDir: opts.out })
            if (!g.json) for (const f of result.files) ctx.io.stderr(`${ctx.err.dim('saved'.padEnd(8))} ${opts.out}/${f.path}  ${f.size} B  sha256 ${f.sha256}\n`)
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

async function toSpec (command: string[], opts: SubmitFlags & OrderFlags): Promise<Partial<WorkloadSpec>> {
  const env: Record<string, string> = {}
  for (const kv of opts.env) {
    const i = kv.indexOf('=')
    if (i <= 0) throw new UsageError(`--env: "${kv}" is not KEY=VALUE`)
    env[kv.slice(0, i)] = kv.slice(i + 1)
  }
  const inputs = await Promise.all(opts.input.map(async f => {
    try {
      return { name: basename(f), content: new Uint8Array(await readFile(f)) }
    } catch (err) {
      throw new UsageError(`--input: cannot read ${f}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
    }
  }))
  return { runtime: opts.runtime, image: opts.image ?? '', command, env, inputs, timeoutS: opts.jobTimeout, service: opts.service, ports: opts.port }
}
