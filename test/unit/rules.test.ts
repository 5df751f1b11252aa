import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {diagnose, rules, worstSeverity} from '../../src/diagnose/engine.js'
import type {Finding, Rule, Severity} from '../../src/diagnose/finding.js'
import {MIN_FAILED_CALLS, MIN_FAILED_SHARE, failingSyscalls} from '../../src/diagnose/rules/failing-syscalls.js'
import {probeDataLost} from '../../src/diagnose/rules/probe-data-lost.js'
import {schedSession} from './sched-fixtures.js'
import {sessionWith, type StatSpec} from './fixtures.js'

// x86_64 numbers; errno numbers are the generic Linux ones.
const READ = 0
const CLOSE = 3
const OPENAT = 257
const ENOENT = 2
const EBADF = 9
const EAGAIN = 11
const EACCES = 13
const EINTR = 4

const threads = [{tid: 4243, name: 'worker'}, {tid: 4242, name: 'server'}]
/** Two seconds of the given stats. */
const failing = (stats: StatSpec[]) => failingSyscalls.evaluate(sessionWith(stats, {threads}))

describe('failing-syscalls', () => {
  it('has the thresholds the tests below rely on', () => {
    assert.equal(MIN_FAILED_CALLS, 100)
    assert.equal(MIN_FAILED_SHARE, 0.5)
  })

  it('leaves out the uprobe return trampoline, which stackprof\'s own uprobes make the target enter', () => {
    assert.deepEqual(failing([{tid: 4243, nr: 335, count: 5000, errnos: {[ENOENT]: 5000}}]), [])
  })

  it('reports 500 of 500 close() failing with EBADF', () => {
    const findings = failing([{tid: 4243, nr: CLOSE, count: 500, errnos: {[EBADF]: 500}}])
    assert.equal(findings.length, 1)
    const [f] = findings
    assert.equal(f.rule, 'failing-syscalls')
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, 'worker (tid 4243): 100% of close() calls fail')
    assert.deepEqual(f.evidence, ['close: 500 of 500 calls failed (EBADF 500), 250 failures/s'])
    assert.deepEqual(f.metrics, {syscall: 'close', calls: 500, failed: 500, share: 1, failuresPerSecond: 250, errnos: 'EBADF 500'})
    assert.deepEqual(f.thread, {tid: 4243, name: 'worker'})
    assert.equal(f.docs, 'docs/findings/failing-syscalls.md')
    assert.match(f.fix, /double close/)
    assert.match(f.fix, /strace -f -e trace=close -p 4242/)
  })

  it('writes large numbers with separators', () => {
    const [f] = failing([{tid: 4243, nr: CLOSE, count: 1_234_567, errnos: {[EBADF]: 1_234_567}}])
    assert.deepEqual(f.evidence, ['close: 1,234,567 of 1,234,567 calls failed (EBADF 1,234,567), 617,284 failures/s'])
  })

  it('says nothing below MIN_FAILED_CALLS failures, whatever the share', () => {
    assert.deepEqual(failing([{tid: 4243, nr: CLOSE, count: 99, errnos: {[EBADF]: 99}}]), [])
    const [f] = failing([{tid: 4243, nr: CLOSE, count: 100, errnos: {[EBADF]: 100}}])
    assert.deepEqual(f.evidence, ['close: 100 of 100 calls failed (EBADF 100), 50.0 failures/s'])
  })

  it('ignores idiomatic errors: 1000 reads failing with EAGAIN', () => {
    assert.deepEqual(failing([{tid: 4243, nr: READ, count: 1000, errnos: {[EAGAIN]: 1000}}]), [])
    assert.deepEqual(failing([{tid: 4243, nr: READ, count: 1000, errnos: {[EAGAIN]: 600, [EINTR]: 400}}]), [])
  })

  it('reports 600 ENOENT of 1000 openat calls', () => {
    const [f, ...rest] = failing([{tid: 4242, nr: OPENAT, count: 1000, errnos: {[ENOENT]: 600}}])
    assert.deepEqual(rest, [])
    assert.equal(f.title, 'server (tid 4242): 60% of openat() calls fail')
    assert.deepEqual(f.evidence, ['openat: 600 of 1,000 calls failed (ENOENT 600), 300 failures/s'])
    assert.equal(f.metrics.share, 0.6)
    assert.deepEqual(f.thread, {tid: 4242, name: 'server'})
  })

  it('draws the line at half of the calls', () => {
    assert.equal(failing([{tid: 4242, nr: OPENAT, count: 1000, errnos: {[ENOENT]: 500}}]).length, 1)
    assert.deepEqual(failing([{tid: 4242, nr: OPENAT, count: 1000, errnos: {[ENOENT]: 499}}]), [])
  })

  it('counts only the non-idiomatic errors of a mix, largest first', () => {
    const [f] = failing([{tid: 4242, nr: OPENAT, count: 1000, errnos: {[EACCES]: 100, [EAGAIN]: 400, [ENOENT]: 400}}])
    assert.deepEqual(f.evidence, ['openat: 500 of 1,000 calls failed (ENOENT 400, EACCES 100), 250 failures/s'])
    assert.equal(f.metrics.failed, 500)
    assert.equal(f.metrics.errnos, 'ENOENT 400, EACCES 100')
    // The same mix with more EAGAIN: the real failures are now under half.
    assert.deepEqual(failing([{tid: 4242, nr: OPENAT, count: 1000, errnos: {[EACCES]: 100, [EAGAIN]: 500, [ENOENT]: 300}}]), [])
  })

  it('gives one finding per (thread, syscall), busiest thread first', () => {
    const findings = failing([
      {tid: 4242, nr: CLOSE, count: 200, errnos: {[EBADF]: 200}},
      {tid: 4243, nr: CLOSE, count: 300, errnos: {[EBADF]: 300}},
      {tid: 4243, nr: OPENAT, count: 400, errnos: {[ENOENT]: 400}},
      {tid: 4243, nr: READ, count: 5000},
    ])
    assert.deepEqual(findings.map((f) => [f.thread?.tid, f.metrics.syscall]), [[4243, 'openat'], [4243, 'close'], [4242, 'close']])
  })

  it('leaves out the rate when no time has passed', () => {
    const [f] = failingSyscalls.evaluate(sessionWith([{tid: 4243, nr: CLOSE, count: 500, errnos: {[EBADF]: 500}}], {threads, at: 0}))
    assert.deepEqual(f.evidence, ['close: 500 of 500 calls failed (EBADF 500)'])
    assert.equal(f.metrics.failuresPerSecond, 0)
  })
})

