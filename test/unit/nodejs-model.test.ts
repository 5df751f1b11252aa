// The nodejs probe's decode, model, text and rules on hand-made snapshots:
// the thresholds of the three rules, exactly at and just past their edges.
import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import type {stackprof} from '../../src/proto/stackprof.pb.js'
import {decodeNodejs, NODEJS_HIST_SLOTS} from '../../src/decode/nodejs.js'
import {nodejsReport, poolSize} from '../../src/model/nodejs.js'
import {renderNodejsSection} from '../../src/render/nodejs.js'
import {diagnose} from '../../src/diagnose/engine.js'
import {Session} from '../../src/model/session.js'
import {ATTACHED_NS, hello, snapshot, u64} from './fixtures.js'

const RULES = new Set(['threadpool-saturated', 'event-loop-stall', 'fs-threadpool-without-io-uring'])
const nodeRules = (s: Session) => diagnose(s).map((f) => f.rule).filter((r) => RULES.has(r)).sort()

/** A log2 histogram with `n` values in the slot of `ns`. */
function hist(entries: [ns: number, n: number][]) {
  const h = Array.from({length: NODEJS_HIST_SLOTS}, () => 0)
  for (const [ns, n] of entries) h[Math.min(NODEJS_HIST_SLOTS - 1, Math.floor(Math.log2(ns)))] += n
  return h.map((v) => u64(v))
}

interface Spec {
  env?: string
  uring?: string
  user?: {count: number; waits: [number, number][]}
  fs?: number
  maxDepth?: number
  stalls?: number[]
  uringSubmits?: number
  /** Opcode of the submissions (default READ, a file operation). */
  uringOpcode?: [number, string]
  /** Workers on an item since this many ns before the snapshot (2 s after attach), and items submitted beyond those started. */
  running?: number[]
  queued?: number
}

function nodejsPart(spec: Spec): stackprof.v1.INodejsSnapshot {
  const user = spec.user ?? {count: 0, waits: []}
  const waitMax = Math.max(0, ...user.waits.map(([ns]) => ns))
  const stalls = spec.stalls ?? []
  return {
    found: true, path: '/usr/bin/node', foundBy: 'symbols', nodeVersion: 'v20.20.2', libuvVersion: '1.46.0',
    threadpoolSizeEnv: spec.env ?? '', useIoUringEnv: spec.uring ?? '', uprobes: ['uv__work_submit'], error: '',
    stallThresholdNs: u64(100e6), ioUringAvailable: true,
    kinds: [
      {kind: 'fs', count: u64(spec.fs ?? 0), waited: u64(spec.fs ?? 0), runCount: u64(spec.fs ?? 0), waitLog2Ns: hist([[1000, spec.fs ?? 0]]), runLog2Ns: hist([])},
      {kind: 'dns', waitLog2Ns: hist([]), runLog2Ns: hist([])},
      {kind: 'user', count: u64(user.count), waited: u64(user.count), waitMaxNs: u64(waitMax), waitLog2Ns: hist(user.waits), runCount: u64(user.count), runLog2Ns: hist([[50e6, user.count]])},
      {kind: 'random', waitLog2Ns: hist([]), runLog2Ns: hist([])},
    ],
    workers: spec.running
      ? spec.running.map((ago, i) => ({tid: 300 + i, items: u64(1), busyNs: u64(0), runningSinceNs: u64(ATTACHED_NS + 2_000_000_000n - BigInt(ago))}))
      : [{tid: 300, items: u64(user.count + (spec.fs ?? 0)), busyNs: u64(1e9)}],
    submitted: u64(user.count + (spec.fs ?? 0) + (spec.queued ?? 0)), started: u64(user.count + (spec.fs ?? 0)), maxDepth: u64(spec.maxDepth ?? 0),
    loop: {
      waits: u64(10), waitNs: u64(1e9), runNs: u64(stalls.reduce((a, b) => a + b, 0) + 1e6), ticks: u64(10), stalls: u64(stalls.length),
      stallTotalNs: u64(stalls.reduce((a, b) => a + b, 0)), stallMaxNs: u64(Math.max(0, ...stalls)), stallLog2Ns: hist(stalls.map((s) => [s, 1])),
      recentStalls: stalls.map((s, i) => ({startNs: u64(BigInt(1e9) * BigInt(i + 1) + 1_000_000_000n), lengthNs: u64(s)})),
    },
    rings: spec.uringSubmits ? [{fd: -1, submitted: u64(spec.uringSubmits), completed: u64(spec.uringSubmits)}] : [],
    uringSubmits: spec.uringSubmits ? [{opcode: (spec.uringOpcode ?? [22, 'READ'])[0], name: (spec.uringOpcode ?? [22, 'READ'])[1], count: u64(spec.uringSubmits)}] : [],
    sqpollTids: [],
    counters: {},
  }
}

