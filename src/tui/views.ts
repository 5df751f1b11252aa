// What each panel of the live dashboard shows, as plain data: lines of text
// cut to the panel's width, each with a tone the dashboard may colour. Pure
// functions of the Session in memory and the UI state, so the render path
// does no I/O and the unit tests check every panel without a terminal.
import {formatCpuList} from '../decode/syscalls.js'
import type {Finding} from '../diagnose/finding.js'
import {lklCpuContention} from '../diagnose/rules/lkl-cpu-contention.js'
import {threadpoolSaturated} from '../diagnose/rules/threadpool-saturated.js'
import {count, pad, percent, perSecond} from '../lib/format.js'
import {busyPoll, loopThreads} from '../model/eventloop.js'
import {formatNs, quantileAtMostNs} from '../model/latency.js'
import {endpoint, listenerGroups} from '../model/listeners.js'
import {lklTotals, pollModeThreads, userStacks, type UserStackLibrary, type UserStacksView} from '../model/lkl.js'
import {nodejsView, type NodejsView} from '../model/nodejs.js'
import {activeSchedThreads} from '../model/sched.js'
import type {Session} from '../model/session.js'
import {summarizeStacks} from '../model/stacks-summary.js'
import {timeoutSpread} from '../render/eventloop.js'
import {renderFindings} from '../render/text.js'
import {errnoName} from '../syscalls/errno.js'

export type Tone = 'normal' | 'bad' | 'warn' | 'good' | 'dim' | 'heading'

export interface Line {
  text: string
  tone: Tone
}

export interface PanelView {
  title: string
  lines: Line[]
}

