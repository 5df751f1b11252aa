import type {Profile} from '../model/stacks.js'
import {cleanText, displayLabel, stackFrames, threadsBySamples} from './common.js'

export const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json'

export interface SpeedscopeFrame {
  name: string
  file?: string
}

export interface SpeedscopeSampledProfile {
  type: 'sampled'
  name: string
  unit: 'none' | 'nanoseconds'
  startValue: number
  endValue: number
  samples: number[][]
  weights: number[]
}

export interface SpeedscopeFile {
  $schema: typeof SPEEDSCOPE_SCHEMA
  shared: {frames: SpeedscopeFrame[]}
  profiles: SpeedscopeSampledProfile[]
  name: string
  activeProfileIndex: number
  exporter: string
}

/**
 * speedscope's file format (https://www.speedscope.app/file-format-schema.json):
 * one "sampled" profile per thread, busiest first, weighted in samples
 * (unit "none"); with --off-cpu, one more per thread that blocked, weighted
 * in nanoseconds. Frames are shared by (label, file), labels with the
 * FlameGraph suffixes ("_[k]" kernel, "_[j]" JIT) since speedscope has no
 * colour for a frame's kind. Stacks are root first, as speedscope wants.
 */
export function buildSpeedscope(profile: Profile, options: {toolVersion?: string} = {}): SpeedscopeFile {
  const frames: SpeedscopeFrame[] = []
  const frameIndex = new Map<string, number>()
  const indexOfFrame = new Map<number, number>()
  const indexOf = (frameId: number, name: string, file: string): number => {
    let index = indexOfFrame.get(frameId)
    if (index !== undefined) return index
    const key = `${name}\u0000${file}`
    index = frameIndex.get(key)
    if (index === undefined) {
      index = frames.length
      frames.push(file ? {name, file} : {name})
      frameIndex.set(key, index)
    }
    indexOfFrame.set(frameId, index)
    return index
  }
  const stackIndices = new Map<number, number[]>()
  const stackOf = (stackId: number): number[] => {
    let indices = stackIndices.get(stackId)
    if (!indices) {
      indices = stackFrames(profile, profile.stacks.get(stackId))
        .map((f) => indexOf(f.id, displayLabel(profile, f), cleanText(f.file)))
        .reverse()
      stackIndices.set(stackId, indices)
    }
    return indices
  }

  const profiles: SpeedscopeSampledProfile[] = []
  const threadProfile = (tid: number, name: string, unit: 'none' | 'nanoseconds', weightOf: (s: Profile['samples'][number]) => number) => {
    const samples: number[][] = []
    const weights: number[] = []
    for (const s of profile.samples) {
      if (s.tid !== tid) continue
      const weight = weightOf(s)
      if (weight <= 0) continue
      samples.push(stackOf(s.stackId))
      weights.push(weight)
    }
    const total = weights.reduce((a, b) => a + b, 0)
    if (samples.length > 0) profiles.push({type: 'sampled', name, unit, startValue: 0, endValue: total, samples, weights})
  }
  for (const t of threadsBySamples(profile)) threadProfile(t.tid, `${t.name} (tid ${t.tid})`, 'none', (s) => s.samples)
  if (profile.counters.offcpu) {
    for (const t of threadsBySamples(profile, true)) threadProfile(t.tid, `${t.name} (tid ${t.tid}) off-CPU`, 'nanoseconds', (s) => Number(s.offcpuNs))
  }
  return {
    $schema: SPEEDSCOPE_SCHEMA,
    shared: {frames},
    profiles,
    name: `${cleanText(profile.target.comm)} (pid ${profile.target.pid})`,
    activeProfileIndex: 0,
    exporter: `stackprof${options.toolVersion ? ` ${options.toolVersion}` : ''}`,
  }
}

export function renderSpeedscope(profile: Profile, options: {toolVersion?: string} = {}): string {
  return JSON.stringify(buildSpeedscope(profile, options)) + '\n'
}
