// `stackprof diff` on two real recordings of the reactor test server under the
// same bounded load: spinning on epoll_pwait(0), then waiting in
// epoll_pwait2(100 µs). The diff must name the syscall that went and the one
// that came, the finding that disappeared, and the timeout spreads; its
// flame graph files must hold both sides. Bad files and paths: one line.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'
import {renderDiffHtml} from '../../src/diff/flame-diff.js'
import {profileOf} from '../unit/stacks-fixtures.js'
import {validateDiff} from '../report-schema.js'
import {bpfGate, cli, loadedStackprofPrograms, Proc, waitUntil, workload} from './helpers.js'

const gate = bpfGate()

function stackprof(args: string[]): {code: number | null; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', timeout: 60_000})
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

/** `stackprof record` of the reactor with this wait, for 5 s, while http_load sends 20,000 requests. */
async function recordReactor(wait: 'pwait0' | 'pwait2', file: string): Promise<void> {
  const server = new Proc(workload('reactor_server'), ['--threads', '2', '--wait', wait, '--io', 'recv'])
  const [, pid, port] = (await server.waitFor('stdout', /^ready (\d+) (\d+)$/)).map(Number)
  try {
    const record = new Proc(process.execPath, [cli, 'record', String(pid), '-o', file, '--duration', '5s'])
    await record.waitFor('stderr', /^attached to pid \d+ .*; recording to /)
    const load = spawnSync(workload('http_load'), ['--port', String(port), '--connections', '8', '--requests', '20000', '--timeout-s', '30'], {encoding: 'utf8'})
    assert.equal(load.status, 0, load.stdout + load.stderr)
    const {code} = await record.exit(60_000)
    assert.equal(code, 0, record.stderr)
  } finally {
    server.end()
    await server.exit()
  }
}

interface Change {name: string; status: string; beforeCount: number; afterCount: number; before: number; after: number}
interface Pair {label: string; matchedBy: string; before: {tid: number; name: string} | null; after: {tid: number; name: string} | null}
interface LoopSide {syscalls: string[]; timeouts: Record<string, number>; spinningPerSecond: number; callsPerSecond: number}
interface DiffJson {
  diffSchemaVersion: number
  before: {label: string; durationSeconds: number; probes: string[]}
  after: {label: string; durationSeconds: number; probes: string[]}
  notes: string[]
  threads: Pair[]
  syscalls: {process: {syscalls: Change[]}; threads: {thread: Pair; syscalls: Change[]}[]}
  sched: {available: boolean; value: {thread: Pair; before: unknown; after: unknown}[]}
  eventloop: {available: boolean; value: {thread: Pair; before: LoopSide | null; after: LoopSide | null}[]}
  locality: {available: boolean; value: {port: string; index: number | null; before: unknown; after: unknown}[]}
  findings: {rule: string; thread: string | null; status: string}[]
  stacks: {available: boolean; value: {beforeSamples: number; afterSamples: number; grew: unknown[]; shrank: {name: string}[]}}
}

describe('diff of two recordings: epoll_pwait(0) → epoll_pwait2(100 µs)', {skip: gate.skip}, () => {
  let dir: string
  let beforeFile: string
  let afterFile: string
  let diff: DiffJson

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-diff-'))
    beforeFile = join(dir, 'before.spr')
    afterFile = join(dir, 'after.spr')
    await recordReactor('pwait0', beforeFile)
    await recordReactor('pwait2', afterFile)
    const r = stackprof(['diff', beforeFile, afterFile, '--json'])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stderr, '')
    diff = JSON.parse(r.stdout) as DiffJson
    assert.ok(validateDiff(diff), JSON.stringify(validateDiff.errors))
  })
  after(() => { if (dir) rmSync(dir, {recursive: true, force: true}) })

  it('names epoll_pwait as gone and epoll_pwait2 as new, for the process and per reactor thread', () => {
    assert.equal(diff.diffSchemaVersion, 1)
    assert.equal(diff.before.label, beforeFile)
    assert.ok(diff.before.durationSeconds >= 4 && diff.before.durationSeconds <= 5.6, String(diff.before.durationSeconds))
    const changed = diff.syscalls.process.syscalls.filter((s) => s.status !== 'both').map((s) => [s.name, s.status])
    assert.deepEqual(changed, [['epoll_pwait', 'disappeared'], ['epoll_pwait2', 'appeared']])
    const pwait = diff.syscalls.process.syscalls.find((s) => s.name === 'epoll_pwait')!
    // Spinning: far over 10,000 calls/s before; nothing after.
    assert.ok(pwait.before > 10_000 && pwait.afterCount === 0 && pwait.after === 0, JSON.stringify(pwait))
    // Every request is one recvfrom and one sendto by a reactor, on both sides (20,000 each, plus the load's own EAGAINs).
    for (const name of ['recvfrom', 'sendto']) {
      const s = diff.syscalls.process.syscalls.find((x) => x.name === name)!
      assert.ok(s.beforeCount >= 20_000 && s.afterCount >= 20_000, JSON.stringify(s))
    }
    for (const name of ['reactor-0', 'reactor-1']) {
      const t = diff.syscalls.threads.find((x) => x.thread.label === name)
      assert.ok(t, JSON.stringify(diff.syscalls.threads.map((x) => x.thread.label)))
      // New process, new tids: paired by name.
      assert.equal(t.thread.matchedBy, 'name')
      assert.notEqual(t.thread.before!.tid, t.thread.after!.tid)
      assert.deepEqual(t.syscalls.filter((s) => s.name.startsWith('epoll_pwait')).map((s) => [s.name, s.status]).sort(), [['epoll_pwait', 'disappeared'], ['epoll_pwait2', 'appeared']])
    }
  })

  it('names the finding that disappeared: epoll-spinning on both reactors, and nothing of it after', () => {
    const spinning = diff.findings.filter((f) => f.rule === 'epoll-spinning').map((f) => [f.thread, f.status]).sort()
    assert.deepEqual(spinning, [['reactor-0', 'disappeared'], ['reactor-1', 'disappeared']], JSON.stringify(diff.findings))
    // The eventloop findings the pwait2 reactor deserves: none (eventloop.test.ts); scheduling ones depend on the machine.
    const appeared = diff.findings.filter((f) => f.status === 'appeared' && !['reactor-preempted', 'high-migration-rate'].includes(f.rule))
    assert.deepEqual(appeared, [])
  })

  it('shows each reactor\'s timeout spread moving from 0 to under 1 ms, and every probe on both sides', () => {
    assert.ok(diff.eventloop.available)
    const loops = diff.eventloop.value.filter((l) => /^reactor-/.test(l.thread.label))
    assert.equal(loops.length, 2)
    for (const l of loops) {
      assert.deepEqual(l.before!.syscalls, ['epoll_pwait'])
      assert.deepEqual(l.after!.syscalls, ['epoll_pwait2'])
      assert.equal(l.before!.timeouts.zero, 1)
      assert.equal(l.after!.timeouts.under1ms, 1)
      assert.ok(l.before!.spinningPerSecond >= 10_000, JSON.stringify(l.before))
      assert.equal(l.after!.spinningPerSecond, 0)
    }
    for (const probe of ['syscalls', 'eventloop', 'sched', 'listeners', 'stacks']) {
      assert.ok(diff.before.probes.includes(probe) && diff.after.probes.includes(probe), probe)
    }
    assert.deepEqual(diff.notes, [])
    assert.ok(diff.sched.available && diff.sched.value.some((r) => r.thread.label === 'reactor-0' && r.before && r.after))
    // The server listens on an ephemeral port: the two ports pair up, index by index.
    assert.ok(diff.locality.available)
    assert.deepEqual(diff.locality.value.map((r) => [r.index, r.before !== null, r.after !== null]), [[0, true, true], [1, true, true]])
    assert.match(diff.locality.value[0].port, /^127\.0\.0\.1:\d+\/tcp( → 127\.0\.0\.1:\d+\/tcp)?$/)
    assert.ok(diff.stacks.available && diff.stacks.value.beforeSamples > 0 && diff.stacks.value.afterSamples > 0)
  })

  it('prints the same as text, and writes the differential flame graph and the folded diff', () => {
    const html = join(dir, 'diff.html')
    const folded = join(dir, 'diff.folded')
    const r = stackprof(['diff', beforeFile, afterFile, '-o', html, '-o', folded])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^ {2}disappeared: epoll_pwait$/m)
    assert.match(r.stdout, /^ {2}appeared: epoll_pwait2$/m)
    assert.match(r.stdout, /^ {2}- gone {5}warning {2}epoll-spinning \(reactor-0\): reactor-0 \(tid \d+\) spins: /m)
    assert.match(r.stderr, /^stackprof: wrote differential flame graph to .*diff\.html \(\d+ KB\)$/m)
    assert.match(r.stderr, /^stackprof: wrote folded diff to .*diff\.folded \(\d+ KB\)$/m)
    const lines = readFileSync(folded, 'utf8').trimEnd().split('\n')
    for (const line of lines) assert.match(line, /^[^ ].* \d+ \d+$/, line)
    // The kernel's epoll_pwait entry only before, epoll_pwait2's only after.
    const col = (frame: string, i: 1 | 2) => lines.filter((l) => l.includes(`;${frame};`)).reduce((a, l) => a + Number(l.split(' ').at(-3 + i)), 0)
    assert.ok(col('__x64_sys_epoll_pwait_[k]', 1) > 0 && col('__x64_sys_epoll_pwait_[k]', 2) === 0, 'epoll_pwait before only')
    assert.ok(col('__x64_sys_epoll_pwait2_[k]', 2) > 0 && col('__x64_sys_epoll_pwait2_[k]', 1) === 0, 'epoll_pwait2 after only')
    assert.ok(lines.every((l) => /^reactor-[01];|^reactor_server;/.test(l)), 'thread frames are names, without tids')
    const page = readFileSync(html, 'utf8')
    const data = JSON.parse(/<script type="application\/json" id="profile-data">([^<]*)<\/script>/.exec(page)![1]) as {diff: {beforeTotal: number; afterTotal: number; maxDelta: number}}
    assert.equal(data.diff.beforeTotal, diff.stacks.value.beforeSamples)
    assert.equal(data.diff.afterTotal, diff.stacks.value.afterSamples)
    assert.ok(data.diff.maxDelta > 0 && data.diff.maxDelta <= 1)
  })

  it('leaves no probe loaded', async () => {
    assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0), loadedStackprofPrograms().join(' '))
  })
})

