import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {formatNs, quantileAtMostNs, quantileUpperNs, slotRange} from '../../src/model/latency.js'
import {HIST_SLOTS} from '../../src/decode/syscalls.js'

/** A HIST_SLOTS histogram from slot -> count. */
function hist(slots: Record<number, bigint | number>): bigint[] {
  return Array.from({length: HIST_SLOTS}, (_, i) => BigInt(slots[i] ?? 0))
}

describe('quantileUpperNs', () => {
  it('gives the upper bound of the one slot every call is in', () => {
    const h = hist({3: 10})
    assert.equal(quantileUpperNs(h, 0.5), 16)
    assert.equal(quantileUpperNs(h, 0.99), 16)
    assert.equal(quantileUpperNs(h, 1), 16)
  })

  it('looks past one slow call for p50 and p99, not for p100', () => {
    const h = hist({0: 99, 10: 1})
    assert.equal(quantileUpperNs(h, 0.5), 2)
    assert.equal(quantileUpperNs(h, 0.99), 2)
    assert.equal(quantileUpperNs(h, 1), 2048)
  })

  it('moves p99 to the slow slot when more than 1% are slow', () => {
    const h = hist({0: 98, 10: 2})
    assert.equal(quantileUpperNs(h, 0.99), 2048)
    assert.equal(quantileUpperNs(h, 0.98), 2)
  })

  it('takes the slot where the cumulative count reaches ceil(q * total)', () => {
    // 4 calls: p50 is the 2nd, which is in slot 1.
    const h = hist({0: 1, 1: 1, 2: 1, 3: 1})
    assert.equal(quantileUpperNs(h, 0.5), 4)
    assert.equal(quantileUpperNs(h, 0.51), 8)
    assert.equal(quantileUpperNs(h, 0.75), 8)
    assert.equal(quantileUpperNs(h, 0.76), 16)
  })

  it('is null for an empty histogram', () => {
    assert.equal(quantileUpperNs(hist({}), 0.5), null)
    assert.equal(quantileUpperNs([], 0.99), null)
  })

  it('stays exact with counts beyond 2^53', () => {
    // As doubles, 2^60 + 1 == 2^60 and the one call in slot 1 would vanish from p100.
    const h = hist({0: 2n ** 60n, 1: 1})
    assert.equal(quantileUpperNs(h, 1), 4)
    assert.equal(quantileUpperNs(h, 0.99), 2)
    const max = hist({0: 2n ** 64n - 1n})
    assert.equal(quantileUpperNs(max, 0.5), 2)
  })

  it('bounds a quantile in the open-ended last slot by maxNs, not by 2^40', () => {
    // The probes put every call of 2^39 ns (~9 min) or more in the last slot.
    const h = hist({39: 3})
    assert.equal(quantileUpperNs(h, 0.5, 1_500_000_000_000n), 1_500_000_000_000)
    assert.equal(quantileUpperNs(h, 0.5), null)
    // Below the last slot, maxNs changes nothing.
    assert.equal(quantileUpperNs(hist({0: 99, 39: 1}), 0.99, 1_500_000_000_000n), 2)
    assert.equal(quantileUpperNs(hist({0: 98, 39: 2}), 0.99, 1_500_000_000_000n), 1_500_000_000_000)
  })
})

describe('quantileAtMostNs', () => {
  it('caps the slot bound at the largest call seen', () => {
    // All in [256, 512) but none above 300 ns: 300 is the tighter true bound.
    assert.equal(quantileAtMostNs(hist({8: 10}), 0.5, 300n), 300)
    assert.equal(quantileAtMostNs(hist({8: 10}), 0.5, 511n), 511)
    assert.equal(quantileAtMostNs(hist({0: 99, 10: 1}), 0.99, 1500n), 2)
  })

  it('gives maxNs in the open-ended last slot, and null without calls', () => {
    assert.equal(quantileAtMostNs(hist({39: 2}), 0.99, 3_000_000_000_000n), 3_000_000_000_000)
    assert.equal(quantileAtMostNs(hist({}), 0.5, 0n), null)
  })
})

describe('slotRange', () => {
  it('starts the first slot at 0 (it also holds 0 and 1 ns)', () => {
    assert.deepEqual(slotRange(0, HIST_SLOTS), {minNs: 0, maxNs: 2})
    assert.deepEqual(slotRange(1, HIST_SLOTS), {minNs: 2, maxNs: 4})
    assert.deepEqual(slotRange(10, HIST_SLOTS), {minNs: 1024, maxNs: 2048})
  })

  it('leaves the last slot open-ended', () => {
    assert.deepEqual(slotRange(HIST_SLOTS - 2, HIST_SLOTS), {minNs: 2 ** 38, maxNs: 2 ** 39})
    assert.deepEqual(slotRange(HIST_SLOTS - 1, HIST_SLOTS), {minNs: 549_755_813_888, maxNs: null})
  })
})

describe('formatNs', () => {
  it('writes - for no value', () => assert.equal(formatNs(null), '-'))

  it('switches units at 1000 of the smaller one', () => {
    assert.deepEqual([0, 1, 999, 1000, 1001].map(formatNs), ['0ns', '1ns', '999ns', '1.00µs', '1.00µs'])
    assert.equal(formatNs(999.6), '1.00µs')
    assert.deepEqual([999_000, 1_000_000].map(formatNs), ['999µs', '1.00ms'])
    assert.deepEqual([999_000_000, 1_000_000_000].map(formatNs), ['999ms', '1.00s'])
  })

  it('moves to the next unit when rounding reaches 1000', () => {
    assert.equal(formatNs(999_499), '999µs')
    assert.equal(formatNs(999_500), '1.00ms')
    assert.equal(formatNs(999_999), '1.00ms')
    assert.equal(formatNs(999_999_999), '1.00s')
  })

  it('shows three significant digits, deciding after rounding', () => {
    assert.deepEqual([1234, 12_345, 123_456].map(formatNs), ['1.23µs', '12.3µs', '123µs'])
    assert.equal(formatNs(9_999), '10.0µs')
    assert.equal(formatNs(99_949), '99.9µs')
    assert.equal(formatNs(99_999), '100µs')
    assert.equal(formatNs(12_345_678_901), '12.3s')
  })

  it('keeps seconds as the largest unit', () => assert.equal(formatNs(2 ** 40), '1100s'))

  it('takes bigints', () => {
    assert.equal(formatNs(1_500_000n), '1.50ms')
    assert.equal(formatNs(2n ** 64n - 1n), '18446744074s')
  })
})
