/** The exec session's command line: the job's limits and namespaces, and its env only inside the sandbox. */
import { describe, expect, it } from 'vitest'
import { buildSandboxExecCommand, shellQuote } from '../src/runtime/sandbox-exec.js'

describe('buildSandboxExecCommand', () => {
  const base = { nsPid: 4242, command: ['python3', '-c', 'print(1)'], env: { LD_PRELOAD: '/job/output/evil.so', HOME: '/tmp' }, tty: false, maxProcesses: 64, maxFileBytes: 1024, maxMemoryBytes: 2048 }

  it('joins the cgroup, applies the rlimits, enters every namespace as the job\'s uid, and sets the env only past env -i inside', () => {
    const { command, args } = buildSandboxExecCommand({ ...base, cgroupProcs: '/sys/fs/cgroup/x/cgroup.procs' })
    expect(command).toBe('/bin/sh')
    expect(args.slice(0, 3)).toEqual(['-c', 'echo $$ > "$0" && exec "$@"', '/sys/fs/cgroup/x/cgroup.procs'])
    expect(args).toContain('--fsize=1024')
    expect(args).toContain('--as=2048')
    expect(args).not.toContain('--nproc=64')
    const ns = args.indexOf('nsenter')
    expect(args.slice(ns, ns + 13)).toEqual(['nsenter', '--target=4242', '--user', '--mount', '--net', '--pid', '--ipc', '--uts', '--root', '--wd', '--setuid=65534', '--setgid=65534', '--'])
    const envAt = args.indexOf('/usr/bin/env')
    // Every step before it runs on the host: none of them may carry the job's variables.
    expect(args.slice(0, envAt).join(' ')).not.toContain('LD_PRELOAD')
    expect(args.slice(envAt)).toEqual(['/usr/bin/env', '-i', '--', 'LD_PRELOAD=/job/output/evil.so', 'HOME=/tmp', 'python3', '-c', 'print(1)'])
    expect(args.indexOf('/usr/bin/setpriv')).toBeLessThan(envAt)
  })

  it('falls back to RLIMIT_NPROC without a cgroup, and wraps a pty session in script with its size', () => {
    const { command, args } = buildSandboxExecCommand({ ...base, tty: true, rows: 30, cols: 100, command: ['bash', '-i'] })
    expect(command).toBe('prlimit')
    expect(args).toContain('--nproc=64')
    expect(args.slice(-6)).toEqual(['/usr/bin/script', '-q', '-e', '-c', 'stty rows 30 cols 100 2>/dev/null; exec bash -i', '/dev/null'])
  })

  it('quotes arguments for the pty\'s shell line', () => {
    expect(shellQuote('plain-arg_1.txt')).toBe('plain-arg_1.txt')
    expect(shellQuote("it's $(rm -rf /)")).toBe("'it'\\''s $(rm -rf /)'")
  })
})
