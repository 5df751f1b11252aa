/** Number formatting shared by findings and renderers: thousands separators, rates that stay readable. */
export function count(n: bigint | number): string {
  return n.toLocaleString('en-US')
}

export function perSecond(rate: number): string {
  return rate >= 100 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)
}

/** Fixed-width column: cut with an ellipsis, padded left or (right = true) right-aligned. */
export function pad(s: string, width: number, right = false): string {
  if (s.length > width) s = s.slice(0, width - 1) + '…'
  return right ? s.padStart(width) : s.padEnd(width)
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(share > 0 && share < 0.01 ? 1 : 0)}%`
}
