import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {DEFAULT_BUSY_POLL_BUDGET, SO_BUSY_POLL, SO_BUSY_POLL_BUDGET, SO_PREFER_BUSY_POLL, busyPoll, loopThreads, socketIo} from '../../src/model/eventloop.js'
import {Session} from '../../src/model/session.js'
import {diagnose} from '../../src/diagnose/engine.js'
import {MIN_EPOLL_CALLS, MIN_ZERO_TIMEOUT_SHARE, zeroTimeoutEpoll} from '../../src/diagnose/rules/zero-timeout-epoll.js'
import {MIN_SPINNING_PER_SECOND, MIN_ZERO_TIMEOUT_SHARE as SPINNING_MIN_ZERO_TIMEOUT_SHARE, epollSpinning} from '../../src/diagnose/rules/epoll-spinning.js'
import {busyPollNotRunning} from '../../src/diagnose/rules/busy-poll-not-running.js'
import {preferBusyPollWithoutDeferral} from '../../src/diagnose/rules/prefer-busy-poll-without-deferral.js'
import {MIN_READ_SHARE, MIN_SOCKET_CALLS, readWriteOnSockets} from '../../src/diagnose/rules/read-write-on-sockets.js'
import {
  NR, eventloopSession, hello, netDevice, netKnobs, snapshot,
  type EpollSpec, type EventloopSessionOptions, type EventloopSpec,
} from './fixtures.js'

const threads = [{tid: 200, name: 'reactor'}, {tid: 201, name: 'worker'}, {tid: 300, name: 'node'}]
/** Two seconds of `spec`, named threads, untuned host unless told. */
const session = (spec: EventloopSpec, options: EventloopSessionOptions = {}) => eventloopSession(spec, {threads, ...options})
/** Knobs with net.core.busy_poll set, BusyPollRxPackets unchanged (100 -> 100). */
const tuned = (busyPollUs = 50): EventloopSessionOptions => ({
  knobsAtStart: netKnobs({busyPollUs, busyPollRxPackets: 100n}),
  knobsLatest: netKnobs({busyPollUs, busyPollRxPackets: 100n}),
})

/** A loop that polls with timeout 0 and finds nothing: the spinning reactor. */
function spinner(calls: number, extra: Partial<EpollSpec> = {}): EpollSpec {
  return {tid: 200, calls, timeouts: {zero: calls}, empty: calls, zeroEmpty: calls, zeroEmptyThenWait: 0, ...extra}
}

/** libuv with UV_METRICS_IDLE_TIME (Node.js): each idle turn is epoll_pwait(0) -> 0, then epoll_pwait(real timeout). */
function libuvLoop(tid: number, turns: number, extra: Partial<EpollSpec> = {}): EpollSpec {
  return {
    tid, nr: NR.epoll_pwait, epfd: 13, calls: 2 * turns,
    timeouts: {zero: turns, block: turns / 2, under10ms: turns / 2},
    empty: turns, events: turns, zeroEmpty: turns, zeroEmptyThenWait: turns,
    totalNs: 2 * turns * 100_000, offcpuNs: 2 * turns * 90_000, ...extra,
  }
}

describe('loopThreads', () => {
  const s = session({epolls: [
    {tid: 200, epfd: 5, nr: NR.epoll_wait, calls: 3000, timeouts: {zero: 2900, block: 100}, empty: 2500, events: 1000,
      zeroEmpty: 2400, zeroEmptyThenWait: 400, totalNs: 1e9, offcpuNs: 2e8},
    {tid: 200, epfd: 6, nr: NR.epoll_pwait, calls: 1000, timeouts: {zero: 1000}, empty: 1000, events: 0,
      zeroEmpty: 1000, zeroEmptyThenWait: 0, totalNs: 1e9, offcpuNs: 3e8},
    {tid: 201, epfd: 5, nr: NR.epoll_wait, calls: 500, timeouts: {block: 400, under1ms: 100}, empty: 0, events: 1500, totalNs: 4e9, offcpuNs: 4e9},
  ]}, {onCpu: {200: 0.9}})
  const [reactor, worker] = loopThreads(s)

  it('gives one view per thread, busiest first', () => {
    assert.deepEqual(loopThreads(s).map((t) => [t.tid, t.name]), [[200, 'reactor'], [201, 'worker']])
  })

  it('adds up all epoll fds and syscalls of a thread', () => {
    assert.equal(reactor.calls, 4000n)
    assert.deepEqual(reactor.timeouts, {block: 100n, zero: 3900n, under100us: 0n, under1ms: 0n, under10ms: 0n, longer: 0n, unreadable: 0n})
    assert.equal(reactor.empty, 3500n)
    assert.equal(reactor.zeroEmpty, 3400n)
    assert.equal(reactor.zeroEmptyThenWait, 400n)
    assert.equal(reactor.insideNs, 2_000_000_000n)
  })

  it('derives the shares and rates over the elapsed time', () => {
    assert.equal(reactor.callsPerSecond, 2000)
    assert.equal(reactor.zeroTimeoutShare, 3900 / 4000)
    assert.equal(reactor.emptyShare, 3500 / 4000)
    assert.equal(reactor.eventsPerCall, 0.25)
    assert.equal(worker.eventsPerCall, 3)
  })

  it('counts as spinning the zero-timeout empty calls not followed by a wait', () => {
    assert.equal(reactor.spinningCalls, 3000n)
    assert.equal(reactor.spinningPerSecond, 1500)
    assert.equal(worker.spinningCalls, 0n)
  })

  it('takes the blocked share as off-CPU time over time inside epoll', () => {
    assert.equal(reactor.blockedShare, 0.25)
    assert.equal(worker.blockedShare, 1)
  })

  it('passes the on-CPU share through from the session', () => {
    assert.equal(reactor.onCpuShare, 0.9)
    assert.equal(worker.onCpuShare, null)
  })

  it('keeps each epoll fd as a row, busiest first, with its syscall name and rate', () => {
    assert.deepEqual(reactor.epolls.map((e) => [e.epfd, e.syscall, e.calls, e.callsPerSecond]), [[5, 'epoll_wait', 3000n, 1500], [6, 'epoll_pwait', 1000n, 500]])
    assert.deepEqual(worker.epolls.map((e) => [e.epfd, e.events, e.offcpuNs]), [[5, 1500n, 4_000_000_000n]])
  })

  it('does not change the decoded timeouts while adding them up', () => {
    assert.equal(s.eventloop?.epolls[0].timeouts.zero, 2900n)
    assert.equal(loopThreads(s)[0].timeouts.zero, 3900n)
  })

  it('marks the libuv pattern when at least 90% of empty zero-timeout calls were followed by a wait', () => {
    const libuv = (zeroEmpty: number, thenWait: number) =>
      loopThreads(session({epolls: [{tid: 200, calls: 1000, timeouts: {zero: 500, block: 500}, zeroEmpty, zeroEmptyThenWait: thenWait}]}))[0]
    assert.equal(libuv(100, 90).libuvPattern, true)
    assert.equal(libuv(100, 89).libuvPattern, false)
    assert.equal(libuv(100, 100).libuvPattern, true)
    assert.equal(libuv(0, 0).libuvPattern, false)
    assert.equal(libuv(100, 90).spinningCalls, 10n)
  })

  it('never gives negative spinning calls', () => {
    const [t] = loopThreads(session({epolls: [{tid: 200, calls: 10, zeroEmpty: 3, zeroEmptyThenWait: 5}]}))
    assert.equal(t.spinningCalls, 0n)
  })

  it('has no blocked share without time inside epoll, no rates without elapsed time', () => {
    const [t] = loopThreads(session({epolls: [spinner(100)]}, {at: 0}))
    assert.equal(t.blockedShare, null)
    assert.equal(t.callsPerSecond, 0)
    assert.equal(t.spinningPerSecond, 0)
  })

  it('orders threads with equal calls by tid', () => {
    assert.deepEqual(loopThreads(session({epolls: [{tid: 201, calls: 5}, {tid: 200, calls: 5}]})).map((t) => t.tid), [200, 201])
  })

  it('is empty without the eventloop probe', () => {
    const plain = new Session(hello())
    plain.apply(snapshot({at: 1, stats: [], eventloop: {epolls: [spinner(5000)]}}))
    assert.deepEqual(loopThreads(plain), [])
    assert.deepEqual(socketIo(plain), [])
    assert.equal(busyPoll(plain), undefined)
  })
})

