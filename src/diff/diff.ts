/**
 * What changed between two sessions of the same program: `stackprof diff`.
 * A pure function of two Sessions (live or read back from recordings), so it
 * is tested with hand-built sessions and renders to text, JSON, a
 * differential flame graph and a two-column folded file.
 *
 * Every rate is per second over each session's own length, and every stack
 * share is over each profile's own sample total: a 10 s recording compares
 * fairly with a 60 s one. A probe that one side did not run is said, never
 * filled in with zeros.
 */
import {TIMEOUT_CLASSES, type TimeoutClass} from '../decode/eventloop.js'
import {diagnose} from '../diagnose/engine.js'
import type {Finding, Severity} from '../diagnose/finding.js'
import {displayLabel, stackFrames} from '../export/common.js'
import {loopThreads, type LoopThreadView} from '../model/eventloop.js'
import {endpoint, listenerGroups, type Locality} from '../model/listeners.js'
import {activeSchedThreads, type SchedThreadView} from '../model/sched.js'
import type {Session} from '../model/session.js'
import type {FrameKind, Profile} from '../model/stacks.js'
import {timeoutSpread} from '../render/eventloop.js'

export interface SideInfo {
  /** What the user calls it: the recording's file name. */
  label: string
  pid: number
  comm: string
  cmdline: string[]
  kernel: string
  cpus: number
  durationSeconds: number
  /** Probes that ran (attached). */
  probes: string[]
}

/** A per-second rate on both sides. */
export interface RateChange {
  before: number
  after: number
  /** after − before, per second. */
  delta: number
  /** Relative change in percent; null when before is 0. */
  percent: number | null
}

export interface SyscallChange extends RateChange {
  name: string
  beforeCount: number
  afterCount: number
  /** appeared: none before; disappeared: none after. */
  status: 'appeared' | 'disappeared' | 'both'
}

export interface ThreadRef {
  tid: number
  name: string
}

/**
 * How a thread of one session was paired with one of the other: tids are
 * rarely the same across runs, names usually are.
 *   name                a name that only one thread has on each side
 *   name and tid        a shared name (a pool), and the same tid
 *   name, in tid order  a shared name, paired in tid order (the pool's n-th thread)
 *   tid                 the same tid under another name
 *   before only / after only: no partner
 */
export type MatchedBy = 'name' | 'name and tid' | 'name, in tid order' | 'tid' | 'before only' | 'after only'

export interface ThreadPair {
  before: ThreadRef | null
  after: ThreadRef | null
  matchedBy: MatchedBy
  /** "reactor-0", "main → server", "worker (before only)". */
  label: string
}

export interface ThreadSyscalls {
  thread: ThreadPair
  total: RateChange
  /** Largest absolute change first. */
  syscalls: SyscallChange[]
}

export interface SchedSide {
  voluntaryPerSecond: number
  involuntaryPerSecond: number
  migrationsPerSecond: number
  /** The sched probe's CPU time over the session's length. */
  onCpuShare: number
}

export interface SchedThreadDiff {
  thread: ThreadPair
  before: SchedSide | null
  after: SchedSide | null
}

export interface LoopSide {
  callsPerSecond: number
  emptyShare: number
  zeroTimeoutShare: number
  spinningPerSecond: number
  /** Share of calls per timeout class (-1, 0, <100µs, <1ms, <10ms, longer, unreadable). */
  timeouts: Record<TimeoutClass, number>
  /** "0: 99%, -1: 1%", as the live view shows it. */
  spread: string
  /** The epoll syscalls it used, busiest first. */
  syscalls: string[]
}

export interface LoopThreadDiff {
  thread: ThreadPair
  before: LoopSide | null
  after: LoopSide | null
}

export interface LocalitySide {
  servedBy: string | null
  locality: Locality
  text: string
}

export interface LocalityRowDiff {
  /** "127.0.0.1:8080/tcp"; "127.0.0.1:40123/tcp → 127.0.0.1:40517/tcp" when the port changed (see localityDiff). */
  port: string
  /** The reuseport group index; null when unknown. */
  index: number | null
  before: LocalitySide | null
  after: LocalitySide | null
  changed: boolean
}

