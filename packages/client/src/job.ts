/**
 * A job handle: follows one client job across its attempts (a retry on another provider
 * is a new attempt), keeps every event in the local store, and fetches verified results.
 */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  PayloadType, decodeEnvelope, decodeJobEvent, decodeReceipt, encodeEnvelope, encodeJobEvent, encodeReceiptAcceptance,
  InvalidParametersError, MAX_RENEWED_DURATION_S, isPlainFileName, openEnvelope, receiptCeiling, receiptDigest, type JobEvent, type JobState, type Receipt, type SignedEnvelope
} from '@gpumesh/protocol'
import { ClientStore, type AttemptRecord, type ClientJobRecord, type ReceiptEntry } from './client-store.js'
import { JobFailedError, JobNotRunningError, ResultIntegrityError } from './errors.js'
import { openExecSession, type ExecOptions, type ExecSession, type ExecTarget } from './exec-session.js'
import { LocalPortForward, openForwardStream, type ForwardOptions, type PortForward } from './port-forward.js'
import { isProviderStop } from './failover.js'
import { CANCEL_TIMEOUT_MS, FORWARD_OPEN_TIMEOUT_MS, RECEIPT_COLLECT_TIMEOUT_MS, RENEW_TIMEOUT_MS } from './constants.js'
import type { JobUpdate } from './job-update.js'

export interface ResultFile {
  name: string
  /** Where it was written: outDir joined with its name. */
  path: string
  size: number
  sha256: string
}

export interface JobResult {
  state: JobState
  exitCode: number
  files: ResultFile[]
  receipt?: Receipt
}

/**
 * A client job, as `submit()` and `job(id)` hand it out: one job across its attempts (a
 * retry on another provider is a new attempt), every event kept in the local store.
 */
export interface Job {
  readonly id: string
  /** The stored record: state, order, and every attempt so far. */
  readonly record: ClientJobRecord
  readonly state: JobState
  /** The latest attempt, if any provider took the job. */
  readonly attempt: AttemptRecord | undefined
  /** True once the job is over: no more updates. */
  readonly isOver: boolean
  /** Every update so far, then live ones until the job is over. */
  events: (options?: { signal?: AbortSignal }) => AsyncGenerator<JobUpdate>
  /** Resolves once the job is over (succeeded, failed, cancelled, or lost with no retry left). */
  done: (options?: { signal?: AbortSignal }) => Promise<ClientJobRecord>
  /**
   * Wait for the end, then write every result file to `outDir`, checking each against
   * the sha256 the provider announced. Throws JobFailedError unless the job succeeded.
   */
  result: (options: { outDir: string, signal?: AbortSignal }) => Promise<JobResult>
  /** Ask the provider to stop the job; resolves once it has ended. */
  cancel: (options?: { signal?: AbortSignal }) => Promise<void>
  /** The provider's receipt of the final attempt, countersigned by us, if it has arrived. */
  receipt: () => Promise<Receipt | undefined>
  /**
   * Once the job is over, ask the providers of attempts with no receipt yet (lost, or
   * restarted) for it; each one that answers is verified, countersigned and stored.
   */
  collectReceipts: (options?: { signal?: AbortSignal }) => Promise<void>
  /** The receipt of every attempt that has one (a retried attempt's too: the time it used), by attempt. */
  attemptReceipts: () => Promise<Array<{ attempt: number, provider: string, receipt: Receipt, countersigned: boolean }>>
  /** Stored provider events of one attempt, in seq order. */
  storedEvents: (attempt: number) => AsyncGenerator<JobEvent>
  /**
   * Forward a local TCP port to `port` of the running job (one the spec declared): each
   * connection to it is carried to the job over its own stream. Probes first, so a
   * refusal (SessionRefusedError: not-owner, port-not-declared, connect-failed, …) is
   * thrown here; JobNotRunningError when no attempt is running.
   */
  forward: (port: number, options?: ForwardOptions) => Promise<PortForward>
  /** Run `command` inside the running job's sandbox (SessionRefusedError, JobNotRunningError). */
  exec: (command: string[], options?: ExecOptions) => Promise<ExecSession>
  /**
   * Lengthen a running service job's lease by `byS` seconds (or to `toS` in all); the
   * provider grants up to its maximum. Resolves with the lease's whole length and when
   * it now ends; JobRefusedError `renewal-refused` says why not (not a service, at the
   * provider's maximum), JobNotRunningError when no attempt is running.
   */
  renew: (options: RenewOptions) => Promise<{ maxDurationS: number, endsAtMs: number }>
}

