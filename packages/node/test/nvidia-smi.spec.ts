import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { InventoryError } from '../src/errors.js'
import { NVIDIA_SMI_QUERY, parseNvidiaSmiCsv } from '../src/inventory/nvidia-smi.js'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/inventory/${name}`, import.meta.url), 'utf8')

function parseError (text: string): InventoryError {
  try {
    parseNvidiaSmiCsv(text)
  } catch (err) {
    expect(err).toBeInstanceOf(InventoryError)
    return err as InventoryError
  }
  throw new Error('expected an InventoryError')
}

describe('parseNvidiaSmiCsv', () => {
  it('asks nvidia-smi for exactly the columns it parses', () => {
    expect(NVIDIA_SMI_QUERY).toEqual([
      '--query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu,compute_cap,driver_version',
      '--format=csv,noheader,nounits'
    ])
  })

  it('parses a single RTX 4090', () => {
    expect(parseNvidiaSmiCsv(fixture('nvidia-rtx4090.csv'))).toEqual([{
      index: 0,
      uuid: 'GPU-5c1f3d7e-8a2b-4c6d-9e0f-1a2b3c4d5e6f',
      vendor: 'nvidia',
      model: 'NVIDIA GeForce RTX 4090',
      vramMiB: 24564,
      memoryUsedMiB: 1243,
      utilizationPercent: 7,
      computeCapability: '8.9',
      driverVersion: '550.54.14',
      declared: false
    }])
  })

  it('parses 8x H100 80GB HBM3 in index order with distinct uuids', () => {
    const gpus = parseNvidiaSmiCsv(fixture('nvidia-8xh100.csv'))
    expect(gpus).toHaveLength(8)
    expect(gpus.map(g => g.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(new Set(gpus.map(g => g.uuid)).size).toBe(8)
    for (const g of gpus) {
      expect(g).toMatchObject({ vendor: 'nvidia', model: 'NVIDIA H100 80GB HBM3', vramMiB: 81559, computeCapability: '9.0', driverVersion: '535.129.03', declared: false })
      expect(g.uuid).toMatch(/^GPU-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    }
    expect(gpus[3]).toMatchObject({ memoryUsedMiB: 40211, utilizationPercent: 97 })
  })

  it('parses mixed cards, reading [N/A] fields as missing', () => {
    const gpus = parseNvidiaSmiCsv(fixture('nvidia-mixed.csv'))
    expect(gpus.map(g => [g.index, g.model, g.vramMiB, g.computeCapability, g.vendor, g.declared])).toEqual([
      [0, 'NVIDIA A100-SXM4-40GB', 40960, '8.0', 'nvidia', false],
      [1, 'NVIDIA GeForce RTX 3090', 24576, '8.6', 'nvidia', false],
      [2, 'Tesla T4', 15360, '7.5', 'nvidia', false]
    ])
    expect(gpus[2]).toMatchObject({ memoryUsedMiB: 0, utilizationPercent: undefined, uuid: 'GPU-3f405162-7c8d-9e0f-1a2b-c3d4e5f60718' })
    expect(gpus[1]).toMatchObject({ memoryUsedMiB: 312, utilizationPercent: 3 })
  })

  it('reads [Not Supported] compute capability as empty', () => {
    const [g] = parseNvidiaSmiCsv('0, GPU-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee, Tesla K80, 11441, 0, 0, [Not Supported], 470.256.02\n')
    expect(g).toMatchObject({ model: 'Tesla K80', vramMiB: 11441, computeCapability: '' })
  })

  it('gives no GPUs for empty output or only blank lines', () => {
    expect(parseNvidiaSmiCsv(fixture('nvidia-empty.csv'))).toEqual([])
    expect(parseNvidiaSmiCsv('\n\r\n   \n')).toEqual([])
  })

  it('handles CRLF line ends and blank lines between GPUs', () => {
    const lf = parseNvidiaSmiCsv(fixture('nvidia-mixed.csv'))
    const crlf = parseNvidiaSmiCsv('\r\n' + fixture('nvidia-mixed.csv').split('\n').join('\r\n\r\n'))
    expect(crlf).toEqual(lf)
    expect(crlf).toHaveLength(3)
  })

  it('refuses the driver-failure message, naming the line', () => {
    const err = parseError(fixture('nvidia-garbage.txt'))
    expect(err.code).toBe('ERR_INVENTORY')
    expect(err.message).toMatch(/line 1\b/)
    expect(err.message).toMatch(/expected 8 comma-separated fields, got 1/)
  })

  it('refuses a line with the wrong field count, naming that line', () => {
    const err = parseError(fixture('nvidia-wrong-fields.csv'))
    expect(err.message).toMatch(/line 2: expected 8 comma-separated fields, got 7/)
    expect(parseError('\n\n0, a, b, c, d, e, f, g, h, i\n').message).toMatch(/line 3:.*got 10/)
  })

  it('refuses missing or non-numeric memory.total and a missing name', () => {
    expect(parseError('0, GPU-x, Tesla T4, [N/A], 0, 0, 7.5, 535\n').message).toMatch(/line 1: memory\.total missing/)
    expect(parseError('0, GPU-x, Tesla T4, lots, 0, 0, 7.5, 535\n').message).toMatch(/line 1: memory\.total "lots" is not a number/)
    expect(parseError('0, GPU-x, , 15360, 0, 0, 7.5, 535\n').message).toMatch(/line 1: name missing/)
  })

  it('refuses the same index twice', () => {
    const line = fixture('nvidia-rtx4090.csv')
    expect(parseError(line + line).message).toMatch(/index 0 appears twice/)
  })
})