export interface FindingChange {
  rule: string
  /** The thread's name, for per-thread findings. */
  thread: string | null
  severity: Severity
  title: string
  status: 'appeared' | 'disappeared' | 'persisted'
}

export interface FunctionChange {
  name: string
  kind: FrameKind
  module: string
  /** Samples with this function as the leaf, raw. */
  beforeSelf: number
  afterSelf: number
  /** Self samples over each profile's total. */
  beforeSelfShare: number
  afterSelfShare: number
  /** afterSelfShare − beforeSelfShare. */
  selfDelta: number
  /** With the function anywhere on the stack (once per stack). */
  beforeTotalShare: number
  afterTotalShare: number
  totalDelta: number
}

export interface StacksDiff {
  beforeSamples: number
  afterSamples: number
  /** Self share grew most first. */
  grew: FunctionChange[]
  /** Self share shrank most first. */
  shrank: FunctionChange[]
}

/** A section both sides could fill, or why not. */
export type Section<T> = {available: true; value: T} | {available: false; reason: string}

export interface SessionDiff {
  before: SideInfo
  after: SideInfo
  /** What cannot be compared, and anything that makes the comparison doubtful. */
  notes: string[]
  threads: ThreadPair[]
  syscalls: {process: {total: RateChange; syscalls: SyscallChange[]}; threads: ThreadSyscalls[]}
  sched: Section<SchedThreadDiff[]>
  eventloop: Section<LoopThreadDiff[]>
  locality: Section<LocalityRowDiff[]>
  findings: FindingChange[]
  stacks: Section<StacksDiff>
}

