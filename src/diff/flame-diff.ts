/**
 * Differential flame graphs (Brendan Gregg's, as FlameGraph's difffolded.pl
 * and flamegraph.pl draw them): the after profile's stacks, each frame
 * coloured by how its share of the samples changed, red for growth, blue
 * for shrinkage. Shares are over each profile's own total, so a longer
 * recording does not paint everything red.
 *
 * Threads are matched by name (tids change from run to run): a thread frame
 * is the thread's name alone, and a pool of same-named threads is one frame.
 */
import {cleanText, displayLabel, stackFrames, threadName} from '../export/common.js'
import {foldedFrame} from '../export/folded.js'
import {renderFlamePage, type FlameData, type FlameNode} from '../export/html.js'
import type {FrameKind, Profile} from '../model/stacks.js'

/** A node of the differential tree: v is this view's width (samples of one side). */
export interface DiffFlameNode extends FlameNode {
  /** The other side's samples of the same frame. */
  o: number
  /** Share of the after profile − share of the before profile (fractions, 6 decimals). */
  d: number
  c?: DiffFlameNode[]
}

export interface DiffFlameData extends FlameData {
  oncpuTree: DiffFlameNode
  offcpuTree: DiffFlameNode
  diff: {
    beforeLabel: string
    afterLabel: string
    beforeTotal: number
    afterTotal: number
    /** Largest |d| of any frame below the root: the full colour. */
    maxDelta: number
  }
}

const KIND: Record<FrameKind, string> = {kernel: 'k', native: 'n', jit: 'j', unknown: 'u'}

interface Merged {
  n: string
  k: string
  t?: number
  b: number
  a: number
  children: Map<string, Merged>
}

function child(parent: Merged, name: string, kind: string): Merged {
  const key = `${kind}${name}`
  let m = parent.children.get(key)
  if (!m) parent.children.set(key, (m = {n: name, k: kind, b: 0, a: 0, children: new Map()}))
  return m
}

function add(root: Merged, profile: Profile, side: 'b' | 'a', threadIds: Map<string, number>): number {
  let total = 0
  const labels = new Map<number, string>()
  for (const s of profile.samples) {
    if (s.samples <= 0) continue
    total += s.samples
    root[side] += s.samples
    const name = threadName(profile, s.tid)
    let at = child(root, name, 't')
    if (!threadIds.has(name)) threadIds.set(name, threadIds.size + 1)
    at.t = threadIds.get(name)
    at[side] += s.samples
    const frames = stackFrames(profile, profile.stacks.get(s.stackId))
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]
      let label = labels.get(f.id)
      if (label === undefined) labels.set(f.id, (label = displayLabel(profile, f, false)))
      at = child(at, label, KIND[f.kind] ?? 'u')
      at[side] += s.samples
    }
  }
  return total
}

export interface MergedProfiles {
  root: Merged
  beforeTotal: number
  afterTotal: number
  /** Thread names, first seen first, with the id their frames carry. */
  threads: {tid: number; name: string}[]
}

export function mergeProfiles(before: Profile, after: Profile): MergedProfiles {
  const root: Merged = {n: '', k: 'p', b: 0, a: 0, children: new Map()}
  const ids = new Map<string, number>()
  const afterTotal = add(root, after, 'a', ids)
  const beforeTotal = add(root, before, 'b', ids)
  return {root, beforeTotal, afterTotal, threads: [...ids].map(([name, tid]) => ({tid, name}))}
}

function delta(m: Merged, beforeTotal: number, afterTotal: number): number {
  const a = afterTotal > 0 ? m.a / afterTotal : 0
  const b = beforeTotal > 0 ? m.b / beforeTotal : 0
  return Math.round((a - b) * 1e6) / 1e6
}

/** One side's view: frames that side has, as wide as its samples, with the other side's count and the change. */
function view(m: Merged, side: 'a' | 'b', totals: {b: number; a: number}): DiffFlameNode {
  const node: DiffFlameNode = {n: m.n, v: m[side], k: m.k, o: m[side === 'a' ? 'b' : 'a'], d: delta(m, totals.b, totals.a)}
  if (m.t !== undefined) node.t = m.t
  const kids = [...m.children.values()].filter((c) => c[side] > 0)
  if (kids.length > 0) node.c = kids.map((c) => view(c, side, totals))
  return node
}

function maxDelta(m: Merged, totals: {b: number; a: number}, top = true): number {
  let max = top ? 0 : Math.abs(delta(m, totals.b, totals.a))
  for (const c of m.children.values()) max = Math.max(max, maxDelta(c, totals, false))
  return max
}

