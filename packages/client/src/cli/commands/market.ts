/** `gpumesh providers` and `gpumesh quote`: what the market offers, before spending anything. */
import { Option, type Command } from 'commander'
import type { OrderOptions } from '../../order-options.js'
import { UsageError } from '../../errors.js'
import { collect, intInRange, microCredits, nonNegativeInt, positiveInt } from '../arguments.js'
import type { CliContext } from '../cli-context.js'
import { ExitCode } from '../exit-codes.js'
import { formatCredits, formatProviders, shortId, toJson } from '../output.js'
import { table } from '../terminal.js'

/** How long `providers --wait-for` waits at most. */
const WAIT_FOR_PROVIDERS_MS = 60_000
/** The default most you pay: 10 credits per GPU-hour. */
export const DEFAULT_MAX_PRICE = 10_000_000n

export interface OrderFlags {
  gpus: number
  model?: string
  vendor?: string
  minVram: number
  maxPrice: bigint
  maxDuration: number
  region?: string
  runtime: string
  cpus?: number
  memory?: number
  disk?: number
  attribute: string[]
}

/** The flags that describe what you want, shared by quote and submit. */
export function orderFlags (cmd: Command): Command {
  return cmd
    .option('--gpus <n>', 'GPUs on one provider (1-64)', intInRange('--gpus', 1, 64), 1)
    .option('--model <glob>', 'GPU model pattern, e.g. "*4090*"')
    .addOption(new Option('--vendor <vendor>', 'GPU vendor').choices(['nvidia', 'amd']))
    .option('--min-vram <mib>', 'minimum VRAM per GPU, MiB', nonNegativeInt('--min-vram'), 0)
    // A bigint default cannot go through commander's help (JSON.stringify), so it is described.
    .addOption(new Option('--max-price <micro>', 'most micro-credits per GPU-hour you will pay (1 credit = 1000000)').argParser(microCredits('--max-price')).default(DEFAULT_MAX_PRICE, `${DEFAULT_MAX_PRICE} = ${formatCredits(DEFAULT_MAX_PRICE)} credits`))
    .option('--max-duration <s>', 'longest the job may run, seconds', positiveInt('--max-duration'), 3600)
    .option('--region <region>', 'provider region, e.g. eu-west (any case)')
    .option('--attribute <key=value>', 'provider attribute the offer must carry (repeatable)', collect, [])
    .option('--cpus <n>', 'CPU cores', nonNegativeInt('--cpus'))
    .option('--memory <mib>', 'RAM, MiB', nonNegativeInt('--memory'))
    .option('--disk <mib>', 'disk, MiB', nonNegativeInt('--disk'))
    .addOption(new Option('--runtime <runtime>', 'how the provider runs it').choices(['process', 'docker']).default('process'))
}

export function toOrderOptions (o: OrderFlags): OrderOptions {
  return {
    gpu: { count: o.gpus, model: o.model, vendor: o.vendor, minVramMiB: o.minVram },
    maxPricePerGpuHour: o.maxPrice,
    maxDurationS: o.maxDuration,
    region: o.region,
    runtime: o.runtime,
    ...(o.cpus !== undefined ? { cpuCores: o.cpus } : {}),
    ...(o.memory !== undefined ? { memoryMiB: o.memory } : {}),
    ...(o.disk !== undefined ? { diskMiB: o.disk } : {}),
    ...(o.attribute.length > 0 ? { attributes: keyValues(o.attribute, '--attribute') } : {})
  }
}

/** `KEY=VALUE` flags as a map; a later key wins. */
export function keyValues (pairs: string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const kv of pairs) {
    const i = kv.indexOf('=')
    if (i <= 0) throw new UsageError(`${flag}: "${kv}" is not KEY=VALUE`)
    out[kv.slice(0, i)] = kv.slice(i + 1)
  }
  return out
}

