import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {Session} from '../../src/model/session.js'
import {
  chartView, cleanOutputLine, cpuGridPanel, eventLoopPanel, findingsPanel, footerText, headerView, initialUiState, layout, nextInterrupt, nextSort,
  nextThread, OUTPUT_LINE_MAX, OutputRing, outputPanel, recordRefresh, roundCeiling, socketsPanel, yAxis, sparkline, stacksPanel, syscallRows,
  syscallsPanel, type UiState,
} from '../../src/tui/views.js'
import type {Finding} from '../../src/diagnose/finding.js'
import {hello, NR, sessionWith, snapshot} from './fixtures.js'
import {schedHello, schedSession} from './sched-fixtures.js'
import {twoReactors} from './listeners-fixtures.js'
import {profileOf} from './stacks-fixtures.js'

const texts = (p: {lines: {text: string}[]}) => p.lines.map((l) => l.text)
const ui = (over: Partial<UiState> = {}): UiState => ({...initialUiState(), ...over})

// Two threads over one 2-s snapshot: 1,000 getpid (39) on 100, 300 reads (0) on 100 and 200 (10 failing with EBADF on 200).
const twoThreads = () => sessionWith(
  [
    {tid: 100, nr: 39, count: 1000},
    {tid: 100, nr: NR.read, count: 300, hist: {10: 300}, maxNs: 1500},
    {tid: 200, nr: NR.read, count: 300, errnos: {9: 10}, hist: {12: 300}, maxNs: 6000},
  ],
  {threads: [{tid: 100, name: 'worker-a'}, {tid: 200, name: 'worker-b'}]},
)

describe('dashboard header', () => {
  it('names the target and says what the probes do, dropped count included', () => {
    const lines = texts({lines: headerView(twoThreads(), ui(), {intervalMs: 1000, width: 120})})
    assert.deepEqual(lines, [
      'pid 4242 node server.js --port 8080',
      'up 2.0 s · every 1 s · dropped 0 · probes: syscalls',
    ])
  })

  it('puts TARGET EXITED and PAUSED first, shows failed probes with their reason, and cuts to the width', () => {
    const session = new Session(hello({probes: [
      {name: 'syscalls', attached: true, variant: 'tp_btf', error: ''},
      {name: 'sched', attached: false, variant: '', error: 'tp_btf/sched_switch: permission denied'},
    ]}))
    session.finish(snapshot({at: 3.5, stats: [], alive: false, counters: {statsMapFull: 1234}}), 'target-exited')
    const lines = headerView(session, ui({paused: true}), {intervalMs: 500, width: 80})
    assert.deepEqual(texts({lines}), [
      'TARGET EXITED after 3.5 s: data kept, q quits · PAUSED (p resumes) · pid 4242 n…',
      'up 3.5 s · every 500 ms · LOST 1,234 calls · probes: syscalls, sched FAILED: tp…',
    ])
    assert.deepEqual(lines.map((l) => [l.text.length, l.tone]), [[80, 'bad'], [80, 'bad']])
  })
})

