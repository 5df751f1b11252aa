import {cmdlineArgs, decodeSnapshot, targetText, u64, type ProbeCounters, type SyscallSnapshot, type SyscallStat, type ThreadName} from '../decode/syscalls.js'
import {decodeEventloop, type EventloopSnapshot} from '../decode/eventloop.js'
import {decodeSched, type SchedSnapshot} from '../decode/sched.js'
import {decodeLkl, type LklSnapshot} from '../decode/lkl.js'
import {decodeNodejs, type NodejsSnapshot} from '../decode/nodejs.js'
import {decodeListeners, type ListenersSnapshot} from '../decode/listeners.js'
import {ingestStacks} from '../decode/stacks.js'
import {emptyProfile, type Profile} from './stacks.js'
import type {NetKnobs} from '../collector/net-knobs.js'
import type {NicLayout} from '../collector/nic.js'
import type {Hello, PbSnapshot} from '../collector/loader.js'
import {syscallName} from '../syscalls/table.js'

export interface SyscallView {
  nr: number
  name: string
  count: bigint
  errors: bigint
  errnos: Map<number, bigint>
  totalNs: bigint
  maxNs: bigint
  latencyLog2Ns: bigint[]
  /** Calls per second over the last interval (0 before the second snapshot). */
  recentRate: number
}

export interface ThreadView {
  tid: number
  name: string
  exited: boolean
  totalCalls: bigint
  syscalls: SyscallView[]
}

export interface ProbeView {
  name: string
  attached: boolean
  variant: string
  error: string
}

/**
 * Session state: what the loader said at attach, and the cumulative
 * totals of the latest snapshot (every snapshot carries totals since attach,
 * so a lost or skipped one costs nothing).
 */
export class Session {
  readonly pid: number
  /** Mutable: `run` learns the command's name once it has exec'ed. */
  comm: string
  cmdline: string[]
  readonly machine: string
  readonly kernel: string
  readonly ncpus: number
  readonly attachedNs: bigint
  readonly attachDurationNs: bigint
  readonly probes: ProbeView[]
  latest?: SyscallSnapshot
  private previous?: SyscallSnapshot
  /** The eventloop probe's totals, when it is attached. */
  eventloop?: EventloopSnapshot
  /** The sched probe's totals, when it is attached. */
  sched?: SchedSnapshot
  /** The lkl probe's findings (user-space network stacks) and LKL counts, when it is attached. */
  lkl?: LklSnapshot
  /** The nodejs probe's view of a Node.js target (threadpool, io_uring, event loop), when it is attached. */
  nodejs?: NodejsSnapshot
  /** The listeners probe's listing of the target's listening sockets, when it is attached. */
  listeners?: ListenersSnapshot
  /** The stacks probe's profile, when it is attached: every snapshot adds to it. */
  stacks?: Profile
  /** System busy-poll knobs when the probes went live, and as last read. */
  netKnobsAtStart?: NetKnobs
  netKnobsLatest?: NetKnobs
  /** NIC queues, IRQ affinity, RPS/XPS: read when the probes went live, replaced by the read at the end. */
  nic?: NicLayout
  /** Each thread's CPU time when first seen, for on-CPU shares over the session. */
  private readonly firstCpu = new Map<number, {oncpuNs: bigint; atNs: bigint}>()
  /** The latest snapshot's threads by tid: views look names up per thread on every refresh. */
  private threadsByTid = new Map<number, ThreadName>()
  /** Pinning changes seen between snapshots (a change and its undo within one interval is not seen; the sched_setaffinity count is). */
  readonly affinityChanges: {tid: number; atNs: bigint; from: number[]; to: number[]}[] = []
  /**
   * Main-thread samples (stack id → samples) of the snapshot intervals that
   * overlap an event-loop stall: the stacks probe counts per stack, not per
   * moment, so this is what can be said about where the stalls ran.
   */
  readonly stallStackSamples = new Map<number, number>()
  private mainSamplesBefore = new Map<number, number>()
  /** The main thread's samples per recent snapshot interval, until a stall that overlaps it is known. */
  private recentIntervals: {fromNs: bigint; toNs: bigint; deltas: Map<number, number>; attributed: boolean}[] = []
  private readonly stallsAttributed = new Set<bigint>()
  endReason?: string
  readonly startedAt = new Date()

