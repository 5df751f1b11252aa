import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {DurationError, MAX_DURATION_MS, formatDuration, parseDuration} from '../../src/lib/duration.js'

describe('parseDuration', () => {
  const valid: Array<[string, number]> = [
    ['10', 10_000],
    ['0.5', 500],
    ['.5', 500],
    ['250ms', 250],
    ['10s', 10_000],
    ['2m', 120_000],
    ['1.5h', 5_400_000],
    ['1.1s', 1100],
    ['0.3s', 300],
    ['  10s\n', 10_000],
    ['10 s', 10_000],
    ['250MS', 250],
    ['10S', 10_000],
    ['2M', 120_000],
    ['1H', 3_600_000],
    ['720h', MAX_DURATION_MS],
    ['0.5ms', 0.5],
  ]
  for (const [text, ms] of valid) {
    it(`reads ${JSON.stringify(text)} as ${ms} ms`, () => assert.equal(parseDuration(text), ms))
  }

  const invalid: Array<[string, RegExp?]> = [
    ['', /empty/],
    ['   ', /empty/],
    ['-5', /positive/],
    ['-5s', /positive/],
    ['0', /more than zero/],
    ['0s', /more than zero/],
    ['0.0ms', /more than zero/],
    ['NaN'],
    ['Infinity'],
    ['10x'],
    ['10d'],
    ['s'],
    ['1.2.3s'],
    ['10 20'],
    ['1e3'],
    ['1e9999'],
    ['1' + '0'.repeat(400), /too large/],
    ['721h', /30 days/],
    ['2592000.001', /30 days/],
    ['0x10'],
  ]
  for (const [text, reason] of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      assert.throws(() => parseDuration(text), (err: unknown) => {
        assert.ok(err instanceof DurationError)
        assert.ok(err instanceof Error)
        assert.equal(err.name, 'DurationError')
        assert.ok(err.message.startsWith(`invalid duration ${JSON.stringify(text)}`), err.message)
        assert.match(err.message, /use seconds \(10\) or a number with a unit \(250ms, 10s, 2m, 1h\)/)
        if (reason) assert.match(err.message, reason)
        return true
      })
    })
  }

  it('gives the exact message for an unknown unit', () => {
    assert.throws(() => parseDuration('10x'), {
      message: 'invalid duration "10x": use seconds (10) or a number with a unit (250ms, 10s, 2m, 1h)',
    })
  })

  it('rejects non-strings from untyped callers', () => {
    assert.throws(() => parseDuration(10 as unknown as string), DurationError)
  })
})

describe('formatDuration', () => {
  const cases: Array<[number, string]> = [
    [0, '0 ms'],
    [0.25, '250 µs'],
    [1, '1 ms'],
    [12.345, '12.35 ms'],
    [250, '250 ms'],
    [999.999, '1 s'],
    [1000, '1 s'],
    [1500, '1.5 s'],
    [1234, '1.23 s'],
    [10_000, '10 s'],
    [59_999, '1 min'],
    [60_000, '1 min'],
    [125_000, '2 min 5 s'],
    [125_400, '2 min 5 s'],
    [3_600_000, '1 h'],
    [5_400_000, '1 h 30 min'],
    [3_723_000, '1 h 2 min 3 s'],
    [MAX_DURATION_MS, '30 d'],
    [-1500, '-1.5 s'],
  ]
  for (const [ms, text] of cases) {
    it(`shows ${ms} ms as ${JSON.stringify(text)}`, () => assert.equal(formatDuration(ms), text))
  }

  it('refuses non-finite values', () => {
    assert.throws(() => formatDuration(Number.NaN), RangeError)
    assert.throws(() => formatDuration(Number.POSITIVE_INFINITY), RangeError)
  })

  it('shows what parseDuration read', () => {
    assert.equal(formatDuration(parseDuration('2m')), '2 min')
    assert.equal(formatDuration(parseDuration('1.5')), '1.5 s')
    assert.equal(formatDuration(parseDuration('250ms')), '250 ms')
  })
})