describe('dashboard syscalls panel', () => {
  it('says there is no data before the first snapshot', () => {
    const session = new Session(hello())
    assert.deepEqual(texts(syscallsPanel(session, ui(), 80, 5)), ['no data yet'])
  })

  it('sums the threads of the process per syscall, errors with their errno, p50/p99 from the merged histograms', () => {
    const rows = syscallRows(twoThreads(), {threadTid: null, sort: 'count'})
    assert.deepEqual(rows.map((r) => [r.name, r.count, r.errors, r.topErrno, r.p50Ns, r.p99Ns]), [
      ['getpid', 1000n, 0n, null, 511, 511],
      // 300 calls in [1, 2) µs and 300 in [4, 8) µs: the median's bound is 2.048 µs, the p99's the largest call.
      ['read', 600n, 10n, 'EBADF', 2048, 6000],
    ])
  })

  it('sorts by errors and by latency, and shows one thread when one is picked', () => {
    assert.deepEqual(syscallRows(twoThreads(), {threadTid: null, sort: 'errors'}).map((r) => r.name), ['read', 'getpid'])
    assert.deepEqual(syscallRows(twoThreads(), {threadTid: null, sort: 'latency'}).map((r) => r.name), ['read', 'getpid'])
    assert.deepEqual(syscallRows(twoThreads(), {threadTid: 200, sort: 'count'}).map((r) => [r.name, r.count]), [['read', 300n]])
  })

  it('fits 80 columns: title, header and rows exactly', () => {
    // The rate and sparkline are the picked thread's, not the process's.
    const panel = syscallsPanel(twoThreads(), ui({sort: 'count', rateHistory: [9, 9], threadRateHistory: new Map([[200, [100, 400]]]), threadTid: 200}), 80, 6)
    assert.equal(panel.title, 'Syscalls · thread 200 worker-b · by count (s) · 400/s ▂█')
    assert.deepEqual(texts(panel), [
      'syscall                  calls/s        count           errors     p50≤     p99≤',
      'read                         0.0          300         10 EBADF   6.00µs   6.00µs',
    ])
    for (const l of texts(syscallsPanel(twoThreads(), ui(), 80, 6))) assert.ok(l.length <= 80, l)
  })

  it('keeps the last row for what does not fit', () => {
    const panel = syscallsPanel(twoThreads(), ui({sort: 'count'}), 80, 2)
    assert.deepEqual(texts(panel).map((l) => l.slice(0, 20)), ['syscall             ', '… 2 more syscalls'])
  })

  it('t cycles whole process → each thread in tid order → whole process; s cycles the sort keys', () => {
    const s = twoThreads()
    assert.equal(nextThread(s, null), 100)
    assert.equal(nextThread(s, 100), 200)
    assert.equal(nextThread(s, 200), null)
    assert.equal(nextThread(new Session(hello()), null), null)
    assert.deepEqual([nextSort('rate'), nextSort('count'), nextSort('errors'), nextSort('latency')], ['count', 'errors', 'latency', 'rate'])
  })
})

