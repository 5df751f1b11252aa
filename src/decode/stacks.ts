import {stackprof} from '../proto/stackprof.pb.js'
import type {FrameKind, ModuleKind, Profile, ProfileCounters} from '../model/stacks.js'
import {targetString, u64} from './syscalls.js'

type PbSnapshot = stackprof.v1.ISnapshot
const FrameKinds = stackprof.v1.StackFrame.Kind
const ModuleKinds = stackprof.v1.StackModule.Kind

const frameKinds = new Map<number, FrameKind>([
  [FrameKinds.KERNEL, 'kernel'],
  [FrameKinds.NATIVE, 'native'],
  [FrameKinds.JIT, 'jit'],
  [FrameKinds.UNKNOWN, 'unknown'],
])

const moduleKinds = new Map<number, ModuleKind>([
  [ModuleKinds.KERNEL, 'kernel'],
  [ModuleKinds.ELF, 'elf'],
  [ModuleKinds.PERF_MAP, 'perf-map'],
  [ModuleKinds.ANONYMOUS, 'anonymous'],
  [ModuleKinds.OTHER, 'other'],
])

/** Symbol names, file names and paths come from the target's files: shown, never trusted. */
const text = targetString

/**
 * Adds one snapshot of the stacks probe to a profile: the modules, frames and
 * stacks sent for the first time (each is sent once, so every snapshot's are
 * kept), and the cumulative samples and counters, which replace the previous
 * ones. A snapshot without stacks counters (probe not attached) changes nothing.
 */
export function ingestStacks(profile: Profile, snapshot: PbSnapshot): void {
  for (const m of snapshot.newStackModules ?? []) {
    profile.modules.set(m.id ?? 0, {
      id: m.id ?? 0,
      kind: moduleKinds.get(m.kind ?? 0) ?? 'other',
      path: text(m.path),
      buildId: text(m.buildId),
      start: u64(m.start),
      limit: u64(m.limit),
      fileOffset: u64(m.fileOffset),
      symbols: text(m.symbols),
    })
  }
  for (const f of snapshot.newStackFrames ?? []) {
    profile.frames.set(f.id ?? 0, {
      id: f.id ?? 0,
      kind: frameKinds.get(f.kind ?? 0) ?? 'unknown',
      function: text(f.function),
      moduleId: f.moduleId ?? 0,
      address: u64(f.address),
      moduleOffset: u64(f.moduleOffset),
      file: text(f.file),
      line: f.line ?? 0,
      unknownReason: text(f.unknownReason),
    })
  }
  for (const s of snapshot.newStacks ?? []) {
    profile.stacks.set(s.id ?? 0, {
      id: s.id ?? 0,
      frameIds: [...(s.frameIds ?? [])],
      userTruncated: s.userTruncated ?? false,
      truncatedModuleId: s.truncatedModuleId ?? 0,
      depthLimited: s.depthLimited ?? false,
      userMissing: s.userMissing ?? false,
    })
  }
  const c = snapshot.stacksCounters
  if (!c) return
  profile.samples = (snapshot.stackSamples ?? []).map((s) => ({
    tid: s.tid ?? 0,
    stackId: s.stackId ?? 0,
    samples: Number(u64(s.samples)),
    offcpuNs: u64(s.offcpuNs),
    offcpuSwitches: Number(u64(s.offcpuSwitches)),
  }))
  profile.counters = decodeStacksCounters(c)
}

export function decodeStacksCounters(c: stackprof.v1.IStacksCounters): ProfileCounters {
  return {
    event: c.event ?? '',
    frequencyHz: c.frequencyHz ?? 0,
    offcpu: c.offcpu ?? false,
    samples: u64(c.samples),
    stackTableFull: u64(c.stackTableFull),
    countTableFull: u64(c.countTableFull),
    userStackFailed: u64(c.userStackFailed),
    offcpuLost: u64(c.offcpuLost),
    missedEvents: u64(c.missedEvents),
    symbolizeNs: u64(c.symbolizeNs),
    finalSymbolizeNs: u64(c.finalSymbolizeNs),
    perfMapEntries: c.perfMapEntries ?? 0,
    perfMapStatus: text(c.perfMapStatus),
  }
}
