import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {renderBusyPollPanel, renderEventLoops, renderEventloopSection, renderSocketIo} from '../../src/render/eventloop.js'
import {renderLiveScreen, renderSummary} from '../../src/render/text.js'
import {busyPoll} from '../../src/model/eventloop.js'
import {Session} from '../../src/model/session.js'
import {
  NR, eventloopSession, hello, netDevice, netKnobs, snapshot,
  type EventloopSessionOptions, type EventloopSpec,
} from './fixtures.js'

const threads = [{tid: 200, name: 'reactor'}, {tid: 201, name: 'worker'}, {tid: 300, name: 'node'}]
const session = (spec: EventloopSpec, options: EventloopSessionOptions = {}) => eventloopSession(spec, {threads, ...options})
const lines = (text: string) => text.split('\n')

// Two seconds of a spinning reactor and an idle Node.js loop (libuv: epoll_pwait(0) then a real wait).
const loops: EventloopSpec = {
  epolls: [
    {tid: 300, epfd: 13, nr: NR.epoll_pwait, calls: 10_000, timeouts: {zero: 5000, block: 3000, under10ms: 2000},
      empty: 5000, events: 5000, zeroEmpty: 5000, zeroEmptyThenWait: 5000, totalNs: 1e9, offcpuNs: 9e8},
    {tid: 200, epfd: 5, nr: NR.epoll_wait, calls: 40_000, timeouts: {zero: 39_360, under100us: 400, under1ms: 120, longer: 80, unreadable: 40},
      empty: 38_000, events: 4000, zeroEmpty: 38_000},
  ],
  fdIo: [
    {tid: 300, nr: NR.read, calls: 3000, errors: 1000, eagain: 1000, bytes: 2000 * 512},
    {tid: 300, nr: NR.write, calls: 2500, bytes: 2500 * 100},
    {tid: 300, nr: NR.read, fdKind: 'other', calls: 400, bytes: 400 * 4096},
    {tid: 200, nr: NR.read, fdKind: 'other', calls: 7},
  ],
}

describe('renderEventLoops', () => {
  const out = renderEventLoops(session(loops, {onCpu: {300: 0.1}}))

  it('has a header with the columns', () => {
    assert.match(out[0], /^Event loops \(epoll\)\s+calls\/s\s+empty\s+ev\/call\s+blocked\s+on CPU  timeouts$/)
  })

  it('shows a thread line with calls/s, empty share, events per call, blocked and on-CPU shares, and the timeout spread', () => {
    // Busiest first: the reactor. No time measured inside epoll and no CPU time: '-'.
    assert.match(out[1], /^  200 reactor\s+20,000\s+95%\s+0\.1\s+-\s+-  0: 98%, <100µs: 1%, <1ms: 0\.3%, ≥10ms: 0\.2%, \?: 0\.1%$/)
    assert.match(out[3], /^  300 node\s+5,000\s+50%\s+0\.5\s+90%\s+10%  0: 50%, -1: 30%, <10ms: 20% \[libuv idle probe\]$/)
  })

  it('tags only the libuv thread', () => {
    assert.equal(out.filter((l) => l.includes('[libuv idle probe]')).length, 1)
  })

  it('lists each thread\'s epoll fds under it', () => {
    assert.equal(out[2], '      epoll_wait(epfd 5): 40,000 calls, 4,000 events, 0ns inside, 0ns blocked')
    assert.equal(out[4], '      epoll_pwait(epfd 13): 10,000 calls, 5,000 events, 1.00s inside, 900ms blocked')
    assert.equal(out.length, 5)
  })

  it('shows at most three epoll fds per thread, and maxThreads threads', () => {
    const many = renderEventLoops(session({epolls: [1, 2, 3, 4].map((fd) => ({tid: 200, epfd: fd, calls: fd * 10})).concat([{tid: 201, epfd: 9, calls: 1}])}), {maxThreads: 1})
    assert.deepEqual(many.slice(2).map((l) => l.trim().split(':')[0]), ['epoll_wait(epfd 4)', 'epoll_wait(epfd 3)', 'epoll_wait(epfd 2)', '… 1 more event-loop threads'])
  })

  it('is empty without epoll calls', () => {
    assert.deepEqual(renderEventLoops(session({})), [])
  })
})