describe('dashboard rate history and chart', () => {
  it('records the whole-process rate and each thread\'s from the second refresh on, aligned', () => {
    const state = ui()
    const session = new Session(hello())
    session.apply(snapshot({at: 1, stats: [{tid: 100, nr: 39, count: 1000}]}))
    recordRefresh(state, session)
    assert.deepEqual(state.rateHistory, [])
    session.apply(snapshot({at: 3, stats: [{tid: 100, nr: 39, count: 5000}]}))
    recordRefresh(state, session)
    assert.deepEqual(state.rateHistory, [2000])
    assert.deepEqual(state.rateTimes, [3])
    // Thread 200 appears at 4 s: zeros before, then all its calls in that interval.
    session.apply(snapshot({at: 4, stats: [{tid: 100, nr: 39, count: 5500}, {tid: 200, nr: 39, count: 300}]}))
    recordRefresh(state, session)
    assert.deepEqual(state.rateHistory, [2000, 800])
    assert.deepEqual([...state.threadRateHistory], [[100, [2000, 500]], [200, [0, 300]]])
  })

  it('keeps the last 120 points of every series', () => {
    const state = ui()
    const session = new Session(hello())
    for (let i = 0; i <= 125; i++) {
      session.apply(snapshot({at: i + 1, stats: [{tid: 100, nr: 39, count: 10 * i * (i + 1) / 2}]}))
      recordRefresh(state, session)
    }
    assert.equal(state.rateHistory.length, 120)
    assert.deepEqual([state.rateHistory[0], state.rateHistory.at(-1)], [60, 1250])
    assert.deepEqual([state.rateTimes[0], state.rateTimes.at(-1)], [7, 126])
    assert.deepEqual(state.threadRateHistory.get(100), state.rateHistory)
  })

  it('rounds the y axis up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    assert.deepEqual([0, -3, 0.3, 1, 1.01, 2.2, 3, 7, 1100, 2400, 2600, 8e5].map(roundCeiling), [1, 1, 0.5, 1, 2, 2.5, 5, 10, 2000, 2500, 5000, 1e6])
    assert.equal(sparkline([0, 50, 100], 10), '▁▄█')
  })

  it('picks the lowest y top whose labels are round steps apart', () => {
    assert.deepEqual(yAxis(2420, 4), {maxY: 3000, yLabels: 3})
    assert.deepEqual(yAxis(99, 4), {maxY: 100, yLabels: 4})
    assert.deepEqual(yAxis(4.4, 2), {maxY: 5, yLabels: 2})
    assert.deepEqual(yAxis(4.4, 1), {maxY: 5, yLabels: 1})
    assert.deepEqual(yAxis(0, 5), {maxY: 1, yLabels: 1})
  })

  it('gives the line its points, x in seconds before now, a round top with headroom, and round y steps', () => {
    const state = ui({rateHistory: [1000, 2200, 0, 1800], rateTimes: [10, 11, 12.2, 13]})
    const view = chartView(twoThreads(), state, 80, 13)
    assert.deepEqual(view, {
      title: 'syscalls/s · whole process · now 1,800/s', empty: null,
      x: ['-3s', '-2s', '-1s', 'now'], y: [1000, 2200, 0, 1800],
      // 2,200 + 10% = 2,420; 13 rows plot 9.75 rows, room for 4 labels: 0 1,000 2,000 under 3,000 is the lowest round top.
      maxY: 3000, yLabels: 3,
    })
    assert.equal(chartView(twoThreads(), ui({rateHistory: [0, 0], rateTimes: [1, 2]}), 80, 13).maxY, 1)
    assert.equal(chartView(twoThreads(), ui({rateHistory: [10, 90], rateTimes: [1, 2]}), 80, 13).yLabels, 4)
    assert.equal(chartView(twoThreads(), state, 20, 13).title, 'syscalls/s · whole …')
  })

  it('follows the thread t picked, and says why there is no line yet', () => {
    const state = ui({rateHistory: [5, 6, 7], rateTimes: [1, 2, 3], threadRateHistory: new Map([[200, [0, 1, 4]]]), threadTid: 200})
    const view = chartView(twoThreads(), state, 80, 9)
    assert.deepEqual([view.title, view.y, view.x, view.maxY], ['syscalls/s · thread 200 worker-b · now 4.0/s', [0, 1, 4], ['-2s', '-1s', 'now'], 5])
    assert.equal(chartView(twoThreads(), {...state, threadTid: 100}, 80, 9).empty, 'no data yet for this thread: t picks another')
    const first = chartView(twoThreads(), ui({rateHistory: [5], rateTimes: [1]}), 80, 9)
    assert.deepEqual([first.title, first.empty], ['syscalls/s · whole process · now 5.0/s', 'no data yet: the line starts at the third refresh'])
  })
})

// Two seconds on an 8-CPU machine: reactor-0 pinned to CPU 1 and on it 95% of the time; a pool thread spread over CPUs 0 and 1.
const gridSession = () => schedSession(
  {
    cpuTimes: [{tid: 200, cpu: 1, oncpuNs: 1_900_000_000n}, {tid: 201, cpu: 0, oncpuNs: 500_000_000n}, {tid: 201, cpu: 1, oncpuNs: 100_000_000n}],
    threads: [{tid: 200, voluntary: 10, involuntary: 30, migrations: 0}, {tid: 201, voluntary: 2000, migrations: 400}],
  },
  {threads: [{tid: 200, name: 'reactor-0', cpusAllowedList: '1', lastCpu: 1}, {tid: 201, name: 'pool', cpusAllowedList: '0-7', lastCpu: 0}]},
)

