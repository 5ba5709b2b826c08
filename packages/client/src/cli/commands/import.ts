/**
 * `gpumesh import akash|bacalhau FILE`: write a gpumesh job spec from an Akash SDL or a
 * Bacalhau job, and say what mapped, what is not supported (with its path and line) and
 * what the spec still needs. `submit -f` takes the same files directly.
 */
import { writeFile } from 'node:fs/promises'
import { Argument, type Command } from 'commander'
import { formatSpecIssue, JobSpecError, UsageError } from '../../errors.js'
import { completeSpec, formatSpec, loadSpecFile, type SpecFormat } from '../../spec/spec-loader.js'
import { collect } from '../arguments.js'
import type { CliContext } from '../cli-context.js'
import { ExitCode } from '../exit-codes.js'
import { toJson } from '../output.js'
import { rates, sayReport } from './submit.js'

interface ImportFlags {
  out?: string
  service?: string
  rate: string[]
}

export function addImportCommand (program: Command, ctx: CliContext): void {
  program.command('import')
    .description('write a gpumesh job spec from an Akash SDL (v2.0, v2.1) or a Bacalhau job; what does not map is listed with its path')
    .addArgument(new Argument('<format>', 'what the file is').choices(['akash', 'bacalhau']))
    .argument('<file>', 'the SDL or job file')
    .argument('[command...]', 'the program and its arguments (after --), for a service or task that runs its image\'s entrypoint')
    .option('-o, --out <file>', 'write the spec here (default: stdout)')
    .option('--service <name>', 'Akash: only this service')
    .option('--rate <denom=micro>', 'Akash pricing: micro-credits per unit of a denomination, e.g. uakt=2 (repeatable)', collect, [])
    .action(async (format: SpecFormat, file: string, command: string[], opts: ImportFlags) => {
      const loaded = await loadSpecFile(file, { format, service: opts.service, rates: rates(opts.rate) })
      const report = loaded.report ?? { mapped: [], unsupported: [], needed: [] }
      if (command.length > 0) {
        if (loaded.specs.length > 1) throw new UsageError(`${file} has ${loaded.specs.length} services: give --service with a command`)
        for (const s of loaded.specs) s.spec.command = command
        // The command given here is what the report asked for.
        report.needed = report.needed.filter(n => !n.detail.startsWith('a command'))
      }
      // Each draft is checked as gpumesh will check it; what fails is reported, the file still written.
      const problems: string[] = []
      for (const { service, spec } of loaded.specs) {
        try {
          completeSpec(spec, service)
        } catch (err) {
          if (!(err instanceof JobSpecError)) throw err
          problems.push(...err.issues.map(i => `${service}: ${formatSpecIssue(i)}`))
        }
      }
      const header = [
        `Imported by gpumesh from ${format} ${file}.`,
        ...report.unsupported.map(n => `not supported: ${n.path}${n.line > 0 ? ` (line ${n.line})` : ''}: ${n.detail}`),
        ...report.needed.map(n => `needs: ${n.path}${n.line > 0 ? ` (line ${n.line})` : ''}: ${n.detail}`)
      ]
      const text = formatSpec(loaded.specs.map(s => s.spec), header)
      sayReport(ctx, format, report)
      if (opts.out !== undefined) {
        await writeFile(opts.out, text, { signal: AbortSignal.timeout(10_000) })
        ctx.say(`${ctx.err.dim('wrote'.padEnd(8))} ${opts.out}`)
      }
      if (ctx.globals().json) ctx.io.stdout(`${toJson({ format, specs: loaded.specs, report, problems })}\n`)
      else if (opts.out === undefined) ctx.io.stdout(text)
      if (problems.length > 0) {
        for (const p of problems) ctx.say(`${ctx.err.paint('yellow', 'invalid')}  ${p}`)
        ctx.say('the spec is written but does not run yet: edit it (or give what it needs on gpumesh submit -f)')
        ctx.setExit(ExitCode.usage)
      }
    })
}
