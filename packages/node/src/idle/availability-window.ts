/**
 * Availability windows: when an owner lets the marketplace use their GPUs, in local
 * time, e.g. "Mon-Fri 19:00-07:00" (overnight ranges run into the next day) or
 * "Sat-Sun 00:00-24:00".
 */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

export interface AvailabilityWindow {
  /** Days (0 = Sunday) on which the window opens. */
  days: Set<number>
  /** Minutes after midnight. */
  start: number
  end: number
}

function day (s: string): number {
  const i = DAYS.indexOf(s.slice(0, 3).toLowerCase())
  if (i === -1) throw new RangeError(`"${s}" is not a day (Mon … Sun)`)
  return i
}

function minutes (s: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s)
  if (m === null) throw new RangeError(`"${s}" is not a time (HH:MM)`)
  const h = Number(m[1])
  const min = Number(m[2])
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) throw new RangeError(`"${s}" is not a time of day`)
  return h * 60 + min
}

/** Parse "Mon-Fri 19:00-07:00", "Sat 10:00-18:00" or "Daily 00:00-24:00". */
export function parseAvailabilityWindow (text: string): AvailabilityWindow {
  const m = /^\s*([A-Za-z]+)(?:-([A-Za-z]+))?\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})\s*$/.exec(text)
  if (m === null) throw new RangeError(`"${text}" is not a window like "Mon-Fri 19:00-07:00"`)
  const days = new Set<number>()
  if ((m[1] as string).toLowerCase() === 'daily') {
    for (let d = 0; d < 7; d++) days.add(d)
  } else {
    const from = day(m[1] as string)
    const to = m[2] === undefined ? from : day(m[2])
    for (let d = from; ; d = (d + 1) % 7) { days.add(d); if (d === to) break }
  }
  const start = minutes(m[3] as string)
  const end = minutes(m[4] as string)
  if (start === end) throw new RangeError(`"${text}" is an empty window`)
  return { days, start, end }
}

/** Whether `date` (local time) falls inside any window; no windows means always. */
export function isWithinWindows (windows: readonly AvailabilityWindow[], date: Date): boolean {
  if (windows.length === 0) return true
  const today = date.getDay()
  const yesterday = (today + 6) % 7
  const now = date.getHours() * 60 + date.getMinutes()
  return windows.some(w => {
    if (w.start < w.end) return w.days.has(today) && now >= w.start && now < w.end
    // Overnight: the part after midnight belongs to the day the window opened.
    return (w.days.has(today) && now >= w.start) || (w.days.has(yesterday) && now < w.end)
  })
}
