/**
 * A pids cgroup per job: the kernel refuses forks past `pids.max`, which stops a fork
 * bomb whatever uid the job runs as. Used where the provider may create cgroups
 * (cgroup v2 with the pids controller, or v1's pids hierarchy).
 */
import { access, mkdir, rmdir, writeFile, readFile } from 'node:fs/promises'
import { constants } from 'node:fs'
import { join } from 'node:path'

const V1_ROOT = '/sys/fs/cgroup/pids'
const V2_ROOT = '/sys/fs/cgroup'
const PARENT = 'gpumesh'

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
        const parent = join(root, PARENT)
        await mkdir(parent, { recursive: true })
        if (root === V2_ROOT) await writeFile(join(root, 'cgroup.subtree_control'), '+pids').catch(() => {})
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
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}
