import type {Session} from '../../model/session.js'
import {summarizeStacks} from '../../model/stacks-summary.js'
import {count, percent} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/**
 * A few truncated stacks are normal (a sample taken in a function prologue,
 * before it saved its frame pointer); a fifth means a binary on the hot path
 * was built without frame pointers and its callers are lost.
 */
export const MIN_TRUNCATED_SHARE = 0.2
export const MIN_TRUNCATED_SAMPLES = 20

/** User stacks that end before reaching a thread's start. */
export const truncatedStacks: Rule = {
  id: 'truncated-stacks',
  title: 'Stacks cut short: frame pointers missing',
  evaluate(session: Session): Finding[] {
    const profile = session.stacks
    if (!profile) return []
    const summary = summarizeStacks(profile)
    if (summary.userSamples === 0 || summary.truncatedSamples < MIN_TRUNCATED_SAMPLES) return []
    const share = summary.truncatedSamples / summary.userSamples
    if (share < MIN_TRUNCATED_SHARE) return []
    const worst = summary.truncated.slice(0, 3)
    const evidence = [
      `${count(summary.truncatedSamples)} of ${count(summary.userSamples)} samples with a user stack (${percent(share)}) end before reaching main or a thread's start`,
      ...worst.map((m) => `${count(m.samples)} of them end in ${m.path}`),
    ]
    return [{
      rule: this.id,
      severity: 'info',
      title: `${percent(share)} of the stacks are cut short in ${worst[0]!.path.split('/').pop()}: built without frame pointers?`,
      evidence,
      metrics: {truncatedSamples: summary.truncatedSamples, userSamples: summary.userSamples, truncatedShare: share, module: worst[0]!.path},
      meaning:
        'stackprof walks user stacks by frame pointers, as perf and bpftrace do by default: each function\'s frame links to its ' +
        'caller\'s. Code compiled with -fomit-frame-pointer (the default at -O2 on x86-64) breaks the chain, so the stack stops ' +
        'there and its callers are missing from the flame graph: their time is attributed to the truncated tower instead.',
      fix:
        'Rebuild the named binary with -fno-omit-frame-pointer (and -mno-omit-leaf-frame-pointer); for distribution packages, use ' +
        'a frame-pointer build where one exists (Ubuntu 24.04 and Fedora 38+ build with frame pointers). The self time of leaf ' +
        'functions is still right; only the callers above the cut are lost.',
      docs: 'docs/findings/truncated-stacks.md',
    } satisfies Finding]
  },
}
