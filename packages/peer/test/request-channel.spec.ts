/**
 * Request channels against serveRequests, over real libp2p hosts on loopback: many
 * requests per stream, answered in order; one-shot clients still served; every
 * failure (silence, garbage, oversize, a dropped connection) typed and recovered from.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { Stream } from '@libp2p/interface'
import { FramedStream } from '@gpumesh/protocol'
import { createGpumeshHost, requestResponse, RequestChannels, serveRequests, type GpumeshLibp2p, type ServeRequestOptions } from '../src/index.js'

const PROTOCOL = '/gpumesh/test-echo/1.0.0'

describe('RequestChannels and serveRequests', () => {
  let client: GpumeshLibp2p
  let server: GpumeshLibp2p
  let channels: RequestChannels | undefined
  let streams: number
  let errors: unknown[]

  async function serve (options: Partial<ServeRequestOptions> = {}): Promise<void> {
    await server.handle(PROTOCOL, (stream, connection) => {
      streams++
      void serveRequests(stream, connection, {
        maxRequestBytes: 1_000,
        readTimeoutMs: 2_000,
        // Echo the request with its length in front, after a delay the request asks for.
        answer: async (request) => {
          await new Promise(resolve => setTimeout(resolve, request[0] ?? 0))
          return new Uint8Array([request.length, ...request])
        },
        onError: (err) => { errors.push(err) },
        ...options
      })
    }, { maxInboundStreams: 64 })
  }

  beforeEach(async () => {
    streams = 0
    errors = []
    client = await createGpumeshHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    server = await createGpumeshHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.1/tcp/0'] })
    await client.dial(server.getMultiaddrs()[0]!)
  })

  afterEach(async () => {
    channels?.stop()
    channels = undefined
    await client.stop()
    await server.stop()
  })

  it('pipelines many requests over one stream and answers each in order', async () => {
    await serve()
    channels = new RequestChannels(client, { protocol: PROTOCOL, maxResponseBytes: 1_000 })
    // The first answers take longest: order must still hold.
    const delays = [30, 20, 10, 0, 5, 0, 0, 1]
    const answers = await Promise.all(delays.map(async (d, i) => await channels!.request(server.peerId, new Uint8Array([d, i]), b => b)))
    expect(answers.map(a => [...a])).toEqual(delays.map((d, i) => [2, d, i]))
    const again = await channels.request(server.peerId, new Uint8Array([0, 99]), b => [...b])
    expect(again).toEqual([2, 0, 99])
    expect(streams).toBe(1)
    expect(errors).toEqual([])
  })

  it('still serves one-shot clients, one stream each', async () => {
    await serve()
    for (let i = 0; i < 3; i++) {
      const r = await requestResponse(client, server.peerId, PROTOCOL, new Uint8Array([0, i]), b => [...b], { maxResponseBytes: 1_000 })
      expect(r).toEqual([2, 0, i])
    }
    expect(streams).toBe(3)
    expect(errors).toEqual([])
  })

  it('times out a request the peer does not answer, then resets the stream and recovers on a new one', async () => {
    let silent = true
    await serve({ answer: async (request) => { if (silent) await new Promise(() => {}); return request } })
    channels = new RequestChannels(client, { protocol: PROTOCOL, maxResponseBytes: 1_000, abandonGraceMs: 200 })
    await expect(channels.request(server.peerId, new Uint8Array([1]), b => b, { signal: AbortSignal.timeout(100) }))
      .rejects.toMatchObject({ code: 'ERR_TIMEOUT' })
    silent = false
    // Past the grace the stuck stream is reset; the next request opens a fresh one.
    await new Promise(resolve => setTimeout(resolve, 400))
    expect([...await channels.request(server.peerId, new Uint8Array([7]), b => b)]).toEqual([7])
    expect(streams).toBe(2)
    // And again: every abandoned request is watched, not only the first.
    silent = true
    await expect(channels.request(server.peerId, new Uint8Array([2]), b => b, { signal: AbortSignal.timeout(100) }))
      .rejects.toMatchObject({ code: 'ERR_TIMEOUT' })
    silent = false
    await new Promise(resolve => setTimeout(resolve, 400))
    expect([...await channels.request(server.peerId, new Uint8Array([8]), b => b, { signal: AbortSignal.timeout(2_000) })]).toEqual([8])
    expect(streams).toBe(3)
  })

  it('refuses an answer that does not decode with a typed error, and does not reuse that stream', async () => {
    await serve()
    channels = new RequestChannels(client, { protocol: PROTOCOL, maxResponseBytes: 1_000 })
    const decode = (b: Uint8Array): number => { if (b[1] === 66) throw new Error('garbage'); return b[1] as number }
    await expect(channels.request(server.peerId, new Uint8Array([66]), decode)).rejects.toMatchObject({ code: 'ERR_INVALID_MESSAGE' })
    expect(await channels.request(server.peerId, new Uint8Array([0]), decode)).toBe(0)
    expect(streams).toBe(2)
  })

  it('refuses an answer over the size limit', async () => {
    await serve({ answer: async () => new Uint8Array(500) })
    channels = new RequestChannels(client, { protocol: PROTOCOL, maxResponseBytes: 100 })
    await expect(channels.request(server.peerId, new Uint8Array([0]), b => b)).rejects.toMatchObject({ code: 'ERR_MESSAGE_TOO_LARGE' })
  })

  it('fails pending requests when the connection drops, and dials again for the next', async () => {
    await serve({ answer: async (request) => { if (request[0] === 1) await new Promise(() => {}); return request } })
    channels = new RequestChannels(client, { protocol: PROTOCOL, maxResponseBytes: 1_000 })
    const pending = channels.request(server.peerId, new Uint8Array([1]), b => b, { signal: AbortSignal.timeout(5_000) })
    await new Promise(resolve => setTimeout(resolve, 50))
    await client.hangUp(server.peerId)
    await expect(pending).rejects.toMatchObject({ code: 'ERR_STREAM_CLOSED' })
    await client.dial(server.getMultiaddrs()[0]!)
    expect([...await channels.request(server.peerId, new Uint8Array([2]), b => b)]).toEqual([2])
  })

  it('carries messages many times the stream window both ways, intact (flow control works with the patched yamux)', async () => {
    const big = 3 * 1024 * 1024
    await serve({ maxRequestBytes: big + 16, answer: async (request) => request.map(b => b ^ 0xff) })
    channels = new RequestChannels(client, { protocol: PROTOCOL, maxResponseBytes: big + 16 })
    const request = new Uint8Array(big).map((_, i) => i % 251)
    const answers = await Promise.all([0, 1].map(async () => await channels!.request(server.peerId, request, b => b, { signal: AbortSignal.timeout(20_000) })))
    for (const answer of answers) {
      expect(answer.length).toBe(big)
      expect(answer.every((b, i) => b === ((i % 251) ^ 0xff))).toBe(true)
    }
  })

  it('server: a client that pipelines requests and never reads cannot stall the node', async () => {
    await serve({ maxRequestBytes: 100, answer: async () => new Uint8Array(16 * 1024) })
    const greedy: Stream = await client.dialProtocol(server.peerId, PROTOCOL)
    const framed = new FramedStream(greedy, { maxMessageBytes: 100 })
    // Far more answers than the stream window holds, none of them read.
    for (let i = 0; i < 100; i++) await framed.write(new Uint8Array([0]))
    // The node still answers others at once.
    channels = new RequestChannels(client, { protocol: PROTOCOL, maxResponseBytes: 32 * 1024 })
    const started = Date.now()
    expect((await channels.request(server.peerId, new Uint8Array([0]), b => b, { signal: AbortSignal.timeout(3_000) })).length).toBe(16 * 1024)
    expect(Date.now() - started).toBeLessThan(3_000)
    greedy.abort(new Error('done'))
  })

  it('server: resets a stream whose request is over the limit, and reports it', async () => {
    await serve({ maxRequestBytes: 10 })
    await expect(requestResponse(client, server.peerId, PROTOCOL, new Uint8Array(50), b => b, { maxResponseBytes: 1_000 })).rejects.toThrow()
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ code: 'ERR_MESSAGE_TOO_LARGE' })
  })

  it('server: a silent new stream is reported at the read deadline; a quiet channel is closed without alarm', async () => {
    await serve({ readTimeoutMs: 100, idleTimeoutMs: 100 })
    const silent: Stream = await client.dialProtocol(server.peerId, PROTOCOL)
    const framed = new FramedStream(silent, { maxMessageBytes: 100 })
    await expect(framed.readOrEnd(b => b, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ code: 'ERR_TIMEOUT' })

    channels = new RequestChannels(client, { protocol: PROTOCOL, maxResponseBytes: 1_000 })
    expect([...await channels.request(server.peerId, new Uint8Array([0]), b => b)]).toEqual([1, 0])
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(errors).toHaveLength(1)
    // The channel noticed the close and opens a new stream.
    expect([...await channels.request(server.peerId, new Uint8Array([0]), b => b)]).toEqual([1, 0])
    expect(streams).toBe(3)
  })
})
