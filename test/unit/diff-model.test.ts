import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {diffSessions, matchThreads, rateChange, type ThreadPair} from '../../src/diff/diff.js'
import {Session} from '../../src/model/session.js'
import {eventloopSession, hello, NR, sessionWith} from './fixtures.js'
import {schedHello, schedSession} from './sched-fixtures.js'
import {listenersSession, twoReactors} from './listeners-fixtures.js'
import {profileOf} from './stacks-fixtures.js'
import {diffReport} from '../../src/diff/render.js'
import {stringifyExact} from '../../src/report/json.js'
import {validateDiff} from '../report-schema.js'

/** The article's change: a reactor spinning on epoll_pwait(0) for 2 s, then the same reactor waiting in epoll_pwait2(100 µs) for 4 s. */
function spinning(): Session {
  return eventloopSession(
    {epolls: [{tid: 101, nr: NR.epoll_pwait, calls: 100_000, timeouts: {zero: 100_000}, empty: 99_000, events: 1000, zeroEmpty: 99_000}]},
    {at: 2, threads: [{tid: 100, name: 'server'}, {tid: 101, name: 'reactor-0'}],
      stats: [{tid: 101, nr: NR.epoll_pwait, count: 100_000}, {tid: 101, nr: NR.recvfrom, count: 1000}, {tid: 100, nr: NR.read, count: 10}]},
  )
}

function waiting(): Session {
  return eventloopSession(
    {epolls: [{tid: 201, nr: NR.epoll_pwait2, calls: 8000, timeouts: {under1ms: 8000}, empty: 2000, events: 6000}]},
    {at: 4, threads: [{tid: 200, name: 'server'}, {tid: 201, name: 'reactor-0'}],
      stats: [{tid: 201, nr: NR.epoll_pwait2, count: 8000}, {tid: 201, nr: NR.recvfrom, count: 6000}, {tid: 200, nr: NR.read, count: 20}]},
  )
}

