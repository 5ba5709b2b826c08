/**
 * The namespace relay: a tiny Node process the provider starts inside a sandboxed job's
 * network namespace (`nsenter --net=/proc/PID/ns/net`, see netns-relay.ts) and asks,
 * over the IPC channel, to connect to ports on the job's loopback. Each connected
 * socket is handed back over the channel (fd passing), so the bytes then flow between
 * the provider and the job directly, not through this process; a socket keeps the
 * namespace it was made in. The job has loopback only and never sees this process (it
 * is outside the job's pid and mount namespaces), and it listens on nothing.
 *
 * It exits when the channel closes: the provider is gone or done with the job.
 */
import { connect } from 'node:net'

interface ConnectRequest { id: number, port: number }
type ConnectAnswer = { id: number, ok: true } | { id: number, ok: false, code: string }

/** A connect that hangs (a full backlog) is answered as failed after this long. */
const CONNECT_TIMEOUT_MS = 5_000

function answer (message: ConnectAnswer, socket?: import('node:net').Socket): void {
  if (process.send === undefined || !process.connected) { socket?.destroy(); return }
  // keepOpen false (the default): our copy of the fd is closed once sent.
  process.send(message, socket, {}, () => { socket?.destroy() })
}

process.on('message', (m: ConnectRequest) => {
  if (typeof m?.id !== 'number' || !Number.isInteger(m.port) || m.port < 1 || m.port > 65535) return
  // pauseOnConnect-like: nothing is read here; the provider reads after the handover.
  const socket = connect({ host: '127.0.0.1', port: m.port, allowHalfOpen: true })
  socket.pause()
  const timer = setTimeout(() => { socket.destroy(Object.assign(new Error('connect timed out'), { code: 'ETIMEDOUT' })) }, CONNECT_TIMEOUT_MS)
  socket.once('connect', () => { clearTimeout(timer); answer({ id: m.id, ok: true }, socket) })
  socket.once('error', (err: NodeJS.ErrnoException) => { clearTimeout(timer); answer({ id: m.id, ok: false, code: err.code ?? 'EUNKNOWN' }) })
})
process.on('disconnect', () => { process.exit(0) })
process.on('SIGINT', () => {})
process.send?.({ ready: true })
