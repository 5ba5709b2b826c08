/**
 * Log lines: splitting bytes into lines across chunk edges (UTF-8 safe, CRLF, over-long
 * lines in pieces) and the byte budget and rate limit, with an injected clock.
 */
import { describe, expect, it } from 'vitest'
import { Limits, type LogStreamName } from '@gpumesh/protocol'
import { LineSplitter, LogBudget } from '../src/runtime/log-lines.js'

type Line = [LogStreamName, string]

function collector (limits: Partial<{ maxLogBytes: number, maxLogLinesPerSecond: number }> = {}, now?: () => number): { lines: Line[], budget: LogBudget } {
  const lines: Line[] = []
  const budget = new LogBudget({ maxLogBytes: 1e9, maxLogLinesPerSecond: 1e9, ...limits }, (stream, line) => { lines.push([stream, line]) }, now)
  return { lines, budget }
}

function split (chunks: Array<Buffer | string>): string[] {
  const { lines, budget } = collector()
  const s = new LineSplitter('stdout', budget)
  for (const c of chunks) s.write(typeof c === 'string' ? Buffer.from(c) : c)
  s.end()
  expect(lines.every(([stream]) => stream === 'stdout')).toBe(true)
  return lines.map(([, l]) => l)
}

describe('LineSplitter', () => {
  it('splits lines across chunk boundaries', () => {
    expect(split(['hel', 'lo\nwor', 'ld\n', '\nlast'])).toEqual(['hello', 'world', '', 'last'])
  })

  it('emits nothing for no output, and no extra empty line after a final newline', () => {
    expect(split([])).toEqual([])
    expect(split(['a\n'])).toEqual(['a'])
  })

  it('keeps a multi-byte UTF-8 character split across chunks whole', () => {
    const bytes = Buffer.from('héllo €uro 😀!\n')
    // Cut inside every multi-byte character: é (2 bytes), € (3), 😀 (4).
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(split([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at ${cut}`).toEqual(['héllo €uro 😀!'])
    }
    // One byte at a time.
    expect(split([...bytes].map(b => Buffer.from([b])))).toEqual(['héllo €uro 😀!'])
  })

  it('strips the CR of CRLF, also when CR and LF arrive in different chunks', () => {
    expect(split(['one\r\ntwo\r', '\nthree\r\n'])).toEqual(['one', 'two', 'three'])
    // A CR inside a line is content.
    expect(split(['a\rb\n'])).toEqual(['a\rb'])
  })

  it('cuts a very long line into pieces of at most 16 KiB, without buffering it all', () => {
    const { lines, budget } = collector()
    const s = new LineSplitter('stderr', budget)
    const long = 'x'.repeat(Limits.logLineChars * 2 + 100)
    // Streamed in 1000-char chunks: pieces go out before the line ends.
    for (let i = 0; i < long.length; i += 1000) s.write(Buffer.from(long.slice(i, i + 1000)))
    expect(lines.length).toBe(2)
    s.write(Buffer.from('\nshort\n'))
    s.end()
    expect(Limits.logLineChars).toBe(16 * 1024)
    expect(lines.map(([stream, l]) => [stream, l.length])).toEqual([['stderr', 16384], ['stderr', 16384], ['stderr', 100], ['stderr', 5]])
    expect(lines.slice(0, 3).map(([, l]) => l).join('')).toBe(long)
  })

  it('cuts a long line given in one chunk too', () => {
    const pieces = split(['y'.repeat(Limits.logLineChars * 3) + '\n'])
    expect(pieces.map(p => p.length)).toEqual([16384, 16384, 16384])
  })

  it('never splits a surrogate pair when cutting a long line', () => {
    // 16383 ASCII chars, then an emoji whose two UTF-16 units straddle the 16 KiB cut.
    const line = 'a'.repeat(Limits.logLineChars - 1) + '😀' + 'b'
    const pieces = split([line + '\n'])
    expect(pieces.join('')).toBe(line)
    expect(pieces.map(p => p.length)).toEqual([16383, 3])
    // The same when streamed, with no newline yet.
    const { lines, budget } = collector()
    new LineSplitter('stdout', budget).write(Buffer.from(line + 'c'.repeat(Limits.logLineChars)))
    expect(lines[0]?.[1]).toBe('a'.repeat(Limits.logLineChars - 1))
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(Limits.logLineChars)
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(p), 'piece has a lone surrogate').toBe(false)
    }
  })
})

describe('LogBudget', () => {
  it('cuts at maxLogBytes (counting a newline per line) with one system line, then discards', () => {
    const { lines, budget } = collector({ maxLogBytes: 20 })
    budget.line('stdout', '123456789') // 10 bytes
    budget.line('stderr', '12345678') // 19
    expect(budget.truncated).toBe(false)
    budget.line('stdout', '12') // 22 > 20: cut
    budget.line('stdout', 'more')
    budget.line('stderr', 'more')
    expect(budget.truncated).toBe(true)
    expect(lines).toEqual([
      ['stdout', '123456789'],
      ['stderr', '12345678'],
      ['system', "output cut at 20 bytes; the rest of the job's output is discarded"]
    ])
  })

  it('counts bytes, not characters', () => {
    const { lines, budget } = collector({ maxLogBytes: 10 })
    budget.line('stdout', '€€€') // 9 bytes + newline = 10
    budget.line('stdout', 'x')
    expect(lines.map(([s]) => s)).toEqual(['stdout', 'system'])
  })

  it('drops lines past the rate within a second and reports the count', () => {
    let t = 5_000
    const { lines, budget } = collector({ maxLogLinesPerSecond: 3 }, () => t)
    for (let i = 1; i <= 10; i++) budget.line('stdout', `a${i}`)
    expect(lines.map(([, l]) => l)).toEqual(['a1', 'a2', 'a3'])
    t += 999
    budget.line('stdout', 'still-same-second')
    expect(lines).toHaveLength(3)
    t += 1
    budget.line('stdout', 'b1')
    expect(lines.slice(3)).toEqual([
      ['system', '8 log line(s) dropped: more than 3 lines per second'],
      ['stdout', 'b1']
    ])
  })

  it('flushDropped reports what is pending once and nothing when nothing was dropped', () => {
    const t = 0
    const { lines, budget } = collector({ maxLogLinesPerSecond: 1 }, () => t)
    budget.flushDropped()
    expect(lines).toEqual([])
    budget.line('stdout', 'a')
    budget.line('stdout', 'b')
    budget.line('stderr', 'c')
    budget.flushDropped()
    budget.flushDropped()
    expect(lines).toEqual([['stdout', 'a'], ['system', '2 log line(s) dropped: more than 1 lines per second']])
  })

  it('reports dropped lines before the byte cut note', () => {
    const t = 0
    const { lines, budget } = collector({ maxLogLinesPerSecond: 1, maxLogBytes: 8 }, () => t)
    budget.line('stdout', 'a') // 2
    budget.line('stdout', 'b') // 4, dropped by rate
    budget.line('stdout', 'cccccc') // 11 > 8: cut
    expect(lines.map(([s, l]) => s === 'system' ? l.split(':')[0] : l)).toEqual(['a', '1 log line(s) dropped', 'output cut at 8 bytes; the rest of the job\'s output is discarded'])
  })
})