describe('dashboard threads × CPUs panel', () => {
  it('says why it is empty: probe left out, probe failed, no data yet', () => {
    assert.deepEqual(texts(cpuGridPanel(twoThreads(), 80, 4)), ['sched probe not attached: left out (--no-sched)'])
    const failed = new Session(schedHello({probes: [{name: 'sched', attached: false, variant: '', error: 'BTF not found'}]}))
    assert.deepEqual(texts(cpuGridPanel(failed, 80, 4)), ['sched probe not attached: BTF not found'])
    assert.deepEqual(texts(cpuGridPanel(new Session(schedHello()), 80, 4)), ['no data yet'])
  })

  it('shows each thread\'s share of wall time per CPU, switches and migrations per second, and pinning; busiest first', () => {
    // 80 columns: two-character shade cells (█ 75% and more, ▒ from 25%, ░ under 25%).
    assert.deepEqual(texts(cpuGridPanel(gridSession(), 80, 6)), [
      'thread               0 1 2 3 4 5 6 7    migr/s     sw/s  allowed',
      '200 reactor-0         ██                   0.0     20.0  1 pinned',
      '201 pool            ▒▒░░                   200    1,000  0-7',
    ])
    // Wide enough for percentages.
    assert.deepEqual(texts(cpuGridPanel(gridSession(), 100, 6)).slice(1), [
      '200 reactor-0           ·  95%    ·    ·    ·    ·    ·    ·       0.0     20.0  1 pinned',
      '201 pool              25%   5%    ·    ·    ·    ·    ·    ·       200    1,000  0-7',
    ])
  })

  it('lists many threads busiest first and says how many did not fit', () => {
    const tids = Array.from({length: 12}, (_, i) => 300 + i)
    const session = schedSession(
      {cpuTimes: tids.map((tid, i) => ({tid, cpu: 0, oncpuNs: BigInt(i + 1) * 10_000_000n})), threads: tids.map((tid) => ({tid}))},
      {threads: tids.map((tid) => ({tid, name: `w-${tid}`, cpusAllowedList: '0-7', lastCpu: 0}))},
    )
    const lines = texts(cpuGridPanel(session, 80, 5))
    assert.deepEqual(lines.slice(1).map((l) => l.slice(0, 20).trimEnd()), ['311 w-311', '310 w-310', '309 w-309', '… 9 more threads'])
  })
})

