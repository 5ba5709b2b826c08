/**
 * Both dashboards in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core): a provider node with its API on loopback, an SDK client with its
 * dashboard, then `gpumesh dashboard` re-attaching to a job `gpumesh submit --detach`
 * left running. Pages load without console errors, log lines appear while the job still
 * runs, a hostile log line and attribute show as text and run nothing, and the GPUs,
 * offer, receipts and spend are there. Screenshots go to a temp dir (removed after);
 * with GPUMESH_DASHBOARD_SCREENSHOTS=<dir> they are copied there too (docs/images).
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createClient, startClientDashboard, type GpumeshClient, type RunningClientDashboard } from '@gpumesh/client'
import type { ProviderNode } from '@gpumesh/node'
import { A100, Testbed, dialAddr, until } from '@gpumesh/test-utils'
import { GPUMESH_BIN, runBin, startBin, stopChild } from './fixtures/processes.js'
import type { ChildProcess } from 'node:child_process'

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => p !== undefined && p !== '' && existsSync(p))
const HOSTILE_LINE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
const HOSTILE_ATTRIBUTE = '<b onmouseover="window.__pwned=3">gold</b>'

/** A page with its console errors and uncaught exceptions collected. */
async function openPage (browser: Browser, url: string, errors: string[]): Promise<{ page: Page, loadMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('console', msg => { if (msg.type() === 'error') errors.push(`${url}: ${msg.text()}`) })
  page.on('pageerror', err => { errors.push(`${url}: ${err.message}`) })
  const started = performance.now()
  await page.goto(url)
  // Loaded = the stream is live and the first state drawn.
  await page.waitForFunction(() => document.getElementById('conn')?.textContent === 'live' && document.getElementById('cards')?.childElementCount !== 0)
  const loadMs = performance.now() - started
  // Each log line's arrival time, to set against the time the job printed it.
  await page.evaluate(() => {
    const w = window as unknown as { arrivals: Array<{ text: string, at: number }> }
    w.arrivals = []
    new MutationObserver(records => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLElement && n.parentElement?.classList.contains('log') === true) w.arrivals.push({ text: n.textContent ?? '', at: Date.now() })
    }).observe(document.body, { childList: true, subtree: true })
  })
  return { page, loadMs }
}

async function logText (page: Page): Promise<string> {
  return await page.evaluate(() => [...document.querySelectorAll('pre.log')].map(p => p.textContent).join('\n'))
}

/** Milliseconds from a `tick N <epoch ms>` line's printing to its showing, median. */
async function medianLatencyMs (page: Page): Promise<number> {
  const arrivals = await page.evaluate(() => (window as unknown as { arrivals: Array<{ text: string, at: number }> }).arrivals)
  const lags = arrivals.flatMap(a => { const m = /tick \d+ (\d{13})/.exec(a.text); return m === null ? [] : [a.at - Number(m[1])] }).sort((a, b) => a - b)
  return lags[Math.floor(lags.length / 2)] ?? NaN
}

const ticks = (label: string, n: number): string => `for i in $(seq 1 ${n}); do echo "${label} $i $(date +%s%3N)"; sleep 0.5; done`

