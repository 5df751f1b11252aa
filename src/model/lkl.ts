import {LKL_HIST_SLOTS, type LklLibrary} from '../decode/lkl.js'
import {syscallName} from '../syscalls/table.js'
import {lklSyscallName} from '../syscalls/lkl.js'
import {quantileAtMostNs, quantileLowerNs, slotRange} from './latency.js'
import type {Session} from './session.js'
import {schedThreads} from './sched.js'

/**
 * Network calls, for the share that stayed in user space: the socket API and
 * the event waits, under their host names (LKL's deprecated send/recv
 * numbers included). read, write, readv, writev and close are left out of
 * the share: on the host they cannot be told from file and pipe I/O by name
 * (the hijack library's own epoll_wait closes four pipe fds per call); the
 * split per call still shows them (FD_IO_CALLS).
 */
export const NETWORK_CALLS: ReadonlySet<string> = new Set([
  'socket', 'socketpair', 'connect', 'accept', 'accept4', 'bind', 'listen', 'shutdown', 'getsockname',
  'getpeername', 'setsockopt', 'getsockopt', 'sendto', 'recvfrom', 'sendmsg', 'recvmsg', 'sendmmsg',
  'recvmmsg', 'send', 'recv', 'epoll_create', 'epoll_create1', 'epoll_ctl', 'epoll_wait', 'epoll_pwait',
  'epoll_pwait2', 'poll', 'ppoll', 'select', 'pselect6',
])

/** Calls shown in the split beside the network calls: fd I/O and close, on sockets or not. */
export const FD_IO_CALLS: ReadonlySet<string> = new Set(['read', 'write', 'readv', 'writev', 'close', 'splice'])

/** Event waits LKL's hijack library does not override (domain notes §1): on the host, they cannot see LKL's sockets. */
export const UNHOOKED_WAITS: readonly string[] = ['epoll_pwait', 'epoll_pwait2', 'ppoll', 'pselect6']

/** LKL numbers of the hooked epoll_wait: newer lkl.h maps it onto epoll_pwait (22); older LKL used the deprecated 1069. */
export const LKL_EPOLL_WAIT_NAMES: readonly string[] = ['epoll_pwait', 'epoll_wait']

/** The syscalls a uretprobe's trampoline (x86_64, Linux 6.11+) and an optimized uprobe make: the probe's own, not the program's. */
export const PROBE_SYSCALLS: ReadonlySet<string> = new Set(['uretprobe', 'uprobe'])

/** The hijack library starts treating fds from here on as LKL's (LKL_FD_OFFSET = FD_SETSIZE/2). */
export const LKL_FD_OFFSET = 512

export interface UserStackLibrary extends LklLibrary {
  /** "LKL hijack library", "LKL (zpoline)", "LKL", "DPDK", "overrides libc socket calls". */
  kind: string
  /** How it gets in front of libc: "LD_PRELOAD", "linked before libc", "the program itself", or "mapped". */
  how: string
}

export interface UserStacksView {
  /** The LKL object (lkl_syscall's, else one named like LKL); null: no LKL. */
  lkl: UserStackLibrary | null
  /** Found by its symbols only: a renamed copy. */
  lklRenamed: boolean
  /** It also overrides libc's socket calls: the hijack library, not a program linked with liblkl. */
  hijack: boolean
  zpoline: boolean
  dpdk: UserStackLibrary[]
  /** Other libraries (not LKL) that override libc's socket calls. */
  interposers: UserStackLibrary[]
  env: {name: string; value: string}[]
  ldPreload: string
  ldSoPreload: string
  environTruncated: boolean
  scanError: string
  uprobes: {library: string; attached: string[]; error: string; afterAttachNs: bigint | null; hostCallsCounted: boolean; cpuWaitOff: boolean}
  hostFds: {now: number; max: number | null; maxSeen: number | null; tableSize: number; tableSizeSeen: number}
}

