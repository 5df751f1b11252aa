// Builders of loader frames for the unit tests: what the loader would send,
// written the way a reader of the test can check by hand.
import Long from 'long'
import {stackprof} from '../../src/proto/stackprof.pb.js'
import {Session} from '../../src/model/session.js'
import type {ProbeCounters} from '../../src/decode/syscalls.js'
import type {EventloopCounters, FdKind, TimeoutClass} from '../../src/decode/eventloop.js'
import type {NetDeviceKnobs, NetKnobs} from '../../src/collector/net-knobs.js'

type Int = number | bigint

/** A uint64 as protobufjs takes it (the generated types ask for Long). */
export function u64(value: Int): Long {
  return Long.fromString(value.toString(), true)
}

/** The monotonic time at which the probes of `hello()` went live: 1000 s after boot. */
export const ATTACHED_NS = 1_000_000_000_000n

export function hello(overrides: stackprof.v1.IHello = {}): stackprof.v1.IHello {
  return {
    protocolVersion: 1,
    loaderVersion: '0.1.0',
    kernelRelease: '6.8.0-test',
    machine: 'x86_64',
    targetTgid: 4242,
    attachedMonotonicNs: u64(ATTACHED_NS),
    probes: [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}],
    ncpus: 8,
    attachDurationNs: u64(31_000_000),
    targetComm: Buffer.from('server'),
    targetCmdline: Buffer.from('node\0server.js\0--port\x008080\0'),
    ...overrides,
  }
}

export interface StatSpec {
  tid: number
  nr: number
  count: Int
  /** errno -> count; errors default to their sum. */
  errnos?: Record<number, Int>
  errors?: Int
  /** slot -> count; by default every call is in slot 8 ([256, 512) ns). */
  hist?: Record<number, Int>
  /** The histogram as the loader sends it, when its exact length matters. */
  rawHist?: Int[]
  totalNs?: Int
  maxNs?: Int
}

export interface SnapshotSpec {
  /** Seconds after ATTACHED_NS. */
  at: number
  stats: StatSpec[]
  /** oncpuNs: the thread's CPU time so far (schedstat); absent means unknown. */
  /** cpusAllowedList: Cpus_allowed_list text ("0-3"); lastCpu: the CPU it last ran on. */
  threads?: {tid: number; name: string | Uint8Array; exited?: boolean; oncpuNs?: Int; cpusAllowedList?: string; lastCpu?: number}[]
  counters?: Partial<Record<keyof ProbeCounters, Int>>
  alive?: boolean
  /** The eventloop probe's part of the snapshot (fields 7-14); absent: none sent. */
  eventloop?: EventloopSpec
  /** Other probes' fields (sched 15-18, listeners 19-20), merged in as given. */
  extra?: Partial<stackprof.v1.ISnapshot>
}

function histogram(spec: StatSpec): Long[] {
  if (spec.rawHist) return spec.rawHist.map(u64)
  const slots = spec.hist ?? {8: spec.count}
  const last = Math.max(...Object.keys(slots).map(Number))
  return Array.from({length: last + 1}, (_, i) => u64(slots[i] ?? 0))
}

export function snapshot(spec: SnapshotSpec): stackprof.v1.ISnapshot {
  const errnos = spec.stats.flatMap((s) =>
    Object.entries(s.errnos ?? {}).map(([err, n]) => ({tid: s.tid, nr: s.nr, errorNumber: Number(err), count: u64(n)})))
  const c = spec.counters ?? {}
  return {
    monotonicNs: u64(ATTACHED_NS + BigInt(Math.round(spec.at * 1e9))),
    syscalls: spec.stats.map((s) => ({
      tid: s.tid,
      nr: s.nr,
      count: u64(s.count),
      errors: u64(s.errors ?? Object.values(s.errnos ?? {}).reduce<bigint>((a, b) => a + BigInt(b), 0n)),
      totalNs: u64(s.totalNs ?? BigInt(s.count) * 300n),
      maxNs: u64(s.maxNs ?? 511),
      latencyLog2Ns: histogram(s),
    })),
    errnos,
    threads: (spec.threads ?? []).map((t) => ({
      tid: t.tid,
      name: typeof t.name === 'string' ? Buffer.from(t.name) : t.name,
      exited: t.exited ?? false,
      ...(t.oncpuNs === undefined ? {} : {oncpuNs: u64(t.oncpuNs), oncpuKnown: true}),
      ...(t.cpusAllowedList === undefined ? {} : {cpusAllowedList: t.cpusAllowedList, lastCpu: t.lastCpu ?? -1}),
    })),
    counters: {
      statsMapFull: u64(c.statsMapFull ?? 0),
      errnoMapFull: u64(c.errnoMapFull ?? 0),
      startStoreFailed: u64(c.startStoreFailed ?? 0),
      unmatchedExits: u64(c.unmatchedExits ?? 0),
      threadMapFull: u64(c.threadMapFull ?? 0),
    },
    targetAlive: spec.alive ?? true,
    ...(spec.eventloop ? eventloopSnapshot(spec.eventloop) : {}),
    ...spec.extra,
  }
}

