/**
 * The bubblewrap sandbox for the process runtime: its own user, pid, ipc, uts and
 * network namespaces, uid 65534 inside, the system read-only (and of /etc only what
 * programs need, never shadow files or the provider's own config), only the job's dir
 * visible (input/ read-only, output/ writable), a fresh size-capped /tmp, no
 * environment but what we set, rlimits on file size and memory, and a process limit:
 * a pids cgroup where we may make one, else RLIMIT_NPROC.
 */
import { execFile } from 'node:child_process'
import { existsSync, lstatSync, readlinkSync } from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface SandboxLimits {
  /** Processes the job may have at once (pids cgroup, or RLIMIT_NPROC). */
  maxProcesses: number
  /** Largest file the job may write (RLIMIT_FSIZE). */
  maxFileBytes: number
  /** Address space per process (RLIMIT_AS). */
  maxMemoryBytes: number
  /** Size of the job's private /tmp (tmpfs, so memory). */
  maxTmpBytes: number
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  maxProcesses: 256,
  maxFileBytes: 1024 * 1024 * 1024,
  maxMemoryBytes: 16 * 1024 * 1024 * 1024,
  maxTmpBytes: 1024 * 1024 * 1024
}

export interface SandboxSpec {
  workDir: string
  inputDir: string
  outputDir: string
  /**
   * Open fds (in the child) of input/ and output/. bwrap opens bind sources as the
   * job's uid, which cannot reach into the provider's private data dir; fds opened by
   * the provider can.
   */
  inputFd?: number
  outputFd?: number
  env: Record<string, string>
  argv: string[]
  network: boolean
  gpuIndices: number[]
  vendor: string
  /** A pids cgroup's cgroup.procs file to join before exec; else RLIMIT_NPROC limits processes. */
  cgroupProcs?: string
  limits: SandboxLimits
  bwrapPath: string
}

/** The uid (and gid) a job runs as inside its sandbox: nobody. */
export const SANDBOX_UID = 65534

/** Where the job's dir appears inside the sandbox. */
export const SANDBOX_JOB_DIR = '/job'

/** Top-level system paths: bound read-only, or recreated as the same symlink. */
const SYSTEM_PATHS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/opt']
/**
 * The parts of /etc programs need. Not all of /etc: the job's uid maps to ours outside
 * the sandbox, so root-only files there would be readable.
 */
const ETC_PATHS = ['/etc/passwd', '/etc/group', '/etc/hosts', '/etc/resolv.conf', '/etc/nsswitch.conf', '/etc/ld.so.cache', '/etc/ld.so.conf', '/etc/ld.so.conf.d', '/etc/localtime', '/etc/ssl', '/etc/ca-certificates', '/etc/alternatives', '/etc/mime.types']

function systemBinds (): string[] {
  const args: string[] = []
  for (const p of SYSTEM_PATHS) {
    if (!existsSync(p)) continue
    const st = lstatSync(p)
    if (st.isSymbolicLink()) {
      // e.g. /bin -> usr/bin on merged-/usr systems
      args.push('--symlink', readlinkSync(p), p)
    } else {
      args.push('--ro-bind', p, p)
    }
  }
  for (const p of ETC_PATHS) if (existsSync(p)) args.push('--ro-bind', p, p)
  return args
}

function gpuDevices (gpuIndices: number[], vendor: string): string[] {
  const devices: string[] = []
  if (vendor === 'nvidia') {
    for (const i of gpuIndices) devices.push(`/dev/nvidia${i}`)
    devices.push('/dev/nvidiactl', '/dev/nvidia-uvm', '/dev/nvidia-uvm-tools', '/dev/nvidia-modeset')
  } else if (vendor === 'amd') {
    // ROCm needs /dev/kfd and the DRI render nodes; HIP_VISIBLE_DEVICES narrows the cards.
    devices.push('/dev/kfd', '/dev/dri')
  }
  return devices.filter(d => existsSync(d)).flatMap(d => ['--dev-bind', d, d])
}

