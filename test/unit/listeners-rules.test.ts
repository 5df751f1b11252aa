import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {diagnose} from '../../src/diagnose/engine.js'
import {reuseportLocality} from '../../src/diagnose/rules/reuseport-locality.js'
import {steeringWithoutPinning} from '../../src/diagnose/rules/steering-without-pinning.js'
import {listenerGroups} from '../../src/model/listeners.js'
import {u64} from './fixtures.js'
import {listenersHello, listenersSession, STEER, twoReactors} from './listeners-fixtures.js'

describe('listenerGroups (model)', () => {
  it('one group per port, rows by group index, serving thread from accept(), its pinning and the listen() call', () => {
    const [g, ...rest] = listenerGroups(twoReactors(['1', '0']))
    assert.equal(rest.length, 0)
    assert.equal(g.protocol, 'tcp')
    assert.equal(g.port, 8080)
    assert.equal(g.address, '127.0.0.1')
    assert.equal(g.groupSize, 2)
    assert.equal(g.otherSockets, 0)
    assert.equal(g.steering, 'cbpf-cpu')
    assert.equal(g.steeringText, 'CPU steering (classic: ld cpu; ret a)')
    assert.deepEqual(g.sockets.map((s) => [s.index, s.fd, s.servingThread?.tid, s.servingThread?.name, s.servingThread?.source, s.servingThread?.cpusAllowed, s.locality, s.localityText]), [
      [0, 3, 101, 'reactor-0', 'accept', [1], 'mismatch', 'MISMATCH: served by reactor-0 pinned to CPU 1'],
      [1, 4, 102, 'reactor-1', 'accept', [0], 'mismatch', 'MISMATCH: served by reactor-1 pinned to CPU 0'],
    ])
    assert.deepEqual(g.sockets[1].listen, {tid: 102, name: 'reactor-1', cpu: 0, order: 2, monotonicNs: 1_000_500_000_000n})
  })

  it('the thread that accepted most serves the socket, not the one that called listen()', () => {
    const session = listenersSession(
      [{fd: 3, index: 0, listen: {tid: 100, cpu: 1, order: 1}, accepts: [{tid: 101, calls: 3}, {tid: 102, calls: 9, accepted: 8}, {tid: 103, calls: 50, accepted: 0}]}],
      {threads: [{tid: 100, name: 'main', cpusAllowedList: '1', lastCpu: 1}, {tid: 102, name: 'worker', cpusAllowedList: '0', lastCpu: 0}]},
    )
    const [row] = listenerGroups(session)[0].sockets
    assert.deepEqual(row.servingThread, {tid: 102, name: 'worker', source: 'accept', cpusAllowed: [0], lastCpu: 0, ranOnCpus: null})
    assert.equal(row.locality, 'ok')
    assert.deepEqual(row.accepts.map((a) => [a.tid, a.accepted]), [[102, 8n], [101, 3n], [103, 0n]])
  })

  it('with no accept yet the listen() thread serves; with neither, nobody', () => {
    const session = listenersSession(
      [{fd: 3, index: 0, listen: {tid: 100, cpu: 1, order: 1}}, {fd: 4, index: 1}],
      {threads: [{tid: 100, name: 'main', cpusAllowedList: '1', lastCpu: 1}]},
    )
    const [a, b] = listenerGroups(session)[0].sockets
    assert.equal(a.servingThread?.source, 'listen')
    assert.equal(a.locality, 'mismatch')
    assert.equal(b.servingThread, null)
    assert.equal(b.locality, 'unknown')
  })

  it('lone sockets are their own groups; ports ascending, TCP before UDP; other processes\' sockets are counted', () => {
    const session = listenersSession([
      {fd: 7, index: -1, groupId: 0, groupSize: 0, reuseport: false, port: 9000, steering: STEER.STEERING_NONE, protocol: 17},
      {fd: 6, index: -1, groupId: 0, groupSize: 0, reuseport: false, port: 9000, steering: STEER.STEERING_NONE},
      {fd: 5, index: 2, groupId: 3, groupSize: 4, port: 80},
    ])
    assert.deepEqual(listenerGroups(session).map((g) => [g.port, g.protocol, g.groupId, g.groupSize, g.otherSockets, g.sockets.map((s) => s.fd)]), [
      [80, 'tcp', 3, 4, 3, [5]],
      [9000, 'tcp', null, 1, 0, [6]],
      [9000, 'udp', null, 1, 0, [7]],
    ])
  })

  it('with the sched probe, the CPUs the serving thread actually ran on', () => {
    const session = listenersSession([{fd: 3, index: 0, accepts: [{tid: 101, calls: 1}]}], {
      hello: listenersHello({probes: [{name: 'listeners', attached: true}, {name: 'sched', attached: true}]}),
      threads: [{tid: 101, name: 'r', cpusAllowedList: '0-1', lastCpu: 1}],
      extra: {threadCpuTimes: [
        {tid: 101, cpu: 1, oncpuNs: u64(5000), slices: u64(2)}, {tid: 101, cpu: 0, oncpuNs: u64(700), slices: u64(1)},
        {tid: 101, cpu: 3, oncpuNs: u64(0), slices: u64(0)}, {tid: 999, cpu: 2, oncpuNs: u64(1), slices: u64(1)},
      ]},
    })
    assert.deepEqual(listenerGroups(session)[0].sockets[0].servingThread?.ranOnCpus, [0, 1])
  })

  it('an index that is no CPU of the machine is never selected by CPU steering', () => {
    const session = listenersSession([{fd: 3, index: 2, groupSize: 3, accepts: [{tid: 101, calls: 1}]}], {threads: [{tid: 101, name: 'r', cpusAllowedList: '0', lastCpu: 0}]})
    assert.equal(listenerGroups(session)[0].sockets[0].locality, 'no-such-cpu')
  })
})

