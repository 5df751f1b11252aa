import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {FrameReader, FrameStreamError, type Frame} from '../../src/collector/frame-reader.js'
import {stackprof} from '../../src/proto/stackprof.pb.js'
import {encodeFrame, hello, snapshot} from './fixtures.js'

const busy = snapshot({
  at: 1,
  stats: [
    {tid: 4242, nr: 110, count: 1000, hist: {7: 10, 8: 980, 9: 10}},
    {tid: 4243, nr: 3, count: 500, errnos: {9: 500}, rawHist: Array.from({length: 40}, (_, i) => (i === 39 ? 2n ** 64n - 1n : i))},
  ],
  threads: [{tid: 4242, name: 'server'}, {tid: 4243, name: 'worker'}],
  counters: {unmatchedExits: 2},
})

const pieces = [
  encodeFrame({hello: hello()}),
  encodeFrame({snapshot: busy}),
  encodeFrame({final: {snapshot: {...busy, targetAlive: false}, reason: 'target-exited'}}),
  encodeFrame({fatal: {code: 'no-such-process', message: 'no process 4242', hint: 'check the PID'}}),
]
const stream = Buffer.concat(pieces)
/** Each frame decoded on its own, the reference the reader must reproduce. */
const expected = pieces.map((p) => stackprof.v1.Frame.decodeDelimited(p))

function feed(chunks: Uint8Array[]): {frames: Frame[]; reader: FrameReader} {
  const reader = new FrameReader()
  const frames = chunks.flatMap((c) => reader.push(c))
  return {frames, reader}
}

describe('FrameReader', () => {
  it('has test frames of every kind, one of them longer than a one-byte length', () => {
    assert.deepEqual(expected.map((f) => f.kind), ['hello', 'snapshot', 'final', 'fatal'])
    // A snapshot this size has a two-byte length varint, so splits inside the header are tested too.
    assert.ok(pieces[1].length > 130, `snapshot frame is ${pieces[1].length} bytes`)
    assert.equal(expected[3].fatal?.code, 'no-such-process')
    assert.equal(expected[2].final?.reason, 'target-exited')
  })

  it('reads the frames of one chunk in order', () => {
    const {frames, reader} = feed([stream])
    assert.deepStrictEqual(frames, expected)
    assert.equal(reader.leftover, 0)
  })

  it('gives the same frames for every 2-way split of the stream', () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      const {frames, reader} = feed([stream.subarray(0, cut), stream.subarray(cut)])
      assert.deepStrictEqual(frames, expected, `cut at byte ${cut}`)
      assert.equal(reader.leftover, 0, `cut at byte ${cut}`)
    }
  })

  it('gives the same frames fed one byte at a time', () => {
    const reader = new FrameReader()
    const frames: Frame[] = []
    const completedAt: number[] = []
    for (let i = 0; i < stream.length; i++) {
      const got = reader.push(stream.subarray(i, i + 1))
      if (got.length > 0) completedAt.push(i + 1)
      frames.push(...got)
    }
    assert.deepStrictEqual(frames, expected)
    assert.equal(reader.leftover, 0)
    // Each frame comes out with its last byte, not later.
    let end = 0
    assert.deepEqual(completedAt, pieces.map((p) => (end += p.length)))
  })

  it('does not depend on the caller keeping its chunk unchanged', () => {
    const chunk = Buffer.from(stream.subarray(0, pieces[0].length + 5))
    const reader = new FrameReader()
    const first = reader.push(chunk)
    chunk.fill(0)
    const rest = reader.push(stream.subarray(pieces[0].length + 5))
    assert.deepStrictEqual([...first, ...rest], expected)
  })

  it('keeps exact uint64 values through the stream', () => {
    const [, snap] = feed([stream]).frames
    const hist = snap.snapshot?.syscalls?.[1].latencyLog2Ns ?? []
    assert.equal(hist.length, 40)
    assert.equal(hist[39].toString(), '18446744073709551615')
    assert.equal(snap.snapshot?.syscalls?.[0].count?.toString(), '1000')
  })

  it('reports the bytes of a partial frame as leftover', () => {
    const {frames, reader} = feed([stream.subarray(0, stream.length - 1)])
    assert.deepStrictEqual(frames, expected.slice(0, 3))
    assert.equal(reader.leftover, pieces[3].length - 1)
    assert.deepStrictEqual(reader.push(stream.subarray(stream.length - 1)), expected.slice(3))
    assert.equal(reader.leftover, 0)
  })

  it('reports a frame cut inside its length varint as leftover', () => {
    const reader = new FrameReader()
    assert.deepStrictEqual(reader.push(pieces[1].subarray(0, 1)), [])
    assert.equal(reader.leftover, 1)
  })

  it('skips fields it does not know (the contract only ever adds fields)', () => {
    // Frame field 99, varint 1, then a fatal frame's field: a newer loader's frame.
    const body = Buffer.concat([Buffer.from([0x98, 0x06, 0x01]), stackprof.v1.Frame.encode({fatal: {code: 'usage'}}).finish()])
    const [frame] = new FrameReader().push(Buffer.concat([Buffer.from([body.length]), body]))
    assert.equal(frame.kind, 'fatal')
    assert.equal(frame.fatal?.code, 'usage')
  })

  describe('corrupt streams throw FrameStreamError', () => {
    const isStreamError = (pattern: RegExp) => (error: unknown) => {
      assert.ok(error instanceof FrameStreamError, `expected FrameStreamError, got ${String(error)}`)
      assert.equal(error.constructor, FrameStreamError)
      assert.match(error.message, pattern)
      return true
    }

    it('on a huge length (0xFFFFFFFF0F, 4 GiB)', () => {
      assert.throws(() => new FrameReader().push(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])), isStreamError(/4294967295 bytes.*corrupt/))
    })

    it('on a huge length that arrives byte by byte, once its varint is complete', () => {
      const reader = new FrameReader()
      for (const byte of [0xff, 0xff, 0xff, 0xff]) assert.deepStrictEqual(reader.push(Buffer.from([byte])), [])
      assert.throws(() => reader.push(Buffer.from([0x0f])), isStreamError(/corrupt/))
    })

    it('on a length just over 64 MiB, without waiting for its body', () => {
      const length = 64 * 1024 * 1024 + 1
      assert.throws(() => new FrameReader().push(encodeVarint(length)), isStreamError(/67108865 bytes/))
    })

    it('accepts a length of exactly 64 MiB as a frame still to come', () => {
      const reader = new FrameReader()
      assert.deepStrictEqual(reader.push(encodeVarint(64 * 1024 * 1024)), [])
      assert.equal(reader.leftover, 4)
    })

    it('on a length varint longer than 5 bytes', () => {
      assert.throws(() => new FrameReader().push(Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01])), isStreamError(/not a valid varint/))
    })

    it('on a body that is not a Frame (truncated field)', () => {
      // Frame.hello, 5 bytes long, but the frame holds none of them.
      assert.throws(() => new FrameReader().push(Buffer.from([0x02, 0x0a, 0x05])), isStreamError(/undecodable frame at byte 0/))
    })

    it('on a body with an invalid wire type, naming where the frame starts', () => {
      const bad = Buffer.from([0x01, 0x0f])
      assert.throws(() => new FrameReader().push(Buffer.concat([pieces[0], bad])), isStreamError(new RegExp(`undecodable frame at byte ${pieces[0].length}`)))
    })
  })
})

function encodeVarint(value: number): Buffer {
  const bytes: number[] = []
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80)
    value = Math.floor(value / 0x80)
  }
  bytes.push(value)
  return Buffer.from(bytes)
}

