const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
}

/** Longer runs are almost certainly a typo (e.g. `10h` for `10s`), not a plan. */
export const MAX_DURATION_MS = 30 * 24 * 3_600_000

const HINT = 'use seconds (10) or a number with a unit (250ms, 10s, 2m, 1h)'

// No exponents or signs: `1e3` or `+5` on a command line is more likely a mistake
// than intent, and refusing them keeps the accepted language easy to explain.
const DURATION_RE = /^(\d+(?:\.\d*)?|\.\d+)\s*(ms|s|m|h)?$/i

export class DurationError extends Error {
  constructor(readonly input: string, reason?: string) {
    super(`invalid duration ${JSON.stringify(input)}${reason === undefined ? '' : ` (${reason})`}: ${HINT}`)
    this.name = 'DurationError'
  }
}

/**
 * Parses a duration given on the command line and returns milliseconds. A bare number
 * means seconds, because that is what users of tools like `timeout` and `perf` expect.
 */
export function parseDuration(text: string): number {
  if (typeof text !== 'string') throw new DurationError(String(text), 'not a string')
  const trimmed = text.trim()
  if (trimmed === '') throw new DurationError(text, 'empty')
  const m = DURATION_RE.exec(trimmed)
  if (m === null) {
    throw new DurationError(text, trimmed.startsWith('-') ? 'must be positive' : undefined)
  }
  const value = Number(m[1])
  const unit = (m[2] ?? 's').toLowerCase()
  // Rounding to nanoseconds removes binary floating-point noise (1.1 * 1000 is not 1100).
  const ms = Math.round(value * UNIT_MS[unit] * 1e6) / 1e6
  if (!Number.isFinite(ms)) throw new DurationError(text, 'too large')
  if (ms <= 0) throw new DurationError(text, 'must be more than zero')
  if (ms > MAX_DURATION_MS) throw new DurationError(text, 'at most 30 days')
  return ms
}

const round2 = (x: number): number => Math.round(x * 100) / 100

/** A short human reading of a duration: `250 ms`, `1.5 s`, `2 min 5 s`, `1 h 30 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`cannot format duration ${ms}`)
  if (ms < 0) return `-${formatDuration(-ms)}`
  if (ms === 0) return '0 ms'
  // Each branch tests the value after the rounding it displays, so 999.999 ms reads
  // "1 s" rather than "1000 ms", and 59.999 s reads "1 min" rather than "60 s".
  if (ms < 1 && round2(ms * 1000) < 1000) return `${round2(ms * 1000)} µs`
  if (round2(ms) < 1000) return `${round2(ms)} ms`
  if (round2(ms / 1000) < 60) return `${round2(ms / 1000)} s`
  let seconds = Math.round(ms / 1000)
  const parts: string[] = []
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['min', 60], ['s', 1]] as const) {
    const count = Math.floor(seconds / size)
    seconds -= count * size
    if (count > 0) parts.push(`${count} ${unit}`)
  }
  return parts.join(' ')
}
