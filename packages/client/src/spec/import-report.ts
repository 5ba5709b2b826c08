/**
 * What an import did with each field of the foreign file. Mappers read the file through
 * a `FieldReader`, which remembers every key read; whatever was never read is reported
 * as not supported when the import ends, so no field can be dropped silently.
 */
import { formatPath, type FieldPath, type YamlSource } from './yaml-source.js'

export interface ImportNote {
  /** The field in the foreign file, e.g. `profiles.compute.web.resources.gpu.units`. */
  path: string
  line: number
  column: number
  /** Where it went in the gpumesh spec (mapped), or why not (unsupported, needed). */
  detail: string
}

export interface ImportReport {
  /** Fields that became part of the spec. */
  mapped: ImportNote[]
  /** Fields gpumesh has no equivalent for: left out, each with its reason. */
  unsupported: ImportNote[]
  /** What the spec still needs before it can run (a command, a sha256 …). */
  needed: ImportNote[]
}

/** A read-only view of a parsed foreign file that records what it was asked for. */
export class FieldReader {
  readonly report: ImportReport = { mapped: [], unsupported: [], needed: [] }
  private readonly read = new Set<string>()

  /** `caseInsensitive`: Bacalhau's decoder matches keys in any case (Go mapstructure). */
  constructor (private readonly source: YamlSource, private readonly caseInsensitive = false) {}

  get root (): unknown { return this.source.value }

  /** The value at `path` (marking it read), or undefined. */
  get (path: FieldPath): unknown {
    let node: unknown = this.source.value
    const real: Array<string | number> = []
    for (const step of path) {
      if (Array.isArray(node) && typeof step === 'number') {
        node = node[step]
        real.push(step)
      } else if (isObject(node)) {
        const key = this.keyOf(node, String(step))
        if (key === undefined) return undefined
        node = node[key]
        real.push(key)
      } else {
        return undefined
      }
      this.read.add(formatPath(real))
    }
    return node
  }

  /** The real key spelling at `path` (for reports in the file's own case). */
  resolve (path: FieldPath): FieldPath {
    let node: unknown = this.source.value
    const real: Array<string | number> = []
    for (const step of path) {
      if (Array.isArray(node) && typeof step === 'number') {
        node = node[step]
        real.push(step)
      } else if (isObject(node)) {
        const key = this.keyOf(node, String(step)) ?? String(step)
        node = node[key]
        real.push(key)
      } else {
        real.push(step)
        node = undefined
      }
    }
    return real
  }

  /** Keys of the map at `path` (the map itself is marked read, its entries are not). */
  keys (path: FieldPath): string[] {
    const v = this.get(path)
    return isObject(v) ? Object.keys(v) : []
  }

  mapped (path: FieldPath, to: string): void { this.note('mapped', path, to) }

  /** Known and left out, with why; marks the whole subtree read. */
  unsupported (path: FieldPath, reason: string): void {
    this.markTree(path)
    this.note('unsupported', path, reason)
  }

  needed (path: FieldPath, what: string): void { this.note('needed', path, what) }

  /** Report every key never read as not supported. Call once, after mapping. */
  finish (): ImportReport {
    this.walk(this.source.value, [])
    return this.report
  }

  private walk (node: unknown, path: Array<string | number>): void {
    if (Array.isArray(node)) {
      node.forEach((v, i) => { this.walk(v, [...path, i]) })
      return
    }
    if (!isObject(node)) return
    for (const [k, v] of Object.entries(node)) {
      const p = [...path, k]
      if (!this.read.has(formatPath(p))) {
        this.note('unsupported', p, 'not a field gpumesh knows how to map')
        continue
      }
      this.walk(v, p)
    }
  }

  private markTree (path: FieldPath): void {
    const real = this.resolve(path)
    const mark = (node: unknown, p: Array<string | number>): void => {
      this.read.add(formatPath(p))
      if (Array.isArray(node)) node.forEach((v, i) => { mark(v, [...p, i]) })
      else if (isObject(node)) for (const [k, v] of Object.entries(node)) mark(v, [...p, k])
    }
    for (let i = 1; i < real.length; i++) this.read.add(formatPath(real.slice(0, i)))
    mark(this.get(path), [...real])
  }

  private note (kind: keyof ImportReport, path: FieldPath, detail: string): void {
    const real = this.resolve(path)
    const pos = this.source.position(real, { key: true })
    this.report[kind].push({ path: formatPath(real), line: pos.line, column: pos.column, detail })
  }

  private keyOf (node: Record<string, unknown>, key: string): string | undefined {
    if (Object.hasOwn(node, key)) return key
    if (!this.caseInsensitive) return undefined
    const lower = key.toLowerCase()
    return Object.keys(node).find(k => k.toLowerCase() === lower)
  }
}

export function isObject (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Sizes as Akash and Bacalhau write them ("512Mi", "16Gi", "1gb", "10GB", 1073741824) in MiB, rounded up. */
export function sizeToMiB (value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.ceil(value / (1024 * 1024))
  if (typeof value !== 'string') return undefined
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)\s*$/.exec(value)
  if (m === null) return undefined
  const n = Number(m[1])
  const unit = (m[2] ?? '').toLowerCase()
  const factors: Record<string, number> = {
    '': 1, b: 1,
    k: 1e3, kb: 1e3, ki: 1024, kib: 1024,
    m: 1e6, mb: 1e6, mi: 1024 ** 2, mib: 1024 ** 2,
    g: 1e9, gb: 1e9, gi: 1024 ** 3, gib: 1024 ** 3,
    t: 1e12, tb: 1e12, ti: 1024 ** 4, tib: 1024 ** 4
  }
  const f = factors[unit]
  return f === undefined ? undefined : Math.ceil((n * f) / (1024 * 1024))
}

/** CPU as "0.5", 16.0, "100m" (milli-cores): whole cores, rounded up (a job gets at least what it asked). */
export function cpuToCores (value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.ceil(value)
  if (typeof value !== 'string') return undefined
  const milli = /^\s*([0-9]+)m\s*$/.exec(value)
  if (milli !== null) return Math.ceil(Number(milli[1]) / 1000)
  const n = Number(value)
  return Number.isFinite(n) && n >= 0 ? Math.ceil(n) : undefined
}

/** `["K=V", "K="]` as a map; entries without `=` are returned apart. */
export function envList (value: unknown): { env: Record<string, string>, bad: number[] } {
  const env: Record<string, string> = {}
  const bad: number[] = []
  if (!Array.isArray(value)) return { env, bad }
  value.forEach((e, i) => {
    if (typeof e !== 'string' || e.indexOf('=') <= 0) { bad.push(i); return }
    const at = e.indexOf('=')
    env[e.slice(0, at).trim()] = e.slice(at + 1)
  })
  return { env, bad }
}
