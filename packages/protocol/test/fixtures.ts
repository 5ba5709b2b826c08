/** Sample messages shared by the specs: one valid value of every kind. */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import type { Bid } from '../src/bid.js'
import type { SignedEnvelope } from '../src/envelope.js'
import type { Lease } from '../src/lease.js'
import type { CapacityOffer, GpuOffer } from '../src/offer.js'
import type { JobOrder } from '../src/order.js'
import type { Receipt } from '../src/receipt.js'
import type { WorkloadSpec } from '../src/workload-spec.js'

export const NOW = 1_700_000_000_000
export const PROVIDER = '12D3KooWProviderAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
export const CLIENT = '12D3KooWClientBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB'

export function digest (fill = 7): Uint8Array {
  return new Uint8Array(32).fill(fill)
}

export async function identity (): Promise<{ key: PrivateKey, peerId: string }> {
  const key = await generateKeyPair('Ed25519')
  return { key, peerId: peerIdFromPrivateKey(key).toString() }
}

export function gpu (over: Partial<GpuOffer> = {}): GpuOffer {
  return {
    vendor: 'nvidia',
    model: 'NVIDIA H100 80GB HBM3',
    vramMiB: 81_920,
    computeCapability: '9.0',
    countTotal: 8,
    countFree: 4,
    declared: false,
    ...over
  }
}

export function offer (over: Partial<CapacityOffer> = {}): CapacityOffer {
  return {
    provider: PROVIDER,
    seq: 3,
    gpus: [gpu()],
    cpuCores: 64,
    memoryMiB: 512 * 1024,
    diskMiB: 2 * 1024 * 1024,
    runtimes: ['process', 'docker'],
    pricePerGpuHour: 2_000_000n,
    region: 'eu-west',
    attributes: { tier: 'datacenter', 'net.bandwidth': '10g' },
    expiresAtMs: NOW + 60_000,
    addrs: ['/ip4/127.0.0.1/tcp/4001'],
    ...over
  }
}

export function order (over: Partial<JobOrder> = {}): JobOrder {
  return {
    orderId: 'order-1',
    client: CLIENT,
    gpu: { count: 2, minVramMiB: 40_000, model: '*h100*', vendor: 'nvidia' },
    cpuCores: 8,
    memoryMiB: 64 * 1024,
    diskMiB: 100 * 1024,
    runtime: 'docker',
    region: 'eu-west',
    attributes: { tier: 'datacenter' },
    maxPricePerGpuHour: 3_000_000n,
    maxDurationS: 3600,
    bidDeadlineMs: NOW + 500,
    dryRun: false,
    ...over
  }
}

export function bid (over: Partial<Bid> = {}): Bid {
  return {
    bidId: 'bid-1',
    orderId: 'order-1',
    provider: PROVIDER,
    client: CLIENT,
    pricePerGpuHour: 2_000_000n,
    gpuIndices: [0, 3],
    gpuModels: ['NVIDIA H100 80GB HBM3', 'NVIDIA H100 80GB HBM3'],
    maxDurationS: 3600,
    expiresAtMs: NOW + 10_000,
    orderDigest: digest(),
    ...over
  }
}

export function lease (over: Partial<Lease> = {}): Lease {
  return {
    leaseId: 'lease-1',
    bidId: 'bid-1',
    orderId: 'order-1',
    provider: PROVIDER,
    client: CLIENT,
    gpuIndices: [0, 3],
    pricePerGpuHour: 2_000_000n,
    maxDurationS: 3600,
    createdAtMs: NOW,
    expiresAtMs: NOW + 30_000,
    ...over
  }
}

export function spec (over: Partial<WorkloadSpec> = {}): WorkloadSpec {
  return {
    runtime: 'docker',
    image: 'pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime',
    command: ['python', 'train.py', '--epochs', '3'],
    env: { SEED: '42', HF_HOME: '/cache' },
    inputs: [{ name: 'train.py', content: new TextEncoder().encode('print("hi")\n') }],
    timeoutS: 600,
    network: false,
    service: false,
    ports: [],
    ...over
  }
}

export function receipt (over: Partial<Receipt> = {}): Receipt {
  return {
    receiptId: 'receipt-1',
    leaseId: 'lease-1',
    jobId: 'job-1',
    provider: PROVIDER,
    client: CLIENT,
    wallMs: 90_000,
    gpuMs: 180_000,
    pricePerGpuHour: 2_000_000n,
    cost: 100_000n,
    results: [{ name: 'model.pt', size: 1234, sha256: digest(9) }],
    exitCode: -1,
    finalState: 'succeeded',
    reason: 'exit-code',
    endedAtMs: NOW + 90_000,
    ...over
  }
}

/** A structurally valid envelope; its signature is not checked by the codecs. */
export function envelope (over: Partial<SignedEnvelope> = {}): SignedEnvelope {
  return {
    payloadType: 'gpumesh/bid/1',
    payload: new Uint8Array([1, 2, 3]),
    publicKey: new Uint8Array(36).fill(1),
    signature: new Uint8Array(64).fill(2),
    signedAtMs: NOW,
    expiresAtMs: NOW + 10_000,
    ...over
  }
}
