/** Job spec files: the schema's checks with field and line, and the step to what submit takes. */
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { JobSpecError } from '../src/errors.js'
import { checkJobSpec, jobSpecSchema, parseJobSpec } from '../src/spec/spec-file.js'
import { toSubmission } from '../src/spec/spec-submission.js'

const SPECS = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'specs')

function issuesOf (fn: () => unknown): JobSpecError {
  try {
    fn()
  } catch (err) {
    expect((err as Error).name).toBe('JobSpecError')
    return err as JobSpecError
  }
  throw new Error('expected a JobSpecError')
}

describe('job spec files', () => {
  it('read the README\'s example and turn it into a workload and submit options', async () => {
    const text = await readFile(join(SPECS, 'train.yaml'), 'utf8')
    const doc = parseJobSpec(text, 'train.yaml')
    const { workload, options, outDir } = await toSubmission(doc, { baseDir: SPECS, source: 'train.yaml' })
    expect(workload).toMatchObject({ runtime: 'process', env: { EPOCHS: '3' }, timeoutS: 120, preparingTimeoutS: 60, network: false })
    expect(workload.inputs?.map(i => [i.name, Buffer.from(i.content).toString()])).toEqual([['notes.txt', 'some notes\n'], ['hello.txt', 'hello\n']])
    expect(options).toMatchObject({
      gpu: { count: 1, vendor: 'nvidia', model: '*4090*', minVramMiB: 16000 },
      cpuCores: 2, memoryMiB: 4096, diskMiB: 1024, region: 'eu-west', attributes: { tier: 'gold' },
      maxPricePerGpuHour: 3_000_000n, maxDurationS: 120, queueTimeoutMs: 5000, bidWindowMs: 200, retries: 2
    })
    expect(outDir).toBe(join(SPECS, 'out'))
  })

  it('name every bad field with its line and column, in one error', async () => {
    const text = await readFile(join(SPECS, 'broken.yaml'), 'utf8')
    const err = issuesOf(() => parseJobSpec(text, 'broken.yaml'))
    expect(err.code).toBe('ERR_INVALID_JOB_SPEC')
    const byPath = Object.fromEntries(err.issues.map(i => [i.path, i]))
    expect(byPath['resources.gpu.count']).toMatchObject({ line: 6, column: 12, message: 'must be >= 1' })
    // An unknown field points at its key, and says it is not part of the schema.
    expect(byPath['resources.gpu.colour']).toMatchObject({ line: 7, column: 5, message: expect.stringContaining('not a field') })
    // A url input without its sha256 and size: one message for the oneOf, not three branch failures.
    expect(byPath['inputs[0]']).toMatchObject({ line: 9, message: expect.stringContaining('exactly one of path, content or url') })
    expect(byPath['inputs[1].name']).toMatchObject({ line: 11, message: expect.stringContaining('plain file name') })
    expect(byPath['price.maxPerGpuHour']).toMatchObject({ line: 14, message: expect.stringContaining('micro-credits') })
    expect(err.message).toContain('broken.yaml: 6:12 resources.gpu.count: must be >= 1')
  })

  it('report YAML syntax errors and duplicate keys with their lines', () => {
    const err = issuesOf(() => parseJobSpec('apiVersion: gpumesh/v1\nkind: Job\ncommand: [echo\n', 'bad.yaml'))
    expect(err.issues[0]?.line).toBeGreaterThanOrEqual(3)
    const dup = issuesOf(() => parseJobSpec('apiVersion: gpumesh/v1\nkind: Job\ncommand: [a]\ncommand: [b]\n', 'dup.yaml'))
    expect(dup.issues[0]).toMatchObject({ line: 4 })
    expect(dup.issues[0]?.message).toMatch(/unique/i)
  })

  it('refuse another apiVersion, and check objects handed to the SDK (no lines there)', () => {
    expect(issuesOf(() => parseJobSpec('apiVersion: gpumesh/v2\nkind: Job\ncommand: [a]\n')).issues[0]).toMatchObject({ path: 'apiVersion', line: 1, message: 'must be "gpumesh/v1"' })
    const err = issuesOf(() => checkJobSpec({ apiVersion: 'gpumesh/v1', kind: 'Job', command: [], runtime: 'kubernetes' }))
    expect(err.issues.map(i => [i.path, i.line])).toEqual(expect.arrayContaining([['command', 0], ['runtime', 0]]))
  })

  it('read JSON as well, and take big prices as strings', () => {
    const doc = parseJobSpec(JSON.stringify({ apiVersion: 'gpumesh/v1', kind: 'Job', command: ['true'], price: { maxPerGpuHour: '18446744073709551615' } }), 'job.json')
    expect(doc.price?.maxPerGpuHour).toBe('18446744073709551615')
  })

  it('refuse a local input that cannot be read, naming it', async () => {
    const doc = parseJobSpec('apiVersion: gpumesh/v1\nkind: Job\ncommand: [a]\ninputs: [{ name: x, path: missing.bin }]\n')
    await expect(toSubmission(doc, { baseDir: SPECS })).rejects.toMatchObject({ name: 'JobSpecError', issues: [{ path: 'inputs[0].path', message: expect.stringContaining('ENOENT') }] })
  })

  it('keep url inputs as references with their hash and size', async () => {
    const sha = 'ab'.repeat(32)
    const doc = parseJobSpec(`apiVersion: gpumesh/v1\nkind: Job\ncommand: [a]\ninputs: [{ name: w.bin, url: "https://127.0.0.1/w.bin", sha256: "${sha}", size: 42 }]\n`)
    const { workload } = await toSubmission(doc)
    expect(workload.inputs?.[0]).toMatchObject({ name: 'w.bin', url: 'https://127.0.0.1/w.bin', size: 42, content: new Uint8Array(0) })
    expect(Buffer.from(workload.inputs?.[0]?.sha256 ?? []).toString('hex')).toBe(sha)
  })

  it('ship a schema Ajv compiles in strict mode', () => {
    expect(jobSpecSchema().$id).toMatch(/job-spec\.v1\.json$/)
    expect(checkJobSpec({ apiVersion: 'gpumesh/v1', kind: 'Job', command: ['true'] }).command).toEqual(['true'])
  })
})
