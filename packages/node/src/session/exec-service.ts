/**
 * `/gpumesh/exec/1.0.0`: a command, or a shell on a pty, inside a running job's sandbox
 * (the runtime's JobSessions.exec: same namespaces, user, cgroup and rlimits as the
 * job). The client writes an ExecRequest (size limit, 5 s deadline), then ExecInput
 * frames (stdin, its end, a signal); the provider answers `started` or a refusal, then
 * stdout/stderr chunks, then the exit code, and closes. Each session is a line in the
 * job's log when it starts and when it ends. A session ends with its command, with the
 * job, or when the client goes (its processes are killed).
 */
import type { ChildProcess } from 'node:child_process'
import type { Readable } from 'node:stream'
import type { ComponentLogger, Connection, Logger, Stream } from '@libp2p/interface'
import {
  EXEC_CHUNK_BYTES, EXEC_PROTOCOL, FramedStream, GpumeshError, MAX_EXEC_MESSAGE_BYTES, SessionRefusalCode, StreamClosedError,
  decodeExecInput, decodeExecRequest, encodeExecOutput, withDeadline, type ExecOutput, type ExecRequest
} from '@gpumesh/protocol'
import type { GpumeshLibp2p } from '@gpumesh/peer'
import { EXEC_SPAWN_TIMEOUT_MS, MAX_INBOUND_EXEC_STREAMS, REQUEST_READ_TIMEOUT_MS } from '../constants.js'
import type { JobNotifier } from '../job/job-service-events.js'
import type { Startable } from '../startable.js'
import type { SessionAccess, SessionSlot } from './session-access.js'
import { SessionRefusal } from './session-refusal.js'

export interface ExecServiceComponents {
  libp2p: GpumeshLibp2p
  access: SessionAccess
  notify: JobNotifier
  logger: ComponentLogger
}

const MAX_DETAIL_CHARS = 1000
/** Longest command line quoted in the job's log. */
const MAX_LOGGED_COMMAND_CHARS = 200
const SIGNALS: Record<number, NodeJS.Signals> = { 2: 'SIGINT', 9: 'SIGKILL', 15: 'SIGTERM' }

export class ExecService implements Startable {
  private readonly log: Logger

  constructor (private readonly components: ExecServiceComponents) {
    this.log = components.logger.forComponent('gpumesh:exec')
  }

  async start (): Promise<void> {
    await this.components.libp2p.handle(EXEC_PROTOCOL, (stream, connection) => { void this.handleStream(stream, connection) }, {
      // Behind NAT a session runs over the relay, within the limits its operator set.
      runOnLimitedConnection: true,
      maxInboundStreams: MAX_INBOUND_EXEC_STREAMS
    })
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(EXEC_PROTOCOL)
  }