describe('reuseport-locality', () => {
  it('fires on threads listening in order but pinned swapped, with the index → thread → CPU table and pinning commands', () => {
    const [f, ...rest] = reuseportLocality.evaluate(twoReactors(['1', '0']))
    assert.equal(rest.length, 0)
    assert.equal(f.rule, 'reuseport-locality')
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, '127.0.0.1:8080/tcp: CPU steering sends 2 of 2 sockets\' packets to threads on other CPUs')
    assert.deepEqual(f.evidence, [
      '127.0.0.1:8080/tcp: SO_REUSEPORT group of 2, steering: CPU steering (classic: ld cpu; ret a): a packet received on CPU c goes to index c',
      'index 0 (fd 3) → reactor-0 (tid 101, accepted 5) → allowed CPUs 1: MISMATCH',
      'index 1 (fd 4) → reactor-1 (tid 102, accepted 5) → allowed CPUs 0: MISMATCH',
    ])
    assert.deepEqual(f.metrics, {port: 8080, protocol: 'tcp', groupSize: 2, sockets: 2, mismatched: 2, mismatchedIndexes: '0,1'})
    assert.match(f.fix, /taskset -pc 0 101; taskset -pc 1 102/)
    assert.match(f.fix, /listen\(\) .*in CPU order/)
    assert.equal(f.docs, 'docs/findings/reuseport-locality.md')
  })

  it('fires for a thread allowed on a set of CPUs without its index, and only for that index', () => {
    const session = listenersSession(
      [{fd: 3, index: 0, accepts: [{tid: 101, calls: 1}]}, {fd: 4, index: 1, accepts: [{tid: 102, calls: 1}]}],
      {hello: listenersHello({ncpus: 4}), threads: [{tid: 101, name: 'a', cpusAllowedList: '0', lastCpu: 0}, {tid: 102, name: 'b', cpusAllowedList: '2-3', lastCpu: 2}]},
    )
    const [f] = reuseportLocality.evaluate(session)
    assert.equal(f.metrics.mismatchedIndexes, '1')
    assert.match(f.evidence[2], /→ b \(tid 102, accepted 1\) → allowed CPUs 2-3: MISMATCH$/)
  })

  it('does not fire when pinned in order, without steering, with another program, or when pinning is unknown', () => {
    assert.deepEqual(reuseportLocality.evaluate(twoReactors(['0', '1'])), [])
    assert.deepEqual(reuseportLocality.evaluate(twoReactors(['1', '0'], STEER.STEERING_NONE)), [])
    assert.deepEqual(reuseportLocality.evaluate(twoReactors(['1', '0'], STEER.STEERING_CBPF_OTHER)), [])
    assert.deepEqual(reuseportLocality.evaluate(twoReactors(['1', '0'], STEER.STEERING_EBPF)), [])
    const unknown = listenersSession([{fd: 3, index: 0, accepts: [{tid: 101, calls: 1}]}], {threads: [{tid: 101, name: 'r'}]})
    assert.equal(listenerGroups(unknown)[0].sockets[0].locality, 'unknown')
    assert.deepEqual(reuseportLocality.evaluate(unknown), [])
  })

  it('appears in diagnose() (unpinned threads are the other rule\'s business)', () => {
    assert.deepEqual(diagnose(twoReactors(['1', '0'])).map((f) => f.rule).filter((r) => r === 'reuseport-locality' || r === 'steering-without-pinning'), ['reuseport-locality'])
  })
})

describe('steering-without-pinning', () => {
  it('fires when CPU steering is on but serving threads may run anywhere', () => {
    const [f, ...rest] = steeringWithoutPinning.evaluate(twoReactors(['0-1', '0-1']))
    assert.equal(rest.length, 0)
    assert.equal(f.rule, 'steering-without-pinning')
    assert.equal(f.severity, 'warning')
    assert.deepEqual(f.metrics, {port: 8080, protocol: 'tcp', groupSize: 2, sockets: 2, unpinned: 2, unpinnedIndexes: '0,1'})
    assert.deepEqual(f.evidence.slice(1), [
      'index 0 (fd 3) → reactor-0 (tid 101, accepted 5) → allowed CPUs 0-1: NOT PINNED',
      'index 1 (fd 4) → reactor-1 (tid 102, accepted 5) → allowed CPUs 0-1: NOT PINNED',
    ])
    assert.match(f.fix, /taskset -pc 0 101; taskset -pc 1 102/)
    assert.deepEqual(reuseportLocality.evaluate(twoReactors(['0-1', '0-1'])), [])
  })

  it('does not fire for pinned threads, without steering, or for a mismatch (the locality rule reports that)', () => {
    assert.deepEqual(steeringWithoutPinning.evaluate(twoReactors(['0', '1'])), [])
    assert.deepEqual(steeringWithoutPinning.evaluate(twoReactors(['0-1', '0-1'], STEER.STEERING_NONE)), [])
    assert.deepEqual(steeringWithoutPinning.evaluate(twoReactors(['1', '0'])), [])
  })

  it('counts only the loose indexes of a half-pinned group', () => {
    const [f] = steeringWithoutPinning.evaluate(twoReactors(['0', '0-1']))
    assert.equal(f.metrics.unpinnedIndexes, '1')
  })
})
