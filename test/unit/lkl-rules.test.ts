import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {lklSyscallName} from '../../src/syscalls/lkl.js'
import {decodeLkl, LKL_HIST_SLOTS} from '../../src/decode/lkl.js'
import {lklReport, lklThreads, lklTotals, pollModeThreads, userStacks} from '../../src/model/lkl.js'
import {renderLklSection} from '../../src/render/lkl.js'
import {diagnose} from '../../src/diagnose/engine.js'
import {MIN_UNHOOKED_WAITS, lklUnhookedWait} from '../../src/diagnose/rules/lkl-unhooked-wait.js'
import {lklHostFdLimit} from '../../src/diagnose/rules/lkl-host-fd-limit.js'
import {MIN_LKL_EPOLL_WAITS, lklEpollChurn} from '../../src/diagnose/rules/lkl-epoll-churn.js'
import {lklCpuContention} from '../../src/diagnose/rules/lkl-cpu-contention.js'
import {dpdkPollMode} from '../../src/diagnose/rules/dpdk-poll-mode.js'
import {lklPollSleeps} from '../../src/diagnose/rules/lkl-poll-sleeps.js'
import {userspaceNetworkStack} from '../../src/diagnose/rules/userspace-network-stack.js'
import {u64} from './fixtures.js'
import {HIJACK, HOST_NR, LKL_NR, lklFields, lklHello, lklSession} from './lkl-fixtures.js'
import {schedFields} from './sched-fixtures.js'

const WORKER = 300
const threads = [{tid: 4242, name: 'server'}, {tid: WORKER, name: 'lkl-worker-0'}]
const LKL_RULES = new Set(['userspace-network-stack', 'lkl-unhooked-wait', 'lkl-host-fd-limit', 'lkl-epoll-churn', 'lkl-cpu-contention', 'lkl-poll-sleeps', 'dpdk-poll-mode'])
const lklRules = (s: ReturnType<typeof lklSession>) => diagnose(s).map((f) => f.rule).filter((r) => LKL_RULES.has(r)).sort()

describe('lklSyscallName: LKL numbers are asm-generic', () => {
  it('names the socket calls as arm64 does, and the deprecated numbers older LKL used', () => {
    assert.equal(lklSyscallName(206), 'sendto')
    assert.equal(lklSyscallName(207), 'recvfrom')
    assert.equal(lklSyscallName(22), 'epoll_pwait')
    assert.equal(lklSyscallName(242), 'accept4')
    assert.equal(lklSyscallName(1069), 'epoll_wait')
    assert.equal(lklSyscallName(1068), 'poll')
    assert.equal(lklSyscallName(1074), 'send')
    assert.equal(lklSyscallName(5000), 'lkl_syscall_5000')
  })
})