export const SORT_KEYS = ['rate', 'count', 'errors', 'latency'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export type Overlay = {kind: 'none'} | {kind: 'help'} | {kind: 'finding'; index: number} | {kind: 'flame'; message: string}

/** What the user chose and what the dashboard remembers between refreshes. */
export interface UiState {
  paused: boolean
  sort: SortKey
  /** The thread whose syscalls are shown; null: the whole process. */
  threadTid: number | null
  selectedFinding: number
  overlay: Overlay
  /** Whole-process syscalls per second, one entry per refresh, oldest first. */
  rateHistory: number[]
  /** Session time (s) at which each rateHistory entry ends: the chart's x axis. */
  rateTimes: number[]
  /**
   * Each thread's syscalls per second, aligned with rateHistory (zeros before
   * the thread was first seen), so that t shows a thread's past at once.
   */
  threadRateHistory: Map<number, number[]>
  /** Total calls (all and per thread) and session time at the previous refresh, for the next rate. */
  lastTotal: {calls: bigint; seconds: number; byTid: Map<number, bigint>} | null
}

/** Enough points to fill the widest chart; older ones scroll off. */
export const RATE_HISTORY_LENGTH = 120

export function initialUiState(): UiState {
  return {
    paused: false, sort: 'rate', threadTid: null, selectedFinding: 0, overlay: {kind: 'none'},
    rateHistory: [], rateTimes: [], threadRateHistory: new Map(), lastTotal: null,
  }
}

const line = (text: string, tone: Tone = 'normal'): Line => ({text, tone})

/** Cut to the width (with an ellipsis), never padded: the boxes clear the rest. */
export function fit(text: string, width: number): string {
  if (width <= 0) return ''
  return text.length > width ? text.slice(0, width - 1) + '…' : text
}

function fitLines(lines: Line[], width: number, height: number, more: (hidden: number) => string): Line[] {
  let shown = lines
  // One row shows the first line, not only how many are missing.
  if (lines.length > height && height > 1) {
    // Keep the last row for saying how much did not fit.
    shown = [...lines.slice(0, Math.max(0, height - 1)), line(more(lines.length - (height - 1)), 'dim')]
  }
  return shown.slice(0, Math.max(0, height)).map((l) => ({text: fit(l.text, width), tone: l.tone}))
}

/** Called once per snapshot: adds the whole-process rate and each thread's to the chart's history. */
export function recordRefresh(ui: UiState, session: Session): void {
  const threads = session.threads()
  const byTid = new Map(threads.map((t) => [t.tid, t.totalCalls]))
  const calls = threads.reduce((a, t) => a + t.totalCalls, 0n)
  const seconds = session.elapsedSeconds
  const last = ui.lastTotal
  if (last && seconds > last.seconds) {
    const dt = seconds - last.seconds
    const earlier = ui.rateHistory.length
    ui.rateHistory.push(Number(calls - last.calls) / dt)
    ui.rateTimes.push(seconds)
    for (const [tid, total] of byTid) {
      let history = ui.threadRateHistory.get(tid)
      if (!history) {
        // Not in the last snapshot: it made its first calls in this interval.
        history = new Array<number>(earlier).fill(0)
        ui.threadRateHistory.set(tid, history)
      }
      history.push(Number(total - (last.byTid.get(tid) ?? 0n)) / dt)
    }
    // Gone from the session: t cannot pick it any more.
    for (const tid of ui.threadRateHistory.keys()) if (!byTid.has(tid)) ui.threadRateHistory.delete(tid)
    const excess = ui.rateHistory.length - RATE_HISTORY_LENGTH
    if (excess > 0) {
      ui.rateHistory.splice(0, excess)
      ui.rateTimes.splice(0, excess)
      for (const history of ui.threadRateHistory.values()) history.splice(0, excess)
    }
  }
  ui.lastTotal = {calls, seconds, byTid}
}

const SPARKS = '▁▂▃▄▅▆▇█'

/** The last `width` rates as a one-line bar chart, scaled to their maximum. */
export function sparkline(values: readonly number[], width: number): string {
  const shown = values.slice(-Math.max(0, width))
  const max = Math.max(0, ...shown)
  return shown.map((v) => (max === 0 ? SPARKS[0] : SPARKS[Math.min(7, Math.floor((v / max) * 7.999))])).join('')
}

// ---- Header ----

function uptime(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const s = Math.floor(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, '0')}m${String(s % 60).padStart(2, '0')}s`
  return h > 0 ? `${h}h${mmss}` : mmss
}

function interval(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

/** Lost calls and what else the probes dropped: always shown, zero included. */
function dropped(session: Session): {text: string; tone: Tone} {
  const c = session.counters
  const lost = c.statsMapFull + c.startStoreFailed
  const parts = [lost > 0n ? `LOST ${count(lost)} calls` : 'dropped 0']
  if (c.errnoMapFull > 0n) parts.push(`${count(c.errnoMapFull)} errno details dropped`)
  if (c.threadMapFull > 0n) parts.push(`${count(c.threadMapFull)} thread names dropped`)
  const s = session.sched?.counters
  const schedLost = s ? s.cpuTimeMapFull + s.threadMapFull + s.stateStoreFailed : 0n
  if (schedLost > 0n) parts.push(`sched LOST ${count(schedLost)} events`)
  return {text: parts.join(', '), tone: lost > 0n || schedLost > 0n || c.errnoMapFull + c.threadMapFull > 0n ? 'bad' : 'normal'}
}

export interface HeaderOptions {
  intervalMs: number
  width: number
  /** `stackprof run`: what became of the command (attach leaves this out). */
  command?: CommandState
}

/** The command `stackprof run` started: signals the keys sent it, and its exit status once it exited. */
export interface CommandState {
  /** In the order sent: SIGINT, then SIGTERM, then SIGKILL. */
  signalsSent: string[]
  /** Its exit status (128+N for signal N) once it exited; null while it runs or when it is not known. */
  exitStatus: number | null
}

/** What the next q or Ctrl-C sends the command, after `sent` of them: SIGINT, SIGTERM, then SIGKILL for good. */
export function nextInterrupt(sent: number): 'SIGINT' | 'SIGTERM' | 'SIGKILL' {
  return sent === 0 ? 'SIGINT' : sent === 1 ? 'SIGTERM' : 'SIGKILL'
}

function commandMarker(command: CommandState | undefined, session: Session): string {
  if (!command) return session.targetExited ? `TARGET EXITED after ${session.elapsedSeconds.toFixed(1)} s: data kept, q quits` : ''
  if (command.exitStatus !== null) return `COMMAND EXITED (status ${command.exitStatus}) after ${session.elapsedSeconds.toFixed(1)} s: data kept, q quits`
  const last = command.signalsSent.at(-1)
  if (last) return `SENT ${last}, waiting for the command to exit${last === 'SIGKILL' ? '' : ` (q again: ${nextInterrupt(command.signalsSent.length)})`}`
  // Exited, but its status is not in yet (collect saw it first): a moment later the status replaces this.
  return session.targetExited ? `COMMAND EXITED after ${session.elapsedSeconds.toFixed(1)} s` : ''
}

/** Two lines: who is watched and how; what the probes are doing. Markers first so a narrow screen keeps them. */
export function headerView(session: Session, ui: UiState, options: HeaderOptions): Line[] {
  const cmd = session.cmdline.join(' ') || session.comm
  const markers = [
    commandMarker(options.command, session),
    ui.paused ? 'PAUSED (p resumes)' : '',
  ].filter(Boolean)
  const first = `${markers.length > 0 ? markers.join(' · ') + ' · ' : ''}pid ${session.pid} ${cmd}`
  const probes = session.probes.map((p) => (p.attached ? p.name : `${p.name} FAILED: ${p.error}`)).join(', ')
  const failed = session.probes.some((p) => !p.attached)
  const drops = dropped(session)
  const second = `up ${uptime(session.elapsedSeconds)} · every ${interval(options.intervalMs)} · ${drops.text} · probes: ${probes}` +
    (session.latencyMeasured ? '' : ' (--no-latency)')
  return [
    line(fit(first, options.width), markers.length > 0 ? 'bad' : 'heading'),
    line(fit(second, options.width), drops.tone === 'bad' || failed ? 'bad' : 'normal'),
  ]
}

// ---- Syscalls ----

export interface SyscallRow {
  name: string
  count: bigint
  errors: bigint
  /** The most frequent errno, when there were errors. */
  topErrno: string | null
  /** Calls per second over the last interval. */
  rate: number
  p50Ns: number | null
  p99Ns: number | null
}

/** The syscalls of the chosen thread, or of all threads summed by syscall, in the chosen order. */
export function syscallRows(session: Session, ui: Pick<UiState, 'threadTid' | 'sort'>): SyscallRow[] {
  const threads = session.threads().filter((t) => ui.threadTid === null || t.tid === ui.threadTid)
  const byName = new Map<string, {count: bigint; errors: bigint; errnos: Map<number, bigint>; rate: number; hist: bigint[]; maxNs: bigint}>()
  for (const t of threads) {
    for (const s of t.syscalls) {
      let acc = byName.get(s.name)
      if (!acc) {
        acc = {count: 0n, errors: 0n, errnos: new Map(), rate: 0, hist: [], maxNs: 0n}
        byName.set(s.name, acc)
      }
      acc.count += s.count
      acc.errors += s.errors
      acc.rate += s.recentRate
      for (const [errno, n] of s.errnos) acc.errnos.set(errno, (acc.errnos.get(errno) ?? 0n) + n)
      s.latencyLog2Ns.forEach((n, i) => (acc!.hist[i] = (acc!.hist[i] ?? 0n) + n))
      if (s.maxNs > acc.maxNs) acc.maxNs = s.maxNs
    }
  }
  const timed = session.latencyMeasured
  const rows = [...byName.entries()].map(([name, a]): SyscallRow => {
    const top = [...a.errnos.entries()].sort((x, y) => (y[1] > x[1] ? 1 : y[1] < x[1] ? -1 : x[0] - y[0]))[0]
    return {
      name, count: a.count, errors: a.errors, topErrno: a.errors > 0n && top ? errnoName(top[0]) : null, rate: a.rate,
      p50Ns: timed ? quantileAtMostNs(a.hist, 0.5, a.maxNs) : null,
      p99Ns: timed ? quantileAtMostNs(a.hist, 0.99, a.maxNs) : null,
    }
  })
  const big = (x: bigint, y: bigint) => (y > x ? 1 : y < x ? -1 : 0)
  const order: Record<SortKey, (a: SyscallRow, b: SyscallRow) => number> = {
    rate: (a, b) => b.rate - a.rate || big(a.count, b.count),
    count: (a, b) => big(a.count, b.count) || b.rate - a.rate,
    errors: (a, b) => big(a.errors, b.errors) || big(a.count, b.count),
    latency: (a, b) => (b.p99Ns ?? -1) - (a.p99Ns ?? -1) || big(a.count, b.count),
  }
  return rows.sort((a, b) => order[ui.sort](a, b) || a.name.localeCompare(b.name))
}

function scopeText(session: Session, tid: number | null): string {
  if (tid === null) return 'whole process'
  return `thread ${tid} ${session.threadName(tid)}`
}

/** The syscalls table: title with the scope, sort, rate and sparkline; column header; rows. */
export function syscallsPanel(session: Session, ui: UiState, width: number, height: number): PanelView {
  // The rate and its trend are of the scope shown, like the table.
  const history = ui.threadTid === null ? ui.rateHistory : ui.threadRateHistory.get(ui.threadTid) ?? []
  const rate = history.at(-1)
  const rateText = rate === undefined ? '' : ` · ${perSecond(rate)}/s ${sparkline(history, 20)}`
  const title = fit(`Syscalls · ${scopeText(session, ui.threadTid)} · by ${ui.sort} (s)${rateText}`, width)
  const rows = syscallRows(session, ui)
  if (rows.length === 0) {
    const why = !session.latest ? 'no data yet' : ui.threadTid === null ? 'no syscalls seen yet' : 'no syscalls from this thread (t picks another)'
    return {title, lines: fitLines([line(why, 'dim')], width, height, () => '')}
  }
  // The name column takes what the numbers leave: 80 columns give it 22.
  const nameWidth = Math.max(10, Math.min(28, width - 58))
  const lines = [
    line(`${pad('syscall', nameWidth)}${pad('calls/s', 10, true)}${pad('count', 13, true)}${pad('errors', 17, true)}${pad('p50≤', 9, true)}${pad('p99≤', 9, true)}`, 'heading'),
    ...rows.map((r) => line(
      `${pad(r.name, nameWidth)}${pad(perSecond(r.rate), 10, true)}${pad(count(r.count), 13, true)}` +
        `${pad(r.errors === 0n ? '0' : `${count(r.errors)} ${r.topErrno ?? ''}`.trimEnd(), 17, true)}` +
        `${pad(formatNs(r.p50Ns), 9, true)}${pad(formatNs(r.p99Ns), 9, true)}`,
      r.errors > 0n ? 'warn' : 'normal',
    )),
  ]
  return {title, lines: fitLines(lines, width, height, (n) => `… ${n} more syscalls`)}
}

/** t: whole process → each thread that made syscalls (busiest first) → whole process. */
export function nextThread(session: Session, current: number | null): number | null {
  // In tid order, not busiest-first: two equally busy threads trade places between
  // refreshes, and `t` would then skip one and show the other twice.
  const tids = session.threads().map((t) => t.tid).sort((a, b) => a - b)
  if (tids.length === 0) return null
  if (current === null) return tids[0]
  const at = tids.indexOf(current)
  return at === -1 || at === tids.length - 1 ? null : tids[at + 1]
}

export function nextSort(sort: SortKey): SortKey {
  return SORT_KEYS[(SORT_KEYS.indexOf(sort) + 1) % SORT_KEYS.length]
}

// ---- Why a panel is empty ----

/** null when the probe is attached; otherwise why it is not, for the panel to say. */
export function probeMissing(session: Session, name: string, flag: string): string | null {
  const probe = session.probes.find((p) => p.name === name)
  if (!probe) return `${name} probe not attached: left out (${flag})`
  if (!probe.attached) return `${name} probe not attached: ${probe.error || 'no reason given'}`
  return null
}

// ---- Threads × CPUs ----

const HEAT = [' ', '░', '▒', '▓', '█']

/** A cell of the heat grid: the share of wall time the thread spent on that CPU. */
export function heatCell(share: number, cellWidth: number): string {
  if (cellWidth >= 4) return share < 0.005 ? pad('·', cellWidth, true) : pad(percent(share), cellWidth, true)
  const level = share < 0.005 ? 0 : share < 0.25 ? 1 : share < 0.5 ? 2 : share < 0.75 ? 3 : 4
  return HEAT[level].repeat(cellWidth)
}

export function cpuGridPanel(session: Session, width: number, height: number): PanelView {
  const title = fit('Threads × CPUs · share of wall time on each CPU', width)
  const missing = probeMissing(session, 'sched', '--no-sched')
  if (missing) return {title, lines: fitLines([line(missing, 'warn')], width, height, () => '')}
  const threads = activeSchedThreads(session)
  if (!session.sched || threads.length === 0 || session.elapsedSeconds <= 0) {
    return {title, lines: fitLines([line(session.sched ? 'nothing ran while attached yet' : 'no data yet', 'dim')], width, height, () => '')}
  }
  const wallNs = session.elapsedSeconds * 1e9
  const nameWidth = Math.min(20, Math.max(12, width - 60))
  const tail = `${pad('migr/s', 8, true)}${pad('sw/s', 9, true)}  allowed`
  const room = width - nameWidth - tail.length - 2
  const ncpus = Math.max(session.ncpus, ...session.sched.cpuTimes.map((c) => c.cpu + 1))
  // Percentages when they fit, shade glyphs when not, and the first CPUs only when even those do not.
  const cellWidth = ncpus * 5 <= room ? 5 : ncpus * 2 <= room ? 2 : 1
  const shownCpus = Math.min(ncpus, Math.max(1, Math.floor(room / cellWidth)))
  const cpuHeader = Array.from({length: shownCpus}, (_, cpu) => pad(cellWidth >= 2 ? String(cpu) : String(cpu % 10), cellWidth, true)).join('')
  const lines = [line(`${pad('thread', nameWidth)}${cpuHeader}${shownCpus < ncpus ? '+' : ' '} ${tail}`, 'heading')]
  for (const t of threads) {
    const byCpu = new Map(t.cpus.map((c) => [c.cpu, c.oncpuNs]))
    const cells = Array.from({length: shownCpus}, (_, cpu) => heatCell(Number(byCpu.get(cpu) ?? 0n) / wallNs, cellWidth)).join('')
    const allowed = t.cpusAllowed === null ? '?' : formatCpuList(t.cpusAllowed)
    const pinned = t.cpusAllowed !== null && t.cpusAllowed.length < ncpus ? ' pinned' : ''
    lines.push(line(
      `${pad(`${t.tid} ${t.name}${t.exited ? ' (exited)' : ''}`, nameWidth)}${cells}  ` +
        `${pad(perSecond(t.migrationsPerSecond), 8, true)}${pad(perSecond(t.voluntaryPerSecond + t.involuntaryPerSecond), 9, true)}  ${allowed}${pinned}`,
      t.migrationsPerSecond >= 100 ? 'warn' : 'normal',
    ))
  }
  if (shownCpus < ncpus) lines.push(line(`CPUs ${shownCpus}-${ncpus - 1} do not fit; widen the terminal`, 'dim'))
  return {title, lines: fitLines(lines, width, height, (n) => `… ${n} more threads`)}
}

// ---- Event loop ----

export function eventLoopPanel(session: Session, width: number, height: number): PanelView {
  const title = fit('Event loop · epoll timeouts, empty returns, blocked or spinning', width)
  const missing = probeMissing(session, 'eventloop', '--no-eventloop')
  if (missing) return {title, lines: fitLines([line(missing, 'warn')], width, height, () => '')}
  const bp = busyPoll(session)
  if (!bp) return {title, lines: fitLines([line('no data yet', 'dim')], width, height, () => '')}
  const threads = loopThreads(session)
  const busy = line(
    `busy polling: ${bp.configuredBy.length === 0 ? 'not configured' : `configured (${bp.configuredBy[0]})`}; ${bp.ran ? 'RAN' : 'never ran'}`,
    bp.configuredBy.length > 0 && !bp.ran ? 'warn' : 'normal',
  )
  if (threads.length === 0) return {title, lines: fitLines([line('no epoll calls seen yet', 'dim'), busy], width, height, () => '')}
  const rows = threads.map((t) => {
    const state = t.blockedShare === null ? '-' : t.blockedShare >= 0.5 ? `blocked ${percent(t.blockedShare)}` : `SPINNING ${percent(1 - t.blockedShare)}`
    return line(
      `${pad(`${t.tid} ${t.name}`, 18)}${pad(perSecond(t.callsPerSecond), 9, true)}/s empty ${pad(percent(t.emptyShare), 4, true)}  ${pad(state, 13)} ` +
        `timeout ${timeoutSpread(t.timeouts, t.calls)}${t.libuvPattern ? ' [libuv idle probe]' : ''}`,
      t.blockedShare !== null && t.blockedShare < 0.5 && !t.libuvPattern ? 'warn' : 'normal',
    )
  })
  // The busy-poll line stays when the rows are cut.
  const body = fitLines(rows, width, Math.max(0, height - 1), (n) => `… ${n} more loop threads`)
  return {title, lines: [...body, ...fitLines([busy], width, height > 0 ? 1 : 0, () => '')]}
}

// ---- Sockets ----

export function socketsPanel(session: Session, width: number, height: number): PanelView {
  const title = fit('Sockets · reuseport index → thread → CPU', width)
  const missing = probeMissing(session, 'listeners', '--no-listeners')
  if (missing) return {title, lines: fitLines([line(missing, 'warn')], width, height, () => '')}
  if (!session.listeners) return {title, lines: fitLines([line('no data yet', 'dim')], width, height, () => '')}
  const groups = listenerGroups(session)
  if (groups.length === 0) return {title, lines: fitLines([line('the target listens on no socket', 'dim')], width, height, () => '')}
  const lines: Line[] = []
  const full = groups.reduce((a, g) => a + 1 + g.sockets.length, 0)
  if (full > height) {
    // Too few rows for the table: one line per port, index→thread@CPUs, worst verdict first.
    for (const g of groups) {
      const worst = g.sockets.find((r) => r.locality === 'mismatch' || r.locality === 'no-such-cpu') ?? g.sockets.find((r) => r.locality === 'unpinned')
      const map = g.sockets.map((r) => `${r.index ?? '?'}→${r.servingThread?.name ?? '-'}@${r.servingThread?.cpusAllowed ? formatCpuList(r.servingThread.cpusAllowed) : '?'}`).join(' ')
      lines.push(line(`${endpoint(g)}/${g.protocol} ${worst ? worst.localityText + ' · ' : ''}${map}`,
        worst?.locality === 'unpinned' ? 'warn' : worst ? 'bad' : 'normal'))
    }
    return {title, lines: fitLines(lines, width, height, (n) => `… ${n} more ports`)}
  }
  for (const g of groups) {
    const group = g.groupId !== null ? `reuseport group of ${g.groupSize}` : g.reuseport ? 'reuseport, alone' : 'no reuseport'
    lines.push(line(`${endpoint(g)}/${g.protocol}: ${group}; steering ${g.steeringText}`, 'heading'))
    for (const r of g.sockets) {
      const t = r.servingThread
      const cpus = t?.cpusAllowed ? formatCpuList(t.cpusAllowed) : '?'
      const last = t?.lastCpu === null || t?.lastCpu === undefined ? '' : ` (last ${t.lastCpu})`
      lines.push(line(
        `  ${pad(r.index === null ? '?' : String(r.index), 3)}→ ${pad(t ? `${t.tid} ${t.name}` : '-', 18)}→ CPU ${pad(cpus + last, 12)} ${r.localityText}`,
        r.locality === 'mismatch' || r.locality === 'no-such-cpu' ? 'bad' : r.locality === 'unpinned' ? 'warn' : r.locality === 'ok' ? 'good' : 'normal',
      ))
    }
  }
  return {title, lines: fitLines(lines, width, height, (n) => `… ${n} more lines`)}
}

// ---- Stacks ----

/**
 * The hottest functions by self samples, as the widest leaves of the flame
 * graph would show; the whole process, or the thread chosen with t.
 */
export function stacksPanel(session: Session, ui: Pick<UiState, 'threadTid'>, width: number, height: number): PanelView {
  const profile = session.stacks
  if (!profile) {
    const probe = session.probes.find((p) => p.name === 'stacks')
    const why = !probe ? 'left out (--no-stacks)' : `not attached: ${probe.error || 'unknown reason'}`
    return {title: fit('Stacks', width), lines: fitLines([line(`stack sampling ${why}`, 'dim')], width, height, () => '')}
  }
  const chosen = ui.threadTid === null ? profile : {...profile, samples: profile.samples.filter((s) => s.tid === ui.threadTid)}
  const summary = summarizeStacks(chosen, Math.max(1, height))
  const scope = ui.threadTid === null ? '' : ` · tid ${ui.threadTid}`
  const title = fit(`Stacks · ${count(summary.samples)} samples at ${profile.counters.frequencyHz} Hz${scope} · self%  function  (f: flame graph)`, width)
  if (summary.samples === 0) return {title, lines: fitLines([line('no samples yet: the target has not been on a CPU at a sampling tick', 'dim')], width, height, () => '')}
  const lines = summary.hot.map((h) => {
    const module = h.kind === 'kernel' ? '[kernel]' : h.module.split('/').pop() ?? ''
    return line(`${pad(percent(h.self / summary.samples), 5, true)}  ${h.name}${h.kind === 'jit' ? ' [JIT]' : ''}  (${module})`, h.kind === 'unknown' ? 'warn' : h.kind === 'kernel' ? 'dim' : 'normal')
  })
  return {title, lines: fitLines(lines, width, height, (n) => `… ${n} more`)}
}

// ---- Runtime: Node.js, user-space network stacks ----

/** The lkl probe's view when it found LKL, DPDK or another library in front of libc's socket calls; null otherwise. */
function userStacksFound(session: Session): UserStacksView | null {
  const stacks = userStacks(session)
  return stacks && (stacks.lkl !== null || stacks.dpdk.length > 0 || stacks.interposers.length > 0) ? stacks : null
}

/** Whether the runtime panel has something to show: a Node.js target or a user-space network stack. */
export function runtimeFound(session: Session): boolean {
  return nodejsView(session) !== null || userStacksFound(session) !== null
}

const fileName = (path: string) => path.split('/').pop() || path

/** "LKL hijack (liblkl-hijack.so, LD_PRELOAD)", "DPDK (librte_eal.so.23, linked before libc)", "libvma.so overrides libc socket calls (LD_PRELOAD)". */
function stackTitle(l: UserStackLibrary): string {
  if (l.lklSymbols.length === 0 && !l.lklName && !l.dpdk) return `${fileName(l.path)} ${l.kind} (${l.how})`
  return `${l.kind.replace(/ library$/, '').replace(/ \((\w+)\)$/, ' $1')} (${fileName(l.path)}, ${l.how})`
}

function nodejsLines(session: Session, v: NodejsView, width: number): Line[] {
  const t = v.threadpool
  const seconds = v.durationNs / 1e9
  // The finding's own test, so the panel turns yellow exactly when diagnose reports it.
  const saturated = threadpoolSaturated.evaluate(session).length > 0 ? 'warn' : 'normal'
  const lines: Line[] = []
  if (v.error) lines.push(line(v.error, 'warn'))
  // Short enough for the 59 columns of the left column at 120×36.
  lines.push(line(
    `pool ${v.poolSize} (${v.threadpoolSizeEnv === null ? 'default' : 'UV_THREADPOOL_SIZE'}) · busy ${t.busyShare === null ? '-' : percent(t.busyShare)} · ` +
      `${count(t.work)} items${seconds > 0 ? `, ${perSecond(t.work / seconds)}/s` : ''}`,
    saturated,
  ))
  const queue = `queue wait p99≤ ${formatNs(t.waitP99NsAtMost)} · queued ${count(t.queued)} now, max ${count(t.maxDepth)}`
  // The queue's peak between refreshes (one point each), in the columns left: the depth at the moment of a snapshot misses bursts.
  const room = Math.min(60, width - queue.length - 3)
  lines.push(line(room > 0 ? `${queue} · ${sparkline(t.depth.map((d) => d.peak), room)}` : queue, saturated))
  const l = v.loop
  if (l) {
    const last = l.recentStalls.at(-1)
    const stalls = l.stalls === 0 ? `no stall ≥ ${formatNs(l.stallThresholdNs)}`
      : `${count(l.stalls)} stall${l.stalls === 1 ? '' : 's'} ≥ ${formatNs(l.stallThresholdNs)}, longest ${formatNs(l.stallMaxNs)}${last ? `, last ${formatNs(last.lengthNs)}` : ''}`
    // Any stall is what the event-loop-stall finding reports.
    lines.push(line(`loop ${l.utilization === null ? '-' : percent(l.utilization)} busy · ${stalls}`, l.stalls > 0 ? 'warn' : 'normal'))
  } else {
    lines.push(line('loop: not measured', 'dim'))
  }
  const kinds = t.kinds.filter((k) => k.count > 0).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
  lines.push(line(`work: ${kinds.length === 0 ? 'none yet' : kinds.map((k) => `${k.kind} ${count(k.count)}`).join(' · ')}`))
  const u = v.ioUring
  const fs = u.fsWorkTo === 'none' ? 'no fs work seen' : `fs work went to ${u.fsWorkTo}`
  const on = u.rings.length > 0 || u.submitted > 0
  lines.push(line(on
    ? `io_uring: on${u.rings.some((r) => r.sqpoll) ? ' (SQPOLL)' : ''}, ${u.submittedPerSecond === null ? '-' : perSecond(u.submittedPerSecond)} submissions/s · ${fs}`
    : `io_uring: off${u.available ? '' : ' (disabled in the kernel)'} · ${fs}`))
  return lines
}

function userStackLines(session: Session, view: UserStacksView): Line[] {
  const lines: Line[] = []
  if (view.lkl) {
    const u = view.uprobes
    const totals = lklTotals(session)
    if (u.attached.length === 0 || !totals) {
      lines.push(line(`LKL's calls not counted: ${u.error || 'lkl_syscall has no address in the file'}`, 'warn'))
    } else {
      const share = totals.shareInUserSpace === null ? 'no network calls yet' : `${percent(totals.shareInUserSpace)} of network calls kept in user space`
      lines.push(line(`LKL: ${count(totals.lklCalls)} calls · ${share}`))
      const top = totals.rows.filter((r) => r.lkl > 0n).slice(0, 4)
      if (top.length > 0) lines.push(line(`top LKL calls: ${top.map((r) => `${r.name} ${count(r.lkl)}`).join(' · ')}`))
      const w = totals.cpuWait
      if (u.cpuWaitOff) lines.push(line('LKL CPU wait not measured (--no-lkl-cpu-wait)', 'dim'))
      if (w) {
        lines.push(line(
          `LKL CPU wait p99≤ ${formatNs(w.p99Ns)}, max ${formatNs(w.maxNs)} · ${count(w.count)} waits, ${totals.cpuWaitThreads} thread${totals.cpuWaitThreads === 1 ? '' : 's'}`,
          lklCpuContention.evaluate(session).length > 0 ? 'warn' : 'normal',
        ))
      }
    }
  }
  const poll = view.dpdk.length > 0 ? pollModeThreads(session) : []
  for (const l of view.dpdk) lines.push(line(`DPDK: ${fileName(l.path)} (${l.how})`))
  if (view.dpdk.length > 0) {
    lines.push(line(poll.length === 0 ? 'no poll-mode thread: none on CPU all the time without syscalls'
      : `poll-mode: ${poll.map((t) => `${t.name} (${t.tid}) on CPU ${percent(t.onCpuShare)}`).join(' · ')}`, poll.length === 0 ? 'dim' : 'normal'))
  }
  for (const l of view.interposers) lines.push(line(`interposer: ${fileName(l.path)} (${l.how}) overrides ${l.libcOverrides.join(', ')}`))
  return lines
}

