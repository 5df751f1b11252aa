import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import Long from 'long'
import {BYTES_SLOTS, EVENTS_SLOTS, TIMEOUT_CLASSES, decodeEventloop} from '../../src/decode/eventloop.js'
import {FrameReader} from '../../src/collector/frame-reader.js'
import {Session} from '../../src/model/session.js'
import type {stackprof} from '../../src/proto/stackprof.pb.js'
import {encodeFrame, eventloopHello, eventloopSnapshot, hello, snapshot, u64} from './fixtures.js'

/** 2^53 + 1: a double would round it to 2^53. */
const BIG = 9007199254740993n
const MAX = 2n ** 64n - 1n

/** Through the wire: encoded and decoded as the loader's frames are. */
function wire(pb: stackprof.v1.ISnapshot): stackprof.v1.ISnapshot {
  const [frame] = new FrameReader().push(encodeFrame({snapshot: pb}))
  return frame.snapshot ?? {}
}

// Written field by field, not with the eventloopSnapshot builder, so that the
// order of the timeouts array and the enum numbers are checked against the proto.
const pb: stackprof.v1.ISnapshot = {
  monotonicNs: u64(1),
  epolls: [{
    tid: 101, epfd: 7, nr: 281, calls: u64(BIG), errors: u64(2), events: u64(3000), empty: u64(400),
    timeouts: [1, 2, 3, 4, 5, 6, 7].map(u64),
    zeroEmpty: u64(50), zeroEmptyThenWait: u64(40), totalNs: u64(MAX), offcpuNs: u64(123_456_789),
    eventsLog2: [u64(400), u64(0), u64(9), u64(MAX - 1n)],
  }, {
    // Negative epfd (int32) survives; a histogram longer than EVENTS_SLOTS is cut.
    tid: 102, epfd: -1, nr: 232, calls: u64(1), timeouts: Array.from({length: 9}, (_, i) => u64(i + 10)),
    eventsLog2: Array.from({length: EVENTS_SLOTS + 3}, (_, i) => u64(i + 1)),
  }],
  fdIo: [
    {tid: 101, nr: 0, fdKind: 1, calls: u64(BIG), errors: u64(3), eagain: u64(2), bytes: u64(MAX), sizeLog2: [u64(1), u64(0), u64(5)]},
    {tid: 101, nr: 1, fdKind: 0, calls: u64(1)},
    {tid: 101, nr: 19, fdKind: 2, calls: u64(1)},
    {tid: 101, nr: 20, fdKind: 3, calls: u64(1)},
    // An enum value from a newer loader.
    {tid: 101, nr: 44, fdKind: 9 as stackprof.v1.FdKind, calls: u64(1)},
    {tid: 101, nr: 45, calls: u64(1)},
  ],
  sockopts: [
    {optname: 46, value: 50, valueReadable: true, calls: u64(BIG), failed: u64(1), lastTid: 101},
    {optname: 69, value: 1, valueReadable: false, calls: u64(2), failed: u64(0), lastTid: 102},
    {optname: 70, value: 0, valueReadable: true, calls: u64(1)},
    {optname: 46, value: -5, valueReadable: true, calls: u64(1)},
  ],
  epollParams: [
    {epfd: 7, busyPollUsecs: 64, busyPollBudget: 16, preferBusyPoll: true, accepted: true, calls: u64(3), failed: u64(1), lastTid: 101},
    {epfd: 8, calls: u64(BIG), failed: u64(BIG)},
  ],
  napiPolls: [
    {tid: 101, budget: 8, device: Buffer.from('eth0'), polls: u64(BIG), work: u64(77)},
    {tid: 102, budget: 64, device: Buffer.from('ev\x1b[2Jil\n\x7f\u0085x'), polls: u64(1)},
    {tid: 103, budget: 64, polls: u64(1)},
  ],
  sockets: [
    {family: 10, type: 1, protocol: 6, listening: true, localPort: 8080, reuseport: true, busyPollUsecs: 50,
      preferBusyPoll: true, busyPollBudget: 16, napiId: 8193, count: u64(BIG), exampleFds: [3, 4, -1]},
    {family: 1},
  ],
  epollInstances: [
    {fd: 7, napiId: 8193, paramsKnown: true, busyPollUsecs: 64, busyPollBudget: 16, preferBusyPoll: true},
    {fd: 9},
  ],
  eventloopCounters: {epollMapFull: u64(1), fdIoMapFull: u64(2), sockoptMapFull: u64(3), napiMapFull: u64(4), stateStoreFailed: u64(5), iteratorFailed: u64(BIG)},
}
const el = decodeEventloop(wire(pb))

