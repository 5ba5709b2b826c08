/**
 * The service-job CLI as a user runs it: `gpumesh submit --service --port`, `gpumesh
 * exec` with its exit code, `gpumesh port-forward` fetched with curl, and `gpumesh shell`
 * driven through a real terminal (tmux send-keys / capture-pane): commands, the window
 * size and a resize, Ctrl-C, and the shell's exit code; then `gpumesh cancel`.
 */
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProcessRuntime, detectSandbox } from '@gpumesh/node'
import { Testbed, dialAddr, until } from '@gpumesh/test-utils'
import { GPUMESH_BIN, runBin, startBin, stopChild } from './fixtures/processes.js'
import type { ChildProcess } from 'node:child_process'

const run = promisify(execFile)
const support = await detectSandbox()
const tmux = await run('tmux', ['-V']).then(() => true, () => false)
if (!support.available) console.info(`service-cli.spec: bwrap sandbox not available here (${support.detail}); skipped`)
if (!tmux) console.info('service-cli.spec: tmux not installed; the shell test is skipped')

const PORT = 8000

describe.skipIf(!support.available)('gpumesh submit --service, exec, port-forward, shell', () => {
  const bed = new Testbed()
  /** Our own tmux server, so no other session on this machine is touched. */
  const tmuxSocket = `gpumesh-test-${process.pid}`
  let cli: (args: string[]) => ReturnType<typeof runBin>
  let base: string[]
  let jobId: string
  let forward: ChildProcess | undefined

  beforeAll(async () => {
    const boot = await bed.startNode(await bed.config({ gpus: [] }))
    await bed.startNode(await bed.config({ bootstrap: [dialAddr(boot)] }), [new ProcessRuntime({ sandbox: 'bwrap' })])
    base = ['--bootstrap', dialAddr(boot), '--data-dir', await bed.tempDir('gpumesh-cli-')]
    cli = async (args) => await runBin(GPUMESH_BIN, [...base, ...args])
    const submitted = await cli(['submit', '--service', '--port', String(PORT), '--detach', '--max-duration', '600', '--',
      'sh', '-c', `cd /tmp && echo notebook > index.html && exec python3 -m http.server ${PORT} --bind 127.0.0.1`])
    expect(submitted.code, submitted.stderr).toBe(0)
    jobId = submitted.stdout.trim()
    // exec's exit code says when the server inside listens.
    await until(async () => (await cli(['exec', jobId, '--', 'curl', '-sf', '-o', '/dev/null', `http://127.0.0.1:${PORT}/`])).code === 0, 30_000, 'the job\'s server up')
  }, 90_000)

  afterAll(async () => {
    if (forward !== undefined) await stopChild(forward)
    await run('tmux', ['-L', tmuxSocket, 'kill-server']).catch(() => {})
    // tmux leaves its socket file behind once the server is gone.
    await rm(join(`/tmp/tmux-${process.getuid?.() ?? 0}`, tmuxSocket), { force: true })
    await bed.stop()
  }, 30_000)

  it('exec passes output and the command\'s exit code through', async () => {
    const r = await cli(['exec', jobId, '--', 'sh', '-c', 'echo out; echo err >&2; exit 4'])
    expect(r.code).toBe(4)
    expect(r.stdout).toBe('out\n')
    expect(r.stderr).toBe('err\n')
  }, 30_000)

  it('port-forward serves the job\'s port to curl', async () => {
    const started = await startBin(GPUMESH_BIN, [...base, '--json', 'port-forward', jobId, `0:${PORT}`], line => line.includes('localPort'))
    forward = started.child
    const { localPort } = JSON.parse(started.line) as { localPort: number }
    const { stdout } = await run('curl', ['-sf', '--max-time', '20', `http://127.0.0.1:${localPort}/index.html`])
    expect(stdout).toBe('notebook\n')
    // Beside a running forward (which holds no lock on the client's data dir), exec still works.
    expect((await cli(['exec', jobId, '--', 'true'])).code).toBe(0)
    expect(await stopChild(forward, 'SIGINT')).toBe(0)
    forward = undefined
  }, 60_000)

  it.skipIf(!tmux)('shell runs commands on a pty in a real terminal, takes Ctrl-C and exits with its code', async () => {
    const t = async (...args: string[]): Promise<string> => (await run('tmux', ['-L', tmuxSocket, ...args])).stdout
    const pane = async (): Promise<string> => await t('capture-pane', '-p', '-t', 'sh', '-S', '-100')
    const quoted = [process.execPath, GPUMESH_BIN, ...base, 'shell', jobId].map(a => `'${a.replaceAll("'", "'\\''")}'`).join(' ')
    await t('new-session', '-d', '-s', 'sh', '-x', '100', '-y', '30', `${quoted}; echo "EXIT=$?"; sleep 120`)
    await until(async () => /[$#]\s*$/m.test(await pane()), 30_000, 'a shell prompt').catch(async (err: Error) => { throw new Error(err.message + ':\n' + await pane()) })
    await t('send-keys', '-t', 'sh', 'echo "hi-$((6*7)) $(id -u) $(stty size)"', 'Enter')
    await until(async () => (await pane()).includes('hi-42 65534 30 100'), 15_000, 'the command\'s output')
    // A resize of the terminal reaches the remote pty: the CLI sends it, the provider sets it.
    await t('resize-window', '-t', 'sh', '-x', '90', '-y', '25')
    await until(async () => {
      await t('send-keys', '-t', 'sh', 'echo "size-$(stty size | tr \' \' x)"', 'Enter')
      return (await pane()).includes('size-25x90')
    }, 15_000, 'the new size inside')
    await t('send-keys', '-t', 'sh', 'sleep 100', 'Enter')
    await t('send-keys', '-t', 'sh', 'C-c')
    await t('send-keys', '-t', 'sh', 'echo "after-$?"', 'Enter')
    await until(async () => (await pane()).includes('after-130'), 15_000, 'Ctrl-C to reach the remote sleep')
    await t('send-keys', '-t', 'sh', 'exit 3', 'Enter')
    await until(async () => (await pane()).includes('EXIT=3'), 15_000, 'the shell\'s exit code')
  }, 90_000)

  it('cancel ends the service; its log names the sessions', async () => {
    const logs = await cli(['logs', jobId])
    expect(logs.stdout).toContain('exec session started: sh -c echo out; echo err >&2; exit 4')
    expect(logs.stdout).toContain('exec session ended: exit 4')
    expect(logs.stdout).toContain(`port-forward: the client connected to port ${PORT}`)
    const r = await cli(['cancel', jobId])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('cancelled')
  }, 30_000)
})
