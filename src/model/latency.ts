/** Helpers for the probes' log2 latency histograms (slot i: [2^i, 2^(i+1)) ns; slot 0 also 0-1 ns). */

export function slotRange(slot: number, slots: number): {minNs: number; maxNs: number | null} {
  return {minNs: slot === 0 ? 0 : 2 ** slot, maxNs: slot === slots - 1 ? null : 2 ** (slot + 1)}
}

/** The slot holding quantile q (hist.length when q is above every count); null without data. */
function quantileSlot(hist: readonly bigint[], q: number): number | null {
  const total = hist.reduce((a, b) => a + b, 0n)
  if (total === 0n) return null
  // ceil(q * total) without losing bigint precision for huge counts
  const rank = BigInt(Math.ceil(q * 1e6)) * total
  let seen = 0n
  for (let i = 0; i < hist.length; i++) {
    seen += hist[i]
    if (seen * 1_000_000n >= rank) return i
  }
  return hist.length
}

/**
 * An upper bound of quantile q: the upper bound of the slot holding it (the true
 * value is below it). The last slot is open-ended (the probes put everything of
 * 2^(slots-1) ns and more there), so when q falls in it the only bound known is
 * the largest call seen, maxNs; without maxNs the answer is null (unknown).
 */
export function quantileUpperNs(hist: readonly bigint[], q: number, maxNs?: bigint | number): number | null {
  const slot = quantileSlot(hist, q)
  if (slot === null) return null
  return slot >= hist.length - 1 ? openEnded(maxNs) : 2 ** (slot + 1)
}

/** The lower edge of the slot holding quantile q (a lower bound of it); null without data. */
export function quantileLowerNs(hist: readonly bigint[], q: number): number | null {
  const slot = quantileSlot(hist, q)
  if (slot === null) return null
  return slot === 0 || slot === hist.length ? 0 : 2 ** slot
}

function openEnded(maxNs: bigint | number | undefined): number | null {
  return maxNs === undefined ? null : Number(maxNs)
}

/** quantileUpperNs, but never above the largest value actually seen. */
export function quantileAtMostNs(hist: readonly bigint[], q: number, maxNs: bigint): number | null {
  const upper = quantileUpperNs(hist, q, maxNs)
  return upper === null ? null : Math.min(upper, Number(maxNs))
}

export function formatNs(ns: number | bigint | null): string {
  if (ns === null) return '-'
  const v = Number(ns)
  // Pick the unit after rounding: 999,999 ns reads 1.00ms, not 1000µs.
  if (Math.round(v) < 1e3) return `${v.toFixed(0)}ns`
  if (trim(v / 1e3) !== '1000' && v < 1e6) return `${trim(v / 1e3)}µs`
  if (trim(v / 1e6) !== '1000' && v < 1e9) return `${trim(v / 1e6)}ms`
  return `${trim(v / 1e9)}s`
}

/** Three significant digits, deciding the digits after rounding (9.999 reads 10.0, not 10.00). */
function trim(v: number): string {
  const two = v.toFixed(2)
  if (Number(two) < 10) return two
  const one = v.toFixed(1)
  return Number(one) < 100 ? one : v.toFixed(0)
}
