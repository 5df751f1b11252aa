// A recording written by the real Recorder from loader frames built with the
// unit-test fixtures, driven the way collect() drives it: every probe's part
// of the snapshot, stacks with their symbols, busy-poll knobs and a NIC layout.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {NicLayout} from '../../src/collector/nic.js'
import {Session} from '../../src/model/session.js'
import {stackprof} from '../../src/proto/stackprof.pb.js'
import {Recorder} from '../../src/recording/writer.js'
import {hello, netDevice, netKnobs, snapshot, u64, NR} from './fixtures.js'
import {listener} from './listeners-fixtures.js'
import {schedFields} from './sched-fixtures.js'

const {StackFrame, StackModule} = stackprof.v1

export const NIC: NicLayout = {
  source: 'our-sysfs',
  targetNetnsIsOurs: true,
  rpsSockFlowEntries: 0,
  devices: [{
    name: 'eth0', operstate: 'up', parent: 'virtio1', pciAddress: '0000:00:03.0',
    rxQueues: [{index: 0, rpsCpus: [], rpsFlowCnt: 0}, {index: 1, rpsCpus: [0, 1], rpsFlowCnt: null}],
    txQueues: [{index: 0, xpsCpus: [0], xpsRxqs: null}],
    irqs: [{irq: 24, name: 'virtio1-input.0', queue: 0, kind: 'rx', affinity: [0, 1], effectiveAffinity: [1], perCpu: [10, 2000], perCpuWhileAttached: [0, 150]}],
  }],
}

export const HELLO = hello({
  probes: [
    {name: 'syscalls', attached: true, variant: 'tp_btf', error: ''},
    {name: 'eventloop', attached: true, variant: 'tp_btf (in-syscalls)', error: ''},
    {name: 'sched', attached: true, variant: 'tp_btf', error: ''},
    {name: 'listeners', attached: true, variant: 'iter', error: ''},
    {name: 'stacks', attached: true, variant: 'perf_event', error: ''},
  ],
})

const THREADS = [
  {tid: 4242, name: 'server', oncpuNs: 0, cpusAllowedList: '0-1', lastCpu: 0},
  {tid: 4243, name: 'worker-1', oncpuNs: 0, cpusAllowedList: '1', lastCpu: 1},
]