/** The full command line: [join cgroup] -> prlimit -> bwrap -> the workload. */
export function buildSandboxCommand (spec: SandboxSpec): { command: string, args: string[] } {
  const { limits } = spec
  const bwrap = [
    spec.bwrapPath,
    '--unshare-all',
    ...(spec.network ? ['--share-net'] : []),
    '--uid', String(SANDBOX_UID), '--gid', String(SANDBOX_UID),
    '--die-with-parent',
    '--new-session',
    '--clearenv',
    ...systemBinds(),
    '--proc', '/proc',
    '--dev', '/dev',
    ...gpuDevices(spec.gpuIndices, spec.vendor),
    '--size', String(limits.maxTmpBytes), '--tmpfs', '/tmp',
    '--dir', SANDBOX_JOB_DIR,
    ...(spec.inputFd !== undefined ? ['--ro-bind-fd', String(spec.inputFd)] : ['--ro-bind', spec.inputDir]), `${SANDBOX_JOB_DIR}/input`,
    ...(spec.outputFd !== undefined ? ['--bind-fd', String(spec.outputFd)] : ['--bind', spec.outputDir]), `${SANDBOX_JOB_DIR}/output`,
    // The root is a tmpfs bwrap made to hold the mount points: writable and unbounded
    // unless sealed, so a job could write outside output/ (/, /job, /etc) and fill memory.
    // Non-recursive: /tmp and output/ stay writable.
    '--remount-ro', '/',
    '--chdir', SANDBOX_JOB_DIR,
    ...Object.entries(spec.env).flatMap(([k, v]) => ['--setenv', k, v]),
    '--',
    ...spec.argv
  ]
  const prlimit = [
    'prlimit',
    // Without a cgroup, RLIMIT_NPROC is the fallback (it counts every process of our uid).
    ...(spec.cgroupProcs === undefined ? [`--nproc=${limits.maxProcesses}`] : []),
    `--fsize=${limits.maxFileBytes}`,
    `--as=${limits.maxMemoryBytes}`,
    '--core=0',
    '--'
  ]
  if (spec.cgroupProcs === undefined) return { command: prlimit[0] as string, args: [...prlimit.slice(1), ...bwrap] }
  // Join the job's cgroup first, so every process the job ever starts is counted.
  return { command: '/bin/sh', args: ['-c', 'echo $$ > "$0" && exec "$@"', spec.cgroupProcs, ...prlimit, ...bwrap] }
}

export interface SandboxSupport {
  available: boolean
  bwrapPath?: string
  detail: string
}

/** Try the sandbox for real: a trivial command under bwrap, as a job would run. */
export async function detectSandbox (bwrapPath = 'bwrap'): Promise<SandboxSupport> {
  try {
    await run('prlimit', ['--version'], { timeout: 5_000 })
  } catch {
    return { available: false, detail: 'prlimit (util-linux) not found' }
  }
  try {
    await run(bwrapPath, ['--version'], { timeout: 5_000 })
  } catch {
    return { available: false, detail: 'bubblewrap (bwrap) not found: install the bubblewrap package' }
  }
  try {
    const probe = buildSandboxCommand({
      workDir: '/tmp', inputDir: '/tmp', outputDir: '/tmp', env: { PATH: '/usr/bin:/bin' }, argv: ['true'],
      network: false, gpuIndices: [], vendor: 'other',
      limits: DEFAULT_SANDBOX_LIMITS, bwrapPath
    })
    await run(probe.command, probe.args, { timeout: 10_000 })
  } catch (err) {
    // The message is "Command failed: <the whole command>" then bwrap's own words: keep those.
    const lines = (err as Error).message.split('\n').map(l => l.trim()).filter(l => l !== '')
    return { available: false, detail: `bwrap cannot create a sandbox here: ${(lines.length > 1 ? lines.slice(1).join(' ') : lines[0] ?? '').slice(0, 300)}` }
  }
  return { available: true, bwrapPath, detail: 'bwrap sandbox' }
}
