/**
 * The client dashboard's page and script (plain browser JavaScript, no framework).
 * Server-sent events: `logs` (recent lines by job) and `state` on connect, then
 * `state` and `log` as things happen.
 */
import type { DashboardPage } from '@gpumesh/peer'

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gpumesh client dashboard</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dashboard/style.css">
<script src="/dashboard/common.js" defer></script>
<script src="/dashboard/app.js" defer></script>
</head>
<body>
<header><h1>gpumesh client</h1><span class="id" id="peer"></span><span class="conn" id="conn">connecting…</span></header>
<main>
<div class="cards" id="cards"></div>
<section class="wide"><h2>Running jobs</h2><div id="running"></div></section>
<section class="wide"><h2>Jobs</h2><div id="jobs"></div></section>
<section><h2>Spend over time</h2><div id="spend"></div></section>
<section><h2>Providers</h2><div id="providers"></div></section>
</main>
</body>
</html>
`

const SCRIPT = `'use strict'
;(function () {
  const { el, credits, shortId, shortJobId, time, badge, fill, table, chart, connect, LogPanes } = window.gm
  const MAX_LINES = 200
  const OVER = new Set(['succeeded', 'failed', 'cancelled', 'lost', 'preempted'])
  const panes = new LogPanes(MAX_LINES)

  function render (s) {
    fill('peer', s.client.peerId)
    let spent = 0n
    const points = s.receipts.map(r => { spent += BigInt(r.cost); return { t: r.endedAtMs, v: Number(spent) / 1e6 } })
    const running = s.jobs.filter(j => !OVER.has(j.state))
    const gpusFree = s.providers.reduce((n, p) => n + p.gpus.reduce((m, g) => m + g.countFree, 0), 0)
    fill('cards',
      el('div', { class: 'card' }, el('div', { class: 'label' }, 'Spent'), el('div', { class: 'value', id: 'spent' }, credits(spent.toString())), el('div', { class: 'sub' }, s.receipts.length + ' receipt(s)')),
      el('div', { class: 'card' }, el('div', { class: 'label' }, 'Jobs running'), el('div', { class: 'value', id: 'jobs-running' }, String(running.length)), el('div', { class: 'sub' }, s.jobs.length + ' job(s) in the store')),
      el('div', { class: 'card' }, el('div', { class: 'label' }, 'Providers known'), el('div', { class: 'value' }, String(s.providers.length)), el('div', { class: 'sub' }, s.providers.filter(p => p.reached).length + ' reached')),
      el('div', { class: 'card' }, el('div', { class: 'label' }, 'GPUs offered free'), el('div', { class: 'value' }, String(gpusFree)), el('div', { class: 'sub' }, 'in the known offers')))

    const ids = new Set(running.map(j => j.id))
    panes.keep(ids)
    fill('running', running.length === 0 ? el('div', { class: 'empty' }, 'No jobs running.') : running.map(j => el('div', { class: 'job', 'data-job': j.id },
      el('div', { class: 'head' }, el('strong', { class: 'mono' }, j.id), badge(j.state),
        j.provider ? el('span', { class: 'mono', title: j.provider }, 'provider ' + shortId(j.provider)) : null,
        el('span', null, j.gpuCount + ' × ' + (j.gpuModels[0] || 'GPU')), j.pricePerGpuHour ? el('span', null, credits(j.pricePerGpuHour) + ' cr/GPU-h') : null,
        el('span', null, 'since ' + time(j.createdAtMs))),
      s.client.showsLogs ? panes.pane(j.id) : el('div', { class: 'note' }, 'Logs are shown only when the dashboard binds to loopback.'))))

    fill('jobs', table(['Job', 'State', 'Provider', 'GPUs', '#Price', '#Cost', 'Attempts', 'Submitted'], s.jobs.map(j => [
      el('span', { class: 'mono', title: j.id }, shortJobId(j.id)),
      [badge(j.state), j.reason ? el('span', { class: 'note' }, ' ' + j.reason) : null],
      j.provider ? el('span', { class: 'mono', title: j.provider }, shortId(j.provider)) : '',
      j.gpuCount + (j.gpuModels.length > 0 ? ' × ' + j.gpuModels[0] : ''),
      j.pricePerGpuHour ? credits(j.pricePerGpuHour) : '', j.cost !== undefined ? credits(j.cost) : '',
      String(j.attempts), time(j.createdAtMs)
    ]), 'No jobs in the local store.'))

    fill('spend', chart(points, 'cr'), el('div', { class: 'note' }, 'Cumulative credits from receipts: ' + credits(spent.toString())))

    fill('providers', table(['Provider', 'GPUs', '#Price', 'Region', 'Seen', 'Measured', 'Score (why)'], s.providers.map(p => [
      el('span', { class: 'mono', title: p.provider }, shortId(p.provider)),
      p.gpus.map(g => g.countFree + '/' + g.countTotal + ' × ' + g.model + ' (' + (g.vramMiB / 1024).toFixed(0) + ' GiB)').join(', ') || 'none',
      credits(p.pricePerGpuHour), p.region || '(none)',
      p.reached ? badge('reached') : [badge('relayed'), el('span', { class: 'note mono', title: p.via || '' }, ' via ' + shortId(p.via || '?'))],
      p.measured ? 'cpu ' + p.measured.cpuHashMiBps + ', mem ' + p.measured.memoryCopyMiBps + ', disk ' + p.measured.diskWriteMiBps + ' MiB/s' + (p.measured.gpuGflops > 0 ? ', gpu ' + p.measured.gpuGflops + ' GFLOPS' : '') : '-',
      p.reputation ? p.reputation.score.toFixed(2) + ' (' + p.reputation.why.join(', ') + ')' : '-'
    ]), 'No providers known yet.'))
  }

  connect({
    logs: (byJob) => { panes.reset(byJob) },
    state: render,
    log: (line) => { panes.append(line.jobId, line) }
  })
})()
`

export const CLIENT_DASHBOARD_PAGE: DashboardPage = { html: HTML, script: SCRIPT }