describe('socketIo', () => {
  const s = session({fdIo: [
    {tid: 300, nr: NR.read, calls: 600},
    {tid: 300, nr: NR.readv, calls: 100},
    {tid: 300, nr: NR.recvfrom, calls: 200},
    {tid: 300, nr: NR.recvmsg, calls: 50},
    {tid: 300, nr: NR.recvmmsg, calls: 10},
    {tid: 300, nr: NR.write, calls: 300},
    {tid: 300, nr: NR.writev, calls: 20},
    {tid: 300, nr: NR.sendto, calls: 5},
    {tid: 300, nr: NR.sendmsg, calls: 6},
    {tid: 300, nr: NR.sendmmsg, calls: 7},
    // Not on TCP/UDP sockets: out of the sums, still in the rows.
    {tid: 300, nr: NR.read, fdKind: 'other-socket', calls: 1000},
    {tid: 300, nr: NR.read, fdKind: 'other', calls: 5000},
    {tid: 300, nr: NR.write, fdKind: 'unknown', calls: 99},
    {tid: 300, nr: NR.writev, fdKind: 'other', calls: 98},
    {tid: 201, nr: NR.read, calls: 1},
    {tid: 200, nr: NR.read, fdKind: 'other', calls: 1_000_000},
  ]})
  const views = socketIo(s)
  const node = views[0]

  it('splits socket receives into read/readv and the recv family, sends into write/writev and the send family', () => {
    assert.equal(node.tid, 300)
    assert.equal(node.name, 'node')
    assert.equal(node.readOnSockets, 700n)
    assert.equal(node.recvFamily, 260n)
    assert.equal(node.writeOnSockets, 320n)
    assert.equal(node.sendFamily, 18n)
  })

  it('keeps every (syscall, fd kind) as a row, busiest first', () => {
    assert.equal(node.rows.length, 14)
    assert.deepEqual(node.rows.slice(0, 4).map((r) => [r.syscall, r.fdKind, r.calls]), [
      ['read', 'other', 5000n], ['read', 'other-socket', 1000n], ['read', 'inet-socket', 600n], ['write', 'inet-socket', 300n],
    ])
  })

  it('orders threads by socket calls; a thread with only file reads has none and comes last', () => {
    assert.deepEqual(views.map((v) => v.tid), [300, 201, 200])
    assert.deepEqual([views[2].readOnSockets, views[2].recvFamily, views[2].writeOnSockets, views[2].sendFamily], [0n, 0n, 0n, 0n])
  })
})

