/**
 * Messages of the sessions into a running job (session.proto): `/gpumesh/forward/1.0.0`
 * (a TCP connection to a port the job declared) and `/gpumesh/exec/1.0.0` (a command or
 * a shell inside the job's sandbox). Decoders check every field against its limit: the
 * provider reads these from whoever dials it.
 */
import { EXEC_CHUNK_BYTES, Limits } from './constants.js'
import { InvalidMessageError } from './errors.js'
import { checkBytes, checkCount, checkEnum, checkRange, checkString, checkStringMap, checkWireMap, decodeWire, encodeWire } from './fields.js'
import { pb } from './pb.js'

export const SessionRefusalCode = pb.SessionRefusalCode
export type SessionRefusalCode = pb.SessionRefusalCode

/** The short name of a refusal code: `not-owner`, `port-not-declared`, ... */
export function sessionRefusalCodeName (code: SessionRefusalCode): string {
  const name = pb.SessionRefusalCode[code] as string | undefined
  return name === undefined ? 'unknown' : name.replace('SESSION_REFUSAL_CODE_', '').toLowerCase().replaceAll('_', '-')
}

export interface ForwardRequest {
  jobId: string
  port: number
  /** Check and connect, answer, then close: nothing is carried. */
  probe: boolean
}

/** `refusal` 0 (UNSPECIFIED) means accepted. */
export interface SessionAnswer {
  refusal: SessionRefusalCode
  detail: string
}

export interface TerminalSize {
  rows: number
  cols: number
}

export interface ExecRequest {
  jobId: string
  command: string[]
  tty: boolean
  size?: TerminalSize
  env: Record<string, string>
}

export type ExecInput =
  | { kind: 'stdin', data: Uint8Array }
  | { kind: 'stdin-eof' }
  | { kind: 'resize', size: TerminalSize }
  | { kind: 'signal', signal: number }

export type ExecOutput =
  | { kind: 'refusal', answer: SessionAnswer }
  | { kind: 'started' }
  | { kind: 'stdout', data: Uint8Array }
  | { kind: 'stderr', data: Uint8Array }
  | { kind: 'exit', exitCode: number }

/** Signals a client may send to an exec session: interrupt, terminate, kill. */
export const EXEC_SIGNALS: ReadonlySet<number> = new Set([2, 9, 15])

export function encodeForwardRequest (r: ForwardRequest): Uint8Array {
  return encodeWire(pb.ForwardRequest, pb.ForwardRequest.create(r))
}

export function decodeForwardRequest (bytes: Uint8Array): ForwardRequest {
  const m = decodeWire(pb.ForwardRequest, bytes, 'ForwardRequest')
  return {
    jobId: checkString(m.jobId, 'jobId', Limits.idChars),
    port: checkRange(m.port, 'port', 1, 65535),
    probe: m.probe === true
  }
}

export function encodeSessionAnswer (a: SessionAnswer): Uint8Array {
  return encodeWire(pb.ForwardResponse, pb.ForwardResponse.create(a))
}

export function decodeSessionAnswer (bytes: Uint8Array): SessionAnswer {
  return fromWireAnswer(decodeWire(pb.ForwardResponse, bytes, 'ForwardResponse'))
}

function fromWireAnswer (m: pb.IForwardResponse): SessionAnswer {
  return {
    refusal: checkEnum<SessionRefusalCode>(m.refusal, pb.SessionRefusalCode, 'refusal', true),
    detail: checkString(m.detail, 'detail', Limits.detailChars, false)
  }
}

function fromWireSize (m: pb.ITerminalSize | null | undefined, field: string): TerminalSize {
  // A terminal of 0 rows is "unknown"; above 1,000 it is not a terminal anyone sees.
  return { rows: checkRange(m?.rows, `${field}.rows`, 0, 1000), cols: checkRange(m?.cols, `${field}.cols`, 0, 1000) }
}

export function encodeExecRequest (r: ExecRequest): Uint8Array {
  return encodeWire(pb.ExecRequest, pb.ExecRequest.create({ ...r, env: checkWireMap(r.env, 'env') }))
}

