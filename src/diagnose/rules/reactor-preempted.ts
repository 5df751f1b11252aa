import {schedThreads} from '../../model/sched.js'
import type {Session} from '../../model/session.js'
import {formatCpuList} from '../../decode/syscalls.js'
import {formatNs} from '../../model/latency.js'
import {count, percent, perSecond} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/** Domain rule 8: above 1k/s a reactor loses its CPU every millisecond; the article's reactors showed 17k/s. */
export const MIN_INVOLUNTARY_PER_SECOND = 1000
/** Or, whatever the rate: it stood runnable but not running for this share of the session after being preempted. */
export const MIN_PREEMPTED_WAIT_SHARE = 0.05
/** A thread on CPU at least this share of the time is treated like a reactor even without epoll waits. */
export const MIN_BUSY_SHARE = 0.25
/** Preempting tasks named in the evidence. */
const TOP_PREEMPTORS = 3

/** Domain rule 8: involuntary context switches on event-loop or busy threads, with the preempting tasks named. */
export const reactorPreempted: Rule = {
  id: 'reactor-preempted',
  title: 'An event-loop or busy thread keeps losing its CPU to other tasks',
  evaluate(session: Session): Finding[] {
    const seconds = session.elapsedSeconds
    if (seconds <= 0) return []
    return schedThreads(session)
      .filter((t) => t.eventLoop || (t.onCpuShare !== null && t.onCpuShare >= MIN_BUSY_SHARE))
      .filter((t) => t.involuntaryPerSecond >= MIN_INVOLUNTARY_PER_SECOND || t.preemptedWaitShare >= MIN_PREEMPTED_WAIT_SHARE)
      .map((t) => {
        const top = t.preemptors.slice(0, TOP_PREEMPTORS)
        const sameProcess = t.preemptors.filter((p) => p.sameProcess).reduce((a, p) => a + p.count, 0n)
        const first = top[0]
        const kind = t.eventLoop ? 'an event-loop thread' : 'a busy thread'
        const evidence = [
          `${count(t.involuntary)} involuntary context switches in ${seconds.toFixed(1)} s: ${perSecond(t.involuntaryPerSecond)}/s ` +
            `(${perSecond(t.voluntaryPerSecond)}/s voluntary)`,
          `runnable but waiting for its CPU after those preemptions: ${formatNs(t.preemptedWaitNs)}, ${percent(t.preemptedWaitShare)} of the session`,
          ...top.map((p) => `${p.label} preempted ${t.name} ${perSecond(p.perSecond)} times/s (${count(p.count)}, ${percent(Number(p.count) / Number(t.involuntary || 1n))} of its involuntary switches)`),
          `${t.name} is ${kind}` + (t.onCpuShare !== null ? `, on CPU ${percent(t.onCpuShare)} of the time` : '') +
            `, allowed on CPU ${t.cpusAllowed === null ? '?' : formatCpuList(t.cpusAllowed)}` +
            (t.cpus.length > 0 ? `, ran on ${t.cpus.filter((c) => c.share >= 0.005).map((c) => `cpu${c.cpu} ${percent(c.share)}`).join(', ')}` : ''),
        ]
        return {
          rule: this.id,
          severity: 'warning',
          title: first
            ? `${first.label} preempted ${t.name} (tid ${t.tid}) ${perSecond(first.perSecond)} times/s; ${perSecond(t.involuntaryPerSecond)} involuntary switches/s in all`
            : `${t.name} (tid ${t.tid}) is preempted ${perSecond(t.involuntaryPerSecond)} times/s`,
          evidence,
          metrics: {
            tid: t.tid, involuntary: Number(t.involuntary), involuntaryPerSecond: t.involuntaryPerSecond, voluntaryPerSecond: t.voluntaryPerSecond,
            preemptedWaitNs: Number(t.preemptedWaitNs), preemptedWaitShare: t.preemptedWaitShare, sameProcessPreemptions: Number(sameProcess),
            topPreemptor: first?.label ?? 'unknown', topPreemptorTid: first?.byTid ?? -1, topPreemptorPerSecond: first?.perSecond ?? 0,
            onCpuShare: t.onCpuShare ?? 'unknown', eventLoop: t.eventLoop ? 'yes' : 'no',
          },
          meaning:
            'The thread was still runnable when the scheduler gave its CPU to another task. Every such switch stalls the loop: ' +
            'events wait while the other task runs, caches are refilled afterwards, and the latency of whatever the loop was ' +
            'serving grows by the time it waited. The named tasks are the ones that took the CPU.' +
            (sameProcess > 0n ? ' Some of them are threads of the same process (helpers, timers, pools) placed on the reactor\'s CPU.' : ''),
          fix:
            'Move helper and timer threads off the reactor CPUs (taskset -pc <cpus> <tid>, pthread_setaffinity_np, or a cpuset ' +
            'for the helpers); give each reactor a CPU of its own and keep other work off it (isolcpus/nohz_full or a cpuset ' +
            'partition); or lower the helpers\' priority (SCHED_IDLE with chrt -i 0, or nice) so they run only when the reactor waits.',
          docs: 'docs/findings/reactor-preempted.md',
          thread: {tid: t.tid, name: t.name},
        } satisfies Finding
      })
  },
}