function describe(l: LklLibrary, zpoline: boolean): UserStackLibrary {
  const lkl = l.lklSymbols.includes('lkl_syscall') || l.lklName
  const kind = lkl
    ? zpoline && /zpoline/.test(l.path) ? 'LKL (zpoline)' : l.libcOverrides.length > 0 ? 'LKL hijack library' : 'LKL'
    : l.dpdk ? 'DPDK' : 'overrides libc socket calls'
  const how = l.preloaded ? 'LD_PRELOAD' : l.neededBeforeLibc ? 'linked before libc' : l.executable ? 'the program itself' : 'mapped'
  return {...l, kind, how}
}

/** What the lkl probe found in the target; null when the probe is not attached. */
export function userStacks(session: Session): UserStacksView | null {
  const lkl = session.lkl
  if (!lkl) return null
  const d = lkl.detection
  const zpoline = d.env.some((v) => v.name === 'LKL_HIJACK_ZPOLINE' || v.name === 'LIBZPHOOK') ||
    d.libraries.some((l) => /(^|\/)lib(lkl-)?zpoline[^/]*$/.test(l.path))
  const libs = d.libraries.map((l) => describe(l, zpoline))
  const lklLibs = libs.filter((l) => l.lklSymbols.includes('lkl_syscall') || l.lklName)
  const main = lklLibs.find((l) => l.path === d.uprobeLibrary) ?? lklLibs.find((l) => l.lklSymbols.includes('lkl_syscall')) ?? lklLibs[0] ?? null
  return {
    lkl: main,
    lklRenamed: main !== null && !main.lklName,
    hijack: lklLibs.some((l) => l.libcOverrides.length > 0),
    zpoline,
    dpdk: libs.filter((l) => l.dpdk),
    interposers: libs.filter((l) => !lklLibs.includes(l) && !l.dpdk && l.libcOverrides.length > 0),
    env: d.env,
    ldPreload: d.ldPreload,
    ldSoPreload: d.ldSoPreload,
    environTruncated: d.environTruncated,
    scanError: d.scanError,
    uprobes: {
      library: d.uprobeLibrary,
      attached: d.uprobes,
      error: d.uprobeError,
      afterAttachNs: d.uprobesNs > 0n ? (d.uprobesNs > session.attachedNs ? d.uprobesNs - session.attachedNs : 0n) : null,
      hostCallsCounted: d.hostCallsCounted,
      cpuWaitOff: d.cpuWaitOff,
    },
    hostFds: {now: d.hostFds, max: d.maxHostFd, maxSeen: d.maxHostFdSeen, tableSize: d.fdTableSize, tableSizeSeen: d.fdTableSizeSeen},
  }
}

/** One call name of one thread (or of the process): what LKL handled and what reached the host kernel. */
export interface LklCallRow {
  name: string
  network: boolean
  /** Calls lkl_syscall handled (the uprobes; since they went live). */
  lkl: bigint
  lklErrors: bigint
  lklTotalNs: bigint
  lklMaxNs: bigint
  lklLatencyLog2Ns: bigint[]
  lklP50Ns: number | null
  lklP99Ns: number | null
  /** Host syscalls of this name (the syscalls probe). */
  host: bigint
  /** Of which made from inside lkl_syscall: LKL's own work on the host (with the stand-in library, every forwarded call). */
  hostInsideLkl: bigint
  /** host - hostInsideLkl: calls that went past LKL, straight to the host kernel. */
  hostDirect: bigint
}

export interface LklCpuWaitView {
  count: bigint
  totalNs: bigint
  maxNs: bigint
  waitLog2Ns: bigint[]
  p50Ns: number | null
  p99Ns: number | null
  /**
   * What even the fastest tenth of the waits took: at least the lower edge of
   * the slot holding the 10th percentile. An uncontended lkl_cpu_get takes
   * nanoseconds; what the probes measure for it is mostly their own trap cost
   * (uprobe and uretprobe), which this estimates.
   */
  floorNs: number | null
}

