import {lklTotals, userStacks} from '../../model/lkl.js'
import type {Session} from '../../model/session.js'
import {count, percent} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/**
 * Informational: the target runs (part of) its network stack in user space.
 * Syscall counts then show only what still reaches the kernel; the lkl
 * section has the rest. One finding per process.
 */
export const userspaceNetworkStack: Rule = {
  id: 'userspace-network-stack',
  title: 'Part of the network stack runs in user space: the kernel does not see those calls',
  evaluate(session: Session): Finding[] {
    const view = userStacks(session)
    if (!view || (!view.lkl && view.interposers.length === 0 && view.dpdk.length === 0)) return []
    const evidence: string[] = []
    const metrics: Record<string, number | string> = {}
    if (view.lkl) {
      const l = view.lkl
      evidence.push(`${l.kind}: ${l.path}, ${l.how}` +
        (l.lklName ? '' : ' (a renamed copy: found by its symbols, not its name)') +
        `; defines ${l.lklSymbols.join(', ') || 'no lkl_* entry point'}` +
        (l.libcOverrides.length > 0 ? `; overrides ${l.libcOverrides.length} libc calls (${l.libcOverrides.slice(0, 8).join(', ')}${l.libcOverrides.length > 8 ? ', …' : ''})` : ''))
      if (view.zpoline) evidence.push('zpoline mode: syscalls are rewritten to calls into LKL (LKL_HIJACK_ZPOLINE / libzpoline)')
      if (view.env.length > 0) evidence.push(`settings: ${view.env.map((v) => `${v.name}=${v.value}`).join(', ')}`)
      metrics.lklLibrary = l.path
      metrics.lklFoundBy = l.lklName ? 'name' : 'symbols'
      const totals = lklTotals(session)
      if (view.uprobes.attached.length > 0 && totals) {
        evidence.push(`${count(totals.lklCalls)} calls handled in LKL by ${totals.lklThreads} thread(s)` +
          (totals.shareInUserSpace === null ? '' : `; ${percent(totals.shareInUserSpace)} of network calls stayed in user space ` +
            `(${count(totals.lklNetwork)} in LKL, ${count(totals.hostDirectNetwork)} reached the host kernel past it)`))
        metrics.lklCalls = Number(totals.lklCalls)
        metrics.networkCallsInLkl = Number(totals.lklNetwork)
        metrics.networkCallsPastLkl = Number(totals.hostDirectNetwork)
        if (totals.shareInUserSpace !== null) metrics.shareInUserSpace = totals.shareInUserSpace
      } else {
        evidence.push(`LKL's calls are not counted: ${view.uprobes.error || 'no uprobes attached'}`)
      }
    }
    for (const l of view.interposers) {
      evidence.push(`${l.path} (${l.how}) overrides libc socket calls: ${l.libcOverrides.join(', ')}`)
    }
    if (view.interposers.length > 0) metrics.interposers = view.interposers.map((l) => l.path).join(' ')
    for (const l of view.dpdk) evidence.push(`DPDK: ${l.path} (rte_eal_init) is mapped`)
    if (view.dpdk.length > 0) metrics.dpdk = view.dpdk.map((l) => l.path).join(' ')
    const what = view.lkl ? `${view.lkl.kind} ${view.lkl.path.split('/').pop()}` : view.interposers.length > 0 ? `${view.interposers[0].path.split('/').pop()} overrides libc socket calls` : 'DPDK'
    return [{
      rule: this.id,
      severity: 'info',
      title: `${what}: network calls it handles never reach the kernel, so kernel-side counts miss them`,
      evidence,
      metrics,
      meaning:
        'A library in front of libc takes over socket calls (LKL runs a copy of the Linux TCP/IP stack inside the process; DPDK ' +
        'drives the NIC from user space). What it handles makes no syscall: the syscall table, epoll and socket numbers show only ' +
        'what still reaches the host kernel. The lkl section shows what LKL handled, per thread and call, next to the host calls.',
      fix:
        'Nothing to fix in itself. Read the lkl section for LKL\'s own numbers; the other findings about LKL (unhooked event-loop ' +
        'calls, epoll_wait churn, host fds at 512, LKL CPU contention) say where it hurts. `nm -D <library>` lists what it overrides.',
      docs: 'docs/findings/userspace-network-stack.md',
    } satisfies Finding]
  },
}
