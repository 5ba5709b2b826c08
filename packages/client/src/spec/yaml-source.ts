/**
 * A YAML (or JSON: YAML 1.2 reads it) file parsed with its positions kept, so an error
 * about a field can name the line it is on. Spec files and the files `gpumesh import`
 * reads all go through here.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml'
import { JobSpecError, type SpecIssue } from '../errors.js'

/** A path into a document: map keys and sequence indices. */
export type FieldPath = ReadonlyArray<string | number>

/** Most bytes of a spec or import file: far above any real one, and bounded. */
export const MAX_SPEC_FILE_BYTES = 1024 * 1024

export class YamlSource {
  private constructor (
    readonly source: string,
    readonly value: unknown,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter
  ) {}

  /** Parse `text`; throws JobSpecError with the line of every syntax error. */
  static parse (text: string, source: string): YamlSource {
    if (text.length > MAX_SPEC_FILE_BYTES) throw new JobSpecError(source, [{ path: '', line: 0, column: 0, message: `larger than ${MAX_SPEC_FILE_BYTES} bytes` }])
    const lines = new LineCounter()
    // uniqueKeys: a key given twice is an error, not a silent last-one-wins.
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, version: '1.2' })
    if (doc.errors.length > 0) {
      throw new JobSpecError(source, doc.errors.slice(0, 20).map(e => {
        const pos = lines.linePos(e.pos[0])
        return { path: '', line: pos.line, column: pos.col, message: e.message.split('\n')[0] ?? e.message }
      }))
    }
    // maxAliasCount bounds a "billion laughs" file.
    const value: unknown = doc.toJS({ maxAliasCount: 100 })
    return new YamlSource(source, value, doc, lines)
  }

  /**
   * Line and column of the node at `path`, or of the nearest ancestor that exists (a
   * missing field is reported where its parent is). `key: true` points at the key of the
   * last step rather than its value: where an unknown field is written.
   */
  position (path: FieldPath, options: { key?: boolean } = {}): { line: number, column: number } {
    let node: unknown = this.doc.contents
    let at: Node | undefined = node as Node | undefined
    for (const [i, step] of path.entries()) {
      const last = i === path.length - 1
      if (isMap(node)) {
        const pair = node.items.find(p => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step))
        if (pair === undefined) break
        if (last && options.key === true && isScalar(pair.key)) { at = pair.key; break }
        node = pair.value
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step]
      } else {
        break
      }
      if (node === undefined || node === null) break
      at = node as Node
    }
    const offset = at?.range?.[0]
    if (offset === undefined) return { line: 0, column: 0 }
    const pos = this.lines.linePos(offset)
    return { line: pos.line, column: pos.col }
  }

  issue (path: FieldPath, message: string, options: { key?: boolean } = {}): SpecIssue {
    return { path: formatPath(path), ...this.position(path, options), message }
  }
}

/** `resources.gpu.count`, `inputs[2].sha256`. */
export function formatPath (path: FieldPath): string {
  let out = ''
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`
    else out += out === '' ? step : `.${step}`
  }
  return out
}