export interface LklThreadView {
  tid: number
  name: string
  exited: boolean
  /** Calls LKL handled or that reached the host, by name; most LKL calls first. Network calls only, unless all = true. */
  rows: LklCallRow[]
  lklCalls: bigint
  lklNetwork: bigint
  hostDirectNetwork: bigint
  /** Waits for the LKL CPU (lkl_cpu_get); null when it never waited. */
  cpuWait: LklCpuWaitView | null
}

const cmp = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0)

function emptyRow(name: string): LklCallRow {
  return {
    name, network: NETWORK_CALLS.has(name), lkl: 0n, lklErrors: 0n, lklTotalNs: 0n, lklMaxNs: 0n,
    lklLatencyLog2Ns: Array.from({length: LKL_HIST_SLOTS}, () => 0n), lklP50Ns: null, lklP99Ns: null,
    host: 0n, hostInsideLkl: 0n, hostDirect: 0n,
  }
}

function finish(row: LklCallRow): LklCallRow {
  row.hostDirect = row.host > row.hostInsideLkl ? row.host - row.hostInsideLkl : 0n
  row.lklP50Ns = row.lkl > 0n ? quantileAtMostNs(row.lklLatencyLog2Ns, 0.5, row.lklMaxNs) : null
  row.lklP99Ns = row.lkl > 0n ? quantileAtMostNs(row.lklLatencyLog2Ns, 0.99, row.lklMaxNs) : null
  return row
}

function addLkl(row: LklCallRow, s: {count: bigint; errors: bigint; totalNs: bigint; maxNs: bigint; latencyLog2Ns: bigint[]}): void {
  row.lkl += s.count
  row.lklErrors += s.errors
  row.lklTotalNs += s.totalNs
  if (s.maxNs > row.lklMaxNs) row.lklMaxNs = s.maxNs
  s.latencyLog2Ns.forEach((v, i) => (row.lklLatencyLog2Ns[i] += v))
}

function cpuWaitView(w: {count: bigint; totalNs: bigint; maxNs: bigint; waitLog2Ns: bigint[]}): LklCpuWaitView {
  return {
    count: w.count, totalNs: w.totalNs, maxNs: w.maxNs, waitLog2Ns: w.waitLog2Ns,
    p50Ns: w.count > 0n ? quantileAtMostNs(w.waitLog2Ns, 0.5, w.maxNs) : null,
    p99Ns: w.count > 0n ? quantileAtMostNs(w.waitLog2Ns, 0.99, w.maxNs) : null,
    floorNs: w.count > 0n ? quantileLowerNs(w.waitLog2Ns, 0.1) : null,
  }
}

/**
 * Per thread: the calls LKL handled next to the host syscalls of the same
 * name, for the threads that made LKL calls or waited for the LKL CPU (and,
 * with all = true, every thread with network syscalls). Empty without LKL
 * counts. Host counts run from attach, LKL counts from the uprobes (the same
 * moment for `attach`; later for `run`, which finds LKL after exec).
 */