export interface RenewOptions {
  /** Seconds more than the lease has now; default the length it was first leased for. */
  byS?: number
  /** The lease's new whole length in seconds (from when the job started running). */
  toS?: number
  signal?: AbortSignal
}

/** What a job handle needs from its runner: the store, and the way to cancel its current attempt. */
export interface JobHost {
  /** Our peer id: receipts must name it. */
  self: string
  store: ClientStore
  cancel: (job: JobHandle, signal: AbortSignal) => Promise<void>
  sign: (payloadType: string, payload: Uint8Array) => Promise<SignedEnvelope>
  countersign: (job: JobHandle, attempt: AttemptRecord, acceptance: SignedEnvelope) => Promise<boolean>
  collectReceipts: (job: JobHandle, signal: AbortSignal) => Promise<void>
  /** The libp2p host sessions (forward, exec) dial the provider with. */
  libp2p: ExecTarget['libp2p']
  /** Send a signed renewal for the attempt's lease; resolves with the provider's `renewed` event. */
  renew: (attempt: AttemptRecord, maxDurationS: number, signal: AbortSignal) => Promise<Extract<JobEvent, { type: 'renewed' }>>
}

/** The Job the runner drives: the public handle plus the steps only the runner takes. */
export class JobHandle implements Job {
  readonly id: string
  record: ClientJobRecord
  private readonly host: JobHost
  private readonly updates: JobUpdate[] = []
  private readonly waiters = new Set<() => void>()
  private finished = false
  private readonly verified = new Map<number, Receipt>()
  private collecting?: Promise<void>

  constructor (record: ClientJobRecord, host: JobHost) {
    this.id = record.id
    this.record = record
    this.host = host
  }

  get state (): JobState {
    return this.record.state
  }

  get attempt (): AttemptRecord | undefined {
    return this.record.attempts.at(-1)
  }

  async * events (options: { signal?: AbortSignal } = {}): AsyncGenerator<JobUpdate> {
    let i = 0
    for (;;) {
      while (i < this.updates.length) yield this.updates[i++] as JobUpdate
      if (this.finished || options.signal?.aborted === true) return
      await new Promise<void>(resolve => {
        const done = (): void => { this.waiters.delete(done); options.signal?.removeEventListener('abort', done); resolve() }
        this.waiters.add(done)
        options.signal?.addEventListener('abort', done, { once: true })
      })
    }
  }

  async done (options: { signal?: AbortSignal } = {}): Promise<ClientJobRecord> {
    for await (const _ of this.events(options)) { /* drained */ }
    options.signal?.throwIfAborted()
    return this.record
  }

  async result (options: { outDir: string, signal?: AbortSignal }): Promise<JobResult> {
    await this.done(options)
    const attempt = this.attempt
    if (this.state !== 'succeeded' || attempt === undefined) throw new JobFailedError(this.state, this.record.reason, this.record.exitCode)
    const announced = new Map<string, { size: number, sha256: Uint8Array }>()
    const chunks = new Map<string, Uint8Array[]>()
    for await (const e of this.storedEvents(attempt.attempt)) {
      if (e.type === 'result') announced.set(e.name, { size: e.size, sha256: e.sha256 })
      if (e.type === 'chunk') {
        const list = chunks.get(e.name) ?? []
        list.push(e.data)
        chunks.set(e.name, list)
      }
    }
    await mkdir(options.outDir, { recursive: true })
    const files: ResultFile[] = []
    for (const [name, meta] of announced) {
      // A provider picks the names: never let one escape outDir.
      if (!isPlainFileName(name)) throw new ResultIntegrityError(`result name ${JSON.stringify(name.slice(0, 64))} is not a plain file name`)
      const bytes = Buffer.concat(chunks.get(name) ?? [])
      const hash = createHash('sha256').update(bytes).digest()
      if (bytes.length !== meta.size || Buffer.compare(hash, Buffer.from(meta.sha256)) !== 0) {
        throw new ResultIntegrityError(`${name}: got ${bytes.length} bytes with sha256 ${hash.toString('hex')}, expected ${meta.size} bytes with ${Buffer.from(meta.sha256).toString('hex')}`)
      }
      const path = join(options.outDir, name)
      await writeFile(path, bytes)
      files.push({ name, path, size: bytes.length, sha256: hash.toString('hex') })
    }
    return { state: this.state, exitCode: this.record.exitCode, files, receipt: this.verified.get(attempt.attempt) }
  }

