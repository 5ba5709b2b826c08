/**
 * Service jobs with real processes: an HTTP server in a bwrap-sandboxed job (its own
 * network namespace, loopback only) reached through `job.forward()` with curl, many
 * connections at once, a large body and a client that disappears mid-body; a stranger
 * and an undeclared port refused with typed errors; exec inside the same sandbox; and
 * the job still reaching no other network.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, type GpumeshClient, type Job, type PortForward } from '@gpumesh/client'
import { ProcessRuntime, detectSandbox, type ProviderNode } from '@gpumesh/node'
import {
  FORWARD_PROTOCOL, FramedStream, MAX_FORWARD_MESSAGE_BYTES, SessionRefusalCode, decodeSessionAnswer, encodeForwardRequest
} from '@gpumesh/protocol'
import { peerIdFromString } from '@libp2p/peer-id'
import { Testbed, dialAddr, until } from '@gpumesh/test-utils'

const run = promisify(execFile)
const support = await detectSandbox()
if (!support.available) console.info(`service-jobs.spec: bwrap sandbox not available here (${support.detail}); skipped`)

const PORT = 8000
const BIG_BYTES = 24 * 1024 * 1024
/** The job: a 24 MiB file and a small one, served by python's threading http.server on its loopback. */
const SERVER = `mkdir -p /tmp/www && head -c ${BIG_BYTES} /dev/urandom > /tmp/www/big.bin && echo hello > /tmp/www/small.txt && ` +
  `cd /tmp/www && exec python3 -m http.server ${PORT} --bind 127.0.0.1`

async function curl (url: string, extra: string[] = []): Promise<{ status: string, body: Buffer }> {
  const { stdout } = await run('curl', ['-s', '-S', '--max-time', '60', '-o', '-', '-w', '\n%{http_code}', ...extra, url], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })
  const text = stdout as Buffer
  const cut = text.lastIndexOf(0x0a)
  return { status: text.subarray(cut + 1).toString(), body: text.subarray(0, cut) }
}

async function execOut (job: Job, command: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  const out: Buffer[] = []
  const err: Buffer[] = []
  const session = await job.exec(command, { onStdout: d => out.push(Buffer.from(d)), onStderr: d => err.push(Buffer.from(d)) })
  await session.end()
  const code = await session.exitCode
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }
}