function session(spec: Spec | null): Session {
  const s = new Session(hello({probes: [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}, {name: 'nodejs', attached: true, variant: 'uprobes+tracepoints', error: ''}]}))
  s.apply(snapshot({at: 2, stats: [], threads: [{tid: 4242, name: 'node'}, {tid: 300, name: 'libuv-worker'}], extra: {nodejs: spec ? nodejsPart(spec) : {found: false}}}))
  return s
}

describe('poolSize: libuv\'s reading of UV_THREADPOOL_SIZE', () => {
  it('defaults to 4, clamps to 1..1024 (a negative number wraps to the cap, as in libuv)', () => {
    assert.deepEqual(['', '32', '0', '-3', 'x', '5000', '8abc'].map(poolSize), [4, 32, 1, 1024, 1, 1024, 8])
  })
})

describe('decodeNodejs and the report', () => {
  it('is null for a process that is not Node.js, and when the probe is left out', () => {
    assert.equal(nodejsReport(session(null)), null)
    assert.equal(renderNodejsSection(session(null)), '')
    const s = new Session(hello())
    s.apply(snapshot({at: 1, stats: []}))
    assert.equal(nodejsReport(s), null)
    assert.equal(decodeNodejs({}), undefined)
  })

  it('keeps the queue depth of every snapshot, and the peak between snapshots', () => {
    const first = decodeNodejs({monotonicNs: u64(10), nodejs: {found: true, submitted: u64(7), started: u64(3), depthPeak: u64(6)}})!
    // A burst of 12 came and went between the snapshots; an old loader sends no peak: the depth stands for it.
    const second = decodeNodejs({monotonicNs: u64(20), nodejs: {found: true, submitted: u64(9), started: u64(9), depthPeak: u64(12)}}, first)!
    const third = decodeNodejs({monotonicNs: u64(30), nodejs: {found: true, submitted: u64(11), started: u64(9)}}, second)!
    assert.deepEqual(third.depthSeries, [{atNs: 10n, depth: 4n, peak: 6n}, {atNs: 20n, depth: 0n, peak: 12n}, {atNs: 30n, depth: 2n, peak: 2n}])
  })

  it('halves a series past an hour of points, each pair kept as its later point with the higher peak', () => {
    let s = decodeNodejs({monotonicNs: u64(0), nodejs: {found: true, submitted: u64(0), started: u64(0), depthPeak: u64(0)}})!
    for (let i = 1; i <= 3600; i++) {
      s = decodeNodejs({monotonicNs: u64(i), nodejs: {found: true, submitted: u64(i % 2), started: u64(0), depthPeak: u64(i === 7 ? 50 : i % 2)}}, s)!
    }
    assert.equal(s.depthSeries.length, 1801)
    // Points 6 and 7 became one at 7, with 7's peak of 50; points 8 and 9 one at 9.
    assert.deepEqual(s.depthSeries[3], {atNs: 7n, depth: 1n, peak: 50n})
    assert.deepEqual(s.depthSeries[4], {atNs: 9n, depth: 1n, peak: 1n})
  })

  it('reports the pool, the kinds and the stalls', () => {
    const r = nodejsReport(session({user: {count: 20, waits: [[200e6, 16], [100e3, 4]]}, maxDepth: 16, stalls: [300e6, 301e6]}))!
    assert.equal(r.version, 'v20.20.2')
    assert.equal(r.poolSize, 4)
    assert.equal(r.threadpool.work, 20)
    assert.equal(r.threadpool.waitedOver1ms, 16)
    assert.equal(r.threadpool.workers[0].name, 'libuv-worker')
    assert.equal(r.loop!.stalls, 2)
    assert.deepEqual(r.loop!.recentStalls.map((s) => s.lengthNs), [300e6, 301e6])
    assert.equal(r.ioUring.fsWorkTo, 'none')
    assert.match(renderNodejsSection(session({user: {count: 20, waits: [[200e6, 20]]}, maxDepth: 16})), /^Node\.js v20\.20\.2, libuv 1\.46\.0/)
  })
})