describe('dashboard event loop, sockets, stacks and findings panels', () => {
  it('event loop: per thread the rate, empty share, blocked or spinning and the timeout spread; then busy polling', () => {
    const session = sessionWith([], {
      hello: schedHello(),
      threads: [{tid: 100, name: 'spinner'}, {tid: 101, name: 'sleeper'}],
      eventloop: {epolls: [
        {tid: 100, calls: 2000, empty: 1990, timeouts: {zero: 2000}, zeroEmpty: 1990, totalNs: 1_000_000, offcpuNs: 10_000},
        {tid: 101, calls: 200, empty: 2, events: 198, timeouts: {block: 200}, totalNs: 1_000_000_000, offcpuNs: 990_000_000},
      ]},
    })
    const panel = eventLoopPanel(session, 80, 3)
    assert.deepEqual(texts(panel), [
      '100 spinner           1,000/s empty 100%  SPINNING 99%  timeout 0: 100%',
      '101 sleeper             100/s empty   1%  blocked 99%   timeout -1: 100%',
      'busy polling: not configured; never ran',
    ])
    assert.deepEqual(panel.lines.map((l) => l.tone), ['warn', 'normal', 'normal'])
    // One row for threads: the busiest stays, busy polling too.
    assert.deepEqual(texts(eventLoopPanel(session, 80, 2)).map((l) => l.slice(0, 11)), ['100 spinner', 'busy pollin'])
    assert.deepEqual(texts(eventLoopPanel(twoThreads(), 80, 3)), ['eventloop probe not attached: left out (--no-eventloop)'])
  })

  it('sockets: index → serving thread → its CPUs, with the locality verdict; one line per port when rows are short', () => {
    const session = twoReactors(['1', '0'])
    assert.deepEqual(texts(socketsPanel(session, 100, 5)), [
      '127.0.0.1:8080/tcp: reuseport group of 2; steering CPU steering (classic: ld cpu; ret a)',
      '  0  → 101 reactor-0     → CPU 1 (last 1)   MISMATCH: served by reactor-0 pinned to CPU 1',
      '  1  → 102 reactor-1     → CPU 0 (last 0)   MISMATCH: served by reactor-1 pinned to CPU 0',
    ])
    assert.deepEqual(texts(socketsPanel(session, 80, 2)), [
      '127.0.0.1:8080/tcp MISMATCH: served by reactor-0 pinned to CPU 1 · 0→reactor-0@…',
    ])
    assert.deepEqual(socketsPanel(twoReactors(['0', '1']), 100, 5).lines.map((l) => l.tone), ['heading', 'good', 'good'])
    assert.deepEqual(texts(socketsPanel(twoThreads(), 80, 3)), ['listeners probe not attached: left out (--no-listeners)'])
  })

  it('stacks: the hottest functions by self share, for the process or the chosen thread; says why when there is no sampling', () => {
    const session = twoThreads()
    session.stacks = profileOf([
      {tid: 100, frames: ['_start', 'main', 'run_split', 'spin_three_quarters'], samples: 75},
      {tid: 200, frames: ['start_thread', 'walk', 'syscall', '__x64_sys_getppid@kernel'], samples: 20},
      {tid: 200, frames: ['start_thread', 'uv_run', '[x]@unknown@[anon]'], samples: 5},
    ])
    const all = stacksPanel(session, ui(), 80, 4)
    assert.equal(all.title, 'Stacks · 100 samples at 99 Hz · self%  function  (f: flame graph)')
    assert.deepEqual(texts(all), ['  75%  spin_three_quarters  (server)', '  20%  __x64_sys_getppid  ([kernel])', '   5%  [unknown]  ([anon])'])
    assert.deepEqual(all.lines.map((l) => l.tone), ['normal', 'dim', 'warn'])
    const one = stacksPanel(session, ui({threadTid: 200}), 80, 4)
    assert.equal(one.title, 'Stacks · 25 samples at 99 Hz · tid 200 · self%  function  (f: flame graph)')
    assert.deepEqual(texts(one), ['  80%  __x64_sys_getppid  ([kernel])', '  20%  [unknown]  ([anon])'])
    assert.deepEqual(texts(stacksPanel(twoThreads(), ui(), 80, 1)), ['stack sampling left out (--no-stacks)'])
    const failed = new Session(hello({probes: [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}, {name: 'stacks', attached: false, variant: '', error: 'perf_event_open: no such device'}]}))
    assert.deepEqual(texts(stacksPanel(failed, ui(), 80, 1)), ['stack sampling not attached: perf_event_open: no such device'])
  })

  it('findings: most severe first as given, one line of evidence each, the selected one marked; empty says so', () => {
    const finding = (severity: Finding['severity'], title: string, evidence: string[]): Finding =>
      ({rule: 'r', severity, title, evidence, metrics: {}, meaning: '', fix: '', docs: ''})
    const findings = [finding('critical', 'loop starved', ['CPU 1 at 100%']), finding('warning', 'spins', []), finding('info', 'fyi', ['x'])]
    const panel = findingsPanel(findings, 1, 80, 3)
    assert.deepEqual(texts(panel), [' CRIT loop starved · CPU 1 at 100%', '>WARN spins', ' info fyi · x'])
    assert.deepEqual(panel.lines.map((l) => l.tone), ['bad', 'warn', 'normal'])
    // Scrolled so the selection shows, with what is left below.
    assert.deepEqual(texts(findingsPanel(findings, 2, 80, 2)), ['>info fyi · x'])
    assert.deepEqual(texts(findingsPanel([], 0, 80, 3)), ['nothing looks wrong in what was measured so far'])
  })
})

