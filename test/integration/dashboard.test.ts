// The live dashboard of `stackprof attach`, driven in a real terminal (tmux,
// test/integration/tmux.ts) against real targets with the real probes: what
// each panel shows, what each key does, and that every way out (q, Ctrl-C,
// SIGTERM, the target exiting) gives the terminal back (normal screen, cursor
// visible, exit status 0) and prints the final summary. Then `stackprof run`'s
// dashboard: the command's output panel, q interrupting the command, and its
// exit status passed through.
//
// Exact where the workload allows it (exact_syscalls: 10,000 getppid, 7,777 +
// 1 writes, 500 failing closes; pids, tids and thread names read from /proc);
// where the numbers move (reactor_server under http_load) they must be
// non-zero, and a paused screen must not change at all.
import assert from 'node:assert/strict'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {footerText, layout} from '../../src/tui/views.js'
import {bpfGate, cli, Proc, root, workload} from './helpers.js'
import {alive, flat, sleep, TmuxPane, tmuxUnavailable, type TerminalState} from './tmux.js'

const gate = bpfGate()
const skip = gate.skip ?? tmuxUnavailable()
const TEST_TIMEOUT = 180_000

// ---- Targets ----

/** reactor_server (2 reuseport reactors, blocking epoll_wait, recv/send) with its pid, port and tid of each thread name. */
async function startReactor(): Promise<{proc: Proc; pid: number; port: number; tids: Map<string, number>}> {
  const proc = new Proc(workload('reactor_server'), ['--threads', '2', '--port', '0', '--wait', 'wait', '--io', 'recv'])
  const m = await proc.waitFor('stdout', /^ready (\d+) (\d+)$/)
  const pid = Number(m[1])
  return {proc, pid, port: Number(m[2]), tids: threadTids(pid)}
}

/** name → tid of every thread of pid, from /proc (names are unique in our workloads). */
function threadTids(pid: number): Map<string, number> {
  const tids = new Map<string, number>()
  for (const tid of readdirSync(`/proc/${pid}/task`)) tids.set(readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim(), Number(tid))
  return tids
}

/**
 * Steady load that leaves CPU to spare on a 2-CPU machine: http_load runs of
 * `requests` each, back to back with a pause between, until stop(). Every run
 * must get all its responses (a failing server would make the numbers lie).
 */
class LoadLoop {
  runs = 0
  readonly failures: string[] = []
  private stopped = false
  private current?: Proc
  private readonly loop: Promise<void>

  constructor(port: number, requests = 4000, pauseMs = 100) {
    this.loop = (async () => {
      while (!this.stopped) {
        this.current = new Proc(workload('http_load'), ['--port', String(port), '--connections', '4', '--requests', String(requests), '--timeout-s', '20'])
        const {code} = await this.current.exit(30_000)
        if (this.stopped) break
        this.runs++
        if (code !== 0) this.failures.push(`http_load exit ${code}: ${this.current.stdout.trim()} ${this.current.stderr.trim()}`)
        await sleep(pauseMs)
      }
    })()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.current?.child.kill('SIGTERM')
    await this.loop
  }
}

// ---- Reading the dashboard's screen ----

/** One column of the screen: at 160×48 the dashboard has two (left: 0..78, right: 81..). */
function column(screen: string, start: number, width: number): string[] {
  return screen.split('\n').map((l) => l.slice(start, start + width).trimEnd())
}

interface ScreenSyscall {name: string; rate: number; count: number; errors: number; errno: string | null}

const num = (s: string) => Number(s.replace(/,/g, ''))

/** The syscalls panel: its title (scope, sort) and rows, read from the column it is in. */
function syscallsPanel(lines: string[]): {scope: string; tid: number | null; threadName: string | null; sort: string; rows: ScreenSyscall[]} | null {
  const at = lines.findIndex((l) => /^Syscalls · /.test(l))
  if (at === -1) return null
  const title = /^Syscalls · (whole process|thread (\d+) (\S+)) · by (\w+) \(s\)/.exec(lines[at])
  if (!title) return null
  const rows: ScreenSyscall[] = []
  for (const l of lines.slice(at + 2)) {
    // syscall, calls/s, count, errors ("0" or "500 EBADF"), p50≤, p99≤ (each "-" or a time).
    const m = /^(\S+)\s+([\d.,]+)\s+([\d,]+)\s+(0|[\d,]+(?: ([A-Z0-9]+))?)\s+(\S+)\s+(\S+)$/.exec(l)
    if (!m) break
    rows.push({name: m[1], rate: num(m[2]), count: num(m[3]), errors: num(m[4].split(' ')[0]), errno: m[5] ?? null})
  }
  return {scope: title[1], tid: title[2] ? Number(title[2]) : null, threadName: title[3] ?? null, sort: title[4], rows}
}

