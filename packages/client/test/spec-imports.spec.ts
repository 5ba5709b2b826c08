/**
 * Akash SDL and Bacalhau job imports, on files as published in those projects'
 * repositories (test/fixtures/imports/, each naming its source): every field maps or is
 * reported with its path and line; the result is a spec the schema accepts.
 */
import { readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { completeSpec, loadSpecFile } from '../src/spec/spec-loader.js'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'imports')
const akash = (f: string): string => join(FIXTURES, 'akash', f)
const bacalhau = (f: string): string => join(FIXTURES, 'bacalhau', f)

describe('Akash SDL import', () => {
  it('maps a GPU service: image, argv, env, cpu, memory, storage, the GPU model with its VRAM and interface, pricing with a rate', async () => {
    const loaded = await loadSpecFile(akash('mistral-7b.yaml'), { rates: { uact: 1n } })
    expect(loaded.format).toBe('akash')
    expect(loaded.spec).toMatchObject({
      runtime: 'docker',
      image: 'lmsysorg/sglang:v0.4.5.post3-cu125-srt',
      command: ['bash', '-c', expect.stringContaining('sglang.launch_server --model-path mistralai/Mistral-7B-Instruct-v0.3')],
      env: { HF_TOKEN: '' },
      resources: { cpuCores: 12, memoryMiB: 32 * 1024, diskMiB: 60 * 1024, gpu: { count: 1, vendor: 'nvidia', model: '*a100*' } },
      // 1000000 uact a block x 590 blocks an hour x 1 micro-credit per uact, one GPU.
      price: { maxPerGpuHour: 590_000_000 }
    })
    const unsupported = loaded.report?.unsupported.map(n => n.path) ?? []
    expect(unsupported).toEqual(expect.arrayContaining([
      'services.vllm.expose', 'services.vllm.params.storage',
      'profiles.compute.vllm.resources.storage[2]', // shm, class ram
      'profiles.compute.vllm.resources.gpu.attributes.vendor.nvidia[1]' // rtx4090, an alternative model
    ]))
    const alt = loaded.report?.unsupported.find(n => n.path.endsWith('nvidia[1]'))
    expect(alt?.line).toBe(54)
    expect(completeSpec(loaded.spec, 'mistral').kind).toBe('Job')
  })

  it('turns gpu ram and interface into the VRAM floor and the model pattern', async () => {
    const loaded = await loadSpecFile(akash('mistral-7b.yaml'), {})
    // Without a rate the price is reported, not guessed.
    expect(loaded.spec.price).toBeUndefined()
    expect(loaded.report?.unsupported.find(n => n.path === 'profiles.placement.dcloud.pricing.vllm')?.detail).toContain('--rate uact=')
  })

  it('reads v2.1: region and placement attributes, milli-CPU, and reports a service with no command as needing one', async () => {
    const loaded = await loadSpecFile(akash('v2.1-confidential-compute-gpu.yaml'), { rates: { uact: 2n } })
    expect(loaded.spec).toMatchObject({
      image: 'nginx',
      resources: { cpuCores: 1, memoryMiB: 128, diskMiB: 1024, gpu: { count: 1, vendor: 'nvidia', model: '*h100*' } },
      placement: { region: 'us-west', attributes: { 'confidential-compute': 'true', 'confidential-compute-tee': 'amd-sev-snp' } },
      price: { maxPerGpuHour: 50 * 590 * 2 }
    })
    expect(loaded.spec.command).toBeUndefined()
    expect(loaded.report?.needed[0]).toMatchObject({ path: 'services.web', line: 5, detail: expect.stringContaining('a command') })
    expect(() => completeSpec(loaded.spec, 'web')).toThrow(/command: is required/)
  })

  it('makes one spec per service of a multi-service SDL, or the one asked for', async () => {
    const all = await loadSpecFile(akash('v2.1-simple4.yaml'))
    expect(all.specs.map(s => s.service)).toEqual(['wordpress', 'db'])
    expect(all.report?.unsupported.map(n => n.path)).toEqual(expect.arrayContaining(['services.wordpress.depends_on', 'profiles.compute.db.resources.storage[1].attributes', 'profiles.compute.db.resources.gpu']))
    const one = await loadSpecFile(akash('v2.1-simple4.yaml'), { service: 'db' })
    expect(one.specs).toHaveLength(1)
    expect(one.spec).toMatchObject({ name: 'db', image: 'mariadb:10.6.4', env: { MYSQL_DATABASE: 'wordpress' } })
    await expect(loadSpecFile(akash('v2.1-simple4.yaml'), { service: 'cache' })).rejects.toMatchObject({ name: 'JobSpecError' })
  })

  it('reports placement attributes, GPU vendors without a model list, and deployment counts', async () => {
    const ace = await loadSpecFile(akash('ace-music-ai.yaml'))
    expect(ace.spec.placement).toEqual({ attributes: { host: 'akash' } })
    expect(ace.spec.resources?.gpu).toEqual({ count: 1, vendor: 'nvidia' })
    const a1111 = await loadSpecFile(akash('automatic1111.yaml'))
    expect(a1111.spec.env).toEqual({ COMMANDLINE_ARGS: '--listen --port=8080 --no-half', LINK_MODEL: '' })
    expect(a1111.report?.needed.map(n => n.path)).toEqual(['services.app'])
  })

  it('leaves no field of any fixture unaccounted for', async () => {
    for (const dir of ['akash', 'bacalhau']) {
      for (const f of await readdir(join(FIXTURES, dir))) {
        const loaded = await loadSpecFile(join(FIXTURES, dir, f))
        const r = loaded.report
        expect(r, f).toBeDefined()
        // Every note has a position in the file.
        for (const n of [...(r?.mapped ?? []), ...(r?.unsupported ?? []), ...(r?.needed ?? [])]) expect(n.line, `${f} ${n.path}`).toBeGreaterThan(0)
      }
    }
  })
})

