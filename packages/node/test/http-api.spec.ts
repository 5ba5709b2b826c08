import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { A100, Testbed } from '@gpumesh/test-utils'

describe('HTTP API', () => {
  let bed: Testbed
  beforeEach(() => { bed = new Testbed() })
  afterEach(async () => { await bed.stop() })

  it('serves /status as JSON and /metrics as Prometheus text on loopback', async () => {
    const config = await bed.config({ gpus: [A100] })
    config.api = { enabled: true, host: '127.0.0.1', port: 0 }
    const node = await bed.startNode(config)
    const port = node.apiPort
    expect(port).toBeGreaterThan(0)
    const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json() as Record<string, any>
    expect(status.peerId).toBe(node.peerId)
    expect(status.gpus).toHaveLength(4)
    expect(status.gpus[0]).toMatchObject({ model: A100.model, declared: true, state: 'idle' })
    expect(status.runtimes).toContain('process')
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`)
    expect(metrics.headers.get('content-type')).toMatch(/text\/plain/)
    expect(await metrics.text()).toMatch(/# TYPE gpumesh_offers_published_total counter/)
    expect((await fetch(`http://127.0.0.1:${port}/nope`)).status).toBe(404)
    expect((await fetch(`http://127.0.0.1:${port}/status`, { method: 'POST' })).status).toBe(405)
  })

  it('fails to start on a port in use and stops what it had started, so the node can start again', async () => {
    const config = await bed.config({ gpus: [A100] })
    const blocker = createServer()
    await new Promise<void>(resolve => { blocker.listen(0, '127.0.0.1', resolve) })
    try {
      config.api = { enabled: true, host: '127.0.0.1', port: (blocker.address() as AddressInfo).port }
      await expect(bed.startNode(config)).rejects.toThrow(/EADDRINUSE/)
    } finally {
      await new Promise<void>(resolve => { blocker.close(() => { resolve() }) })
    }
    // The store was closed (its lock released) and the host stopped: the same data dir starts.
    const node = await bed.startNode({ ...config, listen: [`/ip4/${bed.host()}/tcp/0`] })
    expect(node.apiPort).toBe(config.api.port)
  })
})
