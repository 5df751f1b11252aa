import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {errnoName} from '../syscalls/errno.js'
import {packageRoot} from '../lib/paths.js'
import {quantileAtMostNs, slotRange} from '../model/latency.js'
import type {Session} from '../model/session.js'
import type {Finding} from '../diagnose/finding.js'
import {busyPoll, loopThreads, socketIo, SOCKOPT_NAMES} from '../model/eventloop.js'
import {schedThreads} from '../model/sched.js'
import {listenersReport} from '../model/listeners.js'
import {summarizeStacks} from '../model/stacks-summary.js'
import {nicReport} from '../model/nic.js'
import {lklReport} from '../model/lkl.js'
import {nodejsReport} from '../model/nodejs.js'

/** Bumped on any incompatible change; documented in docs/json-report.md. */
export const REPORT_SCHEMA_VERSION = 1

export function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {version: string}).version
  } catch {
    return 'unknown'
  }
}

export interface ReportOptions {
  intervalMs: number
  requestedDurationMs?: number
  /** Read from a recording (report, export): whether the file was whole. */
  recording?: {truncated: boolean; truncation?: string}
}

/** The machine-readable report of `attach --json` and `diagnose --json`. Counts stay exact (bigint). */
export function buildReport(session: Session, findings: Finding[], options: ReportOptions) {
  const c = session.counters
  const timed = session.latencyMeasured
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: {name: 'stackprof', version: toolVersion()},
    target: {pid: session.pid, comm: session.comm, cmdline: session.cmdline, exited: session.targetExited},
    host: {kernel: session.kernel, machine: session.machine, cpus: session.ncpus},
    session: {
      startedAt: session.startedAt.toISOString(),
      durationNs: session.latest ? session.latest.monotonicNs - session.attachedNs : 0n,
      intervalMs: options.intervalMs,
      requestedDurationMs: options.requestedDurationMs ?? null,
      attachNs: session.attachDurationNs,
      endReason: session.endReason ?? null,
      latencyMeasured: session.latencyMeasured,
      recording: options.recording ? {truncated: options.recording.truncated, truncation: options.recording.truncation ?? null} : null,
    },
    probes: session.probes,
    dropped: {
      statsMapFull: c.statsMapFull,
      startStoreFailed: c.startStoreFailed,
      errnoMapFull: c.errnoMapFull,
      threadMapFull: c.threadMapFull,
    },
    unmatchedExits: c.unmatchedExits,
    threads: session.threads().map((t) => ({
      tid: t.tid,
      name: t.name,
      exited: t.exited,
      syscalls: t.syscalls.map((s) => ({
        name: s.name,
        number: s.nr,
        count: s.count,
        errors: s.errors,
        errnos: Object.fromEntries([...s.errnos.entries()].map(([err, n]) => [errnoName(err), n])),
        totalNs: timed ? s.totalNs : null,
        maxNs: timed ? s.maxNs : null,
        p50NsAtMost: quantileAtMostNs(s.latencyLog2Ns, 0.5, s.maxNs),
        p99NsAtMost: quantileAtMostNs(s.latencyLog2Ns, 0.99, s.maxNs),
        latencyHistogram: s.latencyLog2Ns.flatMap((count, slot) =>
          count === 0n ? [] : [{...slotRange(slot, s.latencyLog2Ns.length), count}]),
      })),
    })),
    eventloop: eventloopReport(session),
    sched: schedReport(session),
    listeners: listenersReport(session),
    nic: nicReport(session),
    lkl: lklReport(session),
    nodejs: nodejsReport(session),
    stacks: stacksReport(session),
    findings,
  }
}

/** Histogram slots as {min, max (exclusive, null = open), count}, empty slots left out. Slot 0 is exactly 0. */
function countHistogram(slots: bigint[]) {
  return slots.flatMap((count, i) => (count === 0n ? [] : [{min: i === 0 ? 0 : 2 ** (i - 1), max: i === 0 ? 1 : i === slots.length - 1 ? null : 2 ** i, count}]))
}

/** The eventloop probe's view; null when it was not attached (docs/json-report.md). */
function eventloopReport(session: Session) {
  const bp = busyPoll(session)
  const el = session.eventloop
  if (!bp || !el) return null
  return {
    loops: loopThreads(session).map((t) => ({
      tid: t.tid,
      name: t.name,
      calls: t.calls,
      callsPerSecond: t.callsPerSecond,
      timeouts: t.timeouts,
      empty: t.empty,
      zeroEmpty: t.zeroEmpty,
      zeroEmptyThenWait: t.zeroEmptyThenWait,
      libuvPattern: t.libuvPattern,
      blockedShare: t.blockedShare,
      onCpuShare: t.onCpuShare,
      epolls: t.epolls.map((e) => ({
        epfd: e.epfd, syscall: e.syscall, calls: e.calls, timeouts: e.timeouts, events: e.events, empty: e.empty,
        zeroEmpty: e.zeroEmpty, zeroEmptyThenWait: e.zeroEmptyThenWait, insideNs: e.totalNs, blockedNs: e.offcpuNs,
        eventsHistogram: countHistogram(e.eventsLog2),
      })),
    })),
    io: socketIo(session).map((v) => ({
      tid: v.tid,
      name: v.name,
      readOnSockets: v.readOnSockets,
      recvFamily: v.recvFamily,
      writeOnSockets: v.writeOnSockets,
      sendFamily: v.sendFamily,
      calls: v.rows.map((r) => ({
        syscall: r.syscall, fdKind: r.fdKind, calls: r.calls, errors: r.errors, eagain: r.eagain, bytes: r.bytes,
        sizeHistogram: countHistogram(r.sizeLog2),
      })),
    })),
    busyPoll: {
      configured: bp.configuredBy.length > 0,
      configuredBy: bp.configuredBy,
      epollBusyPollConfigured: bp.epollBusyPollConfigured,
      preferBusyPollBy: bp.preferBusyPollBy,
      ran: bp.ran,
      sysctl: {busyPollUs: bp.busyPollUs, busyReadUs: bp.busyReadUs},
      setsockopt: bp.sockoptsSeen.map((s) => ({option: SOCKOPT_NAMES[s.optname] ?? String(s.optname), value: s.value, calls: s.calls, failed: s.failed, lastTid: s.lastTid})),
      epollParams: bp.epollParamsSeen.map((p) => ({epfd: p.epfd, busyPollUsecs: p.busyPollUsecs, busyPollBudget: p.busyPollBudget, preferBusyPoll: p.preferBusyPoll, accepted: p.accepted, calls: p.calls, failed: p.failed})),
      epollInstances: bp.epollInstances,
      sockets: bp.socketGroups,
      devices: bp.devices,
      devicesAreTargetNetns: bp.devicesAreTargetNetns,
      napiPolls: [...bp.busyPolls.map((n) => ({...n, kind: 'busy-poll'})), ...bp.softirqPolls.map((n) => ({...n, kind: 'softirq'}))],
      busyPollRxPacketsDelta: bp.busyPollRxDelta,
    },
    dropped: el.counters,
  }
}

