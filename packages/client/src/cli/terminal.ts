/**
 * What a person sees on a terminal: colour where it is shown (never into a pipe, never
 * with NO_COLOR), aligned tables with headers, and one status line that rewrites itself.
 */

/** SGR codes; each wraps and resets, so nested text keeps no colour past its end. */
const CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, blue: 34, cyan: 36 } as const
type Colour = keyof typeof CODES

// eslint-disable-next-line no-control-regex -- matching terminal escape codes is the point
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g

/** The text without its escape codes. */
export function plainText (text: string): string {
  return text.replace(ANSI, '')
}

/** Length as shown: escape codes take no columns. */
export function visibleLength (text: string): number {
  return plainText(text).length
}

export class Style {
  readonly enabled: boolean

  /** `isTTY`: the stream this style writes to. NO_COLOR (any value) wins; FORCE_COLOR=1 forces. */
  constructor (isTTY: boolean, env: NodeJS.ProcessEnv) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') this.enabled = false
    else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') this.enabled = env.FORCE_COLOR !== '0'
    else this.enabled = isTTY && env.TERM !== 'dumb'
  }

  paint (colour: Colour, text: string): string {
    return this.enabled ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text
  }

  bold (text: string): string { return this.paint('bold', text) }
  dim (text: string): string { return this.paint('dim', text) }

  /** A job or attempt state, coloured by how it went. */
  state (state: string): string {
    switch (state) {
      case 'succeeded': return this.paint('green', state)
      case 'failed':
      case 'lost':
      case 'error': return this.paint('red', state)
      case 'cancelled':
      case 'preempted': return this.paint('yellow', state)
      case 'running': return this.paint('cyan', state)
      default: return state
    }
  }
}

export interface Column {
  header: string
  /** Right-align (numbers, money). */
  right?: boolean
}

/** Rows under a bold header, each column as wide as its widest cell. */
export function table (columns: Column[], rows: string[][], style: Style): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map(r => visibleLength(r[i] ?? ''))))
  const line = (cells: string[]): string => cells.map((cell, i) => {
    const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - visibleLength(cell)))
    if (i === cells.length - 1 && columns[i]?.right !== true) return cell
    return columns[i]?.right === true ? pad + cell : cell + pad
  }).join('  ')
  return [style.bold(line(columns.map(c => c.header))), ...rows.map(line)].join('\n')
}

/**
 * One line of progress on a terminal (stderr), rewritten in place with a spinner and
 * the time in this phase. Off a terminal it prints nothing: the progress lines a script
 * reads are printed by the caller, and a status line would only add noise.
 */
export class StatusLine {
  private readonly write: (text: string) => void
  private readonly live: boolean
  private text = ''
  private since = 0
  private frame = 0
  private timer?: ReturnType<typeof setInterval>

  /** Redraw interval: fast enough for the spinner to look alive, slow enough to cost nothing. */
  static readonly REDRAW_MS = 120
  private static readonly FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

  constructor (write: (text: string) => void, live: boolean) {
    this.write = write
    this.live = live
  }

  /** Show `text` as the current phase; the clock restarts when the phase changes. */
  set (text: string): void {
    if (!this.live) return
    if (text !== this.text) { this.text = text; this.since = performance.now() }
    if (this.timer === undefined) {
      this.timer = setInterval(() => { this.draw() }, StatusLine.REDRAW_MS)
      this.timer.unref()
    }
    this.draw()
  }

  /** Print a permanent line above the status line. */
  print (line: string): void {
    if (this.live && this.timer !== undefined) this.write('\r\u001b[K')
    this.write(`${line}\n`)
    if (this.live && this.timer !== undefined) this.draw()
  }

  /** Remove the status line for good. */
  clear (): void {
    if (this.timer === undefined) return
    clearInterval(this.timer)
    this.timer = undefined
    this.write('\r\u001b[K')
  }

  private draw (): void {
    const seconds = ((performance.now() - this.since) / 1000).toFixed(0)
    const frame = StatusLine.FRAMES[this.frame++ % StatusLine.FRAMES.length] ?? ''
    this.write(`\r\u001b[K${frame} ${this.text} ${seconds} s`)
  }
}
