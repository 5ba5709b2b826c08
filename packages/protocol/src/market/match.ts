/**
 * Does an offer (or a provider's free GPUs) satisfy an order? Pure functions: the
 * client uses them to pick whom to ask, the provider's bid engine to decide and to
 * pick exact cards. A failed match lists every reason, so a decline is useful.
 */
import { DeclineReason } from '../bid.js'
import type { CapacityOffer, GpuOffer } from '../offer.js'
import type { GpuRequirement, JobOrder } from '../order.js'
import { offerRunsImage } from './images.js'

export type MatchResult =
  | { ok: true, gpus: GpuOffer[] }
  | { ok: false, reasons: DeclineReason[] }

export interface MatchOptions {
  /** Unix ms used to check the offer's expiry; defaults to `Date.now()`. */
  now?: number
}

/** One physical GPU a provider has free, as its inventory sees it. */
export interface FreeGpu {
  index: number
  vendor: string
  model: string
  vramMiB: number
  computeCapability: string
}

export type SelectResult =
  | { ok: true, indices: number[] }
  | { ok: false, reasons: DeclineReason[] }

/**
 * Case-insensitive glob where `*` matches any run of characters (also none) and every
 * other character matches itself. Linear backtracking over the last `*`, no RegExp,
 * so a hostile pattern cannot make it slow.
 */
export function globMatch (pattern: string, text: string): boolean {
  const p = pattern.toLowerCase()
  const t = text.toLowerCase()
  let pi = 0
  let ti = 0
  let star = -1
  let mark = 0
  while (ti < t.length) {
    if (pi < p.length && p[pi] !== '*' && p[pi] === t[ti]) {
      pi++
      ti++
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++
      mark = ti
    } else if (star !== -1) {
      pi = star + 1
      ti = ++mark
    } else {
      return false
    }
  }
  while (pi < p.length && p[pi] === '*') pi++
  return pi === p.length
}

interface GpuLike {
  vendor: string
  model: string
  vramMiB: number
}

/** The model/vendor/VRAM rules one card or group breaks; empty when it qualifies. */
function gpuFailures (req: GpuRequirement, gpu: GpuLike): DeclineReason[] {
  const out: DeclineReason[] = []
  if (req.model !== '' && !globMatch(req.model, gpu.model)) out.push(DeclineReason.DECLINE_REASON_GPU_MODEL)
  if (req.vendor !== '' && req.vendor.toLowerCase() !== gpu.vendor.toLowerCase()) out.push(DeclineReason.DECLINE_REASON_GPU_VENDOR)
  if (gpu.vramMiB < req.minVramMiB) out.push(DeclineReason.DECLINE_REASON_VRAM)
  return out
}

/**
 * Why no card qualifies: the failures of the nearest card(s), those that break the
 * fewest rules. With one kind of card this is exactly what that card lacks; with
 * several it names what stands between the order and its best candidates.
 */
function nearestFailures (req: GpuRequirement, gpus: readonly GpuLike[]): DeclineReason[] {
  let best: Set<DeclineReason> | undefined
  let bestCount = Infinity
  for (const gpu of gpus) {
    const f = gpuFailures(req, gpu)
    if (f.length < bestCount) {
      bestCount = f.length
      best = new Set(f)
    } else if (f.length === bestCount && best !== undefined) {
      for (const r of f) best.add(r)
    }
  }
  return best === undefined ? [] : [...best]
}

function sorted (reasons: Iterable<DeclineReason>): DeclineReason[] {
  return [...new Set(reasons)].sort((a, b) => a - b)
}

/** Where a provider is and what it says of itself: its region and attributes. */
export interface Placement {
  region: string
  attributes: Record<string, string>
}

/**
 * The order's placement rules against a provider's: regions match ignoring case, and
 * every attribute the order names must be the provider's own with the same value. The
 * one rule for both the client's offer filter and the provider's evaluator.
 */
