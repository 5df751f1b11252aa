import {pad, percent, perSecond} from '../lib/format.js'
import type {FindingChange, FunctionChange, RateChange, SessionDiff, SideInfo, SyscallChange, ThreadPair} from './diff.js'

export interface DiffRenderOptions {
  /** Syscalls of the whole process; default 15 (0: all). */
  maxSyscalls?: number
  /** Threads in the per-thread syscall list; default 8 (0: all). */
  maxThreads?: number
  /** Syscalls per thread; default 5 (0: all). */
  maxSyscallsPerThread?: number
}

const limit = <T>(list: T[], n: number | undefined, fallback: number): T[] => {
  const max = n ?? fallback
  return max > 0 ? list.slice(0, max) : list
}

/** "+12%", "−98.8%", "new", "gone", "±0%". */
export function changeText(c: RateChange): string {
  if (c.before === 0 && c.after === 0) return '±0%'
  if (c.percent === null) return 'new'
  if (c.after === 0) return 'gone'
  const p = c.percent
  const text = Math.abs(p) >= 10 ? Math.round(Math.abs(p)).toString() : Math.abs(p).toFixed(1)
  return p > 0 ? `+${text}%` : p < 0 ? `−${text}%` : '±0%'
}

function rate(r: number, present = true): string {
  return present ? perSecond(r) : '-'
}

function side(s: SideInfo): string {
  const cmd = s.cmdline.join(' ') || s.comm || '?'
  return `${s.label}: pid ${s.pid} ${cmd.length > 60 ? cmd.slice(0, 59) + '…' : cmd}; ${s.durationSeconds.toFixed(1)} s; probes: ${s.probes.join(', ') || 'none'}`
}

function matched(t: ThreadPair): string {
  if (t.matchedBy === 'name' || t.matchedBy === 'before only' || t.matchedBy === 'after only') return ''
  const tids = `tid ${t.before!.tid} → ${t.after!.tid}`
  return ` [matched by ${t.matchedBy}: ${tids}]`
}

const STATUS: Record<FindingChange['status'], string> = {appeared: '+ appeared ', disappeared: '- gone     ', persisted: '= still    '}

function findings(d: SessionDiff): string[] {
  const lines = ['Findings']
  if (d.findings.length === 0) lines.push('  none on either side')
  for (const f of d.findings) lines.push(`  ${STATUS[f.status]}${pad(f.severity, 9)}${f.rule}${f.thread ? ` (${f.thread})` : ''}: ${f.title}`)
  return lines
}

function syscallRow(s: SyscallChange, indent: string, width: number): string {
  return `${indent}${pad(s.name, width)}${pad(rate(s.before, s.beforeCount > 0), 12, true)}${pad(rate(s.after, s.afterCount > 0), 12, true)}` +
    `${pad(`${s.delta > 0 ? '+' : s.delta < 0 ? '−' : '±'}${perSecond(Math.abs(s.delta))}`, 12, true)}${pad(changeText(s), 9, true)}`
}

function syscalls(d: SessionDiff, o: DiffRenderOptions): string[] {
  const p = d.syscalls.process
  const header = `${pad('Syscalls/s, whole process', 32)}${pad('before', 12, true)}${pad('after', 12, true)}${pad('change', 12, true)}${pad('', 9, true)}`
  const lines = [header]
  for (const s of limit(p.syscalls, o.maxSyscalls, 15)) lines.push(syscallRow(s, '  ', 30))
  if (o.maxSyscalls !== 0 && p.syscalls.length > (o.maxSyscalls ?? 15)) lines.push(`  … ${p.syscalls.length - (o.maxSyscalls ?? 15)} more syscalls`)
  lines.push(`  ${pad('all syscalls', 30)}${pad(rate(p.total.before), 12, true)}${pad(rate(p.total.after), 12, true)}${pad('', 12)}${pad(changeText(p.total), 9, true)}`)
  const appeared = p.syscalls.filter((s) => s.status === 'appeared').map((s) => s.name)
  const gone = p.syscalls.filter((s) => s.status === 'disappeared').map((s) => s.name)
  if (appeared.length > 0) lines.push(`  appeared: ${appeared.join(', ')}`)
  if (gone.length > 0) lines.push(`  disappeared: ${gone.join(', ')}`)
  const threads = d.syscalls.threads
  if (threads.length > 0) {
    lines.push('', 'Syscalls per thread (threads paired by name, else by tid)')
    for (const t of limit(threads, o.maxThreads, 8)) {
      lines.push(`  ${t.thread.label}${matched(t.thread)}: ${rate(t.total.before, t.thread.before !== null)} → ${rate(t.total.after, t.thread.after !== null)} calls/s (${changeText(t.total)})`)
      for (const s of limit(t.syscalls, o.maxSyscallsPerThread, 5)) lines.push(syscallRow(s, '    ', 28))
    }
    if (o.maxThreads !== 0 && threads.length > (o.maxThreads ?? 8)) lines.push(`  … ${threads.length - (o.maxThreads ?? 8)} more threads`)
  }
  return lines
}

const arrow = (b: string | null, a: string | null) => `${b ?? '-'} → ${a ?? '-'}`

