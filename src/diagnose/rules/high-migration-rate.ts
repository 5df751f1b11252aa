import {schedThreads} from '../../model/sched.js'
import type {Session} from '../../model/session.js'
import {formatCpuList} from '../../decode/syscalls.js'
import {count, percent, perSecond} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/**
 * A busy thread the scheduler leaves alone moves a few times a second at
 * most (a spinning thread on this 2-CPU test machine: none in seconds). At
 * 50/s it changes CPU every 20 ms, a few scheduler slices, so its caches and
 * the locality of whatever feeds it (a socket's RX CPU, a reuseport slot)
 * never settle. docs/findings/high-migration-rate.md gives the reasoning.
 */
export const MIN_MIGRATIONS_PER_SECOND = 50
/** Only threads that run enough for their cache to matter. */
export const MIN_BUSY_SHARE = 0.25

/** A busy thread that keeps changing CPU. */
export const highMigrationRate: Rule = {
  id: 'high-migration-rate',
  title: 'A busy thread keeps moving between CPUs',
  evaluate(session: Session): Finding[] {
    const seconds = session.elapsedSeconds
    if (seconds <= 0) return []
    return schedThreads(session)
      .filter((t) => t.onCpuShare !== null && t.onCpuShare >= MIN_BUSY_SHARE && t.migrationsPerSecond >= MIN_MIGRATIONS_PER_SECOND)
      .map((t) => {
        const ran = t.cpus.filter((c) => c.share >= 0.005).sort((a, b) => b.share - a.share || a.cpu - b.cpu)
        const pinned = t.cpusAllowed !== null && t.cpusAllowed.length === 1
        const evidence = [
          `${count(t.migrations)} migrations in ${seconds.toFixed(1)} s: ${perSecond(t.migrationsPerSecond)}/s, one every ${(1000 / t.migrationsPerSecond).toFixed(1)} ms`,
          `on CPU ${percent(t.onCpuShare!)} of the time, spread over ${ran.length} CPU(s): ${ran.map((c) => `cpu${c.cpu} ${percent(c.share)}`).join(', ') || 'none measured'}`,
          `allowed CPUs: ${t.cpusAllowed === null ? 'unknown' : formatCpuList(t.cpusAllowed)}` +
            (t.affinityChanges.length > 0 ? `; pinning changed ${t.affinityChanges.length} time(s) while attached` : '') +
            (t.setaffinityCalls > 0n ? `; the thread called sched_setaffinity ${count(t.setaffinityCalls)} times` : ''),
        ]
        return {
          rule: this.id,
          severity: 'warning',
          title: `${t.name} (tid ${t.tid}) migrated ${perSecond(t.migrationsPerSecond)} times/s between CPUs`,
          evidence,
          metrics: {
            tid: t.tid, migrations: Number(t.migrations), migrationsPerSecond: t.migrationsPerSecond, onCpuShare: t.onCpuShare!,
            cpusRunOn: ran.length, cpusAllowed: t.cpusAllowed === null ? 'unknown' : formatCpuList(t.cpusAllowed),
            setaffinityCalls: Number(t.setaffinityCalls), affinityChanges: t.affinityChanges.length,
          },
          meaning:
            'Every migration leaves the thread\'s warm L1/L2 caches (and TLB) behind and refills them on the new CPU, and breaks ' +
            'any locality the set-up relies on: a reuseport group steered by CPU, RSS/RPS queues, IRQ affinity. A busy thread ' +
            'that moves this often pays that again and again.' +
            (t.setaffinityCalls > 0n ? ' Here the thread changes its own affinity, which forces the moves.' : pinned ? '' : ' It is not pinned, so the scheduler is free to move it.'),
          fix:
            'Pin the thread to one CPU: taskset -pc <cpu> <tid> to try it, pthread_setaffinity_np (or sched_setaffinity) in the ' +
            'program to keep it. If it is pinned to a set, narrow the set; if it is already pinned and still moves, look at who ' +
            'changes its affinity (the sched_setaffinity count, cpuset changes) and at IRQ balancing (irqbalance moving interrupts ' +
            'onto its CPU).',
          docs: 'docs/findings/high-migration-rate.md',
          thread: {tid: t.tid, name: t.name},
        } satisfies Finding
      })
  },
}
