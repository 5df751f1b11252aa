import type {Session} from '../../model/session.js'
import type {Finding, Rule} from '../finding.js'

/** Data the probes could not record makes every other number a lower bound: say so first. */
export const probeDataLost: Rule = {
  id: 'probe-data-lost',
  title: 'The probes could not record everything',
  evaluate(session: Session): Finding[] {
    const c = session.counters
    const lostCalls = c.statsMapFull + c.startStoreFailed
    const el = session.eventloop?.counters
    const elLost = el ? el.epollMapFull + el.fdIoMapFull + el.sockoptMapFull + el.napiMapFull + el.stateStoreFailed : 0n
    const elListing = el?.iteratorFailed ?? 0n
    const sc = session.sched?.counters
    const schedLost = sc ? sc.cpuTimeMapFull + sc.threadMapFull + sc.preemptionMapFull + sc.stateStoreFailed : 0n
    const lc = session.listeners?.counters
    const listenersLost = lc ? lc.eventMapFull + lc.groupScanTruncated : 0n
    const listingFailed = elListing + (sc?.iteratorFailed ?? 0n) + (lc?.iteratorFailed ?? 0n)
    const st = session.stacks?.counters
    const stacksLost = st ? st.stackTableFull + st.countTableFull + st.offcpuLost : 0n
    if (lostCalls === 0n && c.errnoMapFull === 0n && c.threadMapFull === 0n && elLost === 0n && listingFailed === 0n && schedLost === 0n && listenersLost === 0n && stacksLost === 0n) return []
    const evidence: string[] = []
    if (c.statsMapFull > 0n) evidence.push(`${c.statsMapFull.toLocaleString('en-US')} calls found no room in the (thread, syscall) map`)
    if (c.startStoreFailed > 0n) evidence.push(`${c.startStoreFailed.toLocaleString('en-US')} calls had no place to keep their start time`)
    if (c.errnoMapFull > 0n) evidence.push(`${c.errnoMapFull.toLocaleString('en-US')} errors could not be broken down by errno (counts are still exact)`)
    if (c.threadMapFull > 0n) evidence.push(`${c.threadMapFull.toLocaleString('en-US')} thread names could not be kept`)
    if (el && elLost > 0n) {
      evidence.push(`eventloop probe: ${elLost.toLocaleString('en-US')} events not recorded (epoll map full ${el.epollMapFull}, ` +
        `I/O map full ${el.fdIoMapFull}, setsockopt/ioctl map full ${el.sockoptMapFull}, napi map full ${el.napiMapFull}, state store failed ${el.stateStoreFailed})`)
    }
    if (elListing > 0n) evidence.push(`the socket and epoll listing failed in ${elListing.toLocaleString('en-US')} snapshot(s)`)
    if (sc && schedLost > 0n) {
      evidence.push(`sched probe: ${schedLost.toLocaleString('en-US')} events not recorded (thread × CPU map full ${sc.cpuTimeMapFull}, ` +
        `thread map full ${sc.threadMapFull}, preemption map full ${sc.preemptionMapFull}, state store failed ${sc.stateStoreFailed})`)
    }
    if (sc && sc.iteratorFailed > 0n) evidence.push(`the per-thread CPU listing failed in ${sc.iteratorFailed.toLocaleString('en-US')} snapshot(s)`)
    if (lc && listenersLost > 0n) {
      evidence.push(`listeners probe: ${lc.eventMapFull.toLocaleString('en-US')} listen()/accept() events found no room, ` +
        `${lc.groupScanTruncated.toLocaleString('en-US')} reuseport groups too large to find a socket's index in`)
    }
    if (st && stacksLost > 0n) {
      evidence.push(`stacks probe: ${(st.stackTableFull + st.countTableFull).toLocaleString('en-US')} samples lost (stack table full ${st.stackTableFull}, ` +
        `(thread, stack) table full ${st.countTableFull}), ${st.offcpuLost.toLocaleString('en-US')} off-CPU intervals not recorded`)
    }
    if (lc && lc.iteratorFailed > 0n) evidence.push(`the listening-socket listing failed in ${lc.iteratorFailed.toLocaleString('en-US')} snapshot(s)`)
    return [{
      rule: this.id,
      severity: lostCalls + elLost + schedLost + stacksLost > 0n ? 'warning' : 'info',
      title: lostCalls > 0n ? `${lostCalls.toLocaleString('en-US')} syscalls were not counted`
        : elLost > 0n ? `${elLost.toLocaleString('en-US')} event-loop events were not recorded`
          : schedLost > 0n ? `${schedLost.toLocaleString('en-US')} scheduling events were not recorded`
            : stacksLost > 0n ? `${stacksLost.toLocaleString('en-US')} stack samples were not recorded` : 'Some details were not recorded',
      evidence,
      metrics: {
        statsMapFull: Number(c.statsMapFull),
        startStoreFailed: Number(c.startStoreFailed),
        errnoMapFull: Number(c.errnoMapFull),
        threadMapFull: Number(c.threadMapFull),
        eventloopLost: Number(elLost),
        eventloopListingFailed: Number(elListing),
        schedLost: Number(schedLost),
        schedListingFailed: Number(sc?.iteratorFailed ?? 0n),
        listenersLost: Number(listenersLost),
        listenersListingFailed: Number(lc?.iteratorFailed ?? 0n),
        stacksLost: Number(stacksLost),
      },
      meaning: 'The probes keep bounded maps in the kernel. A process with very many threads (or many short-lived ones) can fill them; the counts shown are then lower bounds.',
      fix: 'Attach for a shorter time, or to a process with fewer threads. The limits are in probes/syscalls.h (SYSCALLS_MAX_STATS, SYSCALLS_MAX_THREADS), probes/eventloop.h (EVENTLOOP_MAX_*), probes/sched.h (SCHED_MAX_*), probes/listeners.h and probes/stacks.h.',
      docs: 'docs/findings/probe-data-lost.md',
    }]
  },
}
