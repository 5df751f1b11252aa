import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import Long from 'long'
import {HIST_SLOTS, cmdlineArgs, decodeSnapshot, formatCpuList, parseCpuList, targetText, u64} from '../../src/decode/syscalls.js'
import {FrameReader} from '../../src/collector/frame-reader.js'
import {ATTACHED_NS, encodeFrame, snapshot} from './fixtures.js'

describe('u64', () => {
  it('keeps 2^64-1 exact', () => {
    assert.equal(u64(Long.fromString('18446744073709551615', true)), 18446744073709551615n)
  })

  it('keeps 2^53+1 exact, which a double cannot hold', () => {
    assert.equal(u64(Long.fromString('9007199254740993', true)), 9007199254740993n)
    assert.equal(BigInt(Number('9007199254740993')), 9007199254740992n)
  })

  it('keeps the high and low words apart', () => {
    assert.equal(u64(Long.fromBits(0x80000000, 0x00000001, true)), (1n << 32n) | 0x80000000n)
    assert.equal(u64(Long.fromBits(0xffffffff, 0, true)), 0xffffffffn)
    assert.equal(u64(Long.fromBits(0, 0x80000000, true)), 1n << 63n)
  })

  it('reads the bits of a signed Long as unsigned', () => {
    assert.equal(u64(Long.fromInt(-1)), 2n ** 64n - 1n)
  })

  it('takes numbers and missing values', () => {
    assert.equal(u64(42), 42n)
    assert.equal(u64(0), 0n)
    assert.equal(u64(null), 0n)
    assert.equal(u64(undefined), 0n)
  })
})

describe('decodeSnapshot', () => {
  const pb = snapshot({
    at: 1.5,
    stats: [
      {tid: 10, nr: 3, count: 7, errnos: {9: 5, 2: 2}, hist: {0: 1, 2: 6}},
      {tid: 11, nr: 3, count: 4, errnos: {2: 4}, hist: {5: 4}},
      {tid: 10, nr: 0, count: 3, hist: {1: 3}},
    ],
    threads: [
      {tid: 10, name: 'main'},
      {tid: 11, name: Buffer.from([0x77, 0x6b, 0x1b, 0x5b, 0x32, 0x4a, 0xff]), exited: true},
    ],
    counters: {statsMapFull: 1, errnoMapFull: 2, startStoreFailed: 3, unmatchedExits: 4, threadMapFull: 5},
    alive: false,
  })
  // Errno entries of a (tid, nr) the snapshot has no stat for are ignored.
  pb.errnos?.push({tid: 99, nr: 3, errorNumber: 9, count: Long.fromInt(1, true)})
  const snap = decodeSnapshot(pb)

  it('pads every histogram to HIST_SLOTS slots', () => {
    assert.equal(HIST_SLOTS, 40)
    for (const s of snap.stats) assert.equal(s.latencyLog2Ns.length, HIST_SLOTS)
    assert.deepEqual(snap.stats[0].latencyLog2Ns.slice(0, 4), [1n, 0n, 6n, 0n])
    assert.deepEqual(snap.stats[0].latencyLog2Ns.slice(3), Array(HIST_SLOTS - 3).fill(0n))
    assert.deepEqual(decodeSnapshot({syscalls: [{tid: 1, nr: 1}]}).stats[0].latencyLog2Ns, Array(HIST_SLOTS).fill(0n))
  })

  it('keeps the stats in the order of the frame, with their numbers', () => {
    assert.deepEqual(snap.stats.map((s) => [s.tid, s.nr, s.count, s.errors]), [[10, 3, 7n, 7n], [11, 3, 4n, 4n], [10, 0, 3n, 0n]])
    assert.equal(snap.stats[0].totalNs, 2100n)
    assert.equal(snap.stats[0].maxNs, 511n)
  })

  it('attaches errno breakdowns to their own (tid, nr)', () => {
    assert.deepEqual(snap.stats[0].errnos, new Map([[9, 5n], [2, 2n]]))
    assert.deepEqual(snap.stats[1].errnos, new Map([[2, 4n]]))
    assert.deepEqual(snap.stats[2].errnos, new Map())
  })

  it('decodes thread names as text, control characters and invalid UTF-8 replaced', () => {
    assert.deepEqual(snap.threads, [
      {tid: 10, name: 'main', exited: false, oncpuNs: null, cpusAllowed: null, lastCpu: null},
      {tid: 11, name: 'wk?[2J\uFFFD', exited: true, oncpuNs: null, cpusAllowed: null, lastCpu: null},
    ])
  })

  it('decodes counters, time and liveness', () => {
    assert.deepEqual(snap.counters, {statsMapFull: 1n, errnoMapFull: 2n, startStoreFailed: 3n, unmatchedExits: 4n, threadMapFull: 5n})
    assert.equal(snap.monotonicNs, ATTACHED_NS + 1_500_000_000n)
    assert.equal(snap.targetAlive, false)
  })

  it('gives zeros and empty lists for an empty snapshot', () => {
    assert.deepEqual(decodeSnapshot({}), {
      monotonicNs: 0n,
      targetAlive: false,
      stats: [],
      threads: [],
      counters: {statsMapFull: 0n, errnoMapFull: 0n, startStoreFailed: 0n, unmatchedExits: 0n, threadMapFull: 0n},
    })
  })

  it('keeps counts above 2^53 exact from the wire to the decoded snapshot', () => {
    const max = 2n ** 64n - 1n
    const big = snapshot({at: 1, stats: [{tid: 1, nr: 0, count: max, errnos: {11: 2n ** 53n + 1n}, hist: {0: max - 1n, 39: 1}, totalNs: max, maxNs: max}]})
    const [frame] = new FrameReader().push(encodeFrame({snapshot: big}))
    const [stat] = decodeSnapshot(frame.snapshot ?? {}).stats
    assert.equal(stat.count, max)
    assert.equal(stat.totalNs, max)
    assert.equal(stat.errnos.get(11), 2n ** 53n + 1n)
    assert.equal(stat.latencyLog2Ns[0], max - 1n)
    assert.equal(stat.latencyLog2Ns[39], 1n)
  })
})

