// A hand-built Profile for unit tests: stacks written root first, as people
// read them, each frame "name" or "name@kind@module".
import {emptyProfile, type FrameKind, type ModuleKind, type Profile} from '../../src/model/stacks.js'

export interface StackSpec {
  tid: number
  /** Root first. A frame: "main", "getppid@kernel", "[jit]@unknown@[anon]", "foo@jit@/tmp/perf-4242.map". */
  frames: string[]
  samples: number
  offcpuNs?: bigint
  userTruncated?: boolean
  /** Module path where a truncated stack ends. */
  truncatedIn?: string
  depthLimited?: boolean
}

const MODULE_KIND: Record<FrameKind, ModuleKind> = {kernel: 'kernel', native: 'elf', jit: 'perf-map', unknown: 'anonymous'}

export function profileOf(stacks: StackSpec[], options: {threads?: Record<number, string>; comm?: string; cmdline?: string[]; perfMapStatus?: string; frequencyHz?: number} = {}): Profile {
  const profile = emptyProfile({pid: 4242, comm: options.comm ?? 'server', cmdline: options.cmdline ?? ['./server']}, new Date(0))
  profile.counters.frequencyHz = options.frequencyHz ?? 99
  profile.counters.event = 'cpu-clock'
  profile.counters.perfMapStatus = options.perfMapStatus ?? 'absent'
  const moduleIds = new Map<string, number>()
  const frameIds = new Map<string, number>()
  const moduleFor = (path: string, kind: ModuleKind): number => {
    let id = moduleIds.get(path)
    if (id === undefined) {
      id = moduleIds.size + 1
      moduleIds.set(path, id)
      profile.modules.set(id, {id, kind, path, buildId: '', start: 0n, limit: 0n, fileOffset: 0n, symbols: kind === 'anonymous' ? 'none' : 'symtab'})
    }
    return id
  }
  const frameFor = (spec: string): number => {
    let id = frameIds.get(spec)
    if (id !== undefined) return id
    const [name, kind = 'native', path = kind === 'kernel' ? '[kernel.kallsyms]' : '/srv/server'] = spec.split('@') as [string, FrameKind?, string?]
    const moduleId = moduleFor(path, MODULE_KIND[kind])
    id = frameIds.size + 1
    frameIds.set(spec, id)
    const unknown = kind === 'unknown'
    profile.frames.set(id, {
      id, kind, function: unknown ? '' : name, moduleId, address: BigInt(0x400000 + id * 16), moduleOffset: BigInt(id * 16), file: '', line: 0,
      unknownReason: unknown ? 'anonymous executable memory and no perf map (JIT code?)' : '',
    })
    return id
  }
  for (const [i, s] of stacks.entries()) {
    const id = i + 1
    const ids = s.frames.map(frameFor).reverse()
    profile.stacks.set(id, {
      id, frameIds: ids, userTruncated: s.userTruncated ?? false, truncatedModuleId: s.truncatedIn ? moduleFor(s.truncatedIn, 'elf') : 0,
      depthLimited: s.depthLimited ?? false, userMissing: false,
    })
    profile.samples.push({tid: s.tid, stackId: id, samples: s.samples, offcpuNs: s.offcpuNs ?? 0n, offcpuSwitches: s.offcpuNs ? 1 : 0})
    profile.counters.samples += BigInt(s.samples)
  }
  for (const [tid, name] of Object.entries(options.threads ?? {})) profile.threads.set(Number(tid), {tid: Number(tid), name})
  profile.durationNs = 10_000_000_000n
  return profile
}
