#!/usr/bin/env node
import '@gpumesh/protocol/polyfill'
import { runCli } from '../cli/program.js'

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => { process.stdout.write(s) },
  stderr: (s) => { process.stderr.write(s) },
  env: process.env
})
process.exitCode = code
// Everything is stopped by now; if a stray handle kept the loop alive, do not hang.
setTimeout(() => { process.exit(code) }, 2_000).unref()
