// Builders of the lkl probe's part of a loader snapshot (fields 25-29), for
// the lkl unit tests, on top of fixtures.ts.
import type {stackprof} from '../../src/proto/stackprof.pb.js'
import {Session} from '../../src/model/session.js'
import {hello, snapshot, u64, type SnapshotSpec, type StatSpec} from './fixtures.js'

type Int = number | bigint

/** The stand-in hijack library as native/lkl.c reports it. */
export const HIJACK: stackprof.v1.ILklLibrary = {
  path: '/opt/lkl/liblkl-hijack.so',
  preloaded: true,
  lklName: true,
  lklSymbols: ['lkl_syscall', 'lkl_start_kernel', 'lkl_cpu_get', 'lkl_cpu_put'],
  libcOverrides: ['socket', 'connect', 'accept', 'accept4', 'bind', 'listen', 'sendto', 'recvfrom', 'read', 'write', 'close', 'epoll_create1', 'epoll_ctl', 'epoll_wait'],
}

/** LKL's (asm-generic) numbers used below. */
export const LKL_NR = {epoll_pwait: 22, close: 57, read: 63, write: 64, sendto: 206, recvfrom: 207, accept4: 242, epoll_wait_old: 1069} as const
/** x86_64 numbers. */
export const HOST_NR = {read: 0, write: 1, close: 3, nanosleep: 35, clock_nanosleep: 230, sendto: 44, recvfrom: 45, clone: 56, epoll_pwait: 281, pipe2: 293, uretprobe: 335, clone3: 435} as const

export interface LklSpec {
  libraries?: stackprof.v1.ILklLibrary[]
  env?: Record<string, string>
  uprobes?: boolean
  /** Monotonic offset (s after attach) at which the uprobes went live; default 0. */
  uprobesAt?: number
  hostFds?: {open: number; max: number; table: number}
  /** LKL calls: count, and log2 slot of each call's time (default slot 12, [4, 8) µs). */
  calls?: {tid: number; nr: number; count: Int; errors?: Int; slot?: number}[]
  /** lkl_cpu_get waits: slot -> count. */
  waits?: {tid: number; slots: Record<number, Int>}[]
  /** Host syscalls inside lkl_syscall. */
  inside?: {tid: number; nr: number; count: Int}[]
  threads?: number[]
}

export function lklFields(spec: LklSpec): Partial<stackprof.v1.ISnapshot> {
  const attached = spec.uprobes ?? true
  return {
    lkl: {
      libraries: spec.libraries ?? [HIJACK],
      ldPreload: Buffer.from((spec.libraries ?? [HIJACK]).filter((l) => l.preloaded).map((l) => l.path).join(' ')),
      env: Object.entries(spec.env ?? {}).map(([name, value]) => ({name, value: Buffer.from(value)})),
      environReadable: true,
      mappedObjects: 5,
      scans: 1,
      uprobeLibrary: attached ? (spec.libraries ?? [HIJACK])[0].path : '',
      uprobes: attached ? ['lkl_syscall', 'lkl_syscall (return)', 'lkl_cpu_get', 'lkl_cpu_get (return)'] : [],
      uprobeError: attached ? '' : 'attach uprobe to lkl_syscall: Operation not permitted',
      uprobesMonotonicNs: attached ? u64(1_000_000_000_000n + BigInt(Math.round((spec.uprobesAt ?? 0) * 1e9))) : u64(0),
      hostCallsCounted: attached,
      hostFds: spec.hostFds?.open ?? 12,
      maxHostFd: spec.hostFds?.max ?? 11,
      fdTableSize: spec.hostFds?.table ?? 64,
      threads: spec.threads ?? [],
    },
    lklSyscalls: (spec.calls ?? []).map((c) => {
      const slot = c.slot ?? 12
      return {
        tid: c.tid, nr: c.nr, count: u64(c.count), errors: u64(c.errors ?? 0),
        totalNs: u64(BigInt(c.count) * BigInt(3 * 2 ** slot / 2)), maxNs: u64(2 ** (slot + 1) - 1),
        latencyLog2Ns: Array.from({length: slot + 1}, (_, i) => u64(i === slot ? c.count : 0)),
      }
    }),
    lklCpuWaits: (spec.waits ?? []).map((w) => {
      const slots = Object.keys(w.slots).map(Number)
      const top = Math.max(...slots)
      const count = Object.values(w.slots).reduce<bigint>((a, n) => a + BigInt(n), 0n)
      return {
        tid: w.tid, count: u64(count),
        totalNs: u64(Object.entries(w.slots).reduce<bigint>((a, [s, n]) => a + BigInt(n) * BigInt(2 ** Number(s)), 0n)),
        maxNs: u64(2 ** (top + 1) - 1),
        waitLog2Ns: Array.from({length: top + 1}, (_, i) => u64(w.slots[i] ?? 0)),
      }
    }),
    lklHostCalls: (spec.inside ?? []).map((h) => ({tid: h.tid, nr: h.nr, count: u64(h.count)})),
    lklCounters: {},
  }
}

export function lklHello(probes: string[] = ['syscalls', 'lkl']): stackprof.v1.IHello {
  return hello({probes: probes.map((name) => ({name, attached: true, variant: name === 'lkl' ? 'scan+uprobes' : 'tp_btf', error: ''}))})
}

/** A session with the lkl probe: one snapshot at `at` s (default 2) carrying the host stats and `spec`. */
export function lklSession(spec: LklSpec, options: {stats?: StatSpec[]; threads?: SnapshotSpec['threads']; at?: number; hello?: stackprof.v1.IHello; extra?: Partial<stackprof.v1.ISnapshot>} = {}): Session {
  const session = new Session(options.hello ?? lklHello())
  session.apply(snapshot({at: options.at ?? 2, stats: options.stats ?? [], threads: options.threads, extra: {...lklFields(spec), ...options.extra}}))
  return session
}