/** One frame, length-delimited, as the loader writes it to its stdout. */
export function encodeFrame(frame: stackprof.v1.IFrame): Buffer {
  return Buffer.from(stackprof.v1.Frame.encodeDelimited(frame).finish())
}

/** A session after `hello()` and one snapshot (default: 2 s after attach). */
export function sessionWith(stats: StatSpec[], options: Partial<SnapshotSpec> & {hello?: stackprof.v1.IHello} = {}): Session {
  const session = new Session(options.hello ?? hello())
  session.apply(snapshot({at: 2, ...options, stats}))
  return session
}

// ---- The eventloop probe ----

/** x86_64 numbers of the calls the eventloop probe watches. */
export const NR = {
  read: 0, write: 1, readv: 19, writev: 20, sendto: 44, recvfrom: 45, sendmsg: 46, recvmsg: 47,
  epoll_wait: 232, epoll_pwait: 281, recvmmsg: 299, sendmmsg: 307, epoll_pwait2: 441,
} as const

/** Order of the timeouts array on the wire (probes/eventloop.h), written out here rather than imported. */
const WIRE_TIMEOUTS: readonly TimeoutClass[] = ['block', 'zero', 'under100us', 'under1ms', 'under10ms', 'longer', 'unreadable']

export interface EpollSpec {
  tid: number
  /** Default 5. */
  epfd?: number
  /** Default epoll_wait (232). */
  nr?: number
  calls: Int
  errors?: Int
  events?: Int
  empty?: Int
  /** Calls by timeout class; default: every call blocks (-1). */
  timeouts?: Partial<Record<TimeoutClass, Int>>
  zeroEmpty?: Int
  zeroEmptyThenWait?: Int
  totalNs?: Int
  offcpuNs?: Int
  eventsLog2?: Int[]
}

export interface FdIoSpec {
  tid: number
  nr: number
  /** Default 'inet-socket'. */
  fdKind?: FdKind
  calls: Int
  errors?: Int
  eagain?: Int
  bytes?: Int
  sizeLog2?: Int[]
}

export interface SockoptSpec {
  optname: number
  /** null: the probe could not read the value (value_readable false). */
  value: number | null
  /** Default 1. */
  calls?: Int
  failed?: Int
  lastTid?: number
}

export interface EpollParamsSpec {
  epfd: number
  busyPollUsecs?: number
  busyPollBudget?: number
  preferBusyPoll?: boolean
  /** Default true. */
  accepted?: boolean
  /** Default 1. */
  calls?: Int
  failed?: Int
  lastTid?: number
}

export interface NapiPollSpec {
  tid: number
  budget: number
  /** Default 'eth0'. */
  device?: string | Uint8Array
  polls: Int
  work?: Int
}

export interface SocketGroupSpec {
  /** Default 2 (AF_INET). */
  family?: number
  type?: number
  protocol?: number
  listening?: boolean
  localPort?: number
  reuseport?: boolean
  busyPollUsecs?: number
  preferBusyPoll?: boolean
  busyPollBudget?: number
  napiId?: number
  /** Default 1. */
  count?: Int
  exampleFds?: number[]
}