/** The sched probe's view, per thread; null when it was not attached (docs/json-report.md). */
function schedReport(session: Session) {
  const sched = session.sched
  if (!sched) return null
  return {
    threads: schedThreads(session).map((t) => ({
      tid: t.tid,
      name: t.name,
      exited: t.exited,
      cpusAllowed: t.cpusAllowed,
      lastCpu: t.lastCpu,
      affinityChanges: t.affinityChanges.map((a) => ({afterAttachNs: a.atNs > session.attachedNs ? a.atNs - session.attachedNs : 0n, from: a.from, to: a.to})),
      setaffinityCalls: t.setaffinityCalls,
      oncpuNs: t.oncpuNs,
      onCpuShare: t.onCpuShare,
      eventLoop: t.eventLoop,
      cpus: t.cpus.map((c) => ({cpu: c.cpu, oncpuNs: c.oncpuNs, share: c.share, slices: c.slices})),
      voluntary: t.voluntary,
      involuntary: t.involuntary,
      voluntaryPerSecond: t.voluntaryPerSecond,
      involuntaryPerSecond: t.involuntaryPerSecond,
      migrations: t.migrations,
      migrationsPerSecond: t.migrationsPerSecond,
      runqLatency: {
        wakeups: t.wakeups,
        totalNs: t.runqTotalNs,
        maxNs: t.runqMaxNs,
        p50NsAtMost: t.runqP50Ns,
        p99NsAtMost: t.runqP99Ns,
        histogram: t.runqLatencyLog2Ns.flatMap((count, slot) => (count === 0n ? [] : [{...slotRange(slot, t.runqLatencyLog2Ns.length), count}])),
      },
      preemptedWaitNs: t.preemptedWaitNs,
      preemptedWaitShare: t.preemptedWaitShare,
      preemptors: t.preemptors.map((p) => ({tid: p.byTid, pid: p.byTgid, name: p.name, sameProcess: p.sameProcess, count: p.count, perSecond: p.perSecond})),
    })),
    dropped: sched.counters,
  }
}

/**
 * The stacks probe's view: what was sampled, the hottest functions, per-thread
 * totals, and what could not be named; null when it was not attached. The
 * stacks themselves go to the profile exports (-o x.html/.folded/.pb.gz).
 */
function stacksReport(session: Session) {
  const profile = session.stacks
  if (!profile) return null
  const c = profile.counters
  const summary = summarizeStacks(profile, 25)
  return {
    event: c.event,
    frequencyHz: c.frequencyHz,
    offcpu: c.offcpu,
    samples: summary.samples,
    offcpuNs: summary.offcpuNs,
    uniqueStacks: profile.stacks.size,
    uniqueFrames: profile.frames.size,
    threads: summary.threads.map((t) => ({tid: t.tid, name: t.name, samples: t.samples, offcpuNs: t.offcpuNs})),
    hotFunctions: summary.hot.map((h) => ({name: h.name, kind: h.kind, module: h.module, self: h.self, total: h.total})),
    kernelSamples: summary.kernelSamples,
    unnamedJit: {samples: summary.unnamed.samples, addresses: summary.unnamed.addresses, reason: summary.unnamed.reason},
    truncated: {samples: summary.truncatedSamples, userSamples: summary.userSamples, depthLimitedSamples: summary.depthLimitedSamples, modules: summary.truncated},
    perfMap: {status: c.perfMapStatus, entries: c.perfMapEntries},
    modules: [...profile.modules.values()].map((m) => ({path: m.path, kind: m.kind, buildId: m.buildId, symbols: m.symbols})),
    symbolizeNs: c.symbolizeNs,
    finalSymbolizeNs: c.finalSymbolizeNs,
    dropped: {stackTableFull: c.stackTableFull, countTableFull: c.countTableFull, userStackFailed: c.userStackFailed, offcpuLost: c.offcpuLost, missedEvents: c.missedEvents},
  }
}

/** JSON.stringify, but bigints are written as exact integer literals. */
export function stringifyExact(value: unknown, indent = 2): string {
  const marks: string[] = []
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') {
      marks.push(v.toString())
      return `\u0000big${marks.length - 1}\u0000`
    }
    return v
  }, indent)
  return text.replace(/"\\u0000big(\d+)\\u0000"/g, (_m, i: string) => marks[Number(i)])
}
