import {userStacks} from '../../model/lkl.js'
import type {Session} from '../../model/session.js'
import {formatNs, quantileAtMostNs} from '../../model/latency.js'
import {count, percent, perSecond} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/** The sleep calls usleep and nanosleep make. */
export const SLEEP_CALLS: readonly string[] = ['clock_nanosleep', 'nanosleep']
/** Domain rule 12, second signal: a thread sleeping at least this often (10 ms sleeps on a loaded machine come some 50 times a second)... */
export const MIN_SLEEPS_PER_SECOND = 20
/** ...with sleeps at least this share of its syscalls (an RX poll loop makes nothing else)... */
export const MIN_SLEEP_SHARE = 0.5
/** ...and sleeps whose median reaches this are the old revision's usleep(10 ms). */
export const LONG_SLEEP_NS = 5_000_000

/** Why this process's LKL drives DPDK, or null when nothing says it does. */
function dpdkBackend(session: Session): string | null {
  const view = userStacks(session)
  if (!view?.lkl) return null
  const iftype = view.env.find((v) => v.name === 'LKL_HIJACK_NET_IFTYPE')
  if (iftype && iftype.value.trim().toLowerCase() === 'dpdk') return 'LKL_HIJACK_NET_IFTYPE=dpdk'
  if (view.lkl.dpdk) return `${view.lkl.path} has DPDK built in (rte_eal_init)`
  if (view.dpdk.length > 0) return `DPDK is mapped: ${view.dpdk[0].path}`
  return null
}

/**
 * Domain rule 12, second signal: LKL's DPDK backend polls its RX queue with
 * rte_eth_rx_burst and, when it finds it empty, sleeps (usleep(1) in the
 * newer revision unless busy_poll is set, usleep(10 ms) in an older one).
 * Either way packets wait for the sleep to end; the kernel sees only the
 * sleeps.
 */
export const lklPollSleeps: Rule = {
  id: 'lkl-poll-sleeps',
  title: 'LKL\'s DPDK RX thread sleeps between polls',
  evaluate(session: Session): Finding[] {
    const backend = dpdkBackend(session)
    const seconds = session.elapsedSeconds
    if (!backend || seconds <= 0) return []
    const findings: Finding[] = []
    for (const t of session.threads()) {
      if (t.exited) continue
      const sleeps = t.syscalls.filter((s) => SLEEP_CALLS.includes(s.name))
      const n = sleeps.reduce((a, s) => a + s.count, 0n)
      const rate = Number(n) / seconds
      if (rate < MIN_SLEEPS_PER_SECOND || t.totalCalls === 0n || Number(n) / Number(t.totalCalls) < MIN_SLEEP_SHARE) continue
      // The sleep length is the syscall's own latency: one histogram over both calls.
      const hist = sleeps.reduce<bigint[]>((acc, s) => s.latencyLog2Ns.map((v, i) => v + (acc[i] ?? 0n)), [])
      const maxNs = sleeps.reduce((a, s) => (s.maxNs > a ? s.maxNs : a), 0n)
      const totalNs = sleeps.reduce((a, s) => a + s.totalNs, 0n)
      const p50 = quantileAtMostNs(hist, 0.5, maxNs)
      const mean = n > 0n ? Number(totalNs) / Number(n) : 0
      const long = mean >= LONG_SLEEP_NS
      const names = sleeps.filter((s) => s.count > 0n).map((s) => s.name).join(' and ')
      findings.push({
        rule: this.id,
        severity: 'warning',
        thread: {tid: t.tid, name: t.name},
        title: long
          ? `${t.name} (tid ${t.tid}) sleeps ${formatNs(mean)} at a time between polls: an old LKL revision's usleep(10 ms), up to that much delay per packet`
          : `${t.name} (tid ${t.tid}) sleeps ${perSecond(rate)} times a second between polls: LKL's DPDK backend without busy_poll`,
        evidence: [
          `LKL drives DPDK: ${backend}`,
          `${t.name} (tid ${t.tid}): ${count(n)} ${names} calls (${perSecond(rate)}/s), ${percent(Number(n) / Number(t.totalCalls))} of its ${count(t.totalCalls)} syscalls`,
          `each sleep: mean ${formatNs(mean)}, p50 ≤ ${formatNs(p50)}, max ${formatNs(maxNs)}; ${formatNs(totalNs)} asleep in all (${percent(Number(totalNs) / (seconds * 1e9))} of the session)`,
        ],
        metrics: {sleeps: Number(n), sleepsPerSecond: rate, meanSleepNs: Math.round(mean), p50SleepNsAtMost: p50 ?? 0, longSleeps: long ? 1 : 0},
        meaning:
          'With the DPDK backend, LKL reads packets in a thread that polls the NIC queue (rte_eth_rx_burst) and, when the queue is empty, ' +
          'sleeps before the next poll: usleep(1) in current LKL unless busy_poll is set, usleep(10 ms) in an older revision. A packet that ' +
          'arrives during the sleep waits for it to end (a "1 µs" usleep lasts some 50-60 µs with the default timer slack), so latency grows ' +
          'by up to the sleep length at low load, and every sleep is a syscall and a context switch the kernel-bypass setup meant to avoid.' +
          (long ? ' Sleeps of 10 ms mean an old LKL revision: at low load most packets wait milliseconds.' : ''),
        fix:
          (long ? 'Upgrade LKL: newer revisions sleep 1 µs, not 10 ms. ' : '') +
          'Turn on busy polling in LKL\'s DPDK backend (its busy_poll setting) so the RX thread polls without sleeping, and give that thread ' +
          'a CPU of its own; or keep the sleeps where an idle CPU matters more than latency.',
        docs: 'docs/findings/lkl-poll-sleeps.md',
      } satisfies Finding)
    }
    return findings
  },
}
