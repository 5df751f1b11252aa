import type Long from 'long'
import type {stackprof} from '../proto/stackprof.pb.js'

type PbSnapshot = stackprof.v1.ISnapshot

/** Log2 latency slots, as in probes/syscalls.h: slot i counts calls of [2^i, 2^(i+1)) ns. */
export const HIST_SLOTS = 40

export interface SyscallStat {
  tid: number
  nr: number
  count: bigint
  errors: bigint
  totalNs: bigint
  maxNs: bigint
  /** Always HIST_SLOTS long. */
  latencyLog2Ns: bigint[]
  /** errno -> count */
  errnos: Map<number, bigint>
}

export interface ProbeCounters {
  statsMapFull: bigint
  errnoMapFull: bigint
  startStoreFailed: bigint
  unmatchedExits: bigint
  threadMapFull: bigint
}

export interface ThreadName {
  tid: number
  name: string
  exited: boolean
  /** CPU time consumed so far (schedstat), null when unknown. */
  oncpuNs: bigint | null
  /** CPUs the thread may run on (Cpus_allowed_list), ascending; null when unknown. */
  cpusAllowed: number[] | null
  /** The CPU it last ran on, null when unknown. */
  lastCpu: number | null
}

/**
 * "0-3,8,10-11" (the kernel's cpulist format) → [0,1,2,3,8,10,11]; null when
 * empty or garbled. Ranges are capped at 4096 CPUs so garbage cannot blow up.
 */
export function parseCpuList(text: string | null | undefined): number[] | null {
  const trimmed = (text ?? '').trim()
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(trimmed)) return null
  const cpus = new Set<number>()
  for (const part of trimmed.split(',')) {
    const [lo, hi = lo] = part.split('-').map(Number)
    if (hi < lo || hi >= 4096) return null
    for (let c = lo; c <= hi; c++) cpus.add(c)
  }
  return [...cpus].sort((a, b) => a - b)
}

/** [0,1,2,3,8] → "0-3,8": how taskset and /proc print CPU sets. */
export function formatCpuList(cpus: readonly number[]): string {
  const sorted = [...new Set(cpus)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    parts.push(j === i ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`)
    i = j + 1
  }
  return parts.join(',')
}

export interface SyscallSnapshot {
  monotonicNs: bigint
  targetAlive: boolean
  stats: SyscallStat[]
  threads: ThreadName[]
  counters: ProbeCounters
}

/** protobufjs gives uint64 as Long (or number when small); keep every bit. */
export function u64(value: Long | number | null | undefined): bigint {
  if (value === null || value === undefined) return 0n
  if (typeof value === 'number') return BigInt(value)
  return (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0)
}

const utf8 = new TextDecoder('utf-8', {fatal: false})

/** Names come from the target: show them, never trust them (control characters become '?'). */
/** /proc/<pid>/cmdline bytes (NUL-separated, NUL-ended) as sanitised arguments; [] when empty. */
export function cmdlineArgs(bytes: Uint8Array | null | undefined): string[] {
  if (!bytes || bytes.length === 0) return []
  const all = Buffer.from(bytes)
  const end = all[all.length - 1] === 0 ? all.length - 1 : all.length
  const args: string[] = []
  for (let start = 0; start <= end; ) {
    const nul = all.indexOf(0, start)
    const stop = nul === -1 || nul > end ? end : nul
    args.push(targetText(all.subarray(start, stop)))
    start = stop + 1
  }
  return args
}

export function targetText(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length === 0) return ''
  return targetString(utf8.decode(bytes))
}

/**
 * A string the loader read from the target (a mapped file's path, a symbol,
 * a version string): control characters become '?', so none reaches a
 * terminal as an escape sequence. /proc/<pid>/maps escapes only newlines.
 */
export function targetString(value: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (value ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}

export function decodeSnapshot(snapshot: PbSnapshot): SyscallSnapshot {
  const errnoKey = (tid: number, nr: number) => `${tid}:${nr}`
  const errnos = new Map<string, Map<number, bigint>>()
  for (const e of snapshot.errnos ?? []) {
    const key = errnoKey(e.tid ?? 0, e.nr ?? 0)
    let perCall = errnos.get(key)
    if (!perCall) errnos.set(key, (perCall = new Map()))
    perCall.set(e.errorNumber ?? 0, u64(e.count))
  }
  const stats = (snapshot.syscalls ?? []).map((s): SyscallStat => {
    const latencyLog2Ns = Array.from({length: HIST_SLOTS}, (_, i) => u64(s.latencyLog2Ns?.[i]))
    return {
      tid: s.tid ?? 0,
      nr: s.nr ?? 0,
      count: u64(s.count),
      errors: u64(s.errors),
      totalNs: u64(s.totalNs),
      maxNs: u64(s.maxNs),
      latencyLog2Ns,
      errnos: errnos.get(errnoKey(s.tid ?? 0, s.nr ?? 0)) ?? new Map(),
    }
  })
  const c = snapshot.counters ?? {}
  return {
    monotonicNs: u64(snapshot.monotonicNs),
    targetAlive: snapshot.targetAlive ?? false,
    stats,
    threads: (snapshot.threads ?? []).map((t) => ({
      tid: t.tid ?? 0,
      name: targetText(t.name),
      exited: t.exited ?? false,
      oncpuNs: t.oncpuKnown ? u64(t.oncpuNs) : null,
      cpusAllowed: parseCpuList(t.cpusAllowedList),
      // proto3 has no "absent" for scalars: an old loader leaves 0, a new one -1 when unknown.
      lastCpu: t.lastCpu === undefined || t.lastCpu === null || t.lastCpu < 0 || !t.cpusAllowedList ? null : t.lastCpu,
    })),
    counters: {
      statsMapFull: u64(c.statsMapFull),
      errnoMapFull: u64(c.errnoMapFull),
      startStoreFailed: u64(c.startStoreFailed),
      unmatchedExits: u64(c.unmatchedExits),
      threadMapFull: u64(c.threadMapFull),
    },
  }
}