describe.skipIf(!support.available)('service jobs in the bwrap sandbox', () => {
  const bed = new Testbed()
  let provider: ProviderNode
  let client: GpumeshClient
  let job: Job
  let forward: PortForward
  let base: string

  beforeAll(async () => {
    const boot = await bed.startNode(await bed.config({ gpus: [] }))
    const config = await bed.config({ bootstrap: [dialAddr(boot)] })
    provider = await bed.startNode({ ...config, sessions: { ...config.sessions, maxConnectionsPerJob: 48 } }, [new ProcessRuntime({ sandbox: 'bwrap' })])
    client = await createClient({ bootstrap: [dialAddr(boot)], dataDir: await bed.tempDir('gpumesh-client-'), listen: [`/ip4/${bed.host()}/tcp/0`] })
    await client.waitForProviders(1)
    job = await client.submit({ command: ['sh', '-c', SERVER], service: true, ports: [PORT], timeoutS: 1 }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, maxDurationS: 600 })
    await until(() => job.state === 'running', 20_000, 'the job running')
    // Probe until python listens: job.forward() refuses connect-failed before that.
    await until(async () => {
      try {
        forward = await job.forward(PORT)
        return true
      } catch (err) {
        if ((err as Error).name === 'SessionRefusedError' && (err as { refusal?: string }).refusal === 'connect-failed') return false
        throw err
      }
    }, 20_000, 'the job\'s server listening')
    base = `http://127.0.0.1:${forward.localPort}`
  }, 60_000)

  afterAll(async () => {
    await forward?.close()
    await job?.cancel().catch(() => {})
    await client?.stop()
    await bed.stop()
  }, 30_000)

  it('serves a large body through the forward, byte for byte', async () => {
    const { stdout } = await execOut(job, ['sha256sum', '/tmp/www/big.bin'])
    const started = Date.now()
    const { status, body } = await curl(`${base}/big.bin`)
    const ms = Date.now() - started
    expect(status).toBe('200')
    expect(body.length).toBe(BIG_BYTES)
    expect(createHash('sha256').update(body).digest('hex')).toBe(stdout.split(' ')[0])
    console.info(`service-jobs.spec: ${BIG_BYTES / 1024 / 1024} MiB through the forward in ${ms} ms (${(BIG_BYTES / 1024 / 1024 / (ms / 1000)).toFixed(1)} MiB/s, curl start included)`)
  }, 60_000)

  it('carries many connections at once, each on its own stream', async () => {
    const results = await Promise.all(Array.from({ length: 32 }, async () => await curl(`${base}/small.txt`)))
    for (const r of results) {
      expect(r.status).toBe('200')
      expect(r.body.toString()).toBe('hello\n')
    }
    await until(() => forward.connections === 0, 5_000, 'every connection closed')
  }, 60_000)

  it('frees the connection when the local client disappears mid-body, and goes on', async () => {
    const socket = connect(forward.localPort, '127.0.0.1')
    socket.on('error', () => {})
    let got = 0
    await new Promise<void>((resolve) => {
      socket.on('connect', () => { socket.write('GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n') })
      socket.on('data', (chunk: Buffer) => {
        got += chunk.length
        if (got > 1024 * 1024) { socket.resetAndDestroy(); resolve() }
      })
    })
    await until(() => forward.connections === 0, 10_000, 'the dropped connection released')
    const { status, body } = await curl(`${base}/small.txt`)
    expect(status).toBe('200')
    expect(body.toString()).toBe('hello\n')
  }, 60_000)

  it('refuses an undeclared port with a typed error', async () => {
    await expect(job.forward(PORT + 1)).rejects.toMatchObject({ name: 'SessionRefusedError', refusal: 'port-not-declared' })
  })

  it('refuses a stranger: only the job\'s client may forward', async () => {
    const stranger = await bed.peer()
    await stranger.connect(provider)
    const stream = await stranger.libp2p.dialProtocol(peerIdFromString(provider.peerId), FORWARD_PROTOCOL)
    const framed = new FramedStream(stream, { maxMessageBytes: MAX_FORWARD_MESSAGE_BYTES })
    await framed.write(encodeForwardRequest({ jobId: job.attempt?.providerJobId ?? '', port: PORT, probe: false }))
    const answer = await framed.read(decodeSessionAnswer)
    expect(answer.refusal).toBe(SessionRefusalCode.SESSION_REFUSAL_CODE_NOT_OWNER)
    // A garbage request is refused too, and the node goes on.
    const junk = await stranger.libp2p.dialProtocol(peerIdFromString(provider.peerId), FORWARD_PROTOCOL)
    const junkFramed = new FramedStream(junk, { maxMessageBytes: MAX_FORWARD_MESSAGE_BYTES })
    await junkFramed.write(new Uint8Array([0xff, 0xff, 0xff]))
    expect((await junkFramed.read(decodeSessionAnswer)).refusal).toBe(SessionRefusalCode.SESSION_REFUSAL_CODE_INVALID_REQUEST)
  })

  it('runs exec inside the same sandbox: same files, the job\'s user, exit codes, a log event', async () => {
    const r2: Buffer[] = []
    const r = await execOut(job, ['sh', '-c', 'id -u; ls /tmp/www; echo oops >&2; exit 7'])
    const withEnv = await job.exec(['printenv', 'GREETING'], { env: { GREETING: 'hello from the client' }, onStdout: d => { r2.push(Buffer.from(d)) } })
    await withEnv.end()
    expect(await withEnv.exitCode).toBe(0)
    expect(Buffer.concat(r2).toString()).toBe('hello from the client\n')
    expect(r.code).toBe(7)
    expect(r.stdout).toBe('65534\nbig.bin\nsmall.txt\n')
    expect(r.stderr).toBe('oops\n')
    const lines: string[] = []
    for await (const e of job.storedEvents(1)) if (e.type === 'log') lines.push(e.line)
    expect(lines.some(l => l.startsWith('exec session started: sh -c'))).toBe(true)
    expect(lines).toContain('port-forward: the client connected to port 8000')
  }, 30_000)

  it('leaves the job no other network: the host\'s loopback address is unreachable from inside', async () => {
    const host = bed.host()
    const server: Server = createServer((_req, res) => { res.end('reached\n') })
    await new Promise<void>(resolve => { server.listen(0, host, resolve) })
    try {
      const port = (server.address() as { port: number }).port
      // Reachable from the host itself...
      expect((await curl(`http://${host}:${port}/`)).body.toString()).toBe('reached\n')
      // ...but not from inside the job, whose namespace has only its own loopback.
      const r = await execOut(job, ['sh', '-c', `curl -s -m 3 http://${host}:${port}/ || echo "unreachable $?"; tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '`])
      expect(r.stdout).toMatch(/^unreachable \d+\nlo\n$/)
    } finally {
      server.close()
    }
  }, 30_000)

  it('ends cancelled with a receipt when the service is cancelled', async () => {
    await forward.close()
    await job.cancel()
    expect(job.state).toBe('cancelled')
    await until(async () => (await job.receipt()) !== undefined, 10_000, 'the receipt')
    const receipt = await job.receipt()
    expect(receipt?.finalState).toBe('cancelled')
    // The sessions above are in it: the exec ones, and every forwarded connection with its bytes.
    expect(receipt?.sessions?.execSessions).toBeGreaterThanOrEqual(2)
    expect(receipt?.sessions?.forwardedConnections).toBeGreaterThanOrEqual(33)
    expect(receipt?.sessions?.forwardedBytes).toBeGreaterThan(BIG_BYTES)
  }, 30_000)
})