describe('busyPoll', () => {
  const bp = (spec: EventloopSpec, options: EventloopSessionOptions = {}) => busyPoll(session(spec, options))!

  it('has the kernel constants the tests below rely on', () => {
    assert.deepEqual([DEFAULT_BUSY_POLL_BUDGET, SO_BUSY_POLL, SO_PREFER_BUSY_POLL, SO_BUSY_POLL_BUDGET], [8, 46, 69, 70])
  })

  it('says not configured and not ran on an untuned host', () => {
    const v = bp({epolls: [spinner(5000)]})
    assert.deepEqual(v.configuredBy, [])
    assert.deepEqual(v.preferBusyPollBy, [])
    assert.equal(v.epollBusyPollConfigured, false)
    assert.equal(v.ran, false)
    assert.equal(v.busyPollUs, 0)
    assert.equal(v.busyReadUs, 0)
    assert.equal(v.busyPollRxDelta, 0n)
  })

  it('is configured by the sysctls; only busy_poll reaches epoll', () => {
    const poll = bp({}, {knobsLatest: netKnobs({busyPollUs: 50})})
    assert.deepEqual(poll.configuredBy, ['net.core.busy_poll = 50 µs'])
    assert.equal(poll.epollBusyPollConfigured, true)
    const read = bp({}, {knobsLatest: netKnobs({busyReadUs: 30})})
    assert.deepEqual(read.configuredBy, ['net.core.busy_read = 30 µs'])
    assert.equal(read.epollBusyPollConfigured, false)
  })

  it('reads the latest knobs, or those at start when there is no later read', () => {
    assert.deepEqual(bp({}, {knobsAtStart: netKnobs({busyPollUs: 50}), knobsLatest: netKnobs()}).configuredBy, [])
    const s = session({})
    s.netKnobsAtStart = netKnobs({busyPollUs: 25, busyPollRxPackets: 7n})
    s.netKnobsLatest = undefined
    const v = busyPoll(s)!
    assert.deepEqual(v.configuredBy, ['net.core.busy_poll = 25 µs'])
    assert.equal(v.busyPollRxDelta, 0n)
  })

  it('shows unreadable sysctls as null, not as configured', () => {
    const v = bp({}, {knobsLatest: netKnobs({busyPollUs: null, busyReadUs: null})})
    assert.equal(v.busyPollUs, null)
    assert.equal(v.busyReadUs, null)
    assert.deepEqual(v.configuredBy, [])
  })

  it('is configured by setsockopt only with a positive value and a call that did not fail', () => {
    const v = bp({sockopts: [
      {optname: SO_BUSY_POLL, value: 50, calls: 4, failed: 1},
      {optname: SO_BUSY_POLL, value: 0, calls: 9},
      {optname: SO_BUSY_POLL, value: null, calls: 9},
      {optname: SO_BUSY_POLL, value: 70, calls: 3, failed: 3},
      {optname: SO_BUSY_POLL_BUDGET, value: 16, calls: 2},
      {optname: SO_PREFER_BUSY_POLL, value: 1, calls: 2},
      {optname: SO_PREFER_BUSY_POLL, value: 0, calls: 2},
    ]})
    assert.deepEqual(v.configuredBy, ['setsockopt(SO_BUSY_POLL, 50) × 4'])
    assert.deepEqual(v.preferBusyPollBy, ['setsockopt(SO_PREFER_BUSY_POLL, 1) × 2'])
    // SO_BUSY_POLL acts in recv calls, not in epoll.
    assert.equal(v.epollBusyPollConfigured, false)
    assert.equal(v.sockoptsSeen.length, 7)
  })

  it('is configured by EPIOCSPARAMS only when the kernel accepted it', () => {
    const v = bp({epollParams: [
      {epfd: 7, busyPollUsecs: 100, busyPollBudget: 16, preferBusyPoll: true},
      {epfd: 8, busyPollUsecs: 0, preferBusyPoll: true},
      {epfd: 9, busyPollUsecs: 100, preferBusyPoll: true, accepted: false, calls: 2, failed: 2},
    ]})
    assert.deepEqual(v.configuredBy, ['ioctl(epoll fd 7, EPIOCSPARAMS, busy_poll_usecs 100)'])
    assert.deepEqual(v.preferBusyPollBy, ['ioctl(epoll fd 7, EPIOCSPARAMS, prefer_busy_poll 1)', 'ioctl(epoll fd 8, EPIOCSPARAMS, prefer_busy_poll 1)'])
    assert.equal(v.epollBusyPollConfigured, true)
    assert.equal(bp({epollParams: [{epfd: 9, busyPollUsecs: 100, accepted: false}]}).epollBusyPollConfigured, false)
  })

  it('is configured by epoll parameters set before attach, once per fd', () => {
    const v = bp({
      epollParams: [{epfd: 7, busyPollUsecs: 100, preferBusyPoll: true}, {epfd: 10, busyPollUsecs: 5, accepted: false}],
      epollInstances: [
        {fd: 7, busyPollUsecs: 100, preferBusyPoll: true},
        {fd: 9, busyPollUsecs: 20, preferBusyPoll: true},
        {fd: 10, busyPollUsecs: 30},
        {fd: 11, napiId: 8193},
      ],
    })
    assert.deepEqual(v.configuredBy, [
      'ioctl(epoll fd 7, EPIOCSPARAMS, busy_poll_usecs 100)',
      'epoll fd 9: busy_poll_usecs 20 (set before attach)',
      'epoll fd 10: busy_poll_usecs 30 (set before attach)',
    ])
    assert.deepEqual(v.preferBusyPollBy, ['ioctl(epoll fd 7, EPIOCSPARAMS, prefer_busy_poll 1)', 'epoll fd 9: prefer_busy_poll (set before attach)'])
    assert.equal(bp({epollInstances: [{fd: 9, busyPollUsecs: 20}]}).epollBusyPollConfigured, true)
  })

  it('is configured by sockets that had SO_BUSY_POLL before attach, unless the setsockopt was seen', () => {
    const sockets = [
      {busyPollUsecs: 50, count: 3}, {busyPollUsecs: 50, count: 2, family: 10}, {busyPollUsecs: 0, count: 9},
      {preferBusyPoll: true, count: 4},
    ]
    const before = bp({sockets})
    assert.deepEqual(before.configuredBy, ['5 socket(s) with SO_BUSY_POLL set before attach'])
    assert.deepEqual(before.preferBusyPollBy, ['4 socket(s) with SO_PREFER_BUSY_POLL set before attach'])
    assert.equal(before.epollBusyPollConfigured, false)
    const seen = bp({sockets, sockopts: [{optname: SO_BUSY_POLL, value: 50, calls: 5}, {optname: SO_PREFER_BUSY_POLL, value: 1, calls: 4}]})
    assert.deepEqual(seen.configuredBy, ['setsockopt(SO_BUSY_POLL, 50) × 5'])
    assert.deepEqual(seen.preferBusyPollBy, ['setsockopt(SO_PREFER_BUSY_POLL, 1) × 4'])
  })

  it('tells busy polls (budget 8) from softirqs that interrupted the thread (budget 64)', () => {
    const v = bp({napiPolls: [{tid: 200, budget: 8, polls: 12}, {tid: 200, budget: 64, polls: 7}, {tid: 201, budget: 16, polls: 3}]})
    assert.deepEqual(v.busyPolls.map((n) => [n.tid, n.budget, n.polls]), [[200, 8, 12n]])
    assert.deepEqual(v.softirqPolls.map((n) => [n.tid, n.budget, n.polls]), [[200, 64, 7n], [201, 16, 3n]])
    assert.equal(v.ran, true)
  })

  it('takes configured budgets as busy-poll budgets too', () => {
    const polls = [{tid: 200, budget: 16, polls: 3}, {tid: 200, budget: 64, polls: 7}]
    const busyOf = (spec: EventloopSpec) => bp({...spec, napiPolls: polls}).busyPolls.map((n) => n.budget)
    assert.deepEqual(busyOf({}), [])
    assert.deepEqual(busyOf({sockopts: [{optname: SO_BUSY_POLL_BUDGET, value: 16}]}), [16])
    assert.deepEqual(busyOf({sockopts: [{optname: SO_BUSY_POLL_BUDGET, value: null}]}), [])
    assert.deepEqual(busyOf({epollParams: [{epfd: 7, busyPollBudget: 16}]}), [16])
    assert.deepEqual(busyOf({epollParams: [{epfd: 7, busyPollBudget: 16, accepted: false}]}), [])
    assert.deepEqual(busyOf({epollInstances: [{fd: 7, busyPollBudget: 16}]}), [16])
    assert.deepEqual(busyOf({sockets: [{busyPollBudget: 16}]}), [16])
  })

  it('did not run with only softirq polls, or busy-poll entries of zero polls', () => {
    assert.equal(bp({napiPolls: [{tid: 200, budget: 64, polls: 500}]}).ran, false)
    assert.equal(bp({napiPolls: [{tid: 200, budget: 8, polls: 0}]}).ran, false)
  })

  it('ran when BusyPollRxPackets grew, whatever the probe saw', () => {
    const v = bp({}, {knobsAtStart: netKnobs({busyPollRxPackets: 100n}), knobsLatest: netKnobs({busyPollRxPackets: 140n})})
    assert.equal(v.busyPollRxDelta, 40n)
    assert.equal(v.ran, true)
  })

  it('has no BusyPollRxPackets delta when a reading is missing or the counter went back', () => {
    const unknown = bp({}, {knobsAtStart: netKnobs({busyPollRxPackets: null}), knobsLatest: netKnobs({busyPollRxPackets: 140n})})
    assert.equal(unknown.busyPollRxDelta, null)
    assert.equal(unknown.ran, false)
    assert.equal(bp({}, {knobsAtStart: netKnobs({busyPollRxPackets: 100n}), knobsLatest: netKnobs({busyPollRxPackets: 99n})}).busyPollRxDelta, null)
    const s = session({})
    s.netKnobsAtStart = undefined
    s.netKnobsLatest = undefined
    const none = busyPoll(s)!
    assert.equal(none.busyPollRxDelta, null)
    assert.equal(none.busyPollUs, null)
    assert.deepEqual(none.devices, [])
    assert.equal(none.devicesAreTargetNetns, null)
  })

  it('takes the devices and the netns verdict from the latest knobs', () => {
    const v = bp({}, {knobsLatest: netKnobs({devices: [netDevice('eth0')], targetNetnsIsOurs: false})})
    assert.deepEqual(v.devices.map((d) => d.name), ['eth0'])
    assert.equal(v.devicesAreTargetNetns, false)
  })
})

