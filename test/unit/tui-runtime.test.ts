// The dashboard's runtime panel on hand-made sessions: a Node.js target
// (libuv's threadpool, its queue depth over the snapshots, io_uring, the main
// thread's loop), LKL's hijack library, DPDK, and Node.js on LKL; and where
// the panel goes in the layout when there is something to show.
import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import type {stackprof} from '../../src/proto/stackprof.pb.js'
import {NODEJS_HIST_SLOTS} from '../../src/decode/nodejs.js'
import {Session} from '../../src/model/session.js'
import {footerText, layout, runtimeFound, runtimePanel} from '../../src/tui/views.js'
import {hello, snapshot, u64} from './fixtures.js'
import {HOST_NR, LKL_NR, lklFields, lklHello, lklSession} from './lkl-fixtures.js'

const texts = (p: {lines: {text: string}[]}) => p.lines.map((l) => l.text)
const tones = (p: {lines: {tone: string}[]}) => p.lines.map((l) => l.tone)

/** A log2 histogram with `n` values in the slot of each `ns`. */
function hist(entries: [ns: number, n: number][]) {
  const h = Array.from({length: NODEJS_HIST_SLOTS}, () => 0)
  for (const [ns, n] of entries) h[Math.min(NODEJS_HIST_SLOTS - 1, Math.floor(Math.log2(ns)))] += n
  return h.map((v) => u64(v))
}

interface NodeSpec {
  env?: string
  /** Items queued at each snapshot (submitted - started), one snapshot a second from +1 s. */
  depths: number[]
  /** The most queued at once since the previous snapshot, per snapshot (the loader's depth_peak); default: none sent. */
  peaks?: number[]
  /** pbkdf2-like items (uv_queue_work) and their queue waits. */
  user: {count: number; waits: [number, number][]}
  fs?: number
  maxDepth: number
  /** Busy time of each of the pool's workers over the whole session. */
  workerBusyNs: number[]
  stalls?: number[]
  loop?: {waitNs: number; runNs: number}
  uringSubmits?: number
}

/** The nodejs part of the snapshot at depth index `i`: the counters of the last one are the session's. */
function nodejsPart(spec: NodeSpec, i: number): stackprof.v1.INodejsSnapshot {
  const {user} = spec
  const fs = spec.fs ?? 0
  const stalls = spec.stalls ?? []
  const started = user.count + fs
  const loop = spec.loop ?? {waitNs: 3e9, runNs: 1e9}
  return {
    found: true, path: '/usr/bin/node', foundBy: 'symbols', nodeVersion: 'v20.20.2', libuvVersion: '1.46.0',
    threadpoolSizeEnv: spec.env ?? '', useIoUringEnv: '', uprobes: ['uv__work_submit'], error: '',
    stallThresholdNs: u64(100e6), ioUringAvailable: true,
    kinds: [
      {kind: 'fs', count: u64(fs), waited: u64(fs), runCount: u64(fs), waitLog2Ns: hist([[1000, fs]]), runLog2Ns: hist([])},
      {kind: 'dns', waitLog2Ns: hist([]), runLog2Ns: hist([])},
      {kind: 'user', count: u64(user.count), waited: u64(user.count), waitMaxNs: u64(Math.max(0, ...user.waits.map(([ns]) => ns))), waitLog2Ns: hist(user.waits),
        runCount: u64(user.count), runLog2Ns: hist([[30e6, user.count]])},
      {kind: 'random', waitLog2Ns: hist([]), runLog2Ns: hist([])},
    ],
    workers: spec.workerBusyNs.map((busy, w) => ({tid: 300 + w, items: u64(Math.round(started / spec.workerBusyNs.length)), busyNs: u64(busy)})),
    submitted: u64(started + spec.depths[i]), started: u64(started), maxDepth: u64(spec.maxDepth), depthPeak: u64(spec.peaks?.[i] ?? 0),
    loop: {
      waits: u64(10), waitNs: u64(loop.waitNs), runNs: u64(loop.runNs), ticks: u64(10), stalls: u64(stalls.length),
      stallTotalNs: u64(stalls.reduce((a, b) => a + b, 0)), stallMaxNs: u64(Math.max(0, ...stalls)), stallLog2Ns: hist(stalls.map((s) => [s, 1])),
      recentStalls: stalls.map((s, k) => ({startNs: u64(1_000_000_000_000n + BigInt(k + 1) * 1_000_000_000n), lengthNs: u64(s)})),
    },
    rings: spec.uringSubmits ? [{fd: 9, sqEntries: 64, cqEntries: 128, submitted: u64(spec.uringSubmits), completed: u64(spec.uringSubmits)}] : [],
    uringSubmits: spec.uringSubmits ? [{opcode: 22, name: 'READ', count: u64(spec.uringSubmits)}] : [],
    sqpollTids: [],
    counters: {},
  }
}