describe('diff: syscall rates', () => {
  const d = diffSessions(spinning(), waiting(), {beforeLabel: 'before.spr', afterLabel: 'after.spr'})

  it('compares per-second rates over each session\'s own length, largest change first, with what appeared and disappeared', () => {
    assert.equal(d.before.durationSeconds, 2)
    assert.equal(d.after.durationSeconds, 4)
    assert.deepEqual(d.syscalls.process.syscalls.map((s) => [s.name, s.beforeCount, s.afterCount, s.before, s.after, s.delta, s.percent, s.status]), [
      ['epoll_pwait', 100_000, 0, 50_000, 0, -50_000, -100, 'disappeared'],
      ['epoll_pwait2', 0, 8000, 0, 2000, 2000, null, 'appeared'],
      ['recvfrom', 1000, 6000, 500, 1500, 1000, 200, 'both'],
      // 10 calls in 2 s and 20 in 4 s: the same rate.
      ['read', 10, 20, 5, 5, 0, 0, 'both'],
    ])
    assert.deepEqual(d.syscalls.process.total, {before: 50_505, after: 3505, delta: -47_000, percent: -93.1})
  })

  it('pairs threads by name although their tids differ, and says so', () => {
    assert.deepEqual(d.threads.map((t) => [t.label, t.before?.tid, t.after?.tid, t.matchedBy]), [['server', 100, 200, 'name'], ['reactor-0', 101, 201, 'name']])
    const reactor = d.syscalls.threads[0]
    assert.equal(reactor.thread.label, 'reactor-0')
    assert.deepEqual(reactor.total, rateChange(50_500, 3500))
    assert.deepEqual(reactor.syscalls.map((s) => [s.name, s.status]), [['epoll_pwait', 'disappeared'], ['epoll_pwait2', 'appeared'], ['recvfrom', 'both']])
    assert.equal(d.syscalls.threads[1].thread.label, 'server')
    assert.equal(d.syscalls.threads[1].total.delta, 0)
  })

  it('shows the epoll timeout spread per event-loop thread, before and after', () => {
    assert.ok(d.eventloop.available)
    const [loop] = d.eventloop.value
    assert.equal(d.eventloop.value.length, 1)
    assert.equal(loop.thread.label, 'reactor-0')
    assert.deepEqual(loop.before, {
      callsPerSecond: 50_000, emptyShare: 0.99, zeroTimeoutShare: 1, spinningPerSecond: 49_500,
      timeouts: {block: 0, zero: 1, under100us: 0, under1ms: 0, under10ms: 0, longer: 0, unreadable: 0}, spread: '0: 100%', syscalls: ['epoll_pwait'],
    })
    assert.deepEqual(loop.after, {
      callsPerSecond: 2000, emptyShare: 0.25, zeroTimeoutShare: 0, spinningPerSecond: 0,
      timeouts: {block: 0, zero: 0, under100us: 0, under1ms: 1, under10ms: 0, longer: 0, unreadable: 0}, spread: '<1ms: 100%', syscalls: ['epoll_pwait2'],
    })
  })

  it('names the finding that disappeared, by rule and thread', () => {
    assert.deepEqual(d.findings.map((f) => [f.status, f.rule, f.thread, f.severity]), [['disappeared', 'epoll-spinning', 'reactor-0', 'warning']])
    assert.match(d.findings[0].title, /^reactor-0 \(tid 101\) spins/)
    // And the other way round, it appears.
    const back = diffSessions(waiting(), spinning())
    assert.deepEqual(back.findings.map((f) => [f.status, f.rule, f.thread]), [['appeared', 'epoll-spinning', 'reactor-0']])
  })

  it('says which probes one side lacks instead of comparing zeros', () => {
    assert.deepEqual(d.notes, ['sched probe in neither before.spr nor after.spr', 'listeners probe in neither before.spr nor after.spr', 'stacks probe in neither before.spr nor after.spr'])
    assert.deepEqual(d.sched, {available: false, reason: 'sched probe in neither before.spr nor after.spr'})
    const plain = sessionWith([{tid: 101, nr: NR.epoll_pwait2, count: 10}], {threads: [{tid: 101, name: 'reactor-0'}]})
    const half = diffSessions(spinning(), plain, {beforeLabel: 'a.spr', afterLabel: 'b.spr'})
    assert.deepEqual(half.eventloop, {available: false, reason: 'eventloop probe not in b.spr'})
    assert.ok(half.notes.includes('eventloop probe not in b.spr'))
  })

  it('says when a side has no snapshot at all, and rates are then 0', () => {
    const empty = new Session(hello())
    const d2 = diffSessions(empty, spinning(), {beforeLabel: 'x.spr'})
    assert.ok(d2.notes.includes('x.spr holds no snapshot: it has no rates to compare'))
    assert.equal(d2.syscalls.process.total.before, 0)
    assert.equal(d2.syscalls.process.syscalls.find((s) => s.name === 'epoll_pwait')!.status, 'appeared')
  })
})

describe('diff: thread matching', () => {
  const t = (tid: number, name: string) => ({tid, name})
  const show = (pairs: ThreadPair[]) => pairs.map((p) => [p.label, p.before?.tid ?? null, p.after?.tid ?? null, p.matchedBy])

  it('pairs unique names, then a pool by equal tids and the rest in tid order, then leftovers by tid', () => {
    const before = [t(10, 'main'), t(11, 'worker'), t(12, 'worker'), t(13, 'worker'), t(14, 'old-name'), t(15, 'gone'), t(16, '?')]
    const after = [t(20, 'main'), t(12, 'worker'), t(22, 'worker'), t(14, 'new-name'), t(30, 'fresh'), t(16, '?')]
    assert.deepEqual(show(matchThreads(before, after)), [
      ['main', 10, 20, 'name'],
      ['worker', 12, 12, 'name and tid'],
      ['worker', 11, 22, 'name, in tid order'],
      ['old-name → new-name', 14, 14, 'tid'],
      // An unknown name matches nothing by name, only by tid.
      ['?', 16, 16, 'tid'],
      ['worker (before only)', 13, null, 'before only'],
      ['gone (before only)', 15, null, 'before only'],
      ['fresh (after only)', null, 30, 'after only'],
    ])
  })
})

