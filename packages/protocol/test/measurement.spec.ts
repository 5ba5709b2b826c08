/**
 * Measured offers without a network: the probe itself (run for real, ~1 s), reading its
 * output, the offer field on the wire, comparing a fresh probe with a claim, and the
 * `value` ranking by price per unit of measured work.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InvalidMessageError } from '../src/errors.js'
import { decodeCapacityOffer, encodeCapacityOffer, type OfferMeasurement } from '../src/offer.js'
import {
  GPU_PROBE_LINE_PREFIX, PROBE_LINE_PREFIX, PROBE_VERSION, measuredWork, measurementShortfall, parseGpuProbeOutput, parseProbeOutput, probeCommand
} from '../src/market/measurement.js'
import { rankBids, type RankableBid } from '../src/market/rank.js'
import * as f from './fixtures.js'

const measured: OfferMeasurement = { probeVersion: PROBE_VERSION, measuredAtMs: f.NOW, durationMs: 1_020, cpuHashMiBps: 900, memoryCopyMiBps: 8_000, diskWriteMiBps: 400, gpuGflops: 0, h2dMiBps: 0 }

describe('the probe', () => {
  let dir: string
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'gpumesh-probe-')); await mkdir(join(dir, 'output')) })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('measures CPU, memory and disk in under two seconds, echoes the nonce, and leaves nothing in output/', async () => {
    const [, ...args] = probeCommand('nonce-123', process.execPath)
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: dir, timeout: 20_000 })
    const figures = parseProbeOutput(stdout.split('\n'))
    expect(figures.nonce).toBe('nonce-123')
    expect(figures.cpuHashMiBps).toBeGreaterThan(0)
    expect(figures.memoryCopyMiBps).toBeGreaterThan(0)
    expect(figures.diskWriteMiBps).toBeGreaterThan(0)
    expect(figures.durationMs).toBeGreaterThan(400)
    expect(await readdir(join(dir, 'output'))).toEqual([])
  })

  it('refuses output without figures, of another version, or with bad numbers, with a typed error', () => {
    expect(() => parseProbeOutput(['hello'])).toThrow(InvalidMessageError)
    expect(() => parseProbeOutput([`${PROBE_LINE_PREFIX}{not json`])).toThrow(InvalidMessageError)
    expect(() => parseProbeOutput([`${PROBE_LINE_PREFIX}${JSON.stringify({ v: 99 })}`])).toThrow(InvalidMessageError)
    expect(() => parseProbeOutput([`${PROBE_LINE_PREFIX}${JSON.stringify({ v: PROBE_VERSION, cpuHashMiBps: -1, memoryCopyMiBps: 1, diskWriteMiBps: 1, durationMs: 1 })}`])).toThrow(InvalidMessageError)
  })

  it('reads a GPU probe command\'s line, and zeros without one', () => {
    expect(parseGpuProbeOutput(['noise', `${GPU_PROBE_LINE_PREFIX}{"gflops":51200.4,"h2dMiBps":24000}`])).toEqual({ gpuGflops: 51200, h2dMiBps: 24000 })
    expect(parseGpuProbeOutput([])).toEqual({ gpuGflops: 0, h2dMiBps: 0 })
    expect(parseGpuProbeOutput([`${GPU_PROBE_LINE_PREFIX}{"gflops":"lots"}`])).toEqual({ gpuGflops: 0, h2dMiBps: 0 })
  })
})

describe('CapacityOffer.measured', () => {
  it('round-trips, and an offer without it reads as before', () => {
    expect(decodeCapacityOffer(encodeCapacityOffer(f.offer({ measured }))).measured).toEqual(measured)
    expect(decodeCapacityOffer(encodeCapacityOffer(f.offer()))).not.toHaveProperty('measured')
  })

  it('refuses a measurement with no probe version', () => {
    expect(() => decodeCapacityOffer(encodeCapacityOffer(f.offer({ measured: { ...measured, probeVersion: 0 } })))).toThrow(InvalidMessageError)
  })
})

describe('measurementShortfall', () => {
  it('names the figures a fresh probe measured at under half the claim', () => {
    expect(measurementShortfall(measured, { cpuHashMiBps: 850, memoryCopyMiBps: 5_000, diskWriteMiBps: 250 })).toEqual([])
    expect(measurementShortfall({ ...measured, cpuHashMiBps: 9_000 }, { cpuHashMiBps: 850, memoryCopyMiBps: 8_000, diskWriteMiBps: 400 }))
      .toEqual([{ figure: 'cpuHashMiBps', claimed: 9_000, measured: 850 }])
  })
})

describe('value ranking', () => {
  const rb = (bidId: string, price: bigint, work?: number): RankableBid => ({ bid: f.bid({ bidId, provider: bidId, pricePerGpuHour: price }), latencyMs: 1, work })

  it('ranks by price per unit of measured work, unmeasured last', () => {
    const list = [rb('cheap-slow', 1_000_000n, 100), rb('dear-fast', 3_000_000n, 600), rb('unmeasured', 500_000n), rb('mid', 2_000_000n, 300)]
    expect(rankBids(list, 'value').map(b => b.bid.bidId)).toEqual(['dear-fast', 'mid', 'cheap-slow', 'unmeasured'])
  })

  it('takes GPU work where the GPU probe measured any', () => {
    expect(measuredWork({ ...measured, gpuGflops: 50_000 })).toBe(50_000)
    expect(measuredWork(measured)).toBe(900)
    expect(measuredWork({ ...measured, probeVersion: PROBE_VERSION + 1 })).toBe(0)
    expect(measuredWork(undefined)).toBe(0)
  })
})