  constructor(hello: Hello) {
    this.pid = hello.targetTgid ?? 0
    this.comm = targetText(hello.targetComm)
    this.cmdline = cmdlineArgs(hello.targetCmdline)
    this.machine = hello.machine ?? ''
    this.kernel = hello.kernelRelease ?? ''
    this.ncpus = hello.ncpus ?? 0
    this.attachedNs = u64(hello.attachedMonotonicNs)
    this.attachDurationNs = u64(hello.attachDurationNs)
    this.probes = (hello.probes ?? []).map((p) => ({name: p.name ?? '', attached: p.attached ?? false, variant: p.variant ?? '', error: p.error ?? ''}))
    if (this.probes.some((p) => p.name === 'stacks' && p.attached)) this.stacks = emptyProfile({pid: this.pid, comm: this.comm, cmdline: this.cmdline}, this.startedAt)
  }

  apply(snapshot: PbSnapshot): void {
    this.previous = this.latest
    this.latest = decodeSnapshot(snapshot)
    const threadsBefore = this.threadsByTid
    this.threadsByTid = new Map(this.latest.threads.map((t) => [t.tid, t]))
    for (const t of this.latest.threads) {
      const from = threadsBefore.get(t.tid)?.cpusAllowed
      if (from && t.cpusAllowed && from.join(',') !== t.cpusAllowed.join(',')) {
        this.affinityChanges.push({tid: t.tid, atNs: this.latest.monotonicNs, from, to: t.cpusAllowed})
      }
    }
    if (this.probes.some((p) => p.name === 'eventloop' && p.attached)) {
      const before = this.eventloop
      this.eventloop = decodeEventloop(snapshot)
      // A target that has exited has no fds left to list: keep the last listing seen alive.
      if (!this.latest.targetAlive && before && this.eventloop.sockets.length === 0 && this.eventloop.epollInstances.length === 0) {
        this.eventloop.sockets = before.sockets
        this.eventloop.epollInstances = before.epollInstances
      }
    }
    if (this.probes.some((p) => p.name === 'listeners' && p.attached)) {
      const before = this.listeners
      this.listeners = decodeListeners(snapshot)
      // An exited target has no sockets left to list: keep the last listing seen.
      if (!this.latest.targetAlive && before && this.listeners.listeners.length === 0) this.listeners.listeners = before.listeners
    }
    if (this.probes.some((p) => p.name === 'sched' && p.attached)) this.sched = decodeSched(snapshot)
    if (this.stacks) {
      ingestStacks(this.stacks, snapshot)
      // `run` learns the command's name after exec; exited threads keep the last name seen.
      this.stacks.target = {pid: this.pid, comm: this.comm, cmdline: this.cmdline}
      for (const t of this.latest.threads) this.stacks.threads.set(t.tid, {tid: t.tid, name: t.name})
      this.stacks.durationNs = this.latest.monotonicNs - this.attachedNs
    }
    if (this.probes.some((p) => p.name === 'lkl' && p.attached)) this.lkl = decodeLkl(snapshot, this.lkl)
    if (this.probes.some((p) => p.name === 'nodejs' && p.attached)) this.nodejs = decodeNodejs(snapshot, this.nodejs)
    if (this.stacks && this.nodejs?.loop) this.noteStallStacks(this.stacks, this.nodejs.loop.recentStalls)
    for (const t of this.latest.threads) {
      if (t.oncpuNs !== null && !this.firstCpu.has(t.tid)) this.firstCpu.set(t.tid, {oncpuNs: t.oncpuNs, atNs: this.latest.monotonicNs})
    }
  }

  /** Keeps the main thread's samples of this interval, and adds those of every interval a newly ended stall overlaps to stallStackSamples. */
  private noteStallStacks(profile: Profile, stalls: readonly {startNs: bigint; lengthNs: bigint}[]): void {
    const now = new Map<number, number>()
    for (const s of profile.samples) if (s.tid === this.pid && s.samples > 0) now.set(s.stackId, (now.get(s.stackId) ?? 0) + s.samples)
    const deltas = new Map<number, number>()
    for (const [stackId, n] of now) {
      const delta = n - (this.mainSamplesBefore.get(stackId) ?? 0)
      if (delta > 0) deltas.set(stackId, delta)
    }
    const toNs = this.latest!.monotonicNs
    this.recentIntervals.push({fromNs: this.recentIntervals.at(-1)?.toNs ?? this.attachedNs, toNs, deltas, attributed: false})
    this.mainSamplesBefore = now
    for (const stall of stalls) {
      if (this.stallsAttributed.has(stall.startNs)) continue
      this.stallsAttributed.add(stall.startNs)
      const endNs = stall.startNs + stall.lengthNs
      for (const interval of this.recentIntervals) {
        if (interval.attributed || interval.fromNs >= endNs || interval.toNs <= stall.startNs) continue
        interval.attributed = true
        for (const [stackId, n] of interval.deltas) this.stallStackSamples.set(stackId, (this.stallStackSamples.get(stackId) ?? 0) + n)
      }
    }
    // A stall is known once it ends: a few seconds of intervals are enough to find the ones it overlapped.
    if (this.recentIntervals.length > 64) this.recentIntervals = this.recentIntervals.slice(-64)
  }

