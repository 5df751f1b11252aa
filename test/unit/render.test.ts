import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {canCountSyscalls, renderCheck} from '../../src/commands/check.js'
import type {CheckReport} from '../../src/collector/loader.js'
import {diagnose} from '../../src/diagnose/engine.js'
import type {Session} from '../../src/model/session.js'
import {stackprof} from '../../src/proto/stackprof.pb.js'
import {renderFindings, renderSummary, renderSyscalls} from '../../src/render/text.js'
import {sessionWith, snapshot, type SnapshotSpec} from './fixtures.js'

const NO_FINDINGS = 'No findings: nothing looks wrong in what was measured.'

const spec: Omit<SnapshotSpec, 'at'> = {
  stats: [
    {tid: 4242, nr: 0, count: 1_234_567, hist: {8: 1_234_000, 12: 567}, totalNs: 400_000_000, maxNs: 7000},
    {tid: 4242, nr: 232, count: 20},
    {tid: 4243, nr: 3, count: 500, errnos: {9: 500}},
  ],
  threads: [{tid: 4242, name: 'server'}, {tid: 4243, name: 'worker', exited: true}],
}

/** Two seconds after attach. */
const twoSeconds = (extra: Partial<SnapshotSpec> = {}): Session => sessionWith(spec.stats, {...spec, ...extra})
const lines = (text: string) => text.split('\n')

