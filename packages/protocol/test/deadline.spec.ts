/**
 * Deadline signals fire even when nothing but the timer holds them. The GC cases run
 * in a child `node --expose-gc` that collects every 20 ms while waiting.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { deadline, withDeadline } from '../src/deadline.js'

const run = promisify(execFile)
const dist = join(import.meta.dirname, '..', 'dist', 'deadline.js')

/** Run `body` (an ES module body with `deadline` etc. in scope) under constant GC; returns its stdout. */
async function underGc (body: string): Promise<string> {
  const src = `import { deadline, withDeadline } from ${JSON.stringify(dist)}
setInterval(() => globalThis.gc(), 20).unref()
// Deadline timers are unref'd; this keeps the process up until the body is done.
const keepAlive = setInterval(() => {}, 1_000)
${body}
clearInterval(keepAlive)`
  const { stdout } = await run(process.execPath, ['--expose-gc', '--input-type=module', '-e', src], { timeout: 10_000 })
  return stdout.trim()
}

describe('deadline', () => {
  it('fires under constant garbage collection when only the timer holds it', async () => {
    // Each waits on a signal it does not keep: only the timer (and the parent) can.
    const out = await underGc(`
const fired = await Promise.all([
  new Promise(resolve => { deadline(200).signal.addEventListener('abort', e => resolve(e.target.reason.name)) }),
  new Promise(resolve => { deadline(200, new AbortController().signal).signal.addEventListener('abort', e => resolve(e.target.reason.name)) }),
  withDeadline(200, [], signal => new Promise(resolve => { signal.addEventListener('abort', () => resolve(signal.reason.name)) }))
])
console.log(fired.join(','))`)
    expect(out).toBe('TimeoutError,TimeoutError,TimeoutError')
  })

  it('aborts with the reason of the first parent to abort', async () => {
    const parent = new AbortController()
    const d = deadline(60_000, undefined, parent.signal)
    const reason = new Error('caller gave up')
    parent.abort(reason)
    expect(d.signal.aborted).toBe(true)
    expect(d.signal.reason).toBe(reason)
  })

  it('starts aborted when a parent already is', () => {
    const d = deadline(60_000, AbortSignal.abort('gone'))
    expect(d.signal.aborted).toBe(true)
    expect(d.signal.reason).toBe('gone')
  })

  it('never fires once cleared, and lets go of its parents', async () => {
    const parent = new AbortController()
    const d = deadline(20, parent.signal)
    d.clear()
    await new Promise(resolve => setTimeout(resolve, 60))
    parent.abort()
    expect(d.signal.aborted).toBe(false)
  })

  it('withDeadline clears its timer when the work settles', async () => {
    let seen: AbortSignal | undefined
    await expect(withDeadline(20, [], async signal => { seen = signal; return 7 })).resolves.toBe(7)
    await new Promise(resolve => setTimeout(resolve, 60))
    expect(seen?.aborted).toBe(false)
  })
})
