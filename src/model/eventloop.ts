import {busyPollRxDelta, type NetDeviceKnobs} from '../collector/net-knobs.js'
import {TIMEOUT_CLASSES, type EpollInstance, type EpollParamsStat, type FdKind, type NapiPollStat, type SocketGroup, type SockoptStat, type TimeoutClass} from '../decode/eventloop.js'
import {syscallName} from '../syscalls/table.js'
import type {Session} from './session.js'

/** The kernel's default busy-poll budget (BUSY_POLL_BUDGET); softirq polls use the device weight, usually 64. */
export const DEFAULT_BUSY_POLL_BUDGET = 8
export const SO_BUSY_POLL = 46
export const SO_PREFER_BUSY_POLL = 69
export const SO_BUSY_POLL_BUDGET = 70
export const SOCKOPT_NAMES: Readonly<Record<number, string>> = {
  [SO_BUSY_POLL]: 'SO_BUSY_POLL',
  [SO_PREFER_BUSY_POLL]: 'SO_PREFER_BUSY_POLL',
  [SO_BUSY_POLL_BUDGET]: 'SO_BUSY_POLL_BUDGET',
}

export interface EpollView {
  epfd: number
  syscall: string
  calls: bigint
  callsPerSecond: number
  timeouts: Record<TimeoutClass, bigint>
  empty: bigint
  events: bigint
  zeroEmpty: bigint
  zeroEmptyThenWait: bigint
  totalNs: bigint
  offcpuNs: bigint
  eventsLog2: bigint[]
}

/** One thread's event loop: all its epoll calls, and how it spends its time. */
export interface LoopThreadView {
  tid: number
  name: string
  calls: bigint
  callsPerSecond: number
  /** Calls by timeout class, over all the thread's epoll fds and syscalls. */
  timeouts: Record<TimeoutClass, bigint>
  zeroTimeoutShare: number
  empty: bigint
  emptyShare: number
  eventsPerCall: number
  zeroEmpty: bigint
  /** Zero-timeout empty returns followed by a real wait: libuv's idle-time probe, not spinning. */
  zeroEmptyThenWait: bigint
  /** Zero-timeout empty returns followed by another zero-timeout call (or nothing): spinning. */
  spinningCalls: bigint
  spinningPerSecond: number
  /** Most zero-timeout empty returns are followed by a real wait (libuv with UV_METRICS_IDLE_TIME, as in Node.js). */
  libuvPattern: boolean
  /** Of the time inside epoll calls, the share switched out (blocked); the rest was on CPU. */
  blockedShare: number | null
  insideNs: bigint
  onCpuShare: number | null
  epolls: EpollView[]
}

export interface IoRow {
  syscall: string
  fdKind: FdKind
  calls: bigint
  errors: bigint
  eagain: bigint
  bytes: bigint
  sizeLog2: bigint[]
}

/** Socket I/O of one thread: which syscalls move bytes through its sockets. */
export interface SocketIoView {
  tid: number
  name: string
  /** read/readv on AF_INET/AF_INET6 sockets. */
  readOnSockets: bigint
  /** recvfrom/recvmsg/recvmmsg. */
  recvFamily: bigint
  writeOnSockets: bigint
  sendFamily: bigint
  rows: IoRow[]
}

export interface BusyPollView {
  busyPollUs: number | null
  busyReadUs: number | null
  sockoptsSeen: SockoptStat[]
  epollParamsSeen: EpollParamsStat[]
  epollInstances: EpollInstance[]
  socketGroups: SocketGroup[]
  devices: NetDeviceKnobs[]
  devicesAreTargetNetns: boolean | null
  /** napi_poll in target threads with a busy-poll budget: busy polling ran. */
  busyPolls: NapiPollStat[]
  /** napi_poll in target threads with another budget: softirqs that interrupted them. */
  softirqPolls: NapiPollStat[]
  busyPollRxDelta: bigint | null
  /** Why busy polling is considered configured, one line per reason; empty when it is not. */
  configuredBy: string[]
  /** Whether epoll calls can busy-poll at all: the sysctl or per-epoll parameters. */
  epollBusyPollConfigured: boolean
  preferBusyPollBy: string[]
  /** The evidence that busy polling ran. */
  ran: boolean
}

const READ_FAMILY = new Set(['read', 'readv'])
const WRITE_FAMILY = new Set(['write', 'writev'])
const RECV_FAMILY = new Set(['recvfrom', 'recvmsg', 'recvmmsg'])
const SEND_FAMILY = new Set(['sendto', 'sendmsg', 'sendmmsg'])

function emptyTimeouts(): Record<TimeoutClass, bigint> {
  return Object.fromEntries(TIMEOUT_CLASSES.map((c) => [c, 0n])) as Record<TimeoutClass, bigint>
}