describe('dashboard layout', () => {
  it('80×24: one column, every row used, the chart and stacks left out and named in the footer', () => {
    const l = layout(80, 24)
    assert.deepEqual(l.panels, {
      syscalls: {top: 2, left: 0, width: 80, height: 6},
      cpus: {top: 8, left: 0, width: 80, height: 4},
      eventloop: {top: 12, left: 0, width: 80, height: 4},
      sockets: {top: 16, left: 0, width: 80, height: 3},
      findings: {top: 19, left: 0, width: 80, height: 4},
    })
    assert.deepEqual(l.hidden, ['chart', 'stacks'])
    assert.equal(footerText(l, 80), 'q quit  p pause  t thread  s sort  f flame  ? help · no room for: chart, stacks')
  })

  it('160×48: two columns with every panel; spare rows go to the syscalls (left) and the findings (right)', () => {
    const l = layout(160, 48)
    assert.deepEqual(l.hidden, [])
    assert.deepEqual(l.panels, {
      syscalls: {top: 2, left: 0, width: 79, height: 25},
      chart: {top: 27, left: 0, width: 79, height: 14},
      eventloop: {top: 41, left: 0, width: 79, height: 6},
      cpus: {top: 2, left: 81, width: 79, height: 9},
      sockets: {top: 11, left: 81, width: 79, height: 8},
      stacks: {top: 19, left: 81, width: 79, height: 8},
      findings: {top: 27, left: 81, width: 79, height: 20},
    })
  })
})

