import {quantileAtMostNs} from './latency.js'
import {loopThreads} from './eventloop.js'
import type {Session} from './session.js'

/** One CPU's part of a thread's time. */
export interface CpuShare {
  cpu: number
  oncpuNs: bigint
  /** Of the thread's measured CPU time. */
  share: number
  slices: bigint
}

/** A task that took a thread's CPU while it could still run. */
export interface PreemptorView {
  byTid: number
  byTgid: number
  /** Its name: the live name for threads of the target, the name at the time otherwise. */
  name: string
  sameProcess: boolean
  count: bigint
  perSecond: number
  /** "timer-0 (tid 12, same process)" or "kworker/1:1 (pid 2702)". */
  label: string
}

export interface SchedThreadView {
  tid: number
  name: string
  exited: boolean
  /** Sum of its time on every CPU while attached. */
  oncpuNs: bigint
  cpus: CpuShare[]
  /** Cpus_allowed_list now; null when unknown. */
  cpusAllowed: number[] | null
  lastCpu: number | null
  affinityChanges: {atNs: bigint; from: number[]; to: number[]}[]
  /** sched_setaffinity calls the thread made while attached (the syscall probe's count). */
  setaffinityCalls: bigint
  voluntary: bigint
  involuntary: bigint
  voluntaryPerSecond: number
  involuntaryPerSecond: number
  migrations: bigint
  migrationsPerSecond: number
  wakeups: bigint
  runqLatencyLog2Ns: bigint[]
  runqP50Ns: number | null
  runqP99Ns: number | null
  runqMaxNs: bigint
  runqTotalNs: bigint
  runqAvgNs: number | null
  /** Runnable but not running, after involuntary switches. */
  preemptedWaitNs: bigint
  /** preemptedWaitNs over the session's length. */
  preemptedWaitShare: number
  /** Share of wall time on CPU (schedstat), null before enough data. */
  onCpuShare: number | null
  /** It made epoll waits (the eventloop probe saw it). */
  eventLoop: boolean
  /** Most frequent first. */
  preemptors: PreemptorView[]
}

const rate = (n: bigint, seconds: number) => (seconds > 0 ? Number(n) / seconds : 0)

/** How a preempting task is named to the user. */
export function preemptorLabel(p: {byTid: number; byTgid: number; name: string; sameProcess: boolean}): string {
  if (p.sameProcess) return `${p.name} (tid ${p.byTid}, same process)`
  if (p.byTid === 0) return `${p.name || 'idle'} (the idle task)`
  return p.byTid === p.byTgid ? `${p.name} (pid ${p.byTgid})` : `${p.name} (tid ${p.byTid} of pid ${p.byTgid})`
}

/** Threads the sched probe saw, busiest (most CPU time) first; empty when it is not attached. */
export function schedThreads(session: Session): SchedThreadView[] {
  const sched = session.sched
  if (!sched) return []
  const seconds = session.elapsedSeconds
  const sessionNs = seconds * 1e9
  const loops = new Set(loopThreads(session).map((t) => t.tid))
  const setaffinity = new Map<number, bigint>()
  for (const t of session.threads()) {
    const calls = t.syscalls.find((s) => s.name === 'sched_setaffinity')?.count
    if (calls) setaffinity.set(t.tid, calls)
  }
  const cpusByTid = new Map<number, {cpu: number; oncpuNs: bigint; slices: bigint}[]>()
  for (const c of sched.cpuTimes) {
    const list = cpusByTid.get(c.tid) ?? []
    list.push(c)
    cpusByTid.set(c.tid, list)
  }
  const statByTid = new Map(sched.threads.map((t) => [t.tid, t]))
  const tids = new Set([...cpusByTid.keys(), ...statByTid.keys()])
  const views: SchedThreadView[] = []
  for (const tid of tids) {
    const stat = statByTid.get(tid)
    const cpuList = (cpusByTid.get(tid) ?? []).sort((a, b) => a.cpu - b.cpu)
    const oncpuNs = cpuList.reduce((a, c) => a + c.oncpuNs, 0n)
    const known = session.thread(tid)
    const hist = stat?.runqLatencyLog2Ns ?? []
    const maxNs = stat?.runqLatencyMaxNs ?? 0n
    const wakeups = stat?.wakeups ?? 0n
    const preemptors = sched.preemptions
      .filter((p) => p.tid === tid)
      .map((p) => {
        const sameProcess = p.byTgid === session.pid
        const live = sameProcess ? session.thread(p.byTid)?.name : undefined
        const name = live ?? p.byComm
        return {byTid: p.byTid, byTgid: p.byTgid, name, sameProcess, count: p.count, perSecond: rate(p.count, seconds),
          label: preemptorLabel({byTid: p.byTid, byTgid: p.byTgid, name, sameProcess})}
      })
      .sort((a, b) => (b.count > a.count ? 1 : b.count < a.count ? -1 : a.byTid - b.byTid))
    const preemptedWaitNs = stat?.preemptedWaitNs ?? 0n
    views.push({
      tid,
      name: known?.name ?? '?',
      exited: known?.exited ?? false,
      oncpuNs,
      cpus: cpuList.map((c) => ({cpu: c.cpu, oncpuNs: c.oncpuNs, slices: c.slices, share: oncpuNs > 0n ? Number(c.oncpuNs) / Number(oncpuNs) : 0})),
      cpusAllowed: known?.cpusAllowed ?? null,
      lastCpu: known?.lastCpu ?? stat?.lastCpu ?? null,
      affinityChanges: session.affinityChanges.filter((a) => a.tid === tid).map(({atNs, from, to}) => ({atNs, from, to})),
      setaffinityCalls: setaffinity.get(tid) ?? 0n,
      voluntary: stat?.voluntary ?? 0n,
      involuntary: stat?.involuntary ?? 0n,
      voluntaryPerSecond: rate(stat?.voluntary ?? 0n, seconds),
      involuntaryPerSecond: rate(stat?.involuntary ?? 0n, seconds),
      migrations: stat?.migrations ?? 0n,
      migrationsPerSecond: rate(stat?.migrations ?? 0n, seconds),
      wakeups,
      runqLatencyLog2Ns: hist,
      runqP50Ns: wakeups > 0n ? quantileAtMostNs(hist, 0.5, maxNs) : null,
      runqP99Ns: wakeups > 0n ? quantileAtMostNs(hist, 0.99, maxNs) : null,
      runqMaxNs: maxNs,
      runqTotalNs: stat?.runqLatencyTotalNs ?? 0n,
      runqAvgNs: wakeups > 0n ? Number(stat!.runqLatencyTotalNs) / Number(wakeups) : null,
      preemptedWaitNs,
      preemptedWaitShare: sessionNs > 0 ? Number(preemptedWaitNs) / sessionNs : 0,
      onCpuShare: session.onCpuShare(tid),
      eventLoop: loops.has(tid),
      preemptors,
    })
  }
  return views.sort((a, b) => (b.oncpuNs > a.oncpuNs ? 1 : b.oncpuNs < a.oncpuNs ? -1 : a.tid - b.tid))
}

/** Threads worth showing: they ran, switched or moved while attached. */
export function activeSchedThreads(session: Session): SchedThreadView[] {
  return schedThreads(session).filter((t) => t.oncpuNs > 0n || t.voluntary + t.involuntary + t.migrations > 0n)
}