export function diffFlameData(before: Profile, after: Profile, options: {beforeLabel?: string; afterLabel?: string; toolVersion?: string} = {}): DiffFlameData {
  const beforeLabel = cleanText(options.beforeLabel ?? 'before')
  const afterLabel = cleanText(options.afterLabel ?? 'after')
  const merged = mergeProfiles(before, after)
  const comm = cleanText(after.target.comm || before.target.comm) || '?'
  merged.root.n = comm
  const totals = {b: merged.beforeTotal, a: merged.afterTotal}
  const seconds = (ns: bigint) => `${(Number(ns) / 1e9).toFixed(2)} s`
  const facts: [string, string][] = [
    ['before', `${beforeLabel}: ${merged.beforeTotal.toLocaleString('en-US')} samples in ${seconds(before.durationNs)}`],
    ['after', `${afterLabel}: ${merged.afterTotal.toLocaleString('en-US')} samples in ${seconds(after.durationNs)}`],
    ['colour', 'red: share of samples grew, blue: shrank (widths: one side\'s samples)'],
  ]
  if (options.toolVersion) facts.push(['stackprof', options.toolVersion])
  const warnings: string[] = []
  if (merged.beforeTotal === 0) warnings.push(`${beforeLabel} has no on-CPU samples: every frame is new`)
  if (merged.afterTotal === 0) warnings.push(`${afterLabel} has no on-CPU samples: every frame is gone`)
  if (before.counters.frequencyHz !== after.counters.frequencyHz) {
    warnings.push(`sampled at ${before.counters.frequencyHz} Hz before and ${after.counters.frequencyHz} Hz after: shares still compare, sample counts do not`)
  }
  return {
    title: `${comm}: stackprof differential flame graph, ${beforeLabel} → ${afterLabel}`,
    cmdline: cleanText(after.target.cmdline.join(' ')),
    facts,
    warnings,
    // The page's second view (its off-CPU switch) shows the before side's widths, where frames that vanished are.
    offcpu: true,
    threads: merged.threads,
    oncpuTree: view(merged.root, 'a', totals),
    offcpuTree: view(merged.root, 'b', totals),
    diff: {beforeLabel, afterLabel, beforeTotal: merged.beforeTotal, afterTotal: merged.afterTotal, maxDelta: maxDelta(merged.root, totals)},
  }
}

export function renderDiffHtml(before: Profile, after: Profile, options: {beforeLabel?: string; afterLabel?: string; toolVersion?: string} = {}): string {
  return renderFlamePage(diffFlameData(before, after, options), options)
}

/** Folded stacks of one profile keyed by thread name (not tid, which changes between runs), on-CPU only. */
function foldedByName(profile: Profile): Map<string, number> {
  const out = new Map<string, number>()
  const labels = new Map<number, string>()
  for (const s of profile.samples) {
    if (s.samples <= 0) continue
    const path = [foldedFrame(threadName(profile, s.tid))]
    const frames = stackFrames(profile, profile.stacks.get(s.stackId))
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]
      let label = labels.get(f.id)
      if (label === undefined) labels.set(f.id, (label = foldedFrame(displayLabel(profile, f))))
      path.push(label)
    }
    const key = path.join(';')
    out.set(key, (out.get(key) ?? 0) + s.samples)
  }
  return out
}

export interface FoldedDiff {
  lines: string[]
  beforeTotal: number
  afterTotal: number
  /** What the before counts were multiplied by (after total / before total); 1 when not scaled. */
  scale: number
}

/**
 * The two-column folded file of FlameGraph's difffolded.pl:
 * "stack count_before count_after", which flamegraph.pl draws as a
 * differential flame graph. As with `difffolded.pl -n`, the before counts
 * are scaled to the after profile's total (rounded), since flamegraph.pl
 * colours by the raw difference; stacks whose scaled count rounds to 0 keep 1
 * so a stack that was there is never shown as new. Lines sorted by code point.
 */
export function foldedDiff(before: Profile, after: Profile): FoldedDiff {
  const b = foldedByName(before)
  const a = foldedByName(after)
  const beforeTotal = [...b.values()].reduce((x, y) => x + y, 0)
  const afterTotal = [...a.values()].reduce((x, y) => x + y, 0)
  const scale = beforeTotal > 0 && afterTotal > 0 ? afterTotal / beforeTotal : 1
  const keys = [...new Set([...b.keys(), ...a.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  const lines = keys.map((key) => {
    const raw = b.get(key) ?? 0
    const scaled = raw > 0 ? Math.max(1, Math.round(raw * scale)) : 0
    return `${key} ${scaled} ${a.get(key) ?? 0}`
  })
  return {lines, beforeTotal, afterTotal, scale}
}

export function renderFoldedDiff(before: Profile, after: Profile): string {
  const {lines} = foldedDiff(before, after)
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