describe('Bacalhau job import', () => {
  it('maps the quick start\'s word count: image, Parameters as argv, a urlDownload input, the local publisher', async () => {
    const loaded = await loadSpecFile(bacalhau('quick-start-word-count.yaml'))
    expect(loaded.format).toBe('bacalhau')
    expect(loaded.spec).toMatchObject({
      runtime: 'docker',
      image: 'ghcr.io/bacalhau-project/word-count:latest',
      command: ['--output-file', '/outputs/moby-dick-counts.txt', '/data/moby-dick.txt'],
      inputs: [{ name: 'moby-dick.txt', url: 'https://www.gutenberg.org/files/2701/2701-0.txt' }]
    })
    expect(loaded.report?.mapped.find(n => n.path === 'Tasks[0].Engine.Params.Parameters')?.detail).toContain('assuming the image has no ENTRYPOINT')
    expect(loaded.report?.unsupported.map(n => n.path)).toEqual(['Tasks[0].ResultPaths[0]'])
    // Bacalhau inputs carry no hash: the spec says what it still needs, and the schema agrees.
    expect(loaded.report?.needed.map(n => n.detail)).toEqual([expect.stringContaining('sha256 and .size')])
    expect(() => completeSpec(loaded.spec, 'word-count')).toThrow(/inputs\[0\]: an input has exactly one of/)
  })

  it('maps Resources with a GPU and Timeouts', async () => {
    const gpu = await loadSpecFile(bacalhau('resource-requirements-gpu.yaml'))
    expect(gpu.spec).toMatchObject({ image: 'ubuntu:latest', command: ['echo', 'Hello, world!'], resources: { cpuCores: 2, memoryMiB: 3815, diskMiB: 9537, gpu: { count: 1 } } })
    expect(gpu.report?.unsupported).toEqual([])
    expect(completeSpec(gpu.spec, 'gpu').resources?.gpu?.count).toBe(1)
    const t = await loadSpecFile(bacalhau('timeouts.yaml'))
    expect(t.spec.timeouts).toEqual({ jobS: 1800, queueMs: 600_000 })
  })

  it('reports what does not map: Namespace, an s3 source, ResultPaths, and misplaced fields of a published example', async () => {
    const s3 = await loadSpecFile(bacalhau('docker-s3.yaml'))
    expect(s3.report?.unsupported.map(n => [n.path, n.line])).toEqual([['Namespace', 4], ['Tasks[0].InputSources[0]', 18]])
    expect(s3.spec.inputs).toBeUndefined()
    const out = await loadSpecFile(bacalhau('docker-output.yaml'))
    expect(out.report?.mapped.map(n => n.path)).toContain('Tasks[0].Publisher')
    // The operators' GPU page puts Entrypoint beside Params and calls Resources ResourcesConfig:
    // Bacalhau would ignore them; the import says so instead.
    const ops = await loadSpecFile(bacalhau('operators-gpu.yaml'))
    expect(ops.report?.unsupported.map(n => n.path)).toEqual(['Tasks[0].Engine.Entrypoint', 'Tasks[0].Engine.Parameters', 'Tasks[0].ResourcesConfig'])
    expect(ops.report?.needed[0]?.detail).toContain('a command')
  })

  it('refuses job types other than batch, naming the field', async () => {
    const { parseSpecText } = await import('../src/spec/spec-loader.js')
    expect(() => parseSpecText('Type: service\nTasks: [{ Name: main }]\n', 'svc.yaml')).toThrow(/1:7 Type: Type service: only batch/)
  })
})
