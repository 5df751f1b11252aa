import {busyPoll, loopThreads} from '../../model/eventloop.js'
import type {Session} from '../../model/session.js'
import {count, percent, perSecond} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/** Below this many epoll calls a thread's pattern is not a loop yet. */
export const MIN_EPOLL_CALLS = 1000
/** Share of a thread's epoll calls with timeout 0 (domain rule 1). */
export const MIN_ZERO_TIMEOUT_SHARE = 0.9

/** Domain rule 1: busy polling is configured, but ep_poll returns before busy-polling when the timeout is 0. */
export const zeroTimeoutEpoll: Rule = {
  id: 'zero-timeout-epoll',
  title: 'epoll with timeout 0 defeats busy polling',
  evaluate(session: Session): Finding[] {
    const bp = busyPoll(session)
    if (!bp || bp.configuredBy.length === 0) return []
    return loopThreads(session)
      // A loop whose zero-timeout calls always return events is saturated, not waiting: nothing to busy-poll for.
      .filter((t) => t.calls >= BigInt(MIN_EPOLL_CALLS) && t.zeroTimeoutShare >= MIN_ZERO_TIMEOUT_SHARE && t.zeroEmpty > 0n && !t.libuvPattern)
      .map((t) => {
        const busyPolls = bp.busyPolls.filter((n) => n.tid === t.tid).reduce((a, n) => a + n.polls, 0n)
        const main = t.epolls[0]
        return {
          rule: this.id,
          severity: 'warning',
          title: `${t.name} (tid ${t.tid}) calls ${main.syscall} with timeout 0: busy polling never runs`,
          evidence: [
            `${percent(t.zeroTimeoutShare)} of ${count(t.calls)} epoll calls used timeout 0 (${perSecond(t.callsPerSecond)} calls/s), ` +
              `${percent(t.emptyShare)} returned no events`,
            `busy polling is configured: ${bp.configuredBy.join('; ')}`,
            `busy-poll napi_poll runs in this thread: ${count(busyPolls)}` +
              (bp.busyPollRxDelta !== null ? `; BusyPollRxPackets grew by ${count(bp.busyPollRxDelta)}` : ''),
          ],
          metrics: {
            tid: t.tid, calls: Number(t.calls), callsPerSecond: t.callsPerSecond, zeroTimeoutShare: t.zeroTimeoutShare,
            emptyShare: t.emptyShare, busyPolls: Number(busyPolls), busyPollRxDelta: bp.busyPollRxDelta === null ? 'unknown' : Number(bp.busyPollRxDelta),
          },
          meaning:
            'The kernel turns a zero timeout into "already timed out" and returns from ep_poll before it reaches the busy-poll loop ' +
            '(fs/eventpoll.c). The thread spins in user space instead of letting the kernel poll the NIC queue, so the busy-poll ' +
            'settings buy nothing and the CPU burns on syscall round trips.',
          fix:
            'Wait with a small non-zero timeout so the kernel busy-polls inside the call: epoll_pwait2 with e.g. 100 µs ' +
            '(the kernel-vs-DPDK article gained 16% with exactly this), or epoll_wait with 1 ms, or block (-1) and let ' +
            'net.core.busy_poll / EPIOCSPARAMS do the spinning.' +
            (bp.epollBusyPollConfigured ? ''
              : ' Also enable busy polling for epoll itself: what is set now (SO_BUSY_POLL, busy_read) acts only inside recv calls; ' +
                'epoll busy-polls with net.core.busy_poll or per epoll with EPIOCSPARAMS (Linux 6.9).'),
          docs: 'docs/findings/zero-timeout-epoll.md',
          thread: {tid: t.tid, name: t.name},
        } satisfies Finding
      })
  },
}
