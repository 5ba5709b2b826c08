import { describe, expect, it } from 'vitest'
import { DeclineReason } from '../src/bid.js'
import { globMatch, matchOffer, selectGpus, type FreeGpu } from '../src/market/match.js'
import type { CapacityOffer } from '../src/offer.js'
import type { JobOrder } from '../src/order.js'
import * as f from './fixtures.js'

const R = DeclineReason
const now = f.NOW

describe('globMatch', () => {
  it.each([
    ['*', '', true],
    ['*', 'anything', true],
    ['', '', true],
    ['', 'x', false],
    ['*h100*', 'NVIDIA H100 80GB HBM3', true],
    ['NVIDIA H100*', 'nvidia h100 80gb hbm3', true],
    ['*A100', 'NVIDIA A100-SXM4-80GB', false],
    ['*a100*80gb', 'NVIDIA A100-SXM4-80GB', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbYcZ', false],
    ['a**c', 'ac', true],
    ['h100', 'H100', true],
    ['h100', 'H100 PCIe', false],
    ['*.*', 'a.b', true],
    ['?', 'x', false]
  ])('%j against %j is %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected)
  })

  it('stays fast on a hostile pattern', () => {
    const started = performance.now()
    expect(globMatch('*a'.repeat(100) + 'b', 'a'.repeat(10_000))).toBe(false)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('matchOffer: docker images', () => {
  it('runs an image the offer lists, by name or pattern, or any when it lists none', () => {
    const order = (image: string): JobOrder => f.order({ runtime: 'docker', image })
    expect(matchOffer(order('nvidia/cuda:12.4'), f.offer({ images: ['busybox:latest', 'nvidia/cuda:*'] }), { now }).ok).toBe(true)
    expect(matchOffer(order('busybox'), f.offer({ images: ['busybox:latest'] }), { now }).ok).toBe(true)
    expect(matchOffer(order('anything:1'), f.offer({}), { now }).ok).toBe(true)
    // The process runtime has no image: an offer's list does not apply.
    expect(matchOffer(f.order({ runtime: 'process', image: 'x:1' }), f.offer({ images: ['busybox:latest'] }), { now }).ok).toBe(true)
  })
})

describe('matchOffer', () => {
  it('accepts a fitting offer and names the groups that satisfy it', () => {
    const small = f.gpu({ model: 'NVIDIA L4', vramMiB: 23_034 })
    const h100 = f.gpu()
    const busy = f.gpu({ countFree: 0 })
    const result = matchOffer(f.order(), f.offer({ gpus: [small, h100, busy] }), { now })
    expect(result).toEqual({ ok: true, gpus: [h100] })
  })

  it('adds up free cards across qualifying groups on one node', () => {
    const order = f.order({ gpu: { count: 5, minVramMiB: 40_000, model: '*h100*', vendor: '' } })
    const a = f.gpu({ countFree: 3 })
    const b = f.gpu({ model: 'NVIDIA H100 PCIe', countFree: 2 })
    expect(matchOffer(order, f.offer({ gpus: [a, b] }), { now })).toEqual({ ok: true, gpus: [a, b] })
  })

  it('treats empty model, vendor and region as "any"', () => {
    const order = f.order({ gpu: { count: 1, minVramMiB: 0, model: '', vendor: '' }, region: '', attributes: {} })
    expect(matchOffer(order, f.offer({ gpus: [f.gpu({ vendor: 'amd', model: 'MI300X' })], region: 'ap-south' }), { now }).ok).toBe(true)
  })

  const rows: Array<[string, Partial<JobOrder>, Partial<CapacityOffer>, DeclineReason[]]> = [
    ['GPU model', { gpu: { count: 1, minVramMiB: 0, model: '*a100*', vendor: '' } }, {}, [R.DECLINE_REASON_GPU_MODEL]],
    ['GPU vendor', { gpu: { count: 1, minVramMiB: 0, model: '', vendor: 'amd' } }, {}, [R.DECLINE_REASON_GPU_VENDOR]],
    ['VRAM', { gpu: { count: 1, minVramMiB: 100_000, model: '', vendor: '' } }, {}, [R.DECLINE_REASON_VRAM]],
    ['GPU count', { gpu: { count: 5, minVramMiB: 0, model: '', vendor: '' } }, {}, [R.DECLINE_REASON_GPU_COUNT]],
    ['GPU count when every qualifying card is busy', {}, { gpus: [f.gpu({ countFree: 0 })] }, [R.DECLINE_REASON_GPU_COUNT]],
    ['GPU count when the offer has no GPUs', {}, { gpus: [] }, [R.DECLINE_REASON_GPU_COUNT]],
    ['CPU', { cpuCores: 65 }, {}, [R.DECLINE_REASON_CPU]],
    ['memory', { memoryMiB: 512 * 1024 + 1 }, {}, [R.DECLINE_REASON_MEMORY]],
    ['disk', { diskMiB: 3 * 1024 * 1024 }, {}, [R.DECLINE_REASON_DISK]],
    ['runtime', { runtime: 'wasm' }, {}, [R.DECLINE_REASON_RUNTIME]],
    ['docker image the offer does not list', { runtime: 'docker', image: 'pytorch/pytorch:2.3' }, { images: ['busybox:latest', 'nvidia/cuda:*'] }, [R.DECLINE_REASON_IMAGE]],
    ['region', { region: 'us-east' }, {}, [R.DECLINE_REASON_REGION]],
    ['attribute missing', { attributes: { gpu_interconnect: 'nvlink' } }, {}, [R.DECLINE_REASON_ATTRIBUTES]],
    ['attribute with another value', { attributes: { tier: 'consumer' } }, {}, [R.DECLINE_REASON_ATTRIBUTES]],
    ['attribute only on the prototype', { attributes: { constructor: 'x' } }, {}, [R.DECLINE_REASON_ATTRIBUTES]],
    ['price', { maxPricePerGpuHour: 1_999_999n }, {}, [R.DECLINE_REASON_PRICE]],
    ['expired offer', {}, { expiresAtMs: now }, [R.DECLINE_REASON_EXPIRED]],
    ['offer without expiry', {}, { expiresAtMs: 0 }, [R.DECLINE_REASON_EXPIRED]]
  ]

  it.each(rows)('declines on %s', (_name, orderOver, offerOver, reasons) => {
    expect(matchOffer(f.order(orderOver), f.offer(offerOver), { now })).toEqual({ ok: false, reasons })
  })

  it('lists every reason at once, in enum order', () => {
    const order = f.order({
      gpu: { count: 1, minVramMiB: 200_000, model: '*mi300*', vendor: 'amd' },
      cpuCores: 1000,
      memoryMiB: 1 << 30,
      diskMiB: 1 << 30,
      runtime: 'wasm',
      region: 'mars',
      attributes: { tier: 'x' },
      maxPricePerGpuHour: 1n
    })
    expect(matchOffer(order, f.offer({ expiresAtMs: now - 1 }), { now })).toEqual({
      ok: false,
      reasons: [
        R.DECLINE_REASON_EXPIRED, R.DECLINE_REASON_GPU_MODEL, R.DECLINE_REASON_GPU_VENDOR, R.DECLINE_REASON_VRAM,
        R.DECLINE_REASON_CPU, R.DECLINE_REASON_MEMORY, R.DECLINE_REASON_DISK, R.DECLINE_REASON_RUNTIME,
        R.DECLINE_REASON_REGION, R.DECLINE_REASON_ATTRIBUTES, R.DECLINE_REASON_PRICE
      ]
    })
  })

  it('counts only groups that satisfy model, vendor and VRAM', () => {
    // 4 free H100s and 8 free L4s: an order for 6 cards of >= 40 GiB cannot count the L4s.
    const order = f.order({ gpu: { count: 6, minVramMiB: 40_000, model: '', vendor: '' } })
    const offer = f.offer({ gpus: [f.gpu(), f.gpu({ model: 'NVIDIA L4', vramMiB: 23_034, countTotal: 8, countFree: 8 })] })
    expect(matchOffer(order, offer, { now })).toEqual({ ok: false, reasons: [R.DECLINE_REASON_GPU_COUNT] })
  })

  it('names what the nearest card lacks when each card breaks a different rule', () => {
    const order = f.order({ gpu: { count: 1, minVramMiB: 80_000, model: '*h100*', vendor: 'nvidia' } })
    const smallH100 = f.gpu({ vramMiB: 40_960 })
    const bigAmd = f.gpu({ vendor: 'amd', model: 'AMD MI300X', vramMiB: 196_608 })
    expect(matchOffer(order, f.offer({ gpus: [smallH100, bigAmd] }), { now })).toEqual({ ok: false, reasons: [R.DECLINE_REASON_VRAM] })
    const bigA100 = f.gpu({ model: 'NVIDIA A100 80GB', vramMiB: 81_920 })
    expect(matchOffer(order, f.offer({ gpus: [smallH100, bigA100, bigAmd] }), { now })).toEqual({ ok: false, reasons: [R.DECLINE_REASON_GPU_MODEL, R.DECLINE_REASON_VRAM] })
  })

  it('matches vendor and region case-insensitively, runtime exactly', () => {
    expect(matchOffer(f.order({ gpu: { ...f.order().gpu, vendor: 'NVIDIA' }, region: 'EU-West' }), f.offer(), { now }).ok).toBe(true)
    expect(matchOffer(f.order({ runtime: 'Docker' }), f.offer(), { now })).toEqual({ ok: false, reasons: [R.DECLINE_REASON_RUNTIME] })
  })

  it('accepts a price exactly at the maximum and an offer alive at now', () => {
    expect(matchOffer(f.order({ maxPricePerGpuHour: 2_000_000n }), f.offer({ expiresAtMs: now + 1 }), { now }).ok).toBe(true)
  })
})

describe('selectGpus', () => {
  const card = (index: number, vramMiB: number, over: Partial<FreeGpu> = {}): FreeGpu =>
    ({ index, vendor: 'nvidia', model: vramMiB >= 81_920 ? 'NVIDIA H100 80GB HBM3' : 'NVIDIA H100 PCIe', vramMiB, computeCapability: '9.0', ...over })
  const any = (count: number, minVramMiB = 0): JobOrder => f.order({ gpu: { count, minVramMiB, model: '', vendor: '' } })
  const free = [card(0, 81_920), card(1, 24_576), card(2, 49_152), card(3, 24_576), card(4, 81_920)]

  it.each([
    ['one small card: the lowest-index smallest', any(1), [1]],
    ['two small cards', any(2), [1, 3]],
    ['three cards: both small, then the mid one', any(3), [1, 2, 3]],
    ['a big job skips the cards too small', any(2, 40_000), [0, 2]],
    ['the biggest job takes the big cards', any(2, 80_000), [0, 4]],
    ['everything', any(5), [0, 1, 2, 3, 4]],
    ['a model pattern narrows the choice', f.order({ gpu: { count: 1, minVramMiB: 0, model: '*80gb*', vendor: '' } }), [0]]
  ])('%s', (_name, order, indices) => {
    expect(selectGpus(order, free)).toEqual({ ok: true, indices })
  })

  it('is deterministic whatever order the inventory lists cards in', () => {
    expect(selectGpus(any(2), [...free].reverse())).toEqual({ ok: true, indices: [1, 3] })
  })

  it.each([
    ['no free card at all', any(1), [], [R.DECLINE_REASON_NO_CAPACITY]],
    ['too few qualifying cards', any(2, 80_000), [card(0, 81_920), card(1, 24_576)], [R.DECLINE_REASON_GPU_COUNT]],
    ['too little VRAM', any(1, 100_000), free, [R.DECLINE_REASON_VRAM]],
    ['wrong vendor', f.order({ gpu: { count: 1, minVramMiB: 0, model: '', vendor: 'amd' } }), free, [R.DECLINE_REASON_GPU_VENDOR]],
    ['wrong model and too little VRAM', f.order({ gpu: { count: 1, minVramMiB: 100_000, model: '*a100*', vendor: '' } }), free, [R.DECLINE_REASON_GPU_MODEL, R.DECLINE_REASON_VRAM]]
  ] as Array<[string, JobOrder, FreeGpu[], DeclineReason[]]>)('declines: %s', (_name, order, cards, reasons) => {
    expect(selectGpus(order, cards)).toEqual({ ok: false, reasons })
  })
})