describe('renderSocketIo', () => {
  const out = renderSocketIo(session(loops))

  it('shows per thread read/readv vs recv* and write/writev vs send*, with the TCP/UDP rows', () => {
    assert.match(out[0], /^Socket I\/O \(TCP\/UDP\)\s+receive: read\/readv \| recv\*\s+send: write\/writev \| send\*$/)
    assert.match(out[1], /^  300 node\s+3,000 \| 0\s+2,500 \| 0$/)
    // Average over the calls that did not fail; files are not in the rows.
    assert.equal(out[2], '      read       3,000 calls, avg 512 B, 1,000 EAGAIN')
    assert.equal(out[3], '      write      2,500 calls, avg 100 B')
    // The reactor only read a file: no line.
    assert.equal(out.length, 4)
  })

  it('is empty without socket I/O', () => {
    assert.deepEqual(renderSocketIo(session({fdIo: [{tid: 200, nr: NR.read, fdKind: 'other-socket', calls: 9}]})), [])
  })
})

describe('renderBusyPollPanel', () => {
  const spec: EventloopSpec = {
    sockopts: [
      {optname: 46, value: 50, calls: 4, failed: 1, lastTid: 200},
      {optname: 69, value: null, calls: 2, lastTid: 201},
      {optname: 99, value: 3, calls: 1},
    ],
    epollParams: [
      {epfd: 7, busyPollUsecs: 100, busyPollBudget: 16, preferBusyPoll: true, calls: 3, failed: 1},
      {epfd: 8, busyPollUsecs: 100, accepted: false, calls: 2, failed: 2},
    ],
    epollInstances: [
      {fd: 7, napiId: 8193, busyPollUsecs: 100, busyPollBudget: 16, preferBusyPoll: true},
      {fd: 9},
      {fd: 10, busyPollUsecs: 20},
    ],
    sockets: [
      {busyPollUsecs: 50, count: 3},
      {family: 10, napiId: 8193, count: 2},
      {family: 1, type: 1, protocol: 0, count: 10, busyPollUsecs: 50, napiId: 9000},
    ],
    napiPolls: [
      {tid: 200, budget: 8, polls: 12},
      {tid: 200, budget: 16, polls: 5},
      {tid: 200, budget: 64, polls: 7},
    ],
  }
  const knobs = netKnobs({
    busyPollUs: 50, busyReadUs: 0, busyPollRxPackets: 140n,
    devices: [
      netDevice('eth0', {napiDeferHardIrqs: 2, groFlushTimeoutNs: 200_000, threadedNapi: true}),
      netDevice('eth1', {napiDeferHardIrqs: null, groFlushTimeoutNs: null}),
      netDevice('lo', {loopback: true}),
    ],
  })
  const out = renderBusyPollPanel(busyPoll(session(spec, {knobsAtStart: netKnobs({busyPollRxPackets: 100n}), knobsLatest: knobs}))!)

  it('shows every setting and count seen', () => {
    assert.deepEqual(out, [
      'Busy polling: configured; RAN in the target',
      '  net.core.busy_poll 50 µs, busy_read 0 µs',
      '  setsockopt(SO_BUSY_POLL, 50): 4 calls, 1 failed (last by tid 200)',
      '  setsockopt(SO_PREFER_BUSY_POLL, ?): 2 calls (last by tid 201)',
      '  setsockopt(99, 3): 1 calls (last by tid 0)',
      '  ioctl(epfd 7, EPIOCSPARAMS): busy_poll_usecs 100, budget 16, prefer 1 (3 calls, 1 failed)',
      '  ioctl(epfd 8, EPIOCSPARAMS): refused (2 calls, 2 failed)',
      '  epoll fd 7: busy_poll_usecs 100, budget 16, prefer 1, napi id 8193',
      '  epoll fd 10: busy_poll_usecs 20, budget 0, prefer 0, napi id none',
      '  TCP/UDP sockets now: 5; with SO_BUSY_POLL: 3; with a NAPI id: 2',
      '  eth0: napi_defer_hard_irqs 2, gro_flush_timeout 200000 ns, threaded NAPI',
      '  eth1: napi_defer_hard_irqs ?, gro_flush_timeout ? ns',
      // Budget 16 was configured (EPIOCSPARAMS), so those polls are busy polls too.
      '  napi_poll in target threads: 17 busy-poll, 7 softirq; BusyPollRxPackets +40',
    ])
  })

  it('shows an untuned host in three lines', () => {
    assert.deepEqual(renderBusyPollPanel(busyPoll(session({}))!), [
      'Busy polling: not configured; never ran in the target',
      '  net.core.busy_poll 0 µs, busy_read 0 µs',
      '  napi_poll in target threads: 0 busy-poll, 0 softirq; BusyPollRxPackets +0',
    ])
  })

  it('says unknown for unreadable sysctls and ? for an unknown BusyPollRxPackets delta', () => {
    const unknown = netKnobs({busyPollUs: null, busyReadUs: null, busyPollRxPackets: null})
    const panel = renderBusyPollPanel(busyPoll(session({}, {knobsAtStart: unknown, knobsLatest: unknown}))!)
    assert.equal(panel[1], '  net.core.busy_poll unknown, busy_read unknown')
    assert.equal(panel.at(-1), '  napi_poll in target threads: 0 busy-poll, 0 softirq; BusyPollRxPackets +?')
  })

  it('says configured but never ran when only softirqs polled', () => {
    const panel = renderBusyPollPanel(busyPoll(session({napiPolls: [{tid: 200, budget: 64, polls: 3}]}, {knobsLatest: netKnobs({busyPollUs: 50})}))!)
    assert.equal(panel[0], 'Busy polling: configured; never ran in the target')
    assert.equal(panel.at(-1), '  napi_poll in target threads: 0 busy-poll, 3 softirq; BusyPollRxPackets +0')
  })
})

