// The exports opened by real consumers in headless Chromium (Debian's chromium
// package): stackprof's HTML flame graph, offline from a file:// URL, and
// speedscope's own importers reading the folded, speedscope and pprof files.
import {after, before, describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {foldedLines, renderFolded} from '../../src/export/folded.js'
import {flameData, flameGraphScripts, renderHtml, type FlameNode} from '../../src/export/html.js'
import {renderPprof} from '../../src/export/pprof.js'
import {buildSpeedscope, renderSpeedscope} from '../../src/export/speedscope.js'
import {exportProfile, HOSTILE_SCRIPT} from '../unit/export-fixtures.js'
import {bpfGate, runHandshakeWorkload} from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const SCREENSHOT = '/tmp/flamegraph.png'
const HIGHLIGHT = '#E600E6'

/**
 * Like bpfGate: skip only where the browser cannot be installed (not root,
 * outside CI). In CI, or as root, a missing chromium fails the tests:
 * `bash scripts/setup.sh --test` installs it.
 */
function chromiumGate(): {skip?: string; error?: string} {
  if (existsSync(CHROMIUM)) return {}
  const why = `${CHROMIUM} is missing: \`bash scripts/setup.sh --test\` installs it (Debian package chromium)`
  if (process.env.CI || process.getuid?.() === 0) return {error: why}
  return {skip: `${why}, as root`}
}

const gate = chromiumGate()

interface Browser {
  context: BrowserContext
  /** Every URL the pages asked for, and those stopped because they were not file:// */
  requests: string[]
  blocked: string[]
  problems: string[]
}

async function launch(profileDir: string): Promise<Browser> {
  if (gate.error) throw new Error(gate.error)
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: {width: 1200, height: 1000},
  })
  const browser: Browser = {context, requests: [], blocked: [], problems: []}
  context.on('request', (r) => browser.requests.push(r.url()))
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith('file://')) return route.continue()
    browser.blocked.push(url)
    return route.abort()
  })
  return browser
}

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.context.newPage()
  page.on('pageerror', (e) => browser.problems.push(`page error: ${e.message}`))
  // A CSP violation (the page blocking its own script or style) shows as a console error.
  page.on('console', (m) => m.type() === 'error' && browser.problems.push(`console error: ${m.text()}`))
  page.on('dialog', (d) => {
    browser.problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  page.on('websocket', (ws) => browser.problems.push(`websocket: ${ws.url()}`))
  await page.goto(url)
  return page
}

interface Frame {
  name: string
  width: number
  fill: string
  label: string
}

/** The flame graph's frames as drawn: name, rect width, fill, the label's text. */
function frames(page: Page): Promise<Frame[]> {
  return page.$$eval('#chart svg g.frame', (gs) => gs.map((g) => ({
    name: g.getAttribute('name') ?? '',
    width: Number(g.querySelector('rect')?.getAttribute('width')),
    fill: g.querySelector('rect')?.getAttribute('fill') ?? '',
    label: g.querySelector('foreignObject div')?.textContent ?? '',
  })))
}

function frame(list: Frame[], name: string): Frame {
  const f = list.find((x) => x.name === name)
  assert.ok(f, `a frame named ${JSON.stringify(name)} among ${JSON.stringify(list.map((x) => x.name))}`)
  return f
}

function rgb(fill: string): number[] {
  const m = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(fill)
  assert.ok(m, fill)
  return m.slice(1).map(Number)
}

function names(node: FlameNode): string[] {
  return [node.n, ...(node.c ?? []).flatMap(names)]
}

/** Waits until fn holds, polling the page (transitions take 300 ms); then asserts it, so a failure shows the last state. */
async function eventually(page: Page, fn: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fn()) return
    await page.waitForTimeout(50)
  }
  assert.ok(await fn(), what)
}