/**
 * The runtime under the syscalls: Node.js (libuv's threadpool and its queue
 * over time, the main thread's loop, the kinds of work, io_uring), then the
 * user-space network stack (LKL's split with the host kernel, DPDK's
 * poll-mode threads, other libraries in front of libc). Node.js first: on
 * LKL both show.
 */
export function runtimePanel(session: Session, width: number, height: number): PanelView {
  const node = nodejsView(session)
  const found = userStacksFound(session)
  const names = [
    ...(node ? [`Node.js ${node.version ?? '(version unknown)'}${node.libuvVersion ? `, libuv ${node.libuvVersion}` : ''}`] : []),
    ...(found ? [found.lkl ?? found.dpdk[0] ?? found.interposers[0]].map(stackTitle) : []),
  ]
  const title = fit(`Runtime · ${names.length > 0 ? names.join(' · ') : 'Node.js, user-space network stacks'}`, width)
  const lines = [...(node ? nodejsLines(session, node, width) : []), ...(found ? userStackLines(session, found) : [])]
  if (lines.length === 0) {
    const why = !session.latest ? 'no data yet'
      : [probeMissing(session, 'nodejs', '--no-nodejs'), probeMissing(session, 'lkl', '--no-lkl')].filter(Boolean).join('; ') ||
        'not Node.js, and no user-space network stack in the target'
    return {title, lines: fitLines([line(why, 'dim')], width, height, () => '')}
  }
  return {title, lines: fitLines(lines, width, height, (n) => `… ${n} more lines`)}
}

