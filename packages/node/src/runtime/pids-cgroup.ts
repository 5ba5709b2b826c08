/**
 * A pids cgroup per job: the kernel refuses forks past `pids.max`, which stops a fork
 * bomb whatever uid the job runs as. Used where the provider may create cgroups
 * (cgroup v2 with the pids controller, or v1's pids hierarchy).
 *
 * Each runtime keeps its jobs' groups under `gpumesh/provider-<pid>-<tag>/`. A provider
 * that was killed cannot remove its groups, so each new one sweeps away the groups of
 * processes that are gone: they would otherwise pile up for good.
 */
import { randomUUID } from 'node:crypto'
import { access, mkdir, readdir, rmdir, writeFile, readFile } from 'node:fs/promises'
import { constants } from 'node:fs'
import { join } from 'node:path'

const V1_ROOT = '/sys/fs/cgroup/pids'
const V2_ROOT = '/sys/fs/cgroup'
const PARENT = 'gpumesh'
const PROVIDER_PREFIX = 'provider-'

export class PidsCgroups {
  private constructor (private readonly parent: string) {}

  /** The writable pids hierarchy, or undefined when there is none here. */
  static async detect (): Promise<PidsCgroups | undefined> {
    const candidates: string[] = []
    try {
      const controllers = await readFile(join(V2_ROOT, 'cgroup.controllers'), 'utf8')
      if (controllers.split(/\s+/).includes('pids')) candidates.push(V2_ROOT)
    } catch {}
    candidates.push(V1_ROOT)
    for (const root of candidates) {
      try {
        await access(join(root, 'cgroup.procs'), constants.W_OK)
        const shared = join(root, PARENT)
        // Several runtimes may share this process (tests): each has a group of its own.
        const parent = join(shared, `${PROVIDER_PREFIX}${process.pid}-${randomUUID().slice(0, 8)}`)
        await mkdir(parent, { recursive: true })
        if (root === V2_ROOT) {
          for (const dir of [root, shared]) await writeFile(join(dir, 'cgroup.subtree_control'), '+pids').catch(() => {})
        }
        await sweepGone(shared)
        // Prove it: a child group with a limit can be made and removed.
        const probe = join(parent, `probe-${process.pid}`)
        await mkdir(probe)
        await writeFile(join(probe, 'pids.max'), '8')
        await rmdir(probe)
        return new PidsCgroups(parent)
      } catch {}
    }
    return undefined
  }

  /** Make a group for one job; returns the cgroup.procs file a process joins by writing its pid. */
  async create (jobId: string, maxPids: number): Promise<{ procs: string, remove: () => Promise<void> }> {
    const dir = join(this.parent, jobId.replace(/[^A-Za-z0-9-]/g, ''))
    await mkdir(dir)
    await writeFile(join(dir, 'pids.max'), String(maxPids))
    return {
      procs: join(dir, 'cgroup.procs'),
      remove: async () => { await removeGroup(dir) }
    }
  }

  /** Remove this runtime's groups (call once no job runs). */
  async close (): Promise<void> {
    await removeTree(this.parent)
  }
}

/** How long `remove` keeps killing and retrying before it gives up on a group. */
const REMOVE_TIMEOUT_MS = 5_000

/**
 * Only an empty group can be removed, and a job's processes stay counted in it for a
 * moment after its pipes close (exiting, or killed with the sandbox's pid namespace
 * but not yet reaped): rmdir fails with EBUSY then. So kill whatever is still in it
 * (nothing of a finished job may outlive it anyway) and retry until it is empty.
 */
async function removeGroup (dir: string): Promise<void> {
  const until = Date.now() + REMOVE_TIMEOUT_MS
  // Usually empty within a millisecond or two: retry soon, then less often. (A flat 20 ms
  // pause held every job's receipt back by 20 ms.)
  let pauseMs = 1
  for (;;) {
    try {
      await rmdir(dir)
      return
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return
      if (code !== 'EBUSY' || Date.now() > until) return
    }
    const procs = await readFile(join(dir, 'cgroup.procs'), 'utf8').catch(() => '')
    for (const pid of procs.split('\n').filter(p => /^\d+$/.test(p)).map(Number)) {
      try { process.kill(pid, 'SIGKILL') } catch {}
    }
    await new Promise(resolve => setTimeout(resolve, pauseMs))
    pauseMs = Math.min(pauseMs * 2, 50)
  }
}

/** Remove the groups of providers whose process is gone. */
async function sweepGone (shared: string): Promise<void> {
  for (const name of await readdir(shared).catch(() => [])) {
    if (!name.startsWith(PROVIDER_PREFIX)) continue
    const pid = Number(/^provider-(\d+)-/.exec(name)?.[1])
    if (Number.isInteger(pid) && pid > 0 && !isRunning(pid)) await removeTree(join(shared, name))
  }
}

/** A provider's parent group and every job group in it (a group can only go once it is empty). */
async function removeTree (dir: string): Promise<void> {
  let entries: Array<{ name: string, isDirectory: () => boolean }>
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return
  }
  await Promise.all(entries.filter(e => e.isDirectory()).map(async e => { await removeGroup(join(dir, e.name)) }))
  await removeGroup(dir)
}

function isRunning (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
