import type {stackprof} from '../proto/stackprof.pb.js'
import {targetText, u64} from './syscalls.js'

type PbSnapshot = stackprof.v1.ISnapshot

/** Run-queue latency slots, as SCHED_RUNQ_SLOTS in probes/sched.h: slot i is [2^i, 2^(i+1)) ns, the last one open. */
export const RUNQ_SLOTS = 32

/** Time one thread spent on one CPU since attach. */
export interface ThreadCpuTime {
  tid: number
  cpu: number
  oncpuNs: bigint
  /** Slices that ended on this CPU (a running slice counts when it ends). */
  slices: bigint
}

export interface ThreadSched {
  tid: number
  voluntary: bigint
  involuntary: bigint
  migrations: bigint
  /** Wakeups whose wait to run was measured. */
  wakeups: bigint
  /** Always RUNQ_SLOTS long. */
  runqLatencyLog2Ns: bigint[]
  runqLatencyTotalNs: bigint
  runqLatencyMaxNs: bigint
  preemptedWaitNs: bigint
  lastCpu: number | null
}

/** Involuntary switches of `tid` in favour of task `byTid` (of any process). */
export interface Preemption {
  tid: number
  byTid: number
  byTgid: number
  byComm: string
  count: bigint
}

export interface SchedCounters {
  cpuTimeMapFull: bigint
  threadMapFull: bigint
  preemptionMapFull: bigint
  stateStoreFailed: bigint
  iteratorFailed: bigint
}

export interface SchedSnapshot {
  cpuTimes: ThreadCpuTime[]
  threads: ThreadSched[]
  preemptions: Preemption[]
  counters: SchedCounters
}

export function decodeSched(snapshot: PbSnapshot): SchedSnapshot {
  const c = snapshot.schedCounters ?? {}
  return {
    cpuTimes: (snapshot.threadCpuTimes ?? []).map((t) => ({
      tid: t.tid ?? 0,
      cpu: t.cpu ?? 0,
      oncpuNs: u64(t.oncpuNs),
      slices: u64(t.slices),
    })),
    threads: (snapshot.threadSched ?? []).map((t) => ({
      tid: t.tid ?? 0,
      voluntary: u64(t.voluntary),
      involuntary: u64(t.involuntary),
      migrations: u64(t.migrations),
      wakeups: u64(t.wakeups),
      // Longer than the probe's histogram: fold the excess into the open last slot.
      runqLatencyLog2Ns: Array.from({length: RUNQ_SLOTS}, (_, i) =>
        i < RUNQ_SLOTS - 1 ? u64(t.runqLatencyLog2Ns?.[i]) : (t.runqLatencyLog2Ns ?? []).slice(i).reduce<bigint>((a, v) => a + u64(v), 0n)),
      runqLatencyTotalNs: u64(t.runqLatencyTotalNs),
      runqLatencyMaxNs: u64(t.runqLatencyMaxNs),
      preemptedWaitNs: u64(t.preemptedWaitNs),
      lastCpu: t.lastCpu === undefined || t.lastCpu === null || t.lastCpu < 0 ? null : t.lastCpu,
    })),
    preemptions: (snapshot.preemptions ?? []).map((p) => ({
      tid: p.tid ?? 0,
      byTid: p.byTid ?? 0,
      byTgid: p.byTgid ?? 0,
      byComm: targetText(p.byComm),
      count: u64(p.count),
    })),
    counters: {
      cpuTimeMapFull: u64(c.cpuTimeMapFull),
      threadMapFull: u64(c.threadMapFull),
      preemptionMapFull: u64(c.preemptionMapFull),
      stateStoreFailed: u64(c.stateStoreFailed),
      iteratorFailed: u64(c.iteratorFailed),
    },
  }
}