describe('diff: scheduling', () => {
  it('compares context-switch and migration rates and on-CPU shares per thread, per second of each session', () => {
    const before = schedSession(
      {cpuTimes: [{tid: 101, cpu: 0, oncpuNs: 1_900_000_000}], threads: [{tid: 101, voluntary: 10, involuntary: 4000, migrations: 200}]},
      {at: 2, threads: [{tid: 101, name: 'reactor-0'}]},
    )
    const after = schedSession(
      {cpuTimes: [{tid: 301, cpu: 1, oncpuNs: 400_000_000}], threads: [{tid: 301, voluntary: 40_000, involuntary: 40, migrations: 0}]},
      {at: 4, threads: [{tid: 301, name: 'reactor-0'}]},
    )
    const d = diffSessions(before, after)
    assert.ok(d.sched.available)
    assert.deepEqual(d.sched.value.map((r) => [r.thread.label, r.thread.matchedBy, r.before, r.after]), [[
      'reactor-0', 'name',
      {voluntaryPerSecond: 5, involuntaryPerSecond: 2000, migrationsPerSecond: 100, onCpuShare: 0.95},
      {voluntaryPerSecond: 10_000, involuntaryPerSecond: 10, migrationsPerSecond: 0, onCpuShare: 0.1},
    ]])
  })

  it('names the side without the sched probe', () => {
    const withSched = schedSession({threads: [{tid: 101, voluntary: 1}]}, {threads: [{tid: 101, name: 'r'}]})
    const without = sessionWith([], {threads: [{tid: 101, name: 'r'}]})
    assert.deepEqual(diffSessions(without, withSched, {beforeLabel: 'before.spr'}).sched, {available: false, reason: 'sched probe not in before.spr'})
    assert.deepEqual(diffSessions(withSched, without, {afterLabel: 'after.spr'}).sched, {available: false, reason: 'sched probe not in after.spr'})
    assert.ok(new Session(schedHello()).probes.some((p) => p.name === 'sched'))
  })
})

describe('diff: locality', () => {
  it('shows each index\'s serving thread and verdict before → after, marking what changed', () => {
    const d = diffSessions(twoReactors(['0', '1']), twoReactors(['1', '0']))
    assert.ok(d.locality.available)
    assert.deepEqual(d.locality.value.map((r) => [r.port, r.index, r.before?.servedBy, r.before?.locality, r.after?.servedBy, r.after?.locality, r.after?.text, r.changed]), [
      ['127.0.0.1:8080/tcp', 0, 'reactor-0', 'ok', 'reactor-0', 'mismatch', 'MISMATCH: served by reactor-0 pinned to CPU 1', true],
      ['127.0.0.1:8080/tcp', 1, 'reactor-1', 'ok', 'reactor-1', 'mismatch', 'MISMATCH: served by reactor-1 pinned to CPU 0', true],
    ])
    assert.deepEqual(d.findings.map((f) => [f.status, f.rule]).filter(([, r]) => r === 'reuseport-locality'), [['appeared', 'reuseport-locality']])
    // A server on an ephemeral port listens elsewhere each run: the one port left on each side pairs up, and says so.
    const moved = listenersSession([{fd: 3, index: 0, port: 9090, listen: {tid: 101, cpu: 0, order: 1}, accepts: [{tid: 101, calls: 5}]}],
      {threads: [{tid: 101, name: 'reactor-0', cpusAllowedList: '0', lastCpu: 0}]})
    const m = diffSessions(twoReactors(['0', '1']), moved)
    assert.ok(m.locality.available)
    assert.deepEqual(m.locality.value.map((r) => [r.port, r.index, r.before?.locality, r.after?.locality ?? null, r.changed]), [
      ['127.0.0.1:8080/tcp → 127.0.0.1:9090/tcp', 0, 'ok', 'ok', false],
      ['127.0.0.1:8080/tcp → 127.0.0.1:9090/tcp', 1, 'ok', null, true],
    ])
    const same = diffSessions(twoReactors(['0', '1']), twoReactors(['0', '1']))
    assert.ok(same.locality.available && same.locality.value.every((r) => !r.changed && r.after?.locality === 'ok'))
  })
})

