/**
 * The compose testnet on a real engine (the one at $DOCKER_HOST; `pnpm test:docker`
 * starts one): the image builds from the repository, a bootstrap node and three
 * providers come up, the client container waits for every offer, submits a job that
 * runs as a sibling container through a provider's Docker runtime, checks its result
 * and receipt, and `down -v` leaves no container, network or volume behind.
 */
import { execFile } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const root = join(import.meta.dirname, '..')
const composeFile = join(root, 'docker', 'compose.yaml')
const PROVIDERS = 3
const project = `gpumesh-test-${process.pid}`
const image = process.env.GPUMESH_IMAGE ?? 'gpumesh:dev'

async function ok (cmd: string, args: string[]): Promise<boolean> {
  try { await exec(cmd, args, { timeout: 15_000 }); return true } catch { return false }
}

const engine = await ok('docker', ['info'])
if (!engine) console.info(`compose.engine.spec: no Docker engine at ${process.env.DOCKER_HOST ?? '/var/run/docker.sock'}; \`pnpm test:docker\` starts one where the machine can run it`)
// Compose v2 (the docker CLI plugin) where it is installed, else Debian's docker-compose 1.29.
const composeV2 = engine && await ok('docker', ['compose', 'version'])
const socketPath = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '')

function composeEnv (): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GPUMESH_IMAGE: image,
    GPUMESH_JOB_IMAGE: image,
    GPUMESH_PROVIDERS: String(PROVIDERS),
    GPUMESH_DOCKER_SOCKET: socketPath,
    GPUMESH_DOCKER_GID: String(statSync(socketPath).gid)
  }
}

async function compose (args: string[], timeoutMs = 120_000): Promise<{ stdout: string, stderr: string }> {
  const [cmd, pre] = composeV2 ? ['docker', ['compose']] : ['docker-compose', []]
  return await exec(cmd, [...pre, '-p', project, '-f', composeFile, ...args], { env: composeEnv(), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 })
}

async function lines (args: string[]): Promise<string[]> {
  const { stdout } = await exec('docker', args, { timeout: 30_000 })
  return stdout.split('\n').filter(l => l.trim() !== '')
}

describe.skipIf(!engine)('the compose testnet on a real engine', () => {
  let danglingBefore: string[] = []
  afterAll(async () => {
    // Whatever happened, the project's containers, networks and volumes go.
    await compose(['down', '-v', '--remove-orphans']).catch(() => {})
  }, 120_000)

  it('builds the image from the repository', async () => {
    // --network host: the engine the test script starts has no default bridge; builds
    // reach the package registries through the host's network.
    await exec('docker', ['build', '--network', 'host', '-f', join(root, 'docker', 'Dockerfile'), '-t', image, root], {
      env: { ...process.env, DOCKER_BUILDKIT: '0' }, timeout: 9 * 60_000, maxBuffer: 256 * 1024 * 1024
    })
    const [user] = await lines(['image', 'inspect', '-f', '{{.Config.User}}', image])
    expect(user).toBe('gpumesh')
    const [health] = await lines(['image', 'inspect', '-f', '{{json .Config.Healthcheck.Test}}', image])
    expect(health).toMatch(/status/)
  }, 10 * 60_000)

  it('runs a job submitted from the client container in a container of its own, and checks its result', async () => {
    let out = ''
    danglingBefore = await lines(['volume', 'ls', '-q', '--filter', 'dangling=true'])
    try {
      const r = await compose(['up', '--no-build', '--scale', `provider=${PROVIDERS}`, '--abort-on-container-exit', '--exit-code-from', 'client'], 5 * 60_000)
      out = r.stdout + r.stderr
    } catch (err) {
      const e = err as { stdout?: string, stderr?: string }
      throw new Error(`compose up failed:\n${(e.stdout ?? '').slice(-6000)}\n${(e.stderr ?? '').slice(-3000)}`)
    }
    expect(out).toMatch(/in a container as 65534, leased GPUs: /)
    expect(out).toMatch(/result checked: answer\.txt = 42/)
    expect(out).toMatch(/countersigned/)
    // Every provider said how it runs jobs: the engine through its socket, sibling containers.
    const logs = (await compose(['logs', '--no-color', 'provider'])).stdout
    const offered = logs.split('\n').filter(l => /runtime\s+docker: offered/.test(l))
    expect(offered).toHaveLength(PROVIDERS)
    expect(offered.every(l => /sibling containers/.test(l) && /no network/.test(l))).toBe(true)
    expect(logs).toMatch(/runtime\s+process: not offered/)
  }, 6 * 60_000)

  it('down -v leaves no container, network or volume', async () => {
    await compose(['down', '-v', '--remove-orphans'])
    const label = `label=com.docker.compose.project=${project}`
    expect(await lines(['ps', '-aq', '--filter', label])).toEqual([])
    expect(await lines(['network', 'ls', '-q', '--filter', label])).toEqual([])
    expect(await lines(['volume', 'ls', '-q', '--filter', label])).toEqual([])
    // Anonymous volumes (the providers' /data) carry no project label: none may be left either.
    const dangling = await lines(['volume', 'ls', '-q', '--filter', 'dangling=true'])
    expect(dangling.filter(v => !danglingBefore.includes(v))).toEqual([])
    expect(await lines(['ps', '-aq', '--filter', 'label=io.gpumesh.job'])).toEqual([])
  }, 120_000)
})
