/** The `gpumesh` command line: commander wiring over the SDK. The terminal is ours here. */
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { homedir } from 'node:os'
import { Command, CommanderError, Option } from 'commander'
import { isTerminal, type WorkloadSpec } from '@gpumesh/protocol'
import { createClient, type GpumeshClient } from '../client.js'
import type { SubmitOptions } from '../order-options.js'
import { UnreachableError, UsageError } from '../errors.js'
import type { Job } from '../job.js'
import type { JobUpdate } from '../job-update.js'
import { ExitCode, exitCodeFor, exitCodeForState } from './exit-codes.js'
import { formatCredits, formatProviders, shortId, toJson } from './output.js'
import { addTestnetCommand } from './testnet-command.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
}

interface GlobalOptions {
  bootstrap: string[]
  dataDir: string
  json: boolean
  timeout: number
}

const collect = (value: string, previous: string[]): string[] => [...previous, value]

function positiveInt (flag: string) {
  return (value: string): number => {
    const n = Number(value)
    if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${flag}: "${value}" is not a non-negative integer`)
    return n
  }
}

function bigIntArg (flag: string) {
  return (value: string): bigint => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${flag}: "${value}" is not a whole number of micro-credits`)
    return BigInt(value)
  }
}

export function buildProgram (io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('gpumesh')
    .description('Submit GPU jobs to a gpumesh network, follow them and collect their results.')
    .addOption(new Option('--bootstrap <multiaddr>', 'peer to join through (repeatable; env GPUMESH_BOOTSTRAP, comma-separated)').argParser(collect).default([]))
    .addOption(new Option('--data-dir <dir>', 'client identity and job store').default(io.env.GPUMESH_DATA_DIR ?? join(homedir(), '.gpumesh', 'client')))
    .option('--json', 'machine-readable output', false)
    .addOption(new Option('--timeout <ms>', 'deadline for reaching the network').argParser(positiveInt('--timeout')).default(10_000))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (s, write) => { write(s) } })
    .showHelpAfterError(false)

  const globals = (): GlobalOptions => {
    const o = program.opts<GlobalOptions>()
    const fromEnv = (io.env.GPUMESH_BOOTSTRAP ?? '').split(',').map(s => s.trim()).filter(s => s !== '')
    return { ...o, bootstrap: o.bootstrap.length > 0 ? o.bootstrap : fromEnv }
  }

  const withClient = async <T>(fn: (client: GpumeshClient, g: GlobalOptions) => Promise<T>): Promise<T> => {
    const g = globals()
    let client: GpumeshClient
    try {
      client = await createClient({ bootstrap: g.bootstrap, dataDir: g.dataDir })
    } catch (err) {
      if ((err as { code?: string }).code === 'LEVEL_DATABASE_NOT_OPEN' || /lock/i.test((err as Error).message ?? '')) {
        throw new UsageError(`the client data dir ${g.dataDir} is in use by another gpumesh process`)
      }
      if ((err as { name?: string }).name === 'ProviderLostError') throw new UnreachableError((err as Error).message)
      throw err
    }
    try {
      return await fn(client, g)
    } finally {
      await client.stop()
    }
  }

  const print = (g: GlobalOptions, value: unknown, human: () => string): void => {
    io.stdout(g.json ? `${toJson(value)}\n` : `${human()}\n`)
  }

  program.command('providers')
    .description('list the providers whose offers are known, with GPUs and prices')
    .option('--gpus <n>', 'only show whether each matches this many GPUs', positiveInt('--gpus'))
    .option('--model <glob>', 'GPU model pattern, e.g. "*H100*"')
    .option('--min-vram <mib>', 'minimum VRAM per GPU, MiB', positiveInt('--min-vram'))
    .option('--wait-for <n>', 'first wait (up to 60 s) until offers of this many providers are known', positiveInt('--wait-for'))
    .action(async (opts: { gpus?: number, model?: string, minVram?: number, waitFor?: number }) => {
      await withClient(async (client, g) => {
        if (opts.waitFor !== undefined) await client.waitForProviders(opts.waitFor, { signal: AbortSignal.timeout(60_000) })
        const filtered = opts.gpus !== undefined || opts.model !== undefined || opts.minVram !== undefined
        const list = client.providers(filtered ? { filter: { gpu: { count: opts.gpus ?? 1, model: opts.model, minVramMiB: opts.minVram }, maxPricePerGpuHour: (1n << 63n) } } : {})
        print(g, list, () => formatProviders(list))
      })
    })

  const orderOptions = (cmd: Command): Command => cmd
    .option('--gpus <n>', 'GPUs on one provider', positiveInt('--gpus'), 1)
    .option('--model <glob>', 'GPU model pattern, e.g. "*4090*"')
    .option('--vendor <vendor>', 'nvidia | amd')
    .option('--min-vram <mib>', 'minimum VRAM per GPU, MiB', positiveInt('--min-vram'), 0)
    .option('--max-price <micro>', 'most micro-credits per GPU-hour you will pay', bigIntArg('--max-price'), 10_000_000n)
    .option('--max-duration <s>', 'longest the job may run, seconds', positiveInt('--max-duration'), 3600)
    .option('--region <region>', 'provider region')
    .option('--runtime <runtime>', 'process | docker', 'process')

  orderOptions(program.command('quote'))
    .description('dry run: which providers would bid, at what price, and why the others would not')
    .action(async (opts: OrderFlags) => {
      await withClient(async (client, g) => {
        const quote = await client.quote(toOrderOptions(opts))
        print(g, quote, () => [
          ...quote.bids.map(b => `bid      ${shortId(b.provider)}  ${formatCredits(b.pricePerGpuHour)} cr/GPU-h  ${b.gpuModels.join(', ')}  (${b.latencyMs.toFixed(1)} ms)`),
          ...quote.declines.map(d => `decline  ${shortId(d.provider)}  ${d.reasons.join(', ')}`),
          ...quote.unmatched.map(d => `no match ${shortId(d.provider)}  ${d.reasons.join(', ')}`),
          ...(quote.bids.length + quote.declines.length + quote.unmatched.length === 0 ? ['No providers known.'] : [])
        ].join('\n'))
        if (quote.bids.length === 0) setExit(ExitCode.noBids)
      })
    })

  orderOptions(program.command('submit'))
    .description('run a workload: gpumesh submit [flags] -- CMD ARGS…')
    .argument('<command...>', 'the program and its arguments (after --)')
    .option('--env <KEY=VALUE>', 'environment variable (repeatable)', collect, [])
    .option('--input <file>', 'file to place in the job\'s input/ dir (repeatable)', collect, [])
    .option('--image <image>', 'container image (docker runtime)')
    .option('--job-timeout <s>', 'wall-clock limit of the workload, seconds', positiveInt('--job-timeout'), 600)
    .option('--retries <n>', 'resubmit to the next-best provider this many times if one is lost', positiveInt('--retries'), 1)
    .option('--bid-window <ms>', 'how long to collect bids', positiveInt('--bid-window'), 300)
    .option('--queue-timeout <ms>', 'how long to wait for a busy provider to have room', positiveInt('--queue-timeout'), 30_000)
    .option('--out <dir>', 'download the results here when the job succeeds')
    .option('--detach', 'print the job id once it runs, and exit', false)
    .action(async (command: string[], opts: OrderFlags & SubmitFlags) => {
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
          throw new UsageError(`--input: cannot read ${f}: ${(err as Error).message}`)
        }
      }))
      const spec: Partial<WorkloadSpec> = { runtime: opts.runtime, image: opts.image ?? '', command, env, inputs, timeoutS: opts.jobTimeout }
      await withClient(async (client, g) => {
        const options: SubmitOptions = { ...toOrderOptions(opts), retries: opts.retries, bidWindowMs: opts.bidWindow, queueTimeoutMs: opts.queueTimeout }
        const job = await client.submit(spec, options)
        if (opts.detach) {
          print(g, { jobId: job.id, state: job.state }, () => job.id)
          return
        }
        const code = await followJob(job, g, io, { logs: true })
        if (opts.out !== undefined && job.state === 'succeeded') {
          const result = await job.result({ outDir: opts.out })
          if (!g.json) for (const f of result.files) io.stderr(`result   ${f.name}  ${f.size} B  sha256 ${f.sha256}\n`)
        }
        if (g.json) io.stdout(`${toJson({ jobId: job.id, state: job.state, reason: job.record.reason, exitCode: job.record.exitCode, attempts: job.record.attempts, receipt: await job.receipt() })}\n`)
        setExit(code)
      })
    })

  program.command('status')
    .description('the state of a job (re-attaches to its provider to catch up)')
    .argument('<job>', 'job id')
    .action(async (id: string) => {
      await withClient(async (client, g) => {
        const job = await client.job(id)
        await catchUp(job)
        const r = job.record
        print(g, r, () => [
          `job      ${r.id}`,
          `state    ${r.state}${r.reason !== '' ? ` (${r.reason})` : ''}`,
          ...r.attempts.map(a => `attempt ${a.attempt}  provider ${shortId(a.provider)}  GPUs ${a.gpuIndices.join(',')}  ${formatCredits(BigInt(a.pricePerGpuHour))} cr/GPU-h  ${a.state}`)
        ].join('\n'))
      })
    })

  program.command('logs')
    .description('print a job\'s log lines')
    .argument('<job>', 'job id')
    .option('--follow', 'keep printing until the job ends', false)
    .action(async (id: string, opts: { follow: boolean }) => {
      await withClient(async (client, g) => {
        const job = await client.job(id)
        if (!opts.follow) await catchUp(job)
        const ac = new AbortController()
        if (!opts.follow) ac.abort()
        for await (const u of job.events({ signal: ac.signal })) {
          if (u.type !== 'log') continue
          io.stdout(g.json ? `${toJson(u)}\n` : `${u.line}\n`)
        }
      })
    })

  program.command('cancel')
    .description('stop a running job')
    .argument('<job>', 'job id')
    .action(async (id: string) => {
      await withClient(async (client, g) => {
        const job = await client.job(id)
        if (!isTerminal(job.state)) await job.cancel({ signal: AbortSignal.timeout(30_000) })
        print(g, { jobId: job.id, state: job.state }, () => `${job.id} ${job.state}`)
      })
    })

  program.command('result')
    .description('download a finished job\'s result files, verified by sha256')
    .argument('<job>', 'job id')
    .requiredOption('--out <dir>', 'directory to write the files to')
    .action(async (id: string, opts: { out: string }) => {
      await withClient(async (client, g) => {
        const job = await client.job(id)
        const result = await job.result({ outDir: opts.out, signal: AbortSignal.timeout(10 * 60_000) })
        print(g, result, () => result.files.map(f => `${f.path}  ${f.size} B  sha256 ${f.sha256}`).join('\n') || 'The job wrote no result files.')
      })
    })

  program.command('receipts')
    .description('the countersigned receipts in the local ledger')
    .action(async () => {
      await withClient(async (client, g) => {
        const receipts = await client.receipts()
        print(g, receipts, () => receipts.length === 0 ? 'No receipts.' : receipts.map(r => `${r.jobId}  attempt ${r.attempt}  provider ${shortId(r.provider)}  ${r.delivered ? 'countersigned' : 'countersignature not delivered'}`).join('\n'))
      })
    })

  addTestnetCommand(program, io, setExit, positiveInt)

  return program
}

