import type {stackprof} from '../proto/stackprof.pb.js'
import {targetText, u64} from './syscalls.js'

type PbSnapshot = stackprof.v1.ISnapshot

/** Timeout buckets in the order of probes/eventloop.h (enum eventloop_timeout_class). */
export const TIMEOUT_CLASSES = ['block', 'zero', 'under100us', 'under1ms', 'under10ms', 'longer', 'unreadable'] as const
export type TimeoutClass = (typeof TIMEOUT_CLASSES)[number]
/** Slot 0: no events; slot k: [2^(k-1), 2^k) events. As EVENTLOOP_EVENTS_SLOTS. */
export const EVENTS_SLOTS = 16
/** Slot 0: 0 bytes; slot k: [2^(k-1), 2^k) bytes. As EVENTLOOP_BYTES_SLOTS. */
export const BYTES_SLOTS = 32

export type FdKind = 'other' | 'inet-socket' | 'other-socket' | 'unknown'
const FD_KINDS: readonly FdKind[] = ['other', 'inet-socket', 'other-socket', 'unknown']

export interface EpollStat {
  tid: number
  epfd: number
  nr: number
  calls: bigint
  errors: bigint
  events: bigint
  empty: bigint
  timeouts: Record<TimeoutClass, bigint>
  zeroEmpty: bigint
  zeroEmptyThenWait: bigint
  totalNs: bigint
  offcpuNs: bigint
  eventsLog2: bigint[]
}

export interface FdIoStat {
  tid: number
  nr: number
  fdKind: FdKind
  calls: bigint
  errors: bigint
  eagain: bigint
  bytes: bigint
  sizeLog2: bigint[]
}

export interface SockoptStat {
  optname: number
  value: number | null
  calls: bigint
  failed: bigint
  lastTid: number
}

export interface EpollParamsStat {
  epfd: number
  busyPollUsecs: number
  busyPollBudget: number
  preferBusyPoll: boolean
  accepted: boolean
  calls: bigint
  failed: bigint
  lastTid: number
}

export interface NapiPollStat {
  tid: number
  budget: number
  device: string
  polls: bigint
  work: bigint
}

export interface SocketGroup {
  family: number
  type: number
  protocol: number
  listening: boolean
  localPort: number
  reuseport: boolean
  busyPollUsecs: number
  preferBusyPoll: boolean
  busyPollBudget: number
  napiId: number
  count: bigint
  exampleFds: number[]
}

export interface EpollInstance {
  fd: number
  napiId: number
  paramsKnown: boolean
  busyPollUsecs: number
  busyPollBudget: number
  preferBusyPoll: boolean
}

export interface EventloopCounters {
  epollMapFull: bigint
  fdIoMapFull: bigint
  sockoptMapFull: bigint
  napiMapFull: bigint
  stateStoreFailed: bigint
  iteratorFailed: bigint
}

export interface EventloopSnapshot {
  epolls: EpollStat[]
  fdIo: FdIoStat[]
  sockopts: SockoptStat[]
  epollParams: EpollParamsStat[]
  napiPolls: NapiPollStat[]
  sockets: SocketGroup[]
  epollInstances: EpollInstance[]
  counters: EventloopCounters
}

const slots = (values: Array<Parameters<typeof u64>[0]> | null | undefined, n: number) =>
  Array.from({length: n}, (_, i) => u64(values?.[i]))

export function decodeEventloop(snapshot: PbSnapshot): EventloopSnapshot {
  const c = snapshot.eventloopCounters ?? {}
  return {
    epolls: (snapshot.epolls ?? []).map((e) => {
      const t = slots(e.timeouts, TIMEOUT_CLASSES.length)
      return {
        tid: e.tid ?? 0,
        epfd: e.epfd ?? 0,
        nr: e.nr ?? 0,
        calls: u64(e.calls),
        errors: u64(e.errors),
        events: u64(e.events),
        empty: u64(e.empty),
        timeouts: Object.fromEntries(TIMEOUT_CLASSES.map((name, i) => [name, t[i]])) as Record<TimeoutClass, bigint>,
        zeroEmpty: u64(e.zeroEmpty),
        zeroEmptyThenWait: u64(e.zeroEmptyThenWait),
        totalNs: u64(e.totalNs),
        offcpuNs: u64(e.offcpuNs),
        eventsLog2: slots(e.eventsLog2, EVENTS_SLOTS),
      }
    }),
    fdIo: (snapshot.fdIo ?? []).map((f) => ({
      tid: f.tid ?? 0,
      nr: f.nr ?? 0,
      fdKind: FD_KINDS[f.fdKind ?? 0] ?? 'unknown',
      calls: u64(f.calls),
      errors: u64(f.errors),
      eagain: u64(f.eagain),
      bytes: u64(f.bytes),
      sizeLog2: slots(f.sizeLog2, BYTES_SLOTS),
    })),
    sockopts: (snapshot.sockopts ?? []).map((s) => ({
      optname: s.optname ?? 0,
      value: s.valueReadable ? (s.value ?? 0) : null,
      calls: u64(s.calls),
      failed: u64(s.failed),
      lastTid: s.lastTid ?? 0,
    })),
    epollParams: (snapshot.epollParams ?? []).map((p) => ({
      epfd: p.epfd ?? 0,
      busyPollUsecs: p.busyPollUsecs ?? 0,
      busyPollBudget: p.busyPollBudget ?? 0,
      preferBusyPoll: p.preferBusyPoll ?? false,
      accepted: p.accepted ?? false,
      calls: u64(p.calls),
      failed: u64(p.failed),
      lastTid: p.lastTid ?? 0,
    })),
    napiPolls: (snapshot.napiPolls ?? []).map((n) => ({
      tid: n.tid ?? 0,
      budget: n.budget ?? 0,
      device: targetText(n.device),
      polls: u64(n.polls),
      work: u64(n.work),
    })),
    sockets: (snapshot.sockets ?? []).map((g) => ({
      family: g.family ?? 0,
      type: g.type ?? 0,
      protocol: g.protocol ?? 0,
      listening: g.listening ?? false,
      localPort: g.localPort ?? 0,
      reuseport: g.reuseport ?? false,
      busyPollUsecs: g.busyPollUsecs ?? 0,
      preferBusyPoll: g.preferBusyPoll ?? false,
      busyPollBudget: g.busyPollBudget ?? 0,
      napiId: g.napiId ?? 0,
      count: u64(g.count),
      exampleFds: [...(g.exampleFds ?? [])],
    })),
    epollInstances: (snapshot.epollInstances ?? []).map((e) => ({
      fd: e.fd ?? 0,
      napiId: e.napiId ?? 0,
      paramsKnown: e.paramsKnown ?? false,
      busyPollUsecs: e.busyPollUsecs ?? 0,
      busyPollBudget: e.busyPollBudget ?? 0,
      preferBusyPoll: e.preferBusyPoll ?? false,
    })),
    counters: {
      epollMapFull: u64(c.epollMapFull),
      fdIoMapFull: u64(c.fdIoMapFull),
      sockoptMapFull: u64(c.sockoptMapFull),
      napiMapFull: u64(c.napiMapFull),
      stateStoreFailed: u64(c.stateStoreFailed),
      iteratorFailed: u64(c.iteratorFailed),
    },
  }
}
