/** The forward and exec messages: each survives a round trip, and a hostile one is refused by the decoder. */
import { describe, expect, it } from 'vitest'
import { Limits } from '../src/constants.js'
import { encodeWire } from '../src/fields.js'
import { pb } from '../src/pb.js'
import {
  SessionRefusalCode, decodeExecInput, decodeExecOutput, decodeExecRequest, decodeForwardRequest, decodeSessionAnswer,
  encodeExecInput, encodeExecOutput, encodeExecRequest, encodeForwardRequest, encodeSessionAnswer, sessionRefusalCodeName,
  type ExecInput, type ExecOutput
} from '../src/session-messages.js'

describe('session messages', () => {
  it('survive encode then decode unchanged', () => {
    const forward = { jobId: 'job-1', port: 8888, probe: true }
    expect(decodeForwardRequest(encodeForwardRequest(forward))).toEqual(forward)
    const answer = { refusal: SessionRefusalCode.SESSION_REFUSAL_CODE_NOT_OWNER, detail: 'no' }
    expect(decodeSessionAnswer(encodeSessionAnswer(answer))).toEqual(answer)
    const exec = { jobId: 'job-1', command: ['bash', '-l'], tty: true, size: { rows: 40, cols: 120 }, env: { TERM: 'xterm-256color' } }
    expect(decodeExecRequest(encodeExecRequest(exec))).toEqual(exec)
    const inputs: ExecInput[] = [{ kind: 'stdin', data: new Uint8Array([3]) }, { kind: 'stdin-eof' }, { kind: 'resize', size: { rows: 1, cols: 2 } }, { kind: 'signal', signal: 2 }]
    for (const i of inputs) expect(decodeExecInput(encodeExecInput(i))).toEqual(i)
    const outputs: ExecOutput[] = [{ kind: 'started' }, { kind: 'stdout', data: new Uint8Array([1]) }, { kind: 'stderr', data: new Uint8Array([2]) }, { kind: 'exit', exitCode: 130 }, { kind: 'refusal', answer }]
    for (const o of outputs) expect(decodeExecOutput(encodeExecOutput(o))).toEqual(o)
    expect(sessionRefusalCodeName(SessionRefusalCode.SESSION_REFUSAL_CODE_PORT_NOT_DECLARED)).toBe('port-not-declared')
  })

  it('refuses what a hostile peer could send', () => {
    const bad: Array<[string, () => unknown]> = [
      ['port 0', () => decodeForwardRequest(encodeWire(pb.ForwardRequest, pb.ForwardRequest.create({ jobId: 'j', port: 0 })))],
      ['port 70000', () => decodeForwardRequest(encodeWire(pb.ForwardRequest, pb.ForwardRequest.create({ jobId: 'j', port: 70000 })))],
      ['no job id', () => decodeForwardRequest(encodeWire(pb.ForwardRequest, pb.ForwardRequest.create({ port: 80 })))],
      ['a long job id', () => decodeForwardRequest(encodeWire(pb.ForwardRequest, pb.ForwardRequest.create({ jobId: 'x'.repeat(Limits.idChars + 1), port: 80 })))],
      ['an unknown refusal', () => decodeSessionAnswer(encodeWire(pb.ForwardResponse, pb.ForwardResponse.create({ refusal: 99 as pb.SessionRefusalCode })))],
      ['an empty command', () => decodeExecRequest(encodeWire(pb.ExecRequest, pb.ExecRequest.create({ jobId: 'j', command: [] })))],
      ['a NUL in the command', () => decodeExecRequest(encodeWire(pb.ExecRequest, pb.ExecRequest.create({ jobId: 'j', command: ['a\u0000b'] })))],
      ['a bad env name', () => decodeExecRequest(encodeWire(pb.ExecRequest, pb.ExecRequest.create({ jobId: 'j', command: ['sh'], env: { 'A=B': 'x' } })))],
      ['too many env vars', () => decodeExecRequest(encodeWire(pb.ExecRequest, pb.ExecRequest.create({ jobId: 'j', command: ['sh'], env: Object.fromEntries(Array.from({ length: Limits.execEnvVars + 1 }, (_, i) => [`V${i}`, 'x'])) })))],
      ['a huge terminal', () => decodeExecRequest(encodeWire(pb.ExecRequest, pb.ExecRequest.create({ jobId: 'j', command: ['sh'], size: { rows: 100000, cols: 1 } })))],
      ['a signal other than INT, TERM, KILL', () => decodeExecInput(encodeWire(pb.ExecInput, pb.ExecInput.create({ signal: 19 })))],
      ['an oversize stdin chunk', () => decodeExecInput(encodeWire(pb.ExecInput, pb.ExecInput.create({ stdin: new Uint8Array(64 * 1024) })))],
      ['an empty input', () => decodeExecInput(new Uint8Array(0))],
      ['garbage', () => decodeExecOutput(new Uint8Array([0xff, 0xff, 0xff]))]
    ]
    for (const [what, fn] of bad) expect(fn, what).toThrow(expect.objectContaining({ name: expect.stringMatching(/InvalidMessageError|MessageTooLargeError/) }))
  })
})
