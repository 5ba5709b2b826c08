/** `gpumesh testnet`: a local network of provider processes, and the README's demo on it. */
import { join } from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import type { Command } from 'commander'
import type { Testnet } from '../../testnet/testnet.js'
import { collect, intInRange, nonNegativeInt } from '../arguments.js'
import type { CliContext } from '../cli-context.js'
import { ExitCode } from '../exit-codes.js'
import { followJob } from '../follow.js'
import { formatCredits, formatProviders, shortId, toJson } from '../output.js'
import { StatusLine } from '../terminal.js'

/** The most provider processes one machine's testnet starts (each is a Node process). */
export const MAX_TESTNET_PROVIDERS = 100
/** How long the testnet waits for every provider's offer to reach its client. */
const PROVIDERS_KNOWN_TIMEOUT_MS = 30_000

interface TestnetFlags {
  providers: number
  gpus: string[]
  keep: boolean
  baseDir?: string
  port: number
  demo: boolean
  verbose: boolean
}

export function addTestnetCommand (program: Command, ctx: CliContext): void {
  program.command('testnet')
    .description('start a bootstrap node and N provider processes on 127.0.0.x, each with declared GPUs')
    .option('--providers <n>', `provider processes to start (1-${MAX_TESTNET_PROVIDERS})`, intInRange('--providers', 1, MAX_TESTNET_PROVIDERS), 3)
    .option('--gpus <profile>', 'GPU profile, cycled over providers (repeatable): h100, a100, rtx4090, … (see packages/client/src/testnet/gpu-profiles.ts)', collect, [])
    .option('--keep', 'keep the data dirs after stopping', false)
    .option('--base-dir <dir>', 'where the nodes\' data dirs go (default: a temp dir)')
    .option('--port <port>', 'TCP port for every node, each on its own address (0 = any)', nonNegativeInt('--port'), 0)
    .option('--demo', 'submit a demo job through the SDK, show it, then stop', false)
    .option('--verbose', 'show the nodes\' own log lines', false)
    .action(async (opts: TestnetFlags) => {
      const g = ctx.globals()
      const [{ createClient }, { demoSpec }, { startTestnet }, { loadOrCreatePrivateKey }, { peerIdFromPrivateKey }] = await Promise.all([
        import('../../client.js'), import('../../testnet/demo-job.js'), import('../../testnet/testnet.js'), import('@gpumesh/peer/identity'), import('@libp2p/peer-id')
      ])
      const started = performance.now()
      // The demo client gets its own identity; the CLI user's is allowed too, so
      // `gpumesh submit` works against this testnet even where no sandbox exists.
      const clientDir = opts.demo ? await mkdtemp(join(tmpdir(), 'gpumesh-demo-client-')) : g.dataDir
      const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
      let net: Testnet | undefined
      // Ctrl-C or SIGTERM: stop every node, then end (a second one ends at once).
      const interrupted = new AbortController()
      const release = ctx.io.onInterrupt?.(() => { release?.(); interrupted.abort() })
      const stopped = new Promise<void>(resolve => { interrupted.signal.addEventListener('abort', () => { resolve() }, { once: true }) })
      try {
        ctx.say(`starting a bootstrap node and ${opts.providers} provider(s) on 127.0.0.2-127.0.0.${2 + opts.providers} …`)
        const starting = startTestnet({
          providers: opts.providers,
          profiles: opts.gpus,
          keep: opts.keep,
          baseDir: opts.baseDir,
          port: opts.port,
          allowClients: [clientId],
          onLog: opts.verbose ? (line) => { ctx.io.stderr(`${line}\n`) } : undefined
        })
        net = await Promise.race([starting, stopped.then(async () => { (await starting.catch(() => undefined))?.stop().catch(() => {}); return undefined })])
        if (net === undefined) return
        const unsandboxed = [...new Set(net.providers.flatMap(p => p.runtimes.filter(r => r.startsWith('process:') && r.includes('unsandboxed'))))]
        for (const line of unsandboxed) ctx.say(ctx.err.paint('yellow', `warning: ${line}. Jobs run as this user (${process.getuid?.() === 0 ? 'root' : 'not root'}) with its files; install bubblewrap to sandbox them.`))
        const client = await createClient({ bootstrap: [net.bootstrap], dataDir: clientDir })
        try {
          await client.waitForProviders(opts.providers, { signal: AbortSignal.timeout(PROVIDERS_KNOWN_TIMEOUT_MS) })
          const readyMs = performance.now() - started
          if (g.json) {
            ctx.io.stdout(`${toJson({ event: 'ready', bootstrap: net.bootstrap, baseDir: net.baseDir, pids: net.nodes.map(n => n.process.pid), providers: net.providers.map(p => ({ name: p.name, peerId: p.peerId, addrs: p.addrs, api: p.apiUrl, pid: p.process.pid, runtimes: p.runtimes })), readyMs })}\n`)
          } else {
            ctx.io.stdout(`${formatProviders(client.providers(), ctx.out)}\n`)
            ctx.io.stdout(`testnet ready in ${(readyMs / 1000).toFixed(1)} s: ${opts.providers} provider(s), bootstrap ${net.bootstrap}\n`)
            if (!opts.demo) {
              ctx.io.stdout([
                'try:  export GPUMESH_BOOTSTRAP=' + net.bootstrap,
                '      gpumesh providers',
                '      gpumesh submit --gpus 1 -- sh -c \'echo $CUDA_VISIBLE_DEVICES\'',
                ...net.providers.slice(0, 1).map(p => `      open ${p.apiUrl}/  (a provider's dashboard)`),
                'Ctrl-C stops every node.',
                ''
              ].join('\n'))
            }
          }
          if (opts.demo) {
            ctx.say('submitting the demo job through the SDK …')
            const job = await client.submit(demoSpec(), { gpu: { count: 2 }, maxPricePerGpuHour: 5_000_000n, retries: 1, signal: interrupted.signal })
            ctx.say(`${ctx.err.dim('job'.padEnd(8))} ${ctx.err.bold(job.id)}`)
            const code = await followJob(job, ctx.io, ctx.err, { logs: true, json: g.json, signal: interrupted.signal, status: new StatusLine(ctx.io.stderr, !g.json && (ctx.io.isTTY?.stderr ?? false)) })
            if (interrupted.signal.aborted) return
            // Kept after the demo: the point is to look at what was verified.
            const outDir = join(process.cwd(), `gpumesh-demo-result-${job.id.slice(0, 8)}`)
            if (job.state === 'succeeded') {
              const result = await job.result({ outDir })
              for (const f of result.files) ctx.say(`verified ${f.path}: ${f.size} B, sha256 ${f.sha256}`)
              const receipt = result.receipt
              if (receipt !== undefined) ctx.say(`receipt  ${receipt.receiptId}: ${formatCredits(receipt.cost)} credits for ${(receipt.gpuMs / 1000).toFixed(2)} GPU-seconds on ${shortId(receipt.provider)}, signed by the provider and countersigned by us`)
              if (g.json) ctx.io.stdout(`${toJson({ event: 'demo', jobId: job.id, state: job.state, outDir, files: result.files, receipt })}\n`)
            }
            ctx.say(`demo ${job.state} in ${((performance.now() - started) / 1000).toFixed(1)} s; stopping the testnet`)
            ctx.setExit(code)
            return
          }
        } finally {
          await client.stop()
        }
        await stopped
        ctx.setExit(ExitCode.ok)
      } finally {
        release?.()
        await net?.stop()
        if (opts.demo) await rm(clientDir, { recursive: true, force: true })
      }
    })
}