function sched(d: SessionDiff, o: DiffRenderOptions): string[] {
  if (!d.sched.available) return [`Threads on CPUs: not compared (${d.sched.reason})`]
  const rows = d.sched.value
  const lines = [`${pad('Threads on CPUs (per second)', 30)}${pad('voluntary', 22)}${pad('involuntary', 22)}${pad('migrations', 20)}on CPU`]
  if (rows.length === 0) lines.push('  nothing ran on either side')
  for (const r of limit(rows, o.maxThreads, 8)) {
    const f = (k: 'voluntaryPerSecond' | 'involuntaryPerSecond' | 'migrationsPerSecond') => arrow(r.before && perSecond(r.before[k]), r.after && perSecond(r.after[k]))
    lines.push(`  ${pad(r.thread.label, 28)}${pad(f('voluntaryPerSecond'), 22)}${pad(f('involuntaryPerSecond'), 22)}${pad(f('migrationsPerSecond'), 20)}` +
      `${arrow(r.before && percent(r.before.onCpuShare), r.after && percent(r.after.onCpuShare))}${matched(r.thread)}`)
  }
  if (o.maxThreads !== 0 && rows.length > (o.maxThreads ?? 8)) lines.push(`  … ${rows.length - (o.maxThreads ?? 8)} more threads`)
  return lines
}

function eventloop(d: SessionDiff): string[] {
  if (!d.eventloop.available) return [`Event loops: not compared (${d.eventloop.reason})`]
  const rows = d.eventloop.value
  const lines = ['Event loops (epoll)']
  if (rows.length === 0) lines.push('  no epoll waits on either side')
  for (const r of rows) {
    const b = r.before
    const a = r.after
    lines.push(`  ${r.thread.label}${matched(r.thread)}: ${arrow(b && b.syscalls.join('+'), a && a.syscalls.join('+'))}`)
    lines.push(`      calls/s ${arrow(b && perSecond(b.callsPerSecond), a && perSecond(a.callsPerSecond))}; empty ${arrow(b && percent(b.emptyShare), a && percent(a.emptyShare))}` +
      `; spinning/s ${arrow(b && perSecond(b.spinningPerSecond), a && perSecond(a.spinningPerSecond))}`)
    lines.push(`      timeouts before: ${b ? b.spread || '-' : '-'}`)
    lines.push(`      timeouts after:  ${a ? a.spread || '-' : '-'}`)
  }
  return lines
}

function locality(d: SessionDiff): string[] {
  if (!d.locality.available) return [`Listening sockets: not compared (${d.locality.reason})`]
  const rows = d.locality.value
  const lines = ['Listening sockets: serving thread and locality, before → after']
  if (rows.length === 0) lines.push('  none on either side')
  for (const r of rows) {
    const s = (x: typeof r.before) => (x ? `${x.servedBy ?? 'nobody seen'}${x.locality === 'not-steered' ? ' (not steered)' : ` ${x.text}`}` : 'absent')
    lines.push(`  ${r.changed ? '*' : ' '} ${r.port.length > 24 ? r.port : pad(r.port, 24)} idx ${pad(r.index === null ? '?' : String(r.index), 3)} ${s(r.before)} → ${s(r.after)}`)
  }
  return lines
}

function share(x: number): string {
  return `${(x * 100).toFixed(1)}%`
}

function functionRow(f: FunctionChange): string {
  const pp = f.selfDelta * 100
  return `    ${pad(`${f.name}${f.kind === 'kernel' ? ' [k]' : f.kind === 'jit' ? ' [j]' : ''}`, 44)}${pad(share(f.beforeSelfShare), 8, true)} → ${pad(share(f.afterSelfShare), 7, true)}` +
    `  ${pp > 0 ? '+' : '−'}${Math.abs(pp).toFixed(1)} pp   (on stack ${share(f.beforeTotalShare)} → ${share(f.afterTotalShare)})`
}

function stacks(d: SessionDiff): string[] {
  if (!d.stacks.available) return [`Stacks: not compared (${d.stacks.reason})`]
  const s = d.stacks.value
  const lines = [`Hot functions: share of on-CPU samples as the leaf (${s.beforeSamples.toLocaleString('en-US')} samples → ${s.afterSamples.toLocaleString('en-US')})`]
  if (s.beforeSamples === 0 || s.afterSamples === 0) lines.push(`  no samples in ${s.beforeSamples === 0 ? d.before.label : d.after.label}: shares cannot be compared`)
  lines.push('  grew:')
  lines.push(...(s.grew.length > 0 ? s.grew.map(functionRow) : ['    nothing']))
  lines.push('  shrank:')
  lines.push(...(s.shrank.length > 0 ? s.shrank.map(functionRow) : ['    nothing']))
  return lines
}

/** The text `stackprof diff` prints. */
export function renderDiff(d: SessionDiff, options: DiffRenderOptions = {}): string {
  const head = [`stackprof diff: ${d.before.label} → ${d.after.label}`, `  ${side(d.before)}`, `  ${side(d.after)}`]
  // A probe missing on a side is said in its section; the header keeps the rest.
  const sectionReasons = new Set([d.sched, d.eventloop, d.locality, d.stacks].flatMap((s) => (s.available ? [] : [s.reason])))
  for (const n of d.notes) if (!sectionReasons.has(n)) head.push(`  note: ${n}`)
  const blocks = [head, findings(d), syscalls(d, options), sched(d, options), eventloop(d), locality(d), stacks(d)]
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n'
}

/** The JSON of `diff --json`: the model as is, with a version for consumers. */
export function diffReport(d: SessionDiff): object {
  return {diffSchemaVersion: 1, ...d}
}