describe('zero-timeout-epoll', () => {
  const zero = (spec: EventloopSpec, options: EventloopSessionOptions = tuned()) => zeroTimeoutEpoll.evaluate(session(spec, options))
  /** 1000 calls, `zeros` of them with timeout 0 and empty, the rest blocking. */
  const mix = (zeros: number, calls = 1000): EpollSpec =>
    ({tid: 200, calls, timeouts: {zero: zeros, block: calls - zeros}, empty: zeros, zeroEmpty: zeros})

  it('has the thresholds the tests below rely on', () => {
    assert.equal(MIN_EPOLL_CALLS, 1000)
    assert.equal(MIN_ZERO_TIMEOUT_SHARE, 0.9)
  })

  it('warns about a loop polling with timeout 0 while busy polling is configured', () => {
    const findings = zero({epolls: [{tid: 200, calls: 200_000, timeouts: {zero: 198_000, block: 2000}, empty: 190_000, zeroEmpty: 180_000}]})
    assert.equal(findings.length, 1)
    const [f] = findings
    assert.equal(f.rule, 'zero-timeout-epoll')
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, 'reactor (tid 200) calls epoll_wait with timeout 0: busy polling never runs')
    assert.deepEqual(f.evidence, [
      '99% of 200,000 epoll calls used timeout 0 (100,000 calls/s), 95% returned no events',
      'busy polling is configured: net.core.busy_poll = 50 µs',
      'busy-poll napi_poll runs in this thread: 0; BusyPollRxPackets grew by 0',
    ])
    assert.deepEqual(f.metrics, {tid: 200, calls: 200_000, callsPerSecond: 100_000, zeroTimeoutShare: 0.99, emptyShare: 0.95, busyPolls: 0, busyPollRxDelta: 0})
    assert.deepEqual(f.thread, {tid: 200, name: 'reactor'})
    assert.equal(f.docs, 'docs/findings/zero-timeout-epoll.md')
    assert.match(f.fix, /epoll_pwait2/)
    // net.core.busy_poll makes epoll busy-poll: no extra advice needed.
    assert.doesNotMatch(f.fix, /Also enable busy polling for epoll itself/)
  })

  it('adds that epoll itself needs busy polling when only SO_BUSY_POLL is set', () => {
    const spec = {epolls: [{tid: 200, calls: 200_000, timeouts: {zero: 198_000, block: 2000}, empty: 190_000, zeroEmpty: 180_000}], sockopts: [{optname: SO_BUSY_POLL, value: 50, calls: 4}]}
    const [f] = zeroTimeoutEpoll.evaluate(session(spec, {knobsLatest: netKnobs()}))
    assert.match(f.evidence[1], /setsockopt\(SO_BUSY_POLL, 50\) × 4/)
    assert.match(f.fix, /Also enable busy polling for epoll itself: .* acts only inside recv calls/)
  })

  it('names the busiest syscall, lists every configuring knob, counts the thread\'s own busy polls', () => {
    const [g] = zero({
      epolls: [{...mix(950), nr: NR.epoll_wait}, {...mix(2000, 2000), nr: NR.epoll_pwait2, epfd: 6}],
      sockopts: [{optname: SO_BUSY_POLL, value: 30, calls: 2}],
      napiPolls: [{tid: 200, budget: 8, polls: 5}, {tid: 200, budget: 64, polls: 100}, {tid: 201, budget: 8, polls: 9}],
    }, {knobsAtStart: netKnobs({busyPollUs: 50, busyPollRxPackets: null}), knobsLatest: netKnobs({busyPollUs: 50, busyPollRxPackets: null})})
    assert.equal(g.title, 'reactor (tid 200) calls epoll_pwait2 with timeout 0: busy polling never runs')
    assert.match(g.evidence[0], /^98% of 3,000 epoll calls used timeout 0 \(1,500 calls\/s\), 98% returned no events$/)
    assert.equal(g.evidence[1], 'busy polling is configured: net.core.busy_poll = 50 µs; setsockopt(SO_BUSY_POLL, 30) × 2')
    // Without a BusyPollRxPackets reading, no claim about it.
    assert.equal(g.evidence[2], 'busy-poll napi_poll runs in this thread: 5')
    assert.equal(g.metrics.busyPolls, 5)
    assert.equal(g.metrics.busyPollRxDelta, 'unknown')
  })

  it('says nothing below MIN_EPOLL_CALLS calls', () => {
    assert.deepEqual(zero({epolls: [mix(999, 999)]}), [])
    assert.equal(zero({epolls: [mix(1000, 1000)]}).length, 1)
  })

  it('draws the line at 90% of calls with timeout 0', () => {
    assert.equal(zero({epolls: [mix(900)]}).length, 1)
    assert.deepEqual(zero({epolls: [mix(899)]}), [])
  })

  it('exempts the libuv pattern (Node.js): zero-timeout empty calls followed by a wait', () => {
    // All zero-timeout, and 90% of the empty ones followed by a real wait.
    assert.deepEqual(zero({epolls: [{...mix(1000), zeroEmptyThenWait: 900}]}), [])
    assert.equal(zero({epolls: [{...mix(1000), zeroEmptyThenWait: 899}]}).length, 1)
  })

  it('says nothing when busy polling is not configured', () => {
    const spec = {epolls: [spinner(100_000)]}
    assert.deepEqual(zero(spec, {}), [])
    // The spinning rule speaks instead.
    assert.equal(epollSpinning.evaluate(session(spec)).length, 1)
  })

  it('gives one finding per thread', () => {
    const findings = zero({epolls: [mix(1000, 1000), {...mix(5000, 5000), tid: 201}]})
    assert.deepEqual(findings.map((f) => f.thread?.tid), [201, 200])
  })
})