describe.skipIf(CHROMIUM === undefined)(CHROMIUM === undefined ? 'dashboards in headless Chromium: SKIPPED, no chromium binary (apt-get install chromium)' : 'dashboards in headless Chromium', () => {
  let bed: Testbed
  let node: ProviderNode
  let clientDir: string
  let client: GpumeshClient | undefined
  let dashboard: RunningClientDashboard | undefined
  let cliDashboard: ChildProcess | undefined
  let browser: Browser | undefined
  let shots: string
  const errors: string[] = []
  const measured: Record<string, number> = {}

  beforeAll(async () => {
    bed = new Testbed()
    shots = await mkdtemp(join(tmpdir(), 'gpumesh-screenshots-'))
    const config = await bed.config({ gpus: [A100], price: 2_500_000n, region: 'eu-west', attributes: { tier: HOSTILE_ATTRIBUTE } })
    config.api = { enabled: true, host: '127.0.0.1', port: 0 }
    node = await bed.startNode(config)
    clientDir = await bed.tempDir('gpumesh-dashboard-client-')
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true })
  })

  afterAll(async () => {
    await browser?.close().catch(() => {})
    if (cliDashboard !== undefined) await stopChild(cliDashboard)
    await dashboard?.stop().catch(() => {})
    await client?.stop().catch(() => {})
    await bed?.stop()
    if (shots !== undefined) await rm(shots, { recursive: true, force: true })
    if (Object.keys(measured).length > 0) console.log(`dashboards measured: ${JSON.stringify(measured)}`)
  })

  it('shows GPUs, offer, live logs while the job runs, receipts and spend, with no console errors and hostile text inert', async () => {
    client = await createClient({ bootstrap: [dialAddr(node)], dataDir: clientDir, listen: [`/ip4/${bed.host()}/tcp/0`] })
    await client.waitForProviders(1, { signal: AbortSignal.timeout(10_000) })
    dashboard = await startClientDashboard(client, { port: 0 })
    const order = { gpu: { count: 1 }, maxPricePerGpuHour: 5_000_000n }
    // Two short jobs first, so there are receipts to chart.
    for (const word of ['warm-up', 'second']) await (await client.submit({ command: ['sh', '-c', `echo ${word}; sleep 0.2`] }, order)).done()
    // And an order the provider must decline, to count by reason.
    const peer = await bed.peer()
    await peer.connect(node)
    expect((await peer.requestBid(node, peer.order({ gpu: { count: 8, minVramMiB: 0, model: '', vendor: '' } }))).kind).toBe('decline')

    const nodeView = await openPage(browser as Browser, `http://127.0.0.1:${node.apiPort}/`, errors)
    const clientView = await openPage(browser as Browser, dashboard.url, errors)
    measured.nodePageLoadMs = Math.round(nodeView.loadMs)
    measured.clientPageLoadMs = Math.round(clientView.loadMs)

    const job = await client.submit({ command: ['sh', '-c', `echo '${HOSTILE_LINE}'; ${ticks('tick', 12)}`] }, { ...order, gpu: { count: 2 } })
    for (const { page } of [nodeView, clientView]) {
      await page.waitForFunction(() => /tick 3 /.test([...document.querySelectorAll('pre.log')].map(p => p.textContent).join('\n')), undefined, { timeout: 15_000 })
      // Still running: the lines came live, not from a finished job's log.
      expect(job.state).toBe('running')
      expect(await logText(page)).not.toMatch(/tick 12 /)
    }
    // The hostile line is there as text, and neither its script nor its image ran.
    for (const { page } of [nodeView, clientView]) {
      expect(await logText(page)).toContain(HOSTILE_LINE)
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
      expect(await page.locator('pre.log img, pre.log script').count()).toBe(0)
    }
    const nodePage = nodeView.page
    const clientPage = clientView.page
    expect(await nodePage.locator('#gpus').innerText()).toContain(A100.model)
    await until(async () => (await nodePage.locator('#gpus').innerText()).includes('leased'), 5_000, 'GPUs shown leased')
    expect(await nodePage.locator('#offer').innerText()).toMatch(/2\.5 credits \/ GPU-hour[\s\S]*eu-west/)
    expect(await nodePage.locator('#offer').innerText()).toContain(`tier=${HOSTILE_ATTRIBUTE}`)
    expect(await nodePage.locator('#leases').innerText()).toContain('in-use')
    expect(await nodePage.locator('#refusals').innerText()).toMatch(/order declined\s+\S+\s+1/)
    expect(await clientPage.locator('#providers').innerText()).toMatch(/A100[\s\S]*2\.5[\s\S]*eu-west/)
    await nodePage.waitForFunction(() => /tick 6 /.test([...document.querySelectorAll('pre.log')].map(p => p.textContent).join('\n')))
    await nodePage.screenshot({ path: join(shots, 'node-dashboard.png'), fullPage: true })
    await clientPage.screenshot({ path: join(shots, 'client-dashboard.png'), fullPage: true })

    await job.done({ signal: AbortSignal.timeout(30_000) })
    expect(job.state).toBe('succeeded')
    measured.nodeLogLatencyMedianMs = await medianLatencyMs(nodePage)
    measured.clientLogLatencyMedianMs = await medianLatencyMs(clientPage)
    // 3 receipts of 2.5 cr/GPU-h: more than nothing, and shown on both sides.
    await nodePage.waitForFunction(() => document.querySelectorAll('#receipts tbody tr').length === 3, undefined, { timeout: 10_000 })
    expect(await nodePage.locator('#earned').innerText()).not.toBe('0')
    expect(await nodePage.locator('#earnings path.line').count()).toBe(1)
    // Both sides count the same three signed receipts.
    const earned = await nodePage.locator('#earned').innerText()
    await clientPage.waitForFunction(e => document.getElementById('spent')?.textContent === e, earned, { timeout: 10_000 })
    expect(await clientPage.locator('#jobs tbody tr').count()).toBe(3)
    expect(await nodePage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await nodePage.close()
    await clientPage.close()
    expect(errors).toEqual([])

    const target = process.env.GPUMESH_DASHBOARD_SCREENSHOTS
    if (target !== undefined && target !== '') {
      await mkdir(target, { recursive: true })
      for (const f of ['node-dashboard.png', 'client-dashboard.png']) await copyFile(join(shots, f), join(target, f))
    }
  }, 60_000)

  it('`gpumesh dashboard` re-attaches to a job `gpumesh submit --detach` left running and shows its live logs', async () => {
    // The store is one process's at a time: hand it over to the CLI.
    await dashboard?.stop()
    await client?.stop()
    dashboard = undefined
    client = undefined
    const common = ['--data-dir', clientDir, '--bootstrap', dialAddr(node)]
    const submitted = await runBin(GPUMESH_BIN, [...common, 'submit', '--detach', '--gpus', '1', '--', 'sh', '-c', ticks('cli tick', 20)], { timeoutMs: 20_000 })
    expect(submitted.code, submitted.stderr).toBe(0)
    const jobId = submitted.stdout.trim()
    const started = await startBin(GPUMESH_BIN, [...common, 'dashboard', '--port', '0'], line => line.startsWith('dashboard http://127.0.0.1:'), 20_000)
    cliDashboard = started.child
    const url = started.line.slice('dashboard '.length)
    const { page } = await openPage(browser as Browser, url, errors)
    // Whatever the replay brought, two more lines come live before the job ends.
    const newestTick = async (): Promise<number> => Math.max(0, ...[...(await logText(page)).matchAll(/cli tick (\d+) /g)].map(m => Number(m[1])))
    await until(async () => await newestTick() > 0, 15_000, 'first CLI log line')
    const seen = await newestTick()
    await until(async () => await newestTick() >= seen + 2, 10_000, 'live CLI log lines')
    expect(await newestTick()).toBeLessThan(20)
    expect(await page.locator(`div.job[data-job="${jobId}"]`).count()).toBe(1)
    // It ends, its receipt counts towards spend, and the stream carries on.
    await page.waitForFunction(() => document.querySelectorAll('#jobs tbody tr').length === 4 && document.getElementById('jobs-running')?.textContent === '0', undefined, { timeout: 25_000 })
    expect(await page.locator('#jobs').innerText()).not.toMatch(/running/)
    await page.close()
    expect(errors).toEqual([])
    expect(await stopChild(cliDashboard)).toBe(0)
    cliDashboard = undefined
  }, 60_000)
})