export interface EpollInstanceSpec {
  fd: number
  napiId?: number
  paramsKnown?: boolean
  busyPollUsecs?: number
  busyPollBudget?: number
  preferBusyPoll?: boolean
}

export interface EventloopSpec {
  epolls?: EpollSpec[]
  fdIo?: FdIoSpec[]
  sockopts?: SockoptSpec[]
  epollParams?: EpollParamsSpec[]
  napiPolls?: NapiPollSpec[]
  sockets?: SocketGroupSpec[]
  epollInstances?: EpollInstanceSpec[]
  counters?: Partial<Record<keyof EventloopCounters, Int>>
}

const FD_KIND_WIRE: Record<FdKind, stackprof.v1.FdKind> = {
  'other': stackprof.v1.FdKind.FD_OTHER,
  'inet-socket': stackprof.v1.FdKind.FD_INET_SOCKET,
  'other-socket': stackprof.v1.FdKind.FD_OTHER_SOCKET,
  'unknown': stackprof.v1.FdKind.FD_UNKNOWN,
}

/** Fields 7-14 of a Snapshot, as the loader would fill them. */
export function eventloopSnapshot(spec: EventloopSpec): stackprof.v1.ISnapshot {
  const c = spec.counters ?? {}
  return {
    epolls: (spec.epolls ?? []).map((e) => ({
      tid: e.tid,
      epfd: e.epfd ?? 5,
      nr: e.nr ?? NR.epoll_wait,
      calls: u64(e.calls),
      errors: u64(e.errors ?? 0),
      events: u64(e.events ?? 0),
      empty: u64(e.empty ?? 0),
      timeouts: WIRE_TIMEOUTS.map((k) => u64((e.timeouts ?? {block: e.calls})[k] ?? 0)),
      zeroEmpty: u64(e.zeroEmpty ?? 0),
      zeroEmptyThenWait: u64(e.zeroEmptyThenWait ?? 0),
      totalNs: u64(e.totalNs ?? 0),
      offcpuNs: u64(e.offcpuNs ?? 0),
      eventsLog2: (e.eventsLog2 ?? []).map(u64),
    })),
    fdIo: (spec.fdIo ?? []).map((f) => ({
      tid: f.tid,
      nr: f.nr,
      fdKind: FD_KIND_WIRE[f.fdKind ?? 'inet-socket'],
      calls: u64(f.calls),
      errors: u64(f.errors ?? 0),
      eagain: u64(f.eagain ?? 0),
      bytes: u64(f.bytes ?? 0),
      sizeLog2: (f.sizeLog2 ?? []).map(u64),
    })),
    sockopts: (spec.sockopts ?? []).map((s) => ({
      optname: s.optname,
      value: s.value ?? 0,
      valueReadable: s.value !== null,
      calls: u64(s.calls ?? 1),
      failed: u64(s.failed ?? 0),
      lastTid: s.lastTid ?? 0,
    })),
    epollParams: (spec.epollParams ?? []).map((p) => ({
      epfd: p.epfd,
      busyPollUsecs: p.busyPollUsecs ?? 0,
      busyPollBudget: p.busyPollBudget ?? 0,
      preferBusyPoll: p.preferBusyPoll ?? false,
      accepted: p.accepted ?? true,
      calls: u64(p.calls ?? 1),
      failed: u64(p.failed ?? 0),
      lastTid: p.lastTid ?? 0,
    })),
    napiPolls: (spec.napiPolls ?? []).map((n) => ({
      tid: n.tid,
      budget: n.budget,
      device: typeof n.device === 'object' ? n.device : Buffer.from(n.device ?? 'eth0'),
      polls: u64(n.polls),
      work: u64(n.work ?? 0),
    })),
    sockets: (spec.sockets ?? []).map((g) => ({
      family: g.family ?? 2,
      type: g.type ?? 1,
      protocol: g.protocol ?? 6,
      listening: g.listening ?? false,
      localPort: g.localPort ?? 0,
      reuseport: g.reuseport ?? false,
      busyPollUsecs: g.busyPollUsecs ?? 0,
      preferBusyPoll: g.preferBusyPoll ?? false,
      busyPollBudget: g.busyPollBudget ?? 0,
      napiId: g.napiId ?? 0,
      count: u64(g.count ?? 1),
      exampleFds: g.exampleFds ?? [],
    })),
    epollInstances: (spec.epollInstances ?? []).map((e) => ({
      fd: e.fd,
      napiId: e.napiId ?? 0,
      paramsKnown: e.paramsKnown ?? true,
      busyPollUsecs: e.busyPollUsecs ?? 0,
      busyPollBudget: e.busyPollBudget ?? 0,
      preferBusyPoll: e.preferBusyPoll ?? false,
    })),
    eventloopCounters: {
      epollMapFull: u64(c.epollMapFull ?? 0),
      fdIoMapFull: u64(c.fdIoMapFull ?? 0),
      sockoptMapFull: u64(c.sockoptMapFull ?? 0),
      napiMapFull: u64(c.napiMapFull ?? 0),
      stateStoreFailed: u64(c.stateStoreFailed ?? 0),
      iteratorFailed: u64(c.iteratorFailed ?? 0),
    },
  }
}

