import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { InventoryError } from '../src/errors.js'
import { parseRocmSmiJson } from '../src/inventory/rocm-smi.js'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/inventory/${name}`, import.meta.url), 'utf8')

function parseError (text: string): InventoryError {
  try {
    parseRocmSmiJson(text)
  } catch (err) {
    expect(err).toBeInstanceOf(InventoryError)
    return err as InventoryError
  }
  throw new Error('expected an InventoryError')
}

describe('parseRocmSmiJson', () => {
  it('parses an MI250X as two GCDs of 64 GiB', () => {
    const gpus = parseRocmSmiJson(fixture('rocm-mi250x.json'))
    expect(gpus.map(g => [g.index, g.model, g.vramMiB, g.computeCapability, g.vendor, g.declared])).toEqual([
      [0, 'AMD INSTINCT MI250X / MI250', 65520, '', 'amd', false],
      [1, 'AMD INSTINCT MI250X / MI250', 65520, '', 'amd', false]
    ])
    expect(gpus[0]).toMatchObject({ uuid: 'amd-card0', memoryUsedMiB: 10, utilizationPercent: undefined })
    expect(gpus[1]?.uuid).toBe('amd-card1')
  })

  it('parses an MI300X (ROCm 6 key spelling) with its gfx version, skipping the system entry', () => {
    expect(parseRocmSmiJson(fixture('rocm-mi300x.json'))).toEqual([{
      index: 0,
      uuid: 'amd-card0',
      vendor: 'amd',
      model: 'AMD Instinct MI300X OAM',
      vramMiB: 196592,
      memoryUsedMiB: 278,
      utilizationPercent: undefined,
      computeCapability: 'gfx942',
      driverVersion: '',
      declared: false
    }])
  })

  it('sorts cards by number, not by key order', () => {
    const doc = JSON.parse(fixture('rocm-mi250x.json')) as Record<string, unknown>
    const reordered = JSON.stringify({ card10: doc.card0, card2: doc.card1 })
    expect(parseRocmSmiJson(reordered).map(g => g.index)).toEqual([2, 10])
  })

  it('handles CRLF and surrounding blank lines; empty output is no GPUs', () => {
    const text = '\r\n' + JSON.stringify(JSON.parse(fixture('rocm-mi250x.json')), null, 2).replace(/\n/g, '\r\n') + '\r\n\r\n'
    expect(parseRocmSmiJson(text)).toEqual(parseRocmSmiJson(fixture('rocm-mi250x.json')))
    expect(parseRocmSmiJson('')).toEqual([])
    expect(parseRocmSmiJson('\r\n\n')).toEqual([])
  })

  it('refuses malformed JSON', () => {
    expect(parseError(fixture('rocm-malformed.json')).message).toMatch(/rocm-smi: output is not JSON/)
  })

  it('refuses a non-object document and cards without a name or VRAM, naming the card', () => {
    expect(parseError('[1,2]').message).toMatch(/expected a JSON object/)
    expect(parseError('{"card3": "x"}').message).toMatch(/card3 is not an object/)
    expect(parseError('{"card1": {"VRAM Total Memory (B)": "1024"}}').message).toMatch(/card1 has no product name/)
    expect(parseError('{"card0": {"Card series": "MI100", "VRAM Total Memory (B)": "N/A"}}').message).toMatch(/card0 has no VRAM total/)
  })
})
