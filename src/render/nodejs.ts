import {nodejsView} from '../model/nodejs.js'
import type {Session} from '../model/session.js'
import {formatNs} from '../model/latency.js'
import {count, pad, percent, perSecond} from '../lib/format.js'

/**
 * The Node.js runtime view: the target, libuv's threadpool, io_uring and the
 * main thread's event loop. Empty when the target is not Node.js.
 */
export function renderNodejsSection(session: Session, options: {detail?: boolean} = {}): string {
  const v = nodejsView(session)
  if (!v) return ''
  const t = v.threadpool
  const lines = [
    `Node.js ${v.version ?? '(version unknown)'}${v.libuvVersion ? `, libuv ${v.libuvVersion}` : ''} — ${v.path}; ` +
      `threadpool ${v.poolSize} threads (UV_THREADPOOL_SIZE ${v.threadpoolSizeEnv ?? 'unset'}), UV_USE_IO_URING ${v.useIoUringEnv ?? 'unset'}` +
      `${v.perfBasicProf ? ', --perf-basic-prof' : ''}`,
  ]
  if (v.error) lines.push(`  ${v.error}`)
  lines.push(`  threadpool: ${count(t.submitted)} submitted, ${count(t.work)} run, ${count(t.queued)} queued now, at most ${count(t.maxDepth)} queued; ` +
    `busy ${t.busyShare === null ? '-' : percent(t.busyShare)} of the pool; queue wait p99 ≤ ${formatNs(t.waitP99NsAtMost)}, max ${formatNs(t.waitMaxNs)}`)
  const kinds = t.kinds.filter((k) => k.count > 0)
  if (kinds.length > 0) {
    lines.push(`    ${pad('kind', 8)}${pad('items', 9, true)}${pad('wait p50≤', 11, true)}${pad('wait p99≤', 11, true)}${pad('run p50≤', 10, true)}${pad('run p99≤', 10, true)}${pad('run total', 11, true)}`)
    for (const k of kinds) {
      lines.push(`    ${pad(k.kind, 8)}${pad(count(k.count), 9, true)}${pad(formatNs(k.waitP50NsAtMost), 11, true)}${pad(formatNs(k.waitP99NsAtMost), 11, true)}` +
        `${pad(formatNs(k.runP50NsAtMost), 10, true)}${pad(formatNs(k.runP99NsAtMost), 10, true)}${pad(formatNs(k.runTotalNs), 11, true)}`)
    }
  }
  const workers = options.detail ? t.workers : t.workers.slice(0, 4)
  for (const w of workers) lines.push(`    worker ${w.tid} ${w.name}: ${count(w.items)} items, busy ${w.busyShare === null ? '-' : percent(w.busyShare)}`)
  if (workers.length < t.workers.length) lines.push(`    … ${t.workers.length - workers.length} more workers`)
  const u = v.ioUring
  if (u.rings.length > 0 || u.sqpollThreads.length > 0) {
    lines.push(`  io_uring: ${u.rings.length} ring${u.rings.length === 1 ? '' : 's'}${u.rings.some((r) => r.sqpoll) ? ' (SQPOLL)' : ''}, ` +
      `${count(u.submitted)} submissions (${u.submittedPerSecond === null ? '-' : perSecond(u.submittedPerSecond)}), ${count(u.completed)} completions; ` +
      `${u.byOpcode.map((o) => `${o.name || o.opcode} ${count(o.count)}`).join(', ') || 'no submissions'}`)
  } else {
    lines.push(`  io_uring: no submission while attached (kernel ${u.available ? 'allows it' : 'has it disabled'})`)
  }
  if (u.sqpollThreads.length > 0) lines.push(`    SQPOLL threads: ${u.sqpollThreads.map((t) => `${t.tid} ${t.name}`).join(', ')}`)
  lines.push(`  fs work went to: ${u.fsWorkTo}`)
  const l = v.loop
  if (l) {
    lines.push(`  event loop: utilization ${l.utilization === null ? '-' : percent(l.utilization)} over ${count(l.ticks)} ticks; ` +
      `${count(l.stalls)} stalls ≥ ${formatNs(l.stallThresholdNs)}${l.stalls > 0 ? `, longest ${formatNs(l.stallMaxNs)}, ${formatNs(l.stallTotalNs)} in all` : ''}`)
    const recent = options.detail ? l.recentStalls : l.recentStalls.slice(-3)
    for (const s of recent) lines.push(`    stall at +${(s.startNs / 1e9).toFixed(3)} s: ${formatNs(s.lengthNs)}`)
  }
  return lines.join('\n')
}
