import type {NodejsSnapshot, NodejsWorkKind} from '../decode/nodejs.js'
import {quantileAtMostNs} from './latency.js'
import type {Session} from './session.js'

/** libuv's default threadpool size and its cap (UV_THREADPOOL_SIZE is clamped to 1..1024). */
export const DEFAULT_POOL_SIZE = 4
const MAX_POOL_SIZE = 1024

/** IORING_SETUP_SQPOLL. */
const SETUP_SQPOLL = 2

/** io_uring opcodes (names as the loader gives them) that are file operations libuv makes for fs.*. */
export const FS_OPCODES: ReadonlySet<string> = new Set([
  'READV', 'WRITEV', 'FSYNC', 'READ_FIXED', 'WRITE_FIXED', 'SYNC_FILE_RANGE', 'FALLOCATE', 'OPENAT', 'CLOSE',
  'STATX', 'READ', 'WRITE', 'FADVISE', 'OPENAT2', 'RENAMEAT', 'UNLINKAT', 'MKDIRAT', 'SYMLINKAT', 'LINKAT', 'FTRUNCATE',
])

/**
 * The pool size libuv uses for this environment value, parsed as libuv does:
 * atoi into an unsigned int, 0 → 1, capped at 1024 (so a negative number,
 * wrapping around, means 1024).
 */
export function poolSize(env: string): number {
  if (env === '') return DEFAULT_POOL_SIZE
  const n = Number.parseInt(env, 10)
  if (!Number.isFinite(n) || n === 0) return 1
  if (n < 0) return MAX_POOL_SIZE
  return Math.min(n, MAX_POOL_SIZE)
}

export interface NodejsKindView {
  kind: string
  count: number
  waited: number
  waitTotalNs: number
  waitMaxNs: number
  waitP50NsAtMost: number | null
  waitP99NsAtMost: number | null
  runCount: number
  runTotalNs: number
  runMaxNs: number
  runP50NsAtMost: number | null
  runP99NsAtMost: number | null
}

export interface NodejsView {
  path: string
  foundBy: string
  version: string | null
  libuvVersion: string | null
  threadpoolSizeEnv: string | null
  poolSize: number
  useIoUringEnv: string | null
  perfBasicProf: boolean
  uprobes: string[]
  error: string
  durationNs: number
  threadpool: {
    submitted: number
    started: number
    queued: number
    maxDepth: number
    work: number
    waited: number
    waitP99NsAtMost: number | null
    waitMaxNs: number
    /** Items that waited at least 1 ms for a thread. */
    waitedOver1ms: number
    /** Busy time of the pool over poolSize × duration. */
    busyShare: number | null
    kinds: NodejsKindView[]
    /** busyNs includes the item running at the last snapshot; runningNs is how long that item has run (0: idle). */
    workers: {tid: number; name: string; items: number; busyNs: number; busyShare: number | null; runningNs: number}[]
    /** Workers on an item at the last snapshot. */
    running: number
    /** With every pool thread on an item: how long the most recent of them has been (all busy for at least that); else null. */
    allBusyForNs: number | null
    /** Per snapshot: queued then, and the most queued at once since the previous point. */
    depth: {atNs: number; depth: number; peak: number}[]
  }
  ioUring: {
    available: boolean
    rings: {fd: number; sqEntries: number; cqEntries: number; flags: number; sqpoll: boolean; submitted: number; completed: number}[]
    submitted: number
    completed: number
    submittedPerSecond: number | null
    /** Submissions of file operations (FS_OPCODES): fs work that went to the ring. */
    fsSubmitted: number
    completedPerSecond: number | null
    byOpcode: {opcode: number; name: string; count: number}[]
    sqpollThreads: {tid: number; name: string}[]
    /** Where the target's fs work went: "threadpool", "io_uring", "both", or "none" seen. */
    fsWorkTo: 'threadpool' | 'io_uring' | 'both' | 'none'
  }
  loop: {
    waits: number
    ticks: number
    waitNs: number
    runNs: number
    utilization: number | null
    stallThresholdNs: number
    stalls: number
    stallTotalNs: number
    stallMaxNs: number
    recentStalls: {startNs: number; lengthNs: number}[]
  } | null
  dropped: Record<string, number>
}

