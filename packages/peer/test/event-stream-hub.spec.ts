/**
 * EventStreamHub over real sockets: greeting before broadcasts, heartbeats, a viewer
 * that stops reading is dropped once its unsent bytes pass the bound, and a closed
 * stream frees its place.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { EventStreamHub } from '../src/dashboard/event-stream-hub.js'

async function until (check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

describe('EventStreamHub', () => {
  let server: Server | undefined
  afterEach(async () => {
    server?.closeAllConnections()
    await new Promise<void>(resolve => { if (server === undefined) resolve(); else server.close(() => { resolve() }) })
    server = undefined
  })

  async function serve (hub: EventStreamHub, greeting: () => Promise<Array<{ event: string, data: unknown }>> = async () => []): Promise<number> {
    server = createServer((req, res) => { void hub.accept(req, res, greeting) })
    await new Promise<void>(resolve => { server?.listen(0, '127.0.0.1', () => { resolve() }) })
    return (server.address() as AddressInfo).port
  }

  async function open (port: number): Promise<{ res: IncomingMessage, text: () => string, close: () => void }> {
    return await new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/' }, res => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => { text += c })
        res.on('error', () => {})
        resolve({ res, text: () => text, close: () => { req.destroy() } })
      })
      req.on('error', reject)
      req.end()
    })
  }

  it('sends the greeting before broadcasts made meanwhile, then heartbeats', async () => {
    const hub = new EventStreamHub({ heartbeatMs: 50 })
    let release = (): void => {}
    const port = await serve(hub, async () => { await new Promise<void>(resolve => { release = resolve }); return [{ event: 'hello', data: { n: 1n } }] })
    const viewer = await open(port)
    expect(viewer.res.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    expect(viewer.res.headers['x-content-type-options']).toBe('nosniff')
    await until(() => hub.size === 1)
    hub.broadcast('later', { x: '<b>' })
    release()
    await until(() => viewer.text().includes(': heartbeat'))
    const text = viewer.text()
    expect(text.indexOf('event: hello\ndata: {"n":"1"}')).toBeGreaterThan(0)
    expect(text.indexOf('event: later\ndata: {"x":"<b>"}')).toBeGreaterThan(text.indexOf('event: hello'))
    viewer.close()
    await until(() => hub.size === 0)
  })

  it('drops a viewer that stops reading once its unsent bytes pass the bound, and keeps the others', async () => {
    const hub = new EventStreamHub({ maxBufferedBytes: 64 * 1024 })
    const port = await serve(hub)
    const stalled = await open(port)
    const reading = await open(port)
    await until(() => hub.size === 2)
    stalled.res.pause()
    const line = 'x'.repeat(1_000)
    for (let i = 0; i < 5_000 && hub.dropped === 0; i++) {
      hub.broadcast('log', { line })
      if (i % 50 === 0) await new Promise(resolve => setImmediate(resolve))
    }
    expect(hub.dropped).toBe(1)
    expect(hub.size).toBe(1)
    hub.broadcast('log', { line: 'still here' })
    await until(() => reading.text().includes('still here'))
    reading.close()
    stalled.close()
    await until(() => hub.size === 0)
  })

  it('answers 503 past the viewer cap', async () => {
    const hub = new EventStreamHub({ maxViewers: 2 })
    const port = await serve(hub)
    const a = await open(port)
    const b = await open(port)
    const c = await open(port)
    expect([a.res.statusCode, b.res.statusCode, c.res.statusCode]).toEqual([200, 200, 503])
    a.close()
    await until(() => hub.size === 1)
    const d = await open(port)
    expect(d.res.statusCode).toBe(200)
    for (const v of [b, c, d]) v.close()
  })
})
