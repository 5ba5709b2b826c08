/**
 * `pnpm --filter @gpumesh/bench forward`: what carrying a TCP connection over libp2p
 * costs, against the floor of a direct loopback TCP copy, in the same run. A source
 * server sends BYTES to whoever connects; read directly, then through the forward's data
 * path: a local listener and pipeSocket on one host, a libp2p stream (tcp, noise, yamux)
 * to a second host, pipeSocket to the source there (what ForwardService does once the
 * job's socket is connected; the namespace relay only makes that socket). One connection,
 * then 8 in parallel. Writes bench/results/forward-throughput.json.
 */
import '@gpumesh/protocol/polyfill'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { createGpumeshHost, pipeSocket } from '@gpumesh/peer'

const here = dirname(fileURLToPath(import.meta.url))
const BYTES = 256 * 1024 * 1024
const PROTOCOL = '/gpumesh-bench/forward/1.0.0'
const log = (s: string): void => { process.stderr.write(`${s}\n`) }

async function listen (server: Server, host: string): Promise<number> {
  await new Promise<void>(resolve => { server.listen(0, host, resolve) })
  return (server.address() as { port: number }).port
}

/** Connect, read to the end, resolve with MiB/s. */
async function drain (port: number, host: string): Promise<number> {
  const started = process.hrtime.bigint()
  let got = 0
  await new Promise<void>((resolve, reject) => {
    const s = connect(port, host)
    s.on('data', (d: Buffer) => { got += d.length })
    s.on('end', () => { s.end(); resolve() })
    s.on('error', reject)
  })
  if (got !== BYTES) throw new Error(`got ${got} of ${BYTES} bytes`)
  return (BYTES / 1024 / 1024) / (Number(process.hrtime.bigint() - started) / 1e9)
}

async function main (): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024)
  const source = createServer((s: Socket) => {
    let sent = 0
    const more = (): void => {
      while (sent < BYTES) {
        sent += chunk.length
        if (!s.write(chunk)) { s.once('drain', more); return }
      }
      s.end()
    }
    more()
    s.on('error', () => {})
  })
  const sourcePort = await listen(source, '127.0.0.1')
  const provider = await createGpumeshHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.221/tcp/0'] })
  const client = await createGpumeshHost({ privateKey: await generateKeyPair('Ed25519'), listen: ['/ip4/127.0.0.222/tcp/0'] })
  await provider.handle(PROTOCOL, (stream) => {
    const socket = connect({ port: sourcePort, host: '127.0.0.1', allowHalfOpen: true })
    socket.once('connect', () => { void pipeSocket(stream, socket).catch((e: Error) => { log(`provider pipe: ${e.stack ?? e.message}`) }) })
  }, { maxInboundStreams: 64 })
  const addr = provider.getMultiaddrs()[0]
  if (addr === undefined) throw new Error('provider has no address')
  await client.dial(addr)
  const local = createServer({ allowHalfOpen: true }, (socket) => {
    void (async () => {
      const stream = await client.dialProtocol(provider.peerId, PROTOCOL, { maxOutboundStreams: 64 })
      await pipeSocket(stream, socket)
    })().catch((e: Error) => { log(`client pipe: ${e.stack ?? e.message} cause=${String((e as { cause?: unknown }).cause)}`); socket.destroy() })
  })
  const localPort = await listen(local, '127.0.0.222')

  const results: Record<string, number> = {}
  const best = async (name: string, fn: () => Promise<number>): Promise<void> => {
    let top = 0
    for (let i = 0; i < 3; i++) top = Math.max(top, await fn())
    results[name] = Math.round(top * 10) / 10
    log(`${name.padEnd(32)} ${results[name]} MiB/s`)
  }
  await best('direct, 1 connection', async () => await drain(sourcePort, '127.0.0.1'))
  await best('forward, 1 connection', async () => await drain(localPort, '127.0.0.222'))
  const parallel = async (port: number, host: string): Promise<number> => {
    const started = process.hrtime.bigint()
    await Promise.all(Array.from({ length: 8 }, async () => await drain(port, host)))
    return (8 * BYTES / 1024 / 1024) / (Number(process.hrtime.bigint() - started) / 1e9)
  }
  await best('direct, 8 connections', async () => await parallel(sourcePort, '127.0.0.1'))
  await best('forward, 8 connections', async () => await parallel(localPort, '127.0.0.222'))

  await Promise.all([client.stop(), provider.stop()])
  source.close()
  local.close()
  const out = join(here, '..', 'results', 'forward-throughput.json')
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, JSON.stringify({ bytesPerConnection: BYTES, mibPerSecond: results, at: new Date().toISOString() }, null, 2) + '\n')
}

await main()
