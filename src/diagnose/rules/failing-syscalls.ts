import {errnoName, errnoNumber} from '../../syscalls/errno.js'
import {PROBE_SYSCALLS} from '../../model/lkl.js'
import type {Session} from '../../model/session.js'
import type {Finding, Rule} from '../finding.js'

/**
 * Errors that are the normal way a non-blocking or interruptible call says
 * "not now": an event loop reading until EAGAIN fails half its reads by design.
 */
const IDIOMATIC = new Set(['EAGAIN', 'EINPROGRESS', 'EALREADY', 'EINTR', 'ETIMEDOUT', 'ERESTARTSYS', 'ERESTARTNOINTR', 'ERESTARTNOHAND', 'ERESTART_RESTARTBLOCK']
  .map((name) => errnoNumber(name))
  .filter((n): n is number => n !== undefined))

/** Below this many failures a pattern is noise, whatever its share. */
export const MIN_FAILED_CALLS = 100
/** Share of calls that fail with a non-idiomatic error. */
export const MIN_FAILED_SHARE = 0.5

export const failingSyscalls: Rule = {
  id: 'failing-syscalls',
  title: 'A thread keeps making a syscall that fails',
  evaluate(session: Session): Finding[] {
    const seconds = session.elapsedSeconds
    const findings: Finding[] = []
    for (const thread of session.threads()) {
      for (const call of thread.syscalls) {
        // The uprobes' return trampolines are stackprof's own, and their "error" is how they return.
        if (PROBE_SYSCALLS.has(call.name)) continue
        let unexpected = 0n
        const parts: string[] = []
        const byCount = [...call.errnos.entries()].sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0))
        for (const [err, n] of byCount) {
          if (IDIOMATIC.has(err)) continue
          unexpected += n
          parts.push(`${errnoName(err)} ${n.toLocaleString('en-US')}`)
        }
        if (unexpected < BigInt(MIN_FAILED_CALLS) || Number(unexpected) < MIN_FAILED_SHARE * Number(call.count)) continue
        const share = Number(unexpected) / Number(call.count)
        const rate = seconds > 0 ? Number(unexpected) / seconds : 0
        findings.push({
          rule: this.id,
          severity: 'warning',
          title: `${thread.name} (tid ${thread.tid}): ${(share * 100).toFixed(0)}% of ${call.name}() calls fail`,
          evidence: [
            `${call.name}: ${unexpected.toLocaleString('en-US')} of ${call.count.toLocaleString('en-US')} calls failed (${parts.join(', ')})` +
              (rate > 0 ? `, ${rate >= 100 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)} failures/s` : ''),
          ],
          metrics: {syscall: call.name, calls: Number(call.count), failed: Number(unexpected), share, failuresPerSecond: rate, errnos: parts.join(', ')},
          meaning:
            'Each failing call is a full kernel round trip that produces nothing. Repeated identical failures usually mean ' +
            'probing for something that is never there (a config or override file, a module path), closing or polling ' +
            'descriptors that are already gone, or retrying an operation the kernel keeps refusing.',
          fix:
            `Find the code path that calls ${call.name}() in this thread and cache the negative result or remove the probe; ` +
            'for EBADF, look for a double close. `strace -f -e trace=' + call.name + ' -p ' + session.pid +
            '` shows the arguments of a few calls.',
          docs: 'docs/findings/failing-syscalls.md',
          thread: {tid: thread.tid, name: thread.name},
        })
      }
    }
    return findings
  },
}
