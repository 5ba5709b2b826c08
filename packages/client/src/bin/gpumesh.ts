#!/usr/bin/env node
import '@gpumesh/protocol/polyfill'
import { runCli } from '../cli/program.js'
import { ExitCode } from '../cli/exit-codes.js'

// A reader that went away (`gpumesh providers | head -3`) ends the command quietly, as
// it ends any Unix tool; anything else on stdout or stderr is still an error.
for (const out of [process.stdout, process.stderr]) {
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0)
    throw err
  })
}

// Ctrl-C and SIGTERM go to the command that took them over (submit says how to reach
// its job, testnet stops its nodes); with none, or a second time, the process ends now.
const interruptHandlers = new Set<(signal: NodeJS.Signals) => void>()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    const handlers = [...interruptHandlers]
    interruptHandlers.clear()
    if (handlers.length === 0) process.exit(ExitCode.interrupted)
    for (const h of handlers) h(signal)
  })
}

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => { process.stdout.write(s) },
  stderr: (s) => { process.stderr.write(s) },
  env: process.env,
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  terminal: { stdin: process.stdin, stdout: process.stdout },
  onInterrupt: (handler) => {
    interruptHandlers.add(handler)
    return () => { interruptHandlers.delete(handler) }
  }
})
process.exitCode = code
// Everything is stopped by now; if a stray handle kept the loop alive, do not hang.
setTimeout(() => { process.exit(code) }, 2_000).unref()
