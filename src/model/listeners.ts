import {formatCpuList} from '../decode/syscalls.js'
import {AF_INET6, IPPROTO_TCP, IPPROTO_UDP, type Listener, type Steering} from '../decode/listeners.js'
import type {Session} from './session.js'

/**
 * Whether the socket at group index i is served on CPU i, which is what the
 * CPU-steering program assumes (it sends a packet received on CPU c to index c):
 *   ok           served by a thread pinned to exactly CPU i
 *   mismatch     served by a thread that may not run on CPU i at all
 *   unpinned     served by a thread that may run on CPU i and others: locality by luck
 *   no-such-cpu  index i is not a CPU of this machine: the program never selects it
 *   unknown      no index, no serving thread seen, or its pinning unreadable
 *   not-steered  no CPU-steering program on the group: nothing to check
 */
export type Locality = 'ok' | 'mismatch' | 'unpinned' | 'no-such-cpu' | 'unknown' | 'not-steered'

export const STEERING_TEXT: Readonly<Record<Steering, string>> = {
  'none': 'none (hash)',
  'cbpf-cpu': 'CPU steering (classic: ld cpu; ret a)',
  'cbpf-other': 'classic BPF program',
  'ebpf': 'eBPF program',
}

export interface ServingThread {
  tid: number
  name: string
  /** 'accept': the thread that accepted the most connections from the socket; 'listen': nobody accepted yet, this thread called listen()/bind(). */
  source: 'accept' | 'listen'
  cpusAllowed: number[] | null
  lastCpu: number | null
  /** CPUs it ran on while attached (the sched probe's thread × CPU time); null without that probe. */
  ranOnCpus: number[] | null
}

export interface ListenerRow {
  index: number | null
  fd: number
  inode: bigint
  servingThread: ServingThread | null
  listen: {tid: number; name: string; cpu: number; order: number; monotonicNs: bigint} | null
  accepts: {tid: number; name: string; calls: bigint; accepted: bigint}[]
  incomingCpu: number | null
  busyPollUsecs: number
  locality: Locality
  /** For people: "ok", "MISMATCH: served by reactor-1 pinned to CPU 0"... */
  localityText: string
}

/** One listening port of the target: its reuseport group, or a lone socket. */
export interface ListenerGroupView {
  protocol: 'tcp' | 'udp'
  family: number
  address: string
  port: number
  reuseport: boolean
  /** The kernel's group id + 1; null when the sockets are in no group. */
  groupId: number | null
  /** Sockets in the group, of every process; 1 for a lone socket. */
  groupSize: number
  steering: Steering
  steeringText: string
  steeringProgId: number
  steeringProgName: string
  steeringInsns: number
  /** The target's sockets, by group index (unknown indexes last). */
  sockets: ListenerRow[]
  /** Sockets of the group that are not the target's (another process joined it). */
  otherSockets: number
}

function cpusText(cpus: readonly number[]): string {
  return cpus.length === 1 ? `CPU ${cpus[0]}` : `CPUs ${formatCpuList(cpus)}`
}

/** "127.0.0.1:8080", "[::1]:8080". */
export function endpoint(g: Pick<ListenerGroupView, 'family' | 'address' | 'port'>): string {
  return g.family === AF_INET6 ? `[${g.address}]:${g.port}` : `${g.address}:${g.port}`
}

function servingThread(session: Session, l: Listener): ServingThread | null {
  // The thread that took the most connections serves the socket; with none
  // taken yet, the one that made it listen is the best guess there is.
  const top = [...l.accepts].sort((a, b) =>
    (b.accepted > a.accepted ? 1 : b.accepted < a.accepted ? -1 : 0) || (b.calls > a.calls ? 1 : b.calls < a.calls ? -1 : 0) || a.tid - b.tid)[0]
  const tid = top ? top.tid : l.listen?.tid
  if (tid === undefined) return null
  const t = session.thread(tid)
  const ranOnCpus = session.sched ? session.sched.cpuTimes.filter((c) => c.tid === tid && c.oncpuNs > 0n).map((c) => c.cpu).sort((a, b) => a - b) : null
  return {tid, name: session.threadName(tid), source: top ? 'accept' : 'listen', cpusAllowed: t?.cpusAllowed ?? null, lastCpu: t?.lastCpu ?? null, ranOnCpus}
}

function locality(session: Session, steering: Steering, index: number | null, s: ServingThread | null): {locality: Locality; text: string} {
  if (steering !== 'cbpf-cpu') return {locality: 'not-steered', text: '-'}
  if (index === null) return {locality: 'unknown', text: 'index unknown'}
  if (session.ncpus > 0 && index >= session.ncpus) return {locality: 'no-such-cpu', text: `never selected: there is no CPU ${index}`}
  if (!s) return {locality: 'unknown', text: 'no thread seen accepting or listening'}
  if (!s.cpusAllowed) return {locality: 'unknown', text: `served by ${s.name}, pinning unknown`}
  if (!s.cpusAllowed.includes(index)) return {locality: 'mismatch', text: `MISMATCH: served by ${s.name} pinned to ${cpusText(s.cpusAllowed)}`}
  if (s.cpusAllowed.length > 1) return {locality: 'unpinned', text: `NOT PINNED: served by ${s.name}, may run on ${cpusText(s.cpusAllowed)}`}
  return {locality: 'ok', text: 'ok'}
}