  async cancel (options: { signal?: AbortSignal } = {}): Promise<void> {
    if (this.finished) return
    await this.host.cancel(this, options.signal ?? AbortSignal.timeout(CANCEL_TIMEOUT_MS))
  }

  async receipt (): Promise<Receipt | undefined> {
    const attempt = this.attempt
    return attempt === undefined ? undefined : this.verified.get(attempt.attempt)
  }

  async collectReceipts (options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.done(options)
    // One collection at a time: a second caller waits for the one under way (whose
    // countersignatures may still be in flight) instead of racing it for the same events.
    this.collecting ??= this.host.collectReceipts(this, options.signal ?? AbortSignal.timeout(RECEIPT_COLLECT_TIMEOUT_MS))
      .finally(() => { this.collecting = undefined })
    await this.collecting
  }

  async attemptReceipts (): Promise<Array<{ attempt: number, provider: string, receipt: Receipt, countersigned: boolean }>> {
    const out = []
    for await (const entry of this.host.store.receipts.values({ gte: `${this.id}!`, lt: `${this.id}!~` })) {
      const receipt = decodeReceipt(decodeEnvelope(Buffer.from(entry.receipt, 'base64')).payload)
      out.push({ attempt: entry.attempt, provider: entry.provider, receipt, countersigned: entry.delivered })
    }
    return out.sort((a, b) => a.attempt - b.attempt)
  }

  async forward (port: number, options: ForwardOptions = {}): Promise<PortForward> {
    const target = { ...this.sessionTarget(), port }
    await openForwardStream(target, true, options.signal ?? AbortSignal.timeout(FORWARD_OPEN_TIMEOUT_MS))
    const forward = new LocalPortForward(target, options)
    await forward.listen()
    return forward
  }

  async exec (command: string[], options: ExecOptions = {}): Promise<ExecSession> {
    return await openExecSession(this.sessionTarget(), command, options)
  }

  async renew (options: RenewOptions): Promise<{ maxDurationS: number, endsAtMs: number }> {
    this.sessionTarget()
    const attempt = this.attempt as AttemptRecord
    const current = attempt.leaseDurationS ?? this.record.order.maxDurationS
    const toS = options.toS ?? current + (options.byS ?? this.record.order.maxDurationS)
    if (!Number.isInteger(toS) || toS <= 0 || toS > MAX_RENEWED_DURATION_S) throw new InvalidParametersError(`renew: ${toS} s is not a whole number of seconds in 1..${MAX_RENEWED_DURATION_S}`)
    const event = await this.host.renew(attempt, toS, options.signal ?? AbortSignal.timeout(RENEW_TIMEOUT_MS))
    // The event itself reaches the store through the job's own stream, in seq order;
    // taking it here would skip the events before it.
    attempt.leaseDurationS = Math.max(attempt.leaseDurationS ?? 0, event.maxDurationS)
    await this.save()
    return { maxDurationS: event.maxDurationS, endsAtMs: event.endsAtMs }
  }

  /** Where the current attempt runs; its provider says whether it is running. */
  private sessionTarget (): ExecTarget {
    const attempt = this.attempt
    if (attempt === undefined || attempt.providerJobId === '') throw new JobNotRunningError(`job ${this.id} has not been taken by a provider`)
    if (this.finished) throw new JobNotRunningError(`job ${this.id} is over (${this.state})`)
    return { libp2p: this.host.libp2p, provider: attempt.provider, providerJobId: attempt.providerJobId }
  }

  async * storedEvents (attempt: number): AsyncGenerator<JobEvent> {
    const prefix = ClientStore.attemptPrefix(this.id, attempt)
    for await (const bytes of this.host.store.events.values({ gte: prefix, lt: `${prefix}~` })) yield decodeJobEvent(bytes)
  }

