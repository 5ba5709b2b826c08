/**
 * `gpumesh … | head -3`: the reader closes the pipe before the CLI is done writing.
 * The CLI ends quietly, as any Unix tool does, instead of dying on EPIPE with a trace.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'

const bin = join(import.meta.dirname, '..', 'dist', 'bin', 'gpumesh.js')
let dir: string

beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'gpumesh-epipe-')) })
afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

it.each([['help'], ['receipts']])('gpumesh %s into a closed pipe exits 0 with nothing on stderr', async (command) => {
  const child = spawn(process.execPath, [bin, '--data-dir', join(dir, 'client'), command], { stdio: ['ignore', 'pipe', 'pipe'] })
  // The reading end is gone before the first write, as after `head` has read its lines.
  child.stdout.destroy()
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
  const code = await new Promise<number | null>(resolve => { child.on('exit', c => { resolve(c) }) })
  expect(stderr).toBe('')
  expect(code).toBe(0)
})