export function addMarketCommands (program: Command, ctx: CliContext): void {
  program.command('providers')
    .description('list the providers whose offers are known, with GPUs, prices and regions')
    .option('--gpus <n>', 'only show whether each matches this many GPUs', positiveInt('--gpus'))
    .option('--model <glob>', 'GPU model pattern, e.g. "*H100*"')
    .option('--min-vram <mib>', 'minimum VRAM per GPU, MiB', nonNegativeInt('--min-vram'))
    .option('--wait-for <n>', `first wait (up to ${WAIT_FOR_PROVIDERS_MS / 1000} s) until offers of this many providers are known`, positiveInt('--wait-for'))
    .action(async (opts: { gpus?: number, model?: string, minVram?: number, waitFor?: number }) => {
      await ctx.withClient(async (client) => {
        if (opts.waitFor !== undefined) await client.waitForProviders(opts.waitFor, { signal: AbortSignal.timeout(WAIT_FOR_PROVIDERS_MS) })
        const filtered = opts.gpus !== undefined || opts.model !== undefined || opts.minVram !== undefined
        const list = client.providers(filtered ? { filter: { gpu: { count: opts.gpus ?? 1, model: opts.model, minVramMiB: opts.minVram }, maxPricePerGpuHour: (1n << 63n) } } : {})
        ctx.print(list, () => list.length === 0
          ? 'No providers known yet. Offers arrive every few seconds; try `gpumesh providers --wait-for 1`.'
          : formatProviders(list, ctx.out), toJson)
      }, { market: true })
    })

  program.command('probe')
    .description('check a provider\'s measured offer: run its probe there as a small paid job with your own nonce, and compare')
    .argument('<provider>', 'the provider\'s peer id, or the end of it as `gpumesh providers` shows it')
    .addOption(new Option('--max-price <micro>', 'most micro-credits per GPU-hour you will pay').argParser(microCredits('--max-price')).default(DEFAULT_MAX_PRICE, `${DEFAULT_MAX_PRICE}`))
    .action(async (who: string, opts: { maxPrice: bigint }) => {
      await ctx.withClient(async (client) => {
        const tail = who.replace(/^…/, '')
        const matches = client.providers().filter(p => p.provider === who || p.provider.endsWith(tail))
        if (matches.length !== 1) throw new UsageError(`${who}: ${matches.length === 0 ? 'no known provider' : 'more than one provider'} ends so`)
        const check = await client.probe(matches[0]!.provider, { maxPricePerGpuHour: opts.maxPrice })
        ctx.print(check, () => {
          const c = check.claimed
          const row = (name: string, claimed: number | undefined, fresh: number): string[] => [name, claimed === undefined ? '-' : String(claimed), String(fresh), check.shortfall.some(s => s.figure === name) ? ctx.out.paint('red', 'overstated') : ctx.out.paint('green', 'ok')]
          return table([{ header: 'FIGURE (MiB/s)' }, { header: 'OFFER CLAIMS', right: true }, { header: 'MEASURED NOW', right: true }, { header: '' }], [
            row('cpuHashMiBps', c?.cpuHashMiBps, check.fresh.cpuHashMiBps),
            row('memoryCopyMiBps', c?.memoryCopyMiBps, check.fresh.memoryCopyMiBps),
            row('diskWriteMiBps', c?.diskWriteMiBps, check.fresh.diskWriteMiBps)
          ], ctx.out)
        }, toJson)
        if (check.shortfall.length > 0) ctx.setExit(ExitCode.unverified)
      }, { market: true })
    })

  orderFlags(program.command('quote'))
    .description('dry run: which providers would bid, at what price, and why the others would not')
    .action(async (opts: OrderFlags) => {
      await ctx.withClient(async (client) => {
        const quote = await client.quote(toOrderOptions(opts))
        ctx.print(quote, () => {
          const rows = [
            ...quote.bids.map(b => [shortId(b.provider), ctx.out.paint('green', 'bid'), `${formatCredits(b.pricePerGpuHour)} cr/GPU-h, ${b.gpuModels.join(', ')}, ${b.latencyMs.toFixed(1)} ms`]),
            ...quote.declines.map(d => [shortId(d.provider), ctx.out.paint('yellow', 'declines'), d.reasons.join(', ')]),
            ...quote.unmatched.map(d => [shortId(d.provider), ctx.out.dim('no match'), d.reasons.join(', ')])
          ]
          return rows.length === 0 ? 'No providers known yet.' : table([{ header: 'PROVIDER' }, { header: 'ANSWER' }, { header: 'DETAIL' }], rows, ctx.out)
        }, toJson)
        if (quote.bids.length === 0) ctx.setExit(ExitCode.noBids)
      }, { market: true })
    })
}