  /**
   * Share of wall time a thread spent on CPU, between the first snapshot that
   * saw it and the latest one that still did; null with under 0.5 s of data.
   */
  onCpuShare(tid: number): number | null {
    const first = this.firstCpu.get(tid)
    const now = this.threadsByTid.get(tid)
    if (!first || !now || now.oncpuNs === null || now.exited) return null
    const wall = Number(this.latest!.monotonicNs - first.atNs)
    if (wall < 5e8) return null
    // CPU time going backwards means another thread now has this tid.
    if (now.oncpuNs < first.oncpuNs) return null
    return Math.min(1, Number(now.oncpuNs - first.oncpuNs) / wall)
  }

  /** A thread as the latest snapshot saw it: name, CPU time, pinning, last CPU. */
  thread(tid: number): ThreadName | undefined {
    return this.threadsByTid.get(tid)
  }

  /** The name a thread had in the latest snapshot. */
  threadName(tid: number): string {
    return this.threadsByTid.get(tid)?.name ?? '?'
  }

  finish(snapshot: PbSnapshot | undefined, reason: string): void {
    if (snapshot) this.apply(snapshot)
    this.endReason = reason
  }

  /** False with the count-only probe (--no-latency): times and histograms are not measured. */
  get latencyMeasured(): boolean {
    return !this.probes.some((p) => p.name === 'syscalls' && p.variant === 'count-only')
  }

  get targetExited(): boolean {
    return this.endReason === 'target-exited'
  }

  /** Seconds from probes live to the latest snapshot. */
  get elapsedSeconds(): number {
    if (!this.latest) return 0
    return Number(this.latest.monotonicNs - this.attachedNs) / 1e9
  }

  get counters(): ProbeCounters {
    return this.latest?.counters ?? {statsMapFull: 0n, errnoMapFull: 0n, startStoreFailed: 0n, unmatchedExits: 0n, threadMapFull: 0n}
  }

  /** Threads, busiest first; syscalls within a thread by count. */
  threads(): ThreadView[] {
    const snap = this.latest
    if (!snap) return []
    const names = this.threadsByTid
    const before = new Map((this.previous?.stats ?? []).map((s) => [`${s.tid}:${s.nr}`, s]))
    const intervalSeconds = this.previous ? Number(snap.monotonicNs - this.previous.monotonicNs) / 1e9 : 0
    const byTid = new Map<number, ThreadView>()
    for (const stat of snap.stats) {
      let thread = byTid.get(stat.tid)
      if (!thread) {
        const known = names.get(stat.tid)
        thread = {tid: stat.tid, name: known?.name ?? '?', exited: known?.exited ?? false, totalCalls: 0n, syscalls: []}
        byTid.set(stat.tid, thread)
      }
      thread.totalCalls += stat.count
      thread.syscalls.push(this.view(stat, before.get(`${stat.tid}:${stat.nr}`), intervalSeconds))
    }
    const threads = [...byTid.values()]
    for (const t of threads) t.syscalls.sort((a, b) => compareBig(b.count, a.count) || a.nr - b.nr)
    return threads.sort((a, b) => compareBig(b.totalCalls, a.totalCalls) || a.tid - b.tid)
  }

  private view(stat: SyscallStat, before: SyscallStat | undefined, intervalSeconds: number): SyscallView {
    const delta = before ? stat.count - before.count : stat.count
    return {
      nr: stat.nr,
      name: syscallName(this.machine, stat.nr),
      count: stat.count,
      errors: stat.errors,
      errnos: stat.errnos,
      totalNs: stat.totalNs,
      maxNs: stat.maxNs,
      latencyLog2Ns: stat.latencyLog2Ns,
      recentRate: intervalSeconds > 0 ? Number(delta) / intervalSeconds : 0,
    }
  }
}

export function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0
}