export interface DiffOptions {
  beforeLabel?: string
  afterLabel?: string
  /** Functions listed as grown and as shrunk; default 10. */
  topFunctions?: number
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

export function rateChange(before: number, after: number): RateChange {
  return {
    before: round(before, 3),
    after: round(after, 3),
    delta: round(after - before, 3),
    percent: before > 0 ? round((100 * (after - before)) / before, 1) : null,
  }
}

const perSecond = (count: number, seconds: number) => (seconds > 0 ? count / seconds : 0)

function sideInfo(session: Session, label: string): SideInfo {
  return {
    label,
    pid: session.pid,
    comm: session.comm,
    cmdline: session.cmdline,
    kernel: session.kernel,
    cpus: session.ncpus,
    durationSeconds: round(session.elapsedSeconds, 3),
    probes: session.probes.filter((p) => p.attached).map((p) => p.name),
  }
}

function probeRan(session: Session, name: string): boolean {
  return session.probes.some((p) => p.name === name && p.attached)
}

/** "sched probe not in before.spr", "… in either recording"; null when both sides ran it. */
function missingProbe(name: string, before: Session, after: Session, labels: {before: string; after: string}): string | null {
  const b = probeRan(before, name)
  const a = probeRan(after, name)
  if (b && a) return null
  if (!b && !a) return `${name} probe in neither ${labels.before} nor ${labels.after}`
  return `${name} probe not in ${b ? labels.after : labels.before}`
}

// ---- Threads ----

/** Every thread a session knows something about: syscalls, sched, epoll or stack samples. */
function threadsOf(session: Session): ThreadRef[] {
  const tids = new Set<number>()
  for (const t of session.threads()) tids.add(t.tid)
  for (const t of activeSchedThreads(session)) tids.add(t.tid)
  for (const t of loopThreads(session)) tids.add(t.tid)
  for (const s of session.stacks?.samples ?? []) if (s.samples > 0) tids.add(s.tid)
  const name = (tid: number) => {
    const live = session.threadName(tid)
    return live !== '?' ? live : session.stacks?.threads.get(tid)?.name ?? '?'
  }
  return [...tids].sort((a, b) => a - b).map((tid) => ({tid, name: name(tid)}))
}

/**
 * Pairs the threads of two sessions: by name first (a restarted server
 * has new tids, its threads keep their names), then by tid for what is left.
 */
export function matchThreads(before: ThreadRef[], after: ThreadRef[]): ThreadPair[] {
  const pairs: ThreadPair[] = []
  const usedB = new Set<number>()
  const usedA = new Set<number>()
  const byName = (list: ThreadRef[]) => {
    const m = new Map<string, ThreadRef[]>()
    // An unknown name ("?") says nothing about identity.
    for (const t of list) if (t.name !== '?') m.set(t.name, [...(m.get(t.name) ?? []), t])
    return m
  }
  const namesB = byName(before)
  const namesA = byName(after)
  const pair = (b: ThreadRef, a: ThreadRef, matchedBy: MatchedBy) => {
    usedB.add(b.tid)
    usedA.add(a.tid)
    pairs.push({before: b, after: a, matchedBy, label: b.name === a.name ? b.name : `${b.name} → ${a.name}`})
  }
  for (const [name, bs] of namesB) {
    const as = namesA.get(name)
    if (!as) continue
    if (bs.length === 1 && as.length === 1) {
      pair(bs[0], as[0], 'name')
      continue
    }
    const sameTid = new Set(as.map((t) => t.tid))
    for (const b of bs) if (sameTid.has(b.tid)) pair(b, as.find((a) => a.tid === b.tid)!, 'name and tid')
    const restB = bs.filter((t) => !usedB.has(t.tid))
    const restA = as.filter((t) => !usedA.has(t.tid))
    for (let i = 0; i < Math.min(restB.length, restA.length); i++) pair(restB[i], restA[i], 'name, in tid order')
  }
  const leftA = new Map(after.filter((t) => !usedA.has(t.tid)).map((t) => [t.tid, t]))
  for (const b of before) {
    if (usedB.has(b.tid)) continue
    const a = leftA.get(b.tid)
    if (a) {
      pair(b, a, 'tid')
      leftA.delete(b.tid)
    }
  }
  for (const b of before) if (!usedB.has(b.tid)) pairs.push({before: b, after: null, matchedBy: 'before only', label: `${b.name} (before only)`})
  for (const a of leftA.values()) pairs.push({before: null, after: a, matchedBy: 'after only', label: `${a.name} (after only)`})
  return pairs
}

class Pairing {
  constructor(readonly pairs: ThreadPair[]) {}

  /** Pairs with data on either side, in the order of `pairs`. */
  join<T>(before: Map<number, T>, after: Map<number, T>): {thread: ThreadPair; before: T | null; after: T | null}[] {
    return this.pairs
      .map((thread) => ({thread, before: thread.before ? before.get(thread.before.tid) ?? null : null, after: thread.after ? after.get(thread.after.tid) ?? null : null}))
      .filter((r) => r.before !== null || r.after !== null)
  }
}

// ---- Syscalls ----

function syscallChanges(before: Map<string, number>, after: Map<string, number>, secondsB: number, secondsA: number): SyscallChange[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names]
    .map((name): SyscallChange => {
      const b = before.get(name) ?? 0
      const a = after.get(name) ?? 0
      return {name, ...rateChange(perSecond(b, secondsB), perSecond(a, secondsA)), beforeCount: b, afterCount: a, status: b === 0 ? 'appeared' : a === 0 ? 'disappeared' : 'both'}
    })
    .filter((s) => s.beforeCount > 0 || s.afterCount > 0)
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.name.localeCompare(y.name))
}

function syscallCounts(session: Session): {process: Map<string, number>; byTid: Map<number, Map<string, number>>} {
  const process = new Map<string, number>()
  const byTid = new Map<number, Map<string, number>>()
  for (const t of session.threads()) {
    const own = new Map<string, number>()
    for (const s of t.syscalls) {
      own.set(s.name, (own.get(s.name) ?? 0) + Number(s.count))
      process.set(s.name, (process.get(s.name) ?? 0) + Number(s.count))
    }
    byTid.set(t.tid, own)
  }
  return {process, byTid}
}