  /**
   * @internal A verified run's verdict on this replica (deferCountersign): countersign
   * every receipt it holds, or, with `pay` false, every one but the final attempt's,
   * which is marked disputed and left uncountersigned. Returns the final attempt's entry.
   */
  async settle (pay: boolean, options: { signal?: AbortSignal } = {}): Promise<ReceiptEntry | undefined> {
    const final = this.attempt?.attempt
    let out: ReceiptEntry | undefined
    for await (const [key, entry] of this.host.store.receipts.iterator({ gte: `${this.id}!`, lt: `${this.id}!~` })) {
      options.signal?.throwIfAborted()
      const attempt = this.record.attempts.find(a => a.attempt === entry.attempt)
      if (attempt === undefined || entry.acceptance !== '' || entry.disputed === true) {
        if (entry.attempt === final) out = entry
        continue
      }
      let next: ReceiptEntry
      if (!pay && entry.attempt === final) {
        next = { ...entry, disputed: true }
      } else {
        const envelope = decodeEnvelope(Buffer.from(entry.receipt, 'base64'))
        const acceptance = await this.host.sign(PayloadType.receiptAcceptance, encodeReceiptAcceptance({ jobId: attempt.providerJobId, receiptDigest: receiptDigest(envelope.payload) }))
        const delivered = await this.host.countersign(this, attempt, acceptance).catch(() => false)
        next = { ...entry, acceptance: Buffer.from(encodeEnvelope(acceptance)).toString('base64'), delivered }
      }
      await this.host.store.receipts.put(key, next)
      if (entry.attempt === final) out = next
    }
    return out
  }

  // ---- driven by the client ----

  /** @internal */
  emit (update: JobUpdate): void {
    this.updates.push(update)
    for (const w of [...this.waiters]) w()
  }

  /** @internal Mark over: no more updates. */
  end (): void {
    this.finished = true
    for (const w of [...this.waiters]) w()
  }

  get isOver (): boolean {
    return this.finished
  }

  /** @internal End the job `failed` or `lost` on the client's side (no provider will run it). */
  async fail (state: 'failed' | 'lost', reason: string): Promise<void> {
    await this.setState(state, reason, -1)
    this.emit({ type: 'state', attempt: Math.max(1, this.record.attempts.length), state, reason, exitCode: -1 })
    this.end()
  }

  /** @internal */
  async save (): Promise<void> {
    await this.host.store.jobs.put(this.id, this.record)
  }

  /** @internal */
  async setState (state: JobState, reason = '', exitCode = 0): Promise<void> {
    this.applyState(state, reason, exitCode)
    await this.save()
  }

  private applyState (state: JobState, reason: string, exitCode: number): void {
    this.record.state = state
    this.record.reason = reason
    this.record.exitCode = exitCode
  }

  /**
   * @internal Store a provider event, then surface it as an update. Duplicates are
   * dropped. An event of an earlier attempt (its receipt, fetched late) changes only
   * that attempt, never the job's state.
   */
  async accept (attempt: AttemptRecord, event: JobEvent): Promise<void> {
    const current = attempt === this.attempt
    if (event.seq <= attempt.lastSeq) return
    attempt.lastSeq = event.seq
    if (attempt.providerJobId === '') attempt.providerJobId = event.jobId
    if (event.type === 'state') {
      attempt.state = event.state
      attempt.reason = event.reason
      // The provider stopped the job for its own reasons (restart, shutdown): the job is
      // not over, it is lost to this provider and may be retried.
      if (current) this.applyState(isProviderStop(event.state, event.reason) ? 'lost' : event.state, event.reason, event.exitCode)
    }
    if (event.type === 'renewed') attempt.leaseDurationS = event.maxDurationS
    // The event and the record that counts it go to disk in one write, before anyone sees them.
    const { store } = this.host
    await store.db.batch()
      .put(ClientStore.eventKey(this.id, attempt.attempt, event.seq), encodeJobEvent(event), { sublevel: store.events, valueEncoding: 'view' })
      .put(this.id, this.record, { sublevel: store.jobs, valueEncoding: 'json' })
      .write()
    await this.surface(attempt, event, true)
  }

