import {nodejsView} from '../../model/nodejs.js'
import type {Session} from '../../model/session.js'
import {formatNs} from '../../model/latency.js'
import {count, percent} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/** At least this many work items started on the pool while attached... */
export const MIN_ITEMS = 8
/** ...a p99 queue wait (submitted → started) at least this long... */
export const MIN_P99_WAIT_NS = 10_000_000
/** ...at least this share of the items waited 1 ms or more... */
export const MIN_WAITING_SHARE = 0.25
// ...and at some moment at least as many items queued as the pool has threads:
// every thread was busy (an idle one would have taken an item) and more work waited.

/**
 * Or a pool that is stuck rather than busy: at the last snapshot every thread
 * has been on its item at least this long and work waits. Waits are counted
 * when an item starts, so a pool where nothing starts any more (four hung
 * dns.lookup calls) gives no wait at all to look at.
 */
export const STUCK_NS = 1_000_000_000

/**
 * libuv runs fs, dns.lookup, crypto (pbkdf2, scrypt, randomBytes...), zlib
 * and addon work on a pool of UV_THREADPOOL_SIZE threads (4 by default); the
 * work past that waits in a queue.
 */
export const threadpoolSaturated: Rule = {
  id: 'threadpool-saturated',
  title: 'libuv\'s threadpool is saturated: work waits for a thread',
  evaluate(session: Session): Finding[] {
    const v = nodejsView(session)
    if (!v) return []
    const t = v.threadpool
    const stuck = t.queued > 0 && t.allBusyForNs !== null && t.allBusyForNs >= STUCK_NS
    const waiting = t.waited >= MIN_ITEMS && t.waitP99NsAtMost !== null && t.waitP99NsAtMost >= MIN_P99_WAIT_NS &&
      t.waitedOver1ms / t.waited >= MIN_WAITING_SHARE && t.maxDepth >= v.poolSize
    if (!stuck && !waiting) return []
    const kinds = t.kinds.filter((k) => k.count > 0).sort((a, b) => b.runTotalNs - a.runTotalNs)
    const cpu = kinds.find((k) => k.kind === 'user')
    const stuckLine = stuck
      ? [`at the end, all ${t.running} pool threads had been on their items for ${formatNs(t.allBusyForNs!)} or more, with ${count(t.queued)} items queued behind them`]
      : []
    return [{
      rule: this.id,
      severity: 'warning',
      title: waiting
        ? `Threadpool saturated: p99 queue wait ${formatNs(t.waitP99NsAtMost!)} with ${v.poolSize} threads`
        : `Threadpool stuck: all ${v.poolSize} threads busy for ${formatNs(t.allBusyForNs!)}+ with ${count(t.queued)} items waiting`,
      evidence: [
        ...(waiting ? [`${count(t.waited)} work items waited for a pool thread: p99 ≤ ${formatNs(t.waitP99NsAtMost!)}, max ${formatNs(t.waitMaxNs)}; ${count(t.waitedOver1ms)} (${percent(t.waitedOver1ms / t.waited)}) waited 1 ms or more`] : []),
        ...stuckLine,
        `up to ${count(t.maxDepth)} items queued at once for ${v.poolSize} threads (UV_THREADPOOL_SIZE ${v.threadpoolSizeEnv ?? 'unset: 4'})`,
        ...kinds.map((k) => `${k.kind}: ${count(k.count)} items, queue wait p99 ≤ ${formatNs(k.waitP99NsAtMost)}, run time p50 ≤ ${formatNs(k.runP50NsAtMost)}, ${formatNs(k.runTotalNs)} of pool time`),
        ...t.workers.slice(0, 4).map((w) => `${w.name || 'worker'} (tid ${w.tid}): ${count(w.items)} items, busy ${formatNs(w.busyNs)}${w.runningNs > 0 ? `, on its current item for ${formatNs(w.runningNs)}` : ''}`),
      ],
      metrics: {poolSize: v.poolSize, items: t.waited, p99WaitNsAtMost: t.waitP99NsAtMost ?? 0, maxWaitNs: t.waitMaxNs, waitedOver1ms: t.waitedOver1ms, maxDepth: t.maxDepth, queuedAtEnd: t.queued, allBusyForNs: t.allBusyForNs ?? 0, stuck: stuck ? 1 : 0},
      meaning:
        'Node.js runs fs calls, dns.lookup, crypto (pbkdf2, scrypt, randomBytes, ...), zlib and native addons\' work on libuv\'s threadpool, ' +
        `${v.poolSize} threads here. When all of them are busy, further work queues: a 1 ms file read then takes as long as the ` +
        'work ahead of it, and an HTTP request that needs it waits with it, although the event loop itself looks idle.',
      fix:
        (cpu ? 'CPU-heavy items (uv_queue_work: crypto, zlib, addons) hold threads the longest: move them to worker_threads or another process, or use the synchronous variants off the main service path. ' : '') +
        'Raise the pool with UV_THREADPOOL_SIZE (set in the environment before Node starts, up to 1024), sized to the concurrent blocking work; ' +
        'for fs-heavy servers, let libuv use io_uring where the kernel allows it (UV_USE_IO_URING=1), which keeps fs calls off the pool.',
      docs: 'docs/findings/threadpool-saturated.md',
    } satisfies Finding]
  },
}