describe('renderEventloopSection', () => {
  it('joins the event loops, socket I/O and busy-poll panels with blank lines', () => {
    const text = renderEventloopSection(session(loops, {onCpu: {300: 0.1}}))
    const blocks = text.split('\n\n')
    assert.equal(blocks.length, 3)
    assert.match(blocks[0], /^Event loops \(epoll\)/)
    assert.match(blocks[0], /\n  300 node\s+5,000\s+50%\s+0\.5\s+90%\s+10%  0: 50%, -1: 30%, <10ms: 20% \[libuv idle probe\]\n/)
    assert.match(blocks[1], /^Socket I\/O \(TCP\/UDP\)/)
    assert.match(blocks[2], /^Busy polling: not configured; never ran in the target\n/)
  })

  it('shows only the busy-poll panel when the probe saw no loops and no socket I/O', () => {
    assert.deepEqual(lines(renderEventloopSection(session({}))), [
      'Busy polling: not configured; never ran in the target',
      '  net.core.busy_poll 0 µs, busy_read 0 µs',
      '  napi_poll in target threads: 0 busy-poll, 0 softirq; BusyPollRxPackets +0',
    ])
  })

  it('passes maxThreads on', () => {
    const text = renderEventloopSection(session(loops), {maxThreads: 1})
    assert.match(text, /\n  … 1 more event-loop threads\n/)
  })

  it('is empty without the eventloop probe', () => {
    const plain = new Session(hello())
    plain.apply(snapshot({at: 2, stats: [{tid: 200, nr: NR.read, count: 5}], eventloop: loops}))
    assert.equal(renderEventloopSection(plain), '')
    assert.doesNotMatch(renderSummary(plain, []), /Busy polling|Event loops/)
  })

  it('is part of the summary and the live screen', () => {
    const s = session(loops)
    assert.match(renderSummary(s, []), /\n\nEvent loops \(epoll\)[^]*\n\nBusy polling: not configured[^]*\n\nFindings\n/)
    assert.match(renderLiveScreen(s, {}), /\n\nEvent loops \(epoll\)[^]*\n\nBusy polling: /)
  })
})