describe('epoll-spinning', () => {
  const spinning = (spec: EventloopSpec, options: EventloopSessionOptions = {}) => epollSpinning.evaluate(session(spec, options))
  /** 100,000 calls, `zeros` of them with timeout 0 and empty (none followed by a wait), the rest blocking. */
  const mostlyZero = (zeros: number): EpollSpec => spinner(100_000, {timeouts: {zero: zeros, block: 100_000 - zeros}, empty: zeros, zeroEmpty: zeros})

  it('has the thresholds the tests below rely on', () => {
    assert.equal(MIN_SPINNING_PER_SECOND, 10_000)
    assert.equal(SPINNING_MIN_ZERO_TIMEOUT_SHARE, 0.9)
  })

  it('warns about a loop spinning on empty zero-timeout calls with no busy polling configured', () => {
    const findings = spinning({epolls: [spinner(100_000, {totalNs: 5e8, offcpuNs: 0})]}, {onCpu: {200: 0.97}})
    assert.equal(findings.length, 1)
    const [f] = findings
    assert.equal(f.rule, 'epoll-spinning')
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, 'reactor (tid 200) spins: 50,000 empty zero-timeout epoll calls/s')
    assert.deepEqual(f.evidence, [
      '100,000 of 100,000 epoll calls had timeout 0, returned nothing, and were followed by another zero-timeout call; 100% of all its epoll calls used timeout 0',
      'on CPU 97% of the time; blocked 0% of the time inside epoll',
      'no busy polling configured (net.core.busy_poll 0, no SO_BUSY_POLL, no EPIOCSPARAMS)',
    ])
    assert.deepEqual(f.metrics, {tid: 200, spinningCalls: 100_000, spinningPerSecond: 50_000, calls: 100_000, zeroTimeoutShare: 1, onCpuShare: 0.97, blockedShare: 0})
    assert.deepEqual(f.thread, {tid: 200, name: 'reactor'})
    assert.equal(f.docs, 'docs/findings/epoll-spinning.md')
    assert.match(f.fix, /epoll_wait with -1/)
  })

  it('draws the line at 10,000 spinning calls/s', () => {
    assert.equal(spinning({epolls: [spinner(20_000)]}).length, 1)
    assert.deepEqual(spinning({epolls: [spinner(19_999)]}), [])
  })

  it('draws the line at 90% of calls with timeout 0', () => {
    const [f] = spinning({epolls: [mostlyZero(90_000)]})
    assert.match(f.evidence[0], /^90,000 of 100,000 epoll calls .*; 90% of all its epoll calls used timeout 0$/)
    assert.deepEqual(spinning({epolls: [mostlyZero(89_999)]}), [])
  })

  it('counts only empty zero-timeout calls not followed by a wait', () => {
    // 40,000 zero-timeout calls, 30,000 empty, 15,000 of those followed by a wait: 7,500/s spinning.
    assert.deepEqual(spinning({epolls: [spinner(40_000, {zeroEmpty: 30_000, zeroEmptyThenWait: 15_000})]}), [])
    const [f] = spinning({epolls: [spinner(40_000, {zeroEmpty: 30_000, zeroEmptyThenWait: 10_000})]})
    assert.equal(f.title, 'reactor (tid 200) spins: 10,000 empty zero-timeout epoll calls/s')
  })

  it('takes the on-CPU and blocked shares as evidence, not as conditions', () => {
    // An oversubscribed machine gives a spinning thread less than a CPU.
    const [f] = spinning({epolls: [spinner(100_000, {totalNs: 1e9, offcpuNs: 4e8})]}, {onCpu: {200: 0.5}})
    assert.equal(f.evidence[1], 'on CPU 50% of the time; blocked 40% of the time inside epoll')
    assert.equal(f.metrics.onCpuShare, 0.5)
    assert.equal(f.metrics.blockedShare, 0.4)
    const [g] = spinning({epolls: [spinner(100_000)]})
    assert.equal(g.evidence[1], 'on-CPU time unknown')
    assert.equal(g.metrics.onCpuShare, 'unknown')
    assert.equal(g.metrics.blockedShare, 'unknown')
  })

  it('exempts the libuv pattern', () => {
    assert.deepEqual(spinning({epolls: [spinner(1_000_000, {zeroEmptyThenWait: 900_000})]}), [])
    // Just under 90% followed by a wait: 100,001 spinning calls in 2 s.
    assert.equal(spinning({epolls: [spinner(1_000_000, {zeroEmptyThenWait: 899_999})]}).length, 1)
  })

  it('leaves a loop with busy polling configured to zero-timeout-epoll', () => {
    for (const options of [tuned(), {knobsLatest: netKnobs({busyReadUs: 50})}]) {
      assert.deepEqual(spinning({epolls: [spinner(100_000)]}, options), [])
    }
    assert.deepEqual(spinning({epolls: [spinner(100_000)], epollParams: [{epfd: 5, busyPollUsecs: 100}]}), [])
    assert.deepEqual(spinning({epolls: [spinner(100_000)], sockopts: [{optname: SO_BUSY_POLL, value: 50}]}), [])
  })

  it('gives one finding per spinning thread', () => {
    const findings = spinning({epolls: [spinner(100_000), spinner(200_000, {tid: 201}), {tid: 300, calls: 1_000_000}]})
    assert.deepEqual(findings.map((f) => f.thread?.tid), [201, 200])
  })
})