// ---- Findings ----

const SEVERITY_LABEL = {critical: 'CRIT', warning: 'WARN', info: 'info'} as const

export function findingsPanel(findings: readonly Finding[], selected: number, width: number, height: number): PanelView {
  const title = fit(`Findings · ${findings.length} · ↑↓ select, Enter opens`, width)
  if (findings.length === 0) return {title, lines: fitLines([line('nothing looks wrong in what was measured so far', 'good')], width, height, () => '')}
  const lines = findings.map((f, i) => line(
    `${i === selected ? '>' : ' '}${SEVERITY_LABEL[f.severity]} ${f.title}${f.evidence[0] ? ` · ${f.evidence[0]}` : ''}`,
    f.severity === 'critical' ? 'bad' : f.severity === 'warning' ? 'warn' : 'normal',
  ))
  // Scroll so the selected finding stays visible.
  const first = height > 0 && selected >= height - 1 ? selected - (height - 2) : 0
  const visible = lines.slice(first)
  return {title, lines: fitLines(visible, width, height, (n) => `… ${n} more`)}
}

/** What Enter opens: the finding as the final summary prints it. */
export function findingText(finding: Finding): string {
  return renderFindings([finding])
}

// ---- Command output (stackprof run) ----

export type OutputStream = 'stdout' | 'stderr'