/** Snapshot n (1-based) of the session: cumulative counts that grow with n. */
export function recordedSnapshot(n: number, final = false): stackprof.v1.ISnapshot {
  const stacks: Partial<stackprof.v1.ISnapshot> = n === 1
    ? {
        newStackModules: [
          {id: 1, kind: StackModule.Kind.KERNEL, path: '[kernel.kallsyms]', symbols: 'kallsyms'},
          {id: 2, kind: StackModule.Kind.ELF, path: '/srv/app', buildId: 'abcd', start: u64(0x5555_0000_1000n), limit: u64(0x5555_0000_9000n), fileOffset: u64(0x1000), symbols: 'symtab'},
        ],
        newStackFrames: [
          {id: 1, kind: StackFrame.Kind.NATIVE, function: 'spin', moduleId: 2, address: u64(0x5555_0000_1234n), moduleOffset: u64(0x1234), file: 'app.c', line: 12},
          {id: 2, kind: StackFrame.Kind.NATIVE, function: 'main', moduleId: 2, address: u64(0x5555_0000_1300n), moduleOffset: u64(0x1300)},
          {id: 3, kind: StackFrame.Kind.KERNEL, function: 'do_syscall_64', moduleId: 1, address: u64(0xffff_ffff_8100_0000n), moduleOffset: u64(0xffff_ffff_8100_0000n)},
        ],
        newStacks: [{id: 1, frameIds: [1, 2]}, {id: 2, frameIds: [3, 1, 2]}],
      }
    : n === 2
      ? {
          newStackModules: [{id: 3, kind: StackModule.Kind.PERF_MAP, path: '/tmp/perf-4242.map', symbols: 'perf map (3 entries)'}],
          newStackFrames: [{id: 4, kind: StackFrame.Kind.JIT, function: 'LazyCompile:*handle server.js:10', moduleId: 3, address: u64(0x3ff0_0000n)}],
          newStacks: [{id: 3, frameIds: [4, 2], userTruncated: true, truncatedModuleId: 3}],
        }
      : {}
  return snapshot({
    at: n,
    stats: [
      {tid: 4242, nr: NR.epoll_wait, count: 1000 * n},
      {tid: 4242, nr: NR.read, count: 900 * n},
      {tid: 4243, nr: 3, count: 5 * n, errnos: {9: 5 * n}},
      {tid: 4243, nr: NR.write, count: 777 * n, hist: {7: 77 * n, 9: 700 * n}},
    ],
    threads: THREADS.map((t) => ({...t, oncpuNs: BigInt(n) * 400_000_000n})),
    alive: !final,
    eventloop: {
      epolls: [{tid: 4242, calls: 1000 * n, timeouts: {zero: 1000 * n}, empty: 990 * n, zeroEmpty: 990 * n, events: 10 * n}],
      fdIo: [{tid: 4242, nr: NR.read, fdKind: 'inet-socket', calls: 900 * n, bytes: 90_000 * n}],
      sockets: [{localPort: 8080, listening: true, reuseport: true}],
    },
    extra: {
      ...schedFields({
        cpuTimes: [{tid: 4242, cpu: 0, oncpuNs: BigInt(n) * 400_000_000n}, {tid: 4243, cpu: 1, oncpuNs: BigInt(n) * 400_000_000n}],
        threads: [{tid: 4242, voluntary: 100 * n, involuntary: 3 * n, migrations: n, runq: [0, 0, 5 * n]}],
        preemptions: [{tid: 4242, byTid: 99, byTgid: 99, byComm: 'kworker/0:1', count: n}],
      }),
      listeners: [listener({fd: 7, index: 0, listen: {tid: 4242, cpu: 0, order: 1}, accepts: [{tid: 4242, calls: 10 * n}]})],
      ...stacks,
      stackSamples: [
        {tid: 4242, stackId: 1, samples: u64(40 * n)},
        {tid: 4242, stackId: 2, samples: u64(7 * n)},
        ...(n >= 2 ? [{tid: 4243, stackId: 3, samples: u64(3 * n)}] : []),
      ],
      stacksCounters: {event: 'cpu-clock', frequencyHz: 99, samples: u64(50 * n), perfMapStatus: 'read', perfMapEntries: 3},
    },
  })
}

export interface RecordingOptions {
  /** Snapshots before the final one (default 3). */
  snapshots?: number
  /** Leave the Final frame and the End record out, as a stackprof killed mid-session does. */
  killed?: boolean
  endReason?: string
  /** Write here (an existing file is replaced) instead of a fresh temporary file. */
  path?: string
}

/** Writes a recording with the real Recorder; returns its bytes and the live session it recorded. */
export function makeRecording(options: RecordingOptions = {}): {bytes: Buffer; live: Session} {
  const dir = options.path ? undefined : mkdtempSync(join(tmpdir(), 'stackprof-rec-'))
  const path = options.path ?? join(dir!, 'session.spr')
  try {
    const recorder = new Recorder(path, {intervalMs: 1000, requestedDurationMs: 5000, command: 'record'})
    recorder.open()
    const frame = (f: stackprof.v1.IFrame) => {
      const bytes = stackprof.v1.Frame.encode(f).finish()
      // What the live side gets: the decoded frame (as protobufjs decodes the loader's bytes) and the bytes.
      const decoded = stackprof.v1.Frame.decode(bytes)
      recorder.frame(decoded.kind, bytes)
      return decoded
    }
    const h = frame({hello: HELLO}).hello!
    const live = new Session(h)
    live.netKnobsAtStart = netKnobs({busyPollRxPackets: 100n, devices: [netDevice('eth0', {napiDeferHardIrqs: 2})]})
    live.nic = NIC
    recorder.attached(live)
    const count = options.snapshots ?? 3
    for (let n = 1; n <= count; n++) {
      live.apply(frame({snapshot: recordedSnapshot(n)}).snapshot!)
      live.netKnobsLatest = netKnobs({busyPollRxPackets: 100n + BigInt(n) * 12_345_678_901_234n})
      recorder.state(live)
    }
    if (!options.killed) {
      const final = frame({final: {snapshot: recordedSnapshot(count + 1, true), reason: 'stdin-closed'}}).final!
      live.finish(final.snapshot!, options.endReason ?? 'signal')
      recorder.finish(live)
    } else {
      recorder.close()
    }
    return {bytes: readFileSync(path), live}
  } finally {
    if (dir) rmSync(dir, {recursive: true, force: true})
  }
}