describe('busy-poll-not-running', () => {
  const notRunning = (spec: EventloopSpec, options: EventloopSessionOptions = tuned()) => busyPollNotRunning.evaluate(session(spec, options))
  /** A loop that blocks properly: 50,000 calls, all with timeout -1. */
  const blocking: EpollSpec = {tid: 200, calls: 50_000, events: 60_000}

  it('warns when busy polling is configured, the loop waits properly, and no busy poll ran', () => {
    const findings = notRunning({epolls: [blocking], sockets: [{count: 10, napiId: 0}, {listening: true, localPort: 8080, napiId: 0}]})
    assert.equal(findings.length, 1)
    const [f] = findings
    assert.equal(f.rule, 'busy-poll-not-running')
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, 'Busy polling is configured, but it never ran in the target\'s threads')
    assert.equal(f.evidence[0], 'configured by: net.core.busy_poll = 50 µs')
    assert.equal(f.evidence[1], 'busy-poll napi_poll runs in target threads: 0; BusyPollRxPackets grew by 0')
    // The listening socket is not counted.
    assert.match(f.evidence[2], /^10 connected socket\(s\) have no NAPI id: .*loopback/)
    assert.equal(f.evidence.length, 3)
    assert.deepEqual(f.metrics, {busyPolls: 0, busyPollRxDelta: 0, socketsWithoutNapiId: 10, distinctNapiIds: 0, epollBusyPollConfigured: 'true'})
    assert.equal(f.thread, undefined)
    assert.match(f.fix, /Address the reasons above/)
  })

  it('names several NAPI ids, and epoll not set to busy-poll', () => {
    const [f] = notRunning({
      epolls: [blocking],
      sockopts: [{optname: SO_BUSY_POLL, value: 50, calls: 3}],
      sockets: [{napiId: 8193, count: 2}, {napiId: 8194, family: 10}, {family: 1, napiId: 0, count: 50}],
    }, {})
    assert.deepEqual(f.evidence.slice(0, 2), ['configured by: setsockopt(SO_BUSY_POLL, 50) × 3', 'busy-poll napi_poll runs in target threads: 0; BusyPollRxPackets grew by 0'])
    assert.deepEqual(f.evidence.slice(2), [
      'sockets carry 2 different NAPI ids (8193, 8194): one epoll busy-polls only one of them',
      'epoll itself is not set to busy-poll: SO_BUSY_POLL and busy_read only act in recv calls; epoll needs net.core.busy_poll or EPIOCSPARAMS',
    ])
    assert.equal(f.metrics.socketsWithoutNapiId, 0)
    assert.equal(f.metrics.distinctNapiIds, 2)
  })

  it('gives no reasons, and a generic fix, when none is visible', () => {
    const [f] = notRunning({epolls: [blocking], sockets: [{napiId: 8193, count: 4}]}, {knobsAtStart: netKnobs({busyPollUs: 50, busyPollRxPackets: null}), knobsLatest: netKnobs({busyPollUs: 50, busyPollRxPackets: null})})
    assert.deepEqual(f.evidence, ['configured by: net.core.busy_poll = 50 µs', 'busy-poll napi_poll runs in target threads: 0'])
    assert.equal(f.metrics.busyPollRxDelta, 'unknown')
    assert.match(f.fix, /^Check SO_INCOMING_NAPI_ID/)
  })

  it('says nothing once busy polls were seen, by napi_poll or by BusyPollRxPackets', () => {
    assert.deepEqual(notRunning({epolls: [blocking], napiPolls: [{tid: 200, budget: 8, polls: 3}]}), [])
    assert.deepEqual(notRunning({epolls: [blocking]}, {knobsAtStart: netKnobs({busyPollUs: 50, busyPollRxPackets: 1n}), knobsLatest: netKnobs({busyPollUs: 50, busyPollRxPackets: 2n})}), [])
    // Softirq polls are not busy polls.
    assert.equal(notRunning({epolls: [blocking], napiPolls: [{tid: 200, budget: 64, polls: 3}]}).length, 1)
  })

  it('says nothing when busy polling is not configured', () => {
    assert.deepEqual(notRunning({epolls: [blocking]}, {}), [])
  })

  it('leaves zero-timeout loops to zero-timeout-epoll', () => {
    const spec = {epolls: [blocking, spinner(100_000, {tid: 201})]}
    assert.deepEqual(notRunning(spec), [])
    assert.deepEqual(zeroTimeoutEpoll.evaluate(session(spec, tuned())).map((f) => f.thread?.tid), [201])
    // A libuv loop's zero timeouts do not explain anything.
    assert.equal(notRunning({epolls: [libuvLoop(300, 20_000, {timeouts: {zero: 39_000, block: 1000}})]}).length, 1)
  })

  it('needs a loop of MIN_EPOLL_CALLS calls, or as many TCP/UDP socket calls', () => {
    assert.deepEqual(notRunning({epolls: [{tid: 200, calls: 999}]}), [])
    assert.equal(notRunning({epolls: [{tid: 200, calls: 1000}]}).length, 1)
    assert.deepEqual(notRunning({fdIo: [{tid: 200, nr: NR.recvfrom, calls: 999}, {tid: 200, nr: NR.read, fdKind: 'other-socket', calls: 5000}]}), [])
    const [f] = notRunning({fdIo: [{tid: 200, nr: NR.recvfrom, calls: 1000}]}, {knobsLatest: netKnobs({busyReadUs: 50, busyPollRxPackets: 0n})})
    // Without an event loop, epoll's own setting is no reason.
    assert.deepEqual(f.evidence, ['configured by: net.core.busy_read = 50 µs', 'busy-poll napi_poll runs in target threads: 0; BusyPollRxPackets grew by 0'])
  })
})