export interface OutputLine {
  stream: OutputStream
  text: string
}

/** Longest line kept, in characters after cleaning: wider than any terminal; the rest of a longer line is dropped. */
export const OUTPUT_LINE_MAX = 1000
/** A line still being written is cut at this many raw characters, so a command that never writes a newline cannot grow memory. */
const PARTIAL_RAW_MAX = 4 * OUTPUT_LINE_MAX

// Escape sequences whole (CSI with its parameters, OSC up to BEL or ST, two-byte ESC x), then any other control character.
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[ -/]*[0-~]?)|\u009B[0-?]*[ -/]*[@-~]?/g
// Zero-width and bidirectional-override characters too: they would make a line read other than it is.
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

/**
 * A line of the command's output made safe to draw: the command is untrusted,
 * and an escape sequence from it would move the cursor, change colours or the
 * title, or switch screens under the dashboard. Escape sequences go whole,
 * other control characters go, tabs become spaces (to the next multiple of 8),
 * and a carriage return keeps what was written after it, as a terminal would
 * show a progress line.
 */
export function cleanOutputLine(raw: string): string {
  let text = raw.replace(/\r+$/, '')
  text = text.slice(text.lastIndexOf('\r') + 1)
  text = text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '')
  let out = ''
  for (const ch of text) {
    if (ch === '\t') out += ' '.repeat(8 - (out.length % 8))
    else out += ch
    if (out.length >= OUTPUT_LINE_MAX) break
  }
  return out.length > OUTPUT_LINE_MAX ? out.slice(0, OUTPUT_LINE_MAX) : out
}

