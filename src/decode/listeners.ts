import type {stackprof} from '../proto/stackprof.pb.js'
import {u64} from './syscalls.js'

type PbSnapshot = stackprof.v1.ISnapshot

/** What steers a reuseport group: proto enum Steering, by name. */
export type Steering = 'none' | 'cbpf-cpu' | 'cbpf-other' | 'ebpf'
const STEERINGS: readonly Steering[] = ['none', 'cbpf-cpu', 'cbpf-other', 'ebpf']

export const AF_INET = 2
export const AF_INET6 = 10
export const IPPROTO_TCP = 6
export const IPPROTO_UDP = 17

export interface AcceptStat {
  tid: number
  /** accept()/accept4() calls on this socket that returned while attached. */
  calls: bigint
  /** Of which returned a connection. */
  accepted: bigint
}

/** The successful listen() (TCP) or bind() (UDP) that gave the socket its place in its group. */
export interface ListenCall {
  tid: number
  cpu: number
  /** 1 for the first listen()/bind() the probe saw in the target, 2 for the next... */
  order: number
  monotonicNs: bigint
}

export interface Listener {
  fd: number
  inode: bigint
  family: number
  protocol: number
  sockType: number
  localPort: number
  /** "127.0.0.1", "::", "0.0.0.0". */
  localAddr: string
  reuseport: boolean
  /** Kernel group id + 1; 0 when the socket is in no group. */
  groupId: number
  /** Sockets in the group, of every process. */
  groupSize: number
  /** This socket's slot; null when in no group or not found. */
  groupIndex: number | null
  steering: Steering
  steeringProgId: number
  steeringProgName: string
  steeringInsns: number
  /** SO_INCOMING_CPU; null when unset (-1). */
  incomingCpu: number | null
  /** SO_BUSY_POLL, µs. */
  busyPollUsecs: number
  /** null: the call happened before attach (or was not seen). */
  listen: ListenCall | null
  accepts: AcceptStat[]
}

export interface ListenersCounters {
  /** listen()/accept() events that found no room in the probe's maps. */
  eventMapFull: bigint
  /** Snapshots whose socket listing could not be read. */
  iteratorFailed: bigint
  /** Sockets in the latest listing whose group was too large to find their index in. */
  groupScanTruncated: bigint
}

export interface ListenersSnapshot {
  listeners: Listener[]
  counters: ListenersCounters
}

/** Network-order bytes → the usual text form; '?' for a length that is neither 4 nor 16. */
export function formatAddress(bytes: Uint8Array | null | undefined): string {
  if (!bytes) return '?'
  if (bytes.length === 4) return [...bytes].join('.')
  if (bytes.length !== 16) return '?'
  const words = Array.from({length: 8}, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1])
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff) return `::ffff:${[...bytes.subarray(12)].join('.')}`
  // The longest run of two or more zero words becomes "::" (RFC 5952).
  let best = {start: -1, len: 0}
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) { i++; continue }
    let j = i
    while (j < 8 && words[j] === 0) j++
    if (j - i > best.len) best = {start: i, len: j - i}
    i = j
  }
  const hex = words.map((w) => w.toString(16))
  if (best.len < 2) return hex.join(':')
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.len).join(':')}`
}

export function decodeListeners(snapshot: PbSnapshot): ListenersSnapshot {
  const c = snapshot.listenersCounters ?? {}
  return {
    listeners: (snapshot.listeners ?? []).map((l): Listener => {
      const groupSize = l.groupSize ?? 0
      // proto3 sends 0 as "absent": index 0 arrives as undefined, -1 means none.
      const index = l.groupIndex ?? 0
      const incomingCpu = l.incomingCpu ?? -1
      return {
        fd: l.fd ?? 0,
        inode: u64(l.inode),
        family: l.family ?? 0,
        protocol: l.protocol ?? 0,
        sockType: l.sockType ?? 0,
        localPort: l.localPort ?? 0,
        localAddr: formatAddress(l.localAddr),
        reuseport: l.reuseport ?? false,
        groupId: groupSize > 0 ? (l.groupId ?? 0) : 0,
        groupSize,
        groupIndex: groupSize > 0 && index >= 0 ? index : null,
        steering: STEERINGS[l.steering ?? 0] ?? 'none',
        steeringProgId: l.steeringProgId ?? 0,
        // Named by whoever loaded the program, possibly the target: shown, never trusted.
        // eslint-disable-next-line no-control-regex
        steeringProgName: (l.steeringProgName ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'),
        steeringInsns: l.steeringInsns ?? 0,
        incomingCpu: incomingCpu >= 0 ? incomingCpu : null,
        busyPollUsecs: l.busyPollUsecs ?? 0,
        // The loader numbers listen() calls from 1: an order of 0 is a damaged recording's, not a call seen.
        listen: l.listenSeen && (l.listenOrder ?? 0) > 0
          ? {tid: l.listenTid ?? 0, cpu: l.listenCpu ?? 0, order: l.listenOrder ?? 0, monotonicNs: u64(l.listenMonotonicNs)}
          : null,
        accepts: (l.accepts ?? []).map((a) => ({tid: a.tid ?? 0, calls: u64(a.calls), accepted: u64(a.accepted)})),
      }
    }),
    counters: {
      eventMapFull: u64(c.eventMapFull),
      iteratorFailed: u64(c.iteratorFailed),
      groupScanTruncated: u64(c.groupScanTruncated),
    },
  }
}