describe('diff: bad input', () => {
  let dir: string
  before(() => { dir = mkdtempSync(join(tmpdir(), 'stackprof-diff-')) })
  after(() => { if (dir) rmSync(dir, {recursive: true, force: true}) })

  it('a file that is not a recording: one line naming it, exit 1, nothing on stdout', () => {
    const bad = join(dir, 'bad.spr')
    writeFileSync(bad, '{"schemaVersion": 1}')
    const r = stackprof(['diff', bad, bad])
    assert.equal(r.code, 1, r.stderr)
    assert.equal(r.stdout, '')
    const lines = r.stderr.trimEnd().split('\n')
    assert.match(lines[0], new RegExp(`^stackprof: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a stackprof recording`))
    assert.ok(lines.length <= 2, r.stderr)
  })

  it('an output name without a known extension, or a missing argument: usage, exit 2, before any file is read', () => {
    const r = stackprof(['diff', join(dir, 'nope.spr'), join(dir, 'nope2.spr'), '-o', join(dir, 'x.png')])
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /^stackprof: cannot tell which format to write to .*x\.png from its name\n {2}hint: end it in \.html, \.htm, \.folded, \.collapsed, \.json, \.txt\n$/)
    assert.equal(stackprof(['diff', join(dir, 'only.spr')]).code, 2)
  })
})

