/**
 * The SDK works in a plain Node 20 program that loads nothing first: libp2p 3 needs
 * Promise.withResolvers, which Node 20 lacks, and the SDK must bring it itself. Run in
 * a child process, since the test runner loads the polyfill into its own workers.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, expect, it } from 'vitest'

const run = promisify(execFile)
const sdk = join(import.meta.dirname, '..', 'dist', 'index.js')
let dir: string

beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'gpumesh-sdk-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

it('createClient starts and stops in a program that loads no polyfill', async () => {
  const program = `
import { createClient } from ${JSON.stringify(sdk)}
const client = await createClient({ dataDir: ${JSON.stringify(join(dir, 'client'))} })
console.log(client.peerId.length > 0 ? 'started' : 'no peer id')
await client.stop()`
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', program], { timeout: 60_000, env })
  expect(stdout.trim()).toBe('started')
}, 90_000)
