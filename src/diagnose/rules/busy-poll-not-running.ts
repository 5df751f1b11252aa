import {busyPoll, loopThreads, socketIo} from '../../model/eventloop.js'
import type {Session} from '../../model/session.js'
import {count} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'
import {MIN_EPOLL_CALLS, MIN_ZERO_TIMEOUT_SHARE} from './zero-timeout-epoll.js'

/** Domain rules 1-2: busy polling is configured and the loop waits properly, yet no busy poll ever ran. */
export const busyPollNotRunning: Rule = {
  id: 'busy-poll-not-running',
  title: 'Busy polling is configured but never runs',
  evaluate(session: Session): Finding[] {
    const bp = busyPoll(session)
    if (!bp || bp.configuredBy.length === 0 || bp.ran) return []
    const loops = loopThreads(session).filter((t) => t.calls >= BigInt(MIN_EPOLL_CALLS))
    // Busy polling acts on receives (and on epoll waits), never on sends.
    const receives = socketIo(session).reduce((a, t) => a + t.readOnSockets + t.recvFamily, 0n)
    if (loops.length === 0 && receives < BigInt(MIN_EPOLL_CALLS)) return []
    // Zero timeouts explain it already (zero-timeout-epoll); this rule is for the other reasons.
    if (loops.some((t) => t.zeroTimeoutShare >= MIN_ZERO_TIMEOUT_SHARE && t.zeroEmpty > 0n && !t.libuvPattern)) return []
    const inet = bp.socketGroups.filter((g) => g.family === 2 || g.family === 10)
    const connected = inet.filter((g) => !g.listening)
    const noNapi = connected.filter((g) => g.napiId === 0).reduce((a, g) => a + g.count, 0n)
    const napiIds = new Set(connected.filter((g) => g.napiId !== 0).map((g) => g.napiId))
    const reasons: string[] = []
    if (noNapi > 0n) reasons.push(`${count(noNapi)} connected socket(s) have no NAPI id: their packets come from a device without NAPI (loopback, or a virtual device with NAPI off), which busy polling cannot poll`)
    if (napiIds.size > 1) reasons.push(`sockets carry ${napiIds.size} different NAPI ids (${[...napiIds].slice(0, 6).join(', ')}): one epoll busy-polls only one of them`)
    if (!bp.epollBusyPollConfigured && loops.length > 0) reasons.push('epoll itself is not set to busy-poll: SO_BUSY_POLL and busy_read only act in recv calls; epoll needs net.core.busy_poll or EPIOCSPARAMS')
    return [{
      rule: this.id,
      severity: 'warning',
      title: 'Busy polling is configured, but it never ran in the target\'s threads',
      evidence: [
        `configured by: ${bp.configuredBy.join('; ')}`,
        `busy-poll napi_poll runs in target threads: 0` + (bp.busyPollRxDelta !== null ? `; BusyPollRxPackets grew by ${count(bp.busyPollRxDelta)}` : ''),
        ...reasons,
      ],
      metrics: {
        busyPolls: 0, busyPollRxDelta: bp.busyPollRxDelta === null ? 'unknown' : Number(bp.busyPollRxDelta),
        socketsWithoutNapiId: Number(noNapi), distinctNapiIds: napiIds.size, epollBusyPollConfigured: String(bp.epollBusyPollConfigured),
      },
      meaning:
        'Busy polling only happens when a waiting call finds a NAPI id to poll: the socket (or, for epoll, the epoll instance) must ' +
        'have received from a NAPI device, busy polling must be on for that kind of call, and the timeout must be non-zero. ' +
        'Otherwise the setting costs nothing and does nothing, and latency is whatever interrupts give.',
      fix:
        reasons.length > 0
          ? 'Address the reasons above: serve traffic from a NAPI device (a real NIC queue), give each thread an epoll whose sockets share one NAPI id ' +
            '(SO_INCOMING_NAPI_ID, or a reuseport BPF program), and enable epoll busy polling with net.core.busy_poll or EPIOCSPARAMS.'
          : 'Check SO_INCOMING_NAPI_ID on the sockets (0 means no NAPI device), and that epoll busy polling is enabled with net.core.busy_poll or EPIOCSPARAMS.',
      docs: 'docs/findings/busy-poll-not-running.md',
    }]
  },
}
