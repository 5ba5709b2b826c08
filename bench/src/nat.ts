/**
 * `pnpm bench:nat [--quick]`: gpumesh through the NAT testbed (test/fixtures/nat-testbed.sh:
 * Linux namespaces, nftables masquerade) against the floor over the same paths, in one run.
 * Writes bench/results/nat.json and nat.md. Needs root, iproute2 and nftables; says so in
 * one line and exits 0 where namespaces cannot be made.
 *
 * The client (bench/src/nat-client.ts) runs in home A, behind the endpoint-independent
 * NAT. It reaches two providers:
 * - direct: a provider on the testbed's internet (198.51.100.1), dialled through A's NAT;
 * - relayed: a provider in home B, behind the symmetric NAT, through the relay.
 * The floor of each is a bare libp2p peer (bench/src/relay-peer.ts) at the same place
 * (beside the direct provider; in home B with a reservation on the same relay), answering
 * a request/response on a new stream, and a bare spawn of the workload.
 *
 * Every process that talks to a testbed address runs inside a namespace; this one only
 * spawns them (`ip netns exec`) and reads their output. The namespaces are removed at the
 * end, on failure and at exit.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { loadOrCreatePrivateKey } from '@gpumesh/peer'
import { summarize, type Summary } from './stats.js'

const run = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const SCRIPT = join(root, 'test', 'fixtures', 'nat-testbed.sh')
const NODE_BIN = join(root, 'packages', 'node', 'dist', 'bin', 'gpumesh-node.js')
const quick = process.argv.includes('--quick')
const JOBS = quick ? 10 : 50
const RTTS = quick ? 50 : 300
const log = (s: string): void => { process.stderr.write(`${s}\n`) }

const RELAY = '198.51.100.1'
const HOME_B = '10.10.2.2'
/** Limits lifted as in the loopback bench: one bench client sends more than a real one. */
const PROVIDER_CONFIG = {
  bidding: { maxOrdersPerPeerPerSecond: 1_000_000 },
  policy: { maxConcurrentJobsPerClient: 1_000 }
}

type Space = 'pub' | 'rA' | 'hA' | 'rB' | 'hB'

interface NsChild { child: ChildProcess, line: (match: (l: string) => boolean, timeoutMs: number) => Promise<string>, lines: string[] }

/** The testbed for one run: namespaces `gmnat-<pid>-b-*`, and what we started in them. */
class Bed {
  readonly prefix = `gmnat-${process.pid}-b`
  private readonly children = new Set<ChildProcess>()
  readonly cleanup = (): void => {
    for (const c of this.children) c.kill('SIGKILL')
    try { execFileSync('bash', [SCRIPT, 'down', this.prefix], { stdio: 'ignore' }) } catch {}
  }

  async up (): Promise<void> {
    await run('bash', [SCRIPT, 'sweep', 'gmnat'])
    process.once('exit', this.cleanup)
    await run('bash', [SCRIPT, 'up', this.prefix])
  }

  spawn (space: Space, args: string[]): NsChild {
    const child = spawn('ip', ['netns', 'exec', `${this.prefix}-${space}`, process.execPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.children.add(child)
    child.once('exit', () => { this.children.delete(child) })
    let stderr = ''
    child.stderr?.on('data', (d: Buffer) => { stderr += d.toString() })
    const lines: string[] = []
    const waiters = new Set<(l: string) => void>()
    createInterface({ input: child.stdout! }).on('line', l => { lines.push(l); for (const w of waiters) w(l) })
    const line = async (match: (l: string) => boolean, timeoutMs: number): Promise<string> => {
      const seen = lines.find(match)
      if (seen !== undefined) return seen
      return await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => { waiters.delete(on); reject(new Error(`${space} ${args[1] ?? ''}: no line in ${timeoutMs} ms\n${lines.join('\n')}\n${stderr}`)) }, timeoutMs)
        const on = (l: string): void => { if (match(l)) { clearTimeout(timer); waiters.delete(on); resolve(l) } }
        waiters.add(on)
        child.once('exit', code => { clearTimeout(timer); waiters.delete(on); reject(new Error(`${space} ${args[1] ?? ''}: exited ${code}\n${lines.join('\n')}\n${stderr}`)) })
      })
    }
    return { child, line, lines }
  }

  async down (): Promise<void> {
    process.removeListener('exit', this.cleanup)
    this.cleanup()
  }
}

const event = (name: string) => (l: string): boolean => l.includes(`"event":"${name}"`)

