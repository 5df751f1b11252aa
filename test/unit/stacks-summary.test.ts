import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {Session} from '../../src/model/session.js'
import {summarizeStacks, isNodeTarget} from '../../src/model/stacks-summary.js'
import {jitWithoutPerfMap, MIN_UNNAMED_SHARE} from '../../src/diagnose/rules/jit-without-perf-map.js'
import {truncatedStacks} from '../../src/diagnose/rules/truncated-stacks.js'
import {renderStacksSection} from '../../src/render/stacks.js'
import {buildReport} from '../../src/report/json.js'
import {validateReport} from '../report-schema.js'
import {hello} from './fixtures.js'
import {profileOf, type StackSpec} from './stacks-fixtures.js'

const THREADS = {100: 'server', 101: 'worker'}

function sessionWith(stacks: StackSpec[], options: Parameters<typeof profileOf>[1] = {}): Session {
  const session = new Session(hello({probes: [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}, {name: 'stacks', attached: true, variant: 'perf_event cpu-clock 99 Hz', error: ''}]}))
  session.stacks = profileOf(stacks, {threads: THREADS, ...options})
  return session
}

const START = ['_start', '__libc_start_main', 'main']

describe('summarizeStacks', () => {
  const profile = profileOf([
    {tid: 100, frames: [...START, 'run_split', 'spin_three_quarters'], samples: 300},
    {tid: 100, frames: [...START, 'run_split', 'spin_one_quarter'], samples: 100},
    // Recursion: a function twice in one stack counts once in total.
    {tid: 101, frames: ['start_thread', 'walk', 'walk', 'walk'], samples: 50},
    {tid: 101, frames: ['start_thread', 'walk', 'syscall', '__x64_sys_getppid@kernel'], samples: 50},
  ], {threads: THREADS})
  const s = summarizeStacks(profile)

  it('ranks functions by self samples, with totals counting each stack once', () => {
    assert.deepEqual(s.hot.map((h) => [h.name, h.kind, h.self, h.total]), [
      ['spin_three_quarters', 'native', 300, 300],
      ['spin_one_quarter', 'native', 100, 100],
      ['walk', 'native', 50, 100],
      ['__x64_sys_getppid', 'kernel', 50, 50],
    ])
    assert.equal(s.samples, 500)
    assert.equal(s.kernelSamples, 50)
  })

  it('totals samples per thread, busiest first, with names', () => {
    assert.deepEqual(s.threads.map((t) => [t.tid, t.name, t.samples]), [[100, 'server', 400], [101, 'worker', 100]])
  })

  it('counts unnamed JIT frames and truncated stacks by module', () => {
    const p = profileOf([
      {tid: 100, frames: ['main', 'uv_run', '[jit]@unknown@[anon]', '[jit2]@unknown@[anon]'], samples: 30},
      {tid: 100, frames: ['memcpy@native@/usr/lib/libc.so.6'], samples: 10, userTruncated: true, truncatedIn: '/usr/lib/libc.so.6'},
      {tid: 100, frames: [...START, 'deep'], samples: 60, depthLimited: true},
    ])
    const t = summarizeStacks(p)
    assert.deepEqual(t.unnamed, {samples: 30, addresses: 2, reason: 'anonymous executable memory and no perf map (JIT code?)'})
    assert.deepEqual(t.truncated, [{path: '/usr/lib/libc.so.6', samples: 10}])
    assert.equal(t.truncatedSamples, 10)
    assert.equal(t.depthLimitedSamples, 60)
    assert.equal(t.userSamples, 100)
  })

  it('recognizes Node.js by its binary or libnode', () => {
    assert.equal(isNodeTarget(profileOf([], {comm: 'MainThread', cmdline: ['/usr/bin/node', 'server.js']})), true)
    assert.equal(isNodeTarget(profileOf([{tid: 1, frames: ['uv_run@native@/usr/lib/libnode.so.115']}].map((f) => ({...f, samples: 1})), {comm: 'app'})), true)
    assert.equal(isNodeTarget(profileOf([], {comm: 'nginx', cmdline: ['nginx']})), false)
  })
})