const rate = (n: bigint, seconds: number) => (seconds > 0 ? Number(n) / seconds : 0)
const share = (part: bigint, whole: bigint) => (whole > 0n ? Number(part) / Number(whole) : 0)

/** Event-loop threads (those that made epoll calls), busiest first. */
export function loopThreads(session: Session): LoopThreadView[] {
  const el = session.eventloop
  if (!el) return []
  const seconds = session.elapsedSeconds
  const byTid = new Map<number, LoopThreadView>()
  for (const e of el.epolls) {
    let t = byTid.get(e.tid)
    if (!t) {
      t = {
        tid: e.tid, name: session.threadName(e.tid), calls: 0n, callsPerSecond: 0, timeouts: emptyTimeouts(),
        zeroTimeoutShare: 0, empty: 0n, emptyShare: 0, eventsPerCall: 0, zeroEmpty: 0n, zeroEmptyThenWait: 0n,
        spinningCalls: 0n, spinningPerSecond: 0, libuvPattern: false, blockedShare: null, insideNs: 0n,
        onCpuShare: session.onCpuShare(e.tid), epolls: [],
      }
      byTid.set(e.tid, t)
    }
    t.epolls.push({
      epfd: e.epfd, syscall: syscallName(session.machine, e.nr), calls: e.calls, callsPerSecond: rate(e.calls, seconds),
      timeouts: e.timeouts, empty: e.empty, events: e.events, zeroEmpty: e.zeroEmpty, zeroEmptyThenWait: e.zeroEmptyThenWait,
      totalNs: e.totalNs, offcpuNs: e.offcpuNs, eventsLog2: e.eventsLog2,
    })
    t.calls += e.calls
    for (const c of TIMEOUT_CLASSES) t.timeouts[c] += e.timeouts[c]
    t.empty += e.empty
    t.zeroEmpty += e.zeroEmpty
    t.zeroEmptyThenWait += e.zeroEmptyThenWait
    t.insideNs += e.totalNs
  }
  const threads = [...byTid.values()]
  for (const t of threads) {
    const events = t.epolls.reduce((a, e) => a + e.events, 0n)
    const offcpu = t.epolls.reduce((a, e) => a + e.offcpuNs, 0n)
    t.callsPerSecond = rate(t.calls, seconds)
    t.zeroTimeoutShare = share(t.timeouts.zero, t.calls)
    t.emptyShare = share(t.empty, t.calls)
    t.eventsPerCall = t.calls > 0n ? Number(events) / Number(t.calls) : 0
    t.spinningCalls = t.zeroEmpty > t.zeroEmptyThenWait ? t.zeroEmpty - t.zeroEmptyThenWait : 0n
    t.spinningPerSecond = rate(t.spinningCalls, seconds)
    t.libuvPattern = t.zeroEmpty > 0n && Number(t.zeroEmptyThenWait) >= 0.9 * Number(t.zeroEmpty)
    t.blockedShare = t.insideNs > 0n ? share(offcpu, t.insideNs) : null
    t.epolls.sort((a, b) => (b.calls > a.calls ? 1 : b.calls < a.calls ? -1 : a.epfd - b.epfd))
  }
  return threads.sort((a, b) => (b.calls > a.calls ? 1 : b.calls < a.calls ? -1 : a.tid - b.tid))
}

/** Threads that moved bytes through sockets, or read/wrote anything, busiest first. */
export function socketIo(session: Session): SocketIoView[] {
  const el = session.eventloop
  if (!el) return []
  const byTid = new Map<number, SocketIoView>()
  for (const f of el.fdIo) {
    let t = byTid.get(f.tid)
    if (!t) {
      t = {tid: f.tid, name: session.threadName(f.tid), readOnSockets: 0n, recvFamily: 0n, writeOnSockets: 0n, sendFamily: 0n, rows: []}
      byTid.set(f.tid, t)
    }
    const name = syscallName(session.machine, f.nr)
    t.rows.push({syscall: name, fdKind: f.fdKind, calls: f.calls, errors: f.errors, eagain: f.eagain, bytes: f.bytes, sizeLog2: f.sizeLog2})
    if (f.fdKind === 'inet-socket') {
      if (READ_FAMILY.has(name)) t.readOnSockets += f.calls
      else if (WRITE_FAMILY.has(name)) t.writeOnSockets += f.calls
      else if (RECV_FAMILY.has(name)) t.recvFamily += f.calls
      else if (SEND_FAMILY.has(name)) t.sendFamily += f.calls
    }
  }
  const views = [...byTid.values()]
  for (const v of views) v.rows.sort((a, b) => (b.calls > a.calls ? 1 : b.calls < a.calls ? -1 : a.syscall.localeCompare(b.syscall)))
  const total = (v: SocketIoView) => v.readOnSockets + v.recvFamily + v.writeOnSockets + v.sendFamily
  return views.sort((a, b) => (total(b) > total(a) ? 1 : total(b) < total(a) ? -1 : a.tid - b.tid))
}

