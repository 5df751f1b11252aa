import {constants} from 'node:os'

// Node's errno table is the host's, and the profiler only runs on Linux, where x86_64
// and arm64 share the generic errno numbering, so it also fits profiles from the other
// architecture.

// Where two names share a number, show the one the kernel source and man pages use.
const PREFERRED = new Set(['EAGAIN', 'EDEADLK', 'EOPNOTSUPP'])

// Kernel-internal codes that userspace never receives but a sys_exit tracepoint sees
// when a signal interrupts a blocking call (include/linux/errno.h); Node cannot know them.
const KERNEL_INTERNAL: Readonly<Record<string, number>> = {
  ERESTARTSYS: 512,
  ERESTARTNOINTR: 513,
  ERESTARTNOHAND: 514,
  ERESTART_RESTARTBLOCK: 516,
}

// glibc's alias that Node leaves out, kept so that errnoNumber accepts both spellings.
const EXTRA_ALIASES: Readonly<Record<string, number>> = {
  EDEADLOCK: 35,
}

const byName = new Map<string, number>()
const byNumber = new Map<number, string>()
for (const [name, nr] of Object.entries({...constants.errno, ...KERNEL_INTERNAL, ...EXTRA_ALIASES})) {
  byName.set(name, nr)
  const had = byNumber.get(nr)
  if (had === undefined || (PREFERRED.has(name) && !PREFERRED.has(had))) byNumber.set(nr, name)
}

/**
 * The symbolic name of an errno, e.g. 2 → 'ENOENT'. Negative values are taken as raw
 * syscall return values (-errno), as eBPF sees them. Unknown numbers give `E<n>`.
 */
export function errnoName(n: number): string {
  const nr = Math.abs(n)
  return byNumber.get(nr) ?? `E${nr}`
}

/** The errno number for a name (case-insensitive, aliases accepted), or undefined. */
export function errnoNumber(name: string): number | undefined {
  const upper = name.toUpperCase()
  if (byName.has(upper)) return byName.get(upper)
  // Round-trips errnoName's fallback for numbers Node has no name for.
  const m = /^E(\d+)$/.exec(upper)
  return m ? Number(m[1]) : undefined
}
