import { createHash } from 'node:crypto'
import { Limits } from './constants.js'
import { checkRange, checkWireMap, checkSafeUint, checkString, checkStringMap, decodeWire, encodeWire, fromBigInt, toBigInt } from './fields.js'
import { pb } from './pb.js'

export interface GpuRequirement {
  /** GPUs wanted on one node. */
  count: number
  minVramMiB: number
  /** Case-insensitive glob over the model name, `*` wildcard; '' means any. */
  model: string
  /** '' means any. */
  vendor: string
}

/** A client's request for capacity: what it needs, what it will pay, until when it listens. */
export interface JobOrder {
  orderId: string
  client: string
  gpu: GpuRequirement
  cpuCores: number
  memoryMiB: number
  diskMiB: number
  runtime: string
  region: string
  attributes: Record<string, string>
  /** Micro-credits per GPU-hour. */
  maxPricePerGpuHour: bigint
  maxDurationS: number
  bidDeadlineMs: number
  /** Quote only: the provider answers but reserves nothing. */
  dryRun: boolean
  /** Docker runtime: the image the job runs, so a provider without it declines; '' or absent = not said. */
  image?: string
}

export function encodeJobOrder (order: JobOrder): Uint8Array {
  return encodeWire(pb.JobOrder, pb.JobOrder.create({
    ...order,
    attributes: checkWireMap(order.attributes, 'attributes'),
    gpu: pb.GpuRequirement.create({ ...order.gpu, minVramMib: order.gpu.minVramMiB }),
    memoryMib: order.memoryMiB,
    diskMib: order.diskMiB,
    maxPricePerGpuHour: fromBigInt(order.maxPricePerGpuHour, 'maxPricePerGpuHour'),
    image: order.image ?? ''
  }))
}

export function decodeJobOrder (bytes: Uint8Array): JobOrder {
  const m = decodeWire(pb.JobOrder, bytes, 'JobOrder')
  const g = m.gpu ?? {}
  const image = checkString(m.image, 'image', Limits.shortStringChars, false)
  return {
    orderId: checkString(m.orderId, 'orderId', Limits.idChars),
    client: checkString(m.client, 'client', Limits.peerIdChars),
    gpu: {
      count: checkRange(g.count, 'gpu.count', 1, 1024),
      minVramMiB: checkRange(g.minVramMib, 'gpu.minVramMiB', 0, 16 * 1024 * 1024),
      model: checkString(g.model, 'gpu.model', Limits.modelChars, false),
      vendor: checkString(g.vendor, 'gpu.vendor', Limits.shortStringChars, false)
    },
    cpuCores: checkRange(m.cpuCores, 'cpuCores', 0, 1 << 20),
    memoryMiB: checkSafeUint(m.memoryMib, 'memoryMiB'),
    diskMiB: checkSafeUint(m.diskMib, 'diskMiB'),
    runtime: checkString(m.runtime, 'runtime', Limits.shortStringChars),
    region: checkString(m.region, 'region', Limits.shortStringChars, false),
    attributes: checkStringMap(m.attributes, 'attributes', Limits.attributes, Limits.attributeChars),
    maxPricePerGpuHour: toBigInt(m.maxPricePerGpuHour),
    maxDurationS: checkRange(m.maxDurationS, 'maxDurationS', 1, Limits.maxDurationS),
    bidDeadlineMs: checkSafeUint(m.bidDeadlineMs, 'bidDeadlineMs'),
    dryRun: m.dryRun === true,
    ...(image !== '' ? { image } : {})
  }
}

/**
 * What a bid names its order by: sha256 of the order envelope's payload. The provider
 * puts it in the bid, and the client checks it, so a bid cannot be moved to another order.
 */
export function orderDigest (orderPayload: Uint8Array): Uint8Array {
  return createHash('sha256').update(orderPayload).digest()
}