describe('decodeEventloop', () => {
  it('has the histogram sizes and timeout classes of probes/eventloop.h', () => {
    assert.equal(EVENTS_SLOTS, 16)
    assert.equal(BYTES_SLOTS, 32)
    assert.deepEqual([...TIMEOUT_CLASSES], ['block', 'zero', 'under100us', 'under1ms', 'under10ms', 'longer', 'unreadable'])
  })

  it('decodes every field of an EpollStat, u64 exact above 2^53', () => {
    const [e] = el.epolls
    assert.deepEqual(e, {
      tid: 101, epfd: 7, nr: 281, calls: BIG, errors: 2n, events: 3000n, empty: 400n,
      timeouts: {block: 1n, zero: 2n, under100us: 3n, under1ms: 4n, under10ms: 5n, longer: 6n, unreadable: 7n},
      zeroEmpty: 50n, zeroEmptyThenWait: 40n, totalNs: MAX, offcpuNs: 123_456_789n,
      eventsLog2: [400n, 0n, 9n, MAX - 1n, ...Array(EVENTS_SLOTS - 4).fill(0n)],
    })
    assert.equal(typeof e.calls, 'bigint')
  })

  it('maps the timeouts array to the seven classes in order, ignoring extra slots', () => {
    assert.deepEqual(Object.keys(el.epolls[1].timeouts), [...TIMEOUT_CLASSES])
    assert.deepEqual(Object.values(el.epolls[1].timeouts), [10n, 11n, 12n, 13n, 14n, 15n, 16n])
    assert.equal(el.epolls[1].epfd, -1)
  })

  it('cuts or pads the events histogram to EVENTS_SLOTS', () => {
    assert.equal(el.epolls[0].eventsLog2.length, EVENTS_SLOTS)
    assert.deepEqual(el.epolls[1].eventsLog2, Array.from({length: EVENTS_SLOTS}, (_, i) => BigInt(i + 1)))
  })

  it('decodes every field of an FdIoStat, the size histogram padded to BYTES_SLOTS', () => {
    assert.deepEqual(el.fdIo[0], {
      tid: 101, nr: 0, fdKind: 'inet-socket', calls: BIG, errors: 3n, eagain: 2n, bytes: MAX,
      sizeLog2: [1n, 0n, 5n, ...Array(BYTES_SLOTS - 3).fill(0n)],
    })
    for (const f of el.fdIo) assert.equal(f.sizeLog2.length, BYTES_SLOTS)
  })

  it('maps the FdKind enum: 0 other, 1 inet-socket, 2 other-socket, 3 unknown; missing is other, out of range unknown', () => {
    assert.deepEqual(el.fdIo.map((f) => [f.nr, f.fdKind]), [
      [0, 'inet-socket'], [1, 'other'], [19, 'other-socket'], [20, 'unknown'], [44, 'unknown'], [45, 'other'],
    ])
  })

  it('decodes setsockopt stats; an unreadable value is null, a readable 0 or negative is kept', () => {
    assert.deepEqual(el.sockopts, [
      {optname: 46, value: 50, calls: BIG, failed: 1n, lastTid: 101},
      {optname: 69, value: null, calls: 2n, failed: 0n, lastTid: 102},
      {optname: 70, value: 0, calls: 1n, failed: 0n, lastTid: 0},
      {optname: 46, value: -5, calls: 1n, failed: 0n, lastTid: 0},
    ])
  })

  it('decodes EPIOCSPARAMS stats, refused ones with zeros and false', () => {
    assert.deepEqual(el.epollParams, [
      {epfd: 7, busyPollUsecs: 64, busyPollBudget: 16, preferBusyPoll: true, accepted: true, calls: 3n, failed: 1n, lastTid: 101},
      {epfd: 8, busyPollUsecs: 0, busyPollBudget: 0, preferBusyPoll: false, accepted: false, calls: BIG, failed: BIG, lastTid: 0},
    ])
  })

  it('decodes napi_poll stats; device names are untrusted text with control characters replaced', () => {
    assert.deepEqual(el.napiPolls, [
      {tid: 101, budget: 8, device: 'eth0', polls: BIG, work: 77n},
      {tid: 102, budget: 64, device: 'ev?[2Jil???x', polls: 1n, work: 0n},
      {tid: 103, budget: 64, device: '', polls: 1n, work: 0n},
    ])
  })

  it('decodes socket groups, example fds included', () => {
    assert.deepEqual(el.sockets, [
      {family: 10, type: 1, protocol: 6, listening: true, localPort: 8080, reuseport: true, busyPollUsecs: 50,
        preferBusyPoll: true, busyPollBudget: 16, napiId: 8193, count: BIG, exampleFds: [3, 4, -1]},
      {family: 1, type: 0, protocol: 0, listening: false, localPort: 0, reuseport: false, busyPollUsecs: 0,
        preferBusyPoll: false, busyPollBudget: 0, napiId: 0, count: 0n, exampleFds: []},
    ])
  })

  it('decodes epoll instances', () => {
    assert.deepEqual(el.epollInstances, [
      {fd: 7, napiId: 8193, paramsKnown: true, busyPollUsecs: 64, busyPollBudget: 16, preferBusyPoll: true},
      {fd: 9, napiId: 0, paramsKnown: false, busyPollUsecs: 0, busyPollBudget: 0, preferBusyPoll: false},
    ])
  })

  it('decodes the counters', () => {
    assert.deepEqual(el.counters, {epollMapFull: 1n, fdIoMapFull: 2n, sockoptMapFull: 3n, napiMapFull: 4n, stateStoreFailed: 5n, iteratorFailed: BIG})
  })

  it('gives zeros and empty lists for a snapshot without eventloop fields', () => {
    assert.deepEqual(decodeEventloop({}), {
      epolls: [], fdIo: [], sockopts: [], epollParams: [], napiPolls: [], sockets: [], epollInstances: [],
      counters: {epollMapFull: 0n, fdIoMapFull: 0n, sockoptMapFull: 0n, napiMapFull: 0n, stateStoreFailed: 0n, iteratorFailed: 0n},
    })
  })

  it('gives zeros for an entry with every field missing', () => {
    const empty = decodeEventloop(wire({epolls: [{}], fdIo: [{}], sockopts: [{}], napiPolls: [{}]}))
    assert.deepEqual(empty.epolls, [{
      tid: 0, epfd: 0, nr: 0, calls: 0n, errors: 0n, events: 0n, empty: 0n,
      timeouts: {block: 0n, zero: 0n, under100us: 0n, under1ms: 0n, under10ms: 0n, longer: 0n, unreadable: 0n},
      zeroEmpty: 0n, zeroEmptyThenWait: 0n, totalNs: 0n, offcpuNs: 0n, eventsLog2: Array(EVENTS_SLOTS).fill(0n),
    }])
    assert.deepEqual(empty.fdIo, [{tid: 0, nr: 0, fdKind: 'other', calls: 0n, errors: 0n, eagain: 0n, bytes: 0n, sizeLog2: Array(BYTES_SLOTS).fill(0n)}])
    // proto3 does not send a false value_readable: a missing one means unreadable.
    assert.deepEqual(empty.sockopts, [{optname: 0, value: null, calls: 0n, failed: 0n, lastTid: 0}])
    assert.deepEqual(empty.napiPolls, [{tid: 0, budget: 0, device: '', polls: 0n, work: 0n}])
  })

  it('takes uint64 fields as plain numbers too (protobufjs gives small ones so)', () => {
    const small = decodeEventloop({epolls: [{tid: 1, calls: 5 as unknown as Long, timeouts: [0, 5] as unknown as Long[]}]})
    assert.equal(small.epolls[0].calls, 5n)
    assert.equal(small.epolls[0].timeouts.zero, 5n)
  })

  it('agrees with the eventloopSnapshot fixture builder', () => {
    const built = decodeEventloop(wire(eventloopSnapshot({
      epolls: [{tid: 1, calls: 10, timeouts: {zero: 7, under1ms: 3}}],
      fdIo: [{tid: 1, nr: 0, calls: 4, fdKind: 'other-socket'}],
      sockopts: [{optname: 46, value: null}, {optname: 46, value: 0}],
    })))
    assert.deepEqual(Object.values(built.epolls[0].timeouts), [0n, 7n, 0n, 3n, 0n, 0n, 0n])
    assert.equal(built.epolls[0].epfd, 5)
    assert.equal(built.epolls[0].nr, 232)
    assert.equal(built.fdIo[0].fdKind, 'other-socket')
    assert.deepEqual(built.sockopts.map((s) => s.value), [null, 0])
  })
})

