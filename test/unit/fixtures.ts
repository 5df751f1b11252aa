// Builders of loader frames for the unit tests: what the loader would send,
// written the way a reader of the test can check by hand.
import Long from 'long'
import {stackprof} from '../../src/proto/stackprof.pb.js'
import {Session} from '../../src/model/session.js'
import type {ProbeCounters} from '../../src/decode/syscalls.js'

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
  threads?: {tid: number; name: string | Uint8Array; exited?: boolean}[]
  counters?: Partial<Record<keyof ProbeCounters, Int>>
  alive?: boolean
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
    })),
    counters: {
      statsMapFull: u64(c.statsMapFull ?? 0),
      errnoMapFull: u64(c.errnoMapFull ?? 0),
      startStoreFailed: u64(c.startStoreFailed ?? 0),
      unmatchedExits: u64(c.unmatchedExits ?? 0),
      threadMapFull: u64(c.threadMapFull ?? 0),
    },
    targetAlive: spec.alive ?? true,
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