const NODE_PROBES = ['syscalls', 'nodejs']
const probes = (names: string[]) => names.map((name) => ({name, attached: true, variant: name === 'lkl' ? 'scan+uprobes' : 'tp_btf', error: ''}))
const nodeThreads = [{tid: 4242, name: 'node'}, {tid: 300, name: 'libuv-worker'}]

/** A Node.js target: one snapshot per entry of `depths`, a second apart. */
function nodeSession(spec: NodeSpec, options: {extra?: (i: number) => Partial<stackprof.v1.ISnapshot>; probes?: string[]} = {}): Session {
  const s = new Session(hello({probes: probes(options.probes ?? NODE_PROBES)}))
  spec.depths.forEach((_, i) => s.apply(snapshot({at: i + 1, stats: [], threads: nodeThreads, extra: {nodejs: nodejsPart(spec, i), ...options.extra?.(i)}})))
  return s
}

// pbkdf2 × 20 on the default pool of 4 over 4 s: 16 of the 20 waited ~200 ms, up to 16 queued at once.
const SATURATED: NodeSpec = {
  depths: [0, 8, 16, 4], user: {count: 20, waits: [[200e6, 16], [100e3, 4]]}, maxDepth: 16,
  workerBusyNs: [3e9, 3e9, 3e9, 3e9], stalls: [300e6, 150e6],
}