describe('decodeLkl', () => {
  it('folds a longer histogram into the open last slot and keeps the fd high-water mark', () => {
    const fields = lklFields({calls: [{tid: 1, nr: 206, count: 3}], hostFds: {open: 700, max: 699, table: 1024}})
    fields.lklSyscalls![0].latencyLog2Ns = Array.from({length: LKL_HIST_SLOTS + 2}, (_, i) => u64(i >= LKL_HIST_SLOTS - 1 ? 1 : 0))
    const first = decodeLkl(fields)
    assert.equal(first.syscalls[0].latencyLog2Ns.length, LKL_HIST_SLOTS)
    assert.equal(first.syscalls[0].latencyLog2Ns[LKL_HIST_SLOTS - 1], 3n)
    assert.equal(first.detection.maxHostFdSeen, 699)
    // The target gone: no listing (-1), but the session keeps what it saw last.
    const gone = decodeLkl({lkl: {...fields.lkl, hostFds: 0, maxHostFd: -1, fdTableSize: 0}}, first)
    assert.equal(gone.detection.maxHostFd, 699)
    assert.equal(gone.detection.hostFds, 700)
    assert.equal(decodeLkl({lkl: {...fields.lkl, hostFds: 0, maxHostFd: -1}}).detection.maxHostFd, null)
    assert.equal(gone.detection.maxHostFdSeen, 699)
    assert.equal(gone.detection.fdTableSizeSeen, 1024)
  })
  it('turns control characters in the target\'s file names into ?, so no escape sequence reaches a terminal', () => {
    // /proc/<pid>/maps escapes only newlines: a library named with ESC is mapped as such.
    const hostile = '/tmp/\u001b]0;pwned\u0007\u001b[2Jlkl-hijack.so'
    const fields = lklFields({libraries: [{...HIJACK, path: hostile}]})
    fields.lkl!.uprobeError = `attach uprobe to lkl_syscall in ${hostile}: EPERM`
    const d = decodeLkl(fields).detection
    assert.equal(d.libraries[0].path, '/tmp/?]0;pwned??[2Jlkl-hijack.so')
    assert.equal(d.uprobeLibrary, '/tmp/?]0;pwned??[2Jlkl-hijack.so')
    assert.equal(d.uprobeError, 'attach uprobe to lkl_syscall in /tmp/?]0;pwned??[2Jlkl-hijack.so: EPERM')
    assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(renderLklSection(lklSession({libraries: [{...HIJACK, path: hostile}]}))))
  })
  it('does the same to the names of LKL_HIJACK_* variables and to symbol names, which the target chooses too', () => {
    const name = 'LKL_HIJACK_\u001b[2J\u001b]0;x\u0007'
    const fields = lklFields({libraries: [{...HIJACK, lklSymbols: ['lkl_syscall\u001b[31m'], libcOverrides: ['recv\u009b2J']}], env: {[name]: 'v\u001b[1m'}})
    const d = decodeLkl(fields).detection
    assert.deepEqual(d.env, [{name: 'LKL_HIJACK_?[2J?]0;x?', value: 'v?[1m'}])
    assert.deepEqual(d.libraries[0].lklSymbols, ['lkl_syscall?[31m'])
    assert.deepEqual(d.libraries[0].libcOverrides, ['recv?2J'])
  })
})

describe('userStacks', () => {
  it('tells the hijack library, a renamed copy, zpoline mode, DPDK and other interposers apart', () => {
    const renamed = {...HIJACK, path: '/root/libnetaccel.so', lklName: false}
    const s = lklSession({
      libraries: [renamed, {path: '/usr/lib/librte_eal.so.23', neededBeforeLibc: true, dpdk: true}, {path: '/opt/libvma.so', preloaded: true, libcOverrides: ['socket', 'recv']}],
      env: {LKL_HIJACK_ZPOLINE: '1', LKL_HIJACK_NET_IFTYPE: 'dpdk'},
    }, {threads})
    const v = userStacks(s)!
    assert.equal(v.lkl?.path, '/root/libnetaccel.so')
    assert.equal(v.lkl?.how, 'LD_PRELOAD')
    assert.equal(v.lklRenamed, true)
    assert.equal(v.hijack, true)
    assert.equal(v.zpoline, true)
    assert.deepEqual(v.dpdk.map((l) => [l.path, l.how]), [['/usr/lib/librte_eal.so.23', 'linked before libc']])
    assert.deepEqual(v.interposers.map((l) => [l.path, l.kind]), [['/opt/libvma.so', 'overrides libc socket calls']])
    assert.deepEqual(v.env, [{name: 'LKL_HIJACK_ZPOLINE', value: '1'}, {name: 'LKL_HIJACK_NET_IFTYPE', value: 'dpdk'}])
  })

  it('is null without the probe', () => {
    assert.equal(userStacks(lklSession({}, {hello: lklHello(['syscalls'])})), null)
  })
})

