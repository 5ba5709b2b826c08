import { Limits, MAX_OFFERS_PER_SYNC } from './constants.js'
import { fromWireEnvelope, toWireEnvelope, type SignedEnvelope } from './envelope.js'
import { checkCount, checkRange, checkWireMap, checkSafeUint, checkString, checkStringMap, decodeWire, encodeWire, fromBigInt, toBigInt } from './fields.js'
import { InvalidMessageError } from './errors.js'
import { pb } from './pb.js'

export type GpuVendor = 'nvidia' | 'amd' | 'other'

/** One kind of GPU a provider has; identical cards are grouped. */
export interface GpuOffer {
  vendor: GpuVendor
  model: string
  vramMiB: number
  computeCapability: string
  countTotal: number
  countFree: number
  /** From the provider's config, never verified by a detection tool. */
  declared: boolean
}

/** What a provider has free right now, and at what price. */
export interface CapacityOffer {
  provider: string
  seq: number
  gpus: GpuOffer[]
  cpuCores: number
  memoryMiB: number
  diskMiB: number
  runtimes: string[]
  /** Micro-credits per GPU-hour. */
  pricePerGpuHour: bigint
  region: string
  attributes: Record<string, string>
  expiresAtMs: number
  addrs: string[]
  /** Docker: the images it has or will pull (names, `*` globs); absent or empty = not said. */
  images?: string[]
  /** What the provider's own probe measured in its sandbox (signed with the offer); absent = not measured. */
  measured?: OfferMeasurement
}

/** A provider's probe figures, whole units per second; 0 = not measured. See market/measurement.ts. */
export interface OfferMeasurement {
  probeVersion: number
  measuredAtMs: number
  durationMs: number
  cpuHashMiBps: number
  memoryCopyMiBps: number
  diskWriteMiBps: number
  gpuGflops: number
  h2dMiBps: number
}

const VENDORS: readonly string[] = ['nvidia', 'amd', 'other']

export function checkVendor (value: string, field: string): GpuVendor {
  if (!VENDORS.includes(value)) throw new InvalidMessageError(`${field}: unknown vendor "${value.slice(0, 32)}"`)
  return value as GpuVendor
}

export function encodeCapacityOffer (offer: CapacityOffer): Uint8Array {
  return encodeWire(pb.CapacityOffer, pb.CapacityOffer.create({
    ...offer,
    attributes: checkWireMap(offer.attributes, 'attributes'),
    gpus: offer.gpus.map(g => pb.GpuOffer.create({ ...g, vramMib: g.vramMiB })),
    memoryMib: offer.memoryMiB,
    diskMib: offer.diskMiB,
    pricePerGpuHour: fromBigInt(offer.pricePerGpuHour, 'pricePerGpuHour'),
    images: offer.images ?? [],
    measured: offer.measured === undefined
      ? undefined
      : pb.OfferMeasurement.create({
        probeVersion: offer.measured.probeVersion,
        measuredAtMs: offer.measured.measuredAtMs,
        durationMs: offer.measured.durationMs,
        cpuHashMibS: offer.measured.cpuHashMiBps,
        memoryCopyMibS: offer.measured.memoryCopyMiBps,
        diskWriteMibS: offer.measured.diskWriteMiBps,
        gpuGflops: offer.measured.gpuGflops,
        h2dMibS: offer.measured.h2dMiBps
      })
  }))
}

function decodeMeasurement (m: NonNullable<ReturnType<typeof pb.CapacityOffer.decode>['measured']>): OfferMeasurement {
  return {
    probeVersion: checkRange(m.probeVersion, 'measured.probeVersion', 1, 1_000_000),
    measuredAtMs: checkSafeUint(m.measuredAtMs, 'measured.measuredAtMs'),
    durationMs: checkRange(m.durationMs, 'measured.durationMs', 0, 3_600_000),
    cpuHashMiBps: checkSafeUint(m.cpuHashMibS, 'measured.cpuHashMiBps'),
    memoryCopyMiBps: checkSafeUint(m.memoryCopyMibS, 'measured.memoryCopyMiBps'),
    diskWriteMiBps: checkSafeUint(m.diskWriteMibS, 'measured.diskWriteMiBps'),
    gpuGflops: checkSafeUint(m.gpuGflops, 'measured.gpuGflops'),
    h2dMiBps: checkSafeUint(m.h2dMibS, 'measured.h2dMiBps')
  }
}

export function decodeCapacityOffer (bytes: Uint8Array): CapacityOffer {
  const m = decodeWire(pb.CapacityOffer, bytes, 'CapacityOffer')
  const gpus = checkCount(m.gpus, 'gpus', Limits.gpusPerOffer).map((g, i): GpuOffer => {
    const countTotal = checkRange(g.countTotal, `gpus[${i}].countTotal`, 1, 1024)
    const countFree = checkRange(g.countFree, `gpus[${i}].countFree`, 0, countTotal)
    return {
      vendor: checkVendor(checkString(g.vendor, `gpus[${i}].vendor`, Limits.shortStringChars), `gpus[${i}].vendor`),
      model: checkString(g.model, `gpus[${i}].model`, Limits.modelChars),
      vramMiB: checkRange(g.vramMib, `gpus[${i}].vramMiB`, 1, 16 * 1024 * 1024),
      computeCapability: checkString(g.computeCapability, `gpus[${i}].computeCapability`, Limits.shortStringChars, false),
      countTotal,
      countFree,
      declared: g.declared === true
    }
  })
  const images = checkCount(m.images, 'images', Limits.images).map((a, i) => checkString(a, `images[${i}]`, Limits.shortStringChars))
  return {
    provider: checkString(m.provider, 'provider', Limits.peerIdChars),
    seq: checkSafeUint(m.seq, 'seq'),
    gpus,
    cpuCores: checkRange(m.cpuCores, 'cpuCores', 0, 1 << 20),
    memoryMiB: checkSafeUint(m.memoryMib, 'memoryMiB'),
    diskMiB: checkSafeUint(m.diskMib, 'diskMiB'),
    runtimes: checkCount(m.runtimes, 'runtimes', Limits.runtimes).map((r, i) => checkString(r, `runtimes[${i}]`, Limits.shortStringChars)),
    pricePerGpuHour: toBigInt(m.pricePerGpuHour),
    region: checkString(m.region, 'region', Limits.shortStringChars, false),
    attributes: checkStringMap(m.attributes, 'attributes', Limits.attributes, Limits.attributeChars),
    expiresAtMs: checkSafeUint(m.expiresAtMs, 'expiresAtMs'),
    addrs: checkCount(m.addrs, 'addrs', Limits.addrs).map((a, i) => checkString(a, `addrs[${i}]`, Limits.addrChars)),
    // Set only when the offer says: an offer without the field reads as before.
    ...(images.length > 0 ? { images } : {}),
    ...(m.measured !== null && m.measured !== undefined ? { measured: decodeMeasurement(m.measured) } : {})
  }
}

export function encodeOfferSet (offers: SignedEnvelope[]): Uint8Array {
  return encodeWire(pb.OfferSet, pb.OfferSet.create({ offers: offers.map(toWireEnvelope) }))
}

/** Decode an OfferSet; each envelope still has to be verified by the caller. */
export function decodeOfferSet (bytes: Uint8Array): SignedEnvelope[] {
  const m = decodeWire(pb.OfferSet, bytes, 'OfferSet')
  return checkCount(m.offers, 'offers', MAX_OFFERS_PER_SYNC).map((e, i) => fromWireEnvelope(e, `offers[${i}]`))
}