const CHROMIUM = '/usr/bin/chromium'

// The differential page in a real browser (as flamegraph-html.test.ts does for the plain one): colours by change, both widths.
describe('the differential flame graph in headless Chromium', {skip: existsSync(CHROMIUM) || process.env.CI || process.getuid?.() === 0 ? false : 'no chromium (bash scripts/setup.sh --test)'}, () => {
  it('colours grown frames red and shrunk ones blue, shows both sides on hover, and redraws with the before widths', async () => {
    const before = profileOf([{tid: 1, frames: ['main', 'spin'], samples: 100}, {tid: 1, frames: ['main', 'parse'], samples: 100}], {threads: {1: 'reactor-0'}})
    const after = profileOf([{tid: 2, frames: ['main', 'spin'], samples: 5}, {tid: 2, frames: ['main', 'parse'], samples: 45}, {tid: 2, frames: ['main', 'send'], samples: 50}], {threads: {2: 'reactor-0'}})
    const dir = mkdtempSync(join(tmpdir(), 'stackprof-diff-html-'))
    const file = join(dir, 'diff.html')
    writeFileSync(file, renderDiffHtml(before, after, {beforeLabel: 'before.spr', afterLabel: 'after.spr'}))
    const browser = await chromium.launch({executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu']})
    const problems: string[] = []
    try {
      const page = await browser.newPage({viewport: {width: 1200, height: 800}})
      page.on('pageerror', (e) => problems.push(e.message))
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
      await page.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()))
      await page.goto(pathToFileURL(file).href)
      await page.waitForSelector('#chart svg g.frame')
      await page.waitForTimeout(500)
      const fills = () => page.$$eval('#chart svg g.frame', (gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('name') ?? '', g.querySelector('rect')?.getAttribute('fill') ?? ''])))
      // spin 50% → 5% (−0.45, the largest change: full blue), send 0 → 50% (+0.5: full red), parse 50% → 45%, main unchanged.
      const f = await fills()
      assert.equal(f.send, 'rgb(255,0,0)')
      assert.equal(f.spin, 'rgb(22,22,255)')
      assert.equal(f.parse, 'rgb(198,198,255)')
      assert.equal(f.main, 'rgb(245,245,245)')
      assert.deepEqual(await page.$$eval('#legend span', (s) => s.map((x) => x.textContent)), ['grew', 'shrank', 'unchanged'])
      assert.deepEqual(await page.$$eval('#thread option', (o) => o.map((x) => x.textContent)), ['all threads', 'reactor-0'])
      assert.equal(await page.textContent('#total'), 'total: 100 samples (after.spr)')
      await page.hover('#chart svg g.frame[name=spin] rect')
      assert.equal(await page.textContent('#details'), 'spin — after.spr: 5 (5.00%), before.spr: 100 (50.00%), change −45.00 pp')
      await page.check('input[name=mode][value=offcpu]')
      await page.waitForTimeout(500)
      assert.equal(await page.textContent('#total'), 'total: 200 samples (before.spr)')
      const names = Object.keys(await fills())
      assert.ok(!names.includes('send') && names.includes('spin'), JSON.stringify(names))
      assert.deepEqual(problems, [])
    } finally {
      await browser.close()
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
