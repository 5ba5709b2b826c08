/**
 * Providers and clients behind real NATs (Linux namespaces, nftables masquerade; see
 * test/fixtures/nat-testbed.sh): the bootstrap + relay node on the "internet", a home
 * behind an endpoint-independent NAT (hA) and one behind a symmetric NAT (hB). Each
 * provider finds itself private, reserves a slot on the relay and offers its
 * /p2p-circuit address; a client in the other home is served through the relay, with
 * logs, result files and a countersigned receipt, and is told the job ran relayed.
 * A stranger (a bare libp2p peer, bench/src/relay-peer.ts) cannot use a relay past its
 * limits; a service job behind NAT is reached through the relay with exec and
 * port-forward; and a relay that dies mid-job leaves the job lost, as a lost provider does.
 *
 * Hole punching is not asserted: libp2p counts the documentation ranges the testbed's
 * internet must use as private, and DCUtR dials no private address; and js-libp2p's TCP
 * dials from a fresh port (no SO_REUSEPORT), which TCP hole punching needs. See
 * docs/architecture.md ("Reaching providers behind NAT").
 *
 * Skipped with one line where namespaces cannot be made (not root, no iproute2/nftables).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'
import { NAT_ADDRS, NatTestbed, natTestbedUnavailable, type NatSpace, type NsProcess } from './fixtures/nat-testbed.js'
import { GPUMESH_BIN, NODE_BIN, RELAY_PEER_BIN } from './fixtures/processes.js'

const unavailable = await natTestbedUnavailable()
if (unavailable !== undefined) console.log(`nat.spec: skipped: ${unavailable}`)

interface Provider { peerId: string, proc: NsProcess, space: NatSpace }

describe.skipIf(unavailable !== undefined)('providers and clients behind NAT', () => {
  let bed: NatTestbed
  let dir: string
  let bootstrap: string
  let relayId: string
  let relay: NsProcess
  const providers: Record<'A' | 'B', Provider> = {} as any
  const clients: Record<'A' | 'B', { dir: string, peerId: string }> = {} as any

  const startProvider = async (home: 'A' | 'B'): Promise<Provider> => {
    const space: NatSpace = home === 'A' ? 'hA' : 'hB'
    const proc = bed.spawn(space, [NODE_BIN, 'start', '--data-dir', join(dir, `provider${home}`), '--init', '--json',
      '--listen', `/ip4/${home === 'A' ? NAT_ADDRS.homeA : NAT_ADDRS.homeB}/tcp/4001`, '--bootstrap', bootstrap,
      '--declare-gpu', `nvidia:NatGPU-${home}:8192:1`, '--no-detect-gpus', '--api-port', '0',
      '--sandbox', 'none', '--allow-client', clients.A.peerId, '--allow-client', clients.B.peerId])
    const ready = JSON.parse(await proc.waitFor(l => l.includes('"event":"ready"'), 30_000)) as { peerId: string, nat: { reachability: string } }
    expect(ready.nat.reachability).toBe('private')
    return { peerId: ready.peerId, proc, space }
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gpumesh-nat-'))
    for (const c of ['A', 'B'] as const) {
      const d = join(dir, `client${c}`)
      clients[c] = { dir: d, peerId: peerIdFromPrivateKey(await loadOrCreatePrivateKey(d)).toString() }
    }
    bed = await NatTestbed.create()
    relay = bed.spawn('pub', [NODE_BIN, 'start', '--data-dir', join(dir, 'relay'), '--init', '--json', '--relay',
      '--listen', `/ip4/${NAT_ADDRS.relay}/tcp/4001`, '--no-detect-gpus', '--api-port', '0'])
    const ready = JSON.parse(await relay.waitFor(l => l.includes('"event":"ready"'), 30_000)) as { peerId: string, nat: { relay: { enabled: boolean } } }
    expect(ready.nat.relay.enabled).toBe(true)
    relayId = ready.peerId
    bootstrap = `/ip4/${NAT_ADDRS.relay}/tcp/4001/p2p/${relayId}`
    const [a, b] = await Promise.all([startProvider('A'), startProvider('B')])
    providers.A = a
    providers.B = b
    // Private, so each takes a reservation on the relay: its /p2p-circuit address.
    await Promise.all([a, b].map(async p => {
      const line = JSON.parse(await p.proc.waitFor(l => l.includes('"event":"reservation"'), 30_000)) as { addr: string }
      expect(line.addr).toBe(`${bootstrap}/p2p-circuit/p2p/${p.peerId}`)
    }))
  }, 120_000)

  afterAll(async () => {
    await bed?.destroy()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  }, 60_000)

  /** `gpumesh submit` from a client home to the provider of the other home. */
  const submit = async (client: 'A' | 'B', provider: 'A' | 'B'): Promise<any> => {
    const out = join(dir, `out-${client}${provider}`)
    const r = await bed.run(client === 'A' ? 'hA' : 'hB', [GPUMESH_BIN, '--bootstrap', bootstrap, '--data-dir', clients[client].dir, '--json',
      'submit', '--model', `NatGPU-${provider}`, '--out', out, '--', 'sh', '-c', 'echo "ran behind nat"; echo result > "$GPUMESH_OUTPUT_DIR/r.txt"'], 60_000)
    expect(r.code, r.stderr).toBe(0)
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!)
  }

  const check = (doc: any, provider: Provider, client: 'A' | 'B'): void => {
    expect(doc.state).toBe('succeeded')
    expect(doc.logs).toContainEqual({ stream: 'stdout', line: 'ran behind nat' })
    expect(doc.attempts).toHaveLength(1)
    expect(doc.attempts[0].provider).toBe(provider.peerId)
    // Neither side can be dialled and DCUtR has no public address to try (see the header):
    // the relay carries the job, and the client knows it.
    expect(doc.attempts[0].path).toBe('relayed')
    expect(doc.attempts[0].providerAddrs).toContain(`${bootstrap}/p2p-circuit/p2p/${provider.peerId}`)
    expect(doc.receipt).toMatchObject({ provider: provider.peerId, client: clients[client].peerId, exitCode: 0, finalState: 'succeeded' })
    expect(doc.receipt.results).toEqual([expect.objectContaining({ name: 'r.txt', size: 7 })])
  }

  it('a provider behind the symmetric NAT runs a job for a client behind the other NAT, through the relay', async () => {
    check(await submit('A', 'B'), providers.B, 'A')
  }, 90_000)

  it('a provider behind the endpoint-independent NAT runs a job for a client behind the symmetric NAT, through the relay', async () => {
    check(await submit('B', 'A'), providers.A, 'B')
  }, 90_000)

  it('/status shows reachability, the reservation, and which connections are relayed', async () => {
    const api = (JSON.parse(providers.A.proc.lines.find(l => l.includes('"event":"ready"'))!) as { api: string }).api
    const r = await bed.run('hA', ['-e', `fetch(${JSON.stringify(`${api}/status`)}).then(r => r.text()).then(t => process.stdout.write(t + '\\n'))`], 15_000)
    const nat = (JSON.parse(r.stdout) as { nat: any }).nat
    expect(nat.reachability).toBe('private')
    expect(nat.reservations).toEqual([{ relay: relayId, addr: `${bootstrap}/p2p-circuit/p2p/${providers.A.peerId}` }])
    // The relay itself is a direct connection; anyone we met through it is relayed.
    expect(nat.connections).toContainEqual(expect.objectContaining({ peer: relayId, path: 'direct' }))
    for (const c of nat.connections) expect(c.path).toBe(c.addr.includes('/p2p-circuit') ? 'relayed' : 'direct')
  }, 30_000)

  it('a stranger cannot use our relay past its limits: reservations past maxReservations are refused, a relayed connection is reset past maxDataBytes and maxDurationMs', async () => {
    // A second relay with tight limits, beside the first (which the providers use).
    const config = join(dir, 'tight-relay.yaml')
    await writeFile(config, 'relay:\n  enabled: true\n  maxReservations: 2\n  maxDataBytes: 65536\n  maxDurationMs: 3000\n')
    const tight = bed.spawn('pub', [NODE_BIN, 'start', '--data-dir', join(dir, 'tight-relay'), '--init', '--json', '--config', config,
      '--listen', `/ip4/${NAT_ADDRS.relay}/tcp/4002`, '--no-detect-gpus', '--api-port', '0'])
    const tightId = (JSON.parse(await tight.waitFor(l => l.includes('"event":"ready"'), 30_000)) as { peerId: string }).peerId
    const tightAddr = `/ip4/${NAT_ADDRS.relay}/tcp/4002/p2p/${tightId}`
    // Bare libp2p peers (no gpumesh code): two reserve, the third is refused.
    const stranger = (space: NatSpace): NsProcess => bed.spawn(space, [RELAY_PEER_BIN, 'serve', '--relay', tightAddr])
    const event = async (p: NsProcess, name: string, timeoutMs = 20_000): Promise<any> => JSON.parse(await p.waitFor(l => l.includes(`"event":"${name}"`) || l.includes('"event":"error"'), timeoutMs))
    const sA = stranger('hA')
    const sB = stranger('hB')
    const [readyA, readyB] = await Promise.all([event(sA, 'ready'), event(sB, 'ready')])
    expect(readyA.event).toBe('ready')
    expect(readyB.event).toBe('ready')
    const circuitA = `${tightAddr}/p2p-circuit/p2p/${readyA.peerId as string}`
    expect(readyA.addrs).toContain(circuitA)
    const third = await event(stranger('hA'), 'refused')
    expect(third).toMatchObject({ event: 'refused' })
    expect(third.error).toMatch(/RESERVATION_REFUSED/)

    // Through the relay from the other home: 1 MiB pushed, cut at 64 KiB.
    const pushed = await bed.run('hB', [RELAY_PEER_BIN, 'push', '--to', circuitA, '--bytes', String(1024 * 1024)], 30_000)
    const push = JSON.parse(pushed.stdout.split('\n').find(l => l.includes('"event":"push"')) ?? pushed.stdout)
    // The relay's grant, less what the noise and multistream handshakes already used of it
    // (and, js-libp2p's unit slip, "seconds" that are milliseconds: see architecture.md).
    expect(Number(push.limits.bytes)).toBeLessThanOrEqual(65536)
    expect(Number(push.limits.bytes)).toBeGreaterThan(60_000)
    expect(push.error).toBeDefined()
    const sink = await event(sA, 'sink')
    console.log(`nat.spec: push through the tight relay ${JSON.stringify(push)}; the far side ${JSON.stringify(sink)}`)
    expect(sink.limited).toBe(true)
    expect(sink.received).toBeLessThanOrEqual(65536)

    // A relayed connection held open is closed by the relay after maxDurationMs.
    const held = bed.spawn('hB', [RELAY_PEER_BIN, 'hold', '--to', circuitA])
    expect((await event(held, 'connected')).limited).toBe(true)
    const closed = await event(held, 'closed', 15_000)
    expect(closed.afterMs).toBeGreaterThanOrEqual(2_500)
    expect(closed.afterMs).toBeLessThan(8_000)
  }, 90_000)

  it('a service behind the symmetric NAT is reached through the relay: exec, and a port-forward fetched in the client\'s home', async () => {
    const cli = [GPUMESH_BIN, '--bootstrap', bootstrap, '--data-dir', clients.A.dir]
    const submitted = await bed.run('hA', [...cli, 'submit', '--service', '--port', '8000', '--detach', '--model', 'NatGPU-B', '--max-duration', '300', '--',
      'sh', '-c', 'mkdir -p www && cd www && echo through-the-relay > index.html && exec python3 -m http.server 8000 --bind 127.0.0.1'], 60_000)
    expect(submitted.code, submitted.stderr).toBe(0)
    const id = submitted.stdout.trim()
    const up = 'import urllib.request; urllib.request.urlopen("http://127.0.0.1:8000/index.html")'
    let last = { code: null as number | null, stdout: '', stderr: '' }
    for (let i = 0; i < 30 && last.code !== 0; i++) {
      last = await bed.run('hA', [...cli, 'exec', id, '--', 'python3', '-c', up], 30_000)
      if (last.code !== 0) await new Promise(resolve => setTimeout(resolve, 500))
    }
    expect(last.code, last.stderr).toBe(0)
    const forward = bed.spawn('hA', [...cli, '--json', 'port-forward', id, '0:8000'])
    try {
      const { localPort } = JSON.parse(await forward.waitFor(l => l.includes('localPort'), 30_000)) as { localPort: number }
      const fetched = await bed.run('hA', ['-e', `fetch('http://127.0.0.1:${localPort}/index.html').then(r => r.text()).then(t => process.stdout.write(JSON.stringify(t)))`], 30_000)
      expect(JSON.parse(fetched.stdout)).toBe('through-the-relay\n')
    } finally {
      forward.child.kill('SIGINT')
      await forward.exited
      // The provider's one GPU is for the next test.
      expect((await bed.run('hA', [...cli, 'cancel', id], 30_000)).code).toBe(0)
    }
  }, 150_000)

  // Last: it takes the providers' relay away.
  it('a relay that goes away mid-job is a lost provider: the job ends lost (CLI exit 7) when nobody else can run it', async () => {
    const submit = bed.spawn('hA', [GPUMESH_BIN, '--bootstrap', bootstrap, '--data-dir', clients.A.dir,
      'submit', '--model', 'NatGPU-B', '--', 'sh', '-c', 'echo started; sleep 60'])
    await submit.waitFor(l => l.includes('started'), 30_000)
    expect(submit.stderr()).toMatch(/via relay/)
    relay.child.kill('SIGKILL')
    const t0 = performance.now()
    expect(await submit.exited).toBe(7)
    const lostAfterMs = performance.now() - t0
    console.log(`nat.spec: relay killed mid-job; the CLI exited 7 ${Math.round(lostAfterMs)} ms later`)
    expect(submit.stderr()).toMatch(/state\s+lost/)
  }, 120_000)
})