/**
 * The last `capacity` lines the command wrote on stdout and stderr, in the
 * order they arrived: a ring, so a chatty command costs the same memory as a
 * quiet one. A line counts once its newline arrives; the unfinished line of
 * each stream is shown after them (a prompt, a progress bar).
 */
export class OutputRing {
  private readonly ring: OutputLine[] = []
  /** Index in `ring` of the oldest line once the ring is full. */
  private oldest = 0
  private readonly partial: Record<OutputStream, string> = {stdout: '', stderr: ''}
  /** Complete lines written so far, kept or not. */
  total = 0

  constructor(readonly capacity = 500) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`OutputRing capacity must be a positive integer, not ${capacity}`)
  }

  /** A chunk of decoded text as it came from the pipe: any number of lines, the last one possibly unfinished. */
  push(stream: OutputStream, chunk: string): void {
    const parts = (this.partial[stream] + chunk).split('\n')
    const rest = parts.pop()!
    for (const raw of parts) this.add({stream, text: cleanOutputLine(raw)})
    this.partial[stream] = rest.length > PARTIAL_RAW_MAX ? rest.slice(0, PARTIAL_RAW_MAX) : rest
  }

  /** The stream closed: its unfinished line, if any, becomes a line. */
  end(stream: OutputStream): void {
    if (this.partial[stream] !== '') this.add({stream, text: cleanOutputLine(this.partial[stream])})
    this.partial[stream] = ''
  }

  /** Lines kept (at most capacity). */
  get kept(): number {
    return this.ring.length
  }

  /** Lines that scrolled out of the ring. */
  get dropped(): number {
    return this.total - this.ring.length
  }

  /** The kept lines, oldest first, then the unfinished ones (not counted in total). */
  lines(withPartial = true): OutputLine[] {
    const done = [...this.ring.slice(this.oldest), ...this.ring.slice(0, this.oldest)]
    if (!withPartial) return done
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream] !== '') done.push({stream, text: cleanOutputLine(this.partial[stream])})
    }
    return done
  }

  private add(entry: OutputLine): void {
    this.total++
    if (this.ring.length < this.capacity) {
      this.ring.push(entry)
      return
    }
    this.ring[this.oldest] = entry
    this.oldest = (this.oldest + 1) % this.capacity
  }
}