export function decodeExecRequest (bytes: Uint8Array): ExecRequest {
  const m = decodeWire(pb.ExecRequest, bytes, 'ExecRequest')
  const command = checkCount(m.command, 'command', Limits.commandArgs).map((a, i) => checkString(a, `command[${i}]`, Limits.commandChars, false))
  if (command.length === 0 || command[0] === '') throw new InvalidMessageError('command: empty')
  if (command.some(a => a.includes('\u0000'))) throw new InvalidMessageError('command: contains a NUL byte')
  const env = checkStringMap(m.env, 'env', Limits.execEnvVars, Limits.envValueChars)
  for (const [name, value] of Object.entries(env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || value.includes('\u0000')) throw new InvalidMessageError(`env.${name.slice(0, 32)}: not a valid variable`)
  }
  return {
    jobId: checkString(m.jobId, 'jobId', Limits.idChars),
    command,
    tty: m.tty === true,
    size: m.size == null ? undefined : fromWireSize(m.size, 'size'),
    env
  }
}

export function encodeExecInput (i: ExecInput): Uint8Array {
  switch (i.kind) {
    case 'stdin': return encodeWire(pb.ExecInput, pb.ExecInput.create({ stdin: i.data }))
    case 'stdin-eof': return encodeWire(pb.ExecInput, pb.ExecInput.create({ stdinEof: true }))
    case 'resize': return encodeWire(pb.ExecInput, pb.ExecInput.create({ resize: i.size }))
    case 'signal': return encodeWire(pb.ExecInput, pb.ExecInput.create({ signal: i.signal }))
  }
}

export function decodeExecInput (bytes: Uint8Array): ExecInput {
  const m = decodeWire(pb.ExecInput, bytes, 'ExecInput')
  switch (m.kind) {
    case 'stdin': return { kind: 'stdin', data: checkBytes(m.stdin, 'stdin', EXEC_CHUNK_BYTES) }
    case 'stdinEof': return { kind: 'stdin-eof' }
    case 'resize': return { kind: 'resize', size: fromWireSize(m.resize, 'resize') }
    case 'signal': {
      const signal = checkRange(m.signal, 'signal', 1, 64)
      if (!EXEC_SIGNALS.has(signal)) throw new InvalidMessageError(`signal: ${signal} is not 2, 9 or 15`)
      return { kind: 'signal', signal }
    }
    default: throw new InvalidMessageError('ExecInput: empty')
  }
}

export function encodeExecOutput (o: ExecOutput): Uint8Array {
  switch (o.kind) {
    case 'refusal': return encodeWire(pb.ExecOutput, pb.ExecOutput.create({ refusal: o.answer }))
    case 'started': return encodeWire(pb.ExecOutput, pb.ExecOutput.create({ started: true }))
    case 'stdout': return encodeWire(pb.ExecOutput, pb.ExecOutput.create({ stdout: o.data }))
    case 'stderr': return encodeWire(pb.ExecOutput, pb.ExecOutput.create({ stderr: o.data }))
    case 'exit': return encodeWire(pb.ExecOutput, pb.ExecOutput.create({ exitCode: o.exitCode }))
  }
}

export function decodeExecOutput (bytes: Uint8Array): ExecOutput {
  const m = decodeWire(pb.ExecOutput, bytes, 'ExecOutput')
  switch (m.kind) {
    case 'refusal': return { kind: 'refusal', answer: fromWireAnswer(m.refusal ?? {}) }
    case 'started': return { kind: 'started' }
    case 'stdout': return { kind: 'stdout', data: checkBytes(m.stdout, 'stdout', EXEC_CHUNK_BYTES) }
    case 'stderr': return { kind: 'stderr', data: checkBytes(m.stderr, 'stderr', EXEC_CHUNK_BYTES) }
    case 'exitCode': return { kind: 'exit', exitCode: checkRange(m.exitCode, 'exitCode', -1, 255) }
    default: throw new InvalidMessageError('ExecOutput: empty')
  }
}