describe('targetText', () => {
  it('passes printable text through, non-ASCII included', () => {
    assert.equal(targetText(Buffer.from('nginx: worker')), 'nginx: worker')
    assert.equal(targetText(Buffer.from('héllo-線程-🚀')), 'héllo-線程-🚀')
  })

  it('replaces C0, DEL and C1 control characters with ?', () => {
    assert.equal(targetText(Buffer.from('a\tb\nc\rd\x00e\x1b[31mf\x7fg')), 'a?b?c?d?e?[31mf?g')
    assert.equal(targetText(Buffer.from('x\u0085y\u009bz')), 'x?y?z')
  })

  it('replaces invalid UTF-8 without throwing', () => {
    assert.equal(targetText(Buffer.from([0x66, 0xff, 0x6f])), 'f\uFFFDo')
    assert.equal(targetText(Buffer.from([0x61, 0xe2, 0x82])), 'a\uFFFD')
    assert.equal(targetText(Buffer.from([0xc0, 0x80])), '\uFFFD\uFFFD')
    assert.equal(targetText(Buffer.from([0xed, 0xa0, 0x80])), '\uFFFD\uFFFD\uFFFD')
  })

  it('gives an empty string for nothing', () => {
    assert.equal(targetText(null), '')
    assert.equal(targetText(undefined), '')
    assert.equal(targetText(new Uint8Array()), '')
  })

  it('never yields a control character, whatever the bytes', () => {
    const all = Buffer.from(Array.from({length: 256}, (_, i) => i))
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(targetText(all), /[\u0000-\u001f\u007f-\u009f]/)
  })
})

describe('CPU lists (Cpus_allowed_list)', () => {
  it('parses the kernel cpulist format', () => {
    assert.deepEqual(parseCpuList('0-3,8,10-11\n'), [0, 1, 2, 3, 8, 10, 11])
    assert.deepEqual(parseCpuList('2'), [2])
  })
  it('rejects garbled or absurd lists', () => {
    for (const bad of ['', '3-1', 'a', '0-', '1,,2', '0-99999', null, undefined]) assert.equal(parseCpuList(bad), null, String(bad))
  })
  it('formats back to ranges', () => {
    assert.equal(formatCpuList([3, 0, 1, 2, 8, 10, 11]), '0-3,8,10-11')
    assert.equal(formatCpuList([5]), '5')
  })
  it('decodes pinning and the last CPU, unknown as null', () => {
    const decoded = decodeSnapshot(snapshot({at: 1, stats: [], threads: [
      {tid: 1, name: 'a', cpusAllowedList: '1', lastCpu: 1},
      {tid: 2, name: 'b', cpusAllowedList: '0-1', lastCpu: -1},
      {tid: 3, name: 'c'},
    ]}))
    assert.deepEqual(decoded.threads.map((t) => [t.cpusAllowed, t.lastCpu]), [[[1], 1], [[0, 1], null], [null, null]])
  })
})

describe('cmdlineArgs (/proc/<pid>/cmdline)', () => {
  it('splits on NUL, keeps empty arguments, and sanitises each', () => {
    assert.deepEqual(cmdlineArgs(Buffer.from('node\0server.js\0\0--x\0')), ['node', 'server.js', '', '--x'])
    assert.deepEqual(cmdlineArgs(Buffer.from('no-trailing-nul')), ['no-trailing-nul'])
    assert.deepEqual(cmdlineArgs(Buffer.from([0x61, 0x1b, 0x5b, 0x32, 0x4a, 0, 0xff, 0])), ['a?[2J', '\uFFFD'])
    assert.deepEqual(cmdlineArgs(new Uint8Array()), [])
    assert.deepEqual(cmdlineArgs(undefined), [])
  })
})