describe('renderSummary', () => {
  const session = twoSeconds()
  const text = renderSummary(session, diagnose(session))

  it('starts with the target, kernel, probes and time', () => {
    assert.deepEqual(lines(text).slice(0, 3), [
      'stackprof: pid 4242 node server.js --port 8080',
      'kernel 6.8.0-test x86_64, probes: syscalls (tp_btf), 2.0 s',
      'nothing dropped',
    ])
  })

  it('shows each thread by tid and name, busiest first', () => {
    const server = text.indexOf('TID 4242 server ')
    const worker = text.indexOf('TID 4243 worker (exited) ')
    assert.ok(server > 0 && worker > server, text)
  })

  it('shows each syscall by name with its count, separators included', () => {
    assert.match(text, /\n {2}read {24} {3}1,234,567 {3}617,284 /)
    assert.match(text, /\n {2}epoll_wait {18} {10}20 {6}10\.0 /)
  })

  it('lays out a row in fixed columns: calls, avg/s, errors, total, p50, p99, max', () => {
    const row = lines(text).find((l) => l.startsWith('  close'))
    assert.equal(row, '  close' + ' '.repeat(23) +
      '         500' + '       250' + '       500 EBADF' + '    150µs' + '   511ns' + '   511ns' + '   511ns')
  })

  it('marks the uprobes\' return trampoline as stackprof\'s own, with no errors (its "errors" are the probed functions\' return values)', () => {
    const own = renderSummary(sessionWith([{tid: 4242, nr: 335, count: 8000, errnos: {2: 8000}}]), [])
    const row = lines(own).find((l) => l.startsWith('  uretprobe'))
    assert.ok(row, own)
    assert.match(row, /^ {2}uretprobe \(stackprof's own\) +8,000 .* - +/)
    assert.doesNotMatch(row, /ENOENT/)
  })

  it('ends with the findings', () => {
    assert.match(text, /\n\nFindings\nWARNING \[failing-syscalls\] worker \(tid 4243\): 100% of close\(\) calls fail\n {2}evidence: close: 500 of 500 calls failed \(EBADF 500\), 250 failures\/s\n/)
    assert.ok(text.endsWith('\n  more:     docs/findings/failing-syscalls.md\n'))
  })

  it('says there were no findings when there were none', () => {
    assert.ok(renderSummary(session, []).endsWith(`\n\nFindings\n${NO_FINDINGS}\n`))
  })

  it('notes that the target exited, only when it did', () => {
    assert.doesNotMatch(text, /target exited/)
    const exited = twoSeconds()
    exited.finish(snapshot({at: 2.5, ...spec}), 'target-exited')
    assert.equal(lines(renderSummary(exited, []))[3], 'note: the target exited after 2.5 s; this is what was collected until then.')
    const stopped = twoSeconds()
    stopped.finish(undefined, 'signal')
    assert.doesNotMatch(renderSummary(stopped, []), /target exited/)
  })

  it('says LOST n calls when calls were dropped, with the other counters', () => {
    const lossy = twoSeconds({counters: {statsMapFull: 1000, startStoreFailed: 234, errnoMapFull: 5, threadMapFull: 2, unmatchedExits: 3}})
    const third = lines(renderSummary(lossy, []))[2]
    assert.equal(third, 'LOST 1,234 calls; 5 errno details dropped; 2 thread names dropped; 3 exits without entry (calls in flight at attach, new threads)')
    assert.doesNotMatch(third, /nothing dropped/)
  })

  it('says nothing dropped when only unmatched exits were seen (they are not lost data)', () => {
    assert.equal(lines(renderSummary(twoSeconds({counters: {unmatchedExits: 3}}), []))[2], 'nothing dropped; 3 exits without entry (calls in flight at attach, new threads)')
  })

  it('never prints the control characters of an untrusted thread name', () => {
    const evil = sessionWith([{tid: 7, nr: 0, count: 1}], {threads: [{tid: 7, name: 'x\x1b[2J\ny'}]})
    const out = renderSummary(evil, [])
    assert.match(out, /TID 7 x\?\[2J\?y/)
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })
})

describe('renderSyscalls', () => {
  it('says so before any syscall was seen', () => {
    assert.equal(renderSyscalls(sessionWith([])), 'no syscalls seen yet')
  })

  it('cuts long lists and says how much it left out', () => {
    const text = renderSyscalls(twoSeconds(), {maxSyscallsPerThread: 1, maxThreads: 1})
    assert.match(text, /\n {2}… 1 more syscalls\n\n… 1 more threads$/)
    assert.doesNotMatch(text, /epoll_wait|worker/)
  })

  it('shows the recent rate in live mode', () => {
    const text = renderSyscalls(twoSeconds(), {live: true})
    assert.match(lines(text)[0], /^TID 4242 server {15} {7}calls {3}calls\/s/)
    // A single snapshot: no interval yet.
    assert.match(text, /\n {2}read {24} {3}1,234,567 {7}0\.0 /)
  })
})

describe('renderFindings', () => {
  it('says there is nothing wrong when there are no findings', () => {
    assert.equal(renderFindings([]), NO_FINDINGS)
  })

  it('shows severity, rule, title, evidence, meaning, fix and docs of each finding', () => {
    const text = renderFindings([
      {rule: 'r1', severity: 'critical', title: 'T1', evidence: ['e1', 'e2'], metrics: {}, meaning: 'm1', fix: 'f1', docs: 'docs/r1.md'},
      {rule: 'r2', severity: 'info', title: 'T2', evidence: [], metrics: {}, meaning: 'm2', fix: 'f2', docs: 'docs/r2.md'},
    ])
    assert.equal(text, [
      'CRITICAL [r1] T1', '  evidence: e1', '  evidence: e2', '  meaning:  m1', '  fix:      f1', '  more:     docs/r1.md',
      '',
      'INFO [r2] T2', '  meaning:  m2', '  fix:      f2', '  more:     docs/r2.md',
    ].join('\n'))
  })
})

const {AVAILABLE, MISSING, INCONCLUSIVE} = stackprof.v1.FeatureResult.Status

function check(features: Record<string, number>, extra: Partial<CheckReport> = {}): CheckReport {
  return {
    features: Object.entries(features).map(([name, status]) => ({name, status, detail: status === AVAILABLE ? '' : `${name} detail`})),
    root: true,
    capBpf: true,
    capPerfmon: true,
    capSysAdmin: true,
    kernelRelease: '6.8.0-test',
    machine: 'x86_64',
    ...extra,
  }
}

describe('renderCheck', () => {
  const indent = ' '.repeat(22)

  it('shows a missing feature with why, cost and fix', () => {
    const text = renderCheck(check({btf: MISSING, tp_btf: AVAILABLE}))
    assert.deepEqual(lines(text), [
      'kernel 6.8.0-test x86_64',
      'privileges: root; CAP_BPF yes, CAP_PERFMON yes, CAP_SYS_ADMIN yes',
      '',
      'btf           missing  CO-RE probes (one build for every kernel), tp_btf',
      `${indent}why: btf detail`,
      `${indent}cost: the probes cannot be loaded`,
      `${indent}fix: use a kernel built with CONFIG_DEBUG_INFO_BTF=y (every major distribution ships one)`,
      'tp_btf        ok       the fast syscall probe and the eventloop probe (BTF raw tracepoints)',
    ])
  })

  it('shows an inconclusive probe as unknown, and a feature it has no notes for plainly', () => {
    const text = renderCheck(check({perf_event: INCONCLUSIVE, teleport: MISSING}))
    assert.deepEqual(lines(text).slice(3), [
      'perf_event    unknown  stack sampling for flame graphs',
      `${indent}why: perf_event detail`,
      `${indent}cost: no flame graphs; syscall counts still work`,
      `${indent}fix: CONFIG_PERF_EVENTS=y; in containers allow perf_event_open (seccomp) and CAP_PERFMON`,
      'teleport      missing  ',
      `${indent}why: teleport detail`,
    ])
  })

  it('tells an unprivileged user what is needed', () => {
    const none = renderCheck(check({}, {root: false, capBpf: false, capPerfmon: false, capSysAdmin: false}))
    assert.equal(lines(none)[1], 'privileges: not root; CAP_BPF no, CAP_PERFMON no, CAP_SYS_ADMIN no')
    assert.match(lines(none)[2], /^ {2}-> stackprof needs CAP_BPF and CAP_PERFMON \(or root\)/)
    const caps = renderCheck(check({}, {root: false, capSysAdmin: false}))
    assert.doesNotMatch(caps, /->/)
  })
})

describe('canCountSyscalls', () => {
  it('needs BTF, whatever else is there', () => {
    assert.equal(canCountSyscalls(check({btf: MISSING, tp_btf: AVAILABLE, task_storage: AVAILABLE, tracepoint: AVAILABLE})), false)
    assert.equal(canCountSyscalls(check({tp_btf: AVAILABLE, task_storage: AVAILABLE, tracepoint: AVAILABLE})), false)
  })

  it('works with BTF, tp_btf and task storage', () => {
    assert.equal(canCountSyscalls(check({btf: AVAILABLE, tp_btf: AVAILABLE, task_storage: AVAILABLE})), true)
  })

  it('falls back to the tracepoint probe', () => {
    assert.equal(canCountSyscalls(check({btf: AVAILABLE, tp_btf: MISSING, tracepoint: AVAILABLE})), true)
    assert.equal(canCountSyscalls(check({btf: AVAILABLE, tp_btf: AVAILABLE, task_storage: MISSING})), false)
    assert.equal(canCountSyscalls(check({btf: AVAILABLE, tp_btf: AVAILABLE, task_storage: INCONCLUSIVE, tracepoint: INCONCLUSIVE})), false)
  })

  it('is false with no features at all', () => {
    assert.equal(canCountSyscalls(check({})), false)
    assert.equal(canCountSyscalls({}), false)
  })
})
