/**
 * Inputs by URL on the provider: fetched from a real HTTP server on loopback (slow,
 * truncated, wrong hash, too big, redirect loops, a private address the policy refuses),
 * checked, cached by sha256 with an LRU bound, and found in the cache the second time.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkloadSpec } from '@gpumesh/protocol'
import { InputCache } from '../src/inputs/input-cache.js'
import { InputPreparer, type PrepareProgress } from '../src/inputs/input-preparer.js'
import { InputNetworkPolicy, isPrivateAddress } from '../src/inputs/network-policy.js'

const BODY = Buffer.alloc(3 * 1024 * 1024, 7)
const SHA = createHash('sha256').update(BODY).digest()
/** Served as /lru0, /lru1, /lru2. */
const LRU_BODIES = [0, 1, 2].map(i => Buffer.alloc(BODY.length, i + 1))

describe('inputs by URL', () => {
  let server: Server
  let base: string
  let dir: string
  const hits = new Map<string, number>()

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-inputs-'))
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const path = req.url ?? '/'
      hits.set(path, (hits.get(path) ?? 0) + 1)
      if (path === '/data.bin') { res.writeHead(200, { 'content-length': BODY.length }); res.end(BODY); return }
      if (path === '/slow.bin') {
        // 3 MiB in 12 pieces, 40 ms apart: progress comes in between.
        res.writeHead(200, { 'content-length': BODY.length })
        let i = 0
        const step = BODY.length / 12
        const timer = setInterval(() => { res.write(BODY.subarray(i * step, (i + 1) * step)); if (++i === 12) { clearInterval(timer); res.end() } }, 40)
        return
      }
      if (path === '/truncated.bin') { res.writeHead(200, { 'content-length': BODY.length }); res.write(BODY.subarray(0, 1000)); setTimeout(() => { res.destroy() }, 20); return }
      if (path === '/stall.bin') { res.writeHead(200, { 'content-length': BODY.length }); res.write(BODY.subarray(0, 1000)); return }
      if (path === '/more.bin') { res.writeHead(200); res.end(Buffer.concat([BODY, BODY])); return }
      if (path === '/loop') { res.writeHead(302, { location: '/loop2' }); res.end(); return }
      if (path === '/loop2') { res.writeHead(302, { location: '/loop' }); res.end(); return }
      const lru = /^\/lru(\d)$/.exec(path)
      if (lru !== null) { res.writeHead(200, { 'content-length': BODY.length }); res.end(LRU_BODIES[Number(lru[1])]); return }
      if (path === '/hop') { res.writeHead(301, { location: '/data.bin' }); res.end(); return }
      res.writeHead(404); res.end()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.9', resolve))
    base = `http://127.0.0.9:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => { resolve() }))
    await rm(dir, { recursive: true, force: true })
  })

  const make = async (name: string, options: { maxCacheBytes?: number, allowPrivate?: boolean, maxInputBytes?: number, allowHosts?: string[] } = {}): Promise<{ cache: InputCache, preparer: InputPreparer }> => {
    const cache = new InputCache({ dir: join(dir, name), maxBytes: options.maxCacheBytes ?? 64 * 1024 * 1024 })
    await cache.start()
    const policy = new InputNetworkPolicy({ allowHosts: options.allowHosts ?? ['*'], allowPrivateAddresses: options.allowPrivate ?? true, allowHttp: true })
    return { cache, preparer: new InputPreparer({ cache, policy }, { maxInputBytes: options.maxInputBytes ?? 1024 ** 3, defaultTimeoutS: 10 }) }
  }
  const spec = (url: string, sha256: Uint8Array = SHA, size = BODY.length, name = 'data.bin'): WorkloadSpec =>
    ({ runtime: 'process', image: '', command: ['true'], env: {}, inputs: [{ name, content: new Uint8Array(0), url, sha256, size }], timeoutS: 60, network: false })
  const prepare = async (preparer: InputPreparer, s: WorkloadSpec, timeoutMs = 10_000): Promise<{ progress: PrepareProgress[], files: ReadonlyMap<string, string>, release: () => Promise<void> }> => {
    const progress: PrepareProgress[] = []
    const out = await preparer.prepare(s, { signal: AbortSignal.timeout(timeoutMs), onProgress: async p => { progress.push(p) } })
    return { progress, ...out }
  }

  it('fetches with progress, checks, caches, and serves the second job from the cache', async () => {
    const { cache, preparer } = await make('hit')
    const first = await prepare(preparer, spec(`${base}/slow.bin`))
    expect(first.progress[0]).toEqual({ name: 'data.bin', bytesDone: 0, bytesTotal: BODY.length, cached: false })
    expect(first.progress.length).toBeGreaterThan(3)
    expect(first.progress.at(-1)).toMatchObject({ bytesDone: BODY.length, cached: false })
    const path = first.files.get('data.bin') ?? ''
    expect(createHash('sha256').update(await readFile(path)).digest().equals(SHA)).toBe(true)
    expect(path).toBe(join(dir, 'hit', SHA.toString('hex')))
    await first.release()
    const before = hits.get('/slow.bin')
    const second = await prepare(preparer, spec(`${base}/slow.bin`))
    expect(second.progress).toEqual([{ name: 'data.bin', bytesDone: BODY.length, bytesTotal: BODY.length, cached: true }])
    expect(hits.get('/slow.bin')).toBe(before)
    await second.release()
    expect(cache.usedBytes).toBe(BODY.length)
  })

  it('fetches the same bytes once for jobs that want them together, following a redirect', async () => {
    const { preparer } = await make('together')
    const before = hits.get('/hop') ?? 0
    const both = await Promise.all([prepare(preparer, spec(`${base}/hop`)), prepare(preparer, spec(`${base}/hop`))])
    expect(hits.get('/hop')).toBe(before + 1)
    for (const b of both) await b.release()
  })

  it('refuses a wrong hash, a short or a longer body, a stall, a redirect loop and a 404, each by name', async () => {
    const { cache, preparer } = await make('bad')
    const wrong = Buffer.alloc(32, 1)
    await expect(prepare(preparer, spec(`${base}/data.bin`, wrong))).rejects.toMatchObject({ name: 'InputFetchError', reason: 'hash-mismatch', message: expect.stringContaining(SHA.toString('hex')) })
    await expect(prepare(preparer, spec(`${base}/truncated.bin`))).rejects.toMatchObject({ reason: expect.stringMatching(/unreachable|size-mismatch/) })
    await expect(prepare(preparer, spec(`${base}/more.bin`))).rejects.toMatchObject({ reason: 'size-mismatch', message: expect.stringContaining('more than') })
    await expect(prepare(preparer, spec(`${base}/data.bin`, SHA, BODY.length - 1))).rejects.toMatchObject({ reason: 'size-mismatch' })
    await expect(prepare(preparer, spec(`${base}/loop`))).rejects.toMatchObject({ reason: 'unreachable', message: expect.stringContaining('loop') })
    await expect(prepare(preparer, spec(`${base}/nothing`))).rejects.toMatchObject({ reason: 'unreachable', message: expect.stringContaining('HTTP 404') })
    await expect(prepare(preparer, spec('http://127.0.0.9:1/x'))).rejects.toMatchObject({ reason: 'unreachable', message: expect.stringContaining('ECONNREFUSED') })
    // The preparing limit ends a download that stalls.
    await expect(prepare(preparer, spec(`${base}/stall.bin`), 300)).rejects.toMatchObject({ reason: 'timeout' })
    // Nothing half-fetched is left, nothing bad was cached.
    expect(cache.usedBytes).toBe(0)
    expect(await readdir(join(dir, 'bad', 'tmp'))).toEqual([])
  })

  it('refuses what the policy and the size limit rule out, before fetching', async () => {
    const strict = await make('strict', { allowPrivate: false, maxInputBytes: 1024 })
    expect(strict.preparer.refusal(spec(`${base}/data.bin`))).toMatch(/more than the 1024/)
    const tiny = spec(`${base}/data.bin`, SHA, 10)
    expect(strict.preparer.refusal(tiny)).toMatch(/127\.0\.0\.9 is a loopback, private or link-local address/)
    await expect(prepare(strict.preparer, tiny)).rejects.toMatchObject({ reason: 'not-allowed' })
    // A name that resolves to loopback is caught at connect time, after DNS.
    await expect(prepare(strict.preparer, spec(`http://localhost:${new URL(base).port}/data.bin`, SHA, 10))).rejects.toMatchObject({ reason: 'not-allowed', message: expect.stringContaining('localhost') })
    await expect(prepare(strict.preparer, spec(`${base}/data.bin`))).rejects.toMatchObject({ reason: 'too-large' })
    const hosts = await make('hosts', { allowHosts: ['*.example.org'] })
    expect(hosts.preparer.refusal(spec(`${base}/data.bin`))).toMatch(/not in this provider's inputs.allowHosts/)
    expect(['10.1.2.3', '192.168.0.1', '172.20.0.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '100.64.0.1'].every(isPrivateAddress)).toBe(true)
    expect(['8.8.8.8', '172.32.0.1', '2001:db8::1'].some(isPrivateAddress)).toBe(false)
  })

  it('keeps the cache under its bound, least recently used out first, and survives a restart', async () => {
    const { cache, preparer } = await make('lru', { maxCacheBytes: BODY.length * 2 })
    const bodies = LRU_BODIES
    const specs = bodies.map((b, i) => spec(`${base}/lru${i}`, createHash('sha256').update(b).digest(), b.length, `f${i}`))
    for (const s of specs.slice(0, 2)) await (await prepare(preparer, s)).release()
    // Use f0 again: f1 becomes the least recently used.
    await (await prepare(preparer, specs[0] as WorkloadSpec)).release()
    await (await prepare(preparer, specs[2] as WorkloadSpec)).release()
    const key = (i: number): string => createHash('sha256').update(bodies[i] as Buffer).digest('hex')
    expect([cache.has(key(0)), cache.has(key(1)), cache.has(key(2))]).toEqual([true, false, true])
    expect(cache.usedBytes).toBe(2 * BODY.length)
    const again = new InputCache({ dir: join(dir, 'lru'), maxBytes: BODY.length * 2 })
    await again.start()
    expect(again.recent(10).sort()).toEqual([key(0), key(2)].sort())
  })

  it('uses an input too big for the cache once, without caching it', async () => {
    const { cache, preparer } = await make('toobig', { maxCacheBytes: 1024 })
    const got = await prepare(preparer, spec(`${base}/data.bin`))
    const path = got.files.get('data.bin') ?? ''
    expect((await readFile(path)).length).toBe(BODY.length)
    await got.release()
    expect(cache.usedBytes).toBe(0)
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
