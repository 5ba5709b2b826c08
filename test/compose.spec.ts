/**
 * The compose testnet, without an engine: the file is valid compose, and every command
 * in it uses flags the real CLIs accept. Its run on a real engine is in
 * compose.engine.spec.ts (`pnpm test:docker`).
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Command } from 'commander'
import { buildNodeProgram } from '../packages/node/src/cli/node-cli.js'
import { buildProgram } from '../packages/client/src/cli/program.js'

const run = promisify(execFile)
const root = join(import.meta.dirname, '..')
const composeFile = join(root, 'docker', 'compose.yaml')

async function has (cmd: string, args: string[]): Promise<boolean> {
  try { await run(cmd, args, { timeout: 10_000 }); return true } catch { return false }
}

const composeCli = await has('docker-compose', ['version'])

function flagsOf (cmd: Command | undefined): Set<string> {
  const out = new Set<string>(['--help'])
  for (const o of cmd?.options ?? []) {
    if (o.long !== undefined) out.add(o.long)
    if (o.negate && o.long !== undefined) out.add(o.long)
  }
  return out
}

/** Every `--flag` in the shell text following `program sub`. */
function usedFlags (text: string, program: string): Array<{ sub: string, flags: string[] }> {
  const out: Array<{ sub: string, flags: string[] }> = []
  for (const part of text.split(/&&|\||;/)) {
    const words = part.trim().split(/\s+/)
    const at = words.findIndex(w => w === program)
    if (at === -1) continue
    const rest = words.slice(at + 1)
    const end = rest.indexOf('--')
    const head = end === -1 ? rest : rest.slice(0, end)
    const sub = head.find(w => !w.startsWith('-') && /^[a-z]+$/.test(w) && ['init', 'start', 'submit', 'providers', 'status', 'logs', 'cancel', 'result', 'receipts', 'quote', 'testnet'].includes(w)) ?? ''
    out.push({ sub, flags: head.filter(w => w.startsWith('--')) })
  }
  return out
}

describe('docker compose testnet', () => {
  it.skipIf(!composeCli)('is a valid compose file (docker-compose config -q)', async () => {
    await expect(run('docker-compose', ['-f', composeFile, 'config', '-q'])).resolves.toBeDefined()
  })

  it('uses only flags the real gpumesh-node and gpumesh commands accept', async () => {
    const compose = parse(await readFile(composeFile, 'utf8')) as { services: Record<string, { command?: string[] | string, environment?: Record<string, string> }> }
    const io = { stdout: () => {}, stderr: () => {}, stopRequested: async () => {}, env: {} }
    const node = buildNodeProgram(io)
    const client = buildProgram(io, () => {})
    const nodeSub = (name: string): Set<string> => flagsOf(node.commands.find(c => c.name() === name))
    const clientGlobal = flagsOf(client)
    const clientSub = (name: string): Set<string> => new Set([...clientGlobal, ...flagsOf(client.commands.find(c => c.name() === name))])
    let checked = 0
    for (const [name, service] of Object.entries(compose.services)) {
      const text = Array.isArray(service.command) ? service.command.join(' ') : service.command ?? ''
      for (const use of usedFlags(text, 'gpumesh-node')) {
        const known = nodeSub(use.sub)
        for (const f of use.flags) expect(known.has(f), `${name}: gpumesh-node ${use.sub} ${f}`).toBe(true)
        checked++
      }
      for (const use of usedFlags(text, 'gpumesh')) {
        const known = clientSub(use.sub)
        for (const f of use.flags) expect(known.has(f), `${name}: gpumesh ${use.sub} ${f}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6)
    const dockerfile = await readFile(join(root, 'docker', 'Dockerfile'), 'utf8')
    // The image's client data dir variable is the one the CLI reads.
    expect(dockerfile).toMatch(/ENV GPUMESH_DATA_DIR=/)
    expect(await readFile(join(root, 'packages', 'client', 'src', 'cli', 'program.ts'), 'utf8')).toMatch(/GPUMESH_DATA_DIR/)
  })
})

if (!composeCli) console.info('compose.spec: docker-compose is not installed; `config -q` validation is skipped')