describe('the HTML flame graph in headless Chromium', {skip: gate.skip ?? false}, () => {
  const profile = exportProfile()
  let dir: string
  let browser: Browser
  let page: Page
  let url: string
  let width: number

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-flamegraph-'))
    const file = join(dir, 'flame.html')
    writeFileSync(file, renderHtml(profile, {toolVersion: '9.9.9'}))
    url = pathToFileURL(file).href
    browser = await launch(join(dir, 'chromium-profile'))
    page = await open(browser, url)
    await page.waitForSelector('#chart svg g.frame')
    width = await page.$eval('#chart svg', (svg) => Number(svg.getAttribute('width')))
    // Frames grow in from zero width: measure once the root has all of it.
    await eventually(page, async () => frame(await frames(page), 'server (pid 4242)').width === width, 'the entry transition ends')
  })

  after(async () => {
    await browser?.context.close()
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  it('renders every frame with its name, offline: the file is the only request', async () => {
    const drawn = await frames(page)
    assert.deepEqual(drawn.map((f) => f.name).sort(), names(flameData(profile).oncpuTree).sort())
    assert.ok(width >= 1000, `the chart takes the window's width (${width})`)
    assert.equal(frame(drawn, 'server (pid 4242)').width, width)
    assert.ok(Math.abs(frame(drawn, 'main').width - 0.8 * width) < 0.5, 'main: 80 of 100 samples')
    assert.ok(Math.abs(frame(drawn, 'hot_a').width - 0.5 * width) < 0.5, 'hot_a: its two addresses merged, 50 samples')
    // Labels are written after the entry transition.
    await eventually(page, async () => frame(await frames(page), 'hot_b').label === 'hot_b', 'labels drawn')
    assert.equal(await page.textContent('#total'), 'total: 100 samples')
    assert.deepEqual(browser.requests, [url])
    assert.deepEqual(browser.blocked, [])
    assert.deepEqual(browser.problems, [])
  })

  it('shows the function names from the target as text: the hostile one runs nothing', async () => {
    const hostile = frame(await frames(page), HOSTILE_SCRIPT)
    await eventually(page, async () => frame(await frames(page), HOSTILE_SCRIPT).label === HOSTILE_SCRIPT, 'the hostile name is a label, whole')
    assert.ok(hostile.width > 0)
    assert.equal(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned), undefined)
    assert.equal(await page.$$eval('img', (imgs) => imgs.length), 0)
    assert.equal(await page.$$eval('script', (s) => s.length), flameGraphScripts().length + 2, 'the inlined scripts, the page\'s and the data: nothing injected')
    assert.equal(await page.textContent('#title'), 'server (pid 4242): stackprof flame graph')
    assert.equal(await page.title(), 'server (pid 4242): stackprof flame graph')
  })

  it('colours frames by kind and explains the colours', async () => {
    const drawn = await frames(page)
    const [kr, kg, kb] = rgb(frame(drawn, 'do_syscall_64').fill)
    assert.ok(kr >= 225 && kg >= 130 && kg <= 175 && kb <= 60, `kernel orange: ${[kr, kg, kb]}`)
    const [nr, ng, nb] = rgb(frame(drawn, 'main').fill)
    assert.ok(nr >= 200 && ng <= 100 && nb <= 80, `native red: ${[nr, ng, nb]}`)
    const [jr, jg, jb] = rgb(frame(drawn, 'LazyCompile:*handler /srv/app.js:12').fill)
    assert.ok(jg >= 170 && jr <= 115 && jb <= 110, `JIT green: ${[jr, jg, jb]}`)
    const [ur, ug, ub] = rgb(frame(drawn, '[unknown]').fill)
    assert.ok(ur === ug && ug === ub, `unknown grey: ${[ur, ug, ub]}`)
    assert.deepEqual(await page.$$eval('#legend span', (s) => s.map((x) => x.textContent)), ['kernel', 'native', 'JIT / JS', 'unknown'])
    const facts = await page.$$eval('#facts div', (ds) => ds.map((d) => `${d.querySelector('dt')!.textContent}=${d.querySelector('dd')!.textContent}`))
    assert.deepEqual(facts, ['event=cpu-clock', 'frequency=99 Hz', 'samples=100', 'duration=10.00 s', 'threads=3', 'off-CPU=1.03 s', 'perf map=read (812 entries)', 'started=2026-11-23T12:00:00.000Z', 'stackprof=9.9.9'])
    assert.equal(await page.$$eval('#warnings li', (l) => l.length), 0)
  })

  it('highlights the frames a search matches, and clears them', async () => {
    await page.fill('#search', 'hot_')
    const highlighted = async () => (await frames(page)).filter((f) => f.fill === HIGHLIGHT).map((f) => f.name).sort()
    await eventually(page, async () => (await highlighted()).length === 2, 'two frames highlighted')
    assert.deepEqual(await highlighted(), ['hot_a', 'hot_b'])
    assert.equal(await page.textContent('#details'), 'search "hot_": 2 frames, 75 samples of 100 samples (75.0%)')
    await page.screenshot({path: SCREENSHOT, fullPage: true})
    // Any characters search as text, not as a regular expression or markup.
    await page.fill('#search', '</script><img src=x')
    await eventually(page, async () => (await highlighted()).length === 1, 'the hostile frame found')
    assert.deepEqual(await highlighted(), [HOSTILE_SCRIPT])
    await page.click('#clear')
    await eventually(page, async () => (await highlighted()).length === 0, 'cleared')
    assert.equal(await page.inputValue('#search'), '')
    assert.deepEqual(browser.problems, [])
  })

  it('zooms into a clicked frame (it takes the full width) and back', async () => {
    await page.click('#chart g.frame[name="work"]')
    await eventually(page, async () => Math.abs(frame(await frames(page), 'work').width - width) < 0.5, 'work takes the full width')
    assert.ok(!(await frames(page)).some((f) => f.name === 'hot_b' && f.width >= 0.5), 'its sibling is gone')
    assert.ok(Math.abs(frame(await frames(page), 'hot_a').width - width) < 0.5, 'its only child too')
    await page.click('#reset')
    await eventually(page, async () => Math.abs(frame(await frames(page), 'work').width - 0.5 * width) < 0.5, 'back to 50 of 100 samples')
  })

  it('shows one thread at a time: the total and the frames follow the selection', async () => {
    assert.deepEqual(await page.$$eval('#thread option', (o) => o.map((x) => `${x.getAttribute('value')}:${x.textContent}`)), [
      'all:all threads', '4242:server (tid 4242)', '4243:worker-1 (tid 4243)', '4244:worker 2 (tid 4244)',
    ])
    await page.selectOption('#thread', '4243')
    await eventually(page, async () => (await page.textContent('#total')) === 'total: 13 samples', 'the total of worker-1')
    await eventually(page, async () => !(await frames(page)).some((f) => f.name === 'main'), 'the other threads\' frames gone')
    const drawn = await frames(page)
    assert.deepEqual(drawn.map((f) => f.name).sort(), ['server (pid 4242)', 'worker-1 (tid 4243)', 'start_thread', '[unknown]', 'LazyCompile:*handler /srv/app.js:12', HOSTILE_SCRIPT, `"quoted" 'name' & <b>bold</b>`].sort())
    await eventually(page, async () => Math.abs(frame(await frames(page), 'worker-1 (tid 4243)').width - width) < 0.5, 'the thread fills the width')
    await page.selectOption('#thread', 'all')
    await eventually(page, async () => (await page.textContent('#total')) === 'total: 100 samples', 'all threads again')
  })

  it('switches to off-CPU time and back', async () => {
    await page.check('input[name=mode][value=offcpu]')
    await eventually(page, async () => (await page.textContent('#total')) === 'total: 1.03 s off-CPU', 'the off-CPU total')
    await eventually(page, async () => (await frames(page)).some((f) => f.name === 'schedule'), 'off-CPU stacks drawn')
    const drawn = await frames(page)
    assert.deepEqual(drawn.map((f) => f.name).sort(), names(flameData(profile).offcpuTree!).sort())
    assert.ok(!drawn.some((f) => f.name === 'hot_b'), 'hot_b never blocked')
    await page.check('input[name=mode][value=oncpu]')
    await eventually(page, async () => (await page.textContent('#total')) === 'total: 100 samples', 'on-CPU again')
    assert.deepEqual(browser.problems, [])
    assert.deepEqual(browser.blocked, [])
  })
})

