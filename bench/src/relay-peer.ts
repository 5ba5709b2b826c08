/**
 * A bare libp2p peer that reaches and is reached through a circuit relay v2: the same
 * stack gpumesh runs (tcp + the relay transport, noise, yamux, identify) and no gpumesh
 * code. It is two things in the NAT testbed:
 * - the floor of the NAT benchmarks (bench/src/nat.ts): the round trip gpumesh's
 *   messages take over the same path (direct, or through the same relay), without gpumesh;
 * - the stranger of test/nat.spec.ts, who tries to use a relay past its limits.
 *
 *   relay-peer.js serve [--relay <addr>] [--listen <ma>] reserve on the relay (if named), serve echo and sink
 *   relay-peer.js rtt --to <ma> [--n N]                  N echo round trips a new stream each, then N on one stream
 *   relay-peer.js push --to <ma> --bytes B               send B bytes to the sink; report where it broke
 *   relay-peer.js hold --to <ma>                         keep a connection open; report when it closed
 *
 * Every mode prints one JSON line per event on stdout; rtt and push then exit, serve and
 * hold run until stdin closes. Run it inside a testbed namespace (`ip netns exec`), like every testbed process.
 */
import '@gpumesh/protocol/polyfill'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { circuitRelayTransport } from '@libp2p/circuit-relay-v2'
import { identify } from '@libp2p/identify'
import { tcp } from '@libp2p/tcp'
import { lpStream } from '@libp2p/utils'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p, type Libp2p } from 'libp2p'
import type { TransportManager } from '@libp2p/interface-internal'

export const ECHO = '/floor/echo/1.0.0'
/** Reads everything and counts it: what a stranger streams through a relay lands here. */
export const SINK = '/floor/sink/1.0.0'
const CHUNK = 16 * 1024

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i < 0 ? undefined : process.argv[i + 1]
}
const print = (line: Record<string, unknown>): void => { process.stdout.write(`${JSON.stringify(line)}\n`) }
const message = (err: unknown): string => {
  if (err instanceof Error) return `${err.name}: ${err.message}`
  // A stream aborted under us rejects with its abort event, not an Error.
  if (err instanceof Event) return `${err.type} event${(err as Event & { error?: unknown }).error !== undefined ? `: ${message((err as Event & { error?: unknown }).error)}` : ''}`
  return String(err)
}

