import {busyPoll, loopThreads, socketIo, SOCKOPT_NAMES, type BusyPollView} from '../model/eventloop.js'
import type {Session} from '../model/session.js'
import {formatNs} from '../model/latency.js'
import {count, pad, percent, perSecond} from '../lib/format.js'

const TIMEOUT_LABELS = {block: '-1', zero: '0', under100us: '<100µs', under1ms: '<1ms', under10ms: '<10ms', longer: '≥10ms', unreadable: '?'} as const

/** The timeout spread as "0: 99%, -1: 1%", largest first, empty classes left out. */
export function timeoutSpread(timeouts: Record<keyof typeof TIMEOUT_LABELS, bigint>, calls: bigint): string {
  return (Object.entries(timeouts) as [keyof typeof TIMEOUT_LABELS, bigint][])
    .filter(([, v]) => v > 0n)
    .sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0))
    .map(([k, v]) => `${TIMEOUT_LABELS[k]}: ${percent(Number(v) / Number(calls))}`)
    .join(', ')
}

export function renderEventLoops(session: Session, options: {maxThreads?: number} = {}): string[] {
  const threads = loopThreads(session)
  if (threads.length === 0) return []
  const shown = options.maxThreads ? threads.slice(0, options.maxThreads) : threads
  const lines = [
    `${pad('Event loops (epoll)', 30)}${pad('calls/s', 10, true)}${pad('empty', 7, true)}${pad('ev/call', 8, true)}` +
      `${pad('blocked', 8, true)}${pad('on CPU', 7, true)}  timeouts`,
  ]
  for (const t of shown) {
    const tag = t.libuvPattern ? ' [libuv idle probe]' : ''
    lines.push(
      `  ${pad(`${t.tid} ${t.name}`, 28)}${pad(perSecond(t.callsPerSecond), 10, true)}${pad(percent(t.emptyShare), 7, true)}` +
        `${pad(t.eventsPerCall.toFixed(1), 8, true)}${pad(t.blockedShare === null ? '-' : percent(t.blockedShare), 8, true)}` +
        `${pad(t.onCpuShare === null ? '-' : percent(t.onCpuShare), 7, true)}  ${timeoutSpread(t.timeouts, t.calls)}${tag}`,
    )
    for (const e of t.epolls.slice(0, 3)) {
      lines.push(`      ${e.syscall}(epfd ${e.epfd}): ${count(e.calls)} calls, ${count(e.events)} events, ${formatNs(e.totalNs)} inside, ${formatNs(e.offcpuNs)} blocked`)
    }
  }
  if (shown.length < threads.length) lines.push(`  … ${threads.length - shown.length} more event-loop threads`)
  return lines
}

export function renderSocketIo(session: Session, options: {maxThreads?: number} = {}): string[] {
  const views = socketIo(session).filter((v) => v.readOnSockets + v.recvFamily + v.writeOnSockets + v.sendFamily > 0n)
  if (views.length === 0) return []
  const shown = options.maxThreads ? views.slice(0, options.maxThreads) : views
  const lines = ['Socket I/O (TCP/UDP)                receive: read/readv | recv*      send: write/writev | send*']
  for (const v of shown) {
    lines.push(`  ${pad(`${v.tid} ${v.name}`, 32)}${pad(`${count(v.readOnSockets)} | ${count(v.recvFamily)}`, 25)}${count(v.writeOnSockets)} | ${count(v.sendFamily)}`)
    for (const r of v.rows.filter((r) => r.fdKind === 'inet-socket').slice(0, 4)) {
      const avg = r.calls - r.errors > 0n ? Number(r.bytes) / Number(r.calls - r.errors) : 0
      const unit = r.syscall.endsWith('mmsg') ? ' messages' : ' B'   // recvmmsg/sendmmsg return message counts
      lines.push(`      ${pad(r.syscall, 10)} ${count(r.calls)} calls, avg ${avg.toFixed(0)}${unit}` + (r.eagain > 0n ? `, ${count(r.eagain)} EAGAIN` : ''))
    }
  }
  if (shown.length < views.length) lines.push(`  … ${views.length - shown.length} more threads`)
  return lines
}