export function placementFailures (order: Pick<JobOrder, 'region' | 'attributes'>, provider: Placement): DeclineReason[] {
  const reasons: DeclineReason[] = []
  if (order.region !== '' && order.region.toLowerCase() !== provider.region.toLowerCase()) reasons.push(DeclineReason.DECLINE_REASON_REGION)
  for (const [key, value] of Object.entries(order.attributes)) {
    // Object.hasOwn: a key such as "constructor" must not match the prototype's.
    if (!Object.hasOwn(provider.attributes, key) || provider.attributes[key] !== value) {
      reasons.push(DeclineReason.DECLINE_REASON_ATTRIBUTES)
      break
    }
  }
  return reasons
}

/**
 * Match an order against an offer. On success `gpus` are the groups whose cards
 * qualify and have some free. On failure `reasons` lists every rule the offer breaks,
 * in enum order. GPU_COUNT is reported only when qualifying cards exist (or the
 * offer has none at all) but too few are free; a model, vendor or VRAM miss names
 * itself instead. An offer with `expiresAtMs` 0 or in the past is EXPIRED: offers
 * must carry an expiry.
 */
export function matchOffer (order: JobOrder, offer: CapacityOffer, options: MatchOptions = {}): MatchResult {
  const now = options.now ?? Date.now()
  const reasons: DeclineReason[] = []

  if (offer.expiresAtMs <= now) reasons.push(DeclineReason.DECLINE_REASON_EXPIRED)

  const suitable = offer.gpus.filter(g => gpuFailures(order.gpu, g).length === 0 && g.countFree > 0)
  const qualifying = offer.gpus.filter(g => gpuFailures(order.gpu, g).length === 0)
  if (offer.gpus.length > 0 && qualifying.length === 0) {
    reasons.push(...nearestFailures(order.gpu, offer.gpus))
  } else {
    const free = suitable.reduce((n, g) => n + g.countFree, 0)
    if (free < order.gpu.count) reasons.push(DeclineReason.DECLINE_REASON_GPU_COUNT)
  }

  if (order.cpuCores > offer.cpuCores) reasons.push(DeclineReason.DECLINE_REASON_CPU)
  if (order.memoryMiB > offer.memoryMiB) reasons.push(DeclineReason.DECLINE_REASON_MEMORY)
  if (order.diskMiB > offer.diskMiB) reasons.push(DeclineReason.DECLINE_REASON_DISK)
  if (!offer.runtimes.includes(order.runtime)) reasons.push(DeclineReason.DECLINE_REASON_RUNTIME)
  else if (order.runtime === 'docker' && !offerRunsImage(offer, order.image ?? '')) reasons.push(DeclineReason.DECLINE_REASON_IMAGE)
  reasons.push(...placementFailures(order, offer))
  if (offer.pricePerGpuHour > order.maxPricePerGpuHour) reasons.push(DeclineReason.DECLINE_REASON_PRICE)

  return reasons.length === 0 ? { ok: true, gpus: suitable } : { ok: false, reasons: sorted(reasons) }
}

/**
 * Provider side: pick the exact cards for an order from the free ones. Picks the
 * smallest sufficient VRAM first, then the lowest index, so big cards stay free for
 * the jobs that need them; returns the indices in ascending order. No free card at
 * all is NO_CAPACITY; qualifying cards but too few is GPU_COUNT.
 */
export function selectGpus (order: JobOrder, freeGpus: readonly FreeGpu[]): SelectResult {
  if (freeGpus.length === 0) return { ok: false, reasons: [DeclineReason.DECLINE_REASON_NO_CAPACITY] }
  const qualifying = freeGpus.filter(g => gpuFailures(order.gpu, g).length === 0)
  if (qualifying.length === 0) return { ok: false, reasons: sorted(nearestFailures(order.gpu, freeGpus)) }
  if (qualifying.length < order.gpu.count) return { ok: false, reasons: [DeclineReason.DECLINE_REASON_GPU_COUNT] }
  const chosen = [...qualifying]
    .sort((a, b) => a.vramMiB - b.vramMiB || a.index - b.index)
    .slice(0, order.gpu.count)
    .map(g => g.index)
    .sort((a, b) => a - b)
  return { ok: true, indices: chosen }
}