  /** @internal Replay stored events after a client restart (no countersigning again). */
  async replayStored (): Promise<void> {
    for (const attempt of this.record.attempts) {
      for await (const e of this.storedEvents(attempt.attempt)) await this.surface(attempt, e, false)
    }
  }

  private async surface (attempt: AttemptRecord, event: JobEvent, live: boolean): Promise<void> {
    const n = attempt.attempt
    switch (event.type) {
      case 'state':
        // Live, accept() applied it already; a replay only re-emits (the stored record holds the newest state).
        attempt.state = event.state
        attempt.reason = event.reason
        this.emit({ type: 'state', attempt: n, state: event.state, reason: event.reason, exitCode: event.exitCode })
        break
      case 'log': this.emit({ type: 'log', attempt: n, seq: event.seq, atMs: event.atMs, stream: event.stream, line: event.line }); break
      case 'usage': this.emit({ type: 'usage', attempt: n, wallMs: event.wallMs, gpuMs: event.gpuMs }); break
      case 'preparing': this.emit({ type: 'preparing', attempt: n, name: event.name, bytesDone: event.bytesDone, bytesTotal: event.bytesTotal, cached: event.cached }); break
      case 'result': this.emit({ type: 'result', attempt: n, name: event.name, size: event.size, sha256: Buffer.from(event.sha256).toString('hex') }); break
      case 'renewed': this.emit({ type: 'renewed', attempt: n, maxDurationS: event.maxDurationS, endsAtMs: event.endsAtMs }); break
      case 'receipt': await this.onReceipt(attempt, event.receipt, live); break
      default: break
    }
  }

  /** Verify the provider's receipt, countersign it, and keep both. */
  private async onReceipt (attempt: AttemptRecord, envelope: SignedEnvelope, live: boolean): Promise<void> {
    let receipt: Receipt
    try {
      receipt = (await openEnvelope(envelope, PayloadType.receipt, decodeReceipt, { expectedSigner: attempt.provider })).message
    } catch {
      this.emit({ type: 'log', attempt: attempt.attempt, seq: 0, atMs: Date.now(), stream: 'system', line: 'provider sent a receipt that does not verify; not countersigned' })
      return
    }
    const price = BigInt(attempt.pricePerGpuHour)
    const maxCost = receiptCeiling(receipt, price)
    if (receipt.jobId !== attempt.providerJobId || receipt.client !== this.host.self || receipt.provider !== attempt.provider) {
      this.emit({ type: 'log', attempt: attempt.attempt, seq: 0, atMs: Date.now(), stream: 'system', line: 'receipt is for another job or client; not countersigned' })
      return
    }
    if (receipt.cost > maxCost || receipt.pricePerGpuHour !== price) {
      this.emit({ type: 'log', attempt: attempt.attempt, seq: 0, atMs: Date.now(), stream: 'system', line: `receipt overcharges (${receipt.cost} > ${maxCost}); not countersigned` })
      return
    }
    this.verified.set(attempt.attempt, receipt)
    let countersigned = false
    const key = `${this.id}!${attempt.attempt}`
    const existing = await this.host.store.receipts.get(key)
    if (existing !== undefined) {
      countersigned = existing.delivered
    } else if (live && this.record.deferCountersign === true) {
      // A verified run's replica: kept, and countersigned by settle() once the verdict is in.
      await this.host.store.receipts.put(key, { jobId: this.id, attempt: attempt.attempt, provider: attempt.provider, receipt: Buffer.from(encodeEnvelope(envelope)).toString('base64'), acceptance: '', delivered: false })
    } else if (live) {
      const digest = receiptDigest(envelope.payload)
      const acceptance = await this.host.sign(PayloadType.receiptAcceptance, encodeReceiptAcceptance({ jobId: receipt.jobId, receiptDigest: digest }))
      countersigned = await this.host.countersign(this, attempt, acceptance).catch(() => false)
      await this.host.store.receipts.put(key, {
        jobId: this.id,
        attempt: attempt.attempt,
        provider: attempt.provider,
        receipt: Buffer.from(encodeEnvelope(envelope)).toString('base64'),
        acceptance: Buffer.from(encodeEnvelope(acceptance)).toString('base64'),
        delivered: countersigned
      })
    }
    this.emit({ type: 'receipt', attempt: attempt.attempt, receipt, countersigned })
  }
}
