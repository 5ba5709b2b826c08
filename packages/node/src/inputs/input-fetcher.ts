/**
 * Fetch one input by URL into a file: redirects followed (a few, each hop checked by the
 * network policy), at most the declared size read, every byte hashed, progress reported,
 * a stalled body given up on. The caller moves the file into the cache once it checks.
 */
import { createHash } from 'node:crypto'
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import { InputFetchError } from '../errors.js'
import type { InputNetworkPolicy } from './network-policy.js'

/** Redirects followed before giving up: CDNs use one or two; a loop is stopped here. */
export const MAX_INPUT_REDIRECTS = 5
/** A body that sends nothing for this long is given up on (the preparing timeout bounds the whole). */
export const INPUT_STALL_MS = 30_000
/** Progress is reported at most this often… */
export const PROGRESS_INTERVAL_MS = 250

export interface FetchTarget {
  name: string
  url: string
  sha256: Uint8Array
  size: number
}

export interface FetchOptions {
  policy: InputNetworkPolicy
  signal: AbortSignal
  onProgress?: (bytesDone: number) => void
  stallMs?: number
}

/** Fetch `target` into `path` (created, removed again on failure). Throws InputFetchError. */
export async function fetchInput (target: FetchTarget, path: string, options: FetchOptions): Promise<void> {
  try {
    await fetchInto(target, path, options)
  } catch (err) {
    await rm(path, { force: true }).catch(() => {})
    if ((err as Error).name === 'InputFetchError') throw err
    if (options.signal.aborted) throw new InputFetchError(target.name, 'timeout', 'the preparing phase ran out of time', { cause: err })
    throw new InputFetchError(target.name, 'unreachable', `${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err })
  }
}

async function fetchInto (target: FetchTarget, path: string, options: FetchOptions): Promise<void> {
  const res = await open(target, options)
  const declared = Number(res.headers['content-length'] ?? NaN)
  if (Number.isFinite(declared) && declared > target.size) {
    res.destroy()
    throw new InputFetchError(target.name, 'size-mismatch', `the server sends ${declared} bytes, the spec says ${target.size}`)
  }
  const hash = createHash('sha256')
  const out = createWriteStream(path, { mode: 0o600 })
  let done = 0
  let lastReport = 0
  const stallMs = options.stallMs ?? INPUT_STALL_MS
  await new Promise<void>((resolve, reject) => {
    let stall: NodeJS.Timeout | undefined
    let settled = false
    // First cause wins: destroying the response emits its own 'aborted' and 'error'.
    const fail = (err: Error): void => {
      if (settled) return
      settled = true
      clearTimeout(stall)
      options.signal.removeEventListener('abort', onAbort)
      reject(err)
      res.destroy()
      out.destroy()
    }
    const arm = (): void => {
      clearTimeout(stall)
      stall = setTimeout(() => { fail(new InputFetchError(target.name, 'unreachable', `the server sent nothing for ${stallMs / 1000} s (at ${done} of ${target.size} bytes)`)) }, stallMs)
    }
    const onAbort = (): void => { fail(new InputFetchError(target.name, 'timeout', `the preparing phase ran out of time at ${done} of ${target.size} bytes`)) }
    options.signal.addEventListener('abort', onAbort, { once: true })
    arm()
    res.on('data', (chunk: Buffer) => {
      if (settled) return
      done += chunk.length
      // Never read past what was declared: a server that sends more is refused at once.
      if (done > target.size) { fail(new InputFetchError(target.name, 'size-mismatch', `the server sent more than the ${target.size} bytes the spec says`)); return }
      hash.update(chunk)
      arm()
      if (!out.write(chunk)) { res.pause(); out.once('drain', () => res.resume()) }
      const now = Date.now()
      if (now - lastReport >= PROGRESS_INTERVAL_MS) { lastReport = now; options.onProgress?.(done) }
    })
    res.on('aborted', () => { fail(new InputFetchError(target.name, 'unreachable', `the connection closed at ${done} of ${target.size} bytes`)) })
    res.on('error', err => { fail(new InputFetchError(target.name, 'unreachable', `${(err as NodeJS.ErrnoException).code ?? err.message} at ${done} of ${target.size} bytes`, { cause: err })) })
    res.on('end', () => {
      if (settled) return
      settled = true
      clearTimeout(stall)
      options.signal.removeEventListener('abort', onAbort)
      out.end(() => { resolve() })
    })
    out.on('error', err => { fail(err) })
  })
  options.onProgress?.(done)
  if (done !== target.size) throw new InputFetchError(target.name, 'size-mismatch', `the body ended at ${done} bytes, the spec says ${target.size}`)
  const got = hash.digest()
  if (!got.equals(Buffer.from(target.sha256))) throw new InputFetchError(target.name, 'hash-mismatch', `its sha256 is ${got.toString('hex')}, the spec says ${Buffer.from(target.sha256).toString('hex')}`)
}

/** GET `target.url`, following redirects; resolves with a 200 response. */
async function open (target: FetchTarget, options: FetchOptions): Promise<IncomingMessage> {
  let url = new URL(target.url)
  const seen = new Set<string>()
  for (let hop = 0; ; hop++) {
    const refused = options.policy.refuseUrl(url)
    if (refused !== undefined) throw new InputFetchError(target.name, 'not-allowed', `${redact(url)}: ${refused}`)
    seen.add(url.href)
    const res = await get(url, target, options)
    const status = res.statusCode ?? 0
    if (status >= 300 && status < 400 && res.headers.location !== undefined) {
      res.resume()
      const next = new URL(res.headers.location, url)
      if (seen.has(next.href)) throw new InputFetchError(target.name, 'unreachable', `${redact(url)} redirects in a loop`)
      if (hop + 1 > MAX_INPUT_REDIRECTS) throw new InputFetchError(target.name, 'unreachable', `more than ${MAX_INPUT_REDIRECTS} redirects`)
      url = next
      continue
    }
    if (status !== 200) {
      res.resume()
      throw new InputFetchError(target.name, 'unreachable', `${redact(url)} answered HTTP ${status}`)
    }
    return res
  }
}

async function get (url: URL, target: FetchTarget, options: FetchOptions): Promise<IncomingMessage> {
  // The address is checked where the socket is made, after DNS: no rebinding between check and connect.
  const lookup: LookupFunction = (hostname, opts, callback) => {
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses: LookupAddress[]) => {
      if (err !== null) { callback(err, '', 0); return }
      for (const a of addresses) {
        const refused = options.policy.refuseAddress(a.address)
        if (refused !== undefined) { callback(new InputFetchError(target.name, 'not-allowed', `${hostname}: ${refused}`), '', 0); return }
      }
      if (opts.all === true) callback(null, addresses as unknown as string, 0)
      else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4)
    })
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  const init: RequestOptions = { method: 'GET', lookup, signal: options.signal, headers: { 'user-agent': 'gpumesh-node', 'accept-encoding': 'identity' } }
  return await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(url, init, resolve)
    req.setTimeout(options.stallMs ?? INPUT_STALL_MS, () => { req.destroy(new InputFetchError(target.name, 'unreachable', `${redact(url)} did not answer within ${(options.stallMs ?? INPUT_STALL_MS) / 1000} s`)) })
    req.on('error', err => {
      if ((err as Error).name === 'InputFetchError') { reject(err); return }
      if (options.signal.aborted) { reject(new InputFetchError(target.name, 'timeout', 'the preparing phase ran out of time', { cause: err })); return }
      reject(new InputFetchError(target.name, 'unreachable', `${redact(url)}: ${(err as NodeJS.ErrnoException).code ?? err.message}`, { cause: err }))
    })
    req.end()
  })
}

/** The URL without its query, which may hold a signed token: logs and events are shown to people. */
function redact (url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`
}