const sum = (m: Map<string, number> | null | undefined) => [...(m?.values() ?? [])].reduce((a, b) => a + b, 0)

// ---- Per-probe sides ----

function schedSide(t: SchedThreadView, seconds: number): SchedSide {
  return {
    voluntaryPerSecond: round(t.voluntaryPerSecond, 3),
    involuntaryPerSecond: round(t.involuntaryPerSecond, 3),
    migrationsPerSecond: round(t.migrationsPerSecond, 3),
    onCpuShare: seconds > 0 ? round(Math.min(1, Number(t.oncpuNs) / (seconds * 1e9)), 4) : 0,
  }
}

function loopSide(t: LoopThreadView): LoopSide {
  const calls = Number(t.calls)
  const syscalls = new Map<string, bigint>()
  for (const e of t.epolls) syscalls.set(e.syscall, (syscalls.get(e.syscall) ?? 0n) + e.calls)
  return {
    callsPerSecond: round(t.callsPerSecond, 3),
    emptyShare: round(t.emptyShare, 4),
    zeroTimeoutShare: round(t.zeroTimeoutShare, 4),
    spinningPerSecond: round(t.spinningPerSecond, 3),
    timeouts: Object.fromEntries(TIMEOUT_CLASSES.map((c) => [c, calls > 0 ? round(Number(t.timeouts[c]) / calls, 4) : 0])) as Record<TimeoutClass, number>,
    spread: timeoutSpread(t.timeouts, t.calls),
    syscalls: [...syscalls].sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0)).map(([name]) => name),
  }
}

interface PortRows {
  port: string
  protocol: string
  /** By group index (or fd when the index is unknown: fds are not stable across runs, the index is what steering picks). */
  rows: Map<string, {index: number | null; side: LocalitySide}>
}

function localityPorts(session: Session): PortRows[] {
  return listenerGroups(session).map((g) => ({
    port: `${endpoint(g)}/${g.protocol}`,
    protocol: g.protocol,
    rows: new Map(g.sockets.map((r) => [String(r.index ?? `fd${r.fd}`), {index: r.index, side: {servedBy: r.servingThread?.name ?? null, locality: r.locality, text: r.localityText}}])),
  }))
}

/**
 * Ports are paired by address and port; a port left over on both sides
 * (a server that listens on an ephemeral port, say) is paired with the
 * other side's left-over port of the same protocol, in order, and the row
 * names both.
 */
export function localityDiff(before: Session, after: Session): LocalityRowDiff[] {
  const b = localityPorts(before)
  const a = localityPorts(after)
  const pairs: [PortRows | null, PortRows | null][] = []
  const usedA = new Set<PortRows>()
  const leftB: PortRows[] = []
  for (const pb of b) {
    const pa = a.find((x) => x.port === pb.port && !usedA.has(x))
    if (pa) {
      usedA.add(pa)
      pairs.push([pb, pa])
    } else leftB.push(pb)
  }
  for (const pb of leftB) {
    const pa = a.find((x) => x.protocol === pb.protocol && !usedA.has(x) && !b.some((y) => y.port === x.port))
    if (pa) usedA.add(pa)
    pairs.push([pb, pa ?? null])
  }
  for (const pa of a) if (!usedA.has(pa)) pairs.push([null, pa])
  const out: LocalityRowDiff[] = []
  for (const [pb, pa] of pairs) {
    const port = pb && pa && pb.port !== pa.port ? `${pb.port} → ${pa.port}` : (pb ?? pa)!.port
    const keys = [...new Set([...(pb?.rows.keys() ?? []), ...(pa?.rows.keys() ?? [])])]
    for (const key of keys) {
      const rb = pb?.rows.get(key)
      const ra = pa?.rows.get(key)
      const changed = !rb || !ra || rb.side.locality !== ra.side.locality || rb.side.servedBy !== ra.side.servedBy
      out.push({port, index: (rb ?? ra)!.index, before: rb?.side ?? null, after: ra?.side ?? null, changed})
    }
  }
  return out.sort((x, y) => x.port.localeCompare(y.port) || (x.index ?? Infinity) - (y.index ?? Infinity))
}