interface OrderFlags {
  gpus: number
  model?: string
  vendor?: string
  minVram: number
  maxPrice: bigint
  maxDuration: number
  region?: string
  runtime: string
}

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
}

function toOrderOptions (o: OrderFlags): SubmitOptions {
  return {
    gpu: { count: o.gpus, model: o.model, vendor: o.vendor, minVramMiB: o.minVram },
    maxPricePerGpuHour: o.maxPrice,
    maxDurationS: o.maxDuration,
    region: o.region,
    runtime: o.runtime
  }
}

/** Wait until the job is over, or no new update came for a moment (caught up). */
async function catchUp (job: Job): Promise<void> {
  if (job.isOver) return
  const ac = new AbortController()
  let timer = setTimeout(() => { ac.abort() }, 1_500)
  for await (const _ of job.events({ signal: ac.signal })) {
    clearTimeout(timer)
    timer = setTimeout(() => { ac.abort() }, 500)
  }
  clearTimeout(timer)
}

/** Print progress (stderr) and logs (stdout) until the job ends; returns the exit code. */
export async function followJob (job: Job, g: { json: boolean }, io: CliIo, options: { logs: boolean }): Promise<number> {
  for await (const u of job.events()) {
    if (g.json) continue
    const line = progressLine(u)
    if (line !== undefined) io.stderr(`${line}\n`)
    if (u.type === 'log' && options.logs) io.stdout(`${u.line}\n`)
  }
  return exitCodeForState(job.state)
}

