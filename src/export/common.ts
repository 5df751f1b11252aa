import {frameLabel, type Profile, type ProfileFrame, type ProfileStack} from '../model/stacks.js'

/**
 * Names come from the target (symbol tables, perf maps, thread names): any
 * bytes at all. Exports keep them readable and well-formed: a lone UTF-16
 * surrogate (what undecodable bytes can end up as) becomes U+FFFD, and
 * control characters (newlines included) become spaces.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
}

/** A stack's frame id that the frame table does not have: shown as unknown, never dropped (the sample's weight stays). */
export function missingFrame(id: number): ProfileFrame {
  return {id, kind: 'unknown', function: '', moduleId: 0, address: 0n, moduleOffset: 0n, file: '', line: 0, unknownReason: 'frame not in the profile'}
}

/** The stack's frames, leaf first (kernel frames, then user frames), as the wire format sends them. */
export function stackFrames(profile: Profile, stack: ProfileStack | undefined): ProfileFrame[] {
  if (!stack) return []
  return stack.frameIds.map((id) => profile.frames.get(id) ?? missingFrame(id))
}

/** A frame's label for display: frameLabel's FlameGraph conventions, cleaned. */
export function displayLabel(profile: Profile, frame: ProfileFrame, annotate = true): string {
  return cleanText(frameLabel(profile, frame, annotate))
}

/** The thread's name as the profile knows it; the process name when it has none. */
export function threadName(profile: Profile, tid: number): string {
  const name = profile.threads.get(tid)?.name
  return cleanText(name || profile.target.comm || '?')
}

/**
 * Off-CPU time in on-CPU sample equivalents: what the sampler would have
 * counted had the thread been running, so both share one scale in a folded
 * file or flame graph.
 */
export function offcpuWeight(ns: bigint, frequencyHz: number): number {
  return Math.round((Number(ns) * frequencyHz) / 1e9)
}

/** Threads with samples, busiest first (ties by tid), for per-thread views. */
export function threadsBySamples(profile: Profile, offcpu = false): {tid: number; name: string; samples: number; offcpuNs: bigint}[] {
  const byTid = new Map<number, {tid: number; name: string; samples: number; offcpuNs: bigint}>()
  for (const s of profile.samples) {
    let t = byTid.get(s.tid)
    if (!t) byTid.set(s.tid, (t = {tid: s.tid, name: threadName(profile, s.tid), samples: 0, offcpuNs: 0n}))
    t.samples += s.samples
    t.offcpuNs += s.offcpuNs
  }
  const key = (t: {samples: number; offcpuNs: bigint}) => (offcpu ? Number(t.offcpuNs) : t.samples)
  return [...byTid.values()].filter((t) => t.samples > 0 || t.offcpuNs > 0n).sort((a, b) => key(b) - key(a) || a.tid - b.tid)
}

/** Lost-data counters that are not zero, as sentences: pprof's comments, the flame graph's header. */
export function lostData(profile: Profile): string[] {
  const c = profile.counters
  const lines: string[] = []
  const add = (count: bigint, what: string) => {
    if (count > 0n) lines.push(`lost data: ${count} ${what}`)
  }
  add(c.stackTableFull, 'samples whose stack did not fit in the stack table')
  add(c.countTableFull, 'samples whose (thread, stack) did not fit in the count table')
  add(c.userStackFailed, 'samples without a user stack (the kernel could not read it)')
  add(c.offcpuLost, 'off-CPU intervals lost')
  add(c.missedEvents, 'events the probe missed')
  return lines
}

/** "123 KB": sizes in the `wrote …` lines. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
