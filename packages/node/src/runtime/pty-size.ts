/**
 * A running exec session's terminal size, changed after it started. `script` makes the
 * session's pty inside the sandbox and takes a size once; but whoever can open a pty's
 * slave may set its size (TIOCSWINSZ), and the kernel then sends SIGWINCH to its
 * foreground process group, so vim and top redraw. The slave is open as stdin of the
 * command `script` runs: we reach it through that process's /proc/<pid>/fd/0, from the
 * host, whatever mount namespace the sandbox has, and set it with util-linux `stty -F`.
 */
import { execFile } from 'node:child_process'
import { readFile, readlink } from 'node:fs/promises'

/** Deepest we look under the session's first process for the command on the pty. */
const MAX_TREE_DEPTH = 8
/** A resize is one stty: quick, or given up. */
const STTY_TIMEOUT_MS = 2_000

/** Set the pty under `rootPid` (the session's first process) to `rows` x `cols`; false when it has no pty (yet). */
export async function resizePty (rootPid: number, rows: number, cols: number): Promise<boolean> {
  const pid = await ptyHolder(rootPid)
  if (pid === undefined) return false
  await new Promise<void>((resolve, reject) => {
    execFile('stty', ['-F', `/proc/${pid}/fd/0`, 'rows', String(rows), 'cols', String(cols)], { timeout: STTY_TIMEOUT_MS }, err => { if (err === null) resolve(); else reject(err) })
  })
  return true
}

/** The first process, breadth first under `rootPid`, whose stdin is a pty slave. */
async function ptyHolder (rootPid: number): Promise<number | undefined> {
  let level = [rootPid]
  for (let depth = 0; depth < MAX_TREE_DEPTH && level.length > 0; depth++) {
    for (const pid of level) {
      const stdin = await readlink(`/proc/${pid}/fd/0`).catch(() => '')
      if (/^\/dev\/pts\/\d+$/.test(stdin)) return pid
    }
    level = (await Promise.all(level.map(children))).flat()
  }
  return undefined
}

/** `pid`'s children, as the host's /proc sees them (host pids, whatever pid namespace they are in). */
async function children (pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')
  return text.split(' ').filter(s => s !== '').map(Number)
}
