/** What a Job handle reports, attempt by attempt: the auction, the lease, and the provider's events. */
import type { JobState, LogStreamName, Receipt } from '@gpumesh/protocol'

export type JobUpdate =
  | { type: 'auction', attempt: number, asked: number, broadcast: boolean }
  | { type: 'bid', attempt: number, provider: string, pricePerGpuHour: bigint, gpuModels: string[], latencyMs: number }
  | { type: 'decline', attempt: number, provider: string, reasons: string[] }
  /** `path`: whether the job's stream runs direct or through a relay (NAT), and the relay's limits then. */
  | { type: 'lease', attempt: number, provider: string, leaseId: string, gpuIndices: number[], pricePerGpuHour: bigint, path: JobPath, relayLimits?: RelayLimits }
  | { type: 'lease-rejected', attempt: number, provider: string, reason: string }
  | { type: 'state', attempt: number, state: JobState, reason: string, exitCode: number }
  | { type: 'log', attempt: number, seq: number, atMs: number, stream: LogStreamName, line: string }
  | { type: 'usage', attempt: number, wallMs: number, gpuMs: number }
  /** The provider fetching an input by URL (or finding it in its cache) before the job runs. */
  | { type: 'preparing', attempt: number, name: string, bytesDone: number, bytesTotal: number, cached: boolean }
  | { type: 'result', attempt: number, name: string, size: number, sha256: string }
  /** A service job's lease was renewed: its whole length now, and when (provider's clock) it ends unless renewed again. */
  | { type: 'renewed', attempt: number, maxDurationS: number, endsAtMs: number }
  | { type: 'receipt', attempt: number, receipt: Receipt, countersigned: boolean }
  | { type: 'lost', attempt: number, provider: string, reason: string }

/** How a job's stream reaches its provider: straight, or through a circuit relay. */
export type JobPath = 'direct' | 'relayed'

/** What a relay lets one relayed connection carry before it resets it. */
export interface RelayLimits {
  /** Bytes each way; undefined when the relay sets none. */
  dataBytes?: bigint
  /** Seconds; undefined when the relay sets none. */
  durationS?: number
}
