import { readFileSync } from 'node:fs'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DeclaredGpu } from '../src/config/node-config.js'
import { detectGpus, toGpuOffers, type CommandRunner, type InventoryGpu } from '../src/inventory/gpu-inventory.js'
import { readSystemResources } from '../src/inventory/system-resources.js'

const fixturePath = (name: string): string => new URL(`./fixtures/inventory/${name}`, import.meta.url).pathname
const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8')

function enoent (command: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`spawn ${command} ENOENT`)
  err.code = 'ENOENT'
  return err
}

/** A runner answering per tool: a string is stdout, an Error is a rejection. */
function runner (answers: Record<string, string | Error>): CommandRunner & { calls: string[] } {
  const calls: string[] = []
  const run = async (command: string): Promise<string> => {
    calls.push(command)
    const answer = answers[command] ?? enoent(command)
    if (answer instanceof Error) throw answer
    return answer
  }
  return Object.assign(run, { calls })
}

const A100: DeclaredGpu = { vendor: 'nvidia', model: 'NVIDIA A100 80GB PCIe', vramMiB: 81920, count: 2, computeCapability: '8.0' }
const MI100: DeclaredGpu = { vendor: 'amd', model: 'AMD Instinct MI100', vramMiB: 32752, count: 1, computeCapability: 'gfx908' }

describe('detectGpus', () => {
  it('notes missing tools (ENOENT) and finds no GPUs', async () => {
    const run = runner({})
    const { gpus, notes } = await detectGpus({ detect: true, declared: [], runCommand: run })
    expect(gpus).toEqual([])
    expect(run.calls).toEqual(['nvidia-smi', 'rocm-smi'])
    expect(notes).toEqual(['nvidia-smi not found: no NVIDIA GPUs detected', 'rocm-smi not found: no AMD GPUs detected'])
  })

  it('notes a failing tool by its first error line', async () => {
    const failed = Object.assign(new Error('Command failed: nvidia-smi\nmore detail'), { code: 9 })
    const { gpus, notes } = await detectGpus({ detect: true, declared: [], runCommand: runner({ 'nvidia-smi': failed }) })
    expect(gpus).toEqual([])
    expect(notes[0]).toBe('nvidia-smi failed: Command failed: nvidia-smi')
  })

  it('notes garbage output and still offers declared GPUs', async () => {
    const { gpus, notes } = await detectGpus({
      detect: true,
      declared: [A100],
      runCommand: runner({ 'nvidia-smi': fixture('nvidia-garbage.txt'), 'rocm-smi': fixture('rocm-malformed.json') })
    })
    expect(notes).toHaveLength(2)
    expect(notes[0]).toMatch(/^nvidia-smi output could not be read: nvidia-smi line 1:/)
    expect(notes[1]).toMatch(/^rocm-smi output could not be read: rocm-smi: output is not JSON/)
    expect(gpus.map(g => [g.index, g.model, g.declared])).toEqual([[0, A100.model, true], [1, A100.model, true]])
  })

  it('numbers NVIDIA then AMD GPUs uniquely and appends declared ones after them', async () => {
    const { gpus, notes } = await detectGpus({
      detect: true,
      declared: [A100, MI100],
      runCommand: runner({ 'nvidia-smi': fixture('nvidia-mixed.csv'), 'rocm-smi': fixture('rocm-mi250x.json') })
    })
    expect(notes).toEqual([])
    expect(gpus.map(g => [g.index, g.vendor, g.model, g.declared])).toEqual([
      [0, 'nvidia', 'NVIDIA A100-SXM4-40GB', false],
      [1, 'nvidia', 'NVIDIA GeForce RTX 3090', false],
      [2, 'nvidia', 'Tesla T4', false],
      [3, 'amd', 'AMD INSTINCT MI250X / MI250', false],
      [4, 'amd', 'AMD INSTINCT MI250X / MI250', false],
      [5, 'nvidia', A100.model, true],
      [6, 'nvidia', A100.model, true],
      [7, 'amd', MI100.model, true]
    ])
    expect(gpus[5]).toEqual({ index: 5, uuid: 'declared-0-0', vendor: 'nvidia', model: A100.model, vramMiB: 81920, computeCapability: '8.0', declared: true })
    expect(gpus[7]?.uuid).toBe('declared-1-0')
    expect(new Set(gpus.map(g => g.uuid)).size).toBe(gpus.length)
  })

  it('runs no tool when detection is off', async () => {
    const run = runner({ 'nvidia-smi': fixture('nvidia-rtx4090.csv') })
    const { gpus, notes } = await detectGpus({ detect: false, declared: [MI100], runCommand: run })
    expect(run.calls).toEqual([])
    expect(notes).toEqual([])
    expect(gpus).toEqual([{ index: 0, uuid: 'declared-0-0', vendor: 'amd', model: MI100.model, vramMiB: 32752, computeCapability: 'gfx908', declared: true }])
  })

  describe('with the real execRunner and a fake nvidia-smi on PATH', () => {
    let dir: string | undefined
    let savedPath: string | undefined
    beforeEach(async () => {
      savedPath = process.env.PATH
      dir = await mkdtemp(join(tmpdir(), 'gpumesh-fake-smi-'))
    })
    afterEach(async () => {
      process.env.PATH = savedPath
      if (dir !== undefined) await rm(dir, { recursive: true, force: true })
      dir = undefined
    })

    it('finds the GPUs the tool prints', async () => {
      if (dir === undefined) throw new Error('no temp dir')
      const nvidia = join(dir, 'nvidia-smi')
      // The fake checks it is asked for the query the parser expects.
      await writeFile(nvidia, `#!/bin/sh
[ "$1" = "--query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu,compute_cap,driver_version" ] || { echo "bad args: $*" >&2; exit 2; }
cat '${fixturePath('nvidia-8xh100.csv')}'
`)
      // An empty answer from rocm-smi: the machine's own tools must not leak in.
      await writeFile(join(dir, 'rocm-smi'), '#!/bin/sh\nexit 0\n')
      await chmod(nvidia, 0o755)
      await chmod(join(dir, 'rocm-smi'), 0o755)
      process.env.PATH = `${dir}${delimiter}${savedPath ?? ''}`
      const { gpus, notes } = await detectGpus({ detect: true, declared: [] })
      expect(notes).toEqual([])
      expect(gpus).toHaveLength(8)
      expect(gpus.every(g => g.model === 'NVIDIA H100 80GB HBM3' && g.vramMiB === 81559 && g.computeCapability === '9.0' && !g.declared)).toBe(true)
      expect(gpus[0]?.uuid).toBe('GPU-3f9c2a61-0b7e-4d52-a8c1-5e6f7a8b9c0d')
    })
  })
})

