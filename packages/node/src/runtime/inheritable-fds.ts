/**
 * Fds a child would inherit without our say: open in this process and not
 * close-on-exec. Node opens its own fds close-on-exec, but a native addon may not
 * (classic-level bundles leveldb 1.20, whose files are opened without O_CLOEXEC) and
 * a supervisor may hand us a pipe or socket. A job must never see any of them.
 */
import { openSync, readFileSync, readdirSync } from 'node:fs'

const O_CLOEXEC = 0o2000000

export type StdioEntry = 'ignore' | 'pipe' | 'inherit' | 'ipc' | number

/** This process's open fds above stderr that a child would inherit (Linux; none elsewhere). */
export function inheritableFds (): number[] {
  const fds: number[] = []
  let names: string[]
  try {
    names = readdirSync('/proc/self/fd')
  } catch {
    return fds
  }
  for (const name of names) {
    const fd = Number(name)
    if (!Number.isInteger(fd) || fd < 3) continue
    try {
      const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1]
      if (flags !== undefined && (parseInt(flags, 8) & O_CLOEXEC) === 0) fds.push(fd)
    } catch {}
  }
  return fds
}

/**
 * Cover every inheritable fd past the end of `stdio` with /dev/null in the child, in
 * place. Returns the fds the caller opened for this and must close once spawned.
 */
export function coverInheritableFds (stdio: StdioEntry[], except: number[] = []): number[] {
  const leaked = inheritableFds().filter(fd => fd >= stdio.length && !except.includes(fd))
  if (leaked.length === 0) return []
  const devNull = openSync('/dev/null', 'r')
  for (const fd of leaked) {
    while (stdio.length < fd) stdio.push('ignore')
    stdio[fd] = devNull
  }
  return [devNull]
}
