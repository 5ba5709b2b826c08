/**
 * Collects a job's results: the regular files at the top of its output dir, hashed
 * with sha256 as they stream, within a total byte budget. Links, dirs and anything
 * else are skipped with a note, so a workload cannot make us read outside its dir.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isPlainFileName } from '@gpumesh/protocol'

export type CollectedOutput =
  | { type: 'result', name: string, path: string, size: number, sha256: Uint8Array }
  | { type: 'note', line: string }

async function sha256File (path: string, signal?: AbortSignal): Promise<Uint8Array> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { signal })) hash.update(chunk as Buffer)
  return hash.digest()
}

export async function * collectOutput (outputDir: string, maxBytes: number, signal?: AbortSignal): AsyncGenerator<CollectedOutput> {
  let names: string[]
  try {
    names = (await readdir(outputDir)).sort()
  } catch {
    return
  }
  let total = 0
  for (const name of names) {
    const path = join(outputDir, name)
    const st = await lstat(path)
    if (!st.isFile()) {
      yield { type: 'note', line: `output/${name} skipped: only regular files are results (not links or dirs)` }
      continue
    }
    if (!isPlainFileName(name)) {
      yield { type: 'note', line: 'output file skipped: its name is not a plain file name' }
      continue
    }
    if (total + st.size > maxBytes) {
      yield { type: 'note', line: `output/${name} skipped: results are limited to ${maxBytes} bytes in total` }
      continue
    }
    total += st.size
    yield { type: 'result', name, path, size: st.size, sha256: await sha256File(path, signal) }
  }
}
