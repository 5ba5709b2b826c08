/**
 * The style sheet and browser helpers both dashboards load, kept as strings so the
 * package ships them without a build step or a CDN. The helpers build every element
 * with createElement and textContent: nothing a peer sent is ever parsed as HTML.
 */

export const DASHBOARD_STYLE = `
:root { --bg: #f5f6f8; --card: #fff; --ink: #1d2330; --muted: #667085; --line: #e3e6eb; --accent: #2f6fde;
  --ok: #1f8a4c; --warn: #b7791f; --bad: #c53030; --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--bg); color: var(--ink); }
header { display: flex; align-items: baseline; gap: 16px; padding: 14px 24px; background: #172033; color: #fff; }
header h1 { font-size: 18px; margin: 0; font-weight: 600; }
header .id { font-family: var(--mono); font-size: 12px; color: #b8c2d6; }
header .conn { margin-left: auto; font-size: 12px; padding: 2px 8px; border-radius: 10px; background: #3a4560; }
header .conn.live { background: var(--ok); }
main { padding: 16px 24px 32px; display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); }
section { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; min-width: 0; }
section.wide { grid-column: 1 / -1; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 8px; }
.cards { grid-column: 1 / -1; display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; }
.card .label { color: var(--muted); font-size: 12px; }
.card .value { font-size: 22px; font-weight: 600; }
.card .sub { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: 600; color: var(--muted); font-size: 12px; white-space: nowrap; overflow-wrap: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.mono { font-family: var(--mono); font-size: 12px; }
.empty { color: var(--muted); font-style: italic; padding: 4px 0; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; background: #e8ecf3; color: var(--ink); white-space: nowrap; }
.badge.idle, .badge.succeeded, .badge.reached { background: #def5e6; color: var(--ok); }
.badge.leased, .badge.running, .badge.reserved { background: #dde8fb; color: var(--accent); }
.badge.busy-owner, .badge.cooling-down, .badge.outside-window, .badge.relayed, .badge.pending, .badge.bidding { background: #fcefd9; color: var(--warn); }
.badge.failed, .badge.lost, .badge.cancelled, .badge.preempted { background: #fde2e2; color: var(--bad); }
.job { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
.job .head { display: flex; flex-wrap: wrap; gap: 10px; align-items: baseline; padding: 6px 10px; border-bottom: 1px solid var(--line); background: #fafbfc; }
.log { margin: 0; padding: 6px 10px; max-height: 260px; overflow: auto; background: #0f1522; color: #d7dde8; font: 12px/1.4 var(--mono); white-space: pre-wrap; overflow-wrap: anywhere; }
.log .stderr { color: #ff9b9b; }
.log .system { color: #8fb3ff; }
.note { color: var(--muted); font-size: 12px; margin: 4px 0; }
svg.chart { width: 100%; height: 180px; display: block; }
svg.chart .axis { stroke: var(--line); }
svg.chart .line { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.chart .area { fill: rgba(47, 111, 222, .12); }
svg.chart text { fill: var(--muted); font-size: 11px; }
`

