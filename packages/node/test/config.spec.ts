import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { applyFlags, defaultConfig, loadConfigFile, money, parseConfigText, parseDeclaredGpu, renderDefaultConfigYaml, validateConfig, type StartFlags } from '../src/config/config.js'
import { ConfigError } from '../src/errors.js'

const DATA_DIR = '/var/lib/gpumesh-test'
let PEER_A: string
let PEER_B: string

beforeAll(async () => {
  PEER_A = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
  PEER_B = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
})

/** The ConfigError `fn` throws; fails the test when it throws nothing or something else. */
function configError (fn: () => unknown): ConfigError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as ConfigError).code).toBe('ERR_CONFIG')
    return err as ConfigError
  }
  throw new Error('expected a ConfigError, nothing was thrown')
}

describe('default config', () => {
  it('the rendered default YAML parses back to exactly defaultConfig()', () => {
    const parsed = validateConfig(parseConfigText(renderDefaultConfigYaml(), 'yaml'), DATA_DIR)
    expect(parsed).toEqual(defaultConfig(DATA_DIR))
    expect(parsed.pricing.pricePerGpuHour).toBe(2_000_000n)
  })

  it('an empty or null document is the defaults, with the data dir made absolute', () => {
    expect(validateConfig({}, 'rel/dir')).toEqual(defaultConfig('rel/dir'))
    expect(validateConfig(null, DATA_DIR)).toEqual(defaultConfig(DATA_DIR))
    expect(defaultConfig('rel/dir').dataDir).toBe(resolve('rel/dir'))
  })

  it('defaults pass their own cross-field rules', () => {
    expect(applyFlags(defaultConfig(DATA_DIR), {})).toEqual(defaultConfig(DATA_DIR))
  })
})

describe('validateConfig accepts', () => {
  it('string prices as decimal micro-credits, up to uint64', () => {
    expect(validateConfig({ pricing: { pricePerGpuHour: '2500000' } }, DATA_DIR).pricing.pricePerGpuHour).toBe(2_500_000n)
    expect(validateConfig({ pricing: { pricePerGpuHour: '18446744073709551615' } }, DATA_DIR).pricing.pricePerGpuHour).toBe(18446744073709551615n)
    expect(validateConfig({ pricing: { pricePerGpuHour: 0 } }, DATA_DIR).pricing.pricePerGpuHour).toBe(0n)
  })

  it('scale and surge strategies with their defaults', () => {
    expect(validateConfig({ pricing: { kind: 'scale', pricePerGpuHour: 1, pricePerCpuCoreHour: '30000' } }, DATA_DIR).pricing).toEqual({
      kind: 'scale', pricePerGpuHour: 1n, pricePerCpuCoreHour: 30_000n, pricePerGiBMemoryHour: 0n, pricePerGiBDiskHour: 0n
    })
    expect(validateConfig({ pricing: { kind: 'surge' } }, DATA_DIR).pricing).toEqual({
      kind: 'surge', pricePerGpuHour: 2_000_000n, thresholdPercent: 50, maxMultiplierPercent: 200
    })
  })

  it('a full provider config', () => {
    const c = validateConfig({
      listen: ['/ip4/0.0.0.0/tcp/4001', '/ip6/::/tcp/4001'],
      bootstrap: [`/dns4/boot.example.org/tcp/4001/p2p/${PEER_A}`],
      api: { port: '8080' },
      region: 'eu-west',
      attributes: { tier: 'datacenter' },
      gpus: { detect: false, declared: [{ vendor: 'amd', model: 'AMD Instinct MI300X', vramMiB: 196592, count: 8, computeCapability: 'gfx942' }] },
      runtimes: ['docker'],
      holds: { maxClientPercent: 25, lapsesToPenalty: '5' },
      policy: { sandbox: 'none', allowClients: [PEER_A], denyClients: [PEER_B] }
    }, DATA_DIR)
    expect(c.holds).toEqual({ maxClientPercent: 25, maxHeldPercent: 50, lapsesToPenalty: 5, lapseWindowMs: 600_000, penaltyMs: 300_000 })
    expect(c.api.port).toBe(8080)
    expect(c.gpus.declared).toEqual([{ vendor: 'amd', model: 'AMD Instinct MI300X', vramMiB: 196592, count: 8, computeCapability: 'gfx942' }])
    expect(c.policy).toMatchObject({ sandbox: 'none', allowClients: [PEER_A], denyClients: [PEER_B] })
    expect(c.runtimes).toEqual(['docker'])
  })
})

