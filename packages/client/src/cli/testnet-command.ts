/** `gpumesh testnet`: a local network of provider processes, and the README's demo on it. */
import { join } from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import type { Command } from 'commander'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'
import { createClient } from '../client.js'
import { demoSpec } from '../testnet/demo-job.js'
import { GPU_PROFILES } from '../testnet/gpu-profiles.js'
import { startTestnet, type Testnet } from '../testnet/testnet.js'
import { ExitCode } from './exit-codes.js'
import { formatCredits, formatProviders, shortId, toJson } from './output.js'
import type { CliIo } from './program.js'
import { followJob } from './program.js'

interface TestnetFlags {
  providers: number
  gpus: string[]
  keep: boolean
  baseDir?: string
  port: number
  demo: boolean
  verbose: boolean
}

export function addTestnetCommand (program: Command, io: CliIo, setExit: (code: number) => void, count: (flag: string) => (v: string) => number): void {
  program.command('testnet')
    .description('start a bootstrap node and N provider processes on 127.0.0.x, each with declared GPUs')
    .option('--providers <n>', 'provider processes to start (1-100)', count('--providers'), 3)
    .option('--gpus <profile>', `GPU profile, cycled over providers (repeatable): ${Object.keys(GPU_PROFILES).join(', ')}`, (v: string, p: string[]) => [...p, v], [])
    .option('--keep', 'keep the data dirs after stopping', false)
    .option('--base-dir <dir>', 'where the nodes\' data dirs go (default: a temp dir)')
    .option('--port <port>', 'TCP port for every node, each on its own address (0 = any)', count('--port'), 0)
    .option('--demo', 'submit a demo job through the SDK, show it, then stop', false)
    .option('--verbose', 'show the nodes\' own log lines', false)
    .action(async (opts: TestnetFlags) => {
      const g = program.opts<{ json: boolean, dataDir: string }>()
      const started = performance.now()
      // The demo client gets its own identity; the CLI user's is allowed too, so
      // `gpumesh submit` works against this testnet even where no sandbox exists.
      const clientDir = opts.demo ? await mkdtemp(join(tmpdir(), 'gpumesh-demo-client-')) : g.dataDir
      const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
      const say = (line: string): void => { if (!g.json) io.stderr(`${line}\n`) }
      let net: Testnet | undefined
      const stop = async (): Promise<void> => {
        await net?.stop()
        if (opts.demo) await rm(clientDir, { recursive: true, force: true })
      }
      const onSignal = (): void => { void stop().then(() => { process.exit(ExitCode.ok) }) }
      process.once('SIGINT', onSignal)
      process.once('SIGTERM', onSignal)
      try {
        say(`starting a bootstrap node and ${opts.providers} provider(s) on 127.0.0.2-127.0.0.${2 + opts.providers} …`)
        net = await startTestnet({
          providers: opts.providers,
          profiles: opts.gpus,
          keep: opts.keep,
          baseDir: opts.baseDir,
          port: opts.port,
          allowClients: [clientId],
          onLog: opts.verbose ? (line) => { io.stderr(`${line}\n`) } : undefined
        })
        const client = await createClient({ bootstrap: [net.bootstrap], dataDir: clientDir })
        try {
          await client.waitForProviders(opts.providers, { signal: AbortSignal.timeout(30_000) })
          const readyMs = performance.now() - started
          if (g.json) {
            io.stdout(`${toJson({ event: 'ready', bootstrap: net.bootstrap, baseDir: net.baseDir, pids: net.nodes.map(n => n.process.pid), providers: net.providers.map(p => ({ name: p.name, peerId: p.peerId, addrs: p.addrs, api: p.apiUrl, pid: p.process.pid })), readyMs })}\n`)
          } else {
            io.stdout(`${formatProviders(client.providers())}\n`)
            io.stdout(`testnet ready in ${(readyMs / 1000).toFixed(1)} s: ${opts.providers} provider(s), bootstrap ${net.bootstrap}\n`)
            if (!opts.demo) io.stdout(`try:  export GPUMESH_BOOTSTRAP=${net.bootstrap}\n      gpumesh providers\n      gpumesh submit --gpus 1 -- sh -c 'echo $CUDA_VISIBLE_DEVICES'\nCtrl-C stops every node.\n`)
          }
          if (opts.demo) {
            say('submitting the demo job through the SDK …')
            const job = await client.submit(demoSpec(), { gpu: { count: 2 }, maxPricePerGpuHour: 5_000_000n, retries: 1 })
            const code = await followJob(job, g, io, { logs: true })
            const outDir = join(clientDir, 'results')
            if (job.state === 'succeeded') {
              const result = await job.result({ outDir })
              for (const f of result.files) say(`verified ${f.name}: ${f.size} B, sha256 ${f.sha256}`)
              const receipt = result.receipt
              if (receipt !== undefined) say(`receipt  ${receipt.receiptId}: ${formatCredits(receipt.cost)} credits for ${(receipt.gpuMs / 1000).toFixed(2)} GPU-seconds on ${shortId(receipt.provider)}, signed by the provider and countersigned by us`)
              if (g.json) io.stdout(`${toJson({ event: 'demo', jobId: job.id, state: job.state, files: result.files, receipt })}\n`)
            }
            say(`demo ${job.state} in ${((performance.now() - started) / 1000).toFixed(1)} s; stopping the testnet`)
            setExit(code)
            return
          }
        } finally {
          await client.stop()
        }
        await new Promise<void>(() => {}) // until a signal stops us
      } finally {
        process.off('SIGINT', onSignal)
        process.off('SIGTERM', onSignal)
        await stop()
      }
    })
}
