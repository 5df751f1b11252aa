// Builders of the listeners probe's part of a snapshot (fields 19-20), as
// native/listeners.c fills them, for the decode, rule and render tests.
import {stackprof} from '../../src/proto/stackprof.pb.js'
import {Session} from '../../src/model/session.js'
import {hello, snapshot, u64, type SnapshotSpec} from './fixtures.js'

type Int = number | bigint

export interface ListenerSpec {
  fd: number
  /** Default 1000 + fd. */
  inode?: Int
  /** Default 2 (AF_INET). */
  family?: number
  /** Default 6 (TCP). */
  protocol?: number
  /** Default 8080. */
  port?: number
  /** Default 127.0.0.1 (or ::1 for AF_INET6). */
  addr?: number[]
  /** Default true. */
  reuseport?: boolean
  /** Default 1 (0: in no group). */
  groupId?: number
  /** Default 2. */
  groupSize?: number
  /** The slot; -1 for none. */
  index: number
  /** Default CPU steering. */
  steering?: stackprof.v1.Steering
  progId?: number
  progName?: string
  insns?: number
  incomingCpu?: number
  busyPollUsecs?: number
  listen?: {tid: number; cpu: number; order: number; ns?: Int}
  accepts?: {tid: number; calls: Int; accepted?: Int}[]
}

export const STEER = stackprof.v1.Steering

export function listener(s: ListenerSpec): stackprof.v1.IListener {
  const family = s.family ?? 2
  const steering = s.steering ?? STEER.STEERING_CBPF_CPU
  return {
    fd: s.fd,
    inode: u64(s.inode ?? 1000 + s.fd),
    family,
    protocol: s.protocol ?? 6,
    sockType: (s.protocol ?? 6) === 17 ? 2 : 1,
    localPort: s.port ?? 8080,
    localAddr: Uint8Array.from(s.addr ?? (family === 10 ? [...Array(15).fill(0), 1] : [127, 0, 0, 1])),
    reuseport: s.reuseport ?? true,
    groupId: s.groupId ?? 1,
    groupSize: s.groupSize ?? 2,
    groupIndex: s.index,
    steering,
    steeringProgId: s.progId ?? 0,
    steeringProgName: s.progName ?? '',
    steeringInsns: s.insns ?? (steering === STEER.STEERING_CBPF_CPU ? 2 : 0),
    incomingCpu: s.incomingCpu ?? -1,
    busyPollUsecs: s.busyPollUsecs ?? 0,
    ...(s.listen ? {listenSeen: true, listenTid: s.listen.tid, listenCpu: s.listen.cpu, listenOrder: s.listen.order, listenMonotonicNs: u64(s.listen.ns ?? 1_000_500_000_000n)} : {}),
    accepts: (s.accepts ?? []).map((a) => ({tid: a.tid, calls: u64(a.calls), accepted: u64(a.accepted ?? a.calls)})),
  }
}

export function listenersHello(overrides: stackprof.v1.IHello = {}): stackprof.v1.IHello {
  return hello({
    probes: [
      {name: 'syscalls', attached: true, variant: 'tp_btf', error: ''},
      {name: 'listeners', attached: true, variant: 'tracepoint', error: ''},
    ],
    ncpus: 2,
    ...overrides,
  })
}

export interface ListenersSessionOptions {
  threads?: SnapshotSpec['threads']
  counters?: {eventMapFull?: Int; iteratorFailed?: Int; groupScanTruncated?: Int}
  hello?: stackprof.v1.IHello
  alive?: boolean
  /** Other probes' fields, merged in. */
  extra?: Partial<stackprof.v1.ISnapshot>
}

export function listenersSnapshot(listeners: ListenerSpec[], options: ListenersSessionOptions = {}, at = 2): stackprof.v1.ISnapshot {
  const c = options.counters ?? {}
  return snapshot({
    at,
    stats: [],
    threads: options.threads,
    alive: options.alive,
    extra: {
      listeners: listeners.map(listener),
      listenersCounters: {eventMapFull: u64(c.eventMapFull ?? 0), iteratorFailed: u64(c.iteratorFailed ?? 0), groupScanTruncated: u64(c.groupScanTruncated ?? 0)},
      ...options.extra,
    },
  })
}

/** A session with the listeners probe attached, after one snapshot carrying these sockets. */
export function listenersSession(listeners: ListenerSpec[], options: ListenersSessionOptions = {}): Session {
  const session = new Session(options.hello ?? listenersHello())
  session.apply(listenersSnapshot(listeners, options))
  return session
}

/**
 * The article's server on two CPUs: reactor-0 (tid 101) and reactor-1 (tid 102)
 * listened in that order, so they hold indexes 0 and 1; pins[i] is reactor-i's
 * Cpus_allowed_list. Each accepted 5 connections from its own socket.
 */
export function twoReactors(pins: [string, string], steering: stackprof.v1.Steering = STEER.STEERING_CBPF_CPU): Session {
  return listenersSession(
    [0, 1].map((i) => ({fd: 3 + i, index: i, steering, listen: {tid: 101 + i, cpu: Number(pins[i].split(/[-,]/)[0]), order: i + 1}, accepts: [{tid: 101 + i, calls: 5}]})),
    {threads: [0, 1].map((i) => ({tid: 101 + i, name: `reactor-${i}`, cpusAllowedList: pins[i], lastCpu: Number(pins[i].split(/[-,]/)[0])}))},
  )
}
