/**
 * The client end of `/gpumesh/exec/1.0.0`: a command, or a shell on a pty, inside a
 * running job's sandbox. The request goes first; the provider answers `started` or a
 * refusal (a SessionRefusedError from `openExecSession`); then output arrives on the
 * handlers until the exit code, while `write()`, `end()`, `kill()` send input.
 */
import { peerIdFromString } from '@libp2p/peer-id'
import {
  EXEC_CHUNK_BYTES, EXEC_PROTOCOL, FramedStream, InvalidMessageError, MAX_EXEC_MESSAGE_BYTES, StreamClosedError,
  decodeExecOutput, encodeExecInput, encodeExecRequest, sessionRefusalCodeName, withDeadline, type ExecInput, type TerminalSize
} from '@gpumesh/protocol'
import { openPreferDirect, type GpumeshLibp2p } from '@gpumesh/peer'
import { EXEC_START_TIMEOUT_MS } from './constants.js'
import { SessionRefusedError } from './errors.js'

export interface ExecOptions {
  /** A pseudo-terminal (for a shell): stdout and stderr arrive merged on stdout. */
  tty?: boolean
  /** With `tty`: its size. */
  size?: TerminalSize
  /** Added to the job's environment (e.g. TERM). */
  env?: Record<string, string>
  onStdout?: (data: Uint8Array) => void
  onStderr?: (data: Uint8Array) => void
  /** Ends the session: the command is killed. */
  signal?: AbortSignal
}

/** A started exec session. */
export interface ExecSession {
  /** Resolves with the command's exit code (128 + n when killed by signal n). */
  readonly exitCode: Promise<number>
  /** Send bytes to the command's stdin (the pty's input with `tty`: Ctrl-C is 0x03). */
  write: (data: Uint8Array, options?: { signal?: AbortSignal }) => Promise<void>
  /** Close the command's stdin. */
  end: (options?: { signal?: AbortSignal }) => Promise<void>
  /** Signal the command's processes: SIGINT, SIGTERM or SIGKILL. */
  kill: (signal?: 'SIGINT' | 'SIGTERM' | 'SIGKILL', options?: { signal?: AbortSignal }) => Promise<void>
  /** Tell the provider the terminal's size changed (it may ignore it: see docs/wire.md). */
  resize: (size: TerminalSize, options?: { signal?: AbortSignal }) => Promise<void>
}

export interface ExecTarget {
  libp2p: GpumeshLibp2p
  provider: string
  providerJobId: string
}

const SIGNAL_NUMBERS = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as const

export async function openExecSession (target: ExecTarget, command: string[], options: ExecOptions = {}): Promise<ExecSession> {
  const outer = options.signal
  const { stream } = await withDeadline(EXEC_START_TIMEOUT_MS, [outer], async signal => await openPreferDirect(target.libp2p, peerIdFromString(target.provider), EXEC_PROTOCOL, { signal }))
  const framed = new FramedStream(stream, { maxMessageBytes: MAX_EXEC_MESSAGE_BYTES })
  try {
    await withDeadline(EXEC_START_TIMEOUT_MS, [outer], async signal => {
      await framed.write(encodeExecRequest({ jobId: target.providerJobId, command, tty: options.tty === true, size: options.size, env: options.env ?? {} }), { signal })
      const first = await framed.read(decodeExecOutput, { signal })
      if (first.kind === 'refusal') throw new SessionRefusedError('exec', sessionRefusalCodeName(first.answer.refusal), first.answer.detail)
      if (first.kind !== 'started') throw new InvalidMessageError(`exec stream: expected started, got ${first.kind}`)
    })
  } catch (err) {
    stream.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
  const session = new AbortController()
  const onOuterAbort = (): void => { session.abort(outer?.reason) }
  outer?.addEventListener('abort', onOuterAbort, { once: true })
  session.signal.addEventListener('abort', () => { stream.abort(new StreamClosedError('exec session closed by the client')) }, { once: true })

  const exitCode = (async (): Promise<number> => {
    try {
      for (;;) {
        // No idle deadline: a shell waits on its user; the session's signal ends it.
        const out = await framed.readOrEnd(decodeExecOutput, { signal: session.signal })
        if (out === null) throw new StreamClosedError('the provider closed the exec session without an exit code')
        switch (out.kind) {
          case 'stdout': options.onStdout?.(out.data); break
          case 'stderr': options.onStderr?.(out.data); break
          case 'exit': return out.exitCode
          default: throw new InvalidMessageError(`exec stream: unexpected ${out.kind}`)
        }
      }
    } finally {
      outer?.removeEventListener('abort', onOuterAbort)
    }
  })()
  // Whoever awaits it sees the error; nobody awaiting must not crash the process.
  exitCode.catch(() => {})

  const send = async (input: ExecInput, signal?: AbortSignal): Promise<void> => {
    await withDeadline(EXEC_START_TIMEOUT_MS, [session.signal, signal], async s => { await framed.write(encodeExecInput(input), { signal: s }) })
  }
  return {
    exitCode,
    write: async (data, o = {}) => {
      for (let i = 0; i < data.length; i += EXEC_CHUNK_BYTES) await send({ kind: 'stdin', data: data.subarray(i, i + EXEC_CHUNK_BYTES) }, o.signal)
    },
    end: async (o = {}) => { await send({ kind: 'stdin-eof' }, o.signal) },
    kill: async (sig = 'SIGTERM', o = {}) => { await send({ kind: 'signal', signal: SIGNAL_NUMBERS[sig] }, o.signal) },
    resize: async (size, o = {}) => { await send({ kind: 'resize', size }, o.signal) }
  }
}