export function lklThreads(session: Session, options: {all?: boolean} = {}): LklThreadView[] {
  const lkl = session.lkl
  if (!lkl) return []
  const byTid = new Map<number, Map<string, LklCallRow>>()
  const row = (tid: number, name: string) => {
    let rows = byTid.get(tid)
    if (!rows) byTid.set(tid, (rows = new Map()))
    let r = rows.get(name)
    if (!r) rows.set(name, (r = emptyRow(name)))
    return r
  }
  for (const s of lkl.syscalls) addLkl(row(s.tid, lklSyscallName(s.nr)), s)
  const waits = new Map(lkl.cpuWaits.map((w) => [w.tid, w]))
  const lklTids = new Set([...byTid.keys(), ...waits.keys()])
  for (const h of lkl.hostCalls) {
    const name = syscallName(session.machine, h.nr)
    if (!PROBE_SYSCALLS.has(name)) row(h.tid, name).hostInsideLkl += h.count
  }
  for (const t of session.threads()) {
    if (!lklTids.has(t.tid) && !options.all) continue
    for (const s of t.syscalls) {
      if (PROBE_SYSCALLS.has(s.name)) continue
      if (!NETWORK_CALLS.has(s.name) && !FD_IO_CALLS.has(s.name) && !byTid.get(t.tid)?.has(s.name)) continue
      row(t.tid, s.name).host += s.count
    }
  }
  const views: LklThreadView[] = []
  for (const [tid, rows] of byTid) {
    if (!lklTids.has(tid) && !options.all) continue
    const list = [...rows.values()].map(finish)
      .filter((r) => r.lkl > 0n || r.host > 0n)
      .sort((a, b) => cmp(b.lkl, a.lkl) || cmp(b.host, a.host) || a.name.localeCompare(b.name))
    const known = session.thread(tid)
    const wait = waits.get(tid)
    views.push({
      tid,
      name: known?.name ?? '?',
      exited: known?.exited ?? false,
      rows: list,
      lklCalls: list.reduce((a, r) => a + r.lkl, 0n),
      lklNetwork: list.filter((r) => r.network).reduce((a, r) => a + r.lkl, 0n),
      hostDirectNetwork: list.filter((r) => r.network).reduce((a, r) => a + r.hostDirect, 0n),
      cpuWait: wait && wait.count > 0n ? cpuWaitView(wait) : null,
    })
  }
  for (const [tid, wait] of waits) {
    if (byTid.has(tid) || wait.count === 0n) continue
    const known = session.thread(tid)
    views.push({tid, name: known?.name ?? '?', exited: known?.exited ?? false, rows: [], lklCalls: 0n, lklNetwork: 0n, hostDirectNetwork: 0n, cpuWait: cpuWaitView(wait)})
  }
  return views.sort((a, b) => cmp(b.lklCalls, a.lklCalls) || cmp(b.hostDirectNetwork, a.hostDirectNetwork) || a.tid - b.tid)
}

export interface LklTotals {
  /** Per call name, every thread of the process. */
  rows: LklCallRow[]
  lklCalls: bigint
  lklNetwork: bigint
  /** Network calls that reached the host kernel past LKL. */
  hostDirectNetwork: bigint
  /** lklNetwork / (lklNetwork + hostDirectNetwork); null when there were none. */
  shareInUserSpace: number | null
  /** Threads that called lkl_syscall. */
  lklThreads: number
  /** All waits for the LKL CPU, every thread. */
  cpuWait: LklCpuWaitView | null
  /** Threads that waited for the LKL CPU. */
  cpuWaitThreads: number
  /** The probe's own syscalls (uretprobe trampolines) the target made: not the program's. */
  probeSyscalls: bigint
}

/** The whole process: the split per call name, and the share of network calls that stayed in user space. */
export function lklTotals(session: Session): LklTotals | null {
  const lkl = session.lkl
  if (!lkl) return null
  const rows = new Map<string, LklCallRow>()
  const row = (name: string) => rows.get(name) ?? rows.set(name, emptyRow(name)).get(name)!
  const threads = lklThreads(session, {all: true})
  for (const t of threads) {
    for (const r of t.rows) {
      const p = row(r.name)
      addLkl(p, {count: r.lkl, errors: r.lklErrors, totalNs: r.lklTotalNs, maxNs: r.lklMaxNs, latencyLog2Ns: r.lklLatencyLog2Ns})
      p.host += r.host
      p.hostInsideLkl += r.hostInsideLkl
    }
  }
  const list = [...rows.values()].map(finish).sort((a, b) => cmp(b.lkl, a.lkl) || cmp(b.host, a.host) || a.name.localeCompare(b.name))
  const lklNetwork = list.filter((r) => r.network).reduce((a, r) => a + r.lkl, 0n)
  const hostDirectNetwork = list.filter((r) => r.network).reduce((a, r) => a + r.hostDirect, 0n)
  const waits = lkl.cpuWaits.filter((w) => w.count > 0n)
  const merged = waits.reduce(
    (a, w) => ({count: a.count + w.count, totalNs: a.totalNs + w.totalNs, maxNs: w.maxNs > a.maxNs ? w.maxNs : a.maxNs, waitLog2Ns: a.waitLog2Ns.map((v, i) => v + w.waitLog2Ns[i])}),
    {count: 0n, totalNs: 0n, maxNs: 0n, waitLog2Ns: Array.from({length: LKL_HIST_SLOTS}, () => 0n)},
  )
  let probeSyscalls = 0n
  for (const t of session.threads()) for (const s of t.syscalls) if (PROBE_SYSCALLS.has(s.name)) probeSyscalls += s.count
  return {
    rows: list,
    lklCalls: list.reduce((a, r) => a + r.lkl, 0n),
    lklNetwork,
    hostDirectNetwork,
    shareInUserSpace: lklNetwork + hostDirectNetwork > 0n ? Number(lklNetwork) / Number(lklNetwork + hostDirectNetwork) : null,
    lklThreads: new Set(lkl.syscalls.filter((s) => s.count > 0n).map((s) => s.tid)).size,
    cpuWait: merged.count > 0n ? cpuWaitView(merged) : null,
    cpuWaitThreads: waits.length,
    probeSyscalls,
  }
}

