import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { tcp } from '@libp2p/tcp'
import { streamPair } from '@libp2p/utils'
import { createLibp2p, type Libp2p } from 'libp2p'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Stream } from '@libp2p/interface'
import { decodeBid, encodeBid } from '../src/bid.js'
import { AbortError, InvalidMessageError, MessageTooLargeError, StreamClosedError, TimeoutError } from '../src/errors.js'
import { encodeFrame, FramedStream } from '../src/framing.js'
import { ReadBudget } from '../src/read-budget.js'
import * as f from './fixtures.js'

const MAX = 1024
const identity = (b: Uint8Array): Uint8Array => b

/** Wait for a stream to stop being open: the way a test sees an abort land. */
async function settled (stream: Stream): Promise<string> {
  if (stream.status === 'open' || stream.status === 'closing') {
    await new Promise(resolve => stream.addEventListener('close', resolve, { once: true }))
  }
  return stream.status
}

/** The cases every transport must pass; `pair` gives [dialer side, listener side]. */
function framingCases (pair: () => Promise<[Stream, Stream]>): void {
  it('exchanges frames both ways, then sees a clean end', async () => {
    const [a, b] = await pair()
    const client = new FramedStream(a, { maxMessageBytes: MAX })
    const server = new FramedStream(b, { maxMessageBytes: MAX })

    await client.write(encodeBid(f.bid()))
    expect(await server.read(decodeBid)).toEqual(f.bid())
    await server.write(encodeBid(f.bid({ bidId: 'bid-2' })))
    await server.write(new Uint8Array(0))
    expect((await client.read(decodeBid)).bidId).toBe('bid-2')
    expect(await client.read(identity)).toEqual(new Uint8Array(0))

    await client.close()
    expect(await server.readOrEnd(identity)).toBeNull()
    await server.close()
    expect(await client.readOrEnd(identity)).toBeNull()
  })

  it('reads frames that arrive split across chunks and several in one chunk', async () => {
    const [a, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    const frames = [new Uint8Array(300).fill(1), new Uint8Array(5).fill(2), new Uint8Array(200).fill(3)]
    const all = new Uint8Array(frames.reduce((n, fr) => n + encodeFrame(fr).length, 0))
    let o = 0
    for (const fr of frames) { all.set(encodeFrame(fr), o); o += encodeFrame(fr).length }
    a.send(all.subarray(0, 1))
    a.send(all.subarray(1, 150))
    a.send(all.subarray(150))
    for (const fr of frames) expect(await server.read(identity)).toEqual(fr)
  })

  it('refuses a frame over the limit with MessageTooLargeError and aborts the stream', async () => {
    const [a, b] = await pair()
    const client = new FramedStream(a, { maxMessageBytes: 10 * MAX })
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    await client.write(new Uint8Array(MAX + 1))
    await expect(server.read(identity)).rejects.toBeInstanceOf(MessageTooLargeError)
    expect(b.status).toBe('aborted')
    expect(await settled(a)).toMatch(/reset|aborted|closed/)
  })

  it('refuses an oversize frame that arrived before anyone read it (read buffer overflow)', async () => {
    const [a, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    a.send(encodeFrame(new Uint8Array(5 * MAX)))
    await new Promise(resolve => setTimeout(resolve, 50))
    await expect(server.read(identity)).rejects.toBeInstanceOf(MessageTooLargeError)
    expect(await settled(b)).toBe('aborted')
  })

  it('refuses a length prefix that promises a huge frame before any body arrives', async () => {
    const [a, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    a.send(new Uint8Array([0xff, 0xff, 0xff, 0x7f]))
    await expect(server.read(identity)).rejects.toBeInstanceOf(MessageTooLargeError)
    expect(b.status).toBe('aborted')
  })

  it('refuses a length prefix longer than any frame needs', async () => {
    const [a, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    a.send(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]))
    await expect(server.read(identity)).rejects.toBeInstanceOf(InvalidMessageError)
  })

  it('throws StreamClosedError when the stream ends inside a frame', async () => {
    const [a, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    // Promise 100 bytes, send 10, close.
    a.send(new Uint8Array([100, ...new Uint8Array(10)]))
    await a.close()
    await expect(server.read(identity)).rejects.toBeInstanceOf(StreamClosedError)
  })

  it('throws StreamClosedError when the stream ends inside a length prefix', async () => {
    const [a, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    a.send(new Uint8Array([0x81]))
    await a.close()
    await expect(server.readOrEnd(identity)).rejects.toBeInstanceOf(StreamClosedError)
  })

  it('read() treats a clean end where a frame was required as StreamClosedError', async () => {
    const [a, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    await a.close()
    await expect(server.read(identity)).rejects.toBeInstanceOf(StreamClosedError)
  })

  it('throws TimeoutError within the deadline when the peer never sends, and aborts', async () => {
    const [, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX, defaultTimeoutMs: 150 })
    const started = Date.now()
    await expect(server.read(identity)).rejects.toBeInstanceOf(TimeoutError)
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(140)
    expect(elapsed).toBeLessThan(1500)
    expect(b.status).toBe('aborted')
  })

  it('throws AbortError when the caller aborts a read', async () => {
    const [, b] = await pair()
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 20)
    await expect(server.read(identity, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError)
  })

  it('passes a decoder\'s typed error through and aborts the stream', async () => {
    const [a, b] = await pair()
    const client = new FramedStream(a, { maxMessageBytes: MAX })
    const server = new FramedStream(b, { maxMessageBytes: MAX })
    await client.write(new Uint8Array([0xff, 0xff, 0xff]))
    await expect(server.read(decodeBid)).rejects.toBeInstanceOf(InvalidMessageError)
    expect(b.status).toBe('aborted')
  })
}

describe('FramedStream over a streamPair', () => {
  framingCases(async () => streamPair())

  it('streams sharing a read budget cannot together hold more than it in partly sent frames', async () => {
    // Room for three whole maximal frames (a 2-byte length prefix each).
    const budget = new ReadBudget(3 * (MAX + 2))
    const pairs = await Promise.all([0, 1, 2, 3].map(async () => await streamPair()))
    const servers = pairs.map(([, b]) => new FramedStream(b, { maxMessageBytes: MAX, budget }))
    const reads = servers.map(async s => await s.read(identity, { signal: AbortSignal.timeout(2_000) }).then(() => 'read', (err: Error) => err.name))
    // Each sends all of a maximal frame but its last byte, and stalls there.
    for (const [a] of pairs) a.send(encodeFrame(new Uint8Array(MAX)).subarray(0, MAX))
    const outcomes = await Promise.race([Promise.all(reads.slice(3)), new Promise(resolve => setTimeout(resolve, 1_000, ['pending']))])
    // Three fit; the fourth would pass the budget, and its stream is reset at once.
    expect(outcomes).toEqual(['MessageTooLargeError'])
    expect(budget.used).toBe(3 * MAX)
    // A stream that ends gives its bytes back: another peer's frame fits again.
    pairs[0]![0].abort(new Error('gone'))
    expect(await reads[0]).not.toBe('read')
    await settled(pairs[0]![1])
    expect(budget.used).toBe(2 * MAX)
    const [c, d] = await streamPair()
    const fresh = new FramedStream(d, { maxMessageBytes: MAX, budget })
    c.send(encodeFrame(new Uint8Array(MAX)))
    expect((await fresh.read(identity)).length).toBe(MAX)
    // A whole frame read is given back too.
    expect(budget.used).toBe(2 * MAX)
    for (const [a] of pairs) a.abort(new Error('done'))
  })

  it('a read budget chained to a parent is bounded by both', () => {
    const node = new ReadBudget(100)
    const conn = new ReadBudget(60, node)
    const other = new ReadBudget(60, node)
    expect(conn.take(60)).toBe(true)
    expect(conn.take(1)).toBe(false)
    expect(other.take(50)).toBe(false)
    expect(other.take(40)).toBe(true)
    expect(node.used).toBe(100)
    conn.give(60)
    expect(node.used).toBe(40)
    expect(() => new ReadBudget(0)).toThrow(/positive integer/)
  })
})

describe('FramedStream over two libp2p nodes on 127.0.0.1 TCP', () => {
  const PROTOCOL = '/gpumesh/test-framing/1.0.0'
  let nodes: Libp2p[] = []
  let inbound: Array<(s: Stream) => void> = []

  async function node (): Promise<Libp2p> {
    const n = await createLibp2p({
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux()],
      // Many dials from one loopback host in a burst: lift the per-host inbound limit.
      connectionManager: { allow: ['/ip4/127.0.0.0/ipcidr/8'], inboundConnectionThreshold: 1000 }
    })
    nodes.push(n)
    return n
  }

  beforeEach(async () => {
    nodes = []
    inbound = []
    const [dialer, listener] = await Promise.all([node(), node()])
    await listener.handle(PROTOCOL, (stream) => {
      const waiter = inbound.shift()
      if (waiter === undefined) stream.abort(new Error('unexpected stream'))
      else waiter(stream)
    }, { maxInboundStreams: 4 })
    void dialer
  })

  afterEach(async () => {
    // allSettled: one node failing to stop must not leave the other running.
    await Promise.allSettled(nodes.map(async n => n.stop()))
  })

  framingCases(async () => {
    const [dialer, listener] = nodes as [Libp2p, Libp2p]
    const accepted = new Promise<Stream>(resolve => inbound.push(resolve))
    const outbound = await dialer.dialProtocol(listener.getMultiaddrs(), PROTOCOL)
    return [outbound, await accepted]
  })
})
