import {nodejsView} from '../../model/nodejs.js'
import type {Session} from '../../model/session.js'
import {formatNs} from '../../model/latency.js'
import {count, percent} from '../../lib/format.js'
import {stallFunctions} from '../../model/stacks-summary.js'
import type {Finding, Rule} from '../finding.js'

/**
 * The main thread of a Node.js process ran JavaScript (or anything else) for
 * longer than the stall threshold between two returns to its epoll wait:
 * nothing else on the loop ran meanwhile.
 */
export const eventLoopStall: Rule = {
  id: 'event-loop-stall',
  title: 'The event loop stalled: one tick ran longer than the threshold',
  evaluate(session: Session): Finding[] {
    const v = nodejsView(session)
    const l = v?.loop
    if (!v || !l || l.stalls === 0) return []
    const recent = l.recentStalls.slice(-5)
    // With stacks on: the main thread's samples of the snapshot intervals that overlap a stall.
    const where = session.stacks ? stallFunctions(session.stacks, session.stallStackSamples) : null
    const hottest = where && where.total > 0 ? where.functions[0]! : null
    return [{
      rule: this.id,
      severity: 'warning',
      title: `Event loop stalled ${count(l.stalls)} time${l.stalls === 1 ? '' : 's'}, the longest ${formatNs(l.stallMaxNs)}${hottest ? `, mostly in ${hottest.name}` : ''}`,
      evidence: [
        `${count(l.stalls)} ticks of the main thread ran ${formatNs(l.stallThresholdNs)} or longer without returning to epoll_wait: ${formatNs(l.stallTotalNs)} in all, the longest ${formatNs(l.stallMaxNs)}`,
        `last stalls: ${recent.map((s) => `${formatNs(s.lengthNs)} at +${(s.startNs / 1e9).toFixed(2)} s`).join(', ')}`,
        ...(l.utilization !== null ? [`loop utilization ${(l.utilization * 100).toFixed(1)}% (time outside the epoll wait over ${count(l.ticks)} ticks)`] : []),
        ...(hottest
          ? [`hottest in the stalls: ${hottest.name}${hottest.kind === 'jit' ? ' (JavaScript)' : ''}, ${count(hottest.samples)} of ${count(where!.total)} main-thread samples (${percent(hottest.samples / where!.total)}) of the snapshot intervals that overlap a stall` +
              (where!.functions.length > 1 ? `; then ${where!.functions.slice(1, 3).map((f) => `${f.name} ${percent(f.samples / where!.total)}`).join(', ')}` : '')]
          : session.stacks ? [] : ['stacks were off: no function named (leave out --no-stacks to see where the stalls ran)']),
      ],
      metrics: {stalls: l.stalls, maxNs: l.stallMaxNs, totalNs: l.stallTotalNs, thresholdNs: l.stallThresholdNs, hottestFunction: hottest?.name ?? '', hottestSamples: hottest?.samples ?? 0, stallSamples: where?.total ?? 0},
      meaning:
        'Node.js runs all JavaScript of a process on one thread, between two waits for events. While one tick runs, no other ' +
        'request, timer or I/O callback of this process runs: every client sees the stall added to its latency.',
      fix:
        'Find the synchronous work in that tick: a CPU-heavy function (JSON of a large body, a regex, a sync crypto or zlib call, ' +
        'a *Sync fs call) — with stacks on, the flame graph of the main thread shows it. Split it into chunks (setImmediate between them), ' +
        'move it to worker_threads, or use the asynchronous API.',
      docs: 'docs/findings/event-loop-stall.md',
    } satisfies Finding]
  },
}