describe('jit-without-perf-map', () => {
  const nodeOptions = {comm: 'node', cmdline: ['node', 'server.js']}
  it('tells a Node.js user to start with --perf-basic-prof-only-functions when unnamed JIT code holds ≥5% of samples', () => {
    const session = sessionWith([
      {tid: 100, frames: ['main', 'uv_run', '[jit]@unknown@[anon]'], samples: 60},
      {tid: 100, frames: ['main', 'uv_run', 'epoll_wait@kernel'], samples: 40},
    ], nodeOptions)
    const [f, ...rest] = jitWithoutPerfMap.evaluate(session)
    assert.equal(rest.length, 0)
    assert.equal(f!.severity, 'warning')
    assert.match(f!.title, /^60% of the samples are in JavaScript code without names/)
    assert.match(f!.fix, /--perf-basic-prof-only-functions/)
    assert.equal(f!.metrics.unnamedSamples, 60)
    assert.equal(f!.metrics.perfMapStatus, 'absent')
    assert.deepEqual(f!.evidence, [
      '60 of 100 samples (60%) have frames in anonymous executable memory without a name (1 distinct addresses)',
      'perf map /tmp/perf-4242.map: absent',
    ])
  })
  it('stays quiet below the threshold and without samples', () => {
    const below = Math.floor(1000 * MIN_UNNAMED_SHARE) - 1
    assert.deepEqual(jitWithoutPerfMap.evaluate(sessionWith([
      {tid: 100, frames: ['main', '[jit]@unknown@[anon]'], samples: below},
      {tid: 100, frames: ['main', 'work'], samples: 1000 - below},
    ], nodeOptions)), [])
    assert.deepEqual(jitWithoutPerfMap.evaluate(sessionWith([])), [])
  })
  it('does not count JIT frames that the perf map named', () => {
    assert.deepEqual(jitWithoutPerfMap.evaluate(sessionWith([{tid: 100, frames: ['main', 'JS:*handle@jit@/tmp/perf-4242.map'], samples: 100}], {...nodeOptions, perfMapStatus: 'read'})), [])
  })
})

describe('truncated-stacks', () => {
  it('names the binary where most cut stacks end', () => {
    const session = sessionWith([
      {tid: 100, frames: ['BN_mul@native@/usr/lib/libcrypto.so.3'], samples: 70, userTruncated: true, truncatedIn: '/usr/lib/libcrypto.so.3'},
      {tid: 100, frames: [...START, 'work'], samples: 30},
    ])
    const [f] = truncatedStacks.evaluate(session)
    assert.equal(f!.title, '70% of the stacks are cut short in libcrypto.so.3: built without frame pointers?')
    assert.deepEqual(f!.evidence, [
      '70 of 100 samples with a user stack (70%) end before reaching main or a thread\'s start',
      '70 of them end in /usr/lib/libcrypto.so.3',
    ])
  })
  it('accepts a few cut stacks', () => {
    assert.deepEqual(truncatedStacks.evaluate(sessionWith([
      {tid: 100, frames: ['f@native@/usr/lib/libc.so.6'], samples: 19, userTruncated: true, truncatedIn: '/usr/lib/libc.so.6'},
      {tid: 100, frames: [...START, 'work'], samples: 81},
    ])), [])
  })
})

describe('stacks section and report', () => {
  const session = sessionWith([
    {tid: 100, frames: [...START, 'run_split', 'spin_three_quarters'], samples: 75},
    {tid: 101, frames: ['start_thread', 'walk', 'syscall', '__x64_sys_getppid@kernel'], samples: 25},
  ])
  it('renders hot functions with self and total shares', () => {
    const text = renderStacksSection(session)
    const lines = text.split('\n')
    assert.equal(lines[0], 'Stacks: 100 samples at 99 Hz (cpu-clock); perf map: absent')
    assert.match(lines[2]!, /^ +75% +75% {2}native +spin_three_quarters +server$/)
    assert.match(lines[3]!, /^ +25% +25% {2}kernel +__x64_sys_getppid +\[kernel\.kallsyms\]$/)
    assert.equal(lines[4], '  per thread: server (100) 75%, worker (101) 25%')
  })
  it('puts a schema-valid stacks section in the JSON report', () => {
    const report = buildReport(session, [], {intervalMs: 1000})
    validateReport(report)
    assert.equal(report.stacks?.samples, 100)
    assert.deepEqual(report.stacks?.hotFunctions[0], {name: 'spin_three_quarters', kind: 'native', module: '/srv/server', self: 75, total: 75})
    assert.deepEqual(report.stacks?.threads.map((t) => t.samples), [75, 25])
  })
  it('is null without the stacks probe', () => {
    const plain = new Session(hello())
    assert.equal(buildReport(plain, [], {intervalMs: 1000}).stacks, null)
    assert.equal(renderStacksSection(plain), '')
  })
})
