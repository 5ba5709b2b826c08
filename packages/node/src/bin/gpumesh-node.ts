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

let stopping = false
const code = await runNodeCli(process.argv.slice(2), {
  stdout: (s) => { process.stdout.write(s) },
  stderr: (s) => { process.stderr.write(s) },
  stopRequested: async ({ stdin }) => {
    await new Promise<void>(resolve => {
      const stop = (): void => {
        if (stopping) process.exit(1) // a second signal: stop now
        stopping = true
        resolve()
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      if (stdin) {
        process.stdin.resume()
        process.stdin.once('end', stop)
        process.stdin.once('close', stop)
      }
    })
  }
})
process.exitCode = code
// Everything is stopped by now; never hang on a stray handle.
setTimeout(() => { process.exit(code) }, 3_000).unref()
