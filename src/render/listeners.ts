import {formatCpuList} from '../decode/syscalls.js'
import {endpoint, listenerGroups, type ListenerGroupView, type ListenerRow} from '../model/listeners.js'
import type {Session} from '../model/session.js'
import {count, pad} from '../lib/format.js'

function served(r: ListenerRow): string {
  const t = r.servingThread
  if (!t) return '-'
  return `${t.tid} ${t.name}${t.source === 'listen' ? ' (listen)' : ''}`
}

function listenCell(r: ListenerRow): string {
  return r.listen ? `${r.listen.tid} on CPU ${r.listen.cpu}, #${r.listen.order}` : 'before attach'
}

function groupHeading(g: ListenerGroupView): string {
  const group = g.groupId !== null
    ? `SO_REUSEPORT group of ${g.groupSize}${g.otherSockets > 0 ? ` (${g.otherSockets} of another process)` : ''}`
    : g.reuseport ? 'SO_REUSEPORT, alone' : 'no SO_REUSEPORT'
  return `  ${endpoint(g)}/${g.protocol}: ${group}; steering: ${g.steeringText}`
}

/** One port's table: index → fd → serving thread → its CPUs, with listen() and the locality verdict. */
export function renderListenerGroup(g: ListenerGroupView): string[] {
  const steered = g.steering === 'cbpf-cpu'
  const header =
    `    ${pad('idx', 4)}${pad('fd', 5)}${pad('served by', 24)}${pad('accepted', 9, true)}  ${pad('CPUs', 8)}${pad('last', 5)}` +
      `${pad('listen()/bind()', 24)}${pad('in-cpu', 7)}${pad('busy', 6)}${steered ? 'locality' : ''}`
  const lines = [groupHeading(g), header.trimEnd()]
  for (const r of g.sockets) {
    const t = r.servingThread
    // UDP has nothing to accept, and a socket nobody called accept() on shows '-', not 0.
    const accepted = r.accepts.length > 0 ? count(r.accepts.reduce((a, x) => a + x.accepted, 0n)) : '-'
    const line =
      `    ${pad(r.index === null ? '?' : String(r.index), 4)}${pad(String(r.fd), 5)}${pad(served(r), 24)}${pad(accepted, 9, true)}  ` +
        `${pad(t?.cpusAllowed ? formatCpuList(t.cpusAllowed) : '?', 8)}${pad(t?.lastCpu === null || t?.lastCpu === undefined ? '?' : String(t.lastCpu), 5)}` +
        `${pad(listenCell(r), 24)}${pad(r.incomingCpu === null ? '-' : String(r.incomingCpu), 7)}` +
        `${pad(r.busyPollUsecs > 0 ? `${r.busyPollUsecs}µs` : '-', 6)}${steered ? r.localityText : ''}`
    lines.push(line.trimEnd())
  }
  return lines
}

/** The listeners part of the live screen and the summary; empty when the probe is absent or found nothing. */
export function renderListenersSection(session: Session, options: {maxGroups?: number} = {}): string {
  const snap = session.listeners
  if (!snap) return ''
  const groups = listenerGroups(session)
  const c = snap.counters
  const drops = [
    c.eventMapFull > 0n ? `${count(c.eventMapFull)} listen/accept events dropped (map full)` : '',
    c.iteratorFailed > 0n ? `${count(c.iteratorFailed)} listings failed` : '',
    c.groupScanTruncated > 0n ? `${count(c.groupScanTruncated)} sockets in groups too large to find their index` : '',
  ].filter(Boolean)
  if (groups.length === 0 && drops.length === 0) return ''
  const shown = options.maxGroups ? groups.slice(0, options.maxGroups) : groups
  const lines = [`Listening sockets${drops.length > 0 ? ` (${drops.join('; ')})` : ''}`]
  if (groups.length === 0) lines.push('  none')
  for (const g of shown) lines.push(...renderListenerGroup(g))
  if (shown.length < groups.length) lines.push(`  … ${groups.length - shown.length} more ports`)
  return lines.join('\n')
}
