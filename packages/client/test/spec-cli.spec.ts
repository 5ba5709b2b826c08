/**
 * `gpumesh submit -f` and `gpumesh import` through the real command line (in process,
 * no network): flags override the file, errors name file, line and field, imports write
 * a spec `submit -f` takes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildProgram, runCli } from '../src/cli/program.js'
import { applySpecFlags, type SpecFlags } from '../src/cli/spec-flags.js'
import type { DraftSpec } from '../src/spec/import-akash.js'
import { loadSpecFile } from '../src/spec/spec-loader.js'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

describe('spec files on the command line', () => {
  let dir: string
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'gpumesh-spec-cli-')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  const run = async (args: string[]): Promise<{ code: number, stdout: string, stderr: string }> => {
    let stdout = ''
    let stderr = ''
    const code = await runCli(['--data-dir', join(dir, 'client'), ...args], { stdout: s => { stdout += s }, stderr: s => { stderr += s }, env: { GPUMESH_BOOTSTRAP: '' } })
    return { code, stdout, stderr }
  }

  /** The spec `submit` would run for `args`, with the file (if any) under the flags. */
  const draftFor = async (args: string[]): Promise<DraftSpec> => {
    let captured: DraftSpec | undefined
    const program = buildProgram({ stdout: () => {}, stderr: () => {}, env: {} }, () => {})
    const submit = program.commands.find(c => c.name() === 'submit')
    submit?.action(async (command: string[], opts: SpecFlags & { file?: string }, cmd: Command) => {
      const file = opts.file === undefined ? undefined : (await loadSpecFile(opts.file)).spec
      captured = applySpecFlags(file, command, opts, cmd, dir)
    })
    await program.parseAsync(['submit', ...args], { from: 'user' })
    if (captured === undefined) throw new Error('submit did not run')
    return captured
  }

  it('lets flags given on the command line override the file, and nothing else', async () => {
    const train = join(FIXTURES, 'specs', 'train.yaml')
    const asIs = await draftFor(['-f', train])
    expect(asIs).toMatchObject({ resources: { gpu: { count: 1, model: '*4090*' } }, timeouts: { jobS: 120, queueMs: 5000, bidWindowMs: 200 }, retries: 2, price: { maxPerGpuHour: 3_000_000 } })
    const over = await draftFor(['-f', train, '--gpus', '2', '--max-price', '5000000', '--job-timeout', '30', '--env', 'EPOCHS=9', '--env', 'LR=0.1', '--attribute', 'tier=silver', '--region', 'us-east', '--', 'echo', 'hi'])
    expect(over).toMatchObject({
      command: ['echo', 'hi'],
      env: { EPOCHS: '9', LR: '0.1' },
      resources: { gpu: { count: 2, model: '*4090*' }, cpuCores: 2 },
      placement: { region: 'us-east', attributes: { tier: 'silver' } },
      price: { maxPerGpuHour: 5_000_000 },
      timeouts: { jobS: 30, queueMs: 5000 },
      retries: 2
    })
    // Without a file the flags' defaults are the spec, as before spec files existed.
    expect(await draftFor(['--', 'true'])).toMatchObject({ command: ['true'], runtime: 'process', resources: { gpu: { count: 1 } }, timeouts: { jobS: 600, maxDurationS: 3600, queueMs: 30_000, bidWindowMs: 300 }, retries: 1, price: { maxPerGpuHour: 10_000_000 } })
  })

  it('refuses a bad spec before reaching the network, one issue a line with file:line:column', async () => {
    const r = await run(['submit', '-f', join(FIXTURES, 'specs', 'broken.yaml')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('invalid job spec')
    expect(r.stderr).toMatch(/broken\.yaml:6:12: resources\.gpu\.count: must be >= 1\n/)
    expect(r.stderr).toMatch(/broken\.yaml:7:5: resources\.gpu\.colour: is not a field/)
    const none = await run(['submit'])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('give the command after --')
  })

  it('imports an Akash SDL into a spec file that submit -f reads as a gpumesh spec', async () => {
    const out = join(dir, 'mistral.yaml')
    const r = await run(['import', 'akash', join(FIXTURES, 'imports', 'akash', 'mistral-7b.yaml'), '-o', out, '--rate', 'uact=1'])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/akash: \d+ fields mapped, \d+ not supported, 0 needed/)
    expect(r.stderr).toMatch(/skip.*54:19 profiles\.compute\.vllm\.resources\.gpu\.attributes\.vendor\.nvidia\[1\]/)
    const text = await readFile(out, 'utf8')
    expect(text).toMatch(/^# Imported by gpumesh from akash /)
    expect(text).toContain('# not supported: services.vllm.expose (line 7)')
    const back = await loadSpecFile(out)
    expect(back.format).toBe('gpumesh')
    expect(back.spec).toMatchObject({ image: 'lmsysorg/sglang:v0.4.5.post3-cu125-srt', price: { maxPerGpuHour: 590_000_000 } })
  })

  it('writes an import that still needs something, and says what with exit code 2', async () => {
    const r = await run(['import', 'akash', join(FIXTURES, 'imports', 'akash', 'automatic1111.yaml')])
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('image: declab/automatic1111:0.1')
    expect(r.stderr).toContain('command: is required')
    const fixed = await run(['import', 'akash', join(FIXTURES, 'imports', 'akash', 'automatic1111.yaml'), '--', 'python', 'launch.py'])
    expect(fixed.code).toBe(0)
    expect(fixed.stdout).toMatch(/command:\n {2}- python\n {2}- launch\.py/)
    const json = await run(['--json', 'import', 'bacalhau', join(FIXTURES, 'imports', 'bacalhau', 'docker-s3.yaml')])
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 'bacalhau', report: { unsupported: [{ path: 'Namespace' }, { path: 'Tasks[0].InputSources[0]' }] } })
  })
})