export const DASHBOARD_COMMON_SCRIPT = `'use strict'
// Shared helpers of the gpumesh dashboards. Values are only ever set as text.
;(function () {
  const SVG = 'http://www.w3.org/2000/svg'
  const add = (node, children) => {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue
      node.append(c instanceof Node ? c : document.createTextNode(String(c)))
    }
    return node
  }
  /** An element; props: class, title, and other plain attributes (never href or on*). */
  const el = (tag, props, ...children) => {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'class') node.className = v
      else if (/^on/i.test(k) || k === 'href' || k === 'src') throw new Error('refused attribute ' + k)
      else node.setAttribute(k, String(v))
    }
    return add(node, children)
  }
  const svg = (tag, attrs, ...children) => {
    const node = document.createElementNS(SVG, tag)
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v))
    return add(node, children)
  }
  /** Micro-credits (a decimal string) as credits, exactly. */
  const credits = (micro) => {
    let n
    try { n = BigInt(micro) } catch { return '?' }
    const whole = n / 1000000n
    const frac = (n % 1000000n).toString().padStart(6, '0').replace(/0+$/, '')
    return frac === '' ? whole.toString() : whole + '.' + frac
  }
  // Peer ids by their tail (every one starts 12D3KooW); job, lease and receipt ids by
  // their head, the prefix the CLI prints and accepts back.
  const shortId = (id) => typeof id === 'string' && id.length > 12 ? '…' + id.slice(-8) : String(id ?? '')
  const shortJobId = (id) => String(id ?? '').slice(0, 8)
  const time = (ms) => ms > 0 ? new Date(ms).toLocaleTimeString() : ''
  const duration = (ms) => ms >= 60000 ? (ms / 60000).toFixed(1) + ' min' : (ms / 1000).toFixed(1) + ' s'
  const badge = (word, label) => el('span', { class: 'badge ' + String(word).replace(/[^a-z-]/g, '') }, label ?? word)
  /** Replace the children of #id. */
  const fill = (id, ...nodes) => { document.getElementById(id).replaceChildren(...nodes.flat(Infinity).filter(n => n != null)) }
  /** A table; cells are text or nodes; an empty list shows the placeholder. */
  const table = (headers, rows, empty) => rows.length === 0
    ? el('div', { class: 'empty' }, empty)
    : el('table', null,
      el('thead', null, el('tr', null, headers.map(h => el('th', h.startsWith('#') ? { class: 'num' } : null, h.replace(/^#/, ''))))),
      el('tbody', null, rows.map(r => el('tr', null, r.map((c, i) => el('td', headers[i]?.startsWith('#') ? { class: 'num' } : null, c))))))

  /**
   * Log panes by job, and the lines behind them: the server's backlog (\`reset\`) plus
   * every live line, the oldest dropped past \`max\`, so a pane drawn later starts full.
   */
  class LogPanes {
    constructor (max) { this.max = max; this.panes = new Map(); this.backlog = {} }
    reset (byJob) { this.panes = new Map(); this.backlog = byJob }
    pane (jobId) {
      let p = this.panes.get(jobId)
      if (p === undefined) {
        p = el('pre', { class: 'log', 'data-job': jobId })
        this.panes.set(jobId, p)
        for (const l of this.backlog[jobId] || []) this.draw(p, l)
      }
      return p
    }
    append (jobId, line) {
      const kept = this.backlog[jobId] || (this.backlog[jobId] = [])
      kept.push(line)
      if (kept.length > this.max) kept.shift()
      const p = this.panes.get(jobId)
      if (p !== undefined) this.draw(p, line)
    }
    draw (p, line) {
      const stick = p.scrollTop + p.clientHeight >= p.scrollHeight - 4
      p.append(el('div', { class: line.stream }, line.line))
      while (p.childElementCount > this.max) p.firstElementChild.remove()
      if (stick) p.scrollTop = p.scrollHeight
    }
    /** Keep the panes of these jobs; past 64 jobs' lines, drop those of the others too. */
    keep (jobIds) {
      for (const id of [...this.panes.keys()]) if (!jobIds.has(id)) this.panes.delete(id)
      if (Object.keys(this.backlog).length > 64) for (const id of Object.keys(this.backlog)) if (!jobIds.has(id)) delete this.backlog[id]
    }
  }

  /** A cumulative line over time; points are {t: ms, v: number}, in time order. */
  const chart = (points, unit) => {
    const W = 600, H = 180, L = 56, R = 10, T = 10, B = 24
    const s = svg('svg', { class: 'chart', viewBox: '0 0 ' + W + ' ' + H, preserveAspectRatio: 'none', role: 'img' })
    s.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }), svg('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }))
    if (points.length === 0) { s.append(svg('text', { x: L + 8, y: H / 2 }, 'nothing yet')); return s }
    const t0 = points[0].t, t1 = Math.max(points[points.length - 1].t, t0 + 1)
    const vMax = Math.max(...points.map(p => p.v), 1e-9)
    const x = (t) => L + (t - t0) / (t1 - t0) * (W - L - R)
    const y = (v) => H - B - v / vMax * (H - T - B)
    let d = 'M ' + x(t0).toFixed(1) + ' ' + y(0).toFixed(1)
    for (const p of points) d += ' L ' + x(p.t).toFixed(1) + ' ' + y(p.v).toFixed(1)
    s.append(svg('path', { class: 'area', d: d + ' L ' + x(t1).toFixed(1) + ' ' + y(0).toFixed(1) + ' Z' }), svg('path', { class: 'line', d }))
    s.append(svg('text', { x: 4, y: T + 10 }, Number(vMax.toPrecision(3)) + ' ' + unit), svg('text', { x: 4, y: H - B }, '0'))
    s.append(svg('text', { x: L, y: H - 6 }, time(t0)), svg('text', { x: W - R - 70, y: H - 6 }, time(t1)))
    return s
  }

  /** Follow the dashboard's event stream; handlers by event name get parsed JSON. */
  const connect = (handlers) => {
    const status = document.getElementById('conn')
    const es = new EventSource('/dashboard/events')
    es.addEventListener('open', () => { status.textContent = 'live'; status.className = 'conn live' })
    es.addEventListener('error', () => { status.textContent = 'reconnecting…'; status.className = 'conn' })
    for (const [name, fn] of Object.entries(handlers)) es.addEventListener(name, (e) => { fn(JSON.parse(e.data)) })
    window.addEventListener('pagehide', () => { es.close() })
    return es
  }

  window.gm = { el, svg, credits, shortId, shortJobId, time, duration, badge, fill, table, chart, connect, LogPanes }
})()
`
