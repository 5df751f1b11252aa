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
    if (lostCalls === 0n && c.errnoMapFull === 0n && c.threadMapFull === 0n && elLost === 0n && elListing === 0n) return []
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
    return [{
      rule: this.id,
      severity: lostCalls + elLost > 0n ? 'warning' : 'info',
      title: lostCalls > 0n ? `${lostCalls.toLocaleString('en-US')} syscalls were not counted`
        : elLost > 0n ? `${elLost.toLocaleString('en-US')} event-loop events were not recorded` : 'Some details were not recorded',
      evidence,
      metrics: {
        statsMapFull: Number(c.statsMapFull),
        startStoreFailed: Number(c.startStoreFailed),
        errnoMapFull: Number(c.errnoMapFull),
        threadMapFull: Number(c.threadMapFull),
        eventloopLost: Number(elLost),
        eventloopListingFailed: Number(elListing),
      },
      meaning: 'The probes keep bounded maps in the kernel. A process with very many threads (or many short-lived ones) can fill them; the counts shown are then lower bounds.',
      fix: 'Attach for a shorter time, or to a process with fewer threads. The limits are in probes/syscalls.h (SYSCALLS_MAX_STATS, SYSCALLS_MAX_THREADS) and probes/eventloop.h (EVENTLOOP_MAX_*).',
      docs: 'docs/findings/probe-data-lost.md',
    }]
  },
}