describe('dashboard runtime panel: Node.js', () => {
  it('draws the queue\'s peaks between refreshes, which the depth at each snapshot misses', () => {
    // A burst of 16 queued and drained between the second and third snapshots: every snapshot saw an empty queue.
    const panel = runtimePanel(nodeSession({...SATURATED, depths: [0, 0, 0, 0], peaks: [0, 2, 16, 0]}), 100, 8)
    assert.equal(texts(panel)[1], 'queue wait p99≤ 200ms · queued 0 now, max 16 · ▁▁█▁')
  })

  it('shows the pool, the queue depth of each snapshot as a sparkline, the loop, the work kinds and io_uring; saturation and stalls in yellow', () => {
    const panel = runtimePanel(nodeSession(SATURATED), 100, 8)
    assert.equal(panel.title, 'Runtime · Node.js v20.20.2, libuv 1.46.0')
    assert.deepEqual(texts(panel), [
      // 12 s of pool busy over 4 threads × 4 s.
      'pool 4 (default) · busy 75% · 20 items, 5.0/s',
      // p99 ≤ the largest wait (200 ms), not its slot's upper edge. Depths 0, 8, 16, 4 scaled to 16: ▁ (0), ▄ (8/16 × 8 → 3), █, ▂ (4/16 → 1).
      'queue wait p99≤ 200ms · queued 4 now, max 16 · ▁▄█▂',
      'loop 25% busy · 2 stalls ≥ 100ms, longest 300ms, last 150ms',
      'work: user 20',
      'io_uring: off · no fs work seen',
    ])
    assert.deepEqual(tones(panel), ['warn', 'warn', 'warn', 'normal', 'normal'])
  })

  it('names UV_THREADPOOL_SIZE when it set the pool; no saturation, no stall: no yellow; io_uring on with its rate', () => {
    const panel = runtimePanel(nodeSession({
      ...SATURATED, env: '32', stalls: [], fs: 6, uringSubmits: 400, workerBusyNs: [4e9],
    }), 100, 8)
    assert.deepEqual(texts(panel), [
      'pool 32 (UV_THREADPOOL_SIZE) · busy 3% · 26 items, 6.5/s',
      'queue wait p99≤ 200ms · queued 4 now, max 16 · ▁▄█▂',
      'loop 25% busy · no stall ≥ 100ms',
      'work: user 20 · fs 6',
      // 400 submissions over 4 s; the pool ran fs items too.
      'io_uring: on, 100 submissions/s · fs work went to both',
    ])
    assert.deepEqual(tones(panel), ['normal', 'normal', 'normal', 'normal', 'normal'])
  })

  it('the sparkline keeps the newest depths that fit the width; a short panel keeps the pool and says how much is left out', () => {
    const many = nodeSession({...SATURATED, depths: [1, 2, 3, 4, 5, 6, 7, 8, 0, 8]})
    // 60 columns: 'queue wait p99≤ 200ms · queued 8 now, max 16 · ' is 47, leaving room for 13 points: all 10.
    assert.equal(texts(runtimePanel(many, 60, 8))[1], 'queue wait p99≤ 200ms · queued 8 now, max 16 · ▁▂▃▄▅▆▇█▁█')
    // 51 columns: the last 4 (7, 8, 0, 8), scaled to their own maximum.
    assert.equal(texts(runtimePanel(many, 51, 8))[1], 'queue wait p99≤ 200ms · queued 8 now, max 16 · ▇█▁█')
    // No room left for the sparkline: none drawn.
    assert.equal(texts(runtimePanel(many, 47, 8))[1], 'queue wait p99≤ 200ms · queued 8 now, max 16')
    assert.deepEqual(texts(runtimePanel(nodeSession(SATURATED), 40, 3)), [
      'pool 4 (default) · busy 75% · 20 items,…',
      'queue wait p99≤ 200ms · queued 4 now, m…',
      '… 3 more lines',
    ])
  })

  it('says why it is empty: no data, not Node.js, or the probes left out', () => {
    assert.deepEqual(texts(runtimePanel(new Session(hello({probes: probes(NODE_PROBES)})), 80, 4)), ['no data yet'])
    const plain = new Session(hello({probes: probes(['syscalls', 'nodejs', 'lkl'])}))
    plain.apply(snapshot({at: 1, stats: [], extra: {nodejs: {found: false}, ...lklFields({libraries: [], uprobes: false})}}))
    assert.deepEqual(texts(runtimePanel(plain, 80, 4)), ['not Node.js, and no user-space network stack in the target'])
    assert.equal(runtimeFound(plain), false)
    const without = new Session(hello())
    without.apply(snapshot({at: 1, stats: []}))
    assert.deepEqual(texts(runtimePanel(without, 200, 4)), ['nodejs probe not attached: left out (--no-nodejs); lkl probe not attached: left out (--no-lkl)'])
    assert.equal(runtimePanel(without, 200, 4).title, 'Runtime · Node.js, user-space network stacks')
  })
})

const WORKER = 300
const lklThreadNames = [{tid: 4242, name: 'server'}, {tid: WORKER, name: 'lkl-worker-0'}]
// 1,000 sends and 1,000 receives through LKL (each forwarded to the host from inside it), 500 epoll_pwait past it: 80% in user space.
const LKL_SPLIT = {
  calls: [{tid: WORKER, nr: LKL_NR.sendto, count: 1000}, {tid: WORKER, nr: LKL_NR.recvfrom, count: 1000}, {tid: WORKER, nr: LKL_NR.accept4, count: 7}],
  inside: [{tid: WORKER, nr: HOST_NR.sendto, count: 1000}, {tid: WORKER, nr: HOST_NR.recvfrom, count: 1000}],
  waits: [{tid: WORKER, slots: {13: 2000}}],
}
const LKL_STATS = [
  {tid: WORKER, nr: HOST_NR.sendto, count: 1000}, {tid: WORKER, nr: HOST_NR.recvfrom, count: 1000}, {tid: WORKER, nr: HOST_NR.epoll_pwait, count: 500},
]

