import type {Session} from '../../model/session.js'
import {summarizeStacks} from '../../model/stacks-summary.js'
import {count, percent} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/**
 * Below this share the unnamed code is noise in a flame graph (a stub or
 * two); above it whole towers read "[unknown]" and the profile misleads.
 */
export const MIN_UNNAMED_SHARE = 0.05
export const MIN_UNNAMED_SAMPLES = 20

/** Samples land in JIT code (anonymous executable memory) that nothing names. */
export const jitWithoutPerfMap: Rule = {
  id: 'jit-without-perf-map',
  title: 'Samples in JIT code that has no names',
  evaluate(session: Session): Finding[] {
    const profile = session.stacks
    if (!profile) return []
    const summary = summarizeStacks(profile)
    const {unnamed} = summary
    if (summary.samples === 0 || unnamed.samples < MIN_UNNAMED_SAMPLES || unnamed.samples / summary.samples < MIN_UNNAMED_SHARE) return []
    const share = unnamed.samples / summary.samples
    const status = profile.counters.perfMapStatus || 'absent'
    const evidence = [
      `${count(unnamed.samples)} of ${count(summary.samples)} samples (${percent(share)}) have frames in anonymous executable memory without a name (${count(unnamed.addresses)} distinct addresses)`,
      `perf map /tmp/perf-${profile.target.pid}.map: ${status}${profile.counters.perfMapEntries > 0 ? ` (${count(profile.counters.perfMapEntries)} entries)` : ''}`,
    ]
    const node = summary.node
    return [{
      rule: this.id,
      severity: 'warning',
      title: node
        ? `${percent(share)} of the samples are in JavaScript code without names: Node.js was started without --perf-basic-prof`
        : `${percent(share)} of the samples are in JIT-compiled code without names`,
      evidence,
      metrics: {unnamedSamples: unnamed.samples, samples: summary.samples, unnamedShare: share, unnamedAddresses: unnamed.addresses, perfMapStatus: status, perfMapEntries: profile.counters.perfMapEntries, node: node ? 1 : 0},
      meaning:
        'Code generated at run time (V8\'s JavaScript, other JITs) lives in anonymous memory with no symbol table. Profilers name it ' +
        'from a perf map, /tmp/perf-<pid>.map, that the runtime writes as it compiles. Without one these frames show as [unknown] ' +
        'and the flame graph cannot say which functions are hot.',
      fix: node
        ? 'Restart Node.js with --perf-basic-prof-only-functions (names functions, small file) or --perf-basic-prof (also stubs), ' +
          'e.g. NODE_OPTIONS=--perf-basic-prof-only-functions; add --interpreted-frames-native-stack to see interpreted frames too. ' +
          'The map must be owned by the user the process runs as; stackprof reads it from the process\'s own /tmp.'
        : 'Make the runtime write a perf map (/tmp/perf-<pid>.map, "START SIZE name" per line): Java with -XX:+UnlockDiagnosticVMOptions ' +
          '-XX:+DumpPerfMapAtExit or perf-map-agent, LuaJIT and others with their perf-map options. It must be owned by the process\'s user.',
      docs: 'docs/findings/jit-without-perf-map.md',
    } satisfies Finding]
  },
}