function row(session: Session, l: Listener, steering: Steering): ListenerRow {
  const serving = servingThread(session, l)
  const {locality: loc, text} = locality(session, steering, l.groupIndex, serving)
  return {
    index: l.groupIndex,
    fd: l.fd,
    inode: l.inode,
    servingThread: serving,
    listen: l.listen ? {...l.listen, name: session.threadName(l.listen.tid)} : null,
    accepts: l.accepts.map((a) => ({...a, name: session.threadName(a.tid)})).sort((a, b) => (b.accepted > a.accepted ? 1 : b.accepted < a.accepted ? -1 : a.tid - b.tid)),
    incomingCpu: l.incomingCpu,
    busyPollUsecs: l.busyPollUsecs,
    locality: loc,
    localityText: text,
  }
}

/** The target's listening sockets, one entry per port (reuseport group), ports ascending. */
export function listenerGroups(session: Session): ListenerGroupView[] {
  const snap = session.listeners
  if (!snap) return []
  const byKey = new Map<string, Listener[]>()
  for (const l of snap.listeners) {
    // A group id names a group across addresses; a lone socket is its own port.
    const key = l.groupId > 0 ? `group:${l.groupId}` : `${l.protocol}:${l.family}:${l.localAddr}:${l.localPort}:${l.inode}`
    const members = byKey.get(key)
    if (members) members.push(l)
    else byKey.set(key, [l])
  }
  const groups = [...byKey.values()].map((members): ListenerGroupView => {
    const first = members[0]
    // The program belongs to the group: every member reports the same one.
    const steering = first.steering
    const sockets = members
      .map((l) => row(session, l, steering))
      .sort((a, b) => (a.index ?? Infinity) - (b.index ?? Infinity) || a.fd - b.fd)
    const groupSize = first.groupId > 0 ? first.groupSize : 1
    return {
      protocol: first.protocol === IPPROTO_UDP ? 'udp' : 'tcp',
      family: first.family,
      address: first.localAddr,
      port: first.localPort,
      reuseport: first.reuseport,
      groupId: first.groupId > 0 ? first.groupId : null,
      groupSize,
      steering,
      steeringText: STEERING_TEXT[steering] + (steering === 'cbpf-other' ? ` of ${first.steeringInsns} instructions` : '') +
        (steering === 'ebpf' ? ` id ${first.steeringProgId}${first.steeringProgName ? ` "${first.steeringProgName}"` : ''}` : ''),
      steeringProgId: first.steeringProgId,
      steeringProgName: first.steeringProgName,
      steeringInsns: first.steeringInsns,
      sockets,
      otherSockets: Math.max(0, groupSize - members.length),
    }
  })
  const protoRank = (p: string) => (p === 'tcp' ? IPPROTO_TCP : IPPROTO_UDP)
  return groups.sort((a, b) => a.port - b.port || protoRank(a.protocol) - protoRank(b.protocol) || a.address.localeCompare(b.address))
}

/** The "listeners" section of the JSON report (docs/json-report.md); null when the probe was not attached. */
export function listenersReport(session: Session) {
  const snap = session.listeners
  if (!snap) return null
  return {
    groups: listenerGroups(session).map((g) => ({
      protocol: g.protocol,
      family: g.family,
      address: g.address,
      port: g.port,
      reuseport: g.reuseport,
      groupId: g.groupId,
      groupSize: g.groupSize,
      otherSockets: g.otherSockets,
      steering: g.steering,
      steeringProgram: g.steering === 'none' ? null : {id: g.steeringProgId, name: g.steeringProgName, instructions: g.steeringInsns},
      sockets: g.sockets.map((s) => ({
        index: s.index,
        fd: s.fd,
        inode: s.inode,
        servingThread: s.servingThread && {
          tid: s.servingThread.tid,
          name: s.servingThread.name,
          source: s.servingThread.source,
          allowedCpus: s.servingThread.cpusAllowed && formatCpuList(s.servingThread.cpusAllowed),
          lastCpu: s.servingThread.lastCpu,
          ranOnCpus: s.servingThread.ranOnCpus && formatCpuList(s.servingThread.ranOnCpus),
        },
        listen: s.listen,
        accepts: s.accepts,
        incomingCpu: s.incomingCpu,
        busyPollUsecs: s.busyPollUsecs,
        locality: s.locality,
        localityText: s.localityText,
      })),
    })),
    dropped: snap.counters,
  }
}