async function available (): Promise<string | undefined> {
  const probe = `gmnat-${process.pid}-probe`
  try {
    await run('ip', ['netns', 'add', probe])
    await run('ip', ['netns', 'del', probe])
    await run('nft', ['--version'])
  } catch (err) {
    return `namespaces or nftables unavailable (${String((err as { stderr?: string }).stderr ?? err).trim().split('\n')[0] ?? ''})`
  }
  return undefined
}

async function bareSpawn (n: number): Promise<Summary> {
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    await new Promise<void>((resolve, reject) => { spawn('true').once('exit', () => { resolve() }).once('error', reject) })
    samples.push(performance.now() - t0)
  }
  return summarize(samples)
}

interface ClientSample { running: number, firstBid: number, path: string }

async function main (): Promise<void> {
  const why = await available()
  if (why !== undefined) { log(`bench:nat: skipped: ${why}`); return }
  const dir = await mkdtemp(join(tmpdir(), 'gpumesh-bench-nat-'))
  const bed = new Bed()
  const started = new Date()
  try {
    await bed.up()
    const clientDir = join(dir, 'client')
    const clientId = peerIdFromPrivateKey(await loadOrCreatePrivateKey(clientDir)).toString()
    const config = join(dir, 'provider.json')
    await writeFile(config, JSON.stringify(PROVIDER_CONFIG))

    log('bench:nat: relay, providers and floor peers')
    const relay = bed.spawn('pub', [NODE_BIN, 'start', '--data-dir', join(dir, 'relay'), '--init', '--json', '--relay', '--listen', `/ip4/${RELAY}/tcp/4001`, '--no-detect-gpus', '--api-port', '0'])
    const relayId = (JSON.parse(await relay.line(event('ready'), 30_000)) as { peerId: string }).peerId
    const bootstrap = `/ip4/${RELAY}/tcp/4001/p2p/${relayId}`
    const provider = (space: Space, listen: string, model: string): NsChild => bed.spawn(space, [NODE_BIN, 'start', '--data-dir', join(dir, model), '--init', '--json', '--config', config,
      '--listen', listen, '--bootstrap', bootstrap, '--declare-gpu', `nvidia:${model}:8192:1`, '--no-detect-gpus', '--api-port', '0', '--sandbox', 'none', '--allow-client', clientId])
    const direct = provider('pub', `/ip4/${RELAY}/tcp/4003`, 'NatDirect')
    const relayed = provider('hB', `/ip4/${HOME_B}/tcp/4001`, 'NatRelayed')
    const floorDirect = bed.spawn('pub', [join(here, 'relay-peer.js'), 'serve', '--listen', `/ip4/${RELAY}/tcp/4004`])
    const floorRelayed = bed.spawn('hB', [join(here, 'relay-peer.js'), 'serve', '--relay', bootstrap, '--listen', `/ip4/${HOME_B}/tcp/4002`])
    await Promise.all([direct.line(event('ready'), 30_000), relayed.line(event('reservation'), 30_000)])
    const directAddr = (JSON.parse(await floorDirect.line(event('ready'), 30_000)) as { addrs: string[] }).addrs[0] as string
    const relayedReady = JSON.parse(await floorRelayed.line(l => event('ready')(l) || event('refused')(l), 30_000)) as { addrs: string[] }
    const relayedAddr = relayedReady.addrs.find(a => a.includes('/p2p-circuit')) as string

    log('bench:nat: floors')
    const rtt = async (to: string): Promise<{ dialMs: number, rtt: Summary, longLived: Summary, path: string }> => {
      const p = bed.spawn('hA', [join(here, 'relay-peer.js'), 'rtt', '--to', to, '--n', String(RTTS)])
      const r = JSON.parse(await p.line(l => event('rtt')(l) || event('error')(l), 120_000)) as { dialMs: number, samples: number[], longLived: number[], limited: boolean, error?: string }
      if (r.error !== undefined) throw new Error(`floor rtt to ${to}: ${r.error}`)
      return { dialMs: r.dialMs, rtt: summarize(r.samples), longLived: summarize(r.longLived), path: r.limited ? 'relayed' : 'direct' }
    }
    const floors = { direct: await rtt(directAddr), relayed: await rtt(relayedAddr) }
    const spawnFloor = await bareSpawn(quick ? 20 : 100)

    log(`bench:nat: ${JOBS} jobs each way`)
    const client = bed.spawn('hA', [join(here, 'nat-client.js'), '--bootstrap', bootstrap, '--data-dir', clientDir, '--n', String(JOBS), '--model', 'NatDirect', '--model', 'NatRelayed'])
    const results: Record<string, { cold: ClientSample[], samples: ClientSample[] }> = {}
    for (const model of ['NatDirect', 'NatRelayed']) {
      const r = JSON.parse(await client.line(l => event('samples')(l) && l.includes(`"model":"${model}"`), 600_000)) as { cold: ClientSample[], samples: ClientSample[] }
      results[model] = r
    }

    const fmt = (v: number, d = 1): string => Number.isFinite(v) ? v.toFixed(d) : 'n/a'
    const rows: Array<{ metric: string, value: string, floor: string, ratio: string }> = []
    const sections = [['direct', 'NatDirect', floors.direct], ['relayed', 'NatRelayed', floors.relayed]] as const
    const figures: Record<string, unknown> = {}
    for (const [name, model, floor] of sections) {
      const r = results[model] as { cold: ClientSample[], samples: ClientSample[] }
      const paths = [...new Set([...r.cold, ...r.samples].map(s => s.path))].join(',')
      const running = summarize(r.samples.map(s => s.running))
      const bid = summarize(r.samples.map(s => s.firstBid))
      const coldBid = r.cold[0]?.firstBid ?? NaN
      // submit -> running crosses the path three times (RFQ/bid, lease+submit/accepted,
      // the running event) and spawns the workload once, as on loopback.
      const runFloor = 3 * floor.rtt.median + spawnFloor.median
      const coldFloor = floor.dialMs + floor.rtt.median
      figures[name] = { paths, running, bid, coldBid, floorRtt: floor.rtt, floorLongLived: floor.longLived, floorDialMs: floor.dialMs, floorPath: floor.path, runFloor }
      const where = name === 'direct' ? 'direct (home A -> a provider on the internet)' : 'relayed (home A -> relay -> home B behind the symmetric NAT)'
      rows.push({ metric: `${where}: bare libp2p request/response, new stream (median)`, value: `${fmt(floor.rtt.median)} ms`, floor: '', ratio: '' })
      rows.push({ metric: `${where}: bare libp2p request/response, one long-lived stream (median)`, value: `${fmt(floor.longLived.median)} ms`, floor: '', ratio: '' })
      rows.push({ metric: `${where}: submit -> running (median of ${running.n}; paths ${paths})`, value: `${fmt(running.median)} ms`, floor: `${fmt(runFloor)} ms`, ratio: `${fmt(running.median / runFloor, 2)}x` })
      rows.push({ metric: `${where}: submit -> running (p90)`, value: `${fmt(running.p90)} ms`, floor: '', ratio: '' })
      // RFQs go over a long-lived stream once the connection is warm: that is the bid's floor.
      rows.push({ metric: `${where}: first bid, warm connection (median)`, value: `${fmt(bid.median)} ms`, floor: `${fmt(floor.longLived.median)} ms`, ratio: `${fmt(bid.median / floor.longLived.median, 2)}x` })
      rows.push({ metric: `${where}: first bid of the run (dial included)`, value: `${fmt(coldBid)} ms`, floor: `${fmt(coldFloor)} ms`, ratio: `${fmt(coldBid / coldFloor, 2)}x` })
    }
    rows.push({ metric: 'hole-punched (DCUtR)', value: 'not measured: no direct upgrade happens in the testbed (docs/architecture.md)', floor: '', ratio: '' })

    const outDir = join(here, '..', 'results')
    await mkdir(outDir, { recursive: true })
    await writeFile(join(outDir, 'nat.json'), JSON.stringify({ started: started.toISOString(), quick, jobs: JOBS, rtts: RTTS, spawnFloor, figures, rows }, null, 2))
    const md = [
      `gpumesh NAT benchmark${quick ? ' (--quick)' : ''}, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, the NAT testbed (namespaces; client in home A behind the endpoint-independent NAT).`,
      '',
      '| metric | gpumesh | floor | ratio |',
      '| --- | --- | --- | --- |',
      ...rows.map(r => `| ${r.metric} | ${r.value} | ${r.floor} | ${r.ratio} |`),
      '',
      `Floor: a bare libp2p peer (tcp + circuit relay transport, noise, yamux, identify; no gpumesh code) at the provider's place, request/response over the same path (a new stream each; bids: one long-lived stream, as RFQs use); submit floor = 3 round trips + 1 bare spawn (${fmt(spawnFloor.median)} ms); cold bid floor = a fresh dial + 1 round trip. Jobs one at a time, fanout 1 (no orders-topic broadcast, which waits the whole bid window).`
    ].join('\n')
    await writeFile(join(outDir, 'nat.md'), `${md}\n`)
    process.stdout.write(`${md}\n`)
  } finally {
    await bed.down()
    await rm(dir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
