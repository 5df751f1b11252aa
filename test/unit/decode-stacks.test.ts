import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {stackprof} from '../../src/proto/stackprof.pb.js'
import {ingestStacks} from '../../src/decode/stacks.js'
import {Session} from '../../src/model/session.js'
import {emptyProfile, frameLabel, type Profile} from '../../src/model/stacks.js'
import {hello, snapshot, u64} from './fixtures.js'

const {StackFrame, StackModule} = stackprof.v1

/** Through the wire and back, as the session gets it from the loader. */
function wire(extra: Partial<stackprof.v1.ISnapshot>, at = 1, threads: {tid: number; name: string}[] = []): stackprof.v1.ISnapshot {
  return stackprof.v1.Snapshot.decode(stackprof.v1.Snapshot.encode(snapshot({at, stats: [], threads, extra})).finish())
}

function counters(overrides: Partial<stackprof.v1.IStacksCounters> = {}): stackprof.v1.IStacksCounters {
  return {event: 'cpu-clock', frequencyHz: 99, samples: u64(0), perfMapStatus: 'absent', ...overrides}
}

/** Snapshot 1: the kernel, the executable and libc; a user-mode stack and a syscall stack. */
const firstFields: Partial<stackprof.v1.ISnapshot> = {
  newStackModules: [
    {id: 1, kind: StackModule.Kind.KERNEL, path: '[kernel.kallsyms]', symbols: 'kallsyms'},
    {id: 2, kind: StackModule.Kind.ELF, path: '/srv/app', buildId: 'abcd', start: u64(0x5555_0000_1000n), limit: u64(0x5555_0000_9000n), fileOffset: u64(0x1000), symbols: 'symtab'},
    {id: 3, kind: StackModule.Kind.ELF, path: '/usr/lib/x86_64-linux-gnu/libc.so.6', symbols: 'debuginfo'},
  ],
  newStackFrames: [
    {id: 1, kind: StackFrame.Kind.NATIVE, function: 'spin', moduleId: 2, address: u64(0x5555_0000_1234n), moduleOffset: u64(0x1234), file: 'app.c', line: 12},
    {id: 2, kind: StackFrame.Kind.NATIVE, function: 'main', moduleId: 2, address: u64(0x5555_0000_1300n), moduleOffset: u64(0x1300)},
    {id: 3, kind: StackFrame.Kind.NATIVE, function: '__libc_start_call_main', moduleId: 3, address: u64(0x7f00_0000_2000n), moduleOffset: u64(0x2000)},
    {id: 4, kind: StackFrame.Kind.KERNEL, function: 'do_syscall_64', moduleId: 1, address: u64(0xffff_ffff_8100_0000n), moduleOffset: u64(0xffff_ffff_8100_0000n)},
    {id: 5, kind: StackFrame.Kind.NATIVE, function: 'write', moduleId: 3, address: u64(0x7f00_0000_3000n), moduleOffset: u64(0x3000)},
  ],
  newStacks: [
    {id: 1, frameIds: [1, 2, 3]},
    {id: 2, frameIds: [4, 5, 2, 3]},
  ],
  stackSamples: [
    {tid: 100, stackId: 1, samples: u64(40)},
    {tid: 100, stackId: 2, samples: u64(7)},
  ],
  stacksCounters: counters({samples: u64(47), symbolizeNs: u64(1_500_000)}),
}
const first = wire(firstFields)

/** Snapshot 2: one new JIT frame and a stack that reuses frames of snapshot 1; samples are cumulative. */
const secondFields: Partial<stackprof.v1.ISnapshot> = {
  newStackModules: [{id: 4, kind: StackModule.Kind.PERF_MAP, path: '/tmp/perf-4242.map', symbols: 'perf map (3 entries)'}],
  newStackFrames: [{id: 6, kind: StackFrame.Kind.JIT, function: 'LazyCompile:*handle server.js:10', moduleId: 4, address: u64(0x3ff0_0000n)}],
  newStacks: [{id: 3, frameIds: [6, 2, 3], userTruncated: true, truncatedModuleId: 4}],
  stackSamples: [
    {tid: 100, stackId: 1, samples: u64(90)},
    {tid: 100, stackId: 2, samples: u64(7)},
    {tid: 101, stackId: 3, samples: u64(3)},
  ],
  stacksCounters: counters({samples: u64(100), symbolizeNs: u64(2_000_000), stackTableFull: u64(2)}),
}
const second = wire(secondFields, 2)

function ingested(...snapshots: stackprof.v1.ISnapshot[]): Profile {
  const profile = emptyProfile({pid: 4242, comm: 'app', cmdline: ['app']}, new Date(0))
  for (const s of snapshots) ingestStacks(profile, s)
  return profile
}