  private async handleStream (stream: Stream, connection: Connection): Promise<void> {
    const client = connection.remotePeer.toString()
    const framed = new FramedStream(stream, { maxMessageBytes: MAX_EXEC_MESSAGE_BYTES })
    let slot: SessionSlot | undefined
    try {
      const frame = await framed.read(bytes => bytes, { signal: AbortSignal.timeout(REQUEST_READ_TIMEOUT_MS) })
      let request: ExecRequest
      try {
        request = decodeExecRequest(frame)
      } catch (err) {
        this.rejected(err)
        throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_INVALID_REQUEST, `malformed ExecRequest${err instanceof GpumeshError ? `: ${err.message}` : ''}`)
      }
      slot = await this.components.access.open('exec', request.jobId, client)
      await this.run(framed, slot, request)
    } catch (err) {
      if (err instanceof SessionRefusal) {
        this.components.notify.safeDispatchEvent('session:refused', { detail: { kind: 'exec', code: err.refusalCode } })
        await framed.write(encodeExecOutput({ kind: 'refusal', answer: { refusal: err.refusalCode, detail: err.message.slice(0, MAX_DETAIL_CHARS) } }))
          .then(async () => { await framed.close() }).catch(() => {})
        return
      }
      if (err instanceof GpumeshError) this.rejected(err)
      this.log('exec stream from %s ended - %e', client, err)
      stream.abort(err instanceof Error ? err : new StreamClosedError('exec stream failed'))
    } finally {
      slot?.release()
    }
  }

  private async run (framed: FramedStream, slot: SessionSlot, request: ExecRequest): Promise<void> {
    const { job, sessions } = slot
    const child = await withDeadline(EXEC_SPAWN_TIMEOUT_MS, [job.signal], async signal => await spawned(sessions.exec(request.jobId, {
      command: request.command, tty: request.tty, rows: request.size?.rows, cols: request.size?.cols, env: request.env
    }), signal)).catch((err: unknown) => {
      throw new SessionRefusal(SessionRefusalCode.SESSION_REFUSAL_CODE_SPAWN_FAILED, `could not start the command inside the job: ${err instanceof Error ? err.message : String(err)}`)
    })
    const started = Date.now()
    const shown = request.command.join(' ').slice(0, MAX_LOGGED_COMMAND_CHARS)
    await job.log(`exec session started${request.tty ? ' (pty)' : ''}: ${shown}`).catch(() => {})
    const kill = (sig: NodeJS.Signals): void => { signalGroup(child, sig) }
    // The job ended, or the client went: nothing of the session may outlive either.
    const session = new AbortController()
    const onJobEnd = (): void => { session.abort(job.signal.reason) }
    job.signal.addEventListener('abort', onJobEnd, { once: true })
    session.signal.addEventListener('abort', () => { kill('SIGKILL') }, { once: true })
    framed.stream.addEventListener('close', () => { session.abort(new StreamClosedError('the client went away')) }, { once: true })

    // Output: one write at a time, the child's pipe paused meanwhile (backpressure to it).
    let writes = Promise.resolve()
    const relay = (pipe: Readable | null, kind: 'stdout' | 'stderr'): void => {
      pipe?.on('data', (chunk: Buffer) => {
        pipe.pause()
        writes = writes.then(async () => {
          for (let i = 0; i < chunk.length; i += EXEC_CHUNK_BYTES) {
            const data = new Uint8Array(chunk.subarray(i, i + EXEC_CHUNK_BYTES))
            await framed.write(encodeExecOutput({ kind, data } as ExecOutput), { signal: session.signal })
          }
          pipe.resume()
        }).catch(() => { session.abort(new StreamClosedError('could not write output')) })
      })
    }
    relay(child.stdout, 'stdout')
    relay(child.stderr, 'stderr')
    const exited = new Promise<number>(resolve => {
      child.once('close', (code, sig) => { resolve(code ?? (sig !== null ? 128 + signalNumber(sig) : -1)) })
    })
    await framed.write(encodeExecOutput({ kind: 'started' }), { signal: session.signal })
    const input = this.readInput(framed, child, session.signal, kill, request.tty && sessions.resize !== undefined ? sessions.resize.bind(sessions) : undefined)
    let exitCode: number
    try {
      exitCode = await exited
      await writes
      if (!session.signal.aborted) {
        await framed.write(encodeExecOutput({ kind: 'exit', exitCode }), { signal: session.signal })
        await framed.close({ signal: session.signal })
      }
    } finally {
      job.signal.removeEventListener('abort', onJobEnd)
      // Stop reading input; the command is gone.
      session.abort(new StreamClosedError('the session ended'))
      await input
    }
    const ms = Date.now() - started
    job.usage.execSessions++
    job.usage.execMs += ms
    const seconds = (ms / 1000).toFixed(1)
    await job.log(`exec session ended: exit ${exitCode} after ${seconds} s`).catch(() => {})
  }

  /** The client's frames until it closes its side or the session ends; bounded by the frame limit. */
  private async readInput (framed: FramedStream, child: ChildProcess, signal: AbortSignal, kill: (sig: NodeJS.Signals) => void, resize?: (child: ChildProcess, rows: number, cols: number) => Promise<boolean>): Promise<void> {
    try {
      for (;;) {
        // No idle deadline: a shell may sit quiet for hours; the session's end (the
        // command's exit, the job's end, the client leaving) ends this read.
        const input = await framed.readOrEnd(decodeExecInput, { signal })
        if (input === null) { child.stdin?.end(); return }
        switch (input.kind) {
          case 'stdin':
            if (child.stdin?.writable === true && !child.stdin.write(input.data)) {
              // Stop reading until the command takes it: the client's send() then waits too.
              await new Promise<void>(resolve => { child.stdin?.once('drain', resolve); child.stdin?.once('close', resolve) })
            }
            break
          case 'stdin-eof': child.stdin?.end(); break
          // The size was set at start (sandbox-exec.ts); a change goes to the pty itself.
          case 'resize':
            if (resize !== undefined && input.size.rows > 0 && input.size.cols > 0) {
              await resize(child, input.size.rows, input.size.cols).catch((err: unknown) => { this.log('resize of an exec session failed - %e', err) })
            }
            break
          case 'signal': kill(SIGNALS[input.signal] ?? 'SIGTERM'); break
        }
      }
    } catch {
      // The stream failed or the session ended: FramedStream has reset it if needed.
    }
  }

  private rejected (error: unknown): void {
    this.components.notify.safeDispatchEvent('message:rejected', { detail: { protocol: EXEC_PROTOCOL, error } })
  }
}

/** `child` once it has spawned; rejects with its spawn error. */
async function spawned (p: Promise<ChildProcess>, signal: AbortSignal): Promise<ChildProcess> {
  const child = await p
  // EPIPE on a stdin the command closed, or a late 'error': never unhandled in the provider.
  child.stdin?.on('error', () => {})
  child.stdout?.on('error', () => {})
  child.stderr?.on('error', () => {})
  child.on('error', () => {})
  // A pid is set synchronously when the spawn worked; without one an 'error' follows.
  if (child.pid !== undefined) return child
  await new Promise<void>((resolve, reject) => {
    const onAbort = (): void => { reject(signal.reason) }
    signal.addEventListener('abort', onAbort, { once: true })
    child.once('error', (err) => { signal.removeEventListener('abort', onAbort); reject(err) })
  })
  return child
}

function signalGroup (child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, sig)
  } catch {
    // already gone
  }
}

function signalNumber (sig: NodeJS.Signals): number {
  const table: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGPIPE: 13, SIGTERM: 15 }
  return table[sig] ?? 0
}
