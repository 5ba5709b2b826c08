/**
 * The provider dashboard over HTTP: its headers, that it is read-only and answers to
 * localhost only on a loopback bind, that its event stream carries the GPUs, a job's
 * log lines (hostile ones as plain data) and its receipt, and that the stream cap holds
 * and closed streams free their place.
 */
import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { A100, Testbed, until } from '@gpumesh/test-utils'
import type { ProviderNode } from '@gpumesh/node'

interface SseEvent { event: string, data: any }

/** Open the event stream; events are collected as they come. */
function openEvents (port: number): { events: SseEvent[], status: Promise<number>, close: () => void } {
  const events: SseEvent[] = []
  let close = (): void => {}
  const status = new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/dashboard/events' }, res => {
      resolve(res.statusCode ?? 0)
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(frame)?.[1]
          const data = /^data: (.*)$/m.exec(frame)?.[1]
          if (event !== undefined && data !== undefined) events.push({ event, data: JSON.parse(data) })
        }
      })
      res.on('error', () => {})
    })
    req.on('error', reject)
    req.end()
    close = () => { req.destroy() }
  })
  return { events, status, close: () => { close() } }
}

describe('provider dashboard (HTTP)', () => {
  let bed: Testbed
  let node: ProviderNode
  let base: string
  beforeEach(async () => {
    bed = new Testbed()
    const config = await bed.config({ gpus: [A100] })
    config.api = { enabled: true, host: '127.0.0.1', port: 0 }
    node = await bed.startNode(config)
    base = `http://127.0.0.1:${node.apiPort}`
  })
  afterEach(async () => { await bed.stop() })

  it('serves the page and its assets with a strict policy, read-only, to localhost only', async () => {
    const page = await fetch(`${base}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self';/)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await page.text()
    expect(html).not.toMatch(/<script>|<style>|https?:\/\//) // no inline code, nothing from elsewhere
    for (const [path, type] of [['/dashboard/app.js', 'text/javascript'], ['/dashboard/common.js', 'text/javascript'], ['/dashboard/style.css', 'text/css']] as const) {
      const res = await fetch(`${base}${path}`)
      expect(res.headers.get('content-type')).toMatch(type)
      expect(await res.text()).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write|eval\(/)
    }
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405)
    // A rebound DNS name pointing at 127.0.0.1 names another host.
    const rebound = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port: node.apiPort, path: '/', headers: { host: 'attacker.example' } }, res => { res.resume(); resolve(res.statusCode ?? 0) }).on('error', reject).end()
    })
    expect(rebound).toBe(403)
    // The API is still there.
    expect((await fetch(`${base}/status`)).status).toBe(200)
  })

  it('streams GPUs, a running job\'s log lines as data and its receipt', async () => {
    const viewer = openEvents(node.apiPort as number)
    expect(await viewer.status).toBe(200)
    await until(() => viewer.events.some(e => e.event === 'receipts'), 5_000, 'greeting')
    expect(viewer.events.map(e => e.event).slice(0, 3)).toEqual(['logs', 'state', 'receipts'])
    const state = viewer.events[1]?.data
    expect(state.gpus).toHaveLength(4)
    expect(state.gpus[0]).toMatchObject({ model: A100.model, state: 'idle', declared: true })
    expect(state.offer.pricePerGpuHour).toBe('2000000')
    expect(JSON.stringify(state)).not.toMatch(/dataDir|privateKey|gpumesh-test-/)

    const peer = await bed.peer()
    await peer.connect(node)
    const { lease } = await peer.lease(node)
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    await peer.jobRequest(node, { kind: 'submit', leaseId: lease.leaseId, spec: { runtime: 'process', image: '', command: ['sh', '-c', `echo '${hostile}'; sleep 0.3; echo second`], env: { SECRET_TOKEN: 's3cr3t' }, inputs: [], timeoutS: 30, network: false } })
    await until(() => viewer.events.some(e => e.event === 'receipt'), 10_000, 'receipt event')
    const lines = viewer.events.filter(e => e.event === 'log').map(e => e.data.line)
    expect(lines).toEqual(expect.arrayContaining([hostile, 'second']))
    expect(viewer.events.find(e => e.event === 'receipt')?.data).toMatchObject({ finalState: 'succeeded', client: peer.libp2p.peerId.toString() })
    expect(viewer.events.some(e => e.event === 'state' && e.data.gpus.some((g: { state: string }) => g.state === 'leased'))).toBe(true)
    expect(JSON.stringify(viewer.events)).not.toMatch(/s3cr3t|SECRET_TOKEN/)
    viewer.close()
  })

  it('refuses viewers past the cap and frees the place of a closed one', async () => {
    const viewers = Array.from({ length: 16 }, () => openEvents(node.apiPort as number))
    expect(await Promise.all(viewers.map(async v => await v.status))).toEqual(Array(16).fill(200))
    const extra = openEvents(node.apiPort as number)
    expect(await extra.status).toBe(503)
    for (const v of viewers) v.close()
    // Server side, a closed stream is gone as soon as its socket closes: 16 fit again.
    await until(async () => {
      const again = Array.from({ length: 16 }, () => openEvents(node.apiPort as number))
      const statuses = await Promise.all(again.map(async v => await v.status))
      for (const v of again) v.close()
      return statuses.every(s => s === 200)
    }, 5_000, 'places freed')
  })
})
