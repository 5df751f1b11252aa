import {lklThreads, userStacks, UNHOOKED_WAITS} from '../../model/lkl.js'
import type {Session} from '../../model/session.js'
import {count, perSecond} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/** Calls of an unhooked wait on the host before it counts as the loop's way of waiting (a stray call or two is not a loop). */
export const MIN_UNHOOKED_WAITS = 10

/**
 * Domain rule 11 (API half): LKL's hijack library is in place and a thread
 * waits for events with a call the library does not override (libuv's
 * epoll_pwait, epoll_pwait2, ppoll, pselect6). That call goes to the host
 * kernel, whose epoll knows nothing of LKL's sockets.
 */
export const lklUnhookedWait: Rule = {
  id: 'lkl-unhooked-wait',
  title: 'The event loop waits with a call LKL\'s hijack library does not override',
  evaluate(session: Session): Finding[] {
    const view = userStacks(session)
    if (!view?.lkl || !view.hijack) return []
    const overridden = new Set(view.lkl.libcOverrides)
    const seconds = session.elapsedSeconds
    return lklThreads(session, {all: true}).flatMap((t) => {
      const waits = t.rows.filter((r) => UNHOOKED_WAITS.includes(r.name) && !overridden.has(r.name) && r.hostDirect >= MIN_UNHOOKED_WAITS)
      if (waits.length === 0) return []
      const total = waits.reduce((a, r) => a + r.hostDirect, 0n)
      const lklNetwork = t.lklNetwork
      const top = waits.sort((a, b) => (b.hostDirect > a.hostDirect ? 1 : -1))[0]
      // Critical when the thread's sockets are LKL's; a thread that made no network call through LKL may
      // wait on host fds alone (a helper thread, a host pipe), which the host kernel serves well.
      return [{
        rule: this.id,
        severity: lklNetwork > 0n ? 'critical' : 'warning',
        title: `${t.name} (tid ${t.tid}) waits with ${top.name}, which ${view.lkl!.path.split('/').pop()} does not override: ${count(total)} waits went to the host kernel`,
        evidence: [
          ...waits.map((r) => `${r.name}: ${count(r.hostDirect)} calls reached the host kernel (${perSecond(seconds > 0 ? Number(r.hostDirect) / seconds : 0)}/s), none through lkl_syscall`),
          `the hijack library overrides ${[...overridden].filter((n) => /epoll|poll|select/.test(n)).join(', ') || 'no event-wait call'}, not ${waits.map((r) => r.name).join(', ')}`,
          lklNetwork > 0n
            ? `the same thread made ${count(lklNetwork)} network calls through LKL: its sockets are LKL's`
            : `this thread made no network call through LKL (LKL handled ${count(t.lklCalls)} of its calls): if it waits on host fds only, this is harmless`,
        ],
        metrics: {tid: t.tid, call: top.name, hostWaits: Number(total), lklNetworkCalls: Number(lklNetwork), library: view.lkl!.path},
        meaning:
          'Sockets created through the hijack library live in LKL, not in the host kernel. An event loop that waits with a call the ' +
          'library does not override (libuv uses epoll_pwait; others epoll_pwait2, ppoll) asks the host kernel, whose epoll cannot see ' +
          'LKL\'s sockets: their events never arrive, and the loop hangs or only serves host fds. With LKL\'s fds numbered from 512 the ' +
          'host returns EBADF or, worse, a host fd that happens to have that number.',
        fix:
          'Make the loop use a call the library overrides (epoll_wait), as the Node.js-on-LKL port patched libuv to do; or add hooks for ' +
          'epoll_pwait/epoll_pwait2 to the hijack library; or run it in zpoline mode, which rewrites every syscall. Check the overrides ' +
          'with `nm -D ' + view.lkl!.path + ' | grep epoll`.',
        docs: 'docs/findings/lkl-unhooked-wait.md',
        thread: {tid: t.tid, name: t.name},
      } satisfies Finding]
    })
  },
}
