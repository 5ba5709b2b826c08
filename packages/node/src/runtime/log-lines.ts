/**
 * Turns a workload's stdout/stderr bytes into bounded log lines: splits on newlines,
 * cuts over-long lines, stops forwarding past a byte budget and drops lines past a
 * rate, saying so once in a 'system' line. Shared by every runtime.
 */
import { StringDecoder } from 'node:string_decoder'
import { Limits, type LogStreamName } from '@gpumesh/protocol'

export interface LogLimits {
  maxLogBytes: number
  maxLogLinesPerSecond: number
}

export type LogSink = (stream: LogStreamName, line: string) => void

/** One budget for all of a job's streams. */
export class LogBudget {
  private bytes = 0
  private cut = false
  private windowStart = 0
  private windowLines = 0
  private dropped = 0
  private readonly limits: LogLimits
  private readonly sink: LogSink
  private readonly now: () => number

  constructor (limits: LogLimits, sink: LogSink, now: () => number = Date.now) {
    this.limits = limits
    this.sink = sink
    this.now = now
  }

  /** True once output passed maxLogBytes. */
  get truncated (): boolean {
    return this.cut
  }

  line (stream: LogStreamName, line: string): void {
    if (this.cut) return
    this.bytes += Buffer.byteLength(line) + 1
    if (this.bytes > this.limits.maxLogBytes) {
      this.cut = true
      this.flushDropped()
      this.sink('system', `output cut at ${this.limits.maxLogBytes} bytes; the rest of the job's output is discarded`)
      return
    }
    const t = this.now()
    if (t - this.windowStart >= 1000) {
      this.flushDropped()
      this.windowStart = t
      this.windowLines = 0
    }
    if (++this.windowLines > this.limits.maxLogLinesPerSecond) {
      this.dropped++
      return
    }
    this.sink(stream, line)
  }

  /** Report lines dropped by the rate limit so far. */
  flushDropped (): void {
    if (this.dropped === 0) return
    this.sink('system', `${this.dropped} log line(s) dropped: more than ${this.limits.maxLogLinesPerSecond} lines per second`)
    this.dropped = 0
  }
}

/** Splits one stream's bytes into lines (UTF-8 safe across chunk edges). */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8')
  private partial = ''
  private readonly stream: LogStreamName
  private readonly budget: LogBudget

  constructor (stream: LogStreamName, budget: LogBudget) {
    this.stream = stream
    this.budget = budget
  }

  write (chunk: Buffer): void {
    this.feed(this.decoder.write(chunk))
  }

  end (): void {
    this.feed(this.decoder.end())
    if (this.partial !== '') this.emit(this.partial)
    this.partial = ''
  }

  private feed (text: string): void {
    let rest = this.partial + text
    let nl = rest.indexOf('\n')
    while (nl !== -1) {
      this.emit(rest.slice(0, nl).replace(/\r$/, ''))
      rest = rest.slice(nl + 1)
      nl = rest.indexOf('\n')
    }
    // A line longer than the wire allows is sent in pieces rather than buffered forever.
    while (rest.length > Limits.logLineChars) {
      const cut = pieceEnd(rest, 0)
      this.emit(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    this.partial = rest
  }

  private emit (line: string): void {
    if (line.length === 0) {
      this.budget.line(this.stream, line)
      return
    }
    for (let i = 0; i < line.length;) {
      const end = pieceEnd(line, i)
      this.budget.line(this.stream, line.slice(i, end))
      i = end
    }
  }
}

/**
 * Where the piece of `text` starting at `start` ends: at most Limits.logLineChars
 * UTF-16 units on, but never between the two halves of a surrogate pair (a lone half
 * is not valid text and would reach the client as U+FFFD).
 */
function pieceEnd (text: string, start: number): number {
  const end = start + Limits.logLineChars
  if (end >= text.length) return text.length
  const last = text.charCodeAt(end - 1)
  return last >= 0xd800 && last <= 0xdbff ? end - 1 : end
}
