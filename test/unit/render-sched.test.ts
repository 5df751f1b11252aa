import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {cpuSpread, renderSchedSection} from '../../src/render/sched.js'
import {renderLiveScreen, renderSummary} from '../../src/render/text.js'
import {schedThreads} from '../../src/model/sched.js'
import {hello} from './fixtures.js'
import {schedSession, type SchedSpec} from './sched-fixtures.js'

const threads = [
  {tid: 200, name: 'reactor-0', cpusAllowedList: '1', lastCpu: 1},
  {tid: 201, name: 'timer-0', cpusAllowedList: '1', lastCpu: 1},
  {tid: 300, name: 'idle-pool', cpusAllowedList: '0-1', lastCpu: 0},
]
// Two seconds: the reactor on CPU 1 preempted 17,000 times/s by timer-0; an idle pool thread that did nothing.
const spec: SchedSpec = {
  cpuTimes: [
    {tid: 200, cpu: 1, oncpuNs: 1_188_000_000n, slices: 34_000}, {tid: 200, cpu: 0, oncpuNs: 12_000_000n, slices: 3},
    {tid: 201, cpu: 1, oncpuNs: 700_000_000n, slices: 34_000},
  ],
  threads: [
    {tid: 200, voluntary: 4, involuntary: 34_000, migrations: 2, wakeups: 4, runq: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4], runqTotalNs: 20_000, runqMaxNs: 6000, preemptedWaitNs: 700_000_000},
    {tid: 201, voluntary: 34_000, wakeups: 34_000, runq: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34_000], runqTotalNs: 34_000 * 20_000, runqMaxNs: 30_000},
    {tid: 300},
  ],
  preemptions: [
    {tid: 200, byTid: 201, byTgid: 4242, byComm: 'timer-0', count: 33_990},
    {tid: 200, byTid: 15, byTgid: 15, byComm: 'rcu_preempt', count: 10},
  ],
}
const session = (s: SchedSpec = spec) => schedSession(s, {threads, stats: [{tid: 200, nr: 203, count: 2}], allowedBefore: {200: '0-1'}})

describe('renderSchedSection', () => {
  const compact = renderSchedSection(session(), {maxThreads: 4}).split('\n')
  const detail = renderSchedSection(session(), {detail: true}).split('\n')

  it('has a header, then one line per thread that ran, busiest first', () => {
    assert.match(compact[0], /^Threads on CPUs\s+allowed\s+on CPU\s+vol\/s\s+invol\/s\s+migr\/s\s+runq p99≤  time per CPU$/)
    assert.match(compact[1], /^ {2}200 reactor-0\s+1\s+1\.20s\s+2\.0\s+17,000\s+1\.0\s+6\.00µs  cpu1 99%, cpu0 1%$/)
    assert.match(compact[3], /^ {2}201 timer-0\s+1\s+700ms\s+17,000\s+0\.0\s+0\.0\s+30\.0µs  cpu1 100%$/)
    assert.equal(compact.some((l) => l.includes('idle-pool')), false)
  })

  it('names the top preemptor under a thread preempted often (compact view)', () => {
    assert.equal(compact.filter((l) => l.includes('most preempted by')).length, 1)
    assert.match(compact.join('\n'), /\n {6}most preempted by timer-0 \(tid 201, same process\): 16,995\/s\n/)
  })

  it('shows time per CPU, run-queue latency, waiting, preemptors and pinning changes in the detail view', () => {
    const text = detail.join('\n')
    assert.match(text, /time per CPU: cpu0 12\.0ms \(1%, 3 slices\); cpu1 1\.19s \(99%, 34,000 slices\)/)
    assert.match(text, /wakeup to running: 4 wakeups, p50 ≤ 6\.00µs, p99 ≤ 6\.00µs, max 6\.00µs/)
    assert.match(text, /waited 700ms to run again after preemptions \(35% of the session\)/)
    assert.match(text, /timer-0 \(tid 201, same process\) preempted reactor-0 16,995 times\/s \(33,990\)/)
    assert.match(text, /rcu_preempt \(pid 15\) preempted reactor-0 5\.0 times\/s \(10\)/)
    assert.match(text, /pinning changed at \+2\.0 s: 0-1 → 1/)
    assert.match(text, /sched_setaffinity: 2 calls/)
  })

  it('shows what the probe dropped', () => {
    const out = renderSchedSection(session({...spec, counters: {cpuTimeMapFull: 5, iteratorFailed: 1}}))
    assert.match(out, /sched probe DROPPED: 5 CPU-time slices \(thread × CPU map full\); running slices not added in 1 snapshot\(s\)$/)
    assert.doesNotMatch(renderSchedSection(session()), /DROPPED/)
  })

  it('cuts the list at maxThreads', () => {
    assert.match(renderSchedSection(session(), {maxThreads: 1}), /… 1 more threads$/)
  })

  it('says so when nothing ran, and is empty without the probe', () => {
    assert.equal(renderSchedSection(session({threads: [{tid: 300}]})), 'Threads on CPUs: nothing ran while attached')
    assert.equal(renderSchedSection(schedSession(spec, {hello: hello(), threads})), '')
  })
})

describe('cpuSpread', () => {
  it('lists CPUs by share and leaves out crumbs', () => {
    const [reactor] = schedThreads(session({cpuTimes: [
      {tid: 200, cpu: 0, oncpuNs: 1000}, {tid: 200, cpu: 1, oncpuNs: 600_000}, {tid: 200, cpu: 2, oncpuNs: 399_000},
    ]}))
    assert.equal(cpuSpread(reactor), 'cpu1 60%, cpu2 40%')
  })
})

describe('the live screen and the summary', () => {
  it('carry the sched section', () => {
    assert.match(renderLiveScreen(session(), {}), /Threads on CPUs[\s\S]*most preempted by timer-0/)
    assert.match(renderSummary(session(), []), /Threads on CPUs[\s\S]*time per CPU: cpu0/)
  })
})
