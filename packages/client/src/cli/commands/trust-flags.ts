/**
 * `gpumesh submit`'s trust flags, `--rank` and `--verify N`, and the verified run's
 * output: kept apart from submit.ts so the two grow separately.
 */
import { Option, type Command } from 'commander'
import type { WorkloadSpec } from '@gpumesh/protocol'
import type { GpumeshClient } from '../../client.js'
import type { SubmitOptions } from '../../order-options.js'
import type { RankStrategy } from '../../auction.js'
import { DEFAULT_RANK_STRATEGY } from '../../constants.js'
import { MAX_VERIFY_REPLICAS } from '../../verifier.js'
import { collect, intInRange } from '../arguments.js'
import type { CliContext, GlobalOptions } from '../cli-context.js'
import { ExitCode } from '../exit-codes.js'
import { shortId, toJson } from '../output.js'

export interface TrustFlags {
  rank: RankStrategy
  verify: number
  verifyOutput: string[]
}

export function trustFlags (cmd: Command): Command {
  return cmd
    .addOption(new Option('--rank <strategy>', 'how bids are ranked: reputation (price over reliability from your own jobs), price, latency, value (price per unit of the work the offer\'s probe measured)').choices(['reputation', 'price', 'latency', 'value']).default(DEFAULT_RANK_STRATEGY))
    .option('--verify <n>', `run on n distinct providers and compare their results; one more runs on disagreement (2-${MAX_VERIFY_REPLICAS}; 1 = no verification)`, intInRange('--verify', 1, MAX_VERIFY_REPLICAS), 1)
    .option('--verify-output <name>', 'with --verify: compare only this output file (repeatable; for jobs whose other outputs differ run to run)', collect, [])
}

/** `submit --verify N`: the replicas, the verdict, and the majority's results in `out`. */
export async function runVerified (client: GpumeshClient, spec: Partial<WorkloadSpec>, options: SubmitOptions, flags: TrustFlags, ctx: CliContext, g: GlobalOptions, out: string | undefined): Promise<void> {
  const run = await client.submitVerified(spec, { ...options, onJob: undefined, verify: { replicas: flags.verify, outputs: flags.verifyOutput } })
  ctx.say(`${ctx.err.dim('verify'.padEnd(8))} ${ctx.err.bold(run.id)}: ${flags.verify} runs on distinct providers`)
  for (const j of run.jobs) ctx.say(`${ctx.err.dim('run'.padEnd(8))} ${j.id} on ${shortId(j.attempt?.provider ?? '?')}`)
  const record = await run.done({ signal: options.signal })
  if (record.runs.length > flags.verify) ctx.say(`${ctx.err.dim('extra'.padEnd(8))} results disagreed: ran once more on ${shortId(record.runs.at(-1)?.provider ?? '?')}`)
  for (const r of record.runs) ctx.say(`${ctx.err.dim('result'.padEnd(8))} ${shortId(r.provider)} ${r.state} ${r.digest?.slice(0, 16) ?? '-'}${record.disagreeing.includes(r.provider) ? ctx.err.paint('red', ' disagrees: not countersigned') : ''}`)
  const verified = record.verdict === 'agreed' || record.verdict === 'majority'
  ctx.say(`${ctx.err.dim('verdict'.padEnd(8))} ${verified ? ctx.err.paint('green', `verified (${record.verdict})`) : ctx.err.paint('red', `not verified (${record.verdict})`)}`)
  if (verified && out !== undefined) {
    const result = await run.result({ outDir: out, signal: options.signal })
    if (!g.json) for (const f of result.files) ctx.io.stderr(`${ctx.err.dim('saved'.padEnd(8))} ${out}/${f.name}  ${f.size} B  sha256 ${f.sha256}\n`)
  }
  if (g.json) ctx.io.stdout(`${toJson({ verification: record })}\n`)
  ctx.setExit(verified ? ExitCode.ok : record.verdict === 'failed' ? ExitCode.failed : ExitCode.unverified)
}
