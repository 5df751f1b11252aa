import {busyPoll, loopThreads} from '../../model/eventloop.js'
import type {Session} from '../../model/session.js'
import {count, percent, perSecond} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/**
 * Zero-timeout calls that returned nothing and were not followed by a real
 * wait, per second. Domain rule 5 suggests 100k/s; a loop at 10k/s already
 * makes a syscall every 100 µs for nothing, so flag from there.
 */
export const MIN_SPINNING_PER_SECOND = 10_000

/**
 * On-CPU share is evidence, not a condition: on an oversubscribed machine a
 * spinning thread gets less than a whole CPU. What defines spinning is that
 * the thread (almost) never waits: timeout 0 on at least this share of calls.
 */
export const MIN_ZERO_TIMEOUT_SHARE = 0.9

/** Domain rule 5: a loop polling with timeout 0 and no busy polling configured spins a core in user space. */
export const epollSpinning: Rule = {
  id: 'epoll-spinning',
  title: 'An event loop spins on epoll with timeout 0',
  evaluate(session: Session): Finding[] {
    const bp = busyPoll(session)
    if (!bp || bp.configuredBy.length > 0) return []   // then zero-timeout-epoll explains it better
    return loopThreads(session)
      .filter((t) => !t.libuvPattern && t.spinningPerSecond >= MIN_SPINNING_PER_SECOND && t.zeroTimeoutShare >= MIN_ZERO_TIMEOUT_SHARE)
      .map((t) => ({
        rule: this.id,
        severity: 'warning',
        title: `${t.name} (tid ${t.tid}) spins: ${perSecond(t.spinningPerSecond)} empty zero-timeout epoll calls/s`,
        evidence: [
          `${count(t.spinningCalls)} of ${count(t.calls)} epoll calls had timeout 0, returned nothing, and were followed by another zero-timeout call; ` +
            `${percent(t.zeroTimeoutShare)} of all its epoll calls used timeout 0`,
          (t.onCpuShare !== null ? `on CPU ${percent(t.onCpuShare)} of the time` : 'on-CPU time unknown') +
            (t.blockedShare !== null ? `; blocked ${percent(t.blockedShare)} of the time inside epoll` : ''),
          `no busy polling configured (net.core.busy_poll ${bp.busyPollUs ?? 'unreadable'}, no SO_BUSY_POLL, no EPIOCSPARAMS)`,
        ],
        metrics: {
          tid: t.tid, spinningCalls: Number(t.spinningCalls), spinningPerSecond: t.spinningPerSecond, calls: Number(t.calls), zeroTimeoutShare: t.zeroTimeoutShare,
          onCpuShare: t.onCpuShare ?? 'unknown', blockedShare: t.blockedShare ?? 'unknown',
        },
        meaning:
          'The loop asks the kernel "anything ready?" and immediately asks again. Each round trip costs a syscall, the core never ' +
          'idles, a sibling thread or hyperthread on the same core loses cycles, and no packet arrives sooner: without busy polling ' +
          'configured the kernel does nothing in those calls but check an empty ready list.',
        fix:
          'Block: epoll_wait with -1 (or the time to the next timer). If spinning is the point (latency), make it real busy polling: ' +
          'a non-zero timeout plus net.core.busy_poll or EPIOCSPARAMS (Linux 6.9+) on sockets from a NAPI device.',
        docs: 'docs/findings/epoll-spinning.md',
        thread: {tid: t.tid, name: t.name},
      } satisfies Finding))
  },
}