describe('dashboard runtime panel: user-space network stacks', () => {
  it('LKL\'s hijack library: the library in the title, calls handled, the share kept in user space, the top calls, the LKL CPU wait', () => {
    const s = lklSession(LKL_SPLIT, {threads: lklThreadNames, stats: LKL_STATS})
    assert.equal(runtimeFound(s), true)
    const panel = runtimePanel(s, 100, 6)
    assert.equal(panel.title, 'Runtime · LKL hijack (liblkl-hijack.so, LD_PRELOAD)')
    assert.deepEqual(texts(panel), [
      'LKL: 2,007 calls · 80% of network calls kept in user space',
      'top LKL calls: recvfrom 1,000 · sendto 1,000 · accept4 7',
      // Slot 13: [8, 16) µs, the largest wait 16,383 ns.
      'LKL CPU wait p99≤ 16.4µs, max 16.4µs · 2,000 waits, 1 thread',
    ])
    assert.deepEqual(tones(panel), ['normal', 'normal', 'normal'])
  })

  it('LKL found but its calls not counted says why, in yellow', () => {
    const panel = runtimePanel(lklSession({uprobes: false}, {threads: lklThreadNames}), 100, 6)
    assert.deepEqual(panel.lines, [{text: 'LKL\'s calls not counted: attach uprobe to lkl_syscall: Operation not permitted', tone: 'warn'}])
  })

  it('DPDK with its poll-mode thread, and a preloaded library that overrides socket calls', () => {
    const DPDK = {path: '/usr/lib/x86_64-linux-gnu/librte_eal.so.23.0', neededBeforeLibc: true, dpdk: true}
    const VMA = {path: '/opt/libvma.so', preloaded: true, libcOverrides: ['socket', 'recv']}
    const libraries = [DPDK, VMA]
    const s = lklSession({libraries, uprobes: false}, {at: 1, threads: [{tid: 4242, name: 'dpdk-testpmd', oncpuNs: 0}, {tid: 500, name: 'rte-worker-1', oncpuNs: 0}]})
    // Two seconds later the worker ran 1.98 s of them, with 10 syscalls.
    s.apply({...lklFields({libraries, uprobes: false}), monotonicNs: u64(1_000_000_000_000n + 3_000_000_000n), targetAlive: true,
      syscalls: [{tid: 500, nr: 0, count: u64(10), errors: u64(0), totalNs: u64(0), maxNs: u64(0), latencyLog2Ns: []}],
      threads: [{tid: 4242, name: Buffer.from('dpdk-testpmd'), oncpuNs: u64(1_000_000), oncpuKnown: true}, {tid: 500, name: Buffer.from('rte-worker-1'), oncpuNs: u64(1_980_000_000), oncpuKnown: true}]})
    const panel = runtimePanel(s, 100, 6)
    assert.equal(panel.title, 'Runtime · DPDK (librte_eal.so.23.0, linked before libc)')
    assert.deepEqual(texts(panel), [
      'DPDK: librte_eal.so.23.0 (linked before libc)',
      'poll-mode: rte-worker-1 (500) on CPU 99%',
      'interposer: libvma.so (LD_PRELOAD) overrides socket, recv',
    ])
    // Only the preloaded library: it names the panel.
    const alone = lklSession({libraries: [VMA], uprobes: false}, {threads: lklThreadNames})
    assert.equal(runtimeFound(alone), true)
    assert.deepEqual(runtimePanel(alone, 100, 6), {
      title: 'Runtime · libvma.so overrides libc socket calls (LD_PRELOAD)',
      lines: [{text: 'interposer: libvma.so (LD_PRELOAD) overrides socket, recv', tone: 'normal'}],
    })
  })

  it('Node.js on LKL: Node.js first, then LKL, cut to the rows', () => {
    const s = new Session(lklHello(['syscalls', 'lkl', 'nodejs']))
    SATURATED.depths.forEach((_, i) => s.apply(snapshot({
      at: i + 1, threads: lklThreadNames, stats: i === SATURATED.depths.length - 1 ? LKL_STATS : [],
      extra: {nodejs: nodejsPart(SATURATED, i), ...lklFields(i === SATURATED.depths.length - 1 ? LKL_SPLIT : {})},
    })))
    const panel = runtimePanel(s, 120, 9)
    assert.equal(panel.title, 'Runtime · Node.js v20.20.2, libuv 1.46.0 · LKL hijack (liblkl-hijack.so, LD_PRELOAD)')
    assert.deepEqual(texts(panel), [
      'pool 4 (default) · busy 75% · 20 items, 5.0/s',
      'queue wait p99≤ 200ms · queued 4 now, max 16 · ▁▄█▂',
      'loop 25% busy · 2 stalls ≥ 100ms, longest 300ms, last 150ms',
      'work: user 20',
      'io_uring: off · no fs work seen',
      'LKL: 2,007 calls · 80% of network calls kept in user space',
      'top LKL calls: recvfrom 1,000 · sendto 1,000 · accept4 7',
      'LKL CPU wait p99≤ 16.4µs, max 16.4µs · 2,000 waits, 1 thread',
    ])
    assert.deepEqual(texts(runtimePanel(s, 120, 6)).slice(4), ['io_uring: off · no fs work seen', '… 3 more lines'])
  })
})

