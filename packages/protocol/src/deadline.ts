/**
 * Deadline signals that fire. On Node 20, `AbortSignal.any` over an `AbortSignal.timeout(ms)`
 * holds its sources weakly, and a timeout signal nobody listens to directly can be
 * garbage-collected before it fires: the combined signal then never aborts (Node
 * issue 57736). A `Deadline` keeps its own timer and controller, so the pending timer
 * holds the signal for as long as it can still fire.
 */
import { TimeoutError } from './errors.js'

export interface Deadline {
  /** Aborts with a TimeoutError at the deadline, or with the reason of the first parent that aborts. */
  readonly signal: AbortSignal
  /** Stop the timer and let go of the parents; call it once the guarded work is done. */
  clear: () => void
}

/** setTimeout's longest delay; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1

function combine (ms: number, parents: Array<AbortSignal | undefined>): Deadline {
  const controller = new AbortController()
  const live = parents.filter((p): p is AbortSignal => p !== undefined)
  // eslint-disable-next-line prefer-const -- clear() can run before the timer is set (the early return below); a const would still be in its TDZ then
  let timer: ReturnType<typeof setTimeout> | undefined
  const clear = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    for (const p of live) p.removeEventListener('abort', onParentAbort)
  }
  const abort = (reason: unknown): void => { clear(); controller.abort(reason) }
  const onParentAbort = (evt: Event): void => { abort((evt.target as AbortSignal).reason) }
  const already = live.find(p => p.aborted)
  if (already !== undefined) {
    controller.abort(already.reason)
    return { signal: controller.signal, clear }
  }
  for (const p of live) p.addEventListener('abort', onParentAbort, { once: true })
  timer = setTimeout(() => { abort(new TimeoutError(`Deadline of ${ms} ms passed`)) }, Math.min(Math.max(ms, 0), MAX_TIMER_MS))
  // A pending deadline alone must not keep a process alive.
  timer.unref()
  return { signal: controller.signal, clear }
}

/**
 * A signal that aborts after `ms`, or as soon as any of `parents` aborts. `clear()` it
 * (or use `withDeadline`) when the work is done, so a long-lived parent does not
 * collect listeners.
 */
export function deadline (ms: number, ...parents: Array<AbortSignal | undefined>): Deadline {
  return combine(ms, parents)
}

/** Run `fn` with a deadline signal of `ms` (and `parents`), cleared when `fn` settles. */
export async function withDeadline<T> (ms: number, parents: Array<AbortSignal | undefined>, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const d = combine(ms, parents)
  try {
    return await fn(d.signal)
  } finally {
    d.clear()
  }
}
