/**
 * The `gpumesh` command line: commander wiring over the SDK. Each command group lives in
 * commands/; this file holds the global flags and the exit-code contract.
 */
import { createRequire } from 'node:module'
import { Command, CommanderError, Option } from 'commander'
import { CliContext, defaultDataDir, type CliIo } from './cli-context.js'
import { positiveInt } from './arguments.js'
import { ExitCode, exitCodeFor } from './exit-codes.js'
import type { JobSpecError } from '../errors.js'
import { addDashboardCommand } from './commands/dashboard.js'
import { addImportCommand } from './commands/import.js'
import { addJobCommands } from './commands/jobs.js'
import { addLocalCommands } from './commands/local.js'
import { addMarketCommands } from './commands/market.js'
import { addSessionCommands } from './commands/sessions.js'
import { addSubmitCommand } from './commands/submit.js'
import { addTestnetCommand } from './commands/testnet.js'

export type { CliIo } from './cli-context.js'

/** The client package's version (dist/cli/ -> package.json). */
export function clientVersion (): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version
}

export function buildProgram (io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('gpumesh')
    .description('Submit GPU jobs to a gpumesh network, follow them and collect their results.')
    .version(clientVersion(), '-V, --version', 'print the version')
    .addOption(new Option('--bootstrap <multiaddr>', 'peer to join through (repeatable; env GPUMESH_BOOTSTRAP, comma-separated)').argParser((v: string, p: string[]) => [...p, v]).default([], 'GPUMESH_BOOTSTRAP'))
    .addOption(new Option('--data-dir <dir>', 'client identity and job store (env GPUMESH_DATA_DIR)').default(defaultDataDir(io.env)))
    .option('--json', 'machine-readable output: one JSON document per command', false)
    .addOption(new Option('--timeout <ms>', 'how long to try reaching the bootstrap peers').argParser(positiveInt('--timeout')).default(10_000))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (s, write) => { write(s) } })
    .showHelpAfterError(false)
    .addHelpText('after', [
      '',
      'Start here:',
      '  gpumesh testnet --demo                   a local network and a demo job, then stop',
      '  gpumesh testnet                          a local network that keeps running',
      '  gpumesh providers                        who sells what, at what price',
      '  gpumesh submit --gpus 1 -- nvidia-smi    run a job; its id comes first',
      '  gpumesh submit -f job.yaml               run a job spec file (or an Akash SDL, a Bacalhau job)',
      '  gpumesh import akash deploy.yaml         turn an Akash SDL into a gpumesh spec',
      '  gpumesh jobs                             your jobs, newest first',
      '  gpumesh dashboard                        the same in a browser, live'
    ].join('\n'))

  const ctx = new CliContext(program, io, setExit)
  addMarketCommands(program, ctx)
  addSubmitCommand(program, ctx)
  addImportCommand(program, ctx)
  addJobCommands(program, ctx)
  addSessionCommands(program, ctx)
  addLocalCommands(program, ctx)
  addTestnetCommand(program, ctx)
  addDashboardCommand(program, ctx)
  return program
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
    if ((err as { name?: string } | undefined)?.name === 'JobSpecError') {
      const specErr = err as JobSpecError
      // One issue a line, as compilers print them: file:line:column: field: what.
      io.stderr(`gpumesh: ${specErr.source}: invalid job spec\n${specErr.issues.map(i => `  ${specErr.source}:${i.line > 0 ? `${i.line}:${i.column}: ` : ' '}${i.path === '' ? '' : `${i.path}: `}${i.message}\n`).join('')}`)
      return exitCodeFor(err)
    }
    const message = err instanceof Error ? err.message : String(err)
    io.stderr(`gpumesh: ${message}\n`)
    return exitCodeFor(err)
  }
}
