/** Messages of the long-lived job stream: requests in, events (or a refusal) out. */
import { Limits, MAX_JOB_EVENT_BYTES, RESULT_CHUNK_BYTES } from './constants.js'
import { fromWireEnvelope, toWireEnvelope, type SignedEnvelope } from './envelope.js'
import { InvalidMessageError } from './errors.js'
import { checkBytes, checkEnum, checkRange, checkSafeUint, checkString, decodeWire, encodeWire } from './fields.js'
import { MAX_RENEWED_DURATION_S } from './lease-renewal.js'
import { fromWireSessionUsage, type SessionUsage } from './session-usage.js'
import { jobStateFromWire, jobStateToWire, type JobState } from './job-state.js'
import { pb } from './pb.js'
import { fromWireWorkloadSpec, toWireWorkloadSpec, type WorkloadSpec } from './workload-spec.js'

export type JobRequest =
  /** On the lease `leaseId`, or ('' and `leaseRequest`) on a lease granted from that request. */
  | { kind: 'submit', leaseId: string, spec: WorkloadSpec, leaseRequest?: SignedEnvelope }
  | { kind: 'attach', jobId: string, fromSeq: number }
  | { kind: 'cancel', jobId: string }
  | { kind: 'countersign', jobId: string, acceptance: SignedEnvelope }
  /** A service job's client asks for a longer lease: `renewal`'s payload is a LeaseRenewal. */
  | { kind: 'renew', jobId: string, renewal: SignedEnvelope }

export type LogStreamName = 'stdout' | 'stderr' | 'system'

export type JobEventBody =
  | { type: 'state', state: JobState, reason: string, exitCode: number }
  | { type: 'log', stream: LogStreamName, line: string }
  /** `sessions`: what a service job's sessions used; absent when it had none. */
  | { type: 'usage', wallMs: number, gpuMs: number, sessions?: SessionUsage }
  | { type: 'result', name: string, size: number, sha256: Uint8Array }
  | { type: 'chunk', name: string, offset: number, data: Uint8Array }
  | { type: 'heartbeat' }
  | { type: 'receipt', receipt: SignedEnvelope }
  /** The preparing phase: an input by URL fetched so far (or found cached). */
  | { type: 'preparing', name: string, bytesDone: number, bytesTotal: number, cached: boolean }
  /** A service job's lease was renewed: its whole length now, and when it ends unless renewed again. */
  | { type: 'renewed', maxDurationS: number, endsAtMs: number }

export type JobEvent = { jobId: string, seq: number, atMs: number } & JobEventBody

export const JobRefusalCode = pb.JobRefusalCode
export type JobRefusalCode = pb.JobRefusalCode

export function jobRefusalCodeName (code: JobRefusalCode): string {
  const name = pb.JobRefusalCode[code] as string | undefined
  return name === undefined ? 'unknown' : name.replace('JOB_REFUSAL_CODE_', '').toLowerCase().replaceAll('_', '-')
}

export interface JobRefusal {
  code: JobRefusalCode
  detail: string
}

export type JobResponse =
  | { kind: 'event', event: JobEvent }
  | { kind: 'refusal', refusal: JobRefusal }
  /** The signed Lease granted for a Submit with a lease request; first, before any event. */
  | { kind: 'lease', lease: SignedEnvelope }

export function encodeJobRequest (r: JobRequest): Uint8Array {
  switch (r.kind) {
    case 'submit': return encodeWire(pb.JobRequest, pb.JobRequest.create({
      submit: { leaseId: r.leaseId, spec: toWireWorkloadSpec(r.spec), leaseRequest: r.leaseRequest !== undefined ? toWireEnvelope(r.leaseRequest) : undefined }
    }))
    case 'attach': return encodeWire(pb.JobRequest, pb.JobRequest.create({ attach: { jobId: r.jobId, fromSeq: r.fromSeq } }))
    case 'cancel': return encodeWire(pb.JobRequest, pb.JobRequest.create({ cancel: { jobId: r.jobId } }))
    case 'countersign': return encodeWire(pb.JobRequest, pb.JobRequest.create({ countersign: { jobId: r.jobId, acceptance: toWireEnvelope(r.acceptance) } }))
    case 'renew': return encodeWire(pb.JobRequest, pb.JobRequest.create({ renew: { jobId: r.jobId, renewal: toWireEnvelope(r.renewal) } }))
  }
}