describe('prefer-busy-poll-without-deferral', () => {
  const prefer = [{optname: SO_PREFER_BUSY_POLL, value: 1, calls: 2}]
  const lo = netDevice('lo', {loopback: true})
  const eth0 = netDevice('eth0')
  const deferring = netDevice('eth1', {napiDeferHardIrqs: 2, groFlushTimeoutNs: 200_000})
  const check = (devices: ReturnType<typeof netDevice>[], spec: EventloopSpec = {sockopts: prefer}, more: Parameters<typeof netKnobs>[0] = {}) =>
    preferBusyPollWithoutDeferral.evaluate(session(spec, {knobsLatest: netKnobs({devices, ...more})}))

  it('warns when prefer-busy-poll is set and no device defers its IRQs', () => {
    const findings = check([lo, eth0])
    assert.equal(findings.length, 1)
    const [f] = findings
    assert.equal(f.rule, 'prefer-busy-poll-without-deferral')
    assert.equal(f.severity, 'warning')
    assert.equal(f.title, 'Prefer-busy-poll is set, but no device defers its interrupts')
    assert.deepEqual(f.evidence, ['prefer-busy-poll: setsockopt(SO_PREFER_BUSY_POLL, 1) × 2', 'eth0: napi_defer_hard_irqs 0, gro_flush_timeout 0 ns'])
    assert.deepEqual(f.metrics, {devices: 'eth0', preferSettings: 1})
    assert.match(f.fix, /napi_defer_hard_irqs/)
  })

  it('says nothing when a device defers its IRQs', () => {
    assert.deepEqual(check([eth0, deferring]), [])
  })

  it('ignores devices that are down: they carry no traffic', () => {
    assert.deepEqual(check([eth0, netDevice('eth1', {napiDeferHardIrqs: 2, groFlushTimeoutNs: 200_000, operstate: 'down'})]).length, 1)
    assert.deepEqual(check([netDevice('eth3', {operstate: 'down'})]), [])
  })

  it('needs both knobs: either at 0 lacks deferral', () => {
    const [f] = check([netDevice('eth1', {napiDeferHardIrqs: 2, groFlushTimeoutNs: 0}), netDevice('eth2', {napiDeferHardIrqs: 0, groFlushTimeoutNs: 200_000})])
    assert.deepEqual(f.evidence.slice(1), ['eth1: napi_defer_hard_irqs 2, gro_flush_timeout 0 ns', 'eth2: napi_defer_hard_irqs 0, gro_flush_timeout 200000 ns'])
    assert.equal(f.metrics.devices, 'eth1,eth2')
  })

  it('ignores loopback devices, whatever their knobs, and devices whose knobs are unreadable', () => {
    assert.deepEqual(check([lo]), [])
    assert.equal(check([netDevice('lo', {loopback: true, napiDeferHardIrqs: 2, groFlushTimeoutNs: 200_000}), eth0]).length, 1)
    assert.deepEqual(check([netDevice('eth9', {napiDeferHardIrqs: null})]), [])
    assert.deepEqual(check([]), [])
  })

  it('says nothing without prefer-busy-poll', () => {
    assert.deepEqual(check([eth0], {sockopts: [{optname: SO_PREFER_BUSY_POLL, value: 0}, {optname: SO_BUSY_POLL, value: 50}]}), [])
  })

  it('takes prefer-busy-poll from EPIOCSPARAMS and from sockets set before attach', () => {
    const [f] = check([eth0], {epollParams: [{epfd: 7, busyPollUsecs: 50, preferBusyPoll: true}], sockets: [{preferBusyPoll: true, count: 3}]})
    assert.equal(f.evidence[0], 'prefer-busy-poll: ioctl(epoll fd 7, EPIOCSPARAMS, prefer_busy_poll 1); 3 socket(s) with SO_PREFER_BUSY_POLL set before attach')
    assert.equal(f.metrics.preferSettings, 2)
  })

  it('says when the devices are not from the target\'s network namespace', () => {
    const [f] = check([eth0], undefined, {targetNetnsIsOurs: false})
    assert.equal(f.evidence.at(-1), '(devices read from stackprof\'s network namespace, which is not the target\'s)')
    assert.equal(check([eth0], undefined, {targetNetnsIsOurs: null})[0].evidence.length, 2)
  })
})