describe('probe-data-lost: the sched and listeners probes', () => {
  it('warns when scheduling events were lost, with each map named', () => {
    const [f] = probeDataLost.evaluate(schedSession({counters: {cpuTimeMapFull: 3, preemptionMapFull: 4}}))
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, '7 scheduling events were not recorded')
    assert.deepEqual(f.evidence, ['sched probe: 7 events not recorded (thread × CPU map full 3, thread map full 0, preemption map full 4, state store failed 0)'])
    assert.equal(f.metrics.schedLost, 7)
  })
  it('informs when a listing failed, and stays silent when nothing was lost', () => {
    const [f] = probeDataLost.evaluate(schedSession({counters: {iteratorFailed: 2}}))
    assert.equal(f.severity, 'info')
    assert.deepEqual(f.evidence, ['the per-thread CPU listing failed in 2 snapshot(s)'])
    assert.deepEqual(probeDataLost.evaluate(schedSession({})), [])
  })
})

describe('probe-data-lost', () => {
  const lost = (options: Parameters<typeof sessionWith>[1]) => probeDataLost.evaluate(sessionWith([{tid: 1, nr: READ, count: 10}], options))

  it('warns when calls were not counted (statsMapFull)', () => {
    const findings = lost({counters: {statsMapFull: 1234}})
    assert.equal(findings.length, 1)
    const [f] = findings
    assert.equal(f.rule, 'probe-data-lost')
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, '1,234 syscalls were not counted')
    assert.deepEqual(f.evidence, ['1,234 calls found no room in the (thread, syscall) map'])
    assert.deepEqual(f.metrics, {statsMapFull: 1234, startStoreFailed: 0, errnoMapFull: 0, threadMapFull: 0, eventloopLost: 0, eventloopListingFailed: 0, schedLost: 0, schedListingFailed: 0, listenersLost: 0, listenersListingFailed: 0, stacksLost: 0})
    assert.equal(f.thread, undefined)
    assert.equal(f.docs, 'docs/findings/probe-data-lost.md')
  })

  it('adds up both kinds of lost calls', () => {
    const [f] = lost({counters: {statsMapFull: 5, startStoreFailed: 3, errnoMapFull: 2}})
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, '8 syscalls were not counted')
    assert.equal(f.evidence.length, 3)
  })

  it('only informs when just errno details were dropped', () => {
    const [f, ...rest] = lost({counters: {errnoMapFull: 7}})
    assert.deepEqual(rest, [])
    assert.equal(f.severity, 'info')
    assert.equal(f.title, 'Some details were not recorded')
    assert.deepEqual(f.evidence, ['7 errors could not be broken down by errno (counts are still exact)'])
  })

  it('only informs when just thread names were dropped', () => {
    const [f] = lost({counters: {threadMapFull: 2}})
    assert.equal(f.severity, 'info')
    assert.deepEqual(f.evidence, ['2 thread names could not be kept'])
  })

  it('says nothing when nothing was dropped, unmatched exits included (they are not lost data)', () => {
    assert.deepEqual(lost({}), [])
    assert.deepEqual(lost({counters: {unmatchedExits: 50}}), [])
  })
})

