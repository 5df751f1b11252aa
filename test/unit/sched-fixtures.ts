// Builders of the sched probe's part of a loader snapshot (fields 15-18),
// for the sched unit tests, on top of fixtures.ts.
import type {stackprof} from '../../src/proto/stackprof.pb.js'
import {Session} from '../../src/model/session.js'
import type {SchedCounters} from '../../src/decode/sched.js'
import {hello, snapshot, u64, type EventloopSpec, type SnapshotSpec, type StatSpec} from './fixtures.js'

type Int = number | bigint

export interface SchedSpec {
  cpuTimes?: {tid: number; cpu: number; oncpuNs: Int; slices?: Int}[]
  threads?: {
    tid: number; voluntary?: Int; involuntary?: Int; migrations?: Int; wakeups?: Int
    /** Run-queue latency slots as sent (trailing zeros left out). */
    runq?: Int[]; runqTotalNs?: Int; runqMaxNs?: Int; preemptedWaitNs?: Int; lastCpu?: number
  }[]
  preemptions?: {tid: number; byTid: number; byTgid: number; byComm: string | Uint8Array; count: Int}[]
  counters?: Partial<Record<keyof SchedCounters, Int>>
}

/** Fields 15-18 of a Snapshot, as native/sched.c fills them. */
export function schedFields(spec: SchedSpec): Partial<stackprof.v1.ISnapshot> {
  const c = spec.counters ?? {}
  return {
    threadCpuTimes: (spec.cpuTimes ?? []).map((t) => ({tid: t.tid, cpu: t.cpu, oncpuNs: u64(t.oncpuNs), slices: u64(t.slices ?? 1)})),
    threadSched: (spec.threads ?? []).map((t) => ({
      tid: t.tid,
      voluntary: u64(t.voluntary ?? 0),
      involuntary: u64(t.involuntary ?? 0),
      migrations: u64(t.migrations ?? 0),
      wakeups: u64(t.wakeups ?? 0),
      runqLatencyLog2Ns: (t.runq ?? []).map(u64),
      runqLatencyTotalNs: u64(t.runqTotalNs ?? 0),
      runqLatencyMaxNs: u64(t.runqMaxNs ?? 0),
      preemptedWaitNs: u64(t.preemptedWaitNs ?? 0),
      lastCpu: t.lastCpu ?? -1,
    })),
    preemptions: (spec.preemptions ?? []).map((p) => ({
      tid: p.tid, byTid: p.byTid, byTgid: p.byTgid, byComm: typeof p.byComm === 'string' ? Buffer.from(p.byComm) : p.byComm, count: u64(p.count),
    })),
    schedCounters: {
      cpuTimeMapFull: u64(c.cpuTimeMapFull ?? 0),
      threadMapFull: u64(c.threadMapFull ?? 0),
      preemptionMapFull: u64(c.preemptionMapFull ?? 0),
      stateStoreFailed: u64(c.stateStoreFailed ?? 0),
      iteratorFailed: u64(c.iteratorFailed ?? 0),
    },
  }
}

/** A Hello whose loader attached the syscalls, eventloop and sched probes (target pid 4242). */
export function schedHello(overrides: stackprof.v1.IHello = {}): stackprof.v1.IHello {
  return hello({
    probes: [
      {name: 'syscalls', attached: true, variant: 'tp_btf', error: ''},
      {name: 'eventloop', attached: true, variant: 'tp_btf (in-syscalls)', error: ''},
      {name: 'sched', attached: true, variant: 'tp_btf', error: ''},
    ],
    ...overrides,
  })
}

export interface SchedSessionOptions {
  /** Seconds after attach of the last snapshot; default 2. */
  at?: number
  threads?: SnapshotSpec['threads']
  stats?: StatSpec[]
  eventloop?: EventloopSpec
  hello?: stackprof.v1.IHello
  /** tid -> share of the time on CPU: adds a snapshot one second before `at` so Session.onCpuShare gives it. */
  onCpu?: Record<number, number>
  /** Cpus_allowed_list per tid in the earlier snapshot (with onCpu), to make affinity changes. */
  allowedBefore?: Record<number, string>
}

/** A session with the sched probe attached, after a snapshot carrying `spec` (two with `onCpu`). */
export function schedSession(spec: SchedSpec, options: SchedSessionOptions = {}): Session {
  const session = new Session(options.hello ?? schedHello())
  const at = options.at ?? 2
  const extra = schedFields(spec)
  let threads = options.threads
  if (options.onCpu || options.allowedBefore) {
    const cpu = options.onCpu ?? {}
    const named = new Map((options.threads ?? []).map((t) => [t.tid, t]))
    for (const tid of Object.keys(cpu).map(Number)) if (!named.has(tid)) named.set(tid, {tid, name: '?'})
    const all = [...named.values()]
    session.apply(snapshot({at: at - 1, stats: options.stats ?? [], eventloop: options.eventloop, extra,
      threads: all.map((t) => ({...t, ...(t.tid in cpu ? {oncpuNs: 0} : {}),
        ...(options.allowedBefore?.[t.tid] ? {cpusAllowedList: options.allowedBefore[t.tid]} : {})}))}))
    threads = all.map((t) => (t.tid in cpu ? {...t, oncpuNs: BigInt(Math.round(cpu[t.tid] * 1e9))} : t))
  }
  session.apply(snapshot({at, stats: options.stats ?? [], threads, eventloop: options.eventloop, extra}))
  return session
}