/** speedscope's sandwich table: per function, its total and self weight as speedscope read the file. */
async function sandwich(page: Page): Promise<Map<string, {total: string; self: string}>> {
  // Sandwich rows: "149 (74%)", "149 (74%)", name (the profile picker's hidden rows have no percentages).
  const rows = (trs: Element[]) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')).filter((c) => c.length === 3 && /^\S+ \([^)]*%\)$/.test(c[0]))
  await page.waitForFunction(() => [...document.querySelectorAll('tr')].some((tr) => tr.querySelectorAll('td').length === 3 && /%\)/.test(tr.textContent ?? '')))
  const table = new Map<string, {total: string; self: string}>()
  for (const cells of await page.$$eval('tr', rows)) {
    table.set(cells[2], {total: cells[0].replace(/ \(.*\)$/, ''), self: cells[1].replace(/ \(.*\)$/, '')})
  }
  return table
}

/** The sandwich table's counts as numbers (unit "none": plain integers). */
function numeric(table: Map<string, {total: string; self: string}>): Map<string, {total: number; self: number}> {
  return new Map([...table].map(([name, v]) => [name, {total: Number(v.total), self: Number(v.self)}]))
}

/** Totals per frame name of a list of (root-first stack, weight): what speedscope's sandwich view shows. */
function totals(stacks: {frames: string[]; weight: number}[]): Map<string, {total: number; self: number}> {
  const out = new Map<string, {total: number; self: number}>()
  for (const {frames: fs, weight} of stacks) {
    for (const name of new Set(fs)) {
      const t = out.get(name) ?? {total: 0, self: 0}
      t.total += weight
      out.set(name, t)
    }
    out.get(fs[fs.length - 1])!.self += weight
  }
  return out
}