/** A Hello whose loader attached both the syscalls and the eventloop probes. */
export function eventloopHello(overrides: stackprof.v1.IHello = {}): stackprof.v1.IHello {
  return hello({
    probes: [
      {name: 'syscalls', attached: true, variant: 'tp_btf', error: ''},
      {name: 'eventloop', attached: true, variant: 'tp_btf', error: ''},
    ],
    ...overrides,
  })
}

/** A network device as net-knobs reads it: up, no IRQ deferral, not threaded. */
export function netDevice(name: string, overrides: Partial<NetDeviceKnobs> = {}): NetDeviceKnobs {
  return {name, loopback: false, operstate: 'up', napiDeferHardIrqs: 0, groFlushTimeoutNs: 0, threadedNapi: false, ...overrides}
}

/** Busy-poll knobs of an untuned host: sysctls 0, no devices, BusyPollRxPackets 0, same netns. */
export function netKnobs(overrides: Partial<NetKnobs> = {}): NetKnobs {
  return {busyPollUs: 0, busyReadUs: 0, devices: [], busyPollRxPackets: 0n, targetNetnsIsOurs: true, ...overrides}
}

export interface EventloopSessionOptions {
  /** Seconds after attach of the (single) snapshot; default 2. */
  at?: number
  threads?: SnapshotSpec['threads']
  stats?: StatSpec[]
  hello?: stackprof.v1.IHello
  /** Knobs when the probes went live, and as last read; default: both netKnobs(). */
  knobsAtStart?: NetKnobs
  knobsLatest?: NetKnobs
  /**
   * tid -> share of the time on CPU. Adds a first snapshot one second before `at`
   * (threads at 0 ns of CPU), so Session.onCpuShare gives exactly this share.
   */
  onCpu?: Record<number, number>
}

/** A session with the eventloop probe attached, after a snapshot carrying `spec` (two with `onCpu`). */
export function eventloopSession(spec: EventloopSpec, options: EventloopSessionOptions = {}): Session {
  const session = new Session(options.hello ?? eventloopHello())
  session.netKnobsAtStart = options.knobsAtStart ?? netKnobs()
  session.netKnobsLatest = options.knobsLatest ?? session.netKnobsAtStart
  const at = options.at ?? 2
  let threads = options.threads
  if (options.onCpu) {
    const cpu = options.onCpu
    const named = new Map((options.threads ?? []).map((t) => [t.tid, t]))
    for (const tid of Object.keys(cpu).map(Number)) if (!named.has(tid)) named.set(tid, {tid, name: '?'})
    const all = [...named.values()]
    session.apply(snapshot({at: at - 1, stats: options.stats ?? [], eventloop: spec,
      threads: all.map((t) => (t.tid in cpu ? {...t, oncpuNs: 0} : t))}))
    threads = all.map((t) => (t.tid in cpu ? {...t, oncpuNs: BigInt(Math.round(cpu[t.tid] * 1e9))} : t))
  }
  session.apply(snapshot({at, stats: options.stats ?? [], threads, eventloop: spec}))
  return session
}
