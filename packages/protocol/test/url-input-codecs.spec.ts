/** The wire fields of inputs by URL and the preparing phase: round trips and the rules on them. */
import { describe, expect, it } from 'vitest'
import { decodeJobEvent, decodeWorkloadSpec, encodeJobEvent, encodeWorkloadSpec, validateWorkloadSpec, type WorkloadSpec } from '../src/index.js'

const SHA = new Uint8Array(32).fill(9)
const spec = (input: Partial<WorkloadSpec['inputs'][number]>): Partial<WorkloadSpec> => ({ command: ['true'], inputs: [{ name: 'w.bin', content: new Uint8Array(0), ...input }] })

describe('inputs by URL on the wire', () => {
  it('round-trip an input by URL and the preparing timeout', () => {
    const s = validateWorkloadSpec({ ...spec({ url: 'https://127.0.0.1/w.bin', sha256: SHA, size: 1234 }), preparingTimeoutS: 90 })
    const back = decodeWorkloadSpec(encodeWorkloadSpec(s))
    expect(back.inputs[0]).toEqual({ name: 'w.bin', content: new Uint8Array(0), url: 'https://127.0.0.1/w.bin', sha256: SHA, size: 1234 })
    expect(back.preparingTimeoutS).toBe(90)
    // Inline inputs carry no url fields, and a spec without the timeout decodes without it.
    expect(decodeWorkloadSpec(encodeWorkloadSpec(validateWorkloadSpec(spec({ content: new Uint8Array([1]) })))).inputs[0]).toEqual({ name: 'w.bin', content: new Uint8Array([1]) })
  })

  it('refuse url inputs without their hash or size, with content, with credentials, or not http(s)', () => {
    expect(() => validateWorkloadSpec(spec({ url: 'https://h/w', size: 1 }))).toThrow(/inputs\[0\]\.sha256/)
    expect(() => validateWorkloadSpec(spec({ url: 'https://h/w', sha256: SHA }))).toThrow(/inputs\[0\]\.size/)
    expect(() => validateWorkloadSpec(spec({ url: 'https://h/w', sha256: SHA, size: 1, content: new Uint8Array([1]) }))).toThrow(/carries no content/)
    expect(() => validateWorkloadSpec(spec({ url: 'https://u:p@h/w', sha256: SHA, size: 1 }))).toThrow(/credentials/)
    expect(() => validateWorkloadSpec(spec({ url: 'file:///etc/passwd', sha256: SHA, size: 1 }))).toThrow(/not http: or https:/)
    expect(() => validateWorkloadSpec({ ...spec({}), preparingTimeoutS: 90_000 })).toThrow(/preparingTimeoutS/)
  })

  it('round-trip a preparing event', () => {
    const e = { jobId: 'j', seq: 3, atMs: 1, type: 'preparing' as const, name: 'w.bin', bytesDone: 10, bytesTotal: 20, cached: false }
    expect(decodeJobEvent(encodeJobEvent(e))).toEqual(e)
  })
})
