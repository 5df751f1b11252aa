/**
 * A sampled stack profile: what the stacks probe collected, symbolized by the
 * loader. One Profile per session; the decoder (src/decode/stacks.ts) adds
 * each snapshot's new modules, frames and stacks and replaces the cumulative
 * samples. Exporters (src/export/*) read it and never change it.
 */

export type FrameKind = 'kernel' | 'native' | 'jit' | 'unknown'

export type ModuleKind = 'kernel' | 'elf' | 'perf-map' | 'anonymous' | 'other'

export interface ProfileModule {
  id: number
  kind: ModuleKind
  /** As the target sees it: "/usr/bin/node", "[kernel.kallsyms]", "/tmp/perf-1234.map", "[anon]". */
  path: string
  /** Hex; "" when the file has none. */
  buildId: string
  start: bigint
  limit: bigint
  fileOffset: bigint
  /** Where names came from ("symtab", "perf map (812 entries)"), or why there are none. */
  symbols: string
}

export interface ProfileFrame {
  id: number
  kind: FrameKind
  /** Demangled function name; "" when unknown (see unknownReason). */
  function: string
  /** 0 when the address is in no known mapping. */
  moduleId: number
  address: bigint
  /** Address relative to the module's load bias, for pprof. */
  moduleOffset: bigint
  file: string
  line: number
  unknownReason: string
}

export interface ProfileStack {
  id: number
  /** Leaf first: kernel frames, then user frames. */
  frameIds: number[]
  /** The user stack ends before a thread's start: frame pointers missing somewhere. */
  userTruncated: boolean
  /** Module of the outermost user frame reached; 0 none. */
  truncatedModuleId: number
  depthLimited: boolean
  userMissing: boolean
}

export interface ProfileSample {
  tid: number
  stackId: number
  /** On-CPU samples with this stack, since attach. */
  samples: number
  /** --off-cpu: nanoseconds switched out with this stack, since attach. */
  offcpuNs: bigint
  offcpuSwitches: number
}

export interface ProfileCounters {
  event: string
  frequencyHz: number
  offcpu: boolean
  samples: bigint
  stackTableFull: bigint
  countTableFull: bigint
  userStackFailed: bigint
  offcpuLost: bigint
  missedEvents: bigint
  symbolizeNs: bigint
  finalSymbolizeNs: bigint
  perfMapEntries: number
  perfMapStatus: string
}

export interface ProfileThread {
  tid: number
  name: string
}

export interface Profile {
  modules: Map<number, ProfileModule>
  frames: Map<number, ProfileFrame>
  stacks: Map<number, ProfileStack>
  /** Cumulative, one entry per (thread, stack) seen. */
  samples: ProfileSample[]
  counters: ProfileCounters
  /** Names of the threads that appear in samples (and others of the target). */
  threads: Map<number, ProfileThread>
  target: {pid: number; comm: string; cmdline: string[]}
  /** Wall-clock length of the profile so far, for rates and pprof's duration. */
  durationNs: bigint
  /** When the probes went live (pprof's time_nanos). */
  startedAt: Date
}

export function emptyProfile(target: Profile['target'], startedAt: Date): Profile {
  return {
    modules: new Map(),
    frames: new Map(),
    stacks: new Map(),
    samples: [],
    counters: {
      event: '', frequencyHz: 0, offcpu: false, samples: 0n, stackTableFull: 0n, countTableFull: 0n,
      userStackFailed: 0n, offcpuLost: 0n, missedEvents: 0n, symbolizeNs: 0n, finalSymbolizeNs: 0n,
      perfMapEntries: 0, perfMapStatus: '',
    },
    threads: new Map(),
    target,
    durationNs: 0n,
    startedAt,
  }
}

/**
 * The name a frame shows in flame graphs and folded stacks, with the
 * conventions of FlameGraph's stackcollapse-perf.pl (--kernel --jit): kernel
 * frames end in "_[k]", JIT frames in "_[j]"; a frame without a name is
 * "[module basename]" when its module is known, else "[unknown]".
 */
export function frameLabel(profile: Profile, frame: ProfileFrame, annotate = true): string {
  if (frame.function) {
    if (!annotate) return frame.function
    if (frame.kind === 'kernel') return `${frame.function}_[k]`
    if (frame.kind === 'jit') return `${frame.function}_[j]`
    return frame.function
  }
  const module = profile.modules.get(frame.moduleId)
  if (module && module.kind !== 'anonymous') return `[${module.path.split('/').pop()}]`
  return '[unknown]'
}