/** A host syscall's count over the whole process (every thread). */
export function hostCount(session: Session, names: readonly string[]): bigint {
  let n = 0n
  for (const t of session.threads()) for (const s of t.syscalls) if (names.includes(s.name)) n += s.count
  return n
}

/** A thread that spins on its CPU without asking the kernel for anything: DPDK's poll-mode lcores. */
export interface PollModeThread {
  tid: number
  name: string
  /** Share of wall time on CPU (schedstat); 0 when unknown. */
  onCpuShare: number
  /**
   * Share of the session it was on CPU or waiting for one after a
   * preemption (the sched probe): a poll loop never blocks, so this stays
   * near 1 even when other work shares its CPU. null without the sched probe.
   */
  runnableShare: number | null
  /**
   * Times it went to sleep (voluntary context switches, the sched probe);
   * null without it. A poll loop never sleeps.
   */
  voluntarySwitches: bigint | null
  /** Host syscalls per second while attached. */
  syscallsPerSecond: number
  syscalls: bigint
}

/** A poll-mode thread is on CPU (or runnable) at least this share of the time... */
export const POLL_MODE_MIN_ONCPU = 0.9
/** ...and makes fewer syscalls per second than this. */
export const POLL_MODE_MAX_SYSCALLS_PER_SECOND = 100
/**
 * On a virtual machine the time the hypervisor steals is not on-CPU time,
 * so a thread that spins without pause can show well under 90% (a loaded
 * host steals tens of percent). One that never went to sleep while the sched
 * probe watched is polling if it ran at least this share of the time.
 */
export const POLL_MODE_MIN_ONCPU_NEVER_SLEPT = 0.5

/** Threads on CPU (or ready to run) nearly all the time with almost no syscalls. */
export function pollModeThreads(session: Session): PollModeThread[] {
  const seconds = session.elapsedSeconds
  const latest = session.latest
  if (!latest || seconds <= 0) return []
  const calls = new Map(session.threads().map((t) => [t.tid, t.totalCalls]))
  const sched = new Map(schedThreads(session).map((t) => [t.tid, t]))
  return latest.threads
    .filter((t) => !t.exited)
    .flatMap((t) => {
      const share = session.onCpuShare(t.tid)
      const s = sched.get(t.tid)
      const runnable = s ? Math.min(1, Number(s.oncpuNs + s.preemptedWaitNs) / (seconds * 1e9)) : null
      const n = calls.get(t.tid) ?? 0n
      const rate = Number(n) / seconds
      // The sched probe saw every switch of the session: a thread absent from it never switched at all.
      const voluntary = session.sched ? (s?.voluntary ?? 0n) : null
      const busy = Math.max(share ?? 0, runnable ?? 0)
      const polling = busy >= POLL_MODE_MIN_ONCPU || (voluntary === 0n && busy >= POLL_MODE_MIN_ONCPU_NEVER_SLEPT)
      if (!polling || rate >= POLL_MODE_MAX_SYSCALLS_PER_SECOND) return []
      return [{tid: t.tid, name: t.name, onCpuShare: share ?? 0, runnableShare: runnable, voluntarySwitches: voluntary, syscallsPerSecond: rate, syscalls: n}]
    })
    .sort((a, b) => b.onCpuShare - a.onCpuShare || a.tid - b.tid)
}

