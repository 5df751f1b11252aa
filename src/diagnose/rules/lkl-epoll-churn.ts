import {hostCount, lklThreads, userStacks, LKL_EPOLL_WAIT_NAMES} from '../../model/lkl.js'
import type {Session} from '../../model/session.js'
import {count, perSecond} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/** Hooked epoll_wait calls before the rule looks at all. */
export const MIN_LKL_EPOLL_WAITS = 100
/** Thread creations per hooked epoll_wait at which the churn is the library's (it makes one per call). */
export const MIN_CLONES_PER_WAIT = 0.5

/**
 * Domain rule 10: the hijack library's epoll_wait creates two pipes and a
 * thread on every call. Seen as host clone/clone3 about as often as LKL's
 * epoll waits, with pipe2 alongside.
 */
export const lklEpollChurn: Rule = {
  id: 'lkl-epoll-churn',
  title: 'Every epoll_wait through LKL\'s hijack library creates a thread and two pipes',
  evaluate(session: Session): Finding[] {
    const view = userStacks(session)
    if (!view?.lkl || !view.hijack || view.uprobes.attached.length === 0) return []
    const threads = lklThreads(session)
    let waits = 0n
    const waiters: {name: string; tid: number; waits: bigint}[] = []
    for (const t of threads) {
      const n = t.rows.filter((r) => LKL_EPOLL_WAIT_NAMES.includes(r.name)).reduce((a, r) => a + r.lkl, 0n)
      if (n > 0n) waiters.push({name: t.name, tid: t.tid, waits: n})
      waits += n
    }
    if (waits < BigInt(MIN_LKL_EPOLL_WAITS)) return []
    const clones = hostCount(session, ['clone', 'clone3'])
    const pipes = hostCount(session, ['pipe2', 'pipe'])
    const perWait = Number(clones) / Number(waits)
    if (perWait < MIN_CLONES_PER_WAIT || pipes < clones) return []
    const seconds = session.elapsedSeconds
    const rate = (n: bigint) => perSecond(seconds > 0 ? Number(n) / seconds : 0)
    waiters.sort((a, b) => (b.waits > a.waits ? 1 : -1))
    return [{
      rule: this.id,
      severity: 'warning',
      title: `${count(waits)} epoll waits through LKL came with ${count(clones)} thread creations and ${count(pipes)} pipes (${perWait.toFixed(2)} threads per wait)`,
      evidence: [
        `epoll waits handled by LKL (lkl_syscall ${LKL_EPOLL_WAIT_NAMES.join('/')}): ${count(waits)}, ${rate(waits)}/s` +
          ` — ${waiters.slice(0, 3).map((w) => `${w.name} (tid ${w.tid}) ${count(w.waits)}`).join(', ')}`,
        `host clone/clone3 of the process: ${count(clones)}, ${rate(clones)}/s; host pipe2: ${count(pipes)}, ${rate(pipes)}/s (two per wait: ${count(waits * 2n)})`,
      ],
      metrics: {lklEpollWaits: Number(waits), clones: Number(clones), pipes: Number(pipes), clonesPerWait: perWait, waitsPerSecond: seconds > 0 ? Number(waits) / seconds : 0},
      meaning:
        'The hijack library\'s epoll_wait waits on two sides at once: on every call it creates two pipes and a thread that waits on the ' +
        'host epoll while the caller waits in LKL, merges the results and joins the thread. Each wait therefore costs a thread creation, ' +
        'four fds, and a dozen host syscalls on top of the wait itself; at thousands of waits a second that is most of the loop\'s time.',
      fix:
        'Wait less often: process more events per wait (a larger maxevents, a short timeout instead of spinning), or keep all of the ' +
        'loop\'s fds in LKL so the host side is not needed; with the DPDK or tap backend and only LKL sockets, a loop that polls LKL ' +
        'directly avoids the thread. See how many waits return nothing in the eventloop section.',
      docs: 'docs/findings/lkl-epoll-churn.md',
    } satisfies Finding]
  },
}