describe('validateConfig refuses, naming the field', () => {
  const declared = (g: Record<string, unknown>): unknown => ({ gpus: { declared: [{ vendor: 'nvidia', model: 'RTX 4090', vramMiB: 24564, count: 1, ...g }] } })
  const cases: Array<[string, () => unknown, string]> = [
    ['unknown top-level key', () => ({ listens: [] }), 'listens'],
    ['unknown nested key', () => ({ api: { prot: 1 } }), 'api.prot'],
    ['unknown key in a declared GPU', () => declared({ memory: 1 }), 'gpus.declared[0].memory'],
    ['a top level that is a list', () => [1], 'file'],
    ['a section that is not a mapping', () => ({ offers: 5 }), 'offers'],
    ['listen not a list', () => ({ listen: '/ip4/127.0.0.1/tcp/0' }), 'listen'],
    ['listen entry not a string', () => ({ listen: [4001] }), 'listen[0]'],
    ['bad multiaddr in listen', () => ({ listen: ['/ip4/127.0.0.1/tcp/0', '127.0.0.1:4001'] }), 'listen[1]'],
    ['empty multiaddr in listen', () => ({ listen: [''] }), 'listen[0]'],
    ['listen with no address', () => ({ listen: [] }), 'listen'],
    ['bad IPv4 in announce', () => ({ announce: ['/ip4/300.1.1.1/tcp/4001'] }), 'announce[0]'],
    ['tcp port past 65535 in bootstrap', () => ({ bootstrap: [`/ip4/10.0.0.1/tcp/70000/p2p/${PEER_A}`] }), 'bootstrap[0]'],
    ['bootstrap address without a peer id', () => ({ bootstrap: ['/ip4/10.0.0.1/tcp/4001'] }), 'bootstrap[0]'],
    ['bootstrap address with a bad peer id', () => ({ bootstrap: ['/ip4/10.0.0.1/tcp/4001/p2p/notapeerid'] }), 'bootstrap[0]'],
    ['mdns not a boolean', () => ({ mdns: 'yes' }), 'mdns'],
    ['api.enabled not a boolean', () => ({ api: { enabled: 1 } }), 'api.enabled'],
    ['api.host not a string', () => ({ api: { host: 127 } }), 'api.host'],
    ['api.port past 65535', () => ({ api: { port: 65536 } }), 'api.port'],
    ['api.port negative', () => ({ api: { port: -1 } }), 'api.port'],
    ['api.port not a number', () => ({ api: { port: 'http' } }), 'api.port'],
    ['api.port fractional', () => ({ api: { port: 80.5 } }), 'api.port'],
    ['region not a string', () => ({ region: ['eu'] }), 'region'],
    ['region too long', () => ({ region: 'x'.repeat(300) }), 'region'],
    ['attributes not a mapping', () => ({ attributes: ['a'] }), 'attributes'],
    ['attribute value not a string', () => ({ attributes: { nvlink: true } }), 'attributes.nvlink'],
    ['unknown pricing kind', () => ({ pricing: { kind: 'auction' } }), 'pricing.kind'],
    ['negative price', () => ({ pricing: { pricePerGpuHour: -1 } }), 'pricing.pricePerGpuHour'],
    ['fractional price', () => ({ pricing: { pricePerGpuHour: 1.5 } }), 'pricing.pricePerGpuHour'],
    ['fractional string price', () => ({ pricing: { pricePerGpuHour: '1.5' } }), 'pricing.pricePerGpuHour'],
    ['negative string price', () => ({ pricing: { pricePerGpuHour: '-5' } }), 'pricing.pricePerGpuHour'],
    ['huge number price (not exact)', () => ({ pricing: { pricePerGpuHour: 1e20 } }), 'pricing.pricePerGpuHour'],
    ['huge string price (past uint64)', () => ({ pricing: { pricePerGpuHour: '18446744073709551616' } }), 'pricing.pricePerGpuHour'],
    ['price not a number', () => ({ pricing: { pricePerGpuHour: true } }), 'pricing.pricePerGpuHour'],
    ['bad scale rate', () => ({ pricing: { kind: 'scale', pricePerGiBDiskHour: -3 } }), 'pricing.pricePerGiBDiskHour'],
    ['surge threshold past 100', () => ({ pricing: { kind: 'surge', thresholdPercent: 101 } }), 'pricing.thresholdPercent'],
    ['surge threshold negative', () => ({ pricing: { kind: 'surge', thresholdPercent: -1 } }), 'pricing.thresholdPercent'],
    ['surge multiplier under 100', () => ({ pricing: { kind: 'surge', maxMultiplierPercent: 99 } }), 'pricing.maxMultiplierPercent'],
    ['surge multiplier past 10000', () => ({ pricing: { kind: 'surge', maxMultiplierPercent: 10_001 } }), 'pricing.maxMultiplierPercent'],
    ['gpus.detect not a boolean', () => ({ gpus: { detect: 'auto' } }), 'gpus.detect'],
    ['gpus.declared not a list', () => ({ gpus: { declared: { model: 'x' } } }), 'gpus.declared'],
    ['declared GPU not a mapping', () => ({ gpus: { declared: ['RTX 4090'] } }), 'gpus.declared[0]'],
    ['vendor not nvidia|amd|other', () => declared({ vendor: 'intel' }), 'gpus.declared[0].vendor'],
    ['declared model missing', () => declared({ model: ' ' }), 'gpus.declared[0].model'],
    ['declared count 0', () => declared({ count: 0 }), 'gpus.declared[0].count'],
    ['declared vramMiB 0', () => declared({ vramMiB: 0 }), 'gpus.declared[0].vramMiB'],
    ['declared vramMiB missing', () => declared({ vramMiB: undefined }), 'gpus.declared[0].vramMiB'],
    ['runtimes not a list', () => ({ runtimes: 'docker' }), 'runtimes'],
    ['runtime not process|docker', () => ({ runtimes: ['process', 'podman'] }), 'runtimes[1]'],
    ['offers.intervalMs too small', () => ({ offers: { intervalMs: 10 } }), 'offers.intervalMs'],
    ['offers.ttlMs equal to intervalMs', () => ({ offers: { intervalMs: 30_000, ttlMs: 30_000 } }), 'offers.ttlMs'],
    ['offers.ttlMs under intervalMs', () => ({ offers: { intervalMs: 20_000, ttlMs: 5_000 } }), 'offers.ttlMs'],
    ['offers.ttlMs past the lifetime peers allow', () => ({ offers: { intervalMs: 10_000, ttlMs: 24 * 3_600_000 } }), 'offers.ttlMs'],
    ['bidding.maxDurationS 0', () => ({ bidding: { maxDurationS: 0 } }), 'bidding.maxDurationS'],
    ['leases.onShutdown unknown', () => ({ leases: { onShutdown: 'kill' } }), 'leases.onShutdown'],
    ['jobs.heartbeatMs too large', () => ({ jobs: { heartbeatMs: 60_001 } }), 'jobs.heartbeatMs'],
    ['holds not a mapping', () => ({ holds: 50 }), 'holds'],
    ['holds unknown key', () => ({ holds: { maxGpus: 1 } }), 'holds.maxGpus'],
    ['holds.maxClientPercent 0', () => ({ holds: { maxClientPercent: 0 } }), 'holds.maxClientPercent'],
    ['holds.maxHeldPercent past 100', () => ({ holds: { maxHeldPercent: 101 } }), 'holds.maxHeldPercent'],
    ['holds.lapsesToPenalty 0', () => ({ holds: { lapsesToPenalty: 0 } }), 'holds.lapsesToPenalty'],
    ['holds.lapseWindowMs under a second', () => ({ holds: { lapseWindowMs: 999 } }), 'holds.lapseWindowMs'],
    ['holds.penaltyMs negative', () => ({ holds: { penaltyMs: -1 } }), 'holds.penaltyMs'],
    ['policy.sandbox unknown', () => ({ policy: { sandbox: 'docker' } }), 'policy.sandbox'],
    ['sandbox none without allowClients', () => ({ policy: { sandbox: 'none' } }), 'policy.sandbox'],
    ['bad peer id in allowClients', () => ({ policy: { allowClients: [PEER_A, 'QmNotAPeer'] } }), 'policy.allowClients[1]'],
    ['bad peer id in denyClients', () => ({ policy: { denyClients: ['bob'] } }), 'policy.denyClients[0]'],
    ['policy.allowNetwork not a boolean', () => ({ policy: { allowNetwork: 'no' } }), 'policy.allowNetwork']
  ]

  it.each(cases)('%s', (_name, raw, field) => {
    const err = configError(() => validateConfig(raw(), DATA_DIR))
    expect(err.field).toBe(field)
    expect(err.message.startsWith(`config: ${field}: `)).toBe(true)
  })
})

