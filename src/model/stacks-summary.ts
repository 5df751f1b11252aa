import {frameLabel, type FrameKind, type Profile, type ProfileFrame, type ProfileModule} from './stacks.js'

/**
 * What the text report, the dashboard, the JSON report and the findings say
 * about a profile: hot functions, per-thread totals, and how much of it
 * could not be named or was cut short.
 */

export interface HotFunction {
  /** As in flame graphs (frameLabel without the kind suffix). */
  name: string
  kind: FrameKind
  module: string
  /** Samples with this function as the leaf. */
  self: number
  /** Samples with this function anywhere in the stack (counted once per stack). */
  total: number
}

export interface ThreadSamples {
  tid: number
  name: string
  samples: number
  offcpuNs: bigint
}

export interface UnnamedCode {
  /** Samples whose stack has a frame in anonymous executable memory without a name. */
  samples: number
  /** Distinct addresses of such frames. */
  addresses: number
  /** Their reason, as the symbolizer gave it. */
  reason: string
}

export interface TruncatedModule {
  path: string
  /** Samples whose user stack ended in this module before reaching a thread's start. */
  samples: number
}

export interface StacksSummary {
  samples: number
  offcpuNs: bigint
  threads: ThreadSamples[]
  hot: HotFunction[]
  unnamed: UnnamedCode
  /** Samples with a user stack (the base for the truncation share). */
  userSamples: number
  truncated: TruncatedModule[]
  truncatedSamples: number
  depthLimitedSamples: number
  kernelSamples: number
  /** Does the target look like Node.js (node binary or libnode)? */
  node: boolean
}

function moduleOf(profile: Profile, frame: ProfileFrame): ProfileModule | undefined {
  return profile.modules.get(frame.moduleId)
}

export function isNodeTarget(profile: Profile): boolean {
  const base = (p: string): string => p.split('/').pop() ?? ''
  if (profile.target.comm === 'node' || /^node(js)?(\d+)?$/.test(base(profile.target.cmdline[0] ?? ''))) return true
  for (const m of profile.modules.values()) if (/^libnode\.so/.test(base(m.path)) || base(m.path) === 'node') return true
  return false
}

export function summarizeStacks(profile: Profile, top = 15): StacksSummary {
  const threadTotals = new Map<number, ThreadSamples>()
  const self = new Map<string, HotFunction>()
  const total = new Map<string, number>()
  const truncated = new Map<string, number>()
  const unnamedAddresses = new Set<number>()
  let unnamedSamples = 0
  let unnamedReason = ''
  let samples = 0
  let offcpuNs = 0n
  let userSamples = 0
  let truncatedSamples = 0
  let depthLimitedSamples = 0
  let kernelSamples = 0

  for (const s of profile.samples) {
    const t = threadTotals.get(s.tid) ?? {tid: s.tid, name: profile.threads.get(s.tid)?.name ?? String(s.tid), samples: 0, offcpuNs: 0n}
    t.samples += s.samples
    t.offcpuNs += s.offcpuNs
    threadTotals.set(s.tid, t)
    samples += s.samples
    offcpuNs += s.offcpuNs
    if (s.samples === 0) continue
    const stack = profile.stacks.get(s.stackId)
    if (!stack) continue
    const frames = stack.frameIds.map((id) => profile.frames.get(id)).filter((f): f is ProfileFrame => f !== undefined)
    if (frames.length === 0) continue
    const keyOf = (f: ProfileFrame): string => `${frameLabel(profile, f, false)}\u0000${f.kind}`
    const leaf = frames[0]!
    const leafKey = keyOf(leaf)
    const hot = self.get(leafKey) ?? {name: frameLabel(profile, leaf, false), kind: leaf.kind, module: moduleOf(profile, leaf)?.path ?? '', self: 0, total: 0}
    hot.self += s.samples
    self.set(leafKey, hot)
    const seen = new Set<string>()
    for (const f of frames) {
      const key = keyOf(f)
      if (seen.has(key)) continue
      seen.add(key)
      total.set(key, (total.get(key) ?? 0) + s.samples)
      if (!self.has(key)) self.set(key, {name: frameLabel(profile, f, false), kind: f.kind, module: moduleOf(profile, f)?.path ?? '', self: 0, total: 0})
    }
    if (leaf.kind === 'kernel') kernelSamples += s.samples
    const anonymous = frames.filter((f) => f.kind === 'unknown' && moduleOf(profile, f)?.kind === 'anonymous')
    if (anonymous.length > 0) {
      unnamedSamples += s.samples
      for (const f of anonymous) unnamedAddresses.add(f.id)
      unnamedReason ||= anonymous[0]!.unknownReason
    }
    const hasUser = !stack.userMissing && frames.some((f) => f.kind !== 'kernel')
    if (hasUser) userSamples += s.samples
    if (stack.depthLimited) depthLimitedSamples += s.samples
    if (stack.userTruncated) {
      truncatedSamples += s.samples
      const path = profile.modules.get(stack.truncatedModuleId)?.path ?? '[unknown]'
      truncated.set(path, (truncated.get(path) ?? 0) + s.samples)
    }
  }
  for (const [key, hot] of self) hot.total = total.get(key) ?? 0
  for (const [tid, t] of threadTotals) t.name = profile.threads.get(tid)?.name ?? t.name
  return {
    samples,
    offcpuNs,
    threads: [...threadTotals.values()].sort((a, b) => b.samples - a.samples || a.tid - b.tid),
    hot: [...self.values()].filter((h) => h.self > 0).sort((a, b) => b.self - a.self || b.total - a.total || a.name.localeCompare(b.name)).slice(0, top),
    unnamed: {samples: unnamedSamples, addresses: unnamedAddresses.size, reason: unnamedReason},
    userSamples,
    truncated: [...truncated].map(([path, n]) => ({path, samples: n})).sort((a, b) => b.samples - a.samples || a.path.localeCompare(b.path)),
    truncatedSamples,
    depthLimitedSamples,
    kernelSamples,
    node: isNodeTarget(profile),
  }
}

export interface StallFunction {
  name: string
  kind: FrameKind
  samples: number
}

/**
 * Where stalled ticks ran: for each main-thread stack sampled in the
 * snapshot intervals that overlap a stall, the innermost JavaScript (JIT) frame, or
 * else the innermost frame outside the kernel (the code that called into it).
 */
export function stallFunctions(profile: Profile, stallStackSamples: ReadonlyMap<number, number>): {total: number; functions: StallFunction[]} {
  const byName = new Map<string, StallFunction>()
  let total = 0
  for (const [stackId, samples] of stallStackSamples) {
    const stack = profile.stacks.get(stackId)
    if (!stack) continue
    const frames = stack.frameIds.map((id) => profile.frames.get(id)).filter((f): f is ProfileFrame => f !== undefined)
    const frame = frames.find((f) => f.kind === 'jit') ?? frames.find((f) => f.kind !== 'kernel') ?? frames[0]
    if (!frame) continue
    total += samples
    const name = frameLabel(profile, frame, false)
    const entry = byName.get(name) ?? {name, kind: frame.kind, samples: 0}
    entry.samples += samples
    byName.set(name, entry)
  }
  return {total, functions: [...byName.values()].sort((a, b) => b.samples - a.samples || a.name.localeCompare(b.name))}
}
