import type Long from 'long'
import type {stackprof} from '../proto/stackprof.pb.js'
import {targetString, targetText, u64} from './syscalls.js'

type PbSnapshot = stackprof.v1.ISnapshot

/** Log2 slots of the lkl probe's histograms, as LKL_HIST_SLOTS in probes/lkl.h: slot i is [2^i, 2^(i+1)) ns, the last open. */
export const LKL_HIST_SLOTS = 40

/** A mapped object worth reporting: LKL, DPDK, or an interposer of libc's socket calls. */
export interface LklLibrary {
  path: string
  /** Named by LD_PRELOAD or /etc/ld.so.preload. */
  preloaded: boolean
  /** A DT_NEEDED entry of the executable, listed before libc. */
  neededBeforeLibc: boolean
  /** The target's program itself. */
  executable: boolean
  /** liblkl-hijack*.so and the other LKL file names. */
  lklName: boolean
  /** Which of lkl_syscall, lkl_start_kernel, lkl_cpu_get, lkl_cpu_put it defines. */
  lklSymbols: string[]
  /** libc socket-call names it defines, when it comes before libc in symbol lookup. */
  libcOverrides: string[]
  dpdk: boolean
  symbolsError: string
}

export interface LklDetection {
  libraries: LklLibrary[]
  ldPreload: string
  /** LKL_HIJACK_* and LIBZPHOOK, values sanitised. */
  env: {name: string; value: string}[]
  environReadable: boolean
  environTruncated: boolean
  ldSoPreload: string
  scanError: string
  mappedObjects: number
  scans: number
  uprobeLibrary: string
  uprobes: string[]
  uprobeError: string
  /** CLOCK_MONOTONIC when the uprobes went live; 0n none. */
  uprobesNs: bigint
  hostCallsCounted: boolean
  /** --no-lkl-cpu-wait: lkl_cpu_get was left unprobed on purpose. */
  cpuWaitOff: boolean
  /** Host fds open at the last listing that could be read. */
  hostFds: number
  /** The highest of them; null: never read (no LKL). */
  maxHostFd: number | null
  fdTableSize: number
  /** The highest host fd and fd table size any snapshot of the session saw (the listing is gone once the target is). */
  maxHostFdSeen: number | null
  fdTableSizeSeen: number
}

export interface LklSyscallStat {
  tid: number
  /** LKL's asm-generic number. */
  nr: number
  count: bigint
  errors: bigint
  totalNs: bigint
  maxNs: bigint
  /** Always LKL_HIST_SLOTS long. */
  latencyLog2Ns: bigint[]
}

export interface LklCpuWait {
  tid: number
  count: bigint
  totalNs: bigint
  maxNs: bigint
  /** Always LKL_HIST_SLOTS long. */
  waitLog2Ns: bigint[]
}

export interface LklHostCall {
  tid: number
  /** The host's number (Hello.machine). */
  nr: number
  count: bigint
}

export interface LklCounters {
  statsMapFull: bigint
  cpuMapFull: bigint
  hostMapFull: bigint
  stateStoreFailed: bigint
  tooDeep: bigint
  unmatchedReturns: bigint
}

export interface LklSnapshot {
  detection: LklDetection
  syscalls: LklSyscallStat[]
  cpuWaits: LklCpuWait[]
  hostCalls: LklHostCall[]
  counters: LklCounters
}

/** The probe's histogram as LKL_HIST_SLOTS slots; a longer one is folded into the open last slot. */
function slots(values: readonly (number | Long)[] | null | undefined): bigint[] {
  const all = (values ?? []).map((v) => u64(v))
  return Array.from({length: LKL_HIST_SLOTS}, (_, i) =>
    i < LKL_HIST_SLOTS - 1 ? all[i] ?? 0n : all.slice(i).reduce((a, v) => a + v, 0n))
}

/** `before`: the session's previous decode, for the high-water marks. */
export function decodeLkl(snapshot: PbSnapshot, before?: LklSnapshot): LklSnapshot {
  const d = snapshot.lkl ?? {}
  const c = snapshot.lklCounters ?? {}
  const listed = d.maxHostFd === undefined || d.maxHostFd === null || d.maxHostFd < 0 || !d.hostFds ? null : d.maxHostFd
  // The target gone (or its fds unreadable): keep the last listing that worked.
  const maxHostFd = listed ?? before?.detection.maxHostFd ?? null
  const hostFds = listed === null ? before?.detection.hostFds ?? 0 : d.hostFds ?? 0
  const seen = before?.detection.maxHostFdSeen ?? null
  return {
    detection: {
      libraries: (d.libraries ?? []).map((l) => ({
        path: targetString(l.path),
        preloaded: l.preloaded ?? false,
        neededBeforeLibc: l.neededBeforeLibc ?? false,
        executable: l.executable ?? false,
        lklName: l.lklName ?? false,
        lklSymbols: (l.lklSymbols ?? []).map(targetString),
        libcOverrides: (l.libcOverrides ?? []).map(targetString),
        dpdk: l.dpdk ?? false,
        symbolsError: targetString(l.symbolsError),
      })),
      ldPreload: targetText(d.ldPreload),
      env: (d.env ?? []).map((v) => ({name: targetString(v.name), value: targetText(v.value)})),
      environReadable: d.environReadable ?? false,
      environTruncated: d.environTruncated ?? false,
      ldSoPreload: targetText(d.ldSoPreload),
      scanError: targetString(d.scanError),
      mappedObjects: d.mappedObjects ?? 0,
      scans: d.scans ?? 0,
      uprobeLibrary: targetString(d.uprobeLibrary),
      uprobes: [...(d.uprobes ?? [])],
      uprobeError: targetString(d.uprobeError),
      uprobesNs: u64(d.uprobesMonotonicNs),
      hostCallsCounted: d.hostCallsCounted ?? false,
      cpuWaitOff: d.cpuWaitOff ?? false,
      hostFds,
      // proto3 has no "absent": an unreadable listing comes as -1 (or 0 fds and 0 from an old loader).
      maxHostFd,
      fdTableSize: d.fdTableSize ?? 0,
      maxHostFdSeen: maxHostFd === null ? seen : seen === null ? maxHostFd : Math.max(seen, maxHostFd),
      fdTableSizeSeen: Math.max(before?.detection.fdTableSizeSeen ?? 0, d.fdTableSize ?? 0),
    },
    syscalls: (snapshot.lklSyscalls ?? []).map((s) => ({
      tid: s.tid ?? 0,
      nr: s.nr ?? 0,
      count: u64(s.count),
      errors: u64(s.errors),
      totalNs: u64(s.totalNs),
      maxNs: u64(s.maxNs),
      latencyLog2Ns: slots(s.latencyLog2Ns),
    })),
    cpuWaits: (snapshot.lklCpuWaits ?? []).map((w) => ({
      tid: w.tid ?? 0,
      count: u64(w.count),
      totalNs: u64(w.totalNs),
      maxNs: u64(w.maxNs),
      waitLog2Ns: slots(w.waitLog2Ns),
    })),
    hostCalls: (snapshot.lklHostCalls ?? []).map((h) => ({tid: h.tid ?? 0, nr: h.nr ?? 0, count: u64(h.count)})),
    counters: {
      statsMapFull: u64(c.statsMapFull),
      cpuMapFull: u64(c.cpuMapFull),
      hostMapFull: u64(c.hostMapFull),
      stateStoreFailed: u64(c.stateStoreFailed),
      tooDeep: u64(c.tooDeep),
      unmatchedReturns: u64(c.unmatchedReturns),
    },
  }
}