export function decodeJobRequest (bytes: Uint8Array): JobRequest {
  const m = decodeWire(pb.JobRequest, bytes, 'JobRequest')
  switch (m.request) {
    case 'submit': {
      const leaseId = checkString(m.submit?.leaseId, 'submit.leaseId', Limits.idChars, false)
      const spec = fromWireWorkloadSpec(m.submit?.spec)
      if (m.submit?.leaseRequest == null) {
        if (leaseId === '') throw new InvalidMessageError('submit: neither leaseId nor leaseRequest')
        return { kind: 'submit', leaseId, spec }
      }
      if (leaseId !== '') throw new InvalidMessageError('submit: both leaseId and leaseRequest')
      return { kind: 'submit', leaseId, spec, leaseRequest: fromWireEnvelope(m.submit.leaseRequest, 'submit.leaseRequest') }
    }
    case 'attach': return { kind: 'attach', jobId: checkString(m.attach?.jobId, 'attach.jobId', Limits.idChars), fromSeq: checkSafeUint(m.attach?.fromSeq, 'attach.fromSeq') }
    case 'cancel': return { kind: 'cancel', jobId: checkString(m.cancel?.jobId, 'cancel.jobId', Limits.idChars) }
    case 'countersign': return { kind: 'countersign', jobId: checkString(m.countersign?.jobId, 'countersign.jobId', Limits.idChars), acceptance: fromWireEnvelope(m.countersign?.acceptance, 'countersign.acceptance') }
    case 'renew': return { kind: 'renew', jobId: checkString(m.renew?.jobId, 'renew.jobId', Limits.idChars), renewal: fromWireEnvelope(m.renew?.renewal, 'renew.renewal') }
    default: throw new InvalidMessageError('JobRequest: empty')
  }
}

const LOG_STREAMS: Record<LogStreamName, pb.LogStream> = {
  stdout: pb.LogStream.LOG_STREAM_STDOUT,
  stderr: pb.LogStream.LOG_STREAM_STDERR,
  system: pb.LogStream.LOG_STREAM_SYSTEM
}

export function toWireJobEvent (e: JobEvent): InstanceType<typeof pb.JobEvent> {
  const base = { jobId: e.jobId, seq: e.seq, atMs: e.atMs }
  switch (e.type) {
    case 'state': return pb.JobEvent.create({ ...base, state: { state: jobStateToWire(e.state), reason: e.reason, exitCode: e.exitCode } })
    case 'log': return pb.JobEvent.create({ ...base, log: { stream: LOG_STREAMS[e.stream], line: e.line } })
    case 'usage': return pb.JobEvent.create({ ...base, usage: { wallMs: e.wallMs, gpuMs: e.gpuMs, ...(e.sessions !== undefined ? { sessions: e.sessions } : {}) } })
    case 'result': return pb.JobEvent.create({ ...base, result: { name: e.name, size: e.size, sha256: e.sha256 } })
    case 'chunk': return pb.JobEvent.create({ ...base, chunk: { name: e.name, offset: e.offset, data: e.data } })
    case 'heartbeat': return pb.JobEvent.create({ ...base, heartbeat: {} })
    case 'receipt': return pb.JobEvent.create({ ...base, receipt: toWireEnvelope(e.receipt) })
    case 'preparing': return pb.JobEvent.create({ ...base, preparing: { name: e.name, bytesDone: e.bytesDone, bytesTotal: e.bytesTotal, cached: e.cached } })
    case 'renewed': return pb.JobEvent.create({ ...base, renewed: { maxDurationS: e.maxDurationS, endsAtMs: e.endsAtMs } })
  }
}