/** The last lines of the command's output, newest at the bottom; stderr lines in the warning tone. */
export function outputPanel(output: OutputRing, exited: boolean, width: number, height: number): PanelView {
  const kept = output.dropped > 0 ? `last ${count(output.kept)} of ${count(output.total)} lines` : `${count(output.total)} line${output.total === 1 ? '' : 's'}`
  const title = fit(`Command output · stdout and stderr · ${kept}`, width)
  const all = output.lines()
  if (all.length === 0) return {title, lines: fitLines([line(exited ? 'the command wrote nothing' : 'no output yet', 'dim')], width, height, () => '')}
  const shown = all.slice(-Math.max(0, height)).map((l) => line(fit(l.text, width), l.stream === 'stderr' ? 'warn' : 'normal'))
  return {title, lines: shown}
}

// ---- Help ----

export const HELP_TEXT = [
  'Keys',
  '  q, Ctrl-C   quit: detach, restore the terminal, print the summary',
  '  p           pause or resume redrawing (data is still collected)',
  '  t           syscalls of: whole process → each thread → whole process',
  '  s           sort syscalls by rate → count → errors → latency (p99)',
  '  ↑ ↓ (k j)   select a finding;  Enter or o: its full text',
  '  f           write the flame graph of what was sampled so far to an HTML file',
  '  ?           this help;  Esc closes a box',
].join('\n')

/** The help of `stackprof run`: q and Ctrl-C go to the command first. */
export const RUN_HELP_TEXT = HELP_TEXT.replace(
  '  q, Ctrl-C   quit: detach, restore the terminal, print the summary',
  '  q, Ctrl-C   interrupt the command: SIGINT, again SIGTERM, again SIGKILL;\n' +
    '              once it exited: quit, restore the terminal, print its output and the summary',
)


// ---- Layout ----

export type PanelName = 'syscalls' | 'chart' | 'cpus' | 'eventloop' | 'runtime' | 'sockets' | 'stacks' | 'findings' | 'output'

export interface Rect {
  top: number
  left: number
  width: number
  height: number
}

export interface Layout {
  header: Rect
  panels: Partial<Record<PanelName, Rect>>
  footer: Rect
  /** Panels that did not fit, for the footer to say. */
  hidden: PanelName[]
}

interface PanelSpec {
  name: PanelName
  /** Rows with its title, below which it is hidden. */
  min: number
  /** Rows it grows to before spare rows go to the column's last grower. */
  want: number
  /** Higher stays longer when rows run out. */
  keep: number
}

const SPECS: Record<PanelName, PanelSpec> = {
  syscalls: {name: 'syscalls', min: 5, want: 14, keep: 10},
  // Below 8 rows the line widget has no room to plot under its axis labels.
  chart: {name: 'chart', min: 8, want: 14, keep: 2},
  cpus: {name: 'cpus', min: 4, want: 9, keep: 8},
  eventloop: {name: 'eventloop', min: 4, want: 6, keep: 6},
  // Ties with the sockets at 80×24 and wins there by coming later in the column: a Node.js or LKL target's runtime says more.
  runtime: {name: 'runtime', min: 4, want: 8, keep: 5},
  sockets: {name: 'sockets', min: 3, want: 8, keep: 5},
  stacks: {name: 'stacks', min: 3, want: 8, keep: 4},
  findings: {name: 'findings', min: 4, want: 8, keep: 9},
  // stackprof run: what the command says is worth more than its sockets at 80×24.
  output: {name: 'output', min: 4, want: 12, keep: 7},
}

function stack(names: PanelName[], top: number, left: number, width: number, height: number, grower: PanelName, hidden: PanelName[]): Partial<Record<PanelName, Rect>> {
  let shown = names.map((n) => SPECS[n])
  while (shown.length > 0 && shown.reduce((a, s) => a + s.min, 0) > height) {
    const drop = shown.reduce((lowest, s) => (s.keep < lowest.keep ? s : lowest))
    hidden.push(drop.name)
    shown = shown.filter((s) => s !== drop)
  }
  const rows = new Map(shown.map((s) => [s.name, s.min]))
  let spare = height - shown.reduce((a, s) => a + s.min, 0)
  // Spare rows: most-kept panels reach what they want first, then the grower takes the rest.
  for (const s of [...shown].sort((a, b) => b.keep - a.keep)) {
    const more = Math.min(spare, s.want - s.min)
    rows.set(s.name, rows.get(s.name)! + more)
    spare -= more
  }
  if (spare > 0 && rows.has(grower)) rows.set(grower, rows.get(grower)! + spare)
  else if (spare > 0 && shown.length > 0) rows.set(shown.at(-1)!.name, rows.get(shown.at(-1)!.name)! + spare)
  const rects: Partial<Record<PanelName, Rect>> = {}
  let y = top
  for (const s of shown) {
    rects[s.name] = {top: y, left, width, height: rows.get(s.name)!}
    y += rows.get(s.name)!
  }
  return rects
}

