// A hand-built Profile for the export tests: modules with addresses and build
// ids, one function sampled at two addresses, kernel, libc, JIT and unknown
// frames, three threads (one with a space in its name), and function names
// that try to break every format.
import {emptyProfile, type FrameKind, type Profile} from '../../src/model/stacks.js'

export const HOSTILE_SCRIPT = '</script><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
export const HOSTILE_QUOTES = `"quoted" 'name' & <b>bold</b>`
export const HOSTILE_NEWLINE = 'line1\nline2\r\tend'
export const HOSTILE_FOLDED = 'ns::f(int; char) const 12'
export const HOSTILE_SURROGATE = 'bad\uD800name'

export interface FrameSpec {
  kind: FrameKind
  function: string
  module: number
  offset: number
  file?: string
  line?: number
}

export const FRAMES: Record<string, FrameSpec> = {
  main: {kind: 'native', function: 'main', module: 1, offset: 0x1000, file: '/src/server.c', line: 10},
  work: {kind: 'native', function: 'work', module: 1, offset: 0x1100, file: '/src/server.c', line: 15},
  hotA1: {kind: 'native', function: 'hot_a', module: 1, offset: 0x1200, file: '/src/server.c', line: 20},
  hotA2: {kind: 'native', function: 'hot_a', module: 1, offset: 0x1208, file: '/src/server.c', line: 21},
  hotB: {kind: 'native', function: 'hot_b', module: 1, offset: 0x1300, file: '/src/server.c', line: 30},
  libc: {kind: 'native', function: '', module: 3, offset: 0xe5f0},
  startThread: {kind: 'native', function: 'start_thread', module: 3, offset: 0x8b000},
  entry: {kind: 'kernel', function: 'entry_SYSCALL_64_after_hwframe', module: 2, offset: 0x76},
  doSyscall: {kind: 'kernel', function: 'do_syscall_64', module: 2, offset: 0x1a0},
  getppid: {kind: 'kernel', function: '__x64_sys_getppid', module: 2, offset: 0x20},
  schedule: {kind: 'kernel', function: 'schedule', module: 2, offset: 0x300},
  jit: {kind: 'jit', function: 'LazyCompile:*handler /srv/app.js:12', module: 4, offset: 0x40},
  anon: {kind: 'unknown', function: '', module: 5, offset: 0x10},
  script: {kind: 'native', function: HOSTILE_SCRIPT, module: 1, offset: 0x2000},
  quotes: {kind: 'native', function: HOSTILE_QUOTES, module: 1, offset: 0x2100},
  newline: {kind: 'native', function: HOSTILE_NEWLINE, module: 1, offset: 0x2200},
  folded: {kind: 'native', function: HOSTILE_FOLDED, module: 1, offset: 0x2300},
  surrogate: {kind: 'native', function: HOSTILE_SURROGATE, module: 1, offset: 0x2400},
}

/** Stacks root first, as people read them; frames by their FRAMES key. */
export const STACKS: {tid: number; frames: (keyof typeof FRAMES)[]; samples: number; offcpuNs?: bigint}[] = [
  {tid: 4242, frames: ['main', 'work', 'hotA1'], samples: 30, offcpuNs: 1_000_000_000n},
  {tid: 4242, frames: ['main', 'work', 'hotA2'], samples: 20},
  {tid: 4242, frames: ['main', 'hotB'], samples: 25},
  {tid: 4242, frames: ['main', 'libc', 'entry', 'doSyscall', 'getppid'], samples: 5},
  {tid: 4243, frames: ['startThread', 'anon', 'jit', 'script'], samples: 10},
  {tid: 4243, frames: ['startThread', 'anon', 'jit', 'quotes'], samples: 3},
  // Off-CPU only: no on-CPU samples with this stack. 20.2 ms at 99 Hz is 2 sample equivalents.
  {tid: 4243, frames: ['startThread', 'libc', 'entry', 'doSyscall', 'schedule'], samples: 0, offcpuNs: 20_202_020n},
  // 5 ms at 99 Hz rounds to 0: left out of the folded file.
  {tid: 4244, frames: ['startThread', 'work', 'schedule'], samples: 0, offcpuNs: 5_000_000n},
  {tid: 4244, frames: ['startThread', 'newline'], samples: 2},
  {tid: 4244, frames: ['startThread', 'folded'], samples: 4},
  {tid: 4244, frames: ['startThread', 'surrogate'], samples: 1},
]

