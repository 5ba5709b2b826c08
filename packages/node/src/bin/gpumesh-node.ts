#!/usr/bin/env node
import '@gpumesh/protocol/polyfill'
import { runNodeCli } from '../cli/node-cli.js'

// What a peer sends must never take the daemon down: a socket reset surfacing outside
// any handler is logged and survived; any other uncaught error still exits.
const SURVIVABLE = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED', 'ERR_STREAM_RESET'])
process.on('uncaughtException', (err: NodeJS.ErrnoException) => {
  if (err.code !== undefined && SURVIVABLE.has(err.code)) {
    process.stderr.write(`gpumesh-node: ignored ${err.code} outside a handler\n`)
    return
  }
  process.stderr.write(`gpumesh-node: fatal: ${err.stack ?? err.message}\n`)
  process.exit(1)
})
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`gpumesh-node: unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}\n`)
})

// First signal: drain; second: stop the running jobs now (receipts still go out); third: exit.
let signals = 0
let hurry = (): void => {}
const hurried = new Promise<void>(resolve => { hurry = resolve })
const code = await runNodeCli(process.argv.slice(2), {
  stdout: (s) => { process.stdout.write(s) },
  stderr: (s) => { process.stderr.write(s) },
  stopRequested: async ({ stdin }) => {
    await new Promise<void>(resolve => {
      const stop = (): void => {
        signals++
        if (signals === 1) resolve()
        else if (signals === 2) hurry()
        else process.exit(1)
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
      if (stdin) {
        process.stdin.resume()
        // Once, however it ends: stdin closing is a stop, not a second signal.
        const once = (): void => { if (signals === 0) stop() }
        process.stdin.once('end', once)
        process.stdin.once('close', once)
      }
    })
  },
  hurryRequested: async () => { await hurried }
})
process.exitCode = code
// Everything is stopped by now; never hang on a stray handle.
setTimeout(() => { process.exit(code) }, 3_000).unref()
