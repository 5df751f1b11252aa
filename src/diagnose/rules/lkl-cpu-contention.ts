import {lklTotals, lklThreads, userStacks} from '../../model/lkl.js'
import type {Session} from '../../model/session.js'
import {formatNs} from '../../model/latency.js'
import {count, percent} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/**
 * Domain rule 12: a p99 wait for the LKL CPU above this, beyond what the
 * fastest waits take (the probes' own cost per timed call: some 10 µs on a
 * VM that traps slowly, see docs/benchmarks.md)...
 */
export const MAX_P99_WAIT_NS = 50_000
/** ...with at least this many threads calling into LKL... */
export const MIN_LKL_THREADS = 2
/** ...over at least this many waits. */
export const MIN_WAITS = 100

/**
 * Domain rule 12: all of LKL runs on one "LKL CPU", taken with lkl_cpu_get;
 * threads that call into LKL at once queue for it.
 */
export const lklCpuContention: Rule = {
  id: 'lkl-cpu-contention',
  title: 'Threads queue for the LKL CPU: LKL runs one call at a time',
  evaluate(session: Session): Finding[] {
    const view = userStacks(session)
    const totals = lklTotals(session)
    if (!view?.lkl || !totals?.cpuWait) return []
    const w = totals.cpuWait
    const callers = lklThreads(session).filter((t) => t.lklCalls > 0n || t.cpuWait)
    const floor = w.floorNs ?? 0
    if (callers.length < MIN_LKL_THREADS || w.count < BigInt(MIN_WAITS) || w.p99Ns === null || w.p99Ns - floor <= MAX_P99_WAIT_NS) return []
    const seconds = session.elapsedSeconds
    const waitShare = seconds > 0 ? Number(w.totalNs) / (seconds * 1e9) : 0
    const worst = callers.filter((t) => t.cpuWait).sort((a, b) => (b.cpuWait!.totalNs > a.cpuWait!.totalNs ? 1 : -1))
    return [{
      rule: this.id,
      severity: 'warning',
      title: `p99 wait for the LKL CPU is ${formatNs(w.p99Ns)} with ${callers.length} threads calling into LKL`,
      evidence: [
        `${count(w.count)} waits in lkl_cpu_get: p50 ≤ ${formatNs(w.p50Ns)}, p99 ≤ ${formatNs(w.p99Ns)}, max ${formatNs(w.maxNs)}; ${formatNs(w.totalNs)} waited in all (${percent(waitShare)} of one thread's time over the session)`,
        `the fastest tenth of the waits took at least ${formatNs(floor)}: the probes' own cost per timed call, included in every wait above`,
        ...worst.slice(0, 4).map((t) => `${t.name} (tid ${t.tid}): ${count(t.cpuWait!.count)} waits, p99 ≤ ${formatNs(t.cpuWait!.p99Ns)}, ${formatNs(t.cpuWait!.totalNs)} in all; ${count(t.lklCalls)} LKL calls`),
      ],
      metrics: {waits: Number(w.count), p50NsAtMost: w.p50Ns ?? 0, p99NsAtMost: w.p99Ns, floorNs: floor, maxNs: Number(w.maxNs), totalWaitNs: Number(w.totalNs), threads: callers.length},
      meaning:
        'LKL is one "CPU": every call into it first takes that CPU with lkl_cpu_get, and a thread that finds it taken blocks on a ' +
        'semaphore until the holder leaves. Threads that call into LKL at the same time run one after the other, so adding threads adds ' +
        'waiting, not throughput (the LKL performance study found exactly this: LKL behaving like a single-threaded process).',
      fix:
        'Shard instead of sharing: run one process (one LKL instance) per core, each pinned, with the load spread by SO_REUSEPORT or a ' +
        'load balancer; or keep the network calls on one thread. Fewer, larger calls (bigger buffers) cut the number of waits.',
      docs: 'docs/findings/lkl-cpu-contention.md',
    } satisfies Finding]
  },
}