export const ONCPU_TOTAL = 100

const MODULES: [number, Profile['modules'] extends Map<number, infer M> ? Omit<M, 'id'> : never][] = [
  [1, {kind: 'elf', path: '/srv/server', buildId: '0123456789abcdef0123456789abcdef01234567', start: 0x55550000_0000n, limit: 0x55550010_0000n, fileOffset: 0n, symbols: 'symtab'}],
  [2, {kind: 'kernel', path: '[kernel.kallsyms]', buildId: '', start: 0xffffffff_81000000n, limit: 0xffffffff_83000000n, fileOffset: 0n, symbols: 'kallsyms'}],
  [3, {kind: 'elf', path: '/usr/lib/x86_64-linux-gnu/libc.so.6', buildId: 'fedcba9876543210fedcba9876543210fedcba98', start: 0x7f00_0000_0000n, limit: 0x7f00_0020_0000n, fileOffset: 0x28000n, symbols: 'symtab'}],
  [4, {kind: 'perf-map', path: '/tmp/perf-4242.map', buildId: '', start: 0x3e00_0000_0000n, limit: 0x3e00_0100_0000n, fileOffset: 0n, symbols: 'perf map (812 entries)'}],
  [5, {kind: 'anonymous', path: '[anon]', buildId: '', start: 0x3f00_0000_0000n, limit: 0x3f00_0010_0000n, fileOffset: 0n, symbols: 'none'}],
]

export function exportProfile(options: {offcpu?: boolean} = {}): Profile {
  const offcpu = options.offcpu ?? true
  const profile = emptyProfile({pid: 4242, comm: 'server', cmdline: ['./server', '--port', '8080']}, new Date('2026-11-23T12:00:00.000Z'))
  Object.assign(profile.counters, {event: 'cpu-clock', frequencyHz: 99, offcpu, samples: BigInt(ONCPU_TOTAL), perfMapEntries: 812, perfMapStatus: 'read (812 entries)'})
  for (const [id, m] of MODULES) profile.modules.set(id, {id, ...m})
  const frameIds = new Map<string, number>()
  for (const [key, f] of Object.entries(FRAMES)) {
    const id = frameIds.size + 1
    frameIds.set(key, id)
    const module = profile.modules.get(f.module)!
    profile.frames.set(id, {
      id, kind: f.kind, function: f.function, moduleId: f.module, address: module.start + BigInt(f.offset), moduleOffset: BigInt(f.offset),
      file: f.file ?? '', line: f.line ?? 0, unknownReason: f.function ? '' : 'no symbol',
    })
  }
  for (const [i, s] of STACKS.entries()) {
    const id = i + 1
    profile.stacks.set(id, {id, frameIds: s.frames.map((k) => frameIds.get(k)!).reverse(), userTruncated: false, truncatedModuleId: 0, depthLimited: false, userMissing: false})
    profile.samples.push({tid: s.tid, stackId: id, samples: s.samples, offcpuNs: offcpu ? s.offcpuNs ?? 0n : 0n, offcpuSwitches: s.offcpuNs ? 1 : 0})
  }
  // Off-CPU-only stacks have no on-CPU sample: without --off-cpu they would not be in the profile.
  if (!offcpu) profile.samples = profile.samples.filter((s) => s.samples > 0)
  for (const [tid, name] of [[4242, 'server'], [4243, 'worker-1'], [4244, 'worker 2']] as const) profile.threads.set(tid, {tid, name})
  profile.durationNs = 10_000_000_000n
  return profile
}

/** The frame id of a FRAMES key in exportProfile(). */
export function frameId(key: keyof typeof FRAMES): number {
  return Object.keys(FRAMES).indexOf(key) + 1
}