function callJson(r: LklCallRow) {
  return {
    name: r.name, network: r.network, lkl: r.lkl, lklErrors: r.lklErrors, lklTotalNs: r.lklTotalNs, lklMaxNs: r.lklMaxNs,
    lklP50NsAtMost: r.lklP50Ns, lklP99NsAtMost: r.lklP99Ns, host: r.host, hostInsideLkl: r.hostInsideLkl, hostPastLkl: r.hostDirect,
  }
}

function waitJson(w: LklCpuWaitView) {
  return {
    waits: w.count, totalNs: w.totalNs, maxNs: w.maxNs, p50NsAtMost: w.p50Ns, p99NsAtMost: w.p99Ns,
    histogram: w.waitLog2Ns.flatMap((n, slot) => (n === 0n ? [] : [{...slotRange(slot, w.waitLog2Ns.length), count: n}])),
  }
}

/** The lkl probe's part of the JSON report (docs/json-report.md); null when it was not attached. */
export function lklReport(session: Session) {
  const view = userStacks(session)
  if (!view || !session.lkl) return null
  const totals = lklTotals(session)!
  const lib = (l: UserStackLibrary) => ({path: l.path, kind: l.kind, how: l.how, foundBy: l.lklName ? 'name' : 'symbols', lklSymbols: l.lklSymbols, libcOverrides: l.libcOverrides})
  return {
    found: view.lkl !== null || view.interposers.length > 0 || view.dpdk.length > 0,
    library: view.lkl ? lib(view.lkl) : null,
    hijack: view.hijack,
    zpoline: view.zpoline,
    env: view.env,
    ldPreload: view.ldPreload,
    interposers: view.interposers.map((l) => ({path: l.path, how: l.how, libcOverrides: l.libcOverrides})),
    dpdk: view.dpdk.map((l) => ({path: l.path, how: l.how})),
    uprobes: view.uprobes,
    hostFds: {open: view.hostFds.now, highest: view.hostFds.max, highestSeen: view.hostFds.maxSeen, fdTableSize: view.hostFds.tableSizeSeen},
    lklCalls: totals.lklCalls,
    networkCallsInLkl: totals.lklNetwork,
    networkCallsPastLkl: totals.hostDirectNetwork,
    shareInUserSpace: totals.shareInUserSpace,
    calls: totals.rows.map(callJson),
    threads: lklThreads(session).map((t) => ({
      tid: t.tid, name: t.name, exited: t.exited, lklCalls: t.lklCalls, calls: t.rows.map(callJson), cpuWait: t.cpuWait ? waitJson(t.cpuWait) : null,
    })),
    cpuWait: totals.cpuWait ? {...waitJson(totals.cpuWait), threads: totals.cpuWaitThreads} : null,
    pollModeThreads: view.dpdk.length > 0 ? pollModeThreads(session) : [],
    probeSyscalls: totals.probeSyscalls,
    dropped: session.lkl.counters,
  }
}

const noticed = new WeakSet<Session>()

/** Once per session, the line that says LKL was found and its calls are counted from now on. */
export function lklNotice(session: Session): string | undefined {
  const view = userStacks(session)
  if (!view?.lkl || view.uprobes.attached.length === 0 || noticed.has(session)) return undefined
  noticed.add(session)
  const after = view.uprobes.afterAttachNs
  return `stackprof: ${view.lkl.kind} ${view.lkl.path} (${view.lkl.how}); counting its calls since +${after === null ? '?' : (Number(after) / 1e9).toFixed(2)} s\n`
}
