import type {Profile} from '../model/stacks.js'
import {displayLabel, offcpuWeight, stackFrames, threadName} from './common.js'

/** The frame that marks off-CPU stacks, right after the thread frame. */
export const OFFCPU_FRAME = '[off-cpu]'

/**
 * One frame of a folded line. The format has no escaping: ";" separates
 * frames and the count follows the last space; flamegraph.pl also reads a
 * stack that itself ends in " <number>" as a differential file's first
 * count. So ";" becomes ":" and any white space "_" (stackcollapse-perf.pl
 * does the same to process names).
 */
export function foldedFrame(text: string): string {
  return text.replace(/;/g, ':').replace(/\s/g, '_')
}

/**
 * Folded stacks, the format of FlameGraph's stackcollapse-perf.pl --tid and
 * of inferno: one line per distinct stack, root first, the thread frame
 * "comm-pid/tid" at the root, then the count. Stacks that differ only in
 * addresses within the same functions merge. Off-CPU stacks (--off-cpu)
 * follow the thread frame with "[off-cpu]" and count off-CPU time in
 * sample equivalents (round(ns × frequency / 1e9)), so both share one
 * scale; those that round to 0 are left out. Lines are sorted (by code
 * point), so the same profile always gives the same file.
 */
export function foldedLines(profile: Profile): string[] {
  const oncpu = new Map<string, number>()
  const offcpu = new Map<string, bigint>()
  const labels = new Map<number, string>()
  const pid = profile.target.pid
  for (const sample of profile.samples) {
    if (sample.samples <= 0 && sample.offcpuNs <= 0n) continue
    const frames = stackFrames(profile, profile.stacks.get(sample.stackId))
    const path: string[] = []
    for (let i = frames.length - 1; i >= 0; i--) {
      const frame = frames[i]
      let label = labels.get(frame.id)
      if (label === undefined) {
        label = foldedFrame(displayLabel(profile, frame))
        labels.set(frame.id, label)
      }
      path.push(label)
    }
    const thread = foldedFrame(`${threadName(profile, sample.tid)}-${pid}/${sample.tid}`)
    if (sample.samples > 0) {
      const key = [thread, ...path].join(';')
      oncpu.set(key, (oncpu.get(key) ?? 0) + sample.samples)
    }
    if (sample.offcpuNs > 0n) {
      const key = [thread, OFFCPU_FRAME, ...path].join(';')
      offcpu.set(key, (offcpu.get(key) ?? 0n) + sample.offcpuNs)
    }
  }
  const lines: [string, number][] = [...oncpu]
  for (const [key, ns] of offcpu) {
    const weight = offcpuWeight(ns, profile.counters.frequencyHz)
    if (weight > 0) lines.push([key, weight])
  }
  return lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, count]) => `${key} ${count}`)
}

export function renderFolded(profile: Profile): string {
  const lines = foldedLines(profile)
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
