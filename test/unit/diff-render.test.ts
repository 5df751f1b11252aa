import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {diffSessions, rateChange} from '../../src/diff/diff.js'
import {changeText, diffReport, renderDiff} from '../../src/diff/render.js'
import {stringifyExact} from '../../src/report/json.js'
import {eventloopSession, NR, sessionWith} from './fixtures.js'
import {twoReactors} from './listeners-fixtures.js'

function reactor(nr: number, calls: number, at: number, tid: number, timeouts: Record<string, number>) {
  return eventloopSession(
    {epolls: [{tid, nr, calls, timeouts, empty: calls, zeroEmpty: timeouts.zero ?? 0}]},
    {at, threads: [{tid, name: 'reactor-0'}], stats: [{tid, nr, count: calls}]},
  )
}

describe('diff text', () => {
  const before = reactor(NR.epoll_pwait, 100_000, 2, 101, {zero: 100_000})
  const after = reactor(NR.epoll_pwait2, 8000, 4, 201, {under1ms: 8000})
  const text = renderDiff(diffSessions(before, after, {beforeLabel: 'before.spr', afterLabel: 'after.spr'}))
  const lines = text.split('\n')

  it('leads with both sides and what changed in the findings', () => {
    assert.equal(lines[0], 'stackprof diff: before.spr → after.spr')
    assert.equal(lines[1], '  before.spr: pid 4242 node server.js --port 8080; 2.0 s; probes: syscalls, eventloop')
    assert.equal(lines[2], '  after.spr: pid 4242 node server.js --port 8080; 4.0 s; probes: syscalls, eventloop')
    assert.ok(lines.includes('  - gone     warning  epoll-spinning (reactor-0): reactor-0 (tid 101) spins: 50,000 empty zero-timeout epoll calls/s'), text)
  })

  it('lists syscall rates with their change, and what appeared and disappeared', () => {
    assert.ok(lines.includes('  epoll_pwait                         50,000           -     −50,000     gone'), text)
    assert.ok(lines.includes('  epoll_pwait2                             -       2,000      +2,000      new'), text)
    assert.ok(lines.includes('  appeared: epoll_pwait2'))
    assert.ok(lines.includes('  disappeared: epoll_pwait'))
    assert.ok(lines.includes('  reactor-0: 50,000 → 2,000 calls/s (−96%)'), text)
  })

  it('shows the timeout spread before and after, and says what it could not compare', () => {
    assert.ok(lines.includes('      timeouts before: 0: 100%'))
    assert.ok(lines.includes('      timeouts after:  <1ms: 100%'))
    assert.ok(lines.includes('Threads on CPUs: not compared (sched probe in neither before.spr nor after.spr)'))
    assert.ok(lines.includes('Stacks: not compared (stacks probe in neither before.spr nor after.spr)'))
    // Said once, in its section, not again in the header.
    assert.equal(text.split('sched probe in neither').length, 2)
  })

  it('marks locality rows that changed', () => {
    const t = renderDiff(diffSessions(twoReactors(['0', '1']), twoReactors(['1', '0'])))
    assert.match(t, /^ {2}\* 127\.0\.0\.1:8080\/tcp {7}idx 0 {3}reactor-0 ok → reactor-0 MISMATCH: served by reactor-0 pinned to CPU 1$/m)
  })

  it('says how threads with other names were paired', () => {
    const b = sessionWith([{tid: 7, nr: NR.read, count: 10}], {threads: [{tid: 7, name: 'old'}]})
    const a = sessionWith([{tid: 7, nr: NR.read, count: 30}], {threads: [{tid: 7, name: 'new'}]})
    assert.match(renderDiff(diffSessions(b, a)), /^ {2}old → new \[matched by tid: tid 7 → 7\]: 5\.0 → 15\.0 calls\/s \(\+200%\)$/m)
  })

  it('words changes', () => {
    assert.equal(changeText(rateChange(0, 0)), '±0%')
    assert.equal(changeText(rateChange(0, 5)), 'new')
    assert.equal(changeText(rateChange(5, 0)), 'gone')
    assert.equal(changeText(rateChange(100, 105)), '+5.0%')
    assert.equal(changeText(rateChange(100, 50)), '−50%')
  })

  it('JSON: the model with a version, exact and parseable', () => {
    const d = diffSessions(before, after)
    const json = JSON.parse(stringifyExact(diffReport(d)))
    assert.equal(json.diffSchemaVersion, 1)
    assert.deepEqual(json.syscalls.process.syscalls.map((s: {name: string; status: string}) => [s.name, s.status]), [['epoll_pwait', 'disappeared'], ['epoll_pwait2', 'appeared']])
    assert.deepEqual(json.findings.map((f: {rule: string; status: string}) => [f.rule, f.status]), [['epoll-spinning', 'disappeared']])
    assert.deepEqual(json.sched, {available: false, reason: 'sched probe in neither before nor after'})
  })
})