/** speedscope's time format ("505.05ms", "1.00s", "0.00ns") in nanoseconds. */
function nanoseconds(text: string): number {
  const m = /^([\d.]+)(ns|µs|us|ms|s)$/.exec(text)
  assert.ok(m, text)
  return Number(m[1]) * {ns: 1, µs: 1e3, us: 1e3, ms: 1e6, s: 1e9}[m[2] as 'ns']
}

const speedscopeApp = join(dirname(createRequire(import.meta.url).resolve('speedscope/package.json')), 'dist', 'release', 'index.html')

/** Opens a file in speedscope as its CLI does (a script that hands it over), sandwich view. */
async function openInSpeedscope(browser: Browser, dir: string, name: string, content: string | Uint8Array): Promise<Page> {
  const loader = join(dir, `${name}.js`)
  const base64 = (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)).toString('base64')
  writeFileSync(loader, `speedscope.loadFileFromBase64(${JSON.stringify(name)}, ${JSON.stringify(base64)})`)
  return open(browser, `${pathToFileURL(speedscopeApp).href}#localProfilePath=${loader}&view=sandwich`)
}

describe('speedscope\'s own importers read the exports to the same totals', {skip: gate.skip ?? false}, () => {
  const profile = exportProfile()
  let dir: string
  let browser: Browser

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-speedscope-'))
    browser = await launch(join(dir, 'chromium-profile'))
  })
  after(async () => {
    await browser?.context.close()
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  const importInSpeedscope = (name: string, content: string | Uint8Array) => openInSpeedscope(browser, dir, name, content)

  it('the folded file, through its collapsed-stack importer', async () => {
    const page = await importInSpeedscope('stacks.folded', renderFolded(profile))
    const got = await sandwich(page)
    const want = totals(foldedLines(profile).map((l) => ({frames: l.slice(0, l.lastIndexOf(' ')).split(';'), weight: Number(l.slice(l.lastIndexOf(' ') + 1))})))
    assert.deepEqual(numeric(got), want)
    // On-CPU 50 and off-CPU 99 sample equivalents.
    assert.deepEqual(got.get('hot_a'), {total: '149', self: '149'})
    await page.close()
  })

  it('the speedscope file: its first profile, the busiest thread', async () => {
    const file = buildSpeedscope(profile)
    const page = await importInSpeedscope('profile.speedscope.json', renderSpeedscope(profile))
    const got = await sandwich(page)
    const server = file.profiles[0]
    const want = totals(server.samples.map((s, i) => ({frames: s.map((f) => file.shared.frames[f].name), weight: server.weights[i]})))
    assert.deepEqual(numeric(got), want)
    assert.deepEqual(got.get('main'), {total: '80', self: '0'})
    await page.close()
  })

  it('the pprof file, through its profile.proto importer (cpu/nanoseconds, the default sample type)', async () => {
    const page = await importInSpeedscope('cpu.pb.gz', renderPprof(profile))
    const got = await sandwich(page)
    const period = Math.round(1e9 / 99)
    const want = totals(foldedLines(exportProfile({offcpu: false})).map((l) => ({frames: l.slice(0, l.lastIndexOf(' ')).split(';').slice(1), weight: Number(l.slice(l.lastIndexOf(' ') + 1)) * period})))
    // pprof keeps the names as they are (no "_[k]", no "_" for spaces): compare through the folded file's spelling.
    const folded = (name: string) => name.replace(/;/g, ':').replace(/\s/g, '_')
    const suffix = new Map([...want.keys()].map((k) => [k.replace(/_\[[kj]\]$/, ''), k]))
    assert.equal(got.size, want.size)
    for (const [name, v] of got) {
      const key = suffix.get(folded(name))
      assert.ok(key, `${name} is in the profile`)
      // speedscope shows 2 decimals of ms: within 0.005 ms.
      assert.ok(Math.abs(nanoseconds(v.total) - want.get(key)!.total) <= 5000, `${name} total ${v.total} vs ${want.get(key)!.total} ns`)
      assert.ok(Math.abs(nanoseconds(v.self) - want.get(key)!.self) <= 5000, `${name} self ${v.self} vs ${want.get(key)!.self} ns`)
    }
    assert.equal(got.get('hot_a')!.total, '505.05ms')
    await page.close()
    assert.deepEqual(browser.blocked, [], 'speedscope loaded nothing from the network either')
  })
})