describe('read-write-on-sockets', () => {
  const io = (spec: EventloopSpec) => readWriteOnSockets.evaluate(session(spec))

  it('has the thresholds the tests below rely on', () => {
    assert.equal(MIN_SOCKET_CALLS, 1000)
    assert.equal(MIN_READ_SHARE, 0.5)
  })

  it('notes a thread that receives with read() on TCP/UDP sockets', () => {
    const findings = io({fdIo: [{tid: 200, nr: NR.read, calls: 900}, {tid: 200, nr: NR.recvfrom, calls: 100}]})
    assert.equal(findings.length, 1)
    const [f] = findings
    assert.equal(f.rule, 'read-write-on-sockets')
    assert.equal(f.severity, 'info')
    assert.equal(f.title, 'reactor (tid 200) uses read() on TCP/UDP sockets')
    assert.deepEqual(f.evidence, [
      '90% of 1,000 socket receives used read/readv (900), 100 used the recv family',
      'the fd kind (TCP/UDP socket) was decided in the kernel at each call',
    ])
    assert.deepEqual(f.metrics, {tid: 200, readOnSockets: 900, recvFamily: 100, writeOnSockets: 0, sendFamily: 0, readShare: 0.9, writeShare: 0})
    assert.deepEqual(f.thread, {tid: 200, name: 'reactor'})
  })

  it('notes write(), and both in one finding', () => {
    const [w] = io({fdIo: [{tid: 200, nr: NR.writev, calls: 2000}]})
    assert.equal(w.title, 'reactor (tid 200) uses write() on TCP/UDP sockets')
    assert.equal(w.evidence[0], '100% of 2,000 socket sends used write/writev (2,000), 0 used the send family')
    const [rw] = io({fdIo: [{tid: 200, nr: NR.readv, calls: 2000}, {tid: 200, nr: NR.write, calls: 3000}, {tid: 200, nr: NR.sendmsg, calls: 1000}]})
    assert.equal(rw.title, 'reactor (tid 200) uses read()/write() on TCP/UDP sockets')
    assert.equal(rw.evidence.length, 3)
    assert.equal(rw.evidence[1], '75% of 4,000 socket sends used write/writev (3,000), 1,000 used the send family')
  })

  it('says nothing at exactly half, something just above', () => {
    assert.deepEqual(io({fdIo: [{tid: 200, nr: NR.read, calls: 500}, {tid: 200, nr: NR.recvfrom, calls: 500}]}), [])
    assert.equal(io({fdIo: [{tid: 200, nr: NR.read, calls: 501}, {tid: 200, nr: NR.recvfrom, calls: 499}]}).length, 1)
    assert.deepEqual(io({fdIo: [{tid: 200, nr: NR.write, calls: 500}, {tid: 200, nr: NR.sendto, calls: 500}]}), [])
  })

  it('says nothing under 1000 socket receives (or sends)', () => {
    assert.deepEqual(io({fdIo: [{tid: 200, nr: NR.read, calls: 999}, {tid: 200, nr: NR.write, calls: 999}]}), [])
    assert.equal(io({fdIo: [{tid: 200, nr: NR.read, calls: 1000}]}).length, 1)
  })

  it('ignores reads and writes on unix sockets, files and bad fds', () => {
    assert.deepEqual(io({fdIo: [
      {tid: 200, nr: NR.read, fdKind: 'other-socket', calls: 10_000},
      {tid: 200, nr: NR.write, fdKind: 'other', calls: 10_000},
      {tid: 200, nr: NR.read, fdKind: 'unknown', calls: 10_000},
      {tid: 200, nr: NR.recvfrom, calls: 1000},
    ]}), [])
  })

  it('gives one finding per thread', () => {
    const findings = io({fdIo: [{tid: 200, nr: NR.read, calls: 2000}, {tid: 201, nr: NR.read, calls: 3000}]})
    assert.deepEqual(findings.map((f) => f.thread?.tid), [201, 200])
  })
})

describe('diagnose on a Node.js-like session', () => {
  // Node's main thread: libuv with idle-time metrics, epoll_pwait with timeout 0 then a
  // real wait; sockets read with read() (uv__read) and written with write/writev (uv__write).
  const spec: EventloopSpec = {
    epolls: [libuvLoop(300, 20_000)],
    fdIo: [
      {tid: 300, nr: NR.read, calls: 30_000, bytes: 30_000 * 512, eagain: 10_000},
      {tid: 300, nr: NR.writev, calls: 5_000},
      {tid: 300, nr: NR.write, calls: 25_000},
      {tid: 300, nr: NR.read, fdKind: 'other', calls: 400},
    ],
    sockets: [{listening: true, localPort: 3000}, {count: 50}],
  }
  const node = (options: EventloopSessionOptions) => diagnose(session(spec, {...options, onCpu: {300: 0.9}}))

  it('sees the libuv pattern on the loop', () => {
    const [t] = loopThreads(session(spec))
    assert.equal(t.libuvPattern, true)
    assert.equal(t.epolls[0].syscall, 'epoll_pwait')
    assert.equal(t.zeroTimeoutShare, 0.5)
  })

  it('gives no finding on an untuned host: read()/write() on sockets is libuv by design, not flagged', () => {
    assert.deepEqual(node({}).map((f) => [f.rule, f.severity, f.title]), [])
    // The same I/O without the libuv loop pattern, in a process that is not node, is flagged.
    const plain = diagnose(session({fdIo: spec.fdIo}, {onCpu: {300: 0.9}}))
    assert.deepEqual(plain.map((f) => f.rule), ['read-write-on-sockets'])
  })

  it('gives no zero-timeout or spinning finding with busy polling configured either', () => {
    const rules = node(tuned()).map((f) => f.rule)
    assert.ok(!rules.includes('zero-timeout-epoll'))
    assert.ok(!rules.includes('epoll-spinning'))
    // Configured but never ran (the sockets have no NAPI id, as on loopback): that one is real.
    assert.deepEqual(rules, ['busy-poll-not-running'])
  })
})
