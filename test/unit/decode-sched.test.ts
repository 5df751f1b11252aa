import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {RUNQ_SLOTS, decodeSched} from '../../src/decode/sched.js'
import {Session} from '../../src/model/session.js'
import {schedFields, schedHello} from './sched-fixtures.js'
import {hello, snapshot, u64} from './fixtures.js'

describe('decodeSched', () => {
  const decoded = decodeSched(snapshot({at: 1, stats: [], extra: schedFields({
    cpuTimes: [{tid: 200, cpu: 1, oncpuNs: 900_000_000n, slices: 12}, {tid: 200, cpu: 0, oncpuNs: 18_446_744_073_709_551_615n, slices: 3}],
    threads: [
      {tid: 200, voluntary: 5, involuntary: 17_000, migrations: 2, wakeups: 5, runq: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2],
        runqTotalNs: 7000, runqMaxNs: 2047, preemptedWaitNs: 123_456_789, lastCpu: 1},
      {tid: 201, lastCpu: -1},
    ],
    preemptions: [
      {tid: 200, byTid: 201, byTgid: 4242, byComm: 'timer-0', count: 16_900},
      {tid: 200, byTid: 2702, byTgid: 2702, byComm: Buffer.from([0x6b, 0x77, 0x0a, 0x1b, 0xff]), count: 100},
    ],
    counters: {cpuTimeMapFull: 1, threadMapFull: 2, preemptionMapFull: 3, stateStoreFailed: 4, iteratorFailed: 5},
  })}))

  it('keeps time per thread and CPU exactly, beyond 2^53', () => {
    assert.deepEqual(decoded.cpuTimes, [
      {tid: 200, cpu: 1, oncpuNs: 900_000_000n, slices: 12n},
      {tid: 200, cpu: 0, oncpuNs: 18_446_744_073_709_551_615n, slices: 3n},
    ])
  })

  it('decodes switch counts, migrations and the run-queue histogram padded to its full length', () => {
    const [reactor, timer] = decoded.threads
    assert.equal(reactor.involuntary, 17_000n)
    assert.equal(reactor.voluntary, 5n)
    assert.equal(reactor.migrations, 2n)
    assert.equal(reactor.preemptedWaitNs, 123_456_789n)
    assert.equal(reactor.runqLatencyLog2Ns.length, RUNQ_SLOTS)
    assert.equal(reactor.runqLatencyLog2Ns[10], 3n)
    assert.equal(reactor.runqLatencyLog2Ns[11], 2n)
    assert.equal(reactor.runqLatencyLog2Ns.reduce((a, b) => a + b, 0n), 5n)
    assert.equal(reactor.lastCpu, 1)
    assert.equal(timer.lastCpu, null)
    assert.equal(timer.runqLatencyLog2Ns.every((v) => v === 0n), true)
  })

  it('folds slots past the probe\'s last one into that open slot', () => {
    const long = decodeSched({threadSched: [{tid: 1, runqLatencyLog2Ns: Array.from({length: RUNQ_SLOTS + 3}, () => u64(1))}]})
    assert.equal(long.threads[0].runqLatencyLog2Ns.length, RUNQ_SLOTS)
    assert.equal(long.threads[0].runqLatencyLog2Ns[RUNQ_SLOTS - 1], 4n)
  })

  it('names preemptors from untrusted bytes: control characters replaced, invalid UTF-8 marked', () => {
    assert.deepEqual(decoded.preemptions.map((p) => [p.byTid, p.byTgid, p.byComm, p.count]), [
      [201, 4242, 'timer-0', 16_900n],
      [2702, 2702, 'kw??\uFFFD', 100n],
    ])
  })

  it('reads every drop counter', () => {
    assert.deepEqual(decoded.counters, {cpuTimeMapFull: 1n, threadMapFull: 2n, preemptionMapFull: 3n, stateStoreFailed: 4n, iteratorFailed: 5n})
  })

  it('gives zeros for a snapshot without sched fields', () => {
    assert.deepEqual(decodeSched({}), {
      cpuTimes: [], threads: [], preemptions: [],
      counters: {cpuTimeMapFull: 0n, threadMapFull: 0n, preemptionMapFull: 0n, stateStoreFailed: 0n, iteratorFailed: 0n},
    })
  })
})

describe('Session and the sched probe', () => {
  const fields = schedFields({threads: [{tid: 200, involuntary: 9}]})

  it('decodes the sched fields when the probe is attached', () => {
    const s = new Session(schedHello())
    s.apply(snapshot({at: 1, stats: [], extra: fields}))
    assert.equal(s.sched?.threads[0].involuntary, 9n)
  })

  it('leaves them alone when it is not', () => {
    const s = new Session(hello({probes: [{name: 'syscalls', attached: true, variant: 'tp_btf'}, {name: 'sched', attached: false, error: 'no tp_btf'}]}))
    s.apply(snapshot({at: 1, stats: [], extra: fields}))
    assert.equal(s.sched, undefined)
  })
})