/** Budgets that mean "busy polling": the default and whatever the target configured. */
function busyBudgets(sockopts: SockoptStat[], params: EpollParamsStat[], instances: EpollInstance[], groups: SocketGroup[]): Set<number> {
  const budgets = new Set([DEFAULT_BUSY_POLL_BUDGET])
  for (const s of sockopts) if (s.optname === SO_BUSY_POLL_BUDGET && s.value !== null && s.value > 0) budgets.add(s.value)
  for (const p of params) if (p.accepted && p.busyPollBudget > 0) budgets.add(p.busyPollBudget)
  for (const e of instances) if (e.busyPollBudget > 0) budgets.add(e.busyPollBudget)
  for (const g of groups) if (g.busyPollBudget > 0) budgets.add(g.busyPollBudget)
  return budgets
}

export function busyPoll(session: Session): BusyPollView | undefined {
  const el = session.eventloop
  if (!el) return undefined
  const start = session.netKnobsAtStart
  const now = session.netKnobsLatest ?? start
  const budgets = busyBudgets(el.sockopts, el.epollParams, el.epollInstances, el.sockets)
  const configuredBy: string[] = []
  const preferBusyPollBy: string[] = []
  let epollBusyPollConfigured = false
  if (now?.busyPollUs) {
    configuredBy.push(`net.core.busy_poll = ${now.busyPollUs} µs`)
    epollBusyPollConfigured = true
  }
  if (now?.busyReadUs) configuredBy.push(`net.core.busy_read = ${now.busyReadUs} µs`)
  for (const s of el.sockopts) {
    if (s.value === null || s.value <= 0 || s.calls === s.failed) continue
    if (s.optname === SO_BUSY_POLL) configuredBy.push(`setsockopt(SO_BUSY_POLL, ${s.value}) × ${s.calls}`)
    if (s.optname === SO_PREFER_BUSY_POLL) preferBusyPollBy.push(`setsockopt(SO_PREFER_BUSY_POLL, ${s.value}) × ${s.calls}`)
  }
  for (const p of el.epollParams) {
    if (!p.accepted) continue
    if (p.busyPollUsecs > 0) {
      configuredBy.push(`ioctl(epoll fd ${p.epfd}, EPIOCSPARAMS, busy_poll_usecs ${p.busyPollUsecs})`)
      epollBusyPollConfigured = true
    }
    if (p.preferBusyPoll) preferBusyPollBy.push(`ioctl(epoll fd ${p.epfd}, EPIOCSPARAMS, prefer_busy_poll 1)`)
  }
  for (const e of el.epollInstances) {
    if (e.busyPollUsecs > 0 && !el.epollParams.some((p) => p.epfd === e.fd && p.accepted)) {
      configuredBy.push(`epoll fd ${e.fd}: busy_poll_usecs ${e.busyPollUsecs} (set before attach)`)
      epollBusyPollConfigured = true
    }
    if (e.preferBusyPoll && !el.epollParams.some((p) => p.epfd === e.fd && p.accepted)) preferBusyPollBy.push(`epoll fd ${e.fd}: prefer_busy_poll (set before attach)`)
  }
  const withLl = el.sockets.filter((g) => g.busyPollUsecs > 0).reduce((a, g) => a + g.count, 0n)
  const effective = (opt: number) => el.sockopts.some((s) => s.optname === opt && s.value !== null && s.value > 0 && s.calls > s.failed)
  if (withLl > 0n && !effective(SO_BUSY_POLL)) configuredBy.push(`${withLl} socket(s) with SO_BUSY_POLL set before attach`)
  const preferSockets = el.sockets.filter((g) => g.preferBusyPoll).reduce((a, g) => a + g.count, 0n)
  if (preferSockets > 0n && !effective(SO_PREFER_BUSY_POLL)) preferBusyPollBy.push(`${preferSockets} socket(s) with SO_PREFER_BUSY_POLL set before attach`)

  const busyPolls = el.napiPolls.filter((n) => budgets.has(n.budget))
  const softirqPolls = el.napiPolls.filter((n) => !budgets.has(n.budget))
  const delta = start && now ? busyPollRxDelta(start, now) : null
  return {
    busyPollUs: now?.busyPollUs ?? null,
    busyReadUs: now?.busyReadUs ?? null,
    sockoptsSeen: el.sockopts,
    epollParamsSeen: el.epollParams,
    epollInstances: el.epollInstances,
    socketGroups: el.sockets,
    devices: now?.devices ?? [],
    devicesAreTargetNetns: now?.targetNetnsIsOurs ?? null,
    busyPolls,
    softirqPolls,
    busyPollRxDelta: delta,
    configuredBy,
    epollBusyPollConfigured,
    preferBusyPollBy,
    ran: busyPolls.some((n) => n.polls > 0n) || (delta !== null && delta > 0n),
  }
}