function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.thread?.name ?? ''}`
}

function findingChanges(before: Finding[], after: Finding[]): FindingChange[] {
  const b = new Map(before.map((f) => [findingKey(f), f]))
  const a = new Map(after.map((f) => [findingKey(f), f]))
  const out: FindingChange[] = []
  const change = (f: Finding, status: FindingChange['status']): FindingChange => ({rule: f.rule, thread: f.thread?.name ?? null, severity: f.severity, title: f.title, status})
  for (const [k, f] of a) out.push(change(f, b.has(k) ? 'persisted' : 'appeared'))
  for (const [k, f] of b) if (!a.has(k)) out.push(change(f, 'disappeared'))
  const rank = {appeared: 0, disappeared: 1, persisted: 2}
  return out.sort((x, y) => rank[x.status] - rank[y.status] || x.rule.localeCompare(y.rule) || (x.thread ?? '').localeCompare(y.thread ?? ''))
}

// ---- Stacks ----

interface FunctionSamples {
  name: string
  kind: FrameKind
  module: string
  self: number
  total: number
}

/** On-CPU samples per function (self: as the leaf; total: anywhere, once per stack), and the profile's total. */
export function functionSamples(profile: Profile): {total: number; functions: Map<string, FunctionSamples>} {
  const functions = new Map<string, FunctionSamples>()
  let total = 0
  for (const s of profile.samples) {
    if (s.samples <= 0) continue
    total += s.samples
    const frames = stackFrames(profile, profile.stacks.get(s.stackId))
    const seen = new Set<string>()
    frames.forEach((f, i) => {
      const name = displayLabel(profile, f, false)
      const key = `${name}\u0000${f.kind}`
      let fn = functions.get(key)
      if (!fn) functions.set(key, (fn = {name, kind: f.kind, module: profile.modules.get(f.moduleId)?.path ?? '', self: 0, total: 0}))
      if (i === 0) fn.self += s.samples
      if (!seen.has(key)) {
        seen.add(key)
        fn.total += s.samples
      }
    })
  }
  return {total, functions}
}

function stacksDiff(before: Profile, after: Profile, top: number): StacksDiff {
  const b = functionSamples(before)
  const a = functionSamples(after)
  const share = (n: number, total: number) => (total > 0 ? n / total : 0)
  const keys = new Set([...b.functions.keys(), ...a.functions.keys()])
  const changes = [...keys].map((key): FunctionChange => {
    const fb = b.functions.get(key)
    const fa = a.functions.get(key)
    const any = (fa ?? fb)!
    const bs = share(fb?.self ?? 0, b.total)
    const as = share(fa?.self ?? 0, a.total)
    const bt = share(fb?.total ?? 0, b.total)
    const at = share(fa?.total ?? 0, a.total)
    return {
      name: any.name, kind: any.kind, module: any.module,
      beforeSelf: fb?.self ?? 0, afterSelf: fa?.self ?? 0,
      beforeSelfShare: round(bs, 6), afterSelfShare: round(as, 6), selfDelta: round(as - bs, 6),
      beforeTotalShare: round(bt, 6), afterTotalShare: round(at, 6), totalDelta: round(at - bt, 6),
    }
  }).filter((c) => c.beforeSelf > 0 || c.afterSelf > 0)
  const byName = (x: FunctionChange, y: FunctionChange) => x.name.localeCompare(y.name) || x.kind.localeCompare(y.kind)
  return {
    beforeSamples: b.total,
    afterSamples: a.total,
    grew: changes.filter((c) => c.selfDelta > 0).sort((x, y) => y.selfDelta - x.selfDelta || byName(x, y)).slice(0, top),
    shrank: changes.filter((c) => c.selfDelta < 0).sort((x, y) => x.selfDelta - y.selfDelta || byName(x, y)).slice(0, top),
  }
}

// ---- The whole diff ----

export function diffSessions(before: Session, after: Session, options: DiffOptions = {}): SessionDiff {
  const labels = {before: options.beforeLabel ?? 'before', after: options.afterLabel ?? 'after'}
  const sB = before.elapsedSeconds
  const sA = after.elapsedSeconds
  const notes: string[] = []
  if (sB <= 0) notes.push(`${labels.before} holds no snapshot: it has no rates to compare`)
  if (sA <= 0) notes.push(`${labels.after} holds no snapshot: it has no rates to compare`)
  if (before.comm !== after.comm) notes.push(`different programs: ${before.comm || '?'} in ${labels.before}, ${after.comm || '?'} in ${labels.after}`)
  if (before.ncpus !== after.ncpus && before.ncpus > 0 && after.ncpus > 0) notes.push(`different machines: ${before.ncpus} CPUs in ${labels.before}, ${after.ncpus} in ${labels.after}`)
  if (before.latencyMeasured !== after.latencyMeasured) notes.push('one side counted calls only (--no-latency); rates still compare')

  const pairing = new Pairing(matchThreads(threadsOf(before), threadsOf(after)))

  const cB = syscallCounts(before)
  const cA = syscallCounts(after)
  const threadSyscalls = pairing.join(cB.byTid, cA.byTid).map((r): ThreadSyscalls => ({
    thread: r.thread,
    total: rateChange(perSecond(sum(r.before), sB), perSecond(sum(r.after), sA)),
    syscalls: syscallChanges(r.before ?? new Map(), r.after ?? new Map(), sB, sA),
  })).sort((x, y) => Math.abs(y.total.delta) - Math.abs(x.total.delta) || x.thread.label.localeCompare(y.thread.label))

  const section = <T>(probe: string, build: () => T): Section<T> => {
    const missing = missingProbe(probe, before, after, labels)
    if (missing) {
      notes.push(missing)
      return {available: false, reason: missing}
    }
    return {available: true, value: build()}
  }

  const sched = section('sched', () => {
    const b = new Map(activeSchedThreads(before).map((t) => [t.tid, schedSide(t, sB)]))
    const a = new Map(activeSchedThreads(after).map((t) => [t.tid, schedSide(t, sA)]))
    const total = (s: SchedSide | null) => (s ? s.voluntaryPerSecond + s.involuntaryPerSecond + s.migrationsPerSecond : 0)
    return pairing.join(b, a).sort((x, y) => Math.abs(total(y.after) - total(y.before)) - Math.abs(total(x.after) - total(x.before)) || x.thread.label.localeCompare(y.thread.label))
  })

  const eventloop = section('eventloop', () => {
    const b = new Map(loopThreads(before).map((t) => [t.tid, loopSide(t)]))
    const a = new Map(loopThreads(after).map((t) => [t.tid, loopSide(t)]))
    const calls = (r: {before: LoopSide | null; after: LoopSide | null}) => Math.max(r.before?.callsPerSecond ?? 0, r.after?.callsPerSecond ?? 0)
    return pairing.join(b, a).sort((x, y) => calls(y) - calls(x) || x.thread.label.localeCompare(y.thread.label))
  })

  const locality = section('listeners', () => localityDiff(before, after))

  const stacksMissing = missingProbe('stacks', before, after, labels)
  let stacks: Section<StacksDiff>
  if (stacksMissing) {
    notes.push(stacksMissing)
    stacks = {available: false, reason: stacksMissing}
  } else {
    stacks = {available: true, value: stacksDiff(before.stacks!, after.stacks!, options.topFunctions ?? 10)}
  }

  return {
    before: sideInfo(before, labels.before),
    after: sideInfo(after, labels.after),
    notes,
    threads: pairing.pairs,
    syscalls: {
      process: {total: rateChange(perSecond(sum(cB.process), sB), perSecond(sum(cA.process), sA)), syscalls: syscallChanges(cB.process, cA.process, sB, sA)},
      threads: threadSyscalls,
    },
    sched,
    eventloop,
    locality,
    findings: findingChanges(diagnose(before), diagnose(after)),
    stacks,
  }
}