describe('Session and the eventloop probe', () => {
  const spec = {epolls: [{tid: 1, calls: 10}]}

  it('decodes the eventloop part when the hello says the probe is attached', () => {
    const session = new Session(eventloopHello())
    session.apply(snapshot({at: 1, stats: [], eventloop: spec}))
    assert.equal(session.eventloop?.epolls.length, 1)
    assert.equal(session.eventloop?.epolls[0].calls, 10n)
  })

  it('leaves eventloop undefined without an attached eventloop probe, whatever the snapshot carries', () => {
    const noProbe = new Session(hello())
    noProbe.apply(snapshot({at: 1, stats: [], eventloop: spec}))
    assert.equal(noProbe.eventloop, undefined)

    const failed = new Session(hello({probes: [
      {name: 'syscalls', attached: true, variant: 'tp_btf', error: ''},
      {name: 'eventloop', attached: false, variant: '', error: 'feature-missing'},
    ]}))
    failed.apply(snapshot({at: 1, stats: [], eventloop: spec}))
    assert.equal(failed.eventloop, undefined)
  })

  it('replaces the eventloop totals with each snapshot (they are cumulative)', () => {
    const session = new Session(eventloopHello())
    session.apply(snapshot({at: 1, stats: [], eventloop: spec}))
    session.apply(snapshot({at: 2, stats: [], eventloop: {epolls: [{tid: 1, calls: 25}]}}))
    assert.deepEqual(session.eventloop?.epolls.map((e) => e.calls), [25n])
  })

  describe('the socket and epoll listing of an exited target', () => {
    const listed: stackprof.v1.ISnapshot = {epolls: [{tid: 1, calls: u64(10)}], sockets: [{family: 2, count: u64(3)}], epollInstances: [{fd: 7, busyPollUsecs: 50}]}
    function after(second: stackprof.v1.ISnapshot): Session {
      const session = new Session(eventloopHello())
      session.apply({...snapshot({at: 1, stats: []}), ...listed})
      session.apply(second)
      return session
    }

    it('keeps the last listing when the target is gone and the new one is empty', () => {
      const s = after({...snapshot({at: 2, stats: [], alive: false}), epolls: [{tid: 1, calls: u64(30)}]})
      assert.deepEqual(s.eventloop?.sockets.map((g) => g.count), [3n])
      assert.deepEqual(s.eventloop?.epollInstances.map((e) => [e.fd, e.busyPollUsecs]), [[7, 50]])
      // The counts are the new ones.
      assert.deepEqual(s.eventloop?.epolls.map((e) => e.calls), [30n])
    })

    it('takes an empty listing of a live target as it is', () => {
      const s = after(snapshot({at: 2, stats: [], alive: true}))
      assert.deepEqual(s.eventloop?.sockets, [])
      assert.deepEqual(s.eventloop?.epollInstances, [])
    })

    it('takes a non-empty listing of an exited target as it is', () => {
      const s = after({...snapshot({at: 2, stats: [], alive: false}), epollInstances: [{fd: 9}]})
      assert.deepEqual(s.eventloop?.sockets, [])
      assert.deepEqual(s.eventloop?.epollInstances.map((e) => e.fd), [9])
    })
  })
})