describe('diagnose', () => {
  const fixed = (id: string, severity: Severity): Rule => ({
    id,
    title: id,
    evaluate: () => [{rule: id, severity, title: id, evidence: [], metrics: {}, meaning: '', fix: '', docs: ''}],
  })

  it('runs every rule by default, most severe finding first', () => {
    // errnoMapFull alone: an info finding from the rule that runs first.
    const session = sessionWith([{tid: 4243, nr: CLOSE, count: 500, errnos: {[EBADF]: 500}}], {threads, counters: {errnoMapFull: 1}})
    assert.deepEqual(rules.map((r) => r.id), [
      'probe-data-lost', 'zero-timeout-epoll', 'epoll-spinning', 'busy-poll-not-running',
      'prefer-busy-poll-without-deferral', 'read-write-on-sockets', 'reactor-preempted', 'high-migration-rate', 'reuseport-locality', 'steering-without-pinning', 'cross-cpu-receive', 'jit-without-perf-map', 'truncated-stacks',
      'userspace-network-stack', 'lkl-unhooked-wait', 'lkl-host-fd-limit', 'lkl-epoll-churn', 'lkl-cpu-contention', 'lkl-poll-sleeps',
      'threadpool-saturated', 'event-loop-stall', 'fs-threadpool-without-io-uring', 'dpdk-poll-mode', 'failing-syscalls',
    ])
    assert.deepEqual(diagnose(session).map((f) => [f.rule, f.severity]), [['failing-syscalls', 'warning'], ['probe-data-lost', 'info']])
  })

  it('sorts by severity and keeps rule order within one severity', () => {
    const session = sessionWith([])
    const ruleSet = [fixed('a', 'info'), fixed('b', 'critical'), fixed('c', 'warning'), fixed('d', 'critical')]
    assert.deepEqual(diagnose(session, ruleSet).map((f) => f.rule), ['b', 'd', 'c', 'a'])
  })

  it('finds nothing in a healthy session', () => {
    assert.deepEqual(diagnose(sessionWith([{tid: 1, nr: READ, count: 10_000, errnos: {[EAGAIN]: 9000}}])), [])
  })

  it('worstSeverity gives the most severe one, undefined for none', () => {
    const of = (...severities: Severity[]): Finding[] => severities.map((s) => fixed(s, s).evaluate(sessionWith([]))[0])
    assert.equal(worstSeverity([]), undefined)
    assert.equal(worstSeverity(of('info')), 'info')
    assert.equal(worstSeverity(of('info', 'warning', 'info')), 'warning')
    assert.equal(worstSeverity(of('warning', 'critical', 'info')), 'critical')
  })
})
