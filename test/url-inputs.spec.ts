/**
 * A job spec whose input comes by URL, end to end: SDK `submit(spec)` to a real provider
 * on loopback, which fetches the file from an HTTP server on loopback while the job is
 * preparing (progress events), runs the job on it, and finds it in its cache the second
 * time. A wrong hash and a refused address fail the job with the reason named.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, type GpumeshClient, type JobSpecDocument, type JobUpdate } from '@gpumesh/client'
import { Testbed, dialAddr } from '@gpumesh/test-utils'
import type { ProviderNode } from '@gpumesh/node'

const BODY = Buffer.alloc(2 * 1024 * 1024, 'gpumesh ')
const SHA = createHash('sha256').update(BODY).digest('hex')

describe('inputs by URL through the market', () => {
  const bed = new Testbed()
  let server: Server
  let base: string
  let provider: ProviderNode
  let client: GpumeshClient
  let fetches = 0

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (new URL(req.url ?? '/', 'http://x').pathname === '/words.txt') { fetches++; res.writeHead(200, { 'content-length': BODY.length }); res.end(BODY); return }
      res.writeHead(404); res.end()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.250', resolve))
    base = `http://127.0.0.250:${(server.address() as AddressInfo).port}`
    const boot = await bed.startNode(await bed.config({ gpus: [] }))
    const config = await bed.config({ bootstrap: [dialAddr(boot)] })
    // Tests fetch from loopback: allowed here, refused by default.
    provider = await bed.startNode({ ...config, inputs: { ...config.inputs, allowPrivateAddresses: true, allowHosts: ['127.0.0.250'] } })
    client = await createClient({ bootstrap: [dialAddr(boot)], dataDir: await bed.tempDir('gpumesh-client-'), listen: [`/ip4/${bed.host()}/tcp/0`] })
    await client.waitForProviders(1)
  })

  afterAll(async () => {
    await client?.stop()
    await bed.stop()
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => { resolve() }))
  })

  const spec = (url: string, sha256 = SHA): JobSpecDocument => ({
    apiVersion: 'gpumesh/v1',
    kind: 'Job',
    command: ['sh', '-c', 'sha256sum "$GPUMESH_INPUT_DIR/words.txt" | cut -c1-64 > "$GPUMESH_OUTPUT_DIR/sum.txt"'],
    inputs: [{ name: 'words.txt', url, sha256, size: BODY.length }],
    timeouts: { jobS: 30, preparingS: 20 },
    price: { maxPerGpuHour: 5_000_000 }
  })

  async function run (doc: JobSpecDocument): Promise<{ updates: JobUpdate[], state: string, reason: string, sum?: string }> {
    const job = await client.submit(doc)
    const outDir = await bed.tempDir('gpumesh-out-')
    const result = await job.result({ outDir }).catch(() => undefined)
    const updates: JobUpdate[] = []
    for await (const u of job.events()) updates.push(u)
    const sum = result === undefined ? undefined : (await readFile(join(outDir, 'sum.txt'), 'utf8')).trim()
    return { updates, state: job.state, reason: job.record.reason, ...(sum !== undefined ? { sum } : {}) }
  }

  it('fetches the input while preparing, runs on it, and takes it from the cache the second time', async () => {
    const first = await run(spec(`${base}/words.txt`))
    expect(first.state).toBe('succeeded')
    expect(first.sum).toBe(SHA)
    const preparing = first.updates.filter(u => u.type === 'preparing')
    expect(preparing[0]).toMatchObject({ name: 'words.txt', bytesDone: 0, bytesTotal: BODY.length, cached: false })
    expect(preparing.at(-1)).toMatchObject({ bytesDone: BODY.length, cached: false })
    // Preparing comes before running: the job's own clock starts after the fetch.
    const order = first.updates.map(u => u.type === 'state' ? u.state : u.type).filter(t => t === 'preparing' || t === 'running')
    expect(order.indexOf('running')).toBeGreaterThan(order.lastIndexOf('preparing'))
    expect(fetches).toBe(1)

    const second = await run(spec(`${base}/words.txt`))
    expect(second.state).toBe('succeeded')
    expect(second.updates.filter(u => u.type === 'preparing')).toEqual([expect.objectContaining({ cached: true, bytesDone: BODY.length })])
    expect(fetches).toBe(1)
  })

  it('fails a job whose input does not hash to its sha256, saying so, and never runs it', async () => {
    const r = await run(spec(`${base}/words.txt?v=2`, 'ab'.repeat(32)))
    expect(r).toMatchObject({ state: 'failed', reason: 'input-hash-mismatch' })
    expect(r.updates.some(u => u.type === 'log' && u.stream === 'system' && u.line.includes('its sha256 is'))).toBe(true)
    expect(r.updates.some(u => u.type === 'state' && u.state === 'running')).toBe(false)
  })

  it('refuses at submit, before fetching or running anything, an input from a host the provider does not allow', async () => {
    const r = await run(spec('http://127.0.0.251:1/words.txt'))
    expect(r).toMatchObject({ state: 'failed', reason: expect.stringContaining('policy: input words.txt: host 127.0.0.251 is not in this provider\'s inputs.allowHosts') })
    expect(r.updates.some(u => u.type === 'preparing')).toBe(false)
    // The refused Submit's lease was ended at once: the provider's GPU is free again.
    expect((await provider.status()).gpus.map(g => g.state)).not.toContain('leased')
  })
})