const n = (v: bigint) => Number(v)

function kindView(k: NodejsWorkKind): NodejsKindView {
  return {
    kind: k.kind,
    count: n(k.count),
    waited: n(k.waited),
    waitTotalNs: n(k.waitTotalNs),
    waitMaxNs: n(k.waitMaxNs),
    waitP50NsAtMost: quantileAtMostNs(k.waitLog2Ns, 0.5, k.waitMaxNs),
    waitP99NsAtMost: quantileAtMostNs(k.waitLog2Ns, 0.99, k.waitMaxNs),
    runCount: n(k.runCount),
    runTotalNs: n(k.runTotalNs),
    runMaxNs: n(k.runMaxNs),
    runP50NsAtMost: quantileAtMostNs(k.runLog2Ns, 0.5, k.runMaxNs),
    runP99NsAtMost: quantileAtMostNs(k.runLog2Ns, 0.99, k.runMaxNs),
  }
}

function sumHist(kinds: NodejsWorkKind[]): bigint[] {
  const out = Array.from({length: kinds[0]?.waitLog2Ns.length ?? 0}, () => 0n)
  for (const k of kinds) k.waitLog2Ns.forEach((v, i) => { out[i] += v })
  return out
}

/** The Node.js view, null when the probe found no Node.js (or was left out). */
export function nodejsView(session: Session): NodejsView | null {
  const s: NodejsSnapshot | undefined = session.nodejs
  if (!s?.found) return null
  const durationNs = session.latest ? Math.max(0, n(session.latest.monotonicNs - session.attachedNs)) : 0
  const seconds = durationNs / 1e9
  const names = new Map((session.latest?.threads ?? []).map((t) => [t.tid, t.name]))
  // The environment at start, unless more workers ran items than it allows: a script that sets
  // process.env.UV_THREADPOOL_SIZE before its first pool use gets that many threads.
  const size = Math.max(poolSize(s.threadpoolSizeEnv), s.workers.length)
  const kinds = s.kinds.map(kindView)
  const hist = sumHist(s.kinds)
  const waitMax = s.kinds.reduce((m, k) => (k.waitMaxNs > m ? k.waitMaxNs : m), 0n)
  // Slots 20 and up are ≥ 2^20 ns, about 1 ms.
  const waitedOver1ms = hist.slice(20).reduce((a, v) => a + v, 0n)
  // A worker's busy time grows when an item ends: the one running now counts up to the last snapshot,
  // or a pool stuck on four hung dns.lookup calls would look idle.
  const now = session.latest?.monotonicNs ?? 0n
  const runningNs = (w: {runningSinceNs: bigint}) => (w.runningSinceNs > 0n && now > w.runningSinceNs ? now - w.runningSinceNs : 0n)
  const busyTotal = s.workers.reduce((a, w) => a + w.busyNs + runningNs(w), 0n)
  const running = s.workers.filter((w) => w.runningSinceNs > 0n)
  const allBusyFor = running.length >= size && running.length > 0 ? running.map(runningNs).reduce((m, r) => (r < m ? r : m)) : null
  const fs = kinds.find((k) => k.kind === 'fs')?.count ?? 0
  const uringSubmitted = s.rings.reduce((a, r) => a + r.submitted, 0n)
  const uringCompleted = s.rings.reduce((a, r) => a + r.completed, 0n)
  // Only file operations say where fs work went: libuv ≥ 1.50 also keeps a ring for
  // epoll_ctl batches (EPOLL_CTL) whatever UV_USE_IO_URING says.
  const uringFsSubmitted = s.uringSubmits.filter((o) => FS_OPCODES.has(o.name)).reduce((a, o) => a + o.count, 0n)
  const uringFs = uringFsSubmitted > 0n
  const fsWorkTo = fs > 0 && uringFs ? 'both' : fs > 0 ? 'threadpool' : uringFs ? 'io_uring' : 'none'
  const l = s.loop
  const loopTotal = l ? l.waitNs + l.runNs : 0n
  return {
    path: s.path,
    foundBy: s.foundBy,
    version: s.nodeVersion || null,
    libuvVersion: s.libuvVersion || null,
    threadpoolSizeEnv: s.threadpoolSizeEnv || null,
    poolSize: size,
    useIoUringEnv: s.useIoUringEnv || null,
    perfBasicProf: s.perfBasicProf,
    uprobes: s.uprobes,
    error: s.error,
    durationNs,
    threadpool: {
      submitted: n(s.submitted),
      started: n(s.started),
      queued: s.submitted > s.started ? n(s.submitted - s.started) : 0,
      maxDepth: n(s.maxDepth),
      work: kinds.reduce((a, k) => a + k.count, 0),
      waited: kinds.reduce((a, k) => a + k.waited, 0),
      waitP99NsAtMost: quantileAtMostNs(hist, 0.99, waitMax),
      waitMaxNs: n(waitMax),
      waitedOver1ms: n(waitedOver1ms),
      busyShare: durationNs > 0 ? Math.min(1, n(busyTotal) / (size * durationNs)) : null,
      kinds,
      workers: s.workers
        .map((w) => {
          const current = runningNs(w)
          const busy = n(w.busyNs + current)
          return {tid: w.tid, name: names.get(w.tid) ?? '', items: n(w.items), busyNs: busy, busyShare: durationNs > 0 ? Math.min(1, busy / durationNs) : null, runningNs: n(current)}
        })
        .sort((a, b) => b.busyNs - a.busyNs || a.tid - b.tid),
      running: running.length,
      allBusyForNs: allBusyFor === null ? null : n(allBusyFor),
      depth: s.depthSeries.map((d) => ({atNs: Math.max(0, n(d.atNs - session.attachedNs)), depth: n(d.depth), peak: n(d.peak)})),
    },
    ioUring: {
      available: s.ioUringAvailable,
      rings: s.rings.map((r) => ({fd: r.fd, sqEntries: r.sqEntries, cqEntries: r.cqEntries, flags: r.flags, sqpoll: (r.flags & SETUP_SQPOLL) !== 0, submitted: n(r.submitted), completed: n(r.completed)})),
      submitted: n(uringSubmitted),
      completed: n(uringCompleted),
      submittedPerSecond: seconds > 0 ? n(uringSubmitted) / seconds : null,
      completedPerSecond: seconds > 0 ? n(uringCompleted) / seconds : null,
      fsSubmitted: n(uringFsSubmitted),
      byOpcode: s.uringSubmits.map((o) => ({opcode: o.opcode, name: o.name, count: n(o.count)})),
      sqpollThreads: s.sqpollTids.map((tid) => ({tid, name: names.get(tid) ?? ''})),
      fsWorkTo,
    },
    loop: l ? {
      waits: n(l.waits),
      ticks: n(l.ticks),
      waitNs: n(l.waitNs),
      runNs: n(l.runNs),
      utilization: loopTotal > 0n ? n(l.runNs) / n(loopTotal) : null,
      stallThresholdNs: n(s.stallThresholdNs),
      stalls: n(l.stalls),
      stallTotalNs: n(l.stallTotalNs),
      stallMaxNs: n(l.stallMaxNs),
      recentStalls: l.recentStalls.map((r) => ({startNs: Math.max(0, n(r.startNs - session.attachedNs)), lengthNs: n(r.lengthNs)})),
    } : null,
    dropped: Object.fromEntries(Object.entries(s.counters).map(([k, v]) => [k, n(v)])),
  }
}

/** The JSON report's nodejs section (docs/json-report.md): null when the target is not Node.js or --no-nodejs. */
export function nodejsReport(session: Session): NodejsView | null {
  return nodejsView(session)
}
