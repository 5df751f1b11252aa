import {lklThreads, lklTotals, pollModeThreads, userStacks, LKL_FD_OFFSET, type LklThreadView, type UserStackLibrary} from '../model/lkl.js'
import type {Session} from '../model/session.js'
import {formatNs} from '../model/latency.js'
import {count, pad, percent, perSecond} from '../lib/format.js'

function library(l: UserStackLibrary): string {
  const parts = [l.how]
  if (l.lklSymbols.length > 0) parts.push(`defines ${l.lklSymbols.join(', ')}`)
  if (l.libcOverrides.length > 0) parts.push(`overrides ${l.libcOverrides.length} libc calls`)
  if (l.symbolsError) parts.push(l.symbolsError)
  return `${l.kind} ${l.path} (${parts.join('; ')})`
}

function threadRows(t: LklThreadView, maxRows?: number): string[] {
  const lines = [
    `  ${pad(`TID ${t.tid} ${t.name}${t.exited ? ' (exited)' : ''}`, 30)}${pad('in LKL', 11, true)}${pad('p50≤', 8, true)}${pad('p99≤', 8, true)}` +
      `${pad('host', 11, true)}${pad('inside LKL', 12, true)}${pad('past LKL', 11, true)}`,
  ]
  const rows = maxRows ? t.rows.slice(0, maxRows) : t.rows
  for (const r of rows) {
    lines.push(
      `    ${pad(r.name, 28)}${pad(count(r.lkl), 11, true)}${pad(formatNs(r.lklP50Ns), 8, true)}${pad(formatNs(r.lklP99Ns), 8, true)}` +
        `${pad(count(r.host), 11, true)}${pad(count(r.hostInsideLkl), 12, true)}${pad(count(r.hostDirect), 11, true)}`,
    )
  }
  if (rows.length < t.rows.length) lines.push(`    … ${t.rows.length - rows.length} more calls`)
  if (t.cpuWait) {
    const w = t.cpuWait
    lines.push(`    waited for the LKL CPU (lkl_cpu_get) ${count(w.count)} times: p50 ≤ ${formatNs(w.p50Ns)}, p99 ≤ ${formatNs(w.p99Ns)}, max ${formatNs(w.maxNs)}, ${formatNs(w.totalNs)} in all`)
  }
  return lines
}

/**
 * User-space network stacks found in the target, and what LKL handled next
 * to what reached the host kernel. Empty when the probe is absent or found
 * nothing (the usual case).
 */
export function renderLklSection(session: Session, options: {maxThreads?: number; maxRows?: number; detail?: boolean} = {}): string {
  const view = userStacks(session)
  if (!view) return ''
  const poll = view.dpdk.length > 0 ? pollModeThreads(session) : []
  if (!view.lkl && view.dpdk.length === 0 && view.interposers.length === 0) return ''
  const lines: string[] = []
  if (view.lkl) {
    lines.push(`User-space network stack: ${library(view.lkl)}${view.lklRenamed ? ' — a renamed copy, found by its symbols' : ''}${view.zpoline ? ', zpoline mode' : ''}`)
    if (view.env.length > 0) lines.push(`  settings: ${view.env.map((v) => `${v.name}=${v.value}`).join(' ')}`)
    const u = view.uprobes
    if (u.attached.length > 0) {
      const since = u.afterAttachNs !== null && u.afterAttachNs > 100_000_000n ? ` since +${(Number(u.afterAttachNs) / 1e9).toFixed(1)} s` : ''
      lines.push(`  uprobes on ${u.attached.filter((n) => !n.endsWith('(return)')).join(', ')} (entry and return)${since}` +
        (u.hostCallsCounted ? '; host syscalls made inside LKL counted' : '; host syscalls inside LKL NOT counted (no BTF tracepoints)') +
        (u.cpuWaitOff ? '; LKL CPU lock wait not measured (--no-lkl-cpu-wait)' : ''))
    } else {
      lines.push(`  no uprobes: ${u.error || 'lkl_syscall has no address in the file'}; LKL's calls are not counted`)
    }
    const totals = lklTotals(session)
    if (totals && u.attached.length > 0) {
      const share = totals.shareInUserSpace === null ? 'no network calls yet'
        : `${percent(totals.shareInUserSpace)} of network calls (socket API, event waits) stayed in user space (${count(totals.lklNetwork)} in LKL, ${count(totals.hostDirectNetwork)} went to the host kernel past it)`
      lines.push(`  ${share}`)
      if (totals.cpuWait) {
        const w = totals.cpuWait
        lines.push(`  LKL CPU (lkl_cpu_get): ${count(w.count)} waits by ${totals.cpuWaitThreads} thread(s), p50 ≤ ${formatNs(w.p50Ns)}, p99 ≤ ${formatNs(w.p99Ns)}, max ${formatNs(w.maxNs)}`)
      }
      if (totals.probeSyscalls > 0n) lines.push(`  (${count(totals.probeSyscalls)} uretprobe syscalls in the table above are the uprobes' own)`)
    }
    const fds = view.hostFds
    if (fds.maxSeen !== null) {
      lines.push(`  host fds: ${count(fds.now)} open, highest ${fds.maxSeen}${fds.maxSeen >= LKL_FD_OFFSET ? ` — at or above ${LKL_FD_OFFSET}, where LKL's fds start` : ''}`)
    }
    const threads = lklThreads(session)
    const shown = options.maxThreads ? threads.slice(0, options.maxThreads) : threads
    for (const t of shown) lines.push(...threadRows(t, options.detail ? undefined : options.maxRows ?? 6))
    if (shown.length < threads.length) lines.push(`  … ${threads.length - shown.length} more threads`)
    const c = session.lkl!.counters
    const dropped = [
      c.statsMapFull > 0n ? `${count(c.statsMapFull)} LKL calls (map full)` : '',
      c.cpuMapFull > 0n ? `${count(c.cpuMapFull)} LKL CPU waits (map full)` : '',
      c.hostMapFull > 0n ? `${count(c.hostMapFull)} host calls inside LKL (map full)` : '',
      c.stateStoreFailed > 0n ? `${count(c.stateStoreFailed)} calls without per-thread state` : '',
      c.tooDeep > 0n ? `${count(c.tooDeep)} nested calls deeper than the probe follows` : '',
    ].filter(Boolean)
    if (dropped.length > 0) lines.push(`  lkl probe DROPPED: ${dropped.join('; ')}`)
  }
  for (const l of view.interposers) {
    lines.push(`Preloaded library overrides libc socket calls: ${l.path} (${l.how}): ${l.libcOverrides.join(', ')}`)
  }
  for (const l of view.dpdk) lines.push(`DPDK: ${l.path} (${l.how})`)
  for (const t of poll) {
    lines.push(`  poll-mode thread ${t.name} (tid ${t.tid}): on CPU ${percent(t.onCpuShare)}${t.runnableShare === null ? '' : ` (runnable ${percent(t.runnableShare)})`}${t.voluntarySwitches === 0n ? ', never slept' : ''}, ${perSecond(t.syscallsPerSecond)} syscalls/s`)
  }
  return lines.join('\n')
}
