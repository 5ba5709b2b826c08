/**
 * The bubblewrap sandbox for the process runtime: its own user, pid, ipc, uts and
 * network namespaces, uid 65534 inside, the system read-only, only the job's dir
 * visible (input/ read-only, output/ writable), a fresh /tmp, no environment but what
 * we set, and rlimits on processes, file size and memory. As root, each job also runs
 * as its own host uid, so process limits count that job alone.
 */
import { execFile } from 'node:child_process'
import { existsSync, lstatSync, readlinkSync } from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface SandboxLimits {
  /** Processes the job may have at once (RLIMIT_NPROC, per job uid). */
  maxProcesses: number
  /** Largest file the job may write (RLIMIT_FSIZE). */
  maxFileBytes: number
  /** Address space per process (RLIMIT_AS). */
  maxMemoryBytes: number
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  maxProcesses: 256,
  maxFileBytes: 1024 * 1024 * 1024,
  maxMemoryBytes: 16 * 1024 * 1024 * 1024
}

export interface SandboxSpec {
  workDir: string
  inputDir: string
  outputDir: string
  env: Record<string, string>
  argv: string[]
  network: boolean
  gpuIndices: number[]
  vendor: string
  /** Host uid/gid the job runs as (root providers only); undefined keeps ours. */
  hostUid?: number
  limits: SandboxLimits
  bwrapPath: string
}

/** Where the job's dir appears inside the sandbox. */
export const SANDBOX_JOB_DIR = '/job'

/** Top-level system paths: bound read-only, or recreated as the same symlink. */
const SYSTEM_PATHS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/etc', '/opt']

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

/** The full command line: prlimit -> [setpriv] -> bwrap -> the workload. */
export function buildSandboxCommand (spec: SandboxSpec): { command: string, args: string[] } {
  const { limits } = spec
  const bwrap = [
    spec.bwrapPath,
    '--unshare-all',
    ...(spec.network ? ['--share-net'] : []),
    '--uid', '65534', '--gid', '65534',
    '--die-with-parent',
    '--new-session',
    '--clearenv',
    ...systemBinds(),
    '--proc', '/proc',
    '--dev', '/dev',
    ...gpuDevices(spec.gpuIndices, spec.vendor),
    '--tmpfs', '/tmp',
    '--dir', SANDBOX_JOB_DIR,
    '--ro-bind', spec.inputDir, `${SANDBOX_JOB_DIR}/input`,
    '--bind', spec.outputDir, `${SANDBOX_JOB_DIR}/output`,
    '--chdir', SANDBOX_JOB_DIR,
    ...Object.entries(spec.env).flatMap(([k, v]) => ['--setenv', k, v]),
    '--',
    ...spec.argv
  ]
  const setpriv = spec.hostUid === undefined
    ? []
    : ['setpriv', `--reuid=${spec.hostUid}`, `--regid=${spec.hostUid}`, '--clear-groups', '--']
  return {
    command: 'prlimit',
    args: [
      `--nproc=${limits.maxProcesses}`,
      `--fsize=${limits.maxFileBytes}`,
      `--as=${limits.maxMemoryBytes}`,
      '--core=0',
      '--',
      ...setpriv,
      ...bwrap
    ]
  }
}

export interface SandboxSupport {
  available: boolean
  bwrapPath?: string
  /** Whether jobs can get a host uid of their own (we are root and have setpriv). */
  perJobUid: boolean
  detail: string
}

/** Try the sandbox for real: a trivial command under bwrap, as a job would run. */
export async function detectSandbox (bwrapPath = 'bwrap'): Promise<SandboxSupport> {
  try {
    await run('prlimit', ['--version'], { timeout: 5_000 })
  } catch {
    return { available: false, perJobUid: false, detail: 'prlimit (util-linux) not found' }
  }
  const root = process.getuid?.() === 0
  let perJobUid = false
  if (root) {
    try { await run('setpriv', ['--version'], { timeout: 5_000 }); perJobUid = true } catch {}
  }
  try {
    await run(bwrapPath, ['--version'], { timeout: 5_000 })
  } catch {
    return { available: false, perJobUid, detail: 'bubblewrap (bwrap) not found: install the bubblewrap package' }
  }
  try {
    const probe = buildSandboxCommand({
      workDir: '/tmp', inputDir: '/tmp', outputDir: '/tmp', env: { PATH: '/usr/bin:/bin' }, argv: ['true'],
      network: false, gpuIndices: [], vendor: 'other', hostUid: perJobUid ? 65534 : undefined,
      limits: DEFAULT_SANDBOX_LIMITS, bwrapPath
    })
    await run(probe.command, probe.args, { timeout: 10_000 })
  } catch (err) {
    return { available: false, perJobUid, detail: `bwrap cannot create a sandbox here: ${(err as Error).message.split('\n')[0] ?? ''}` }
  }
  return { available: true, bwrapPath, perJobUid, detail: perJobUid ? 'bwrap sandbox, one host uid per job' : 'bwrap sandbox' }
}