describe('Session.onCpuShare', () => {
  const at = (seconds: number, oncpuNs: number | undefined, opts: {exited?: boolean} = {}) =>
    snapshot({at: seconds, stats: [], threads: [{tid: 7, name: 'loop', oncpuNs, exited: opts.exited}]})

  function share(...snaps: stackprof.v1.ISnapshot[]): number | null {
    const session = new Session(eventloopHello())
    for (const s of snaps) session.apply(s)
    return session.onCpuShare(7)
  }

  it('is CPU time over wall time between the first and the latest snapshot', () => {
    // 1.5 s of CPU in 2 s of wall time.
    assert.equal(share(at(1, 5e8), at(3, 2e9)), 0.75)
    // Measured from the first snapshot that saw the thread, not from attach.
    assert.equal(share(at(1, 0), at(2, 5e8), at(5, 2e9)), 0.5)
  })

  it('reads decoded oncpu_ns as CPU time, null when oncpu_known is false', () => {
    const session = new Session(eventloopHello())
    session.apply(at(1, 1e9))
    assert.equal(session.latest?.threads[0].oncpuNs, 1_000_000_000n)
    session.apply(snapshot({at: 2, stats: [], threads: [{tid: 7, name: 'loop'}]}))
    assert.equal(session.latest?.threads[0].oncpuNs, null)
    assert.equal(session.onCpuShare(7), null)
  })

  it('is capped at 1', () => {
    assert.equal(share(at(1, 0), at(2, 3e9)), 1)
  })

  it('is null with under 0.5 s between the snapshots, and from a single snapshot', () => {
    assert.equal(share(at(1, 0), at(1.499, 4e8)), null)
    assert.equal(share(at(1, 0), at(1.5, 4e8)), 0.8)
    assert.equal(share(at(1, 0)), null)
  })

  it('is null when the CPU time is unknown, for an exited thread, and for a thread never seen', () => {
    assert.equal(share(at(1, undefined), at(3, undefined)), null)
    assert.equal(share(at(1, 0), at(3, 1e9, {exited: true})), null)
    const session = new Session(eventloopHello())
    session.apply(at(1, 0))
    session.apply(at(3, 1e9))
    assert.equal(session.onCpuShare(8), null)
  })

  it('starts counting at the first snapshot where the CPU time was known', () => {
    assert.equal(share(at(1, undefined), at(2, 1e9), at(4, 2e9)), 0.5)
  })
})
