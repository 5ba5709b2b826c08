/** Commands on jobs already submitted: jobs, status, logs, cancel, renew, result. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { GpumeshClient } from '../../client.js'
import type { ClientJobRecord } from '../../client-store.js'
import type { Job } from '../../job.js'
import { positiveInt } from '../arguments.js'
import type { CliContext } from '../cli-context.js'
import type { ReceiptView } from '../ledger-view.js'
import { catchUp } from '../follow.js'
import { resolveJobId } from '../job-ids.js'
import { formatCredits, shortId, shortJobId, toJson } from '../output.js'

/** How long `cancel` waits for the provider to confirm. */
const CANCEL_TIMEOUT_MS = 30_000
/** How long `renew` waits for the provider's answer. */
const RENEW_TIMEOUT_MS = 30_000
/** How long `result` may take to download (results are up to the provider's cap, 1 GiB by default). */
const RESULT_TIMEOUT_MS = 10 * 60_000

export const JOB_ID_HELP = 'job id, or any unique prefix of it (as `gpumesh jobs` shows)'

/** The job a (possibly short) id names, from the local store. */
export async function jobFor (client: GpumeshClient, id: string): Promise<Job> {
  const records = await client.jobs()
  return await client.job(resolveJobId(records.map(r => r.id), id))
}

export function addJobCommands (program: Command, ctx: CliContext): void {
  program.command('jobs')
    .description('the jobs submitted from this data dir, newest first (local: no network)')
    .option('--limit <n>', 'show at most this many', positiveInt('--limit'), 20)
    .action(async (opts: { limit: number }) => {
      await ctx.withStore(async (store) => {
        const { formatJobs, jobView, receiptView } = await import('../ledger-view.js')
        const records = []
        for await (const r of store.jobs.values()) records.push(r)
        records.sort((a, b) => b.createdAtMs - a.createdAtMs)
        const receipts: ReceiptView[] = []
        for await (const r of store.receipts.values()) receipts.push(receiptView(r))
        const shown = records.slice(0, opts.limit)
        ctx.print(shown.map(r => jobView(r, receipts)), () => formatJobs(shown, receipts, ctx.out) + (records.length > shown.length ? `\n(${records.length - shown.length} older: --limit ${records.length})` : ''), toJson)
      })
    })

  program.command('status')
    .description('the state of a job (a running one: re-attaches to its provider to catch up)')
    .argument('<job>', JOB_ID_HELP)
    .action(async (id: string) => {
      const { jobView, receiptView } = await import('../ledger-view.js')
      const { isTerminal } = await import('@gpumesh/protocol')
      const show = (r: ClientJobRecord, receipts: ReceiptView[]): void => {
        const view = jobView(r, receipts)
        ctx.print(view, () => [
          `job      ${r.id}`,
          `state    ${ctx.out.state(r.state)}${r.reason !== '' ? ` (${r.reason})` : ''}${r.state === 'failed' && r.reason === 'exit-code' ? ` exit ${r.exitCode}` : ''}`,
          `cost     ${formatCredits(view.cost as bigint)} cr`,
          ...r.attempts.map(a => `attempt ${a.attempt}  provider ${shortId(a.provider)}  GPUs ${a.gpuIndices.join(',')}  ${formatCredits(BigInt(a.pricePerGpuHour))} cr/GPU-h  ${ctx.out.state(a.state)}`)
        ].join('\n'), toJson)
      }
      // A job that is over is all in the local store: answered from it, without the network.
      const over = await ctx.withStore(async (store) => {
        const ids: string[] = []
        for await (const key of store.jobs.keys()) ids.push(key)
        const record = await store.jobs.get(resolveJobId(ids, id))
        if (record === undefined || !isTerminal(record.state)) return undefined
        const receipts: ReceiptView[] = []
        for await (const e of store.receipts.values()) receipts.push(receiptView(e))
        return { record, receipts }
      })
      if (over !== undefined) { show(over.record, over.receipts); return }
      await ctx.withClient(async (client) => {
        const job = await jobFor(client, id)
        await catchUp(job)
        show(job.record, (await client.receipts()).map(receiptView))
      })
    })

  program.command('logs')
    .description('print a job\'s log lines')
    .argument('<job>', JOB_ID_HELP)
    .option('--follow', 'keep printing until the job ends', false)
    .action(async (id: string, opts: { follow: boolean }) => {
      await ctx.withClient(async (client, g) => {
        const job = await jobFor(client, id)
        if (!opts.follow) await catchUp(job)
        const ac = new AbortController()
        if (!opts.follow) ac.abort()
        const release = ctx.io.onInterrupt?.(() => { ac.abort() })
        try {
          for await (const u of job.events({ signal: ac.signal })) {
            if (u.type !== 'log') continue
            ctx.io.stdout(g.json ? `${toJson(u)}\n` : `${u.line}\n`)
          }
        } finally {
          release?.()
        }
      })
    })

  program.command('cancel')
    .description('stop a running job (you are billed for the time it ran)')
    .argument('<job>', JOB_ID_HELP)
    .action(async (id: string) => {
      await ctx.withClient(async (client) => {
        const job = await jobFor(client, id)
        if (!job.isOver) await job.cancel({ signal: AbortSignal.timeout(CANCEL_TIMEOUT_MS) })
        ctx.print({ jobId: job.id, state: job.state }, () => `${shortJobId(job.id)}  ${ctx.out.state(job.state)}`, toJson)
      })
    })

  program.command('renew')
    .description('lengthen a running service job\'s lease (a foreground `submit --service` renews it by itself)')
    .argument('<job>', JOB_ID_HELP)
    .option('--by <s>', 'seconds to add (default: the length the job was first leased for)', positiveInt('--by'))
    .action(async (id: string, opts: { by?: number }) => {
      await ctx.withClient(async (client) => {
        const job = await jobFor(client, id)
        const renewed = await job.renew({ ...(opts.by !== undefined ? { byS: opts.by } : {}), signal: AbortSignal.timeout(RENEW_TIMEOUT_MS) })
        ctx.print({ jobId: job.id, ...renewed }, () => `${shortJobId(job.id)}  lease ${renewed.maxDurationS} s in all, until ${new Date(renewed.endsAtMs).toISOString()}`, toJson)
      })
    })

  program.command('result')
    .description('download a finished job\'s result files, verified by sha256')
    .argument('<job>', JOB_ID_HELP)
    .option('--out <dir>', 'directory to write the files to (default: ./gpumesh-result-<short id>)')
    .action(async (id: string, opts: { out?: string }) => {
      await ctx.withClient(async (client) => {
        const job = await jobFor(client, id)
        const outDir = resolve(opts.out ?? `gpumesh-result-${shortJobId(job.id)}`)
        const result = await job.result({ outDir, signal: AbortSignal.timeout(RESULT_TIMEOUT_MS) })
        ctx.print({ ...result, outDir }, () => result.files.length === 0
          ? 'The job wrote no result files.'
          : [...result.files.map(f => `${f.path}  ${f.size} B  sha256 ${f.sha256}`), `${result.files.length} file(s), each checked against the signed receipt`].join('\n'), toJson)
      })
    })
}
