import {activeSchedThreads, type SchedThreadView} from '../model/sched.js'
import type {Session} from '../model/session.js'
import {formatCpuList} from '../decode/syscalls.js'
import {formatNs} from '../model/latency.js'
import {count, pad, percent, perSecond} from '../lib/format.js'

/** "cpu1 97%, cpu0 3%": where the time went, largest first; shares under 0.5% are left out. */
export function cpuSpread(t: SchedThreadView, max = 4): string {
  if (t.oncpuNs === 0n) return 'no CPU time'
  const shown = [...t.cpus].filter((c) => c.share >= 0.005).sort((a, b) => b.share - a.share || a.cpu - b.cpu)
  const text = shown.slice(0, max).map((c) => `cpu${c.cpu} ${percent(c.share)}`).join(', ')
  return shown.length > max ? `${text}, +${shown.length - max} more` : text
}

function allowed(t: SchedThreadView): string {
  return t.cpusAllowed === null ? '?' : formatCpuList(t.cpusAllowed)
}

/** The lines of one thread: what the compact table cannot hold. */
function threadDetail(session: Session, t: SchedThreadView, options: {preemptors: number}): string[] {
  const lines: string[] = []
  const row = t.cpus.filter((c) => c.oncpuNs > 0n).map((c) => `cpu${c.cpu} ${formatNs(c.oncpuNs)} (${percent(c.share)}, ${count(c.slices)} slices)`)
  if (row.length > 0) lines.push(`      time per CPU: ${row.join('; ')}`)
  if (t.wakeups > 0n) {
    lines.push(`      wakeup to running: ${count(t.wakeups)} wakeups, p50 ≤ ${formatNs(t.runqP50Ns)}, p99 ≤ ${formatNs(t.runqP99Ns)}, max ${formatNs(t.runqMaxNs)}`)
  }
  if (t.involuntary > 0n) {
    lines.push(`      waited ${formatNs(t.preemptedWaitNs)} to run again after preemptions (${percent(t.preemptedWaitShare)} of the session)`)
  }
  for (const p of t.preemptors.slice(0, options.preemptors)) {
    lines.push(`      ${p.label} preempted ${t.name} ${perSecond(p.perSecond)} times/s (${count(p.count)})`)
  }
  if (t.preemptors.length > options.preemptors) lines.push(`      … ${t.preemptors.length - options.preemptors} more preempting tasks`)
  for (const a of t.affinityChanges) {
    lines.push(`      pinning changed at +${(Number(a.atNs - session.attachedNs) / 1e9).toFixed(1)} s: ${formatCpuList(a.from)} → ${formatCpuList(a.to)}`)
  }
  if (t.setaffinityCalls > 0n) lines.push(`      sched_setaffinity: ${count(t.setaffinityCalls)} calls`)
  return lines
}

/** The sched probe's part of the live screen (compact) and the summary (with details); empty when it is absent. */
export function renderSchedSection(session: Session, options: {maxThreads?: number; detail?: boolean} = {}): string {
  if (!session.sched) return ''
  const threads = activeSchedThreads(session)
  if (threads.length === 0) return 'Threads on CPUs: nothing ran while attached'
  const shown = options.maxThreads ? threads.slice(0, options.maxThreads) : threads
  const lines = [
    `${pad('Threads on CPUs', 30)}${pad('allowed', 9)}${pad('on CPU', 9, true)}${pad('vol/s', 9, true)}${pad('invol/s', 9, true)}` +
      `${pad('migr/s', 8, true)}${pad('runq p99≤', 10, true)}  time per CPU`,
  ]
  for (const t of shown) {
    lines.push(
      `  ${pad(`${t.tid} ${t.name}${t.exited ? ' (exited)' : ''}`, 28)}${pad(allowed(t), 9)}${pad(formatNs(t.oncpuNs), 9, true)}` +
        `${pad(perSecond(t.voluntaryPerSecond), 9, true)}${pad(perSecond(t.involuntaryPerSecond), 9, true)}` +
        `${pad(perSecond(t.migrationsPerSecond), 8, true)}${pad(formatNs(t.runqP99Ns), 10, true)}  ${cpuSpread(t)}`,
    )
    if (options.detail) lines.push(...threadDetail(session, t, {preemptors: 5}))
    else if (t.preemptors[0] && t.involuntaryPerSecond >= 100) {
      const p = t.preemptors[0]
      lines.push(`      most preempted by ${p.label}: ${perSecond(p.perSecond)}/s`)
    }
  }
  if (shown.length < threads.length) lines.push(`  … ${threads.length - shown.length} more threads`)
  const c = session.sched.counters
  const dropped = [
    c.cpuTimeMapFull > 0n ? `${count(c.cpuTimeMapFull)} CPU-time slices (thread × CPU map full)` : '',
    c.threadMapFull > 0n ? `${count(c.threadMapFull)} switch/migration events (thread map full)` : '',
    c.preemptionMapFull > 0n ? `${count(c.preemptionMapFull)} preemptor records (map full; counts still exact)` : '',
    c.stateStoreFailed > 0n ? `${count(c.stateStoreFailed)} events without per-thread state` : '',
    c.iteratorFailed > 0n ? `running slices not added in ${count(c.iteratorFailed)} snapshot(s)` : '',
  ].filter(Boolean)
  if (dropped.length > 0) lines.push(`  sched probe DROPPED: ${dropped.join('; ')}`)
  return lines.join('\n')
}