function knob(v: number | null, unit: string): string {
  return v === null ? 'unknown' : `${v} ${unit}`
}

export function renderBusyPollPanel(bp: BusyPollView): string[] {
  const lines = [`Busy polling: ${bp.configuredBy.length === 0 ? 'not configured' : 'configured'}; ${bp.ran ? 'RAN' : 'never ran'} in the target`]
  lines.push(`  net.core.busy_poll ${knob(bp.busyPollUs, 'µs')}, busy_read ${knob(bp.busyReadUs, 'µs')}`)
  for (const s of bp.sockoptsSeen) {
    lines.push(`  setsockopt(${SOCKOPT_NAMES[s.optname] ?? s.optname}, ${s.value ?? '?'}): ${count(s.calls)} calls` + (s.failed > 0n ? `, ${count(s.failed)} failed` : '') + ` (last by tid ${s.lastTid})`)
  }
  for (const p of bp.epollParamsSeen) {
    lines.push(`  ioctl(epfd ${p.epfd}, EPIOCSPARAMS): ${p.accepted ? `busy_poll_usecs ${p.busyPollUsecs}, budget ${p.busyPollBudget}, prefer ${p.preferBusyPoll ? 1 : 0}` : 'refused'}` +
      ` (${count(p.calls)} calls${p.failed > 0n ? `, ${count(p.failed)} failed` : ''})`)
  }
  for (const e of bp.epollInstances.filter((e) => e.busyPollUsecs > 0 || e.preferBusyPoll || e.napiId > 0)) {
    lines.push(`  epoll fd ${e.fd}: busy_poll_usecs ${e.busyPollUsecs}, budget ${e.busyPollBudget}, prefer ${e.preferBusyPoll ? 1 : 0}, napi id ${e.napiId || 'none'}`)
  }
  const inet = bp.socketGroups.filter((g) => g.family === 2 || g.family === 10)
  if (inet.length > 0) {
    const total = inet.reduce((a, g) => a + g.count, 0n)
    const ll = inet.filter((g) => g.busyPollUsecs > 0).reduce((a, g) => a + g.count, 0n)
    const napi = inet.filter((g) => g.napiId !== 0).reduce((a, g) => a + g.count, 0n)
    lines.push(`  TCP/UDP sockets now: ${count(total)}; with SO_BUSY_POLL: ${count(ll)}; with a NAPI id: ${count(napi)}`)
  }
  for (const d of bp.devices.filter((d) => !d.loopback)) {
    lines.push(`  ${d.name}: napi_defer_hard_irqs ${d.napiDeferHardIrqs ?? '?'}, gro_flush_timeout ${d.groFlushTimeoutNs ?? '?'} ns` +
      (d.threadedNapi ? ', threaded NAPI' : ''))
  }
  const busy = bp.busyPolls.reduce((a, n) => a + n.polls, 0n)
  const soft = bp.softirqPolls.reduce((a, n) => a + n.polls, 0n)
  lines.push(`  napi_poll in target threads: ${count(busy)} busy-poll, ${count(soft)} softirq; BusyPollRxPackets +${bp.busyPollRxDelta === null ? '?' : count(bp.busyPollRxDelta)}`)
  return lines
}

/** The event-loop part of the live screen and the summary; empty when the eventloop probe is absent. */
export function renderEventloopSection(session: Session, options: {maxThreads?: number} = {}): string {
  const bp = busyPoll(session)
  if (!bp) return ''
  const blocks = [renderEventLoops(session, options), renderSocketIo(session, options), renderBusyPollPanel(bp)].filter((b) => b.length > 0)
  return blocks.map((b) => b.join('\n')).join('\n\n')
}