describe('money', () => {
  it('accepts whole non-negative numbers, decimal strings and bigints; the default when absent', () => {
    expect(money(undefined, 'p', 7n)).toBe(7n)
    expect(money(42, 'p', 0n)).toBe(42n)
    expect(money('0042', 'p', 0n)).toBe(42n)
    expect(money(5n, 'p', 0n)).toBe(5n)
  })

  it.each([[-1], [0.5], ['1e6'], [' 1'], ['0x10'], [-1n], [2n ** 64n], ['99999999999999999999'], [null], [{}]])('refuses %s', (v) => {
    expect(configError(() => money(v, 'pricing.x', 0n)).field).toBe('pricing.x')
  })
})

describe('parseConfigText', () => {
  it('parses JSON and YAML', () => {
    expect(parseConfigText('{"region":"eu"}', 'json')).toEqual({ region: 'eu' })
    expect(parseConfigText('region: eu\n', 'yaml')).toEqual({ region: 'eu' })
  })

  it('refuses text that does not parse, as field "file"', () => {
    expect(configError(() => parseConfigText('{"region":', 'json')).field).toBe('file')
    expect(configError(() => parseConfigText('listen: [a\n  b: c', 'yaml')).field).toBe('file')
  })
})

describe('loadConfigFile', () => {
  let dir: string | undefined
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'gpumesh-config-')) })
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
    dir = undefined
  })
  const path = (name: string): string => join(dir ?? '/nonexistent', name)

  it('loads a JSON file', async () => {
    await writeFile(path('node.json'), JSON.stringify({ region: 'us-east', pricing: { kind: 'fixed', pricePerGpuHour: '3100000' }, api: { enabled: false } }))
    const c = await loadConfigFile(path('node.json'), path('data'))
    expect(c).toEqual({ ...defaultConfig(path('data')), region: 'us-east', pricing: { kind: 'fixed', pricePerGpuHour: 3_100_000n }, api: { enabled: false, host: '127.0.0.1', port: 7070 } })
  })

  it('loads YAML files (.yaml and .YML), including the default one', async () => {
    await writeFile(path('a.yaml'), renderDefaultConfigYaml())
    expect(await loadConfigFile(path('a.yaml'), path('data'))).toEqual(defaultConfig(path('data')))
    await writeFile(path('b.YML'), 'gpus:\n  declared:\n    - { vendor: nvidia, model: "NVIDIA GeForce RTX 4090", vramMiB: 24564, count: 2, computeCapability: "8.9" }\n')
    expect((await loadConfigFile(path('b.YML'), path('data'))).gpus.declared).toEqual([{ vendor: 'nvidia', model: 'NVIDIA GeForce RTX 4090', vramMiB: 24564, count: 2, computeCapability: '8.9' }])
  })

  it('an empty YAML file is the defaults', async () => {
    await writeFile(path('empty.yaml'), '# nothing set\n')
    expect(await loadConfigFile(path('empty.yaml'), path('data'))).toEqual(defaultConfig(path('data')))
  })

  it('refuses a .txt file without reading it', async () => {
    const err = await loadConfigFile(path('config.txt'), path('data')).then(() => undefined, (e: unknown) => e)
    expect(err).toBeInstanceOf(ConfigError)
    expect(err).toMatchObject({ field: 'file', message: expect.stringMatching(/use a \.json, \.yaml or \.yml file/) })
  })

  it('refuses a missing file and a file with bad syntax, as field "file"', async () => {
    await expect(loadConfigFile(path('missing.yaml'), path('data'))).rejects.toMatchObject({ name: 'ConfigError', field: 'file', message: expect.stringMatching(/cannot read/) })
    await writeFile(path('bad.json'), '{ region: eu }')
    await expect(loadConfigFile(path('bad.json'), path('data'))).rejects.toMatchObject({ name: 'ConfigError', field: 'file', message: expect.stringMatching(/not valid JSON/) })
  })

  it('refuses a bad value in a file, naming its field', async () => {
    await writeFile(path('bad.yaml'), 'api:\n  port: 99999\n')
    await expect(loadConfigFile(path('bad.yaml'), path('data'))).rejects.toMatchObject({ name: 'ConfigError', field: 'api.port' })
  })
})

