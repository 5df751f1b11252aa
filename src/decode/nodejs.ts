import type Long from 'long'
import type {stackprof} from '../proto/stackprof.pb.js'
import {targetString, u64} from './syscalls.js'

type PbSnapshot = stackprof.v1.ISnapshot

/** Log2 slots of the nodejs probe's histograms, as NODEJS_HIST_SLOTS in probes/nodejs.h: slot i is [2^i, 2^(i+1)) ns, the last open. */
export const NODEJS_HIST_SLOTS = 40

export interface NodejsWorkKind {
  /** fs, dns, user (uv_queue_work: crypto, zlib, addons), random. */
  kind: string
  count: bigint
  waited: bigint
  waitTotalNs: bigint
  waitMaxNs: bigint
  waitLog2Ns: bigint[]
  runCount: bigint
  runTotalNs: bigint
  runMaxNs: bigint
  runLog2Ns: bigint[]
}

export interface NodejsWorker {
  tid: number
  items: bigint
  busyNs: bigint
  /** CLOCK_MONOTONIC start of the item running now; 0n idle. */
  runningSinceNs: bigint
}

export interface NodejsLoop {
  waits: bigint
  waitNs: bigint
  runNs: bigint
  ticks: bigint
  stalls: bigint
  stallTotalNs: bigint
  stallMaxNs: bigint
  stallLog2Ns: bigint[]
  /** The last 64, oldest first. */
  recentStalls: {startNs: bigint; lengthNs: bigint}[]
  inWait: boolean
  lastExitNs: bigint
}

export interface NodejsRing {
  fd: number
  sqEntries: number
  cqEntries: number
  flags: number
  submitted: bigint
  completed: bigint
  sqThreadSubmitted: bigint
}

export interface NodejsSnapshot {
  found: boolean
  path: string
  foundBy: string
  nodeVersion: string
  libuvVersion: string
  threadpoolSizeEnv: string
  useIoUringEnv: string
  perfBasicProf: boolean
  environReadable: boolean
  uprobes: string[]
  error: string
  stallThresholdNs: bigint
  ioUringAvailable: boolean
  kinds: NodejsWorkKind[]
  workers: NodejsWorker[]
  submitted: bigint
  started: bigint
  maxDepth: bigint
  loop: NodejsLoop | null
  rings: NodejsRing[]
  uringSubmits: {opcode: number; name: string; count: bigint}[]
  sqpollTids: number[]
  counters: {pendingMapFull: bigint; workersMapFull: bigint; ringsMapFull: bigint; unsubmittedStarts: bigint; syncCalls: bigint; unmatchedReturns: bigint; nested: bigint}
  /** Queue depth (submitted, not started) at each snapshot: [CLOCK_MONOTONIC ns, depth]. */
  /** Per snapshot: items queued then (depth), and the most queued at once since the previous point (peak). */
  depthSeries: {atNs: bigint; depth: bigint; peak: bigint}[]
}

function slots(values: readonly (number | Long)[] | null | undefined): bigint[] {
  const all = (values ?? []).map((v) => u64(v))
  return Array.from({length: NODEJS_HIST_SLOTS}, (_, i) =>
    i < NODEJS_HIST_SLOTS - 1 ? all[i] ?? 0n : all.slice(i).reduce((a, v) => a + v, 0n))
}

// eslint-disable-next-line no-control-regex
const clean = targetString

/** `before`: the session's previous decode, for the depth series. Undefined when the snapshot has no nodejs part. */
function mergePairs(series: NodejsSnapshot['depthSeries']): NodejsSnapshot['depthSeries'] {
  const out: NodejsSnapshot['depthSeries'] = []
  for (let i = 0; i < series.length; i += 2) {
    const [a, b] = [series[i], series[i + 1]]
    out.push(b ? {...b, peak: a.peak > b.peak ? a.peak : b.peak} : a)
  }
  return out
}

