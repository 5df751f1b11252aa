import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {Session} from '../../src/model/session.js'
import {hello, snapshot, type SnapshotSpec} from './fixtures.js'

const threads = [
  {tid: 4242, name: 'server'},
  {tid: 4243, name: 'worker', exited: false},
  {tid: 4244, name: 'gc', exited: true},
]

const first: SnapshotSpec = {
  at: 1,
  stats: [
    {tid: 4242, nr: 110, count: 500},
    {tid: 4243, nr: 0, count: 2000},
    {tid: 4243, nr: 1, count: 100},
  ],
  threads,
  counters: {unmatchedExits: 3},
}

const second: SnapshotSpec = {
  at: 2,
  stats: [
    {tid: 4242, nr: 110, count: 1500},
    {tid: 4243, nr: 0, count: 2300},
    {tid: 4243, nr: 1, count: 100},
    {tid: 4244, nr: 999, count: 5},
  ],
  threads,
  counters: {unmatchedExits: 3, errnoMapFull: 7},
}

function twoSnapshots(): Session {
  const session = new Session(hello())
  session.apply(snapshot(first))
  session.apply(snapshot(second))
  return session
}

describe('Session', () => {
  it('takes the target and host from the Hello', () => {
    const session = new Session(hello())
    assert.equal(session.pid, 4242)
    assert.equal(session.comm, 'server')
    assert.deepEqual(session.cmdline, ['node', 'server.js', '--port', '8080'])
    assert.equal(session.machine, 'x86_64')
    assert.equal(session.kernel, '6.8.0-test')
    assert.equal(session.ncpus, 8)
    assert.equal(session.attachDurationNs, 31_000_000n)
    assert.deepEqual(session.probes, [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}])
  })

  it('cleans the untrusted comm and cmdline', () => {
    const session = new Session(hello({targetComm: Buffer.from('ev\x1bil\n'), targetCmdline: Buffer.from('a\tb\0\0c\0')}))
    assert.equal(session.comm, 'ev?il?')
    assert.deepEqual(session.cmdline, ['a?b', '', 'c'])
    assert.deepEqual(new Session(hello({targetCmdline: new Uint8Array()})).cmdline, [])
  })

  it('has nothing before the first snapshot', () => {
    const session = new Session(hello())
    assert.deepEqual(session.threads(), [])
    assert.equal(session.elapsedSeconds, 0)
    assert.deepEqual(session.counters, {statsMapFull: 0n, errnoMapFull: 0n, startStoreFailed: 0n, unmatchedExits: 0n, threadMapFull: 0n})
    assert.equal(session.targetExited, false)
  })

  it('sorts threads busiest first, syscalls by count, names resolved for the machine', () => {
    const views = twoSnapshots().threads()
    assert.deepEqual(views.map((t) => [t.tid, t.name, t.exited, t.totalCalls]), [
      [4243, 'worker', false, 2400n],
      [4242, 'server', false, 1500n],
      [4244, 'gc', true, 5n],
    ])
    assert.deepEqual(views.map((t) => t.syscalls.map((s) => [s.nr, s.name, s.count])), [
      [[0, 'read', 2300n], [1, 'write', 100n]],
      [[110, 'getppid', 1500n]],
      [[999, 'syscall_999', 5n]],
    ])
  })

  it('computes recentRate from the last interval', () => {
    const rates = Object.fromEntries(twoSnapshots().threads().flatMap((t) => t.syscalls.map((s) => [`${t.tid}:${s.name}`, s.recentRate])))
    assert.deepEqual(rates, {
      '4242:getppid': 1000, // 1000 more calls in 1 s
      '4243:read': 300,
      '4243:write': 0,
      '4244:syscall_999': 5, // new since the last snapshot: all its calls are in the interval
    })
  })

  it('divides by the real interval, not by one second', () => {
    const session = new Session(hello())
    session.apply(snapshot({at: 1, stats: [{tid: 1, nr: 0, count: 100}]}))
    session.apply(snapshot({at: 1.25, stats: [{tid: 1, nr: 0, count: 150}]}))
    assert.equal(session.threads()[0].syscalls[0].recentRate, 200)
  })

  it('gives recentRate 0 after only one snapshot', () => {
    const session = new Session(hello())
    session.apply(snapshot(first))
    for (const t of session.threads()) for (const s of t.syscalls) assert.equal(s.recentRate, 0, s.name)
  })

  it('measures elapsed time from attach to the latest snapshot, and shows its counters', () => {
    const session = twoSnapshots()
    assert.equal(session.elapsedSeconds, 2)
    assert.deepEqual(session.counters, {statsMapFull: 0n, errnoMapFull: 7n, startStoreFailed: 0n, unmatchedExits: 3n, threadMapFull: 0n})
  })

  it('names a thread it has no name for "?" and breaks ties by tid', () => {
    const session = new Session(hello())
    session.apply(snapshot({at: 1, stats: [{tid: 9, nr: 0, count: 10}, {tid: 7, nr: 0, count: 10}]}))
    assert.deepEqual(session.threads().map((t) => [t.tid, t.name]), [[7, '?'], [9, '?']])
  })

  it('orders syscalls of equal count by number', () => {
    const session = new Session(hello())
    session.apply(snapshot({at: 1, stats: [{tid: 1, nr: 3, count: 10}, {tid: 1, nr: 1, count: 10}, {tid: 1, nr: 2, count: 11}]}))
    assert.deepEqual(session.threads()[0].syscalls.map((s) => s.name), ['open', 'write', 'close'])
  })

  it('names unknown syscall numbers syscall_<n>, and every number on an unknown machine', () => {
    const session = new Session(hello({machine: 'riscv64'}))
    session.apply(snapshot({at: 1, stats: [{tid: 1, nr: 110, count: 1}]}))
    assert.equal(session.threads()[0].syscalls[0].name, 'syscall_110')
    const arm = new Session(hello({machine: 'aarch64'}))
    arm.apply(snapshot({at: 1, stats: [{tid: 1, nr: 173, count: 1}]}))
    assert.equal(arm.threads()[0].syscalls[0].name, 'getppid')
  })

  it('finish() with target-exited takes the final snapshot and says the target exited', () => {
    const session = twoSnapshots()
    session.finish(snapshot({...second, at: 3, stats: [{tid: 4242, nr: 110, count: 1700}], alive: false}), 'target-exited')
    assert.equal(session.targetExited, true)
    assert.equal(session.endReason, 'target-exited')
    assert.equal(session.elapsedSeconds, 3)
    assert.deepEqual(session.threads().map((t) => [t.tid, t.totalCalls, t.syscalls[0].recentRate]), [[4242, 1700n, 200]])
  })

  it('finish() for another reason, without a final snapshot, keeps the latest one', () => {
    const session = twoSnapshots()
    session.finish(undefined, 'signal')
    assert.equal(session.targetExited, false)
    assert.equal(session.endReason, 'signal')
    assert.equal(session.elapsedSeconds, 2)
    assert.equal(session.threads()[0].totalCalls, 2400n)
  })
})