describe('the nodejs rules', () => {
  const saturated: Spec = {user: {count: 20, waits: [[200e6, 16], [100e3, 4]]}, maxDepth: 16}

  it('threadpool-saturated: waits, a queue at least the pool size', () => {
    assert.deepEqual(nodeRules(session(saturated)), ['threadpool-saturated'])
    // The queue never reached the pool size: a thread was free.
    assert.deepEqual(nodeRules(session({...saturated, env: '32'})), [])
    assert.deepEqual(nodeRules(session({...saturated, maxDepth: 3})), [])
    // Short waits.
    assert.deepEqual(nodeRules(session({...saturated, user: {count: 20, waits: [[5e6, 20]]}})), [])
    // Too few items.
    assert.deepEqual(nodeRules(session({...saturated, user: {count: 7, waits: [[200e6, 7]]}})), [])
  })

  it('threadpool-saturated, stuck: every thread on its item for 1 s or more while work waits, with no wait measured', () => {
    const stuck = (running: number[], queued: number) => session({fs: 4, running, queued})
    const s = stuck([1.5e9, 1.2e9, 1.0e9, 3e9], 10)
    assert.deepEqual(nodeRules(s), ['threadpool-saturated'])
    const f = diagnose(s).find((x) => x.rule === 'threadpool-saturated')!
    assert.equal(f.title, 'Threadpool stuck: all 4 threads busy for 1.00s+ with 10 items waiting')
    assert.deepEqual({stuck: f.metrics.stuck, queued: f.metrics.queuedAtEnd, allBusyForNs: f.metrics.allBusyForNs}, {stuck: 1, queued: 10, allBusyForNs: 1e9})
    const r = nodejsReport(s)!.threadpool
    assert.deepEqual({running: r.running, allBusyForNs: r.allBusyForNs, busy: r.workers.map((w) => w.busyNs)}, {running: 4, allBusyForNs: 1e9, busy: [3e9, 1.5e9, 1.2e9, 1e9]})
    // Six workers seen under an environment that says 4: the script set the size itself, six at least.
    assert.equal(nodejsReport(stuck([2e9, 2e9, 2e9, 2e9, 2e9, 2e9], 1))!.poolSize, 6)
    // Just under a second, nothing queued, or a thread free: not stuck.
    assert.deepEqual(nodeRules(stuck([1.5e9, 1.2e9, 0.999e9, 3e9], 10)), [])
    assert.deepEqual(nodeRules(stuck([1.5e9, 1.2e9, 1.0e9, 3e9], 0)), [])
    assert.deepEqual(nodeRules(stuck([1.5e9, 1.2e9, 1.0e9], 10)), [])
  })

  it('event-loop-stall: any stall', () => {
    assert.deepEqual(nodeRules(session({stalls: [150e6]})), ['event-loop-stall'])
    assert.deepEqual(nodeRules(session({stalls: []})), [])
  })

  it('fs-threadpool-without-io-uring: fs-heavy pool, io_uring unused and not asked for', () => {
    assert.deepEqual(nodeRules(session({fs: 100})), ['fs-threadpool-without-io-uring'])
    assert.deepEqual(nodeRules(session({fs: 99})), [])
    assert.deepEqual(nodeRules(session({fs: 100, uring: '1'})), [])
    assert.deepEqual(nodeRules(session({fs: 100, uringSubmits: 5})), [])
    // libuv ≥ 1.50's epoll_ctl ring: submissions, but no fs work on it.
    const epollRing = session({fs: 100, uringSubmits: 500, uringOpcode: [29, 'EPOLL_CTL']})
    assert.deepEqual(nodeRules(epollRing), ['fs-threadpool-without-io-uring'])
    assert.match(diagnose(epollRing)[0].evidence[0], /its 500 io_uring submissions were other operations/)
    assert.deepEqual({to: nodejsReport(epollRing)!.ioUring.fsWorkTo, fs: nodejsReport(epollRing)!.ioUring.fsSubmitted}, {to: 'threadpool', fs: 0})
    assert.deepEqual({to: nodejsReport(session({fs: 100, uringSubmits: 5}))!.ioUring.fsWorkTo, fs: nodejsReport(session({fs: 100, uringSubmits: 5}))!.ioUring.fsSubmitted}, {to: 'both', fs: 5})
    assert.deepEqual(nodeRules(session({fs: 100, user: {count: 101, waits: [[1e3, 101]]}})), [])
  })
})