describe.skipIf(!support.available)('service jobs under a provider\'s session policy', () => {
  const bed = new Testbed()
  let client: GpumeshClient
  let job: Job
  let forward: PortForward | undefined

  beforeAll(async () => {
    const boot = await bed.startNode(await bed.config({ gpus: [] }))
    const config = await bed.config({ bootstrap: [dialAddr(boot)] })
    // exec off, two connections at once, 1 MiB/s.
    await bed.startNode({ ...config, sessions: { forward: true, exec: false, maxConnectionsPerJob: 2, maxBytesPerSecond: 1024 * 1024, maxExecSessionsPerJob: 1 } }, [new ProcessRuntime({ sandbox: 'bwrap' })])
    client = await createClient({ bootstrap: [dialAddr(boot)], dataDir: await bed.tempDir('gpumesh-client-'), listen: [`/ip4/${bed.host()}/tcp/0`] })
    await client.waitForProviders(1)
    job = await client.submit({ command: ['sh', '-c', `mkdir -p /tmp/www && head -c 3145728 /dev/zero > /tmp/www/3m.bin && cd /tmp/www && exec python3 -m http.server ${PORT} --bind 127.0.0.1`], service: true, ports: [PORT] }, { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n, maxDurationS: 600 })
    await until(() => job.state === 'running', 20_000, 'the job running')
    await until(async () => {
      try {
        forward = await job.forward(PORT)
        return true
      } catch (err) {
        if ((err as { refusal?: string }).refusal === 'connect-failed') return false
        throw err
      }
    }, 30_000, 'the job\'s server listening')
  }, 60_000)

  afterAll(async () => {
    await forward?.close()
    await job?.cancel().catch(() => {})
    await client?.stop()
    await bed.stop()
  }, 30_000)

  it('refuses exec when the provider switched it off', async () => {
    await expect(job.exec(['true'])).rejects.toMatchObject({ name: 'SessionRefusedError', kind: 'exec', refusal: 'disabled' })
  })

  it('holds a job to its bytes per second', async () => {
    const started = Date.now()
    const { status, body } = await curl(`http://127.0.0.1:${forward?.localPort ?? 0}/3m.bin`)
    expect(status).toBe('200')
    expect(body.length).toBe(3 * 1024 * 1024)
    // One second's burst, then 1 MiB/s: at least ~2 s for 3 MiB.
    expect(Date.now() - started).toBeGreaterThan(1_800)
  }, 30_000)

  it('refuses connections past the per-job bound, and takes new ones once they close', async () => {
    const errors: Error[] = []
    const limited = await job.forward(PORT, { onError: err => { errors.push(err) } })
    try {
      // Two idle connections hold both slots (python's threads keep them open).
      const held = await Promise.all([0, 1].map(async () => await new Promise<import('node:net').Socket>((resolve) => {
        const s = connect(limited.localPort, '127.0.0.1', () => { resolve(s) })
        s.on('error', () => {})
      })))
      await until(() => limited.connections === 2, 5_000, 'two connections carried')
      await new Promise(resolve => setTimeout(resolve, 300))
      const third = await curl(`http://127.0.0.1:${limited.localPort}/`).catch((err: Error) => ({ status: 'failed', body: Buffer.from(err.message) }))
      expect(third.status).not.toBe('200')
      await until(() => errors.length > 0, 5_000, 'the refusal reported')
      expect(errors[0]).toMatchObject({ name: 'SessionRefusedError', refusal: 'limit' })
      for (const s of held) s.destroy()
      await until(() => limited.connections === 0, 5_000, 'the held connections closed')
      await until(async () => (await curl(`http://127.0.0.1:${limited.localPort}/`).catch(() => ({ status: 'failed' }))).status === '200', 10_000, 'a connection after the others closed')
    } finally {
      await limited.close()
    }
  }, 60_000)
})
