import {pollModeThreads, userStacks, POLL_MODE_MAX_SYSCALLS_PER_SECOND, POLL_MODE_MIN_ONCPU, POLL_MODE_MIN_ONCPU_NEVER_SLEPT} from '../../model/lkl.js'
import type {Session} from '../../model/session.js'
import {count, percent, perSecond} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/**
 * Informational: a DPDK process whose lcores poll the NIC from user space.
 * Such a thread is on CPU all the time and makes almost no syscalls; that is
 * its design, not a spinning bug, and the kernel sees none of its traffic.
 */
export const dpdkPollMode: Rule = {
  id: 'dpdk-poll-mode',
  title: 'DPDK poll-mode threads: always on CPU, almost no syscalls',
  evaluate(session: Session): Finding[] {
    const view = userStacks(session)
    if (!view || view.dpdk.length === 0) return []
    const threads = pollModeThreads(session)
    if (threads.length === 0) return []
    return [{
      rule: this.id,
      severity: 'info',
      title: `${threads.length} DPDK poll-mode thread(s): ${threads.map((t) => `${t.name} (tid ${t.tid}) on CPU ${percent(t.onCpuShare)}`).join(', ')}`,
      evidence: [
        `DPDK is mapped: ${view.dpdk.map((l) => l.path).join(', ')} (rte_eal_init)`,
        ...threads.map((t) => `${t.name} (tid ${t.tid}): on CPU ${percent(t.onCpuShare)} of the time` +
          (t.runnableShare === null ? '' : `, on CPU or waiting for it ${percent(t.runnableShare)}`) +
          (t.voluntarySwitches === null ? '' : t.voluntarySwitches === 0n ? ', never went to sleep' : `, went to sleep ${count(t.voluntarySwitches)} times`) +
          `, ${count(t.syscalls)} syscalls (${perSecond(t.syscallsPerSecond)}/s)`),
        `poll mode: on CPU (or ready to run) at least ${percent(POLL_MODE_MIN_ONCPU)} of the time, or at least ${percent(POLL_MODE_MIN_ONCPU_NEVER_SLEPT)} ` +
          `without ever going to sleep (a hypervisor's steal time is not on-CPU time), and fewer than ${POLL_MODE_MAX_SYSCALLS_PER_SECOND} syscalls/s`,
      ],
      metrics: {threads: threads.length, tids: threads.map((t) => t.tid).join(' '), minOnCpuShare: Math.min(...threads.map((t) => t.onCpuShare))},
      meaning:
        'DPDK drives the NIC from user space: its lcore threads call rte_eth_rx_burst in a loop and never block, so they use a whole CPU ' +
        'whether packets come or not, and the packets they handle never pass through the kernel. Full CPU here is the design, not a ' +
        'spinning bug; syscall and epoll numbers say nothing about this traffic.',
      fix:
        'Nothing to fix if this is intended. Give each lcore a CPU of its own (isolcpus, or a cpuset) and keep other threads off it; ' +
        'if the process should not burn CPUs while idle, use DPDK\'s interrupt mode (rte_eth_dev_rx_intr_enable) or power management.',
      docs: 'docs/findings/dpdk-poll-mode.md',
    } satisfies Finding]
  },
}
