/**
 * The tar archives a job's files travel in to and from its container (the engine's
 * archive API): a job's inputs go in before it starts, its output files come out after
 * it ends. Only what a job dir holds is handled: plain files in one level of dirs.
 * Copying rather than mounting works with every engine, local or not, and with a
 * provider in a container, whose paths the engine cannot see.
 */
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { isPlainFileName } from '@gpumesh/protocol'

const BLOCK = 512

export interface TarEntry {
  /** Relative path: `dir/` for a dir, `dir/name` for a file. */
  path: string
  uid: number
  gid: number
  mode: number
  content?: Uint8Array
}

function octal (value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function header (path: string, entry: { uid: number, gid: number, mode: number, size: number, type: string }): Buffer {
  const h = Buffer.alloc(BLOCK)
  h.write(path, 0, 100, 'utf8')
  h.write(octal(entry.mode, 8), 100, 'ascii')
  h.write(octal(entry.uid, 8), 108, 'ascii')
  h.write(octal(entry.gid, 8), 116, 'ascii')
  h.write(octal(entry.size, 12), 124, 'ascii')
  h.write(octal(Math.floor(Date.now() / 1000), 12), 136, 'ascii')
  h.write('        ', 148, 'ascii')
  h.write(entry.type, 156, 'ascii')
  h.write('ustar\u000000', 257, 'ascii')
  let sum = 0
  for (const b of h) sum += b
  h.write(octal(sum, 7) + ' ', 148, 'ascii')
  return h
}

function padded (data: Uint8Array): Buffer[] {
  const rest = data.length % BLOCK
  return rest === 0 ? [Buffer.from(data)] : [Buffer.from(data), Buffer.alloc(BLOCK - rest)]
}

/** Pure: a tar archive of `entries`; a path longer than the header holds goes in a PAX record. */
export function tarArchive (entries: TarEntry[]): Buffer {
  const parts: Buffer[] = []
  for (const e of entries) {
    const isDir = e.path.endsWith('/')
    const size = isDir ? 0 : e.content?.length ?? 0
    if (Buffer.byteLength(e.path) > 99) {
      const body = ` path=${e.path}\n`
      // The record's length counts its own digits.
      let len = body.length + 2
      while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body)
      const record = Buffer.from(`${len}${body}`)
      parts.push(header('PaxHeader', { uid: 0, gid: 0, mode: 0o644, size: record.length, type: 'x' }), ...padded(record))
    }
    parts.push(header(e.path, { uid: e.uid, gid: e.gid, mode: e.mode, size, type: isDir ? '5' : '0' }))
    if (!isDir && e.content !== undefined) parts.push(...padded(e.content))
  }
  parts.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(parts)
}

function readOctal (b: Buffer, at: number, width: number): number {
  // A leading 0x80 byte is GNU base-256: only for sizes past 8 GiB, far over any limit here.
  if (((b[at] ?? 0) & 0x80) !== 0) return Number.MAX_SAFE_INTEGER
  const text = b.toString('ascii', at, at + width).replace(/\0.*$/s, '').trim()
  return text === '' ? 0 : parseInt(text, 8)
}

function readName (b: Buffer): string {
  const name = b.toString('utf8', 0, 100).replace(/\0.*$/s, '')
  const prefix = b.toString('ascii', 257, 263).startsWith('ustar') ? b.toString('utf8', 345, 500).replace(/\0.*$/s, '') : ''
  return prefix === '' ? name : `${prefix}/${name}`
}

function paxPath (data: Buffer): string | undefined {
  return /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1]
}

export interface ExtractResult {
  /** Regular files written to the dir, in archive order. */
  files: string[]
  /** One line for each entry left out, and why. */
  notes: string[]
}

/**
 * Write the regular files directly inside `dirName/` of a tar stream into `destDir`;
 * anything else (dirs, links, devices, deeper paths) is left out with a note. At most
 * `maxBytes` in all are written; beyond `maxBytes` twice over (plus a block) the rest of
 * the archive is not read.
 */
export async function extractFiles (stream: Readable, dirName: string, destDir: string, maxBytes: number): Promise<ExtractResult> {
  const files: string[] = []
  const notes: string[] = []
  const readLimit = maxBytes * 2 + 1024 * 1024
  let read = 0
  let pending: Buffer = Buffer.alloc(0)
  let longName: string | undefined
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  // Bytes buffered until `n` are available; undefined at the end of the stream.
  const take = async (n: number): Promise<Buffer | undefined> => {
    while (pending.length < n) {
      const next = await iterator.next()
      if (next.done === true) return undefined
      read += next.value.length
      if (read > readLimit) throw new RangeError('archive larger than the result limit allows')
      pending = Buffer.concat([pending, next.value])
    }
    const out = pending.subarray(0, n)
    pending = pending.subarray(n)
    return out
  }
  // Moves `n` bytes on, into `sink` or nowhere, holding at most one chunk in memory.
  const pass = async (n: number, sink?: NodeJS.WritableStream): Promise<boolean> => {
    let left = n
    while (left > 0) {
      if (pending.length === 0) {
        const next = await iterator.next()
        if (next.done === true) return false
        read += next.value.length
        if (read > readLimit) throw new RangeError('archive larger than the result limit allows')
        pending = next.value
      }
      const part = pending.subarray(0, left)
      pending = pending.subarray(part.length)
      left -= part.length
      if (sink !== undefined && !sink.write(part)) await new Promise(resolve => sink.once('drain', resolve))
    }
    return true
  }
  let written = 0
  try {
    for (;;) {
      const h = await take(BLOCK)
      if (h === undefined || h.every(b => b === 0)) break
      const size = readOctal(h, 124, 12)
      const type = String.fromCharCode(h[156] ?? 0)
      const padding = Math.ceil(size / BLOCK) * BLOCK - size
      if (type === 'x' || type === 'L' || type === 'g') {
        const body = await take(size + padding)
        if (body === undefined) break
        if (type === 'x') longName = paxPath(body.subarray(0, size))
        if (type === 'L') longName = body.subarray(0, size).toString('utf8').replace(/\0.*$/s, '')
        continue
      }
      const path = (longName ?? readName(h)).replace(/^\.\//, '')
      longName = undefined
      const name = path.startsWith(`${dirName}/`) ? path.slice(dirName.length + 1) : ''
      const isFile = type === '0' || type === '\0'
      let keep = false
      // The dir itself, and anything outside it, are not results and need no note.
      if (name !== '') {
        if (!isFile || !isPlainFileName(name)) notes.push(`${dirName}/${name.slice(0, 200)} skipped: only regular files at the top of ${dirName}/ are results`)
        else if (written + size > maxBytes) notes.push(`${dirName}/${name} skipped: results are limited to ${maxBytes} bytes in total`)
        else keep = true
      }
      if (!keep) {
        if (!await pass(size + padding)) break
        continue
      }
      const out = createWriteStream(join(destDir, name), { mode: 0o644 })
      const closed = new Promise<void>((resolve, reject) => { out.once('close', resolve); out.once('error', reject) })
      const complete = await pass(size, out)
      out.end()
      await closed
      if (!complete) break
      written += size
      files.push(name)
      if (!await pass(padding)) break
    }
  } catch (err) {
    notes.push(`${dirName}/ not fully read: ${(err as Error).message}`)
  } finally {
    stream.destroy()
  }
  return { files, notes }
}