describe('ingestStacks', () => {
  it('keeps modules, frames and stacks by their ids, with their kinds and addresses', () => {
    const p = ingested(first)
    assert.deepEqual([...p.modules.keys()], [1, 2, 3])
    assert.deepEqual(p.modules.get(2), {
      id: 2, kind: 'elf', path: '/srv/app', buildId: 'abcd', start: 0x5555_0000_1000n, limit: 0x5555_0000_9000n, fileOffset: 0x1000n, symbols: 'symtab',
    })
    assert.equal(p.modules.get(1)!.kind, 'kernel')
    assert.deepEqual(p.frames.get(1), {
      id: 1, kind: 'native', function: 'spin', moduleId: 2, address: 0x5555_0000_1234n, moduleOffset: 0x1234n, file: 'app.c', line: 12, unknownReason: '',
    })
    // Kernel addresses need all 64 bits.
    assert.equal(p.frames.get(4)!.address, 0xffff_ffff_8100_0000n)
    assert.equal(frameLabel(p, p.frames.get(4)!), 'do_syscall_64_[k]')
    assert.deepEqual(p.stacks.get(2), {id: 2, frameIds: [4, 5, 2, 3], userTruncated: false, truncatedModuleId: 0, depthLimited: false, userMissing: false})
    assert.deepEqual(p.samples, [
      {tid: 100, stackId: 1, samples: 40, offcpuNs: 0n, offcpuSwitches: 0},
      {tid: 100, stackId: 2, samples: 7, offcpuNs: 0n, offcpuSwitches: 0},
    ])
    assert.equal(p.counters.samples, 47n)
    assert.equal(p.counters.event, 'cpu-clock')
    assert.equal(p.counters.frequencyHz, 99)
  })

  it('adds what each snapshot sends for the first time and keeps what earlier ones sent', () => {
    const p = ingested(first, second)
    assert.deepEqual([...p.modules.keys()], [1, 2, 3, 4])
    assert.deepEqual([...p.frames.keys()], [1, 2, 3, 4, 5, 6])
    assert.deepEqual([...p.stacks.keys()], [1, 2, 3])
    assert.equal(p.modules.get(4)!.kind, 'perf-map')
    assert.equal(p.frames.get(6)!.kind, 'jit')
    assert.equal(frameLabel(p, p.frames.get(6)!), 'LazyCompile:*handle server.js:10_[j]')
    assert.deepEqual(p.stacks.get(3), {id: 3, frameIds: [6, 2, 3], userTruncated: true, truncatedModuleId: 4, depthLimited: false, userMissing: false})
  })

  it('replaces the cumulative samples and counters instead of adding to them', () => {
    const p = ingested(first, second)
    assert.deepEqual(p.samples.map((s) => [s.tid, s.stackId, s.samples]), [[100, 1, 90], [100, 2, 7], [101, 3, 3]])
    assert.equal(p.samples.reduce((a, s) => a + s.samples, 0), 100)
    assert.equal(p.counters.samples, 100n)
    assert.equal(p.counters.symbolizeNs, 2_000_000n)
    assert.equal(p.counters.stackTableFull, 2n)
  })

  it('keeps off-CPU time exactly beyond 2^53 ns', () => {
    const p = ingested(first, wire({
      stackSamples: [{tid: 100, stackId: 2, samples: u64(7), offcpuNs: u64(18_446_744_073_709_551_615n), offcpuSwitches: u64(12)}],
      stacksCounters: counters({offcpu: true, offcpuLost: u64(1), missedEvents: u64(5), finalSymbolizeNs: u64(300)}),
    }, 3))
    assert.deepEqual(p.samples, [{tid: 100, stackId: 2, samples: 7, offcpuNs: 18_446_744_073_709_551_615n, offcpuSwitches: 12}])
    assert.equal(p.counters.offcpu, true)
    assert.equal(p.counters.offcpuLost, 1n)
    assert.equal(p.counters.missedEvents, 5n)
    assert.equal(p.counters.finalSymbolizeNs, 300n)
  })

  it('leaves the profile alone for a snapshot without the stacks probe', () => {
    const p = ingested(first, wire({}, 2))
    assert.equal(p.samples.length, 2)
    assert.equal(p.counters.samples, 47n)
  })

  it('shows names from the target\'s files without their control characters, and reads unknown kinds as unknown', () => {
    const p = ingested(wire({
      newStackModules: [{id: 1, kind: 99 as stackprof.v1.StackModule.Kind, path: '/tmp/evil\n\u001b[2Jlib.so'}],
      newStackFrames: [{id: 1, kind: 0 as stackprof.v1.StackFrame.Kind, function: 'f\u001b]0;x\u0007', moduleId: 1, unknownReason: ''}],
      stacksCounters: counters(),
    }))
    assert.equal(p.modules.get(1)!.path, '/tmp/evil??[2Jlib.so')
    assert.equal(p.modules.get(1)!.kind, 'other')
    assert.equal(p.frames.get(1)!.function, 'f?]0;x?')
    assert.equal(p.frames.get(1)!.kind, 'unknown')
  })
})

describe('Session and the stacks probe', () => {
  const stacksHello = hello({probes: [{name: 'syscalls', attached: true, variant: 'tp_btf'}, {name: 'stacks', attached: true, variant: 'perf_event cpu-clock 99 Hz'}]})

  it('has a profile only when the stacks probe attached', () => {
    assert.equal(new Session(hello()).stacks, undefined)
    assert.equal(new Session(hello({probes: [{name: 'stacks', attached: false, error: 'no perf events'}]})).stacks, undefined)
    assert.ok(new Session(stacksHello).stacks)
  })

  it('feeds every snapshot and the final one to the profile, with thread names, target and duration', () => {
    const session = new Session(stacksHello)
    session.apply(wire(firstFields, 1, [{tid: 100, name: 'app'}]))
    session.finish(wire(secondFields, 2.5, [{tid: 100, name: 'app'}, {tid: 101, name: 'worker-1'}]), 'duration')
    const p = session.stacks!
    assert.equal(p.stacks.size, 3)
    assert.equal(p.samples.reduce((a, s) => a + s.samples, 0), 100)
    assert.deepEqual([...p.threads.values()], [{tid: 100, name: 'app'}, {tid: 101, name: 'worker-1'}])
    assert.equal(p.durationNs, 2_500_000_000n)
    assert.equal(p.target.pid, 4242)
    assert.equal(p.target.comm, 'server')
    assert.equal(p.startedAt, session.startedAt)
  })
})
