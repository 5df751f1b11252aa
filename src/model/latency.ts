/** Helpers for the probes' log2 latency histograms (slot i: [2^i, 2^(i+1)) ns; slot 0 also 0-1 ns). */

export function slotRange(slot: number, slots: number): {minNs: number; maxNs: number | null} {
  return {minNs: slot === 0 ? 0 : 2 ** slot, maxNs: slot === slots - 1 ? null : 2 ** (slot + 1)}
}

/** The upper bound of the slot holding quantile q: the true value is below it. */
export function quantileUpperNs(hist: readonly bigint[], q: number): number | null {
  const total = hist.reduce((a, b) => a + b, 0n)
  if (total === 0n) return null
  // ceil(q * total) without losing bigint precision for huge counts
  const rank = BigInt(Math.ceil(q * 1e6)) * total
  let seen = 0n
  for (let i = 0; i < hist.length; i++) {
    seen += hist[i]
    if (seen * 1_000_000n >= rank) return 2 ** (i + 1)
  }
  return 2 ** hist.length
}

export function formatNs(ns: number | bigint | null): string {
  if (ns === null) return '-'
  const v = Number(ns)
  if (v < 1e3) return `${v.toFixed(0)}ns`
  if (v < 1e6) return `${trim(v / 1e3)}µs`
  if (v < 1e9) return `${trim(v / 1e6)}ms`
  return `${trim(v / 1e9)}s`
}

function trim(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)
}
