/**
 * The provider dashboard's page and script (plain browser JavaScript, no framework).
 * Data arrives as server-sent events: `logs` (recent lines by job), `state`, `receipts`
 * on connect, then `state`, `log` and `receipt` as things happen.
 */
import type { DashboardPage } from '@gpumesh/peer'

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gpumesh-node dashboard</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dashboard/style.css">
<script src="/dashboard/common.js" defer></script>
<script src="/dashboard/app.js" defer></script>
</head>
<body>
<header><h1>gpumesh-node</h1><span class="id" id="peer"></span><span class="conn" id="conn">connecting…</span></header>
<main>
<div class="cards" id="cards"></div>
<section><h2>GPUs</h2><div id="gpus"></div></section>
<section><h2>Current offer</h2><div id="offer"></div></section>
<section class="wide"><h2>Leases</h2><div id="leases"></div></section>
<section class="wide"><h2>Running jobs</h2><div id="jobs"></div></section>
<section><h2>Earnings over time</h2><div id="earnings"></div></section>
<section><h2>Refusals by reason</h2><div id="refusals"></div></section>
<section class="wide"><h2>Receipts</h2><div id="receipts"></div></section>
</main>
</body>
</html>
`

const SCRIPT = `'use strict'
;(function () {
  const { el, credits, shortId, shortJobId, time, duration, badge, fill, table, chart, connect, LogPanes } = window.gm
  const GPU_STATES = { idle: 'idle, offered', reserved: 'reserved by a bid', leased: 'leased', 'busy-owner': 'owner busy', 'cooling-down': 'cooling down', 'outside-window': 'outside sale window' }
  const MAX_LINES = 200
  const panes = new LogPanes(MAX_LINES)
  let state = null
  let receipts = []

  const earned = () => receipts.reduce((sum, r) => sum + BigInt(r.cost), 0n)

  function renderCards () {
    if (state === null) return
    const free = state.gpus.filter(g => g.state === 'idle').length
    fill('cards',
      el('div', { class: 'card' }, el('div', { class: 'label' }, 'Price'), el('div', { class: 'value' }, credits(state.offer.pricePerGpuHour)), el('div', { class: 'sub' }, 'credits per GPU-hour')),
      el('div', { class: 'card' }, el('div', { class: 'label' }, 'GPUs free'), el('div', { class: 'value', id: 'gpus-free' }, free + ' / ' + state.gpus.length), el('div', { class: 'sub' }, state.reservations + ' reserved by bids')),
      el('div', { class: 'card' }, el('div', { class: 'label' }, 'Running jobs'), el('div', { class: 'value', id: 'jobs-running' }, String(state.jobs.length)), el('div', { class: 'sub' }, state.leases.length + ' live lease(s)')),
      el('div', { class: 'card' }, el('div', { class: 'label' }, 'Earned'), el('div', { class: 'value', id: 'earned' }, credits(earned().toString())), el('div', { class: 'sub' }, receipts.length + ' receipt(s)')))
  }

  function renderState () {
    fill('peer', state.node.peerId)
    renderCards()
    fill('gpus', table(['#GPU', 'Model', '#VRAM', 'State', 'Job'], state.gpus.map(g => [
      String(g.index),
      [g.model, g.declared ? el('span', { class: 'note', title: 'from the config, not detected' }, ' (declared)') : null],
      (g.vramMiB / 1024).toFixed(0) + ' GiB',
      badge(g.state, GPU_STATES[g.state] || g.state),
      g.jobId ? el('span', { class: 'mono' }, shortJobId(g.jobId)) : ''
    ]), 'No GPUs.'))
    const o = state.offer
    const attrs = Object.entries(o.attributes || {})
    fill('offer', table(['Field', 'Value'], [
      ['Price', credits(o.pricePerGpuHour) + ' credits / GPU-hour'],
      ['Region', o.region || '(none)'],
      ['GPUs', o.gpus.length === 0 ? 'none' : o.gpus.map(g => g.countFree + ' of ' + g.countTotal + ' × ' + g.model).join(', ')],
      ['Runtimes', o.runtimes.join(', ') || '(none)'],
      ['Attributes', attrs.length === 0 ? '(none)' : attrs.map(([k, v]) => k + '=' + v).join(', ')],
      ['Sequence', String(o.seq)],
      ['Expires', time(o.expiresAtMs)]
    ], ''))
    fill('leases', table(['Lease', 'Client', 'GPUs', 'Status', '#Price', 'Job', 'Since'], state.leases.map(l => [
      el('span', { class: 'mono' }, shortJobId(l.leaseId)), el('span', { class: 'mono', title: l.client }, shortId(l.client)),
      l.gpuIndices.join(', '), badge(l.status === 'in-use' ? 'running' : 'leased', l.status), credits(l.pricePerGpuHour),
      l.jobId ? el('span', { class: 'mono' }, shortJobId(l.jobId)) : '', time(l.createdAtMs)
    ]), 'No leases.'))
    const ids = new Set(state.jobs.map(j => j.jobId))
    panes.keep(ids)
    fill('jobs', state.jobs.length === 0 ? el('div', { class: 'empty' }, 'No jobs running.') : state.jobs.map(j => el('div', { class: 'job', 'data-job': j.jobId },
      el('div', { class: 'head' }, el('strong', { class: 'mono' }, j.jobId), badge(j.state), el('span', null, 'GPUs ' + (j.gpuIndices.join(', ') || '-')),
        el('span', { class: 'mono', title: j.client }, 'client ' + shortId(j.client)), el('span', null, j.runtime),
        el('span', null, j.startedAtMs ? 'started ' + time(j.startedAtMs) : 'leased ' + time(j.createdAtMs))),
      state.node.showsLogs ? panes.pane(j.jobId) : el('div', { class: 'note' }, 'Logs are shown only when the API binds to loopback.'))))
    fill('refusals', table(['Kind', 'Reason', '#Count'], state.refusals.map(r => [r.kind, r.reason, String(r.count)]), 'Nothing refused yet.'))
  }

  function renderReceipts () {
    renderCards()
    let sum = 0n
    const points = receipts.map(r => { sum += BigInt(r.cost); return { t: r.endedAtMs, v: Number(sum) / 1e6 } })
    fill('earnings', chart(points, 'cr'), el('div', { class: 'note' }, 'Cumulative credits from receipts: ' + credits(sum.toString())))
    fill('receipts', table(['Job', 'Client', 'State', '#GPU time', '#Cost', 'Ended', 'Countersigned'], receipts.slice(-20).reverse().map(r => [
      el('span', { class: 'mono' }, shortJobId(r.jobId)), el('span', { class: 'mono', title: r.client }, shortId(r.client)), badge(r.finalState),
      duration(r.gpuMs), credits(r.cost), time(r.endedAtMs), r.countersigned ? 'yes' : 'not yet'
    ]), 'No receipts yet.'))
  }

  connect({
    logs: (byJob) => { panes.reset(byJob) },
    state: (s) => { state = s; renderState() },
    receipts: (list) => { receipts = list; renderReceipts() },
    receipt: (r) => { receipts = receipts.filter(x => x.jobId !== r.jobId).concat([r]); renderReceipts() },
    log: (line) => { panes.append(line.jobId, line) }
  })
})()
`

export const NODE_DASHBOARD_PAGE: DashboardPage = { html: HTML, script: SCRIPT }
