import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {schedThreads, preemptorLabel} from '../../src/model/sched.js'
import {diagnose} from '../../src/diagnose/engine.js'
import {MIN_INVOLUNTARY_PER_SECOND, MIN_PREEMPTED_WAIT_SHARE, reactorPreempted} from '../../src/diagnose/rules/reactor-preempted.js'
import {MIN_MIGRATIONS_PER_SECOND, highMigrationRate} from '../../src/diagnose/rules/high-migration-rate.js'
import {hello} from './fixtures.js'
import {schedSession, type SchedSessionOptions, type SchedSpec} from './sched-fixtures.js'

/** x86_64 sched_setaffinity. */
const NR_SCHED_SETAFFINITY = 203
const threads = [
  {tid: 200, name: 'reactor-0', cpusAllowedList: '1', lastCpu: 1},
  {tid: 201, name: 'timer-0', cpusAllowedList: '1', lastCpu: 1},
  {tid: 300, name: 'worker', cpusAllowedList: '0-1', lastCpu: 0},
]
/** The reactor makes epoll waits: an event-loop thread for the rules. */
const reactorLoop = {epolls: [{tid: 200, calls: 1000, timeouts: {zero: 1000}}]}
const session = (spec: SchedSpec, options: SchedSessionOptions = {}) => schedSession(spec, {threads, eventloop: reactorLoop, ...options})

/** Over the default 2 s: the reactor preempted `rate` times/s, mostly by timer-0, and waiting `waitNs`. */
function preempted(rate: number, waitNs: number): SchedSpec {
  const n = rate * 2
  const byTimer = Math.round(n * 0.9)
  return {
    cpuTimes: [{tid: 200, cpu: 1, oncpuNs: 1.8e9}],
    threads: [{tid: 200, involuntary: n, voluntary: 10, preemptedWaitNs: waitNs}],
    preemptions: [
      {tid: 200, byTid: 201, byTgid: 4242, byComm: 'timer-0', count: byTimer},
      {tid: 200, byTid: 2702, byTgid: 2702, byComm: 'kworker/1:1', count: n - byTimer},
    ],
  }
}

describe('schedThreads', () => {
  const s = session({
    cpuTimes: [{tid: 200, cpu: 1, oncpuNs: 1.5e9, slices: 10}, {tid: 200, cpu: 0, oncpuNs: 0.5e9, slices: 2}, {tid: 300, cpu: 0, oncpuNs: 1e6}],
    threads: [{tid: 200, voluntary: 20, involuntary: 4000, migrations: 6, wakeups: 20, runq: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 10], runqTotalNs: 30_000, runqMaxNs: 4000, preemptedWaitNs: 2e8}],
    preemptions: [{tid: 200, byTid: 2702, byTgid: 2702, byComm: 'kworker/1:1', count: 1000}, {tid: 200, byTid: 201, byTgid: 4242, byComm: 'old-name', count: 3000}],
  }, {onCpu: {200: 1}, stats: [{tid: 200, nr: NR_SCHED_SETAFFINITY, count: 6}], allowedBefore: {200: '0-1'}})
  const [reactor, worker] = schedThreads(s)

  it('orders threads by CPU time and splits each one\'s time by CPU', () => {
    assert.deepEqual(schedThreads(s).map((t) => t.tid), [200, 300])
    assert.equal(reactor.oncpuNs, 2_000_000_000n)
    assert.deepEqual(reactor.cpus.map((c) => [c.cpu, c.share, c.slices]), [[0, 0.25, 2n], [1, 0.75, 10n]])
    assert.equal(worker.voluntary, 0n)
  })

  it('gives rates over the session, run-queue quantiles and the preempted wait share', () => {
    assert.equal(reactor.involuntaryPerSecond, 2000)
    assert.equal(reactor.voluntaryPerSecond, 10)
    assert.equal(reactor.migrationsPerSecond, 3)
    assert.equal(reactor.runqP50Ns, 2048)
    assert.equal(reactor.runqP99Ns, 4000)
    assert.equal(reactor.runqAvgNs, 1500)
    assert.equal(reactor.preemptedWaitShare, 0.1)
  })

  it('names preemptors of the same process by their live name, busiest first', () => {
    assert.deepEqual(reactor.preemptors.map((p) => [p.label, p.perSecond]), [
      ['timer-0 (tid 201, same process)', 1500],
      ['kworker/1:1 (pid 2702)', 500],
    ])
  })

  it('carries pinning, its changes and the sched_setaffinity count', () => {
    assert.deepEqual(reactor.cpusAllowed, [1])
    assert.deepEqual(reactor.affinityChanges.map((a) => [a.from, a.to]), [[[0, 1], [1]]])
    assert.equal(reactor.setaffinityCalls, 6n)
    assert.equal(reactor.eventLoop, true)
    assert.equal(worker.eventLoop, false)
  })

  it('labels tasks of other processes by pid and tid', () => {
    assert.equal(preemptorLabel({byTid: 12, byTgid: 10, name: 'nginx', sameProcess: false}), 'nginx (tid 12 of pid 10)')
    assert.equal(preemptorLabel({byTid: 0, byTgid: 0, name: 'swapper/1', sameProcess: false}), 'swapper/1 (the idle task)')
  })

  it('is empty without the sched probe', () => {
    assert.deepEqual(schedThreads(schedSession({}, {hello: hello()})), [])
  })
})

