import type {Session} from '../model/session.js'
import {summarizeStacks, type HotFunction} from '../model/stacks-summary.js'
import {count, pad, percent} from '../lib/format.js'

const KIND_TAG: Record<HotFunction['kind'], string> = {kernel: 'kernel', native: 'native', jit: 'JIT', unknown: '?'}

function basename(path: string): string {
  return path.split('/').pop() || path
}

/** Hot functions by self samples, as the flame graph's widest leaves; kernel and JIT marked. */
export function renderHotFunctions(hot: readonly HotFunction[], samples: number, width = 100): string[] {
  const nameWidth = Math.max(20, width - 36)
  const lines = [`    ${pad('self', 7, true)}${pad('total', 7, true)}  ${pad('kind', 7)}${pad('function', nameWidth)}module`]
  for (const h of hot) {
    lines.push(
      `    ${pad(percent(h.self / samples), 7, true)}${pad(percent(h.total / samples), 7, true)}  ${pad(KIND_TAG[h.kind], 7)}` +
        `${pad(h.name, nameWidth)}${basename(h.module)}`.trimEnd(),
    )
  }
  return lines
}

/**
 * The stacks part of the live screen and the summary: what was sampled, the
 * hottest functions, samples per thread, and what could not be named or was
 * cut short. Empty when the probe is absent.
 */
export function renderStacksSection(session: Session, options: {top?: number; maxThreads?: number} = {}): string {
  const profile = session.stacks
  if (!profile) return ''
  const c = profile.counters
  const summary = summarizeStacks(profile, options.top ?? 15)
  const lines = [
    `Stacks: ${count(summary.samples)} samples at ${c.frequencyHz} Hz (${c.event || 'cpu-clock'})` +
      `${c.offcpu ? `, off-CPU ${(Number(summary.offcpuNs) / 1e9).toFixed(2)} s` : ''}; perf map: ${c.perfMapStatus || 'absent'}` +
      `${c.perfMapEntries > 0 ? ` (${count(c.perfMapEntries)} entries)` : ''}`,
  ]
  if (summary.samples === 0) {
    lines.push('  no samples yet: the target has not been on a CPU at a sampling tick')
    return lines.join('\n')
  }
  lines.push(...renderHotFunctions(summary.hot, summary.samples))
  const threads = summary.threads.filter((t) => t.samples > 0)
  const shownThreads = threads.slice(0, options.maxThreads ?? 8)
  lines.push(`  per thread: ${shownThreads.map((t) => `${t.name} (${t.tid}) ${percent(t.samples / summary.samples)}`).join(', ')}` +
    `${threads.length > shownThreads.length ? `, … ${threads.length - shownThreads.length} more` : ''}`)
  const notes: string[] = []
  if (summary.unnamed.samples > 0) notes.push(`${percent(summary.unnamed.samples / summary.samples)} of samples in unnamed JIT code`)
  if (summary.truncatedSamples > 0 && summary.userSamples > 0) {
    notes.push(`${percent(summary.truncatedSamples / summary.userSamples)} of user stacks cut short (most in ${basename(summary.truncated[0]!.path)})`)
  }
  if (summary.depthLimitedSamples > 0) notes.push(`${count(summary.depthLimitedSamples)} samples hit the depth limit`)
  const lost = c.stackTableFull + c.countTableFull
  if (lost > 0n) notes.push(`${count(lost)} samples lost (tables full)`)
  if (c.userStackFailed > 0n) notes.push(`${count(c.userStackFailed)} samples without a user stack`)
  if (c.finalSymbolizeNs > 0n || c.symbolizeNs > 0n) notes.push(`symbolized in ${(Number(c.symbolizeNs) / 1e6).toFixed(0)} ms (${(Number(c.finalSymbolizeNs) / 1e6).toFixed(0)} ms at the end)`)
  if (notes.length > 0) lines.push(`  ${notes.join('; ')}`)
  return lines.join('\n')
}