/** SGR parameters that set a foreground or background colour (NO_COLOR must leave none). */
function colourCodes(withEscapes: string): string[] {
  const found: string[] = []
  for (const m of withEscapes.matchAll(/\x1b\[([0-9;]*)m/g)) {
    const params = m[1].split(';').map(Number)
    for (let i = 0; i < params.length; i++) {
      const p = params[i]
      if ((p >= 30 && p <= 37) || (p >= 40 && p <= 47) || (p >= 90 && p <= 97) || (p >= 100 && p <= 107) || p === 38 || p === 48) {
        found.push(m[0])
        break
      }
    }
  }
  return found
}

/** What every way out must leave: normal screen, visible cursor, status 0, and the summary in the scrollback. */
function assertRestored(pane: TmuxPane, st: TerminalState, pid: number): string {
  const history = pane.history()
  assert.equal(st.paneDead, false, 'the pane runner is alive (it outlives the command)')
  assert.equal(st.exitStatus, 0, `exit status (signal ${st.exitSignal}); screen:\n${pane.screen()}`)
  assert.equal(st.alternateOn, false, `the alternate screen is left; screen:\n${pane.screen()}`)
  assert.equal(st.cursorVisible, true, 'the cursor is visible again')
  assert.match(history, new RegExp(`^stackprof: pid ${pid} `, 'm'), `the final summary's header is printed; scrollback:\n${history.slice(-3000)}`)
  assert.match(history, /^Findings$/m, 'the final summary ends with the findings')
  assert.doesNotMatch(history, /internal error|at .*\.js:\d+:\d+/, 'no error and no stack trace')
  return history
}

function attachCommand(pid: number, ...extra: string[]): string[] {
  return [process.execPath, cli, 'attach', String(pid), ...extra]
}

/** The footer the dashboard must show at this size: its keys and the panels that did not fit (the view model, unit-tested, says which). */
function expectedFooter(cols: number, rows: number): string {
  return footerText(layout(cols, rows), cols)
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Waits until the dashboard is up: its header names the target on the first row, its footer is on the last. */
async function waitForDashboard(pane: TmuxPane, pid: number): Promise<void> {
  const {width, height} = pane.state()
  await pane.waitForScreen(new RegExp(`^pid ${pid} [\\s\\S]*\\n${escapeRegExp(expectedFooter(width, height))}\\n$`), 30_000)
  const st = pane.state()
  assert.equal(st.alternateOn, true, 'the dashboard draws on the alternate screen (the shell scrollback stays intact)')
  assert.equal(st.cursorVisible, false, 'the dashboard hides the cursor while it draws')
}

describe('the live dashboard in a terminal (tmux)', {skip}, () => {
  it('harness: reads an unrestored terminal as unrestored (so the restore checks can fail)', {timeout: 30_000}, async () => {
    const pane = TmuxPane.start({cols: 40, rows: 8, command: [process.execPath, '-e', "process.stdout.write('\\x1b[?1049h\\x1b[?25lfull screen'); setTimeout(() => process.exit(3), 300)"]})
    try {
      await pane.waitForScreen(/full screen/)
      const st = await pane.waitForExit()
      assert.deepEqual({alt: st.alternateOn, cursor: st.cursorVisible, status: st.exitStatus, w: st.width, h: st.height}, {alt: true, cursor: false, status: 3, w: 40, h: 8})
    } finally {
      await pane.kill()
    }
  })

  it('at 160×48 against reactor_server under load: every panel has real numbers, the keys work, q restores the terminal', {timeout: TEST_TIMEOUT}, async () => {
    const server = await startReactor()
    const load = new LoadLoop(server.port)
    // f writes the flame graph into the dashboard's working directory: a fresh one.
    const workDir = mkdtempSync(join(tmpdir(), 'stackprof-dash-'))
    const pane = TmuxPane.start({cols: 160, rows: 48, command: attachCommand(server.pid), cwd: workDir})
    const reactor0 = server.tids.get('reactor-0')!
    const reactor1 = server.tids.get('reactor-1')!
    assert.ok(reactor0 && reactor1, `reactor threads: ${[...server.tids]}`)
    try {
      await waitForDashboard(pane, server.pid)
      // Two refreshes under load: rates, the chart and every probe's panel have data.
      await pane.waitForScreen(/syscalls\/s · whole process · now [\d,.]+\/s/, 20_000)
      await pane.waitForScreen(new RegExp(`${reactor1} reactor-1\\s+[\\d.,]+/s empty`), 20_000)
      const screen = pane.screen()
      const rows = screen.split('\n')
      assert.equal(rows.length, 48 + 1, 'capture is 48 rows')
      const left = column(screen, 0, 79)
      const right = column(screen, 81, 79)

      // Header: pid and command line, interval, drops (shown even at zero), probes.
      assert.match(rows[0], new RegExp(`^pid ${server.pid} \\S*reactor_server --threads 2 --port 0 --wait wait --io recv`))
      assert.match(rows[1], /^up [\d.]+ s · every 1 s · (dropped 0|LOST [\d,]+ calls)/)
      assert.match(rows[1], /probes: syscalls, eventloop, sched, listeners/)
      // Two columns at this size: syscalls on the left, threads × CPUs on the right, same row.
      assert.match(rows[2], /^Syscalls · whole process · by rate \(s\).*Threads × CPUs/)

      // Syscalls: the server's recv/send (recvfrom/sendto on x86_64) and epoll_wait, counted and with a rate.
      const sys = syscallsPanel(left)
      assert.ok(sys, `syscalls panel on the left:\n${left.join('\n')}`)
      assert.equal(sys.scope, 'whole process')
      for (const name of ['recvfrom', 'sendto', 'epoll_wait']) {
        const row = sys.rows.find((r) => r.name === name)
        assert.ok(row, `${name} in the syscalls panel:\n${left.join('\n')}`)
        assert.ok(row.count > 0 && row.rate > 0, `${name}: count ${row.count}, rate ${row.rate}/s`)
      }
      // Sorted by rate: the rates go down (ties by count).
      for (let i = 1; i < sys.rows.length; i++) assert.ok(sys.rows[i - 1].rate >= sys.rows[i].rate, `by rate: ${sys.rows.map((r) => `${r.name} ${r.rate}`)}`)

      // Threads × CPUs: both reactors by tid and name, one percentage cell per CPU (2 here).
      for (const [name, tid] of [['reactor-0', reactor0], ['reactor-1', reactor1]] as const) {
        assert.match(right.join('\n'), new RegExp(`^${tid} ${name}\\s+([\\d.]+%|·)\\s+([\\d.]+%|·)\\s+[\\d.,]+\\s+[\\d.,]+\\s+0-1$`, 'm'), `${name} in the CPU grid`)
      }
      // Event loop: both reactors wait in epoll_wait with timeout -1 and block there.
      for (const [name, tid] of [['reactor-0', reactor0], ['reactor-1', reactor1]] as const) {
        const m = new RegExp(`^${tid} ${name}\\s+([\\d.,]+)/s empty\\s+\\d+%\\s+blocked \\d+%\\s+timeout -1: 100%`, 'm').exec(left.join('\n'))
        assert.ok(m, `${name} in the event loop panel:\n${left.join('\n')}`)
        assert.ok(num(m[1]) > 0, `${name} epoll calls/s`)
      }
      // Sockets: one reuseport group of 2 on the server's port; index i → reactor-i.
      const sockets = right.join('\n')
      assert.match(sockets, new RegExp(`127\\.0\\.0\\.1:${server.port}/tcp: reuseport group of 2`))
      assert.match(sockets, new RegExp(`^  0  → ${reactor0} reactor-0\\s+→ CPU 0-1`, 'm'))
      assert.match(sockets, new RegExp(`^  1  → ${reactor1} reactor-1\\s+→ CPU 0-1`, 'm'))
      // Stacks: samples so far and the hottest functions, one per line with its share. Findings: a count.
      assert.match(sockets, /^Stacks · [\d,]+ samples at 99 Hz · self%  function/m)
      assert.match(sockets, /^ +\d+%  \S.*\((\[kernel\]|reactor_server|libc\.so\.6)\)$/m)
      assert.match(sockets, /^Findings · \d+ · /m)
      assert.equal(rows[47], expectedFooter(160, 48))
      assert.match(rows[47], /^q quit  p pause  t thread  s sort  f flame  \? help$/, 'footer: the keys, no panel left out at this size')
      // Colours are on without NO_COLOR (the NO_COLOR test checks they go).
      assert.ok(colourCodes(pane.screenWithEscapes()).length > 0, 'some panel is coloured')

      // ? opens the help, Esc closes it; ? also toggles it.
      pane.keys('?')
      await pane.waitForScreen(/q, Ctrl-C\s+quit: detach, restore the terminal, print the summary/)
      pane.keys('Escape')
      await pane.waitForScreen(/^(?![\s\S]*q, Ctrl-C\s+quit: detach)/)
      pane.keys('?')
      await pane.waitForScreen(/p\s+pause or resume redrawing/)
      pane.keys('?')
      await pane.waitForScreen(/^(?![\s\S]*pause or resume redrawing)/)

      // f: the flame graph of what was sampled so far, written to the working directory, and where it went.
      pane.keys('f')
      await pane.waitForScreen(/Flame graph of [\d,]+ samples written to/, 10_000, () => flat(pane.screen()))
      const written = readdirSync(workDir).filter((f) => new RegExp(`^stackprof-${server.pid}-\\d{8}-\\d{6}\\.html$`).test(f))
      assert.equal(written.length, 1, `one flame graph file in ${workDir}: ${readdirSync(workDir).join(', ')}`)
      const html = readFileSync(join(workDir, written[0]!), 'utf8')
      assert.match(html, /reactor_server/, 'the page names the target')
      assert.match(html, /d3-flame-graph|flamegraph\(/, 'd3-flame-graph is inlined')
      pane.keys('Escape')
      await pane.waitForScreen(/^(?![\s\S]*Flame graph of)/)

      // s: rate → count → errors → latency → rate; by count the counts go down.
      pane.keys('s')
      await pane.waitForScreen(/Syscalls · whole process · by count \(s\)/)
      const byCount = syscallsPanel(column(pane.screen(), 0, 79))!
      assert.ok(byCount.rows.length >= 3, 'rows when sorted by count')
      for (let i = 1; i < byCount.rows.length; i++) assert.ok(byCount.rows[i - 1].count >= byCount.rows[i].count, `by count: ${byCount.rows.map((r) => `${r.name} ${r.count}`)}`)
      for (const sort of ['errors', 'latency', 'rate']) {
        pane.keys('s')
        await pane.waitForScreen(new RegExp(`Syscalls · whole process · by ${sort} \\(s\\)`))
      }

      // p: nothing on screen changes while paused (the load goes on); p again and it moves.
      const moving1 = pane.screen()
      await sleep(2500)
      assert.notEqual(pane.screen(), moving1, 'unpaused, the screen changes within 2.5 s (control)')
      pane.keys('p')
      await pane.waitForScreen(/^PAUSED \(p resumes\) · pid \d+/)
      const paused1 = pane.screen()
      await sleep(2500)
      const paused2 = pane.screen()
      assert.equal(paused2, paused1, 'paused: the same screen 2.5 s (two refreshes) later')
      pane.keys('p')
      await pane.waitForScreen(new RegExp(`^pid ${server.pid} `))
      await sleep(2500)
      assert.notEqual(pane.screen(), paused2, 'resumed: the numbers move again')

      // t: each thread that made syscalls, by tid and name, then back to the whole process.
      const seen = new Map<number, string>()
      for (let i = 0; i < server.tids.size + 1; i++) {
        pane.keys('t')
        const before = seen.size
        await sleep(300)
        const panel = syscallsPanel(column(pane.screen(), 0, 79))!
        if (panel.tid === null) break
        assert.ok(existsSync(`/proc/${server.pid}/task/${panel.tid}`), `thread ${panel.tid} is a thread of the target`)
        assert.equal(panel.threadName, readFileSync(`/proc/${server.pid}/task/${panel.tid}/comm`, 'utf8').trim())
        seen.set(panel.tid, panel.threadName!)
        assert.equal(seen.size, before + 1, `t moves to a thread not shown yet (seen: ${[...seen].join(', ')})`)
        if (panel.tid === reactor0 || panel.tid === reactor1) {
          assert.ok(panel.rows.some((r) => r.name === 'recvfrom' && r.count > 0), `the syscalls of ${panel.threadName} alone include its recvfrom`)
        }
      }
      assert.equal(seen.get(reactor0), 'reactor-0')
      assert.equal(seen.get(reactor1), 'reactor-1')
      assert.equal(syscallsPanel(column(pane.screen(), 0, 79))!.scope, 'whole process', 't after the last thread: the whole process again')

      // q: terminal back, exit 0, the summary with the reactors' tables.
      pane.keys('q')
      const history = assertRestored(pane, await pane.waitForExit(), server.pid)
      assert.match(history, new RegExp(`TID ${reactor0} reactor-0`))
      assert.match(history, new RegExp(`TID ${reactor1} reactor-1`))
      assert.equal(load.failures.length, 0, load.failures.join('\n'))
    } finally {
      await pane.kill()
      await load.stop()
      server.proc.end()
      await server.proc.exit()
      rmSync(workDir, {recursive: true, force: true})
    }
  })

  it('at 80×24 with exact_syscalls: exact counts per process and per thread; Ctrl-C restores the terminal', {timeout: TEST_TIMEOUT}, async () => {
    const target = new Proc(workload('exact_syscalls'), ['10000', '7777', '500'])
    const pid = Number((await target.waitFor('stdout', /^ready (\d+)$/))[1])
    const tids = threadTids(pid)
    const pane = TmuxPane.start({cols: 80, rows: 24, command: attachCommand(pid)})
    try {
      await waitForDashboard(pane, pid)
      const first = pane.screen().split('\n')
      assert.match(first[0], new RegExp(`^pid ${pid} \\S*exact_syscalls 10000 7777 500`))
      assert.equal(first[23], expectedFooter(80, 24))
      assert.ok(layout(80, 24).hidden.length > 0 && first[23].startsWith('q quit  p pause  t thread  s sort  f flame  ? help · '), 'at 80×24 the footer says which panels did not fit')
      assert.ok(first.every((l) => l.length <= 80), 'nothing wider than the terminal')
      target.send('go')
      await target.waitFor('stdout', /^done$/)
      // By count, whole process: the workers' calls plus the main thread's one write ("done").
      pane.keys('s')
      await pane.waitForScreen(/^getppid\s+[\d.,]+\s+10,000\s+0\s/m, 10_000)
      const whole = syscallsPanel(column(pane.screen(), 0, 80))!
      assert.equal(whole.sort, 'count')
      assert.deepEqual(whole.rows.slice(0, 3).map((r) => [r.name, r.count, r.errors, r.errno]), [
        ['getppid', 10000, 0, null],
        ['write', 7778, 0, null],
        ['close', 500, 500, 'EBADF'],
      ], pane.screen())

      // t until each worker: its own calls only.
      const want: Record<string, [string, number, number, string | null][]> = {
        'getppid-worker': [['getppid', 10000, 0, null]],
        'write-worker': [['write', 7777, 0, null], ['close', 500, 500, 'EBADF']],
      }
      for (const [name, rows] of Object.entries(want)) {
        let panel = syscallsPanel(column(pane.screen(), 0, 80))!
        for (let i = 0; i < tids.size + 1 && panel.threadName !== name; i++) {
          pane.keys('t')
          await sleep(300)
          panel = syscallsPanel(column(pane.screen(), 0, 80))!
        }
        assert.equal(panel.threadName, name, `t reaches ${name}`)
        assert.equal(panel.tid, tids.get(name), `${name}'s tid`)
        assert.match(pane.screen(), new RegExp(`^Syscalls · thread ${tids.get(name)} ${name} · by count`, 'm'))
        // The workers make futex calls too (not exact): compare the counted syscalls only.
        assert.deepEqual(panel.rows.filter((r) => r.name !== 'futex').map((r) => [r.name, r.count, r.errors, r.errno]), rows, pane.screen())
      }
      // Threads × CPUs: the three threads that ran while attached (main, the two workers); at 80×24 the
      // panel has room for one row and says how many more there are. Every row is a real tid with its name.
      const grid = column(pane.screen(), 0, 80)
      const gridAt = grid.findIndex((l) => l.startsWith('Threads × CPUs'))
      const gridRows = grid.slice(gridAt + 2).filter((l) => /^\d+ \S/.test(l))
      const more = grid.slice(gridAt + 2).map((l) => /^… (\d+) more threads$/.exec(l)).find(Boolean)
      assert.ok(gridRows.length >= 1, `thread rows in the CPU grid:\n${grid.join('\n')}`)
      for (const row of gridRows) {
        const [, tid, name] = /^(\d+) (\S+)/.exec(row)!
        assert.equal(tids.get(name), Number(tid), `grid row ${row}`)
      }
      assert.equal(gridRows.length + Number(more?.[1] ?? 0), 3, `main, getppid-worker and write-worker ran:\n${grid.join('\n')}`)

      pane.keys('C-c')
      const history = assertRestored(pane, await pane.waitForExit(), pid)
      assert.match(history, /^ {2}getppid\s+10,000\s/m, 'the summary has the exact getppid count')
    } finally {
      await pane.kill()
      target.end()
      await target.exit()
    }
  })

  it('a target that exits mid-session is shown; the dashboard stays until q, then exits 0 restored', {timeout: TEST_TIMEOUT}, async () => {
    const target = new Proc(workload('exact_syscalls'), ['1000', '1000', '10'])
    const pid = Number((await target.waitFor('stdout', /^ready (\d+)$/))[1])
    const pane = TmuxPane.start({cols: 80, rows: 24, command: attachCommand(pid)})
    try {
      await waitForDashboard(pane, pid)
      target.send('go')
      await target.waitFor('stdout', /^done$/)
      target.end()
      assert.equal((await target.exit()).code, 0)
      await pane.waitForScreen(new RegExp(`^TARGET EXITED after [\\d.]+ s: data kept, q quits · pid ${pid}`, 'm'), 10_000)
      // It keeps the data on screen and does not end by itself.
      await sleep(3000)
      const st = pane.state()
      assert.equal(st.exitStatus, null, 'still running 3 s after the target exited')
      assert.equal(st.alternateOn, true)
      assert.match(pane.screen(), /TARGET EXITED/)
      // By count (the last interval's rates belong to the exit's own calls: munmap, exit, ...): write
      // 1,000 + the main thread's "done", then getppid 1,000, and the keys still work.
      pane.keys('s')
      await pane.waitForScreen(/Syscalls · whole process · by count/)
      const panel = syscallsPanel(column(pane.screen(), 0, 80))!
      assert.deepEqual(panel.rows.slice(0, 2).map((r) => [r.name, r.count]), [['write', 1001], ['getppid', 1000]], 'the counts stay on screen')
      pane.keys('q')
      const history = assertRestored(pane, await pane.waitForExit(), pid)
      assert.match(history, /note: the target exited after [\d.]+ s; this is what was collected until then\./)
    } finally {
      await pane.kill()
      target.end()
      await target.exit()
    }
  })

  it('SIGTERM restores the terminal and prints the summary; NO_COLOR leaves no colour', {timeout: TEST_TIMEOUT}, async () => {
    const server = await startReactor()
    const pane = TmuxPane.start({cols: 80, rows: 24, command: attachCommand(server.pid), env: {NO_COLOR: '1'}})
    try {
      await waitForDashboard(pane, server.pid)
      await pane.waitForScreen(/^Findings · \d+/m, 10_000)
      const escapes = pane.screenWithEscapes()
      assert.deepEqual(colourCodes(escapes), [], 'NO_COLOR: no colour escape on screen')
      assert.match(escapes, /\x1b\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m/, 'titles are still marked, in inverse video')
      const pid = pane.commandPid()
      assert.ok(pid)
      process.kill(pid, 'SIGTERM')
      assertRestored(pane, await pane.waitForExit(), server.pid)
    } finally {
      await pane.kill()
      server.proc.end()
      await server.proc.exit()
    }
  })

  it('a resize from 160×48 to 80×24 redraws in one column and keeps refreshing', {timeout: TEST_TIMEOUT}, async () => {
    const server = await startReactor()
    const load = new LoadLoop(server.port)
    const pane = TmuxPane.start({cols: 160, rows: 48, command: attachCommand(server.pid)})
    try {
      await waitForDashboard(pane, server.pid)
      await pane.waitForScreen(/^Syscalls · .*Threads × CPUs/m)
      pane.resize(80, 24)
      await pane.waitForScreen(new RegExp(`\\n${escapeRegExp(expectedFooter(80, 24))}\\n$`), 5000)
      const small = pane.screen().split('\n')
      const st = pane.state()
      assert.deepEqual([st.width, st.height, st.exitStatus], [80, 24, null], 'resized and still running')
      assert.ok(small.every((l) => l.length <= 80), `no line wider than 80:\n${small.join('\n')}`)
      assert.match(small[0], new RegExp(`^pid ${server.pid} `))
      assert.match(small[2], /^Syscalls · whole process/)
      assert.ok(!small.some((l) => /Syscalls ·.*Threads × CPUs/.test(l)), 'one column')
      // Still refreshing: the uptime moves.
      const up = /^up ([\d.]+) s/m.exec(small.join('\n'))?.[1]
      await pane.waitForScreen(new RegExp(`^up (?!${up?.replace('.', '\\.')} s)[\\d.]+ s`, 'm'), 5000)
      pane.keys('q')
      assertRestored(pane, await pane.waitForExit(), server.pid)
    } finally {
      await pane.kill()
      await load.stop()
      server.proc.end()
      await server.proc.exit()
    }
  })

  it('at 120×36 against Node.js: the runtime panel appears under the event loop with the version, the pool and its 20 items', {timeout: TEST_TIMEOUT}, async () => {
    // A pool of 2 set by the environment, so the panel must read UV_THREADPOOL_SIZE from the target, not assume libuv's 4.
    const target = new Proc(process.execPath, [join(root, 'test', 'workloads', 'node_threadpool.mjs'), 'pbkdf2', '20', '1'],
      {...process.env, UV_THREADPOOL_SIZE: '2', UV_USE_IO_URING: undefined})
    const pid = Number((await target.waitFor('stdout', /^ready (\d+)$/))[1])
    const pane = TmuxPane.start({cols: 120, rows: 36, command: attachCommand(pid)})
    const rect = layout(120, 36, {runtime: true}).panels.runtime!
    const left = () => column(pane.screen(), 0, rect.width)
    try {
      await waitForDashboard(pane, pid)
      // The panel joins the layout once a snapshot says the target is Node.js.
      const title = new RegExp(`^Runtime · Node\\.js ${escapeRegExp(process.version)}, libuv ${escapeRegExp(process.versions.uv)}$`)
      await pane.waitForScreen(new RegExp(title.source.slice(1, -1)), 15_000)
      assert.match(left()[rect.top], title, `the runtime panel at row ${rect.top}:\n${left().join('\n')}`)
      target.send('go')
      await target.waitFor('stdout', /^done$/, 30_000)
      // Every pbkdf2 is one uv_queue_work item: exactly 20, all started, so none queued now.
      await pane.waitForScreen(/^pool 2 \(UV_THREADPOOL_SIZE\) · busy \d+% · 20 items, [\d.]+\/s$/m, 10_000)
      const panel = left().slice(rect.top, rect.top + rect.height)
      assert.match(panel[1], /^pool 2 \(UV_THREADPOOL_SIZE\) · busy \d+% · 20 items, [\d.]+\/s$/, panel.join('\n'))
      // 20 submitted at once on 2 threads: most waited a whole pbkdf2 (ms), and up to 20 queued; the depth line has a bar per refresh.
      const queue = /^queue wait p99≤ [\d.]+(ms|s) · queued 0 now, max (\d+) · [▁▂▃▄▅▆▇█]+$/.exec(panel[2])
      assert.ok(queue && Number(queue[2]) >= 2 && Number(queue[2]) <= 20, `queue line: ${panel[2]}`)
      assert.match(panel[3], /^loop \d+% busy · /)
      assert.ok(panel.every((l) => l.length <= rect.width), `no line wider than the column:\n${panel.join('\n')}`)
      pane.keys('q')
      assertRestored(pane, await pane.waitForExit(), pid)
    } finally {
      await pane.kill()
      target.end()
      await target.exit()
    }
  })

  it('--no-tui shows the plain text screen (no alternate screen); Ctrl-C prints the summary', {timeout: TEST_TIMEOUT}, async () => {
    const server = await startReactor()
    const pane = TmuxPane.start({cols: 80, rows: 24, command: attachCommand(server.pid, '--no-tui')})
    try {
      // The plain screen is taller than 24 rows: its header scrolls into the scrollback.
      await pane.waitForScreen(new RegExp(`^stackprof: pid ${server.pid} \\S*reactor_server`, 'm'), 30_000, () => pane.history())
      await pane.waitForScreen(/^Listening sockets$/m, 10_000)
      const st = pane.state()
      assert.equal(st.alternateOn, false, 'plain text: no alternate screen')
      assert.equal(st.exitStatus, null)
      assert.doesNotMatch(pane.screen(), /q quit {2}p pause/, 'no dashboard footer')
      pane.keys('C-c')
      assertRestored(pane, await pane.waitForExit(), server.pid)
    } finally {
      await pane.kill()
      server.proc.end()
      await server.proc.exit()
    }
  })

  // stackprof run: the command's output in a panel, q interrupts it, the session ends with it, its status passes through.
  it('run at 80×24: the output panel, q sends SIGINT, COMMAND EXITED, a second q restores and prints output and report; status 130', {timeout: TEST_TIMEOUT}, async () => {
    const pane = TmuxPane.start({cols: 80, rows: 24, command: [process.execPath, cli, 'run', '--', 'sh', '-c', 'echo hello-from-cmd; exec sleep 30']})
    try {
      const footer = footerText(layout(80, 24, {output: true}), 80)
      // The header names the command: after the exec, sleep (read from /proc, as the pid's cmdline).
      const m = await pane.waitForScreen(new RegExp(`^pid (\\d+) sleep 30\n[\\s\\S]*^Command output · stdout and stderr · 1 line\nhello-from-cmd\n[\\s\\S]*\n${escapeRegExp(footer)}\n$`, 'm'), 30_000)
      const pid = Number(m[1])
      assert.equal(readFileSync(`/proc/${pid}/comm`, 'utf8').trim(), 'sleep')
      assert.match(footer, /no room for: .*sockets/, 'at 80×24 the output panel took a panel\'s place, and the footer says which')
      let st = pane.state()
      assert.deepEqual([st.alternateOn, st.cursorVisible, st.exitStatus], [true, false, null], 'the dashboard is up')
      assert.ok(pane.screen().split('\n').every((l) => l.length <= 80), 'nothing wider than the terminal')

      pane.keys('q')
      await pane.waitForScreen(new RegExp(`^COMMAND EXITED \\(status 130\\) after [\\d.]+ s: data kept, q quits · pid ${pid} sleep 30$`, 'm'), 10_000)
      assert.equal(alive(pid), false, 'sleep is gone: SIGINT killed it (128 + 2)')
      // The data stays until q.
      await sleep(1500)
      st = pane.state()
      assert.deepEqual([st.alternateOn, st.exitStatus], [true, null], 'still on screen after the command exited')
      assert.match(pane.screen(), /^hello-from-cmd$/m, 'its output stays too')

      pane.keys('q')
      st = await pane.waitForExit()
      const history = pane.history()
      assert.equal(st.exitStatus, 130, `the command's status; screen:\n${pane.screen()}`)
      assert.equal(st.alternateOn, false, 'the alternate screen is left')
      assert.equal(st.cursorVisible, true, 'the cursor is visible again')
      assert.match(history, /^stackprof: output of sh \(stdout and stderr, its only line\):\nhello-from-cmd\nstackprof: end of output of sh$/m)
      assert.match(history, new RegExp(`^stackprof: pid ${pid} sleep 30`, 'm'), `the report follows; scrollback:\n${history.slice(-3000)}`)
      assert.match(history, /^Findings$/m)
      assert.ok(history.indexOf('end of output of sh') < history.indexOf(`stackprof: pid ${pid} sleep`), 'the output comes before the report')
      assert.doesNotMatch(history, /internal error|at .*\.js:\d+:\d+/, 'no error and no stack trace')
    } finally {
      await pane.kill()
    }
  })

  it('run --no-tui leaves the terminal to the command: its output goes straight there, Ctrl-C reaches it, the report follows', {timeout: TEST_TIMEOUT}, async () => {
    const pane = TmuxPane.start({cols: 80, rows: 24, command: [process.execPath, cli, 'run', '--no-tui', '--', 'sh', '-c', 'echo hello-from-cmd; exec sleep 30']})
    try {
      await pane.waitForScreen(/^hello-from-cmd$/m, 30_000)
      const pid = Number((await pane.waitForScreen(/^stackprof: probes live on pid (\d+)/m))[1])
      const st = pane.state()
      assert.deepEqual([st.alternateOn, st.exitStatus], [false, null], 'no dashboard')
      assert.doesNotMatch(pane.screen(), /Command output|q quit/)
      // After a snapshot (1 s) the report names what the pid runs since the exec: sleep.
      await sleep(1500)
      assert.equal(readFileSync(`/proc/${pid}/comm`, 'utf8').trim(), 'sleep')
      pane.keys('C-c')
      const end = await pane.waitForExit()
      assert.deepEqual([end.exitStatus, end.alternateOn, end.cursorVisible], [130, false, true])
      const history = pane.history()
      // The cooked terminal echoes the Ctrl-C as ^C at the start of the report's line.
      assert.match(history, new RegExp(`^(\\^C)?stackprof: pid ${pid} sleep 30`, 'm'))
      assert.doesNotMatch(history, /output of sh/, 'no replay of the output: it went to the terminal')
    } finally {
      await pane.kill()
    }
  })
})