describe('applyFlags', () => {
  const base = (): ReturnType<typeof defaultConfig> => defaultConfig(DATA_DIR)

  it('applies every flag', () => {
    const before = base()
    const c = applyFlags(before, {
      listen: ['/ip4/0.0.0.0/tcp/4001'],
      announce: ['/dns4/gpu.example.org/tcp/4001'],
      bootstrap: [`/ip4/10.0.0.1/tcp/4001/p2p/${PEER_A}`],
      apiPort: '0',
      apiHost: '0.0.0.0',
      region: 'eu-west',
      price: '1500000',
      declareGpu: ['nvidia:NVIDIA GeForce RTX 4090:24564:2:8.9', 'amd:AMD Instinct MI100:32752:1'],
      detectGpus: false,
      mdns: true,
      allowClient: [PEER_B],
      sandbox: 'none'
    })
    expect(c.listen).toEqual(['/ip4/0.0.0.0/tcp/4001'])
    expect(c.announce).toEqual(['/dns4/gpu.example.org/tcp/4001'])
    expect(c.bootstrap).toEqual([`/ip4/10.0.0.1/tcp/4001/p2p/${PEER_A}`])
    expect(c.api).toEqual({ enabled: true, host: '0.0.0.0', port: 0 })
    expect(c.region).toBe('eu-west')
    expect(c.pricing).toEqual({ kind: 'fixed', pricePerGpuHour: 1_500_000n })
    expect(c.gpus).toEqual({
      detect: false,
      declared: [
        { vendor: 'nvidia', model: 'NVIDIA GeForce RTX 4090', vramMiB: 24564, count: 2, computeCapability: '8.9' },
        { vendor: 'amd', model: 'AMD Instinct MI100', vramMiB: 32752, count: 1, computeCapability: '' }
      ]
    })
    expect(c.mdns).toBe(true)
    expect(c.policy.allowClients).toEqual([PEER_B])
    expect(c.policy.sandbox).toBe('none')
    expect(before).toEqual(defaultConfig(DATA_DIR)) // the input is not changed
  })

  it('keeps a surge strategy when only the price changes', () => {
    const c = applyFlags(validateConfig({ pricing: { kind: 'surge', thresholdPercent: 80 } }, DATA_DIR), { price: '42' })
    expect(c.pricing).toEqual({ kind: 'surge', pricePerGpuHour: 42n, thresholdPercent: 80, maxMultiplierPercent: 200 })
  })

  it('adds flagged GPUs and clients to the ones in the config', () => {
    const fromFile = validateConfig({ gpus: { declared: [{ model: 'Tesla T4', vramMiB: 15360 }] }, policy: { allowClients: [PEER_A] } }, DATA_DIR)
    const c = applyFlags(fromFile, { declareGpu: ['other:Gaudi 2:98304:8'], allowClient: [PEER_B] })
    expect(c.gpus.declared.map(g => [g.vendor, g.model, g.count])).toEqual([['nvidia', 'Tesla T4', 1], ['other', 'Gaudi 2', 8]])
    expect(c.policy.allowClients).toEqual([PEER_A, PEER_B])
  })

  const bad: Array<[string, StartFlags, string | RegExp]> = [
    ['--api-port past 65535', { apiPort: '65536' }, '--api-port'],
    ['--api-port negative', { apiPort: '-1' }, '--api-port'],
    ['--api-port not a number', { apiPort: 'http' }, '--api-port'],
    ['--api-port empty', { apiPort: '' }, '--api-port'],
    ['--api-port fractional', { apiPort: '80.5' }, '--api-port'],
    ['--listen not a multiaddr', { listen: ['0.0.0.0:4001'] }, '--listen'],
    ['--announce not a multiaddr', { announce: ['/ip4/1.2.3.4/tcp/x'] }, '--announce'],
    ['--bootstrap not a multiaddr', { bootstrap: ['boot.example.org'] }, '--bootstrap'],
    ['--bootstrap without a peer id', { bootstrap: ['/ip4/10.0.0.1/tcp/4001'] }, '--bootstrap'],
    ['--price negative', { price: '-1' }, '--price'],
    ['--price fractional', { price: '1.5' }, '--price'],
    ['--price not a number', { price: 'cheap' }, '--price'],
    ['--price past uint64', { price: '18446744073709551616' }, '--price'],
    ['--declare-gpu too few parts', { declareGpu: ['nvidia:RTX 4090:24564'] }, '--declare-gpu'],
    ['--declare-gpu too many parts', { declareGpu: ['nvidia:RTX:4090:24564:1:8.9'] }, '--declare-gpu'],
    ['--declare-gpu bad vendor', { declareGpu: ['intel:Arc A770:16384:1'] }, /^--declare-gpu/],
    ['--declare-gpu count 0', { declareGpu: ['nvidia:RTX 4090:24564:0'] }, /^--declare-gpu/],
    ['--declare-gpu vram 0', { declareGpu: ['nvidia:RTX 4090:0:1'] }, /^--declare-gpu/],
    ['--declare-gpu vram not a number', { declareGpu: ['nvidia:RTX 4090:24GB:1'] }, /^--declare-gpu/],
    ['--declare-gpu hex count', { declareGpu: ['nvidia:RTX 4090:24564:0x2'] }, /^--declare-gpu/],
    ['--declare-gpu exponent vram', { declareGpu: ['nvidia:RTX 4090:2e4:1'] }, /^--declare-gpu/],
    ['--declare-gpu empty count', { declareGpu: ['nvidia:RTX 4090:24564:'] }, /^--declare-gpu/],
    ['--declare-gpu empty model', { declareGpu: ['nvidia::24564:1'] }, /^--declare-gpu/],
    ['--allow-client not a peer id', { allowClient: ['alice'] }, '--allow-client'],
    ['--sandbox unknown', { sandbox: 'firejail' }, '--sandbox'],
    ['--sandbox none without --allow-client', { sandbox: 'none' }, 'policy.sandbox'],
    ['--region too long', { region: 'r'.repeat(257) }, '--region']
  ]

  it.each(bad)('refuses %s', (_name, flags, field) => {
    const err = configError(() => applyFlags(base(), flags))
    if (typeof field === 'string') expect(err.field).toBe(field)
    else expect(err.field).toMatch(field)
  })

  it('parseDeclaredGpu reads vendor:model:vramMiB:count[:cc]', () => {
    expect(parseDeclaredGpu('nvidia:NVIDIA H100 80GB HBM3:81559:8:9.0')).toEqual({ vendor: 'nvidia', model: 'NVIDIA H100 80GB HBM3', vramMiB: 81559, count: 8, computeCapability: '9.0' })
    expect(configError(() => parseDeclaredGpu('x', 'gpus.declared[2]')).field).toBe('gpus.declared[2]')
  })
})

afterAll(() => { PEER_A = ''; PEER_B = '' })
