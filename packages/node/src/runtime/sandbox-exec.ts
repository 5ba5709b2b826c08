/**
 * The command line of an exec session inside a sandboxed job (`gpumesh exec`, `gpumesh
 * shell`): the job's cgroup and rlimits, then `nsenter` into every namespace of the
 * job's sandbox (user, mount, network, pid, ipc, uts; its root and working dir) as the
 * job's uid, then no-new-privileges as bwrap gives the job, then the command. So the
 * session sees the job's files, processes and loopback, and nothing else, with the same
 * limits; it ends at the latest with the job (its pid namespace dies with the sandbox).
 *
 * A pty comes from util-linux `script` inside the sandbox (a devpts of its own: bwrap's
 * `--dev`), which passes the command's exit code on (`-e`).
 */
import { SANDBOX_UID } from './sandbox.js'

export interface SandboxExecSpec {
  /** A process in the job's namespaces (the sandbox's init). */
  nsPid: number
  command: string[]
  /**
   * The session's environment, set inside the sandbox only (`env -i`). The host-side
   * steps (sh, prlimit, nsenter) run as the provider and must never see it: a job's
   * LD_PRELOAD pointing at a file it wrote would run in them.
   */
  env: Record<string, string>
  tty: boolean
  rows?: number
  cols?: number
  /** The job's pids cgroup's cgroup.procs, to join first. */
  cgroupProcs?: string
  maxProcesses: number
  maxFileBytes: number
  maxMemoryBytes: number
  nsenterPath?: string
}

/** `arg` quoted for /bin/sh. */
export function shellQuote (arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`
}

export function buildSandboxExecCommand (spec: SandboxExecSpec): { command: string, args: string[] } {
  const inner = spec.tty
    // The pty's size is set inside it before the command starts: script takes its
    // size from its own stdin, which is our pipe, not a terminal.
    ? ['/usr/bin/script', '-q', '-e', '-c', `${spec.rows !== undefined && spec.cols !== undefined && spec.rows > 0 && spec.cols > 0 ? `stty rows ${spec.rows} cols ${spec.cols} 2>/dev/null; ` : ''}exec ${spec.command.map(shellQuote).join(' ')}`, '/dev/null']
    : spec.command
  const nsenter = [
    spec.nsenterPath ?? 'nsenter',
    `--target=${spec.nsPid}`,
    '--user', '--mount', '--net', '--pid', '--ipc', '--uts',
    '--root', '--wd',
    `--setuid=${SANDBOX_UID}`, `--setgid=${SANDBOX_UID}`,
    '--',
    // Resolved inside the sandbox's root, where /usr is the host's, read-only.
    '/usr/bin/setpriv', '--no-new-privs', '--',
    '/usr/bin/env', '-i', '--', ...Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
    ...inner
  ]
  const prlimit = [
    'prlimit',
    ...(spec.cgroupProcs === undefined ? [`--nproc=${spec.maxProcesses}`] : []),
    `--fsize=${spec.maxFileBytes}`,
    `--as=${spec.maxMemoryBytes}`,
    '--core=0',
    '--'
  ]
  if (spec.cgroupProcs === undefined) return { command: 'prlimit', args: [...prlimit.slice(1), ...nsenter] }
  return { command: '/bin/sh', args: ['-c', 'echo $$ > "$0" && exec "$@"', spec.cgroupProcs, ...prlimit, ...nsenter] }
}
