import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {validateReport as validate} from '../report-schema.js'
import {diagnose} from '../../src/diagnose/engine.js'
import {Session} from '../../src/model/session.js'
import {renderListenersSection} from '../../src/render/listeners.js'
import {renderLiveScreen, renderSummary} from '../../src/render/text.js'
import {buildReport, stringifyExact} from '../../src/report/json.js'
import {hello, snapshot} from './fixtures.js'
import {listenersSession, STEER, twoReactors} from './listeners-fixtures.js'


describe('renderListenersSection', () => {
  it('one table per port, by group index: serving thread, its CPUs, listen() and the locality verdict', () => {
    assert.equal(renderListenersSection(twoReactors(['1', '0'])), [
      'Listening sockets',
      '  127.0.0.1:8080/tcp: SO_REUSEPORT group of 2; steering: CPU steering (classic: ld cpu; ret a)',
      '    idx fd   served by                accepted  CPUs    last listen()/bind()         in-cpu busy  locality',
      '    0   3    101 reactor-0                   5  1       1    101 on CPU 1, #1        -      -     MISMATCH: served by reactor-0 pinned to CPU 1',
      '    1   4    102 reactor-1                   5  0       0    102 on CPU 0, #2        -      -     MISMATCH: served by reactor-1 pinned to CPU 0',
    ].join('\n'))
  })

  it('without CPU steering there is no locality column; sockets made before attach say so; UDP and lone sockets', () => {
    const session = listenersSession([
      {fd: 3, index: 0, steering: STEER.STEERING_NONE, incomingCpu: 1, busyPollUsecs: 50},
      {fd: 9, index: -1, groupId: 0, groupSize: 0, reuseport: false, port: 53, protocol: 17, steering: STEER.STEERING_NONE, listen: {tid: 7, cpu: 0, order: 1}},
    ], {threads: [{tid: 7, name: 'dns', cpusAllowedList: '0-1', lastCpu: 1}]})
    assert.equal(renderListenersSection(session), [
      'Listening sockets',
      '  127.0.0.1:53/udp: no SO_REUSEPORT; steering: none (hash)',
      '    idx fd   served by                accepted  CPUs    last listen()/bind()         in-cpu busy',
      '    ?   9    7 dns (listen)                  -  0-1     1    7 on CPU 0, #1          -      -',
      '  127.0.0.1:8080/tcp: SO_REUSEPORT group of 2 (1 of another process); steering: none (hash)',
      '    idx fd   served by                accepted  CPUs    last listen()/bind()         in-cpu busy',
      '    0   3    -                               -  ?       ?    before attach           1      50µs',
    ].join('\n'))
  })

  it('shows drops, and nothing at all without the probe or without sockets', () => {
    assert.equal(renderListenersSection(listenersSession([], {counters: {eventMapFull: 4, iteratorFailed: 1}})),
      'Listening sockets (4 listen/accept events dropped (map full); 1 listings failed)\n  none')
    assert.equal(renderListenersSection(listenersSession([])), '')
    const without = new Session(hello())
    without.apply(snapshot({at: 1, stats: []}))
    assert.equal(renderListenersSection(without), '')
  })

  it('is part of the live screen and the summary', () => {
    const session = twoReactors(['1', '0'])
    const findings = diagnose(session)
    assert.match(renderLiveScreen(session, {}, findings), /WARNING \[reuseport-locality\][\s\S]*Listening sockets\n {2}127\.0\.0\.1:8080\/tcp/)
    assert.match(renderSummary(session, findings), /Listening sockets[\s\S]*MISMATCH: served by reactor-1 pinned to CPU 0[\s\S]*Findings\nWARNING \[reuseport-locality\]/)
  })
})

describe('the listeners part of the JSON report', () => {
  it('matches the schema and carries the table exactly', () => {
    const session = twoReactors(['1', '0'])
    const report = JSON.parse(stringifyExact(buildReport(session, diagnose(session), {intervalMs: 1000}))) as {listeners: unknown; findings: {rule: string}[]}
    assert.ok(validate(report), JSON.stringify(validate.errors))
    assert.deepEqual(report.listeners, {
      groups: [{
        protocol: 'tcp', family: 2, address: '127.0.0.1', port: 8080, reuseport: true, groupId: 1, groupSize: 2, otherSockets: 0,
        steering: 'cbpf-cpu', steeringProgram: {id: 0, name: '', instructions: 2},
        sockets: [0, 1].map((i) => ({
          index: i, fd: 3 + i, inode: 1003 + i,
          servingThread: {tid: 101 + i, name: `reactor-${i}`, source: 'accept', allowedCpus: String(1 - i), lastCpu: 1 - i, ranOnCpus: null},
          listen: {tid: 101 + i, name: `reactor-${i}`, cpu: 1 - i, order: i + 1, monotonicNs: 1_000_500_000_000},
          accepts: [{tid: 101 + i, name: `reactor-${i}`, calls: 5, accepted: 5}],
          incomingCpu: null, busyPollUsecs: 0, locality: 'mismatch', localityText: `MISMATCH: served by reactor-${i} pinned to CPU ${1 - i}`,
        })),
      }],
      dropped: {eventMapFull: 0, iteratorFailed: 0, groupScanTruncated: 0},
    })
    assert.ok(report.findings.some((f) => f.rule === 'reuseport-locality'))
  })

  it('is null without the probe, and valid with eBPF steering and lone sockets', () => {
    const without = new Session(hello())
    without.apply(snapshot({at: 1, stats: []}))
    const plain = JSON.parse(stringifyExact(buildReport(without, [], {intervalMs: 1000}))) as {listeners: unknown}
    assert.equal(plain.listeners, null)
    const session = listenersSession([
      {fd: 3, index: 1, steering: STEER.STEERING_EBPF, progId: 77, progName: 'select_cpu', family: 10},
      {fd: 4, index: -1, groupId: 0, groupSize: 0, reuseport: false, steering: STEER.STEERING_NONE, port: 22},
    ])
    const report = JSON.parse(stringifyExact(buildReport(session, diagnose(session), {intervalMs: 1000}))) as {listeners: {groups: {port: number; steering: string; steeringProgram: unknown; address: string; groupId: number | null}[]}}
    assert.ok(validate(report), JSON.stringify(validate.errors))
    assert.deepEqual(report.listeners.groups.map((g) => [g.port, g.address, g.groupId, g.steering, g.steeringProgram]), [
      [22, '127.0.0.1', null, 'none', null],
      [8080, '::1', 1, 'ebpf', {id: 77, name: 'select_cpu', instructions: 0}],
    ])
  })
})