export function decodeNodejs(snapshot: PbSnapshot, before?: NodejsSnapshot): NodejsSnapshot | undefined {
  const n = snapshot.nodejs
  if (!n) return before
  const c = n.counters ?? {}
  const l = n.loop
  const submitted = u64(n.submitted)
  const started = u64(n.started)
  const at = u64(snapshot.monotonicNs)
  const series = [...(before?.depthSeries ?? [])]
  if (n.found) {
    const depth = submitted > started ? submitted - started : 0n
    const peak = u64(n.depthPeak)
    series.push({atNs: at, depth, peak: peak > depth ? peak : depth})
  }
  // Bounded: an hour at one snapshot a second, then pairs merge into their later point, keeping the higher peak.
  const depthSeries = series.length > 3600 ? mergePairs(series) : series
  return {
    found: n.found ?? false,
    path: clean(n.path),
    foundBy: n.foundBy ?? '',
    nodeVersion: clean(n.nodeVersion),
    libuvVersion: clean(n.libuvVersion),
    threadpoolSizeEnv: clean(n.threadpoolSizeEnv),
    useIoUringEnv: clean(n.useIoUringEnv),
    perfBasicProf: n.perfBasicProf ?? false,
    environReadable: n.environReadable ?? false,
    uprobes: [...(n.uprobes ?? [])],
    error: clean(n.error),
    stallThresholdNs: u64(n.stallThresholdNs),
    ioUringAvailable: n.ioUringAvailable ?? false,
    kinds: (n.kinds ?? []).map((k) => ({
      kind: k.kind ?? '',
      count: u64(k.count),
      waited: u64(k.waited),
      waitTotalNs: u64(k.waitTotalNs),
      waitMaxNs: u64(k.waitMaxNs),
      waitLog2Ns: slots(k.waitLog2Ns),
      runCount: u64(k.runCount),
      runTotalNs: u64(k.runTotalNs),
      runMaxNs: u64(k.runMaxNs),
      runLog2Ns: slots(k.runLog2Ns),
    })),
    workers: (n.workers ?? []).map((w) => ({tid: w.tid ?? 0, items: u64(w.items), busyNs: u64(w.busyNs), runningSinceNs: u64(w.runningSinceNs)})),
    submitted,
    started,
    maxDepth: u64(n.maxDepth),
    loop: l ? {
      waits: u64(l.waits),
      waitNs: u64(l.waitNs),
      runNs: u64(l.runNs),
      ticks: u64(l.ticks),
      stalls: u64(l.stalls),
      stallTotalNs: u64(l.stallTotalNs),
      stallMaxNs: u64(l.stallMaxNs),
      stallLog2Ns: slots(l.stallLog2Ns),
      recentStalls: (l.recentStalls ?? []).map((s) => ({startNs: u64(s.startNs), lengthNs: u64(s.lengthNs)})),
      inWait: l.inWait ?? false,
      lastExitNs: u64(l.lastExitNs),
    } : null,
    rings: (n.rings ?? []).map((r) => ({
      fd: r.fd ?? -1, sqEntries: r.sqEntries ?? 0, cqEntries: r.cqEntries ?? 0, flags: r.flags ?? 0,
      submitted: u64(r.submitted), completed: u64(r.completed), sqThreadSubmitted: u64(r.sqThreadSubmitted),
    })),
    uringSubmits: (n.uringSubmits ?? []).map((o) => ({opcode: o.opcode ?? 0, name: o.name ?? '', count: u64(o.count)})),
    sqpollTids: [...(n.sqpollTids ?? [])],
    counters: {
      pendingMapFull: u64(c.pendingMapFull), workersMapFull: u64(c.workersMapFull), ringsMapFull: u64(c.ringsMapFull),
      unsubmittedStarts: u64(c.unsubmittedStarts), syncCalls: u64(c.syncCalls), unmatchedReturns: u64(c.unmatchedReturns), nested: u64(c.nested),
    },
    depthSeries,
  }
}
