import {formatNs, quantileAtMostNs} from '../model/latency.js'
import {PROBE_SYSCALLS} from '../model/lkl.js'
import type {Session, ThreadView} from '../model/session.js'
import type {Finding} from '../diagnose/finding.js'
import {errnoName} from '../syscalls/errno.js'
import {renderEventloopSection} from './eventloop.js'
import {renderListenersSection} from './listeners.js'
import {renderSchedSection} from './sched.js'
import {renderNicLive, renderNicSection} from './nic.js'
import {renderStacksSection} from './stacks.js'
import {renderLklSection} from './lkl.js'
import {renderNodejsSection} from './nodejs.js'
import {count as n, pad} from '../lib/format.js'

export interface RenderOptions {
  /** Most syscalls shown per thread (the summary shows all). */
  maxSyscallsPerThread?: number
  maxThreads?: number
  live?: boolean
}


export function header(session: Session): string {
  const probes = session.probes.map((p) => (p.attached ? `${p.name} (${p.variant})` : `${p.name} FAILED: ${p.error}`)).join(', ')
  const cmd = session.cmdline.join(' ') || session.comm
  return [
    `stackprof: pid ${session.pid} ${pad(cmd, 60).trimEnd()}`,
    `kernel ${session.kernel} ${session.machine}, probes: ${probes}, ${session.elapsedSeconds.toFixed(1)} s` +
      (session.latencyMeasured ? '' : ' (latency not measured: --no-latency)'),
    dropsLine(session),
  ].join('\n')
}

function dropsLine(session: Session): string {
  const c = session.counters
  const lost = c.statsMapFull + c.startStoreFailed
  const parts = [lost > 0n ? `LOST ${n(lost)} calls` : 'nothing dropped']
  if (c.errnoMapFull > 0n) parts.push(`${n(c.errnoMapFull)} errno details dropped`)
  if (c.threadMapFull > 0n) parts.push(`${n(c.threadMapFull)} thread names dropped`)
  if (c.unmatchedExits > 0n) parts.push(`${n(c.unmatchedExits)} exits without entry (calls in flight at attach, new threads)`)
  return parts.join('; ')
}

function threadTable(session: Session, thread: ThreadView, options: RenderOptions): string[] {
  const rateLabel = options.live ? 'calls/s' : 'avg/s'
  const lines = [
    `${pad(`TID ${thread.tid} ${thread.name}${thread.exited ? ' (exited)' : ''}`, 30)}${pad('calls', 12, true)}${pad(rateLabel, 10, true)}` +
      `${pad('errors', 16, true)}${pad('total', 9, true)}${pad('p50≤', 8, true)}${pad('p99≤', 8, true)}${pad('max', 8, true)}`,
  ]
  const shown = options.maxSyscallsPerThread ? thread.syscalls.slice(0, options.maxSyscallsPerThread) : thread.syscalls
  const seconds = session.elapsedSeconds
  const timed = session.latencyMeasured
  const time = (ns: number | bigint | null) => (timed ? formatNs(ns) : '-')
  for (const s of shown) {
    const rate = options.live ? s.recentRate : seconds > 0 ? Number(s.count) / seconds : 0
    const topErr = [...s.errnos.entries()].sort((a, b) => (b[1] > a[1] ? 1 : -1))[0]
    // A uretprobe trampoline is stackprof's own (its uprobes make the target enter it), and what it
    // "returns" is the probed function's return value, not an error of the program's.
    const own = PROBE_SYSCALLS.has(s.name)
    const errors = own ? '-' : s.errors === 0n ? '0' : `${n(s.errors)}${topErr ? ' ' + errnoName(topErr[0]) : ''}`
    lines.push(
      `  ${pad(own ? `${s.name} (stackprof's own)` : s.name, 28)}${pad(n(s.count), 12, true)}${pad(rate >= 100 ? n(Math.round(rate)) : rate.toFixed(1), 10, true)}` +
        `${pad(errors, 16, true)}${pad(time(s.totalNs), 9, true)}` +
        `${pad(time(quantileAtMostNs(s.latencyLog2Ns, 0.5, s.maxNs)), 8, true)}${pad(time(quantileAtMostNs(s.latencyLog2Ns, 0.99, s.maxNs)), 8, true)}` +
        `${pad(time(s.maxNs), 8, true)}`,
    )
  }
  if (shown.length < thread.syscalls.length) lines.push(`  … ${thread.syscalls.length - shown.length} more syscalls`)
  return lines
}

export function renderSyscalls(session: Session, options: RenderOptions = {}): string {
  const threads = session.threads()
  if (threads.length === 0) return 'no syscalls seen yet'
  const shown = options.maxThreads ? threads.slice(0, options.maxThreads) : threads
  const blocks = shown.map((t) => threadTable(session, t, options).join('\n'))
  if (shown.length < threads.length) blocks.push(`… ${threads.length - shown.length} more threads`)
  return blocks.join('\n\n')
}

/** One refresh of the live view: clears the terminal, then header, findings so far, event loops and the syscall table. */
export function renderLiveScreen(session: Session, options: RenderOptions, findings: readonly Finding[] = []): string {
  const eventloop = renderEventloopSection(session, {maxThreads: 4})
  const found = findings.length > 0 ? findings.map((f) => `${f.severity.toUpperCase()} [${f.rule}] ${f.title}`).join('\n') + '\n\n' : ''
  const sched = renderSchedSection(session, {maxThreads: 4})
  const nic = renderNicLive(session).join('\n')
  const listeners = renderListenersSection(session, {maxGroups: 2})
  const lkl = renderLklSection(session, {maxThreads: 2, maxRows: 4})
  const nodejs = renderNodejsSection(session)
  return `\u001B[H\u001B[2J${header(session)}\n\n${found}${lkl ? lkl + '\n\n' : ''}${nodejs ? nodejs + '\n\n' : ''}${eventloop ? eventloop + '\n\n' : ''}${sched ? sched + '\n\n' : ''}${nic ? nic + '\n\n' : ''}${listeners ? listeners + '\n\n' : ''}${renderSyscalls(session, {...options, live: true})}\n`
}

export function renderFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings: nothing looks wrong in what was measured.'
  return findings
    .map((f) => [
      `${f.severity.toUpperCase()} [${f.rule}] ${f.title}`,
      ...f.evidence.map((e) => `  evidence: ${e}`),
      `  meaning:  ${f.meaning}`,
      `  fix:      ${f.fix}`,
      `  more:     ${f.docs}`,
    ].join('\n'))
    .join('\n\n')
}

export function renderSummary(session: Session, findings: readonly Finding[]): string {
  const note = session.targetExited ? `\nnote: the target exited after ${session.elapsedSeconds.toFixed(1)} s; this is what was collected until then.` : ''
  const eventloop = renderEventloopSection(session)
  const sched = renderSchedSection(session, {detail: true})
  const nic = renderNicSection(session).join('\n')
  const listeners = renderListenersSection(session)
  const stacks = renderStacksSection(session)
  const lkl = renderLklSection(session, {detail: true})
  const nodejs = renderNodejsSection(session, {detail: true})
  return `${header(session)}${note}\n\n${renderSyscalls(session)}\n\n${lkl ? lkl + '\n\n' : ''}${nodejs ? nodejs + '\n\n' : ''}${eventloop ? eventloop + '\n\n' : ''}${sched ? sched + '\n\n' : ''}${nic ? nic + '\n\n' : ''}${listeners ? listeners + '\n\n' : ''}${stacks ? stacks + '\n\n' : ''}Findings\n${renderFindings(findings)}\n`
}
