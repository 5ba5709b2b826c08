/**
 * A service job's lease renewal: the client's signed ask for a longer lease, and the
 * provider's answer (a `renewed` job event). The length is absolute, the lease's new
 * whole length, so a replayed renewal envelope asks for nothing it has not had.
 */
import { Limits } from './constants.js'
import { checkRange, checkString, decodeWire, encodeWire } from './fields.js'
import { pb } from './pb.js'

export interface LeaseRenewal {
  jobId: string
  leaseId: string
  /** The lease's new whole length in seconds, counted from when the job started running. */
  maxDurationS: number
}

/** Longest lease length a renewal may name: 30 days, the most a provider may configure. */
export const MAX_RENEWED_DURATION_S = 30 * 24 * 3600

export function encodeLeaseRenewal (r: LeaseRenewal): Uint8Array {
  return encodeWire(pb.LeaseRenewal, pb.LeaseRenewal.create(r))
}

export function decodeLeaseRenewal (bytes: Uint8Array): LeaseRenewal {
  const m = decodeWire(pb.LeaseRenewal, bytes, 'LeaseRenewal')
  return {
    jobId: checkString(m.jobId, 'jobId', Limits.idChars),
    leaseId: checkString(m.leaseId, 'leaseId', Limits.idChars),
    maxDurationS: checkRange(m.maxDurationS, 'maxDurationS', 1, MAX_RENEWED_DURATION_S)
  }
}