describe('the host/LKL split', () => {
  // 1,000 sends and receives through LKL, each forwarded once from inside lkl_syscall; 500 epoll_pwait straight to the host.
  const s = lklSession({
    calls: [{tid: WORKER, nr: LKL_NR.sendto, count: 1000}, {tid: WORKER, nr: LKL_NR.recvfrom, count: 1000, errors: 2}],
    inside: [{tid: WORKER, nr: HOST_NR.sendto, count: 1000}, {tid: WORKER, nr: HOST_NR.recvfrom, count: 1000}, {tid: WORKER, nr: HOST_NR.uretprobe, count: 4000}],
    waits: [{tid: WORKER, slots: {13: 2000}}],
  }, {
    threads,
    stats: [
      {tid: WORKER, nr: HOST_NR.sendto, count: 1000}, {tid: WORKER, nr: HOST_NR.recvfrom, count: 1000},
      {tid: WORKER, nr: HOST_NR.epoll_pwait, count: 500}, {tid: WORKER, nr: HOST_NR.uretprobe, count: 4000},
      {tid: 4242, nr: HOST_NR.write, count: 2},
    ],
  })

  it('puts each call name of each thread side by side: in LKL, on the host, from inside LKL, past it', () => {
    const [t] = lklThreads(s)
    assert.equal(t.tid, WORKER)
    assert.equal(t.name, 'lkl-worker-0')
    const row = (name: string) => t.rows.find((r) => r.name === name)!
    assert.deepEqual([row('sendto').lkl, row('sendto').host, row('sendto').hostInsideLkl, row('sendto').hostDirect], [1000n, 1000n, 1000n, 0n])
    assert.equal(row('recvfrom').lklErrors, 2n)
    assert.deepEqual([row('epoll_pwait').lkl, row('epoll_pwait').hostDirect], [0n, 500n])
    // The uprobes' own trampoline syscalls are not the program's.
    assert.equal(t.rows.some((r) => r.name === 'uretprobe'), false)
    assert.equal(t.cpuWait?.count, 2000n)
    assert.equal(t.cpuWait?.floorNs, 8192)
  })

  it('gives the share of network calls that stayed in user space', () => {
    const totals = lklTotals(s)!
    assert.equal(totals.lklNetwork, 2000n)
    assert.equal(totals.hostDirectNetwork, 500n)
    assert.equal(totals.shareInUserSpace, 0.8)
    assert.equal(totals.probeSyscalls, 4000n)
    const report = lklReport(s)!
    assert.equal(report.shareInUserSpace, 0.8)
    assert.equal(report.threads[0].calls.find((c) => c.name === 'epoll_pwait')?.hostPastLkl, 500n)
  })

  it('renders the section, and nothing for a plain process', () => {
    const text = renderLklSection(s)
    assert.match(text, /^User-space network stack: LKL hijack library \/opt\/lkl\/liblkl-hijack\.so \(LD_PRELOAD; defines lkl_syscall/)
    assert.match(text, /80% of network calls \(socket API, event waits\) stayed in user space \(2,000 in LKL, 500 went to the host kernel past it\)/)
    assert.match(text, /\n {4}sendto {22} +1,000 .* 1,000 +1,000 +0\n/)
    assert.equal(renderLklSection(lklSession({libraries: [], uprobes: false}, {threads})), '')
  })

  it('reports the gap: epoll_pwait on the host from a thread whose sockets are LKL\'s', () => {
    assert.deepEqual(lklRules(s), ['lkl-unhooked-wait', 'userspace-network-stack'])
    const [f] = lklUnhookedWait.evaluate(s)
    assert.equal(f.severity, 'critical')
    assert.deepEqual(f.thread, {tid: WORKER, name: 'lkl-worker-0'})
    assert.equal(f.metrics.hostWaits, 500)
    assert.equal(f.docs, 'docs/findings/lkl-unhooked-wait.md')
  })
})

describe('lkl-unhooked-wait', () => {
  const withWaits = (n: number, library = HIJACK) => lklSession({libraries: [library], calls: [{tid: WORKER, nr: LKL_NR.sendto, count: 10}]},
    {threads, stats: [{tid: WORKER, nr: HOST_NR.epoll_pwait, count: n}]})
  it(`needs ${MIN_UNHOOKED_WAITS} waits past LKL`, () => {
    assert.equal(lklUnhookedWait.evaluate(withWaits(MIN_UNHOOKED_WAITS)).length, 1)
    assert.equal(lklUnhookedWait.evaluate(withWaits(MIN_UNHOOKED_WAITS - 1)).length, 0)
  })
  it('is a warning, not critical, for a thread that made no network call through LKL (it may wait on host fds only)', () => {
    const hostOnly = lklSession({libraries: [HIJACK], calls: [{tid: WORKER, nr: LKL_NR.sendto, count: 10}]},
      {threads, stats: [{tid: WORKER + 1, nr: HOST_NR.epoll_pwait, count: 50}]})
    const [f] = lklUnhookedWait.evaluate(hostOnly)
    assert.equal(f?.severity, 'warning')
    assert.match(f.evidence.at(-1)!, /this thread made no network call through LKL/)
    assert.equal(lklUnhookedWait.evaluate(withWaits(50))[0].severity, 'critical')
  })
  it('says nothing when the library overrides the call, or is not a hijack library', () => {
    assert.equal(lklUnhookedWait.evaluate(withWaits(100, {...HIJACK, libcOverrides: [...HIJACK.libcOverrides!, 'epoll_pwait']})).length, 0)
    assert.equal(lklUnhookedWait.evaluate(withWaits(100, {...HIJACK, path: '/opt/app', preloaded: false, executable: true, lklName: false, libcOverrides: []})).length, 0)
  })
})

describe('lkl-host-fd-limit', () => {
  const fds = (max: number, table: number) => lklHostFdLimit.evaluate(lklSession({hostFds: {open: max + 1, max, table}}, {threads}))
  it('fires from fd 512 on, or once the fd table grew past 512', () => {
    assert.equal(fds(511, 512).length, 0)
    const [f] = fds(512, 1024)
    assert.equal(f.metrics.maxHostFd, 512)
    assert.equal(f.severity, 'critical')
    assert.equal(lklHostFdLimit.evaluate(lklSession({hostFds: {open: 0, max: -1, table: 1024}}, {threads})).length, 1)
  })
})

describe('lkl-epoll-churn', () => {
  const churn = (waits: number, clones: number, pipes: number) => lklEpollChurn.evaluate(lklSession(
    {calls: [{tid: WORKER, nr: LKL_NR.epoll_pwait, count: waits}]},
    {threads, stats: [{tid: WORKER, nr: HOST_NR.clone3, count: clones}, {tid: WORKER, nr: HOST_NR.pipe2, count: pipes}]}))
  it('fires when thread creations keep up with the hooked epoll waits, with pipes alongside', () => {
    const [f] = churn(MIN_LKL_EPOLL_WAITS, MIN_LKL_EPOLL_WAITS / 2, MIN_LKL_EPOLL_WAITS)
    assert.deepEqual([f.metrics.lklEpollWaits, f.metrics.clones, f.metrics.pipes], [100, 50, 100])
    assert.equal(churn(MIN_LKL_EPOLL_WAITS, MIN_LKL_EPOLL_WAITS / 2 - 1, 200).length, 0)
    assert.equal(churn(MIN_LKL_EPOLL_WAITS - 1, 99, 198).length, 0)
    assert.equal(churn(300, 300, 10).length, 0)
  })
  it('counts the deprecated epoll_wait number of older LKL too', () => {
    const s = lklSession({calls: [{tid: WORKER, nr: LKL_NR.epoll_wait_old, count: 200}]}, {threads, stats: [{tid: WORKER, nr: HOST_NR.clone, count: 200}, {tid: WORKER, nr: HOST_NR.pipe2, count: 400}]})
    assert.equal(lklEpollChurn.evaluate(s).length, 1)
  })
})

describe('lkl-cpu-contention', () => {
  const contended = (waits: {tid: number; slots: Record<number, number>}[]) => lklCpuContention.evaluate(lklSession(
    {calls: waits.map((w) => ({tid: w.tid, nr: LKL_NR.sendto, count: 100})), waits}, {threads: [...threads, {tid: 301, name: 'lkl-worker-1'}]}))
  it('fires when the p99 wait is 50 µs beyond the fastest waits, with two threads calling in', () => {
    // 5% of the waits in [131, 262) µs: p99 ≤ 262 µs (the largest wait); the fastest tenth at least 8 µs.
    const [f] = contended([{tid: WORKER, slots: {13: 950, 17: 50}}, {tid: 301, slots: {13: 950, 17: 50}}])
    assert.equal(f.metrics.threads, 2)
    assert.equal(f.metrics.p99NsAtMost, 262_143)
    assert.equal(f.metrics.floorNs, 8192)
  })
  it('leaves alone one thread, and waits that are the probes\' own cost', () => {
    assert.equal(contended([{tid: WORKER, slots: {13: 950, 17: 50}}]).length, 0)
    assert.equal(contended([{tid: WORKER, slots: {13: 995, 16: 5}}, {tid: 301, slots: {13: 995, 16: 5}}]).length, 0)
  })
})

describe('lkl-poll-sleeps', () => {
  const RX = 310
  const rxThreads = [...threads, {tid: RX, name: 'server'}]
  /** The RX thread's sleeps over a 2 s session: `slot` is each sleep's log2 ns slot (15: [32, 65) µs, usleep(1); 23: [8.4, 16.8) ms). */
  function sleeping(sleeps: number, slot: number, env: Record<string, string> = {LKL_HIJACK_NET_IFTYPE: 'dpdk'}, other = 0, libraries = [HIJACK]) {
    const ns = 2 ** slot + 2 ** (slot - 1)
    return lklSession({env, libraries}, {threads: rxThreads, stats: [
      {tid: RX, nr: HOST_NR.clock_nanosleep, count: sleeps, hist: {[slot]: sleeps}, totalNs: BigInt(sleeps) * BigInt(ns), maxNs: 2 ** (slot + 1) - 1},
      ...(other > 0 ? [{tid: RX, nr: HOST_NR.read, count: other}] : []),
    ]})
  }
  it('names the RX thread that sleeps between polls, and how often', () => {
    const [f, ...rest] = lklPollSleeps.evaluate(sleeping(34_000, 15))
    assert.equal(rest.length, 0)
    assert.equal(f.severity, 'warning')
    assert.deepEqual(f.thread, {tid: RX, name: 'server'})
    assert.equal(f.title, 'server (tid 310) sleeps 17,000 times a second between polls: LKL\'s DPDK backend without busy_poll')
    assert.equal(f.evidence[0], 'LKL drives DPDK: LKL_HIJACK_NET_IFTYPE=dpdk')
    assert.match(f.evidence[1], /^server \(tid 310\): 34,000 clock_nanosleep calls \(17,000\/s\), 100% of its 34,000 syscalls$/)
    assert.equal(f.metrics.longSleeps, 0)
    assert.equal(f.metrics.sleeps, 34_000)
  })
  it('tells the old revision by its 10 ms sleeps', () => {
    const [f] = lklPollSleeps.evaluate(sleeping(200, 23))
    assert.equal(f.metrics.longSleeps, 1)
    assert.match(f.title, /sleeps 12\.6ms at a time between polls: an old LKL revision's usleep\(10 ms\)/)
    assert.match(f.fix, /^Upgrade LKL/)
  })
  it('finds DPDK built into the LKL library, or mapped beside it', () => {
    assert.equal(lklPollSleeps.evaluate(sleeping(34_000, 15, {}, 0, [{...HIJACK, dpdk: true}])).length, 1)
    assert.equal(lklPollSleeps.evaluate(sleeping(34_000, 15, {}, 0, [HIJACK, {path: '/usr/lib/librte_eal.so.23', dpdk: true}])).length, 1)
  })
  it('leaves alone other backends, rare sleeps, and threads that mostly do other things', () => {
    assert.equal(lklPollSleeps.evaluate(sleeping(34_000, 15, {LKL_HIJACK_NET_IFTYPE: 'tap'})).length, 0)
    assert.equal(lklPollSleeps.evaluate(sleeping(34_000, 15, {})).length, 0)
    assert.equal(lklPollSleeps.evaluate(sleeping(30, 15)).length, 0)
    assert.equal(lklPollSleeps.evaluate(sleeping(50, 23)).length, 1)
    assert.equal(lklPollSleeps.evaluate(sleeping(34_000, 15, undefined, 40_000)).length, 0)
    assert.equal(lklPollSleeps.evaluate(sleeping(34_000, 15, undefined, 30_000)).length, 1)
  })
})

describe('dpdk-poll-mode', () => {
  const DPDK = {path: '/usr/lib/x86_64-linux-gnu/librte_eal.so.23.0', neededBeforeLibc: true, dpdk: true}
  /** `sleeps`: the worker's voluntary switches, with the sched probe attached; undefined: no sched probe. */
  function dpdk(onCpu: number, syscalls: number, libraries = [DPDK], sleeps?: number) {
    const sched = sleeps === undefined ? {} : schedFields({threads: sleeps > 0 ? [{tid: 500, voluntary: sleeps}] : []})
    const s = lklSession({libraries, uprobes: false, threads: [4242, 500]}, {at: 1, threads: [{tid: 4242, name: 'dpdk-testpmd', oncpuNs: 0}, {tid: 500, name: 'rte-worker-1', oncpuNs: 0}],
      hello: lklHello(sleeps === undefined ? ['syscalls', 'lkl'] : ['syscalls', 'lkl', 'sched']), extra: sched})
    s.apply({...lklFields({libraries, uprobes: false}), ...sched, monotonicNs: u64(1_000_000_000_000n + 3_000_000_000n), targetAlive: true,
      syscalls: [{tid: 500, nr: 0, count: u64(syscalls), errors: u64(0), totalNs: u64(0), maxNs: u64(0), latencyLog2Ns: []}],
      threads: [{tid: 4242, name: Buffer.from('dpdk-testpmd'), oncpuNs: u64(1_000_000), oncpuKnown: true}, {tid: 500, name: Buffer.from('rte-worker-1'), oncpuNs: u64(Math.round(onCpu * 2e9)), oncpuKnown: true}]})
    return s
  }
  it('recognizes a thread on CPU all the time without syscalls', () => {
    const s = dpdk(0.99, 10)
    assert.deepEqual(pollModeThreads(s).map((t) => t.name), ['rte-worker-1'])
    const [f] = dpdkPollMode.evaluate(s)
    assert.equal(f.severity, 'info')
    assert.match(f.title, /rte-worker-1 \(tid 500\) on CPU 99%/)
  })
  it('leaves out threads that block, that make syscalls, and processes without DPDK', () => {
    assert.equal(dpdkPollMode.evaluate(dpdk(0.5, 10)).length, 0)
    assert.equal(dpdkPollMode.evaluate(dpdk(0.99, 3 * 100)).length, 0)
    assert.equal(dpdkPollMode.evaluate(dpdk(0.99, 10, [])).length, 0)
  })
  it('counts a thread that never slept as polling at 50% on CPU: a hypervisor\'s steal time is not on-CPU time', () => {
    // Absent from the sched probe's switches: it never switched out at all.
    const [t] = pollModeThreads(dpdk(0.6, 10, [DPDK], 0))
    assert.equal(t.name, 'rte-worker-1')
    assert.equal(t.voluntarySwitches, 0n)
    assert.match(dpdkPollMode.evaluate(dpdk(0.6, 10, [DPDK], 0))[0].evidence.join('\n'), /rte-worker-1 \(tid 500\): on CPU 60% of the time.*, never went to sleep, 10 syscalls/)
    // One that slept, or ran under half the time, or went without the sched probe's word, is not.
    assert.equal(pollModeThreads(dpdk(0.6, 10, [DPDK], 3)).length, 0)
    assert.equal(pollModeThreads(dpdk(0.45, 10, [DPDK], 0)).length, 0)
    assert.equal(pollModeThreads(dpdk(0.6, 10)).length, 0)
    // At 90% sleeping does not matter (a DPDK lcore may sleep in rte_delay_us_sleep), and the count is shown.
    assert.equal(pollModeThreads(dpdk(0.95, 10, [DPDK], 3))[0].voluntarySwitches, 3n)
  })
})

describe('userspace-network-stack', () => {
  it('says once that part of the stack is in user space, and nothing for a plain process', () => {
    const [f] = userspaceNetworkStack.evaluate(lklSession({calls: [{tid: WORKER, nr: LKL_NR.sendto, count: 5}]}, {threads}))
    assert.equal(f.severity, 'info')
    assert.equal(f.metrics.lklFoundBy, 'name')
    assert.equal(userspaceNetworkStack.evaluate(lklSession({libraries: [], uprobes: false}, {threads})).length, 0)
    assert.equal(userspaceNetworkStack.evaluate(lklSession({uprobes: false}, {threads}))[0].evidence.some((e) => /not counted: attach uprobe/.test(e)), true)
  })
})
