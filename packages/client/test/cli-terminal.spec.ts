import { describe, expect, it } from 'vitest'
import { resolveJobId } from '../src/cli/job-ids.js'
import { Style, StatusLine, plainText, table, visibleLength } from '../src/cli/terminal.js'

describe('Style', () => {
  it('colours only a terminal, and never with NO_COLOR', () => {
    expect(new Style(true, {}).enabled).toBe(true)
    expect(new Style(false, {}).enabled).toBe(false)
    expect(new Style(true, { NO_COLOR: '1' }).enabled).toBe(false)
    expect(new Style(true, { TERM: 'dumb' }).enabled).toBe(false)
    expect(new Style(false, { FORCE_COLOR: '1' }).enabled).toBe(true)
    expect(new Style(true, { FORCE_COLOR: '0' }).enabled).toBe(false)
    expect(new Style(false, { FORCE_COLOR: '1', NO_COLOR: '1' }).enabled).toBe(false)
    expect(new Style(false, {}).state('failed')).toBe('failed')
    expect(new Style(true, {}).state('failed')).toBe('\u001b[31mfailed\u001b[0m')
  })
})

describe('table', () => {
  it('aligns columns by what is shown, escape codes taking no room', () => {
    const style = new Style(true, {})
    const out = table([{ header: 'NAME' }, { header: 'COST', right: true }, { header: 'NOTE' }], [
      [style.state('succeeded'), '1.5', 'x'],
      ['lost', '12', 'longer note']
    ], style).split('\n').map(plainText)
    expect(out).toEqual([
      'NAME       COST  NOTE',
      'succeeded   1.5  x',
      'lost         12  longer note'
    ])
    expect(visibleLength(style.bold('abc'))).toBe(3)
  })
})

describe('StatusLine', () => {
  it('writes nothing off a terminal, and rewrites one line on it', () => {
    const off: string[] = []
    const quiet = new StatusLine(s => { off.push(s) }, false)
    quiet.set('collecting bids')
    quiet.print('bid  …abc')
    quiet.clear()
    expect(off).toEqual(['bid  …abc\n'])
    const on: string[] = []
    const live = new StatusLine(s => { on.push(s) }, true)
    live.set('running')
    live.print('state running')
    live.clear()
    expect(on[0]?.startsWith('\r\u001b[K')).toBe(true)
    expect(plainText(on[0] ?? '')).toMatch(/^\r. running 0 s$/)
    expect(on).toContain('state running\n')
    expect(on.at(-1)).toBe('\r\u001b[K')
  })
})

describe('resolveJobId', () => {
  const ids = ['21626446-4f3a-42cb-9333-ac94ec2d9437', '2162ffff-0000-4000-8000-000000000000', 'a6117979-a291-4c18-baa8-f7257793b582']
  it('takes a whole id or a unique prefix, in any case', () => {
    expect(resolveJobId(ids, ids[2]!)).toBe(ids[2])
    expect(resolveJobId(ids, 'A611')).toBe(ids[2])
    expect(resolveJobId(ids, '216264')).toBe(ids[0])
  })
  it('refuses an ambiguous prefix and an unknown id with typed errors', () => {
    expect(() => resolveJobId(ids, '2162')).toThrow(expect.objectContaining({ name: 'UsageError', message: expect.stringMatching(/ambiguous/) }))
    expect(() => resolveJobId(ids, 'ffff')).toThrow(expect.objectContaining({ name: 'JobNotFoundError' }))
    expect(() => resolveJobId(ids, '  ')).toThrow(expect.objectContaining({ name: 'UsageError' }))
  })
})