export function fromWireJobEvent (m: pb.JobEvent.$Properties): JobEvent {
  const base = {
    jobId: checkString(m.jobId, 'event.jobId', Limits.idChars),
    seq: checkSafeUint(m.seq, 'event.seq'),
    atMs: checkSafeUint(m.atMs, 'event.atMs')
  }
  if (base.seq === 0) throw new InvalidMessageError('event.seq: must start at 1')
  switch (m.kind) {
    case 'state': return { ...base, type: 'state', state: jobStateFromWire(m.state?.state, 'event.state'), reason: checkString(m.state?.reason, 'event.state.reason', Limits.shortStringChars, false), exitCode: m.state?.exitCode ?? 0 }
    case 'log': {
      const stream = checkEnum<pb.LogStream>(m.log?.stream, pb.LogStream, 'event.log.stream')
      const name = (Object.keys(LOG_STREAMS) as LogStreamName[]).find(k => LOG_STREAMS[k] === stream) ?? 'system'
      return { ...base, type: 'log', stream: name, line: checkString(m.log?.line, 'event.log.line', Limits.logLineChars, false) }
    }
    case 'usage': {
      const sessions = fromWireSessionUsage(m.usage?.sessions, 'event.usage.sessions')
      return { ...base, type: 'usage', wallMs: checkSafeUint(m.usage?.wallMs, 'event.usage.wallMs'), gpuMs: checkSafeUint(m.usage?.gpuMs, 'event.usage.gpuMs'), ...(sessions !== undefined ? { sessions } : {}) }
    }
    case 'result': return { ...base, type: 'result', name: checkString(m.result?.name, 'event.result.name', Limits.fileNameChars), size: checkSafeUint(m.result?.size, 'event.result.size'), sha256: checkBytes(m.result?.sha256, 'event.result.sha256', 32, 32) }
    case 'chunk': return { ...base, type: 'chunk', name: checkString(m.chunk?.name, 'event.chunk.name', Limits.fileNameChars), offset: checkSafeUint(m.chunk?.offset, 'event.chunk.offset'), data: checkBytes(m.chunk?.data, 'event.chunk.data', RESULT_CHUNK_BYTES) }
    case 'heartbeat': return { ...base, type: 'heartbeat' }
    case 'receipt': return { ...base, type: 'receipt', receipt: fromWireEnvelope(m.receipt, 'event.receipt') }
    case 'preparing': return {
      ...base,
      type: 'preparing',
      name: checkString(m.preparing?.name, 'event.preparing.name', Limits.fileNameChars),
      bytesDone: checkSafeUint(m.preparing?.bytesDone, 'event.preparing.bytesDone'),
      bytesTotal: checkSafeUint(m.preparing?.bytesTotal, 'event.preparing.bytesTotal'),
      cached: m.preparing?.cached === true
    }
    case 'renewed': return {
      ...base,
      type: 'renewed',
      maxDurationS: checkRange(m.renewed?.maxDurationS, 'event.renewed.maxDurationS', 1, MAX_RENEWED_DURATION_S),
      endsAtMs: checkSafeUint(m.renewed?.endsAtMs, 'event.renewed.endsAtMs')
    }
    default: throw new InvalidMessageError('event: no kind')
  }
}

export function encodeJobEvent (e: JobEvent): Uint8Array {
  return encodeWire(pb.JobEvent, toWireJobEvent(e))
}

export function decodeJobEvent (bytes: Uint8Array): JobEvent {
  if (bytes.length > MAX_JOB_EVENT_BYTES) throw new InvalidMessageError('JobEvent: too large')
  return fromWireJobEvent(decodeWire(pb.JobEvent, bytes, 'JobEvent'))
}

export function encodeJobResponse (r: JobResponse): Uint8Array {
  switch (r.kind) {
    case 'event': return encodeWire(pb.JobResponse, pb.JobResponse.create({ event: toWireJobEvent(r.event) }))
    case 'refusal': return encodeWire(pb.JobResponse, pb.JobResponse.create({ refusal: pb.JobRefusal.create(r.refusal) }))
    case 'lease': return encodeWire(pb.JobResponse, pb.JobResponse.create({ lease: toWireEnvelope(r.lease) }))
  }
}

export function decodeJobResponse (bytes: Uint8Array): JobResponse {
  const m = decodeWire(pb.JobResponse, bytes, 'JobResponse')
  if (m.response === 'event' && m.event != null) return { kind: 'event', event: fromWireJobEvent(m.event) }
  if (m.response === 'refusal' && m.refusal != null) {
    return { kind: 'refusal', refusal: { code: checkEnum<JobRefusalCode>(m.refusal.code, pb.JobRefusalCode, 'refusal.code'), detail: checkString(m.refusal.detail, 'refusal.detail', Limits.detailChars, false) } }
  }
  if (m.response === 'lease') return { kind: 'lease', lease: fromWireEnvelope(m.lease, 'lease') }
  throw new InvalidMessageError('JobResponse: neither event, refusal nor lease')
}