async function createPeer (listen: string[]): Promise<Libp2p> {
  return await createLibp2p({
    addresses: { listen },
    transports: [tcp(), circuitRelayTransport()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    services: { identify: identify() }
  })
}

async function serve (node: Libp2p, relay: string): Promise<void> {
  await node.handle(ECHO, (stream) => {
    const lp = lpStream(stream)
    void (async () => {
      try {
        // Echo every message on the stream until the dialler closes it.
        for (;;) await lp.write(await lp.read())
      } catch {
        stream.abort(new Error('echo ended'))
      }
    })()
  }, { maxInboundStreams: 1024, runOnLimitedConnection: true })
  await node.handle(SINK, (stream, connection) => {
    let received = 0
    const t0 = performance.now()
    void (async () => {
      let error: string | undefined
      try {
        for await (const chunk of stream) received += chunk.byteLength
      } catch (err) {
        error = message(err)
      }
      print({ event: 'sink', received, error, ms: Math.round(performance.now() - t0), limited: connection.limits !== undefined })
    })()
  }, { runOnLimitedConnection: true })
  if (relay === '') {
    // Reached directly on its listen address: the direct path's floor.
    print({ event: 'ready', peerId: node.peerId.toString(), addrs: node.getMultiaddrs().map(a => a.toString()) })
    return
  }
  // A listen address naming one relay makes the transport reserve there, and throws
  // when the relay refuses (RESERVATION_REFUSED past its maxReservations).
  const transportManager = (node as unknown as { components: { transportManager: TransportManager } }).components.transportManager
  try {
    await transportManager.listen([multiaddr(`${relay}/p2p-circuit`)])
    print({ event: 'ready', peerId: node.peerId.toString(), addrs: node.getMultiaddrs().map(a => a.toString()) })
  } catch (err) {
    print({ event: 'refused', peerId: node.peerId.toString(), error: message(err) })
  }
}

async function rtt (node: Libp2p, to: string, n: number): Promise<void> {
  const addr = multiaddr(to)
  const t0 = performance.now()
  const connection = await node.dial(addr)
  const dialMs = performance.now() - t0
  const payload = new Uint8Array(200)
  const samples: number[] = []
  // The first few warm up (stream setup paths, JIT), as the loopback floor does.
  const warm = Math.min(20, n)
  for (let i = 0; i < n + warm; i++) {
    const s0 = performance.now()
    const stream = await connection.newStream(ECHO, { runOnLimitedConnection: true })
    const lp = lpStream(stream)
    await lp.write(payload)
    await lp.read()
    await stream.close()
    if (i >= warm) samples.push(performance.now() - s0)
  }
  // The market's requests (RFQ, release) go over one long-lived stream per peer: that
  // round trip, without the per-stream protocol negotiation, is their floor.
  const longLived: number[] = []
  const stream = await connection.newStream(ECHO, { runOnLimitedConnection: true })
  const lp = lpStream(stream)
  for (let i = 0; i < n + warm; i++) {
    const s0 = performance.now()
    await lp.write(payload)
    await lp.read()
    if (i >= warm) longLived.push(performance.now() - s0)
  }
  await stream.close()
  print({ event: 'rtt', dialMs, samples, longLived, limited: connection.limits !== undefined, remoteAddr: connection.remoteAddr.toString() })
}

async function push (node: Libp2p, to: string, bytes: number): Promise<void> {
  const connection = await node.dial(multiaddr(to))
  // What the relay granted, read before the push: the transport counts it down as bytes pass.
  const limits = connection.limits === undefined ? undefined : { bytes: connection.limits.bytes?.toString(), seconds: connection.limits.seconds }
  const t0 = performance.now()
  const stream = await connection.newStream(SINK, { runOnLimitedConnection: true })
  let sent = 0
  let error: string | undefined
  try {
    const chunk = new Uint8Array(CHUNK)
    while (sent < bytes) {
      if (!stream.send(chunk)) await stream.onDrain({ signal: AbortSignal.timeout(10_000) })
      sent += CHUNK
    }
    await stream.close({ signal: AbortSignal.timeout(10_000) })
  } catch (err) {
    error = message(err)
  }
  print({ event: 'push', sent, error, ms: Math.round(performance.now() - t0), limits })
}

async function hold (node: Libp2p, to: string): Promise<void> {
  const t0 = performance.now()
  const connection = await node.dial(multiaddr(to))
  print({ event: 'connected', limited: connection.limits !== undefined })
  node.addEventListener('connection:close', (evt) => {
    if (evt.detail.id === connection.id) print({ event: 'closed', afterMs: Math.round(performance.now() - t0) })
  })
}

const mode = process.argv[2]
const node = await createPeer(arg('listen') !== undefined ? [arg('listen') as string] : [])
try {
  if (mode === 'serve') await serve(node, arg('relay') ?? '')
  else if (mode === 'rtt') await rtt(node, arg('to') ?? '', Number(arg('n') ?? 100))
  else if (mode === 'push') await push(node, arg('to') ?? '', Number(arg('bytes') ?? 1_048_576))
  else if (mode === 'hold') await hold(node, arg('to') ?? '')
  else throw new Error(`unknown mode ${String(mode)}`)
} catch (err) {
  print({ event: 'error', error: message(err) })
}
if (mode === 'rtt' || mode === 'push') {
  // One-shot modes: done once their line is out.
  await node.stop()
  process.exit(0)
}
process.stdin.resume()
process.stdin.on('end', () => { void Promise.resolve(node.stop()).then(() => process.exit(0)) })