/** A folded file's lines: thread frame first, then root to leaf, and the count. */
function parseFoldedFile(text: string): {frames: string[]; count: number}[] {
  return text.split('\n').filter((l) => l !== '').map((l) => {
    const at = l.lastIndexOf(' ')
    return {frames: l.slice(0, at).split(';'), count: Number(l.slice(at + 1))}
  })
}

// The same consumers on a profile the stacks probe took: cpu_split's two
// threads spending 75/25 of their CPU in two named functions, under
// `stackprof run`, written as HTML and folded stacks by the real CLI.
describe('a real BPF profile (cpu_split) in the flame graph and in speedscope', {skip: gate.skip ?? bpfGate().skip ?? false}, () => {
  let dir: string
  let browser: Browser
  let folded: {frames: string[]; count: number}[]
  let foldedText: string
  let htmlUrl: string

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-real-flame-'))
    await runHandshakeWorkload(['--freq', '199', '-o', join(dir, 'split.html'), '-o', join(dir, 'split.folded')], 'cpu_split', ['2', '2'])
    foldedText = readFileSync(join(dir, 'split.folded'), 'utf8')
    folded = parseFoldedFile(foldedText)
    htmlUrl = pathToFileURL(join(dir, 'split.html')).href
    browser = await launch(join(dir, 'chromium-profile'))
  })
  after(async () => {
    await browser?.context.close()
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  const samplesWith = (fn: string) => folded.filter((l) => l.frames.includes(fn)).reduce((a, l) => a + l.count, 0)

  it('draws it offline, searches a function to the folded file\'s count, and zooms into it', async () => {
    const total = folded.reduce((a, l) => a + l.count, 0)
    assert.ok(total > 300, `only ${total} samples`)
    const page = await open(browser, htmlUrl)
    await page.waitForSelector('#chart svg g.frame')
    const width = await page.$eval('#chart svg', (svg) => Number(svg.getAttribute('width')))
    assert.equal(await page.textContent('#total'), `total: ${total.toLocaleString('en-US')} samples`)
    const drawn = await frames(page)
    for (const fn of ['main', 'run_split', 'split_thread', 'spin_three_quarters', 'spin_one_quarter']) assert.ok(drawn.some((f) => f.name === fn), `${fn} drawn`)
    // Search: every frame of the function lights up, and the count is the folded file's.
    await page.fill('#search', 'spin_three_quarters')
    const lit = async () => (await frames(page)).filter((f) => f.fill === HIGHLIGHT)
    await eventually(page, async () => (await lit()).length > 0, 'search highlights')
    assert.ok((await lit()).every((f) => f.name === 'spin_three_quarters'), JSON.stringify((await lit()).map((f) => f.name)))
    const three = samplesWith('spin_three_quarters')
    const details = await page.textContent('#details')
    assert.match(details ?? '', new RegExp(`^search "spin_three_quarters": \\d+ frames?, ${three.toLocaleString('en-US')} samples of ${total.toLocaleString('en-US')} samples`))
    await page.click('#clear')
    // Zoom: the main thread's run_split takes the full width.
    await page.click('#chart g.frame[name="run_split"]')
    await eventually(page, async () => (await frames(page)).some((f) => f.name === 'run_split' && Math.abs(f.width - width) < 0.5), 'run_split takes the full width')
    await page.click('#reset')
    assert.deepEqual(browser.blocked, [])
    assert.deepEqual(browser.problems, [])
    await page.close()
  })

  it('speedscope\'s collapsed-stack importer reads the folded file to the same totals', async () => {
    const page = await openInSpeedscope(browser, dir, 'split.folded', foldedText)
    const got = numeric(await sandwich(page))
    const want = totals(folded.map((l) => ({frames: l.frames, weight: l.count})))
    assert.deepEqual(got, want)
    assert.equal(got.get('spin_three_quarters')?.total, samplesWith('spin_three_quarters'))
    await page.close()
  })
})
