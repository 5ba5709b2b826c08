import { describe, expect, it } from 'vitest'
import { Limits, MAX_INPUT_BYTES } from '../src/constants.js'
import { InvalidWorkloadSpecError } from '../src/errors.js'
import { isPlainFileName, validateWorkloadSpec, type WorkloadSpec } from '../src/workload-spec.js'
import * as f from './fixtures.js'

function field (input: Partial<WorkloadSpec>, limits?: Parameters<typeof validateWorkloadSpec>[1]): string {
  try {
    validateWorkloadSpec(input, limits)
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidWorkloadSpecError)
    expect((err as InvalidWorkloadSpecError).code).toBe('ERR_INVALID_WORKLOAD_SPEC')
    return (err as InvalidWorkloadSpecError).field
  }
  throw new Error('spec was accepted')
}

const file = (name: string, bytes = 1): { name: string, content: Uint8Array } => ({ name, content: new Uint8Array(bytes) })

describe('validateWorkloadSpec', () => {
  it('accepts a valid spec unchanged and fills defaults for a minimal one', () => {
    expect(validateWorkloadSpec(f.spec())).toEqual(f.spec())
    expect(validateWorkloadSpec({ command: ['nvidia-smi'] })).toEqual({
      runtime: 'process', image: '', command: ['nvidia-smi'], env: {}, inputs: [], timeoutS: 3600, network: false, service: false, ports: []
    })
  })

  it('accepts a service with its ports, and refuses ports that are not TCP ports or repeat', () => {
    expect(validateWorkloadSpec(f.spec({ service: true, ports: [8888, 22] }))).toMatchObject({ service: true, ports: [8888, 22] })
    for (const [ports, field] of [[[0], 'ports[0]'], [[65536], 'ports[0]'], [[80, 80], 'ports[1]'], [[1.5], 'ports[0]'], [Array.from({ length: 17 }, (_, i) => i + 1), 'ports']] as const) {
      expect(() => validateWorkloadSpec(f.spec({ ports: [...ports] })), JSON.stringify(ports)).toThrow(expect.objectContaining({ name: 'InvalidWorkloadSpecError', field }))
    }
  })

  it.each([
    ['no command', { command: [] }, 'command'],
    ['an empty program', { command: [''] }, 'command[0]'],
    ['a blank program', { command: ['  '] }, 'command[0]'],
    ['a NUL in an argument', { command: ['echo', 'a\u0000b'] }, 'command[1]'],
    ['a non-string argument', { command: ['echo', 3 as unknown as string] }, 'command[1]'],
    ['too many arguments', { command: Array.from({ length: Limits.commandArgs + 1 }, () => 'x') }, 'command'],
    ['a command too long', { command: ['echo', 'x'.repeat(Limits.commandChars)] }, 'command'],
    ['an unknown runtime', { runtime: 'wasm', command: ['x'] }, 'runtime'],
    ['docker without an image', { runtime: 'docker', image: '', command: ['x'] }, 'image'],
    ['an image name too long', { runtime: 'docker', image: 'i'.repeat(Limits.shortStringChars + 1), command: ['x'] }, 'image'],
    ['an env name with a dash', { command: ['x'], env: { 'MY-VAR': '1' } }, 'env.MY-VAR'],
    ['an env name starting with a digit', { command: ['x'], env: { '1VAR': '1' } }, 'env.1VAR'],
    ['an empty env name', { command: ['x'], env: { '': '1' } }, 'env.'],
    ['an env name with "="', { command: ['x'], env: { 'A=B': '1' } }, 'env.A=B'],
    ['an env value with a NUL', { command: ['x'], env: { A: 'x\u0000' } }, 'env.A'],
    ['an env value too long', { command: ['x'], env: { A: 'x'.repeat(Limits.envValueChars + 1) } }, 'env.A'],
    ['too many env vars', { command: ['x'], env: Object.fromEntries(Array.from({ length: Limits.envVars + 1 }, (_, i) => [`V${i}`, ''])) }, 'env'],
    ['an input path with a slash', { command: ['x'], inputs: [file('../etc/passwd')] }, 'inputs[0].name'],
    ['an input named ".."', { command: ['x'], inputs: [file('..')] }, 'inputs[0].name'],
    ['an input named "."', { command: ['x'], inputs: [file('.')] }, 'inputs[0].name'],
    ['an input with a backslash', { command: ['x'], inputs: [file('a\\b')] }, 'inputs[0].name'],
    ['an input with a control character', { command: ['x'], inputs: [file('a\nb')] }, 'inputs[0].name'],
    ['an input with an empty name', { command: ['x'], inputs: [file('')] }, 'inputs[0].name'],
    ['an input name too long', { command: ['x'], inputs: [file('n'.repeat(Limits.fileNameChars + 1))] }, 'inputs[0].name'],
    ['duplicate input names', { command: ['x'], inputs: [file('a.txt'), file('b.txt'), file('a.txt')] }, 'inputs[2].name'],
    ['too many inputs', { command: ['x'], inputs: Array.from({ length: Limits.inputFiles + 1 }, (_, i) => file(`f${i}`)) }, 'inputs'],
    ['inputs too large together', { command: ['x'], inputs: [file('a', MAX_INPUT_BYTES / 2), file('b', MAX_INPUT_BYTES / 2 + 1)] }, 'inputs'],
    ['a zero timeout', { command: ['x'], timeoutS: 0 }, 'timeoutS'],
    ['a timeout beyond the maximum', { command: ['x'], timeoutS: Limits.maxTimeoutS + 1 }, 'timeoutS'],
    ['a fractional timeout', { command: ['x'], timeoutS: 1.5 }, 'timeoutS'],
    ['a NaN timeout', { command: ['x'], timeoutS: Number.NaN }, 'timeoutS']
  ] as Array<[string, Partial<WorkloadSpec>, string]>)('rejects %s', (_name, input, culprit) => {
    expect(field(input)).toBe(culprit)
  })

  it('accepts inputs exactly at the size limit and timeouts at both ends', () => {
    expect(() => validateWorkloadSpec({ command: ['x'], inputs: [file('a', MAX_INPUT_BYTES)] })).not.toThrow()
    expect(() => validateWorkloadSpec({ command: ['x'], timeoutS: Limits.minTimeoutS })).not.toThrow()
    expect(() => validateWorkloadSpec({ command: ['x'], timeoutS: Limits.maxTimeoutS })).not.toThrow()
  })

  it('applies a provider\'s own tighter limits', () => {
    expect(field({ runtime: 'docker', image: 'x', command: ['x'] }, { runtimes: ['process'] })).toBe('runtime')
    expect(field({ command: ['x'], timeoutS: 601 }, { maxTimeoutS: 600 })).toBe('timeoutS')
    expect(field({ command: ['x'], inputs: [file('a', 11)] }, { maxInputBytes: 10 })).toBe('inputs')
    expect(field({ command: ['x'], env: { A: '', B: '' } }, { maxEnvVars: 1 })).toBe('env')
    expect(field({ command: ['a', 'b'] }, { maxCommandArgs: 1 })).toBe('command')
  })

  it('isPlainFileName allows ordinary names with dots and spaces', () => {
    expect(isPlainFileName('model.v2.pt')).toBe(true)
    expect(isPlainFileName('my data.csv')).toBe(true)
    expect(isPlainFileName('.hidden')).toBe(true)
  })
})