function progressLine (u: JobUpdate): string | undefined {
  switch (u.type) {
    case 'auction': return `auction  asked ${u.asked} provider(s)${u.broadcast ? ' + orders topic' : ''}`
    case 'bid': return `bid      ${shortId(u.provider)}  ${formatCredits(u.pricePerGpuHour)} cr/GPU-h  ${u.gpuModels.join(', ')}  ${u.latencyMs.toFixed(1)} ms`
    case 'decline': return `decline  ${shortId(u.provider)}  ${u.reasons.join(', ')}`
    case 'lease': return `lease    ${shortId(u.provider)}  GPUs ${u.gpuIndices.join(',')}  ${formatCredits(u.pricePerGpuHour)} cr/GPU-h`
    case 'lease-rejected': return `rejected ${shortId(u.provider)}  ${u.reason}`
    case 'state': return u.state === 'bidding' && u.attempt === 1 ? undefined : `state    ${u.state}${u.reason !== '' ? ` (${u.reason})` : ''}${u.state === 'failed' && u.reason === 'exit-code' ? ` exit ${u.exitCode}` : ''}`
    case 'usage': return `usage    ${(u.wallMs / 1000).toFixed(2)} s wall, ${(u.gpuMs / 1000).toFixed(2)} GPU-s`
    case 'result': return `result   ${u.name}  ${u.size} B  sha256 ${u.sha256}`
    case 'receipt': return `receipt  ${formatCredits(u.receipt.cost)} cr for ${(u.receipt.gpuMs / 1000).toFixed(2)} GPU-s  ${u.countersigned ? 'countersigned' : 'not countersigned'}`
    case 'lost': return `lost     ${shortId(u.provider)}  ${u.reason}`
    default: return undefined
  }
}

/** Run the CLI; resolves with the exit code. Never throws. */
export async function runCli (argv: string[], io: CliIo): Promise<number> {
  let code: number = ExitCode.ok
  const program = buildProgram(io, c => { code = c })
  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.ok
      return ExitCode.usage
    }
    const message = err instanceof Error ? err.message : String(err)
    io.stderr(`gpumesh: ${message}\n`)
    return exitCodeFor(err)
  }
}