describe('toGpuOffers', () => {
  const gpu = (index: number, model: string, extra: Partial<InventoryGpu> = {}): InventoryGpu =>
    ({ index, uuid: `u${index}`, vendor: 'nvidia', model, vramMiB: 81559, computeCapability: '9.0', declared: false, ...extra })

  it('groups identical cards and counts the free ones', () => {
    const gpus = [
      gpu(0, 'H100'), gpu(1, 'H100'), gpu(2, 'H100'),
      gpu(3, 'RTX 4090', { vramMiB: 24564, computeCapability: '8.9' }),
      gpu(4, 'H100', { declared: true }),
      gpu(5, 'H100', { vramMiB: 95830 })
    ]
    expect(toGpuOffers(gpus, new Set([0, 2, 4, 99]))).toEqual([
      { vendor: 'nvidia', model: 'H100', vramMiB: 81559, computeCapability: '9.0', countTotal: 3, countFree: 2, declared: false },
      { vendor: 'nvidia', model: 'RTX 4090', vramMiB: 24564, computeCapability: '8.9', countTotal: 1, countFree: 0, declared: false },
      { vendor: 'nvidia', model: 'H100', vramMiB: 81559, computeCapability: '9.0', countTotal: 1, countFree: 1, declared: true },
      { vendor: 'nvidia', model: 'H100', vramMiB: 95830, computeCapability: '9.0', countTotal: 1, countFree: 0, declared: false }
    ])
  })

  it('gives no offers for no GPUs', () => {
    expect(toGpuOffers([], new Set([0]))).toEqual([])
  })
})

describe('readSystemResources', () => {
  it('returns positive whole numbers for this machine', async () => {
    const r = await readSystemResources(tmpdir())
    for (const v of [r.cpuCores, r.memoryMiB, r.diskFreeMiB]) {
      expect(Number.isSafeInteger(v)).toBe(true)
      expect(v).toBeGreaterThan(0)
    }
  })

  it('rejects a data dir that does not exist', async () => {
    await expect(readSystemResources(join(tmpdir(), 'gpumesh-no-such-dir-' + String(process.pid), 'x'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