describe('dashboard layout with the runtime panel', () => {
  it('80×24: in the one column before the stacks; it takes the sockets\' rows, and the footer names them', () => {
    const l = layout(80, 24, {runtime: true})
    assert.deepEqual(l.panels, {
      syscalls: {top: 2, left: 0, width: 80, height: 5},
      cpus: {top: 7, left: 0, width: 80, height: 4},
      eventloop: {top: 11, left: 0, width: 80, height: 4},
      runtime: {top: 15, left: 0, width: 80, height: 4},
      findings: {top: 19, left: 0, width: 80, height: 4},
    })
    assert.deepEqual(l.hidden, ['chart', 'stacks', 'sockets'])
    assert.equal(footerText(l, 80), 'q quit  ? help · no room for: chart, stacks, sockets')
  })

  it('120×36: under the event loop in the left column, the chart at its minimum; the right column as without it', () => {
    const l = layout(120, 36, {runtime: true})
    assert.deepEqual(l.hidden, [])
    assert.deepEqual(l.panels, {
      syscalls: {top: 2, left: 0, width: 59, height: 14},
      chart: {top: 16, left: 0, width: 59, height: 8},
      eventloop: {top: 24, left: 0, width: 59, height: 6},
      runtime: {top: 30, left: 0, width: 59, height: 5},
      cpus: {top: 2, left: 61, width: 59, height: 9},
      sockets: {top: 11, left: 61, width: 59, height: 8},
      stacks: {top: 19, left: 61, width: 59, height: 8},
      findings: {top: 27, left: 61, width: 59, height: 8},
    })
    const without = layout(120, 36)
    assert.equal(without.panels.runtime, undefined)
    assert.deepEqual(without.panels.chart, {top: 16, left: 0, width: 59, height: 13})
    assert.equal(footerText(l, 120), footerText(without, 120))
  })

  it('160×48: the runtime panel gets the rows it wants (8); the syscalls still grow', () => {
    const l = layout(160, 48, {runtime: true})
    assert.deepEqual(l.hidden, [])
    assert.deepEqual([l.panels.syscalls, l.panels.chart, l.panels.eventloop, l.panels.runtime], [
      {top: 2, left: 0, width: 79, height: 17},
      {top: 19, left: 0, width: 79, height: 14},
      {top: 33, left: 0, width: 79, height: 6},
      {top: 39, left: 0, width: 79, height: 8},
    ])
  })

  it('80×24 with run\'s output panel too: the runtime panel is the next to go', () => {
    const l = layout(80, 24, {runtime: true, output: true})
    assert.equal(l.panels.runtime, undefined)
    assert.deepEqual(l.hidden, ['chart', 'stacks', 'sockets', 'runtime'])
  })
})
