import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {decodeListeners, formatAddress} from '../../src/decode/listeners.js'
import {FrameReader} from '../../src/collector/frame-reader.js'
import {Session} from '../../src/model/session.js'
import type {stackprof} from '../../src/proto/stackprof.pb.js'
import {encodeFrame, hello, u64} from './fixtures.js'
import {listenersHello, listenersSnapshot, STEER} from './listeners-fixtures.js'

/** 2^53 + 1: a double would round it to 2^53. */
const BIG = 9007199254740993n

/** Through the wire: encoded and decoded as the loader's frames are. */
function wire(pb: stackprof.v1.ISnapshot): stackprof.v1.ISnapshot {
  const [frame] = new FrameReader().push(encodeFrame({snapshot: pb}))
  return frame.snapshot ?? {}
}

// Written field by field, not with the fixture builder, so the field and enum numbers are checked against the proto.
const pb: stackprof.v1.ISnapshot = {
  monotonicNs: u64(1),
  listeners: [{
    fd: 3, inode: u64(BIG), family: 2, protocol: 6, sockType: 1, localPort: 8080, localAddr: Uint8Array.from([127, 0, 0, 1]),
    reuseport: true, groupId: 1, groupSize: 4, groupIndex: 0, steering: 1, steeringInsns: 2, incomingCpu: -1, busyPollUsecs: 50,
    listenSeen: true, listenTid: 101, listenCpu: 0, listenOrder: 1, listenMonotonicNs: u64(1_000_000_000_123n),
    accepts: [{tid: 101, calls: u64(7), accepted: u64(6)}, {tid: 109, calls: u64(BIG), accepted: u64(0)}],
  }, {
    // eBPF steering, an SO_INCOMING_CPU, a name with a control character; no listen() seen.
    fd: 9, inode: u64(77), family: 10, protocol: 6, sockType: 1, localPort: 443, localAddr: new Uint8Array(16),
    reuseport: true, groupId: 2, groupSize: 2, groupIndex: 1, steering: 3, steeringProgId: 42, steeringProgName: 'pick\ncpu',
    incomingCpu: 3, listenSeen: false, listenTid: 5,
  }, {
    // UDP in no group (index -1), and a steering value from a newer loader.
    fd: 12, inode: u64(78), family: 2, protocol: 17, sockType: 2, localPort: 53, localAddr: Uint8Array.from([0, 0, 0, 0]),
    reuseport: false, groupId: 0, groupSize: 0, groupIndex: -1, steering: 9 as stackprof.v1.Steering, incomingCpu: -1,
  }],
  listenersCounters: {eventMapFull: u64(3), iteratorFailed: u64(BIG), groupScanTruncated: u64(1)},
}

describe('decodeListeners', () => {
  const snap = decodeListeners(wire(pb))

  it('keeps every field of a steered TCP listener, 64-bit values exact, index 0 included', () => {
    assert.deepEqual(snap.listeners[0], {
      fd: 3, inode: BIG, family: 2, protocol: 6, sockType: 1, localPort: 8080, localAddr: '127.0.0.1', reuseport: true,
      groupId: 1, groupSize: 4, groupIndex: 0, steering: 'cbpf-cpu', steeringProgId: 0, steeringProgName: '', steeringInsns: 2,
      incomingCpu: null, busyPollUsecs: 50,
      listen: {tid: 101, cpu: 0, order: 1, monotonicNs: 1_000_000_000_123n},
      accepts: [{tid: 101, calls: 7n, accepted: 6n}, {tid: 109, calls: BIG, accepted: 0n}],
    })
  })

  it('eBPF steering keeps id and name (control characters replaced); no listen() seen means null, whatever the other fields say', () => {
    const l = snap.listeners[1]
    assert.equal(l.localAddr, '::')
    assert.equal(l.steering, 'ebpf')
    assert.equal(l.steeringProgId, 42)
    assert.equal(l.steeringProgName, 'pick?cpu')
    assert.equal(l.incomingCpu, 3)
    assert.equal(l.groupIndex, 1)
    assert.equal(l.listen, null)
    assert.deepEqual(l.accepts, [])
  })

  it('a socket in no group has no index and no group id; an unknown steering value reads as none', () => {
    const l = snap.listeners[2]
    assert.equal(l.protocol, 17)
    assert.equal(l.groupIndex, null)
    assert.equal(l.groupId, 0)
    assert.equal(l.steering, 'none')
    assert.equal(l.localAddr, '0.0.0.0')
  })

  it('counters', () => {
    assert.deepEqual(snap.counters, {eventMapFull: 3n, iteratorFailed: BIG, groupScanTruncated: 1n})
  })

  it('an empty snapshot (probe attached, nothing listening) decodes to empty lists and zero counters', () => {
    assert.deepEqual(decodeListeners({}), {listeners: [], counters: {eventMapFull: 0n, iteratorFailed: 0n, groupScanTruncated: 0n}})
  })

  it('a group with a socket whose index was not found (-1) keeps the group but no index', () => {
    const [l] = decodeListeners(wire({listeners: [{fd: 3, groupId: 5, groupSize: 300, groupIndex: -1}]})).listeners
    assert.equal(l.groupId, 5)
    assert.equal(l.groupIndex, null)
  })
})

describe('formatAddress', () => {
  it('IPv4, IPv6 with the longest zero run compressed, v4-mapped, and garbage', () => {
    assert.equal(formatAddress(Uint8Array.from([10, 1, 2, 3])), '10.1.2.3')
    assert.equal(formatAddress(Uint8Array.from([...Array(15).fill(0), 1])), '::1')
    assert.equal(formatAddress(Uint8Array.from([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1])), '2001:db8::1:0:0:1')
    assert.equal(formatAddress(Uint8Array.from([0xfe, 0x80, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7])), 'fe80:1:2:3:4:5:6:7')
    assert.equal(formatAddress(Uint8Array.from([...Array(10).fill(0), 0xff, 0xff, 192, 168, 0, 1])), '::ffff:192.168.0.1')
    assert.equal(formatAddress(Uint8Array.from([1, 2, 3])), '?')
    assert.equal(formatAddress(undefined), '?')
  })
})

describe('Session and the listeners probe', () => {
  it('decodes the listing only when the probe attached', () => {
    const without = new Session(hello())
    without.apply(listenersSnapshot([{fd: 3, index: 0}]))
    assert.equal(without.listeners, undefined)
    const failed = new Session(listenersHello({probes: [{name: 'listeners', attached: false, error: 'no BTF'}]}))
    failed.apply(listenersSnapshot([{fd: 3, index: 0}]))
    assert.equal(failed.listeners, undefined)
  })

  it('keeps the last listing after the target exits (an exited process has no sockets to list), with the final counters', () => {
    const session = new Session(listenersHello())
    session.apply(listenersSnapshot([{fd: 3, index: 0}, {fd: 4, index: 1, steering: STEER.STEERING_NONE}], {}, 1))
    session.finish(listenersSnapshot([], {alive: false, counters: {eventMapFull: 2}}, 2), 'target-exited')
    assert.deepEqual(session.listeners!.listeners.map((l) => l.fd), [3, 4])
    assert.equal(session.listeners!.counters.eventMapFull, 2n)
  })

  it('a live target that closed its listeners shows none', () => {
    const session = new Session(listenersHello())
    session.apply(listenersSnapshot([{fd: 3, index: 0}], {}, 1))
    session.apply(listenersSnapshot([], {}, 2))
    assert.deepEqual(session.listeners!.listeners, [])
  })
})