describe('dashboard command output (stackprof run)', () => {
  it('cleans a line from the untrusted command: escape sequences whole, other control characters, bidi overrides; tabs to 8', () => {
    // Colours (CSI), a title (OSC ended by BEL), a hyperlink (OSC ended by ST), a C1 CSI, backspace, DEL, NUL, a right-to-left override.
    assert.equal(cleanOutputLine('a\x1b[1;31mb\x1b[0m\x1b]0;evil title\x07c\x1b]8;;http://x\x1b\\d\x1b[2J\x1b[?1049le\x08f\x7fg\x9b31mh\u202Ei\x00j'), 'abcdefghij')
    // Two-byte escapes (ESC c resets the terminal, ESC 7 saves the cursor) and a DCS string.
    assert.equal(cleanOutputLine('x\x1bcy\x1b7z\x1bPq#0;2;0;0;0\x1b\\!'), 'xyz!')
    assert.equal(cleanOutputLine('ab\tc\t\td'), 'ab      c               d')
    // CRLF line ends; a progress line shows what was written after its last carriage return.
    assert.equal(cleanOutputLine('done\r\r'), 'done')
    assert.equal(cleanOutputLine(' 10%\r 50%\r100%'), '100%')
    assert.equal(cleanOutputLine('x'.repeat(OUTPUT_LINE_MAX + 50)).length, OUTPUT_LINE_MAX)
    assert.equal(cleanOutputLine('\x1b[31m'), '')
  })

  it('keeps the last lines in a ring, counts every line, joins lines split across chunks, and shows unfinished lines last', () => {
    const ring = new OutputRing(3)
    ring.push('stdout', 'one\ntw')
    assert.deepEqual(ring.lines(), [{stream: 'stdout', text: 'one'}, {stream: 'stdout', text: 'tw'}])
    assert.deepEqual([ring.total, ring.kept, ring.dropped], [1, 1, 0])
    ring.push('stderr', 'err\x1b[31m1\n')
    ring.push('stdout', 'o\nthree\nfour\nfi')
    // In arrival order: one, err1, two, three, four; one and err1 scrolled out; "fi" is not a line yet.
    assert.deepEqual(ring.lines(), [
      {stream: 'stdout', text: 'two'}, {stream: 'stdout', text: 'three'}, {stream: 'stdout', text: 'four'}, {stream: 'stdout', text: 'fi'},
    ])
    assert.deepEqual(ring.lines(false).map((l) => l.text), ['two', 'three', 'four'])
    assert.deepEqual([ring.total, ring.kept, ring.dropped], [5, 3, 2])
    ring.end('stdout')
    assert.deepEqual(ring.lines().map((l) => `${l.stream}:${l.text}`), ['stdout:three', 'stdout:four', 'stdout:fi'])
    assert.deepEqual([ring.total, ring.kept, ring.dropped], [6, 3, 3])
    // Many wraps of the ring: still the last three, in order.
    for (let i = 0; i < 1000; i++) ring.push('stderr', `l${i}\n`)
    assert.deepEqual(ring.lines().map((l) => l.text), ['l997', 'l998', 'l999'])
    assert.equal(ring.total, 1006)
    assert.throws(() => new OutputRing(0), /positive integer/)
  })

  it('the panel shows the newest lines at the bottom, cut to the width, stderr in the warning tone; empty says why', () => {
    const ring = new OutputRing(500)
    assert.deepEqual(outputPanel(ring, false, 80, 3), {title: 'Command output · stdout and stderr · 0 lines', lines: [{text: 'no output yet', tone: 'dim'}]})
    assert.deepEqual(texts(outputPanel(ring, true, 80, 3)), ['the command wrote nothing'])
    ring.push('stdout', 'hello-from-cmd\nsecond\n')
    ring.push('stderr', `warning: ${'x'.repeat(100)}\n`)
    const panel = outputPanel(ring, false, 30, 2)
    assert.equal(panel.title, 'Command output · stdout and s…')
    assert.deepEqual(panel.lines, [{text: 'second', tone: 'normal'}, {text: `warning: ${'x'.repeat(20)}…`, tone: 'warn'}])
    const small = new OutputRing(2)
    small.push('stdout', 'a\nb\nc\n')
    assert.equal(outputPanel(small, false, 80, 5).title, 'Command output · stdout and stderr · last 2 of 3 lines')
    assert.deepEqual(texts(outputPanel(small, false, 80, 5)), ['b', 'c'])
  })

  it('the header says which signal q sent, then that the command exited and with what status', () => {
    const session = twoThreads()
    const header = (signalsSent: string[], exitStatus: number | null) => headerView(session, ui(), {intervalMs: 1000, width: 120, command: {signalsSent, exitStatus}})[0]
    assert.deepEqual(header([], null), {text: 'pid 4242 node server.js --port 8080', tone: 'heading'})
    assert.equal(header(['SIGINT'], null).text, 'SENT SIGINT, waiting for the command to exit (q again: SIGTERM) · pid 4242 node server.js --port 8080')
    assert.equal(header(['SIGINT', 'SIGTERM', 'SIGKILL'], null).text, 'SENT SIGKILL, waiting for the command to exit · pid 4242 node server.js --port 8080')
    assert.deepEqual(header(['SIGINT'], 130), {text: 'COMMAND EXITED (status 130) after 2.0 s: data kept, q quits · pid 4242 node server.js --port 8080', tone: 'bad'})
    assert.deepEqual([0, 1, 2, 3].map(nextInterrupt), ['SIGINT', 'SIGTERM', 'SIGKILL', 'SIGKILL'])
  })

  it('layout: at 80×24 the output panel takes the sockets\' rows and the footer names them; at 160×48 it sits above the findings', () => {
    const small = layout(80, 24, {output: true})
    assert.deepEqual(small.panels, {
      syscalls: {top: 2, left: 0, width: 80, height: 5},
      cpus: {top: 7, left: 0, width: 80, height: 4},
      eventloop: {top: 11, left: 0, width: 80, height: 4},
      output: {top: 15, left: 0, width: 80, height: 4},
      findings: {top: 19, left: 0, width: 80, height: 4},
    })
    assert.deepEqual(small.hidden, ['chart', 'stacks', 'sockets'])
    // The full key list and the hidden panels do not both fit in 80 columns: the panels win (? lists the keys).
    assert.equal(footerText(small, 80), 'q quit  ? help · no room for: chart, stacks, sockets')
    const big = layout(160, 48, {output: true})
    assert.deepEqual(big.hidden, [])
    assert.deepEqual([big.panels.output, big.panels.findings], [{top: 27, left: 81, width: 79, height: 12}, {top: 39, left: 81, width: 79, height: 8}])
    assert.equal(layout(160, 48).panels.output, undefined, 'attach has no output panel')
  })
})
