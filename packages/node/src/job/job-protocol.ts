/**
 * The protocol layer of the job service: `/gpumesh/job/1.0.0` streams. One request per
 * stream, read within its size limit, the read budgets and a deadline; Submit (then
 * follow the new job), Attach (replay from a seq, then follow), Cancel (then follow to
 * the end), Countersign (then close), Renew (the `renewed` event, then close). Admission decides; this layer only speaks the wire:
 * every refusal goes back as a typed JobRefusal before the stream closes.
 */
import type { ComponentLogger, Connection, Logger, Stream } from '@libp2p/interface'
import {
  FramedStream, GpumeshError, JOB_PROTOCOL, JobRefusalCode, MAX_JOB_REQUEST_BYTES, ReadBudget, decodeJobRequest,
  StreamClosedError, encodeJobResponse, withDeadline, type JobRequest, type JobResponse
} from '@gpumesh/protocol'
import type { GpumeshLibp2p } from '@gpumesh/peer'
import { EVENT_WRITE_TIMEOUT_MS, JOB_READ_BUDGET_PER_CONNECTION, JOB_READ_BUDGET_PER_NODE, MAX_INBOUND_JOB_STREAMS, REQUEST_READ_TIMEOUT_MS } from '../constants.js'
import type { Startable } from '../startable.js'
import type { JobAdmission } from './job-admission.js'
import type { JobEventLog } from './job-event-log.js'
import type { JobNotifier } from './job-service-events.js'
import { Refusal } from './reasons.js'

export interface JobProtocolComponents {
  libp2p: GpumeshLibp2p
  admission: Pick<JobAdmission, 'submit' | 'owned' | 'cancel' | 'countersign' | 'renew'>
  events: Pick<JobEventLog, 'follow'>
  notify: JobNotifier
  logger: ComponentLogger
}

/** Longest refusal detail sent; the rest of a long message is cut. */
const MAX_REFUSAL_DETAIL_CHARS = 1000

export class JobProtocol implements Startable {
  private readonly log: Logger
  /** Bytes of partly received requests, per connection and in all (see the constants). */
  private readonly readBudget = new ReadBudget(JOB_READ_BUDGET_PER_NODE)
  private readonly connectionBudgets = new WeakMap<Connection, ReadBudget>()

  constructor (private readonly components: JobProtocolComponents) {
    this.log = components.logger.forComponent('gpumesh:job-protocol')
  }

  async start (): Promise<void> {
    await this.components.libp2p.handle(JOB_PROTOCOL, (stream, connection) => { void this.handleStream(stream, connection) }, {
      // NAT: a job may run over a relay when no direct connection could be made; the
      // client decides (it waits for DCUtR first) and the relay's limits bound it.
      runOnLimitedConnection: true,
      maxInboundStreams: MAX_INBOUND_JOB_STREAMS
    })
  }

  async stop (): Promise<void> {
    await this.components.libp2p.unhandle(JOB_PROTOCOL)
  }

  private async handleStream (stream: Stream, connection: Connection): Promise<void> {
    let budget = this.connectionBudgets.get(connection)
    if (budget === undefined) {
      budget = new ReadBudget(JOB_READ_BUDGET_PER_CONNECTION, this.readBudget)
      this.connectionBudgets.set(connection, budget)
    }
    const framed = new FramedStream(stream, { maxMessageBytes: MAX_JOB_REQUEST_BYTES, budget })
    const client = connection.remotePeer.toString()
    const ac = new AbortController()
    const onClose = (): void => { ac.abort() }
    stream.addEventListener('close', onClose)
    try {
      // A frame that breaks a limit or the deadline resets the stream (FramedStream does);
      // a whole frame that does not decode is answered below.
      const frame = await framed.read(bytes => bytes, { signal: AbortSignal.timeout(REQUEST_READ_TIMEOUT_MS) })
      const request = this.decode(frame)
      const follow = await this.dispatch(request, client, framed)
      if (follow !== undefined) {
        for await (const event of this.components.events.follow(follow.jobId, follow.fromSeq, ac.signal)) {
          await withDeadline(EVENT_WRITE_TIMEOUT_MS, [ac.signal], async signal => { await framed.write(encodeJobResponse({ kind: 'event', event }), { signal }) })
        }
      }
      await framed.close()
    } catch (err) {
      if (err instanceof Refusal) {
        await this.refuse(framed, err)
        return
      }
      if (err instanceof GpumeshError) this.rejected(err)
      this.log('job stream from %s ended - %e', client, err)
      stream.abort(err instanceof Error ? err : new StreamClosedError('job stream failed'))
    } finally {
      stream.removeEventListener('close', onClose)
    }
  }

  /** The request in `frame`; one that does not decode becomes an INVALID_REQUEST refusal. */
  private decode (frame: Uint8Array): JobRequest {
    try {
      return decodeJobRequest(frame)
    } catch (err) {
      // Counted under the decoder's error code, as a malformed message, not as a refusal.
      this.rejected(err)
      const why = err instanceof GpumeshError ? `: ${err.message}` : ''
      throw new Refusal(JobRefusalCode.JOB_REFUSAL_CODE_INVALID_REQUEST, `malformed JobRequest${why}`, { cause: err })
    }
  }

  /** Act on the request; resolves with the job and seq to follow from, or undefined when there is nothing to follow. */
  private async dispatch (request: JobRequest, client: string, framed: FramedStream): Promise<{ jobId: string, fromSeq: number } | undefined> {
    const { admission } = this.components
    switch (request.kind) {
      case 'submit': {
        const jobId = await admission.submit(request, client, async lease => { await framed.write(encodeJobResponse({ kind: 'lease', lease })) })
        return { jobId, fromSeq: 1 }
      }
      case 'attach': return { jobId: (await admission.owned(request.jobId, client)).jobId, fromSeq: request.fromSeq }
      case 'cancel': {
        const job = await admission.cancel(request.jobId, client)
        return { jobId: job.jobId, fromSeq: job.lastSeq + 1 }
      }
      case 'countersign':
        await admission.countersign(request.jobId, request.acceptance, client)
        return undefined
      case 'renew': {
        // Answered with the `renewed` event alone; followers of the job see it too.
        const event = await admission.renew(request.jobId, request.renewal, client)
        await framed.write(encodeJobResponse({ kind: 'event', event }))
        return undefined
      }
    }
  }

  private async refuse (framed: FramedStream, err: Refusal): Promise<void> {
    const refusal: JobResponse = { kind: 'refusal', refusal: { code: err.refusalCode, detail: err.message.slice(0, MAX_REFUSAL_DETAIL_CHARS) } }
    // A request that did not decode was counted as rejected already.
    if (err.refusalCode !== JobRefusalCode.JOB_REFUSAL_CODE_INVALID_REQUEST) this.components.notify.safeDispatchEvent('job:refused', { detail: { code: err.refusalCode } })
    await framed.write(encodeJobResponse(refusal)).then(async () => { await framed.close() }).catch(() => {})
  }

  private rejected (error: unknown): void {
    this.components.notify.safeDispatchEvent('message:rejected', { detail: { protocol: JOB_PROTOCOL, error } })
  }
}