export interface LayoutOptions {
  /** stackprof run: the command output panel too. */
  output?: boolean
  /** The target is Node.js or has a user-space network stack (runtimeFound): the runtime panel too. */
  runtime?: boolean
}

/** Where each panel goes: one column below 120×36, two above; panels that do not fit are hidden and named in the footer. */
export function layout(width: number, height: number, options: LayoutOptions = {}): Layout {
  const output: PanelName[] = options.output ? ['output'] : []
  const runtime: PanelName[] = options.runtime ? ['runtime'] : []
  const hidden: PanelName[] = []
  const header = {top: 0, left: 0, width, height: 2}
  const footer = {top: height - 1, left: 0, width, height: 1}
  const body = Math.max(0, height - 3)
  let panels: Partial<Record<PanelName, Rect>>
  if (width >= 120 && height >= 36) {
    const leftWidth = Math.floor(width / 2)
    panels = {
      ...stack(['syscalls', 'chart', 'eventloop', ...runtime], 2, 0, leftWidth - 1, body, 'syscalls', hidden),
      ...stack(['cpus', 'sockets', 'stacks', ...output, 'findings'], 2, leftWidth + 1, width - leftWidth - 1, body, 'findings', hidden),
    }
  } else {
    panels = stack(['syscalls', 'chart', 'cpus', 'eventloop', 'sockets', ...runtime, 'stacks', ...output, 'findings'], 2, 0, width, body, 'syscalls', hidden)
  }
  return {header, panels, footer, hidden}
}

const PANEL_TITLES: Record<PanelName, string> = {
  syscalls: 'syscalls', chart: 'chart', cpus: 'threads×CPUs', eventloop: 'event loop', runtime: 'runtime', sockets: 'sockets', stacks: 'stacks', findings: 'findings', output: 'command output',
}

/** The bottom line: keys, and which panels the terminal is too small for. */
export function footerText(layoutNow: Layout, width: number): string {
  const keys = 'q quit  p pause  t thread  s sort  f flame  ? help'
  const hidden = layoutNow.hidden.length > 0 ? ` · no room for: ${layoutNow.hidden.map((n) => PANEL_TITLES[n]).join(', ')}` : ''
  // Which panels are missing matters more than the key list (? shows it): shorten the keys before cutting the list.
  if (keys.length + hidden.length > width) return fit('q quit  ? help' + hidden, width)
  return fit(keys + hidden, width)
}

// ---- Chart ----

/** What the syscalls/s line chart draws (blessed-contrib's line widget in dashboard.ts). */
export interface ChartView {
  title: string
  /** Why there is no line yet (it needs two points); null when there is one. */
  empty: string | null
  /** One label per point, oldest first: seconds before the latest refresh, `now` for the latest. */
  x: string[]
  /** calls/s per point: the whole process, or the thread that t picked. */
  y: number[]
  /** Top of the y axis: a round number above every value, 1 when they are all 0 (never 0: the widget divides by it). */
  maxY: number
  /** How many y labels (0 included) fit in `rows` without two landing on one row. */
  yLabels: number
}

/**
 * The lowest top at or above `value` whose labels (0 included, the top not
 * drawn by contrib) are `labels` round steps apart, 2 to `most` of them:
 * 0 1,000 2,000 under a top of 3,000 rather than 0 833 1,667 under 2,500.
 */
export function yAxis(value: number, most: number): {maxY: number; yLabels: number} {
  if (!(value > 0) || most <= 1) return {maxY: roundCeiling(value), yLabels: 1}
  let best = {maxY: Infinity, yLabels: 1}
  for (let n = most; n >= 2; n--) {
    const top = roundCeiling(value / n) * n
    if (top < best.maxY * (1 - 1e-9)) best = {maxY: top, yLabels: n}
  }
  return best
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value`; 1 for 0 and below. */
export function roundCeiling(value: number): number {
  if (!(value > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  for (const m of [1, 2, 2.5, 5]) if (m * power >= value * (1 - 1e-12)) return m * power
  return 10 * power
}

/**
 * The rate history of the scope the syscalls table shows (t), for a chart
 * `rows` rows tall: x labels in seconds before the latest refresh (the
 * refreshes are not exactly one interval apart, and a paused dashboard keeps
 * recording), and a y axis with a round top and some headroom.
 */
export function chartView(session: Session, ui: UiState, width: number, rows: number): ChartView {
  const y = ui.threadTid === null ? ui.rateHistory : ui.threadRateHistory.get(ui.threadTid) ?? []
  const latest = y.at(-1)
  const title = fit(`syscalls/s · ${scopeText(session, ui.threadTid)}${latest === undefined ? '' : ` · now ${perSecond(latest)}/s`}`, width)
  const empty = y.length >= 2 ? null
    : ui.threadTid !== null && ui.rateHistory.length >= 2 ? 'no data yet for this thread: t picks another'
    : 'no data yet: the line starts at the third refresh'
  const times = y.length === 0 ? [] : ui.rateTimes.slice(-y.length)
  const end = times.at(-1) ?? 0
  const x = times.map((t, i) => (i === times.length - 1 ? 'now' : `-${Math.round(end - t)}s`))
  // The widget's canvas is 4 pixels a row, less 13 for the axis and the x labels; a label every 2 rows at most.
  const plotRows = Math.max(0, (rows * 4 - 13) / 4)
  const most = Math.max(1, Math.min(5, Math.floor(plotRows / 2)))
  const {maxY, yLabels} = yAxis(Math.max(0, ...y) * 1.1, most)
  return {title, empty, x, y: [...y], maxY, yLabels}
}