describe('reactor-preempted', () => {
  it('fires on an event-loop thread preempted 1,000 times/s, naming the timer thread of the same process', () => {
    const [f] = reactorPreempted.evaluate(session(preempted(MIN_INVOLUNTARY_PER_SECOND, 0)))
    assert.ok(f)
    assert.equal(f.thread?.tid, 200)
    assert.equal(f.title, 'timer-0 (tid 201, same process) preempted reactor-0 (tid 200) 900 times/s; 1,000 involuntary switches/s in all')
    assert.equal(f.evidence[0], '2,000 involuntary context switches in 2.0 s: 1,000/s (5.0/s voluntary)')
    assert.equal(f.evidence[2], 'timer-0 (tid 201, same process) preempted reactor-0 900 times/s (1,800, 90% of its involuntary switches)')
    assert.equal(f.evidence[3], 'kworker/1:1 (pid 2702) preempted reactor-0 100 times/s (200, 10% of its involuntary switches)')
    assert.equal(f.evidence[4], 'reactor-0 is an event-loop thread, allowed on CPU 1, ran on cpu1 100%')
    assert.equal(f.metrics.sameProcessPreemptions, 1800)
    assert.match(f.fix, /taskset/)
    assert.match(f.meaning, /same process/)
  })

  it('does not fire just under the rate with little waiting', () => {
    assert.deepEqual(reactorPreempted.evaluate(session(preempted(MIN_INVOLUNTARY_PER_SECOND - 1, 0.049 * 2e9))), [])
  })

  it('fires on waiting alone: 5% of the session runnable after preemptions, at a low rate', () => {
    const [f] = reactorPreempted.evaluate(session(preempted(150, MIN_PREEMPTED_WAIT_SHARE * 2e9)))
    assert.ok(f)
    assert.equal(f.evidence[1], 'runnable but waiting for its CPU after those preemptions: 100ms, 5% of the session')
  })

  it('fires on a busy thread that makes no epoll calls', () => {
    const [f] = reactorPreempted.evaluate(session(preempted(5000, 0), {eventloop: {}, onCpu: {200: 0.6}}))
    assert.ok(f)
    assert.match(f.evidence.at(-1)!, /^reactor-0 is a busy thread, on CPU 60% of the time/)
  })

  it('leaves alone a thread that is neither an event loop nor busy, however often preempted', () => {
    assert.deepEqual(reactorPreempted.evaluate(session(preempted(20_000, 1e9), {eventloop: {}, onCpu: {200: 0.2}})), [])
  })

  it('is silent without the sched probe', () => {
    assert.deepEqual(reactorPreempted.evaluate(schedSession(preempted(20_000, 1e9), {hello: hello(), threads, eventloop: reactorLoop})), [])
  })

  it('is part of the engine', () => {
    assert.ok(diagnose(session(preempted(5000, 0))).some((f) => f.rule === 'reactor-preempted'))
  })
})

describe('high-migration-rate', () => {
  /** The worker moving `rate` times/s over 2 s between CPUs 0 and 1. */
  const moving = (rate: number): SchedSpec => ({
    cpuTimes: [{tid: 300, cpu: 0, oncpuNs: 0.6e9}, {tid: 300, cpu: 1, oncpuNs: 0.4e9}],
    threads: [{tid: 300, migrations: rate * 2, voluntary: 10}],
  })

  it('fires on a busy thread migrating 50 times/s', () => {
    const [f] = highMigrationRate.evaluate(session(moving(MIN_MIGRATIONS_PER_SECOND), {onCpu: {300: 0.5}}))
    assert.ok(f)
    assert.equal(f.title, 'worker (tid 300) migrated 50.0 times/s between CPUs')
    assert.deepEqual(f.evidence, [
      '100 migrations in 2.0 s: 50.0/s, one every 20.0 ms',
      'on CPU 50% of the time, spread over 2 CPU(s): cpu0 60%, cpu1 40%',
      'allowed CPUs: 0-1',
    ])
    assert.match(f.meaning, /not pinned/)
    assert.match(f.fix, /taskset -pc/)
  })

  it('says when the thread moves itself with sched_setaffinity', () => {
    const [f] = highMigrationRate.evaluate(session(moving(200), {onCpu: {300: 0.5}, stats: [{tid: 300, nr: NR_SCHED_SETAFFINITY, count: 400}]}))
    assert.equal(f.evidence[2], 'allowed CPUs: 0-1; the thread called sched_setaffinity 400 times')
    assert.match(f.meaning, /changes its own affinity/)
  })

  it('does not fire at 49 migrations/s', () => {
    assert.deepEqual(highMigrationRate.evaluate(session(moving(MIN_MIGRATIONS_PER_SECOND - 1), {onCpu: {300: 0.5}})), [])
  })

  it('does not fire on a thread that is mostly idle', () => {
    assert.deepEqual(highMigrationRate.evaluate(session(moving(500), {onCpu: {300: 0.2}})), [])
  })

  it('does not fire before the on-CPU share is known', () => {
    assert.deepEqual(highMigrationRate.evaluate(session(moving(500))), [])
  })

  it('is part of the engine', () => {
    assert.ok(diagnose(session(moving(100), {onCpu: {300: 0.9}})).some((f) => f.rule === 'high-migration-rate'))
  })
})