describe('diff: hot functions', () => {
  function withStacks(stacks: Parameters<typeof profileOf>[0], at: number): Session {
    const session = sessionWith([], {at, hello: hello({probes: [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}, {name: 'stacks', attached: true, variant: 'perf_event', error: ''}]}),
      threads: [{tid: 101, name: 'reactor-0'}]})
    session.stacks = profileOf(stacks, {threads: {101: 'reactor-0'}})
    return session
  }

  it('ranks functions by the change of their share of samples, normalized by each total', () => {
    // Before: 1000 samples, 900 in epoll_pwait's kernel path. After: 100 samples (a tenth as long), 20 there and 60 in parse.
    const before = withStacks([
      {tid: 101, frames: ['main', 'loop', 'epoll_pwait', 'do_epoll_wait@kernel'], samples: 900},
      {tid: 101, frames: ['main', 'loop', 'parse'], samples: 100},
    ], 10)
    const after = withStacks([
      {tid: 101, frames: ['main', 'loop', 'epoll_pwait2', 'do_epoll_wait@kernel'], samples: 20},
      {tid: 101, frames: ['main', 'loop', 'parse'], samples: 60},
      {tid: 101, frames: ['main', 'loop', 'send'], samples: 20},
    ], 1)
    const d = diffSessions(before, after)
    assert.ok(d.stacks.available)
    const s = d.stacks.value
    assert.equal(s.beforeSamples, 1000)
    assert.equal(s.afterSamples, 100)
    assert.deepEqual(s.grew.map((f) => [f.name, f.kind, f.beforeSelf, f.afterSelf, f.beforeSelfShare, f.afterSelfShare, f.selfDelta]), [
      ['parse', 'native', 100, 60, 0.1, 0.6, 0.5],
      ['send', 'native', 0, 20, 0, 0.2, 0.2],
    ])
    assert.deepEqual(s.shrank.map((f) => [f.name, f.kind, f.selfDelta, f.beforeTotalShare, f.afterTotalShare, f.totalDelta]), [
      ['do_epoll_wait', 'kernel', -0.7, 0.9, 0.2, -0.7],
    ])
    // Only on-stack, never a leaf: not a hot function, whatever its total share.
    assert.ok(![...s.grew, ...s.shrank].some((f) => f.name === 'epoll_pwait' || f.name === 'loop'))
  })
})

describe('diff JSON: docs/diff.schema.json', () => {
  const valid = (d: ReturnType<typeof diffSessions>) => {
    const json = JSON.parse(stringifyExact(diffReport(d))) as Record<string, unknown>
    assert.ok(validateDiff(json), JSON.stringify(validateDiff.errors))
    return json
  }
  it('holds every section, available or not, and every thread pairing', () => {
    const eventloop = valid(diffSessions(spinning(), waiting(), {beforeLabel: 'before.spr', afterLabel: 'after.spr'}))
    assert.equal((eventloop.eventloop as {available: boolean}).available, true)
    const sched = (tid: number, name: string) => schedSession({cpuTimes: [{tid, cpu: 0, oncpuNs: 1_000_000_000}], threads: [{tid, voluntary: 3, involuntary: 4, migrations: 1}]}, {threads: [{tid, name}]})
    const schedDiff = valid(diffSessions(sched(101, 'reactor-0'), sched(301, 'reactor-1')))
    assert.deepEqual((schedDiff.threads as {matchedBy: string}[]).map((t) => t.matchedBy).sort(), ['after only', 'before only'])
    valid(diffSessions(twoReactors(['0', '1']), twoReactors(['1', '0'])))
    const profiled = (frames: string[]) => {
      const session = sessionWith([], {at: 2, hello: hello({probes: [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}, {name: 'stacks', attached: true, variant: 'perf_event', error: ''}]}),
        threads: [{tid: 101, name: 'reactor-0'}]})
      session.stacks = profileOf([{tid: 101, frames, samples: 10}], {threads: {101: 'reactor-0'}})
      return session
    }
    const stacks = valid(diffSessions(profiled(['main', 'a@kernel']), profiled(['main', 'b'])))
    assert.equal((stacks.stacks as {available: boolean}).available, true)
    const none = valid(diffSessions(sessionWith([]), sessionWith([])))
    assert.deepEqual(none.stacks, {available: false, reason: 'stacks probe in neither before nor after'})
  })
  it('is strict: a field this release does not write is refused', () => {
    const json = JSON.parse(stringifyExact(diffReport(diffSessions(spinning(), waiting())))) as Record<string, unknown>
    assert.equal(validateDiff({...json, extra: 1}), false)
    assert.equal(validateDiff({...json, diffSchemaVersion: 2}), false)
  })
})
