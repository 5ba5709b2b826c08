#!/usr/bin/env node
import '@gpumesh/protocol/polyfill'
import { runCli } from '../cli/program.js'

// A reader that went away (`gpumesh providers | head -3`) ends the command quietly, as
// it ends any Unix tool; anything else on stdout or stderr is still an error.
for (const out of [process.stdout, process.stderr]) {
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0)
    throw err
  })
}

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => { process.stdout.write(s) },
  stderr: (s) => { process.stderr.write(s) },
  env: process.env
})
process.exitCode = code
// Everything is stopped by now; if a stray handle kept the loop alive, do not hang.
setTimeout(() => { process.exit(code) }, 2_000).unref()
