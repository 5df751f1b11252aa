// The lkl probe against the stand-in for LKL's hijack library
// (test/workloads/lkl_standin, built as build/liblkl-hijack.so and the
// renamed copy build/libnetaccel.so) preloaded into test/workloads/lkl_server:
// detection by name and by symbols, LKL-handled counts exact, the host/LKL
// split, the findings of domain rules 10-12, a plain process left alone,
// `stackprof run` finding LKL at exec, and a DPDK poll-mode process when
// Debian's dpdk-testpmd is installed.
//
// The stand-in forwards every call it handles to the host kernel, so each
// LKL call is also a host syscall of the same name made from inside
// lkl_syscall: those are `hostInsideLkl`; `hostPastLkl` are the calls that
// bypassed LKL.
import assert from 'node:assert/strict'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {validateReport as validate} from '../report-schema.js'
import {bpfGate, cli, loadedStackprofPrograms, Proc, waitUntil, workload} from './helpers.js'

const gate = bpfGate()
const standin = workload('liblkl-hijack.so')
const renamed = workload('libnetaccel.so')
const server = workload('lkl_server')
const skip = gate.skip ?? (!existsSync(standin) || !existsSync(server) ? 'test/workloads is not built (make -C test/workloads)' : undefined)

interface Call {name: string; network: boolean; lkl: number; lklErrors: number; host: number; hostInsideLkl: number; hostPastLkl: number; lklP50NsAtMost: number | null}
interface Wait {waits: number; totalNs: number; maxNs: number; p50NsAtMost: number | null; p99NsAtMost: number | null}
interface LklJson {
  found: boolean
  library: {path: string; kind: string; how: string; foundBy: string; lklSymbols: string[]; libcOverrides: string[]} | null
  hijack: boolean
  env: {name: string; value: string}[]
  uprobes: {library: string; attached: string[]; error: string; afterAttachNs: number | null; hostCallsCounted: boolean; cpuWaitOff: boolean}
  hostFds: {open: number; highest: number | null; highestSeen: number | null; fdTableSize: number}
  lklCalls: number
  networkCallsInLkl: number
  networkCallsPastLkl: number
  shareInUserSpace: number | null
  calls: Call[]
  threads: {tid: number; name: string; lklCalls: number; calls: Call[]; cpuWait: Wait | null}[]
  cpuWait: (Wait & {threads: number}) | null
  dpdk: {path: string}[]
  pollModeThreads: {tid: number; name: string; onCpuShare: number; runnableShare: number | null; voluntarySwitches: number | null; syscalls: number}[]
  probeSyscalls: number
  dropped: Record<string, number>
}
interface Report {
  probes: {name: string; attached: boolean; variant: string; error: string}[]
  threads: {tid: number; name: string; syscalls: {name: string; count: number}[]}[]
  lkl: LklJson | null
  sched?: {threads: {tid: number; name: string}[]}
  findings: {rule: string; severity: string; title: string; evidence: string[]; metrics: Record<string, number | string>; thread?: {tid: number}}[]
}

const LKL_RULES = ['userspace-network-stack', 'lkl-unhooked-wait', 'lkl-host-fd-limit', 'lkl-epoll-churn', 'lkl-cpu-contention', 'lkl-poll-sleeps', 'dpdk-poll-mode']
const noDrops = {statsMapFull: 0, cpuMapFull: 0, hostMapFull: 0, stateStoreFailed: 0, tooDeep: 0, unmatchedReturns: 0}

/**
 * lkl_server under `stackprof attach --json`: attach after "ready", let the
 * workers do their counted calls, stop once they are done.
 */
async function profile(args: string[], env: NodeJS.ProcessEnv = {}, library: string | null = standin, duration?: string, attachArgs: string[] = []) {
  const target = new Proc(server, args, {...process.env, ...env, ...(library ? {LD_PRELOAD: library} : {})})
  const m = await target.waitFor('stdout', /^ready (\d+) ([\d,]+)$/)
  const pid = Number(m[1])
  const tids = m[2].split(',').map(Number)
  try {
    const attach = new Proc(process.execPath, [cli, 'attach', String(pid), '--json', '--no-stacks', '--interval', '250ms', ...(duration ? ['--duration', duration] : []), ...attachArgs])
    await attach.waitFor('stderr', /^attached to pid/, 20_000)
    // The probe scans at attach: LKL found means the uprobes are live before go.
    target.send('go')
    await target.waitFor('stdout', /^done$/, 60_000)
    // With a duration the session runs on past done, to its end.
    if (!duration) attach.child.kill('SIGINT')
    const {code} = await attach.exit(60_000)
    assert.ok(code === 0 || code === 3, `attach exit ${code}: ${attach.stderr}`)
    const report = JSON.parse(attach.stdout) as Report
    assert.ok(validate(report), JSON.stringify(validate.errors))
    const probe = report.probes.find((p) => p.name === 'lkl')
    assert.ok(probe?.attached, `lkl probe not attached: ${JSON.stringify(probe)}`)
    assert.ok(report.lkl)
    return {report, lkl: report.lkl, pid, tids}
  } finally {
    target.end()
    const {code} = await target.exit()
    assert.equal(code, 0, `lkl_server exit ${code}: ${target.stderr}`)
  }
}

function thread(lkl: LklJson, tid: number) {
  const t = lkl.threads.find((x) => x.tid === tid)
  assert.ok(t, `no LKL entry for tid ${tid}: ${lkl.threads.map((x) => `${x.tid} ${x.name}`).join(', ')}`)
  return t
}

function call(calls: Call[], name: string): Call {
  return calls.find((c) => c.name === name) ?? {name, network: false, lkl: 0, lklErrors: 0, host: 0, hostInsideLkl: 0, hostPastLkl: 0, lklP50NsAtMost: null}
}

function hostSyscalls(report: Report, tid: number, name: string): number {
  return report.threads.find((t) => t.tid === tid)?.syscalls.find((s) => s.name === name)?.count ?? 0
}

const rules = (report: Report) => report.findings.map((f) => f.rule).filter((r) => LKL_RULES.includes(r)).sort()

describe('lkl probe: the stand-in hijack library', {skip}, () => {
  it('finds it by name and counts exactly the 1,000 send and 1,000 recv LKL handled, each forwarded once to the host', async () => {
    const {report, lkl, tids} = await profile(['pingpong', '1000'], {LKL_HIJACK_NET_IFTYPE: 'tap', LKL_HIJACK_NET_IP: '10.0.0.2'})
    assert.equal(lkl.found, true)
    assert.deepEqual({...lkl.library!, libcOverrides: undefined}, {
      path: standin, kind: 'LKL hijack library', how: 'LD_PRELOAD', foundBy: 'name',
      lklSymbols: ['lkl_syscall', 'lkl_start_kernel', 'lkl_cpu_get', 'lkl_cpu_put'], libcOverrides: undefined,
    })
    assert.ok(lkl.library!.libcOverrides.includes('epoll_wait') && lkl.library!.libcOverrides.includes('recvfrom'))
    assert.ok(!lkl.library!.libcOverrides.includes('epoll_pwait'), 'the stand-in, like LKL, does not override epoll_pwait')
    assert.deepEqual(lkl.env, [{name: 'LKL_HIJACK_NET_IFTYPE', value: 'tap'}, {name: 'LKL_HIJACK_NET_IP', value: '10.0.0.2'}])
    assert.deepEqual(lkl.uprobes.attached, ['lkl_syscall', 'lkl_syscall (return)', 'lkl_cpu_get', 'lkl_cpu_get (return)'])
    assert.equal(lkl.uprobes.hostCallsCounted, true)
    assert.equal(lkl.uprobes.cpuWaitOff, false)
    assert.deepEqual(lkl.dropped, noDrops)
    const worker = thread(lkl, tids[0])
    assert.equal(worker.name, 'lkl-worker-0')
    // send() and recv() are LKL's sendto (206) and recvfrom (207), exactly once per call.
    for (const name of ['sendto', 'recvfrom']) {
      const c = call(worker.calls, name)
      assert.deepEqual({lkl: c.lkl, errors: c.lklErrors, host: c.host, inside: c.hostInsideLkl, past: c.hostPastLkl},
        {lkl: 1000, errors: 0, host: 1000, inside: 1000, past: 0}, name)
      // The syscalls probe, independently: the forwarded host calls.
      assert.equal(hostSyscalls(report, tids[0], name), 1000)
    }
    assert.equal(worker.lklCalls, 2000)
    // lkl_syscall takes the LKL CPU once per call.
    assert.equal(worker.cpuWait?.waits, 2000)
    assert.equal(lkl.networkCallsPastLkl, 0)
    assert.equal(lkl.shareInUserSpace, 1)
    // A uretprobe's trampoline is a syscall on x86_64 (Linux 6.11+): two returns probed per call.
    const uret = hostSyscalls(report, tids[0], 'uretprobe')
    assert.ok(uret === 0 || uret === 4000, `uretprobe syscalls ${uret}`)
    assert.deepEqual(rules(report), ['userspace-network-stack'])
  })

  it('finds a renamed copy by its exported symbols', async () => {
    const {report, lkl, tids} = await profile(['pingpong', '200'], {}, renamed)
    assert.equal(lkl.library?.path, renamed)
    assert.equal(lkl.library?.foundBy, 'symbols')
    assert.equal(lkl.library?.kind, 'LKL hijack library')
    assert.equal(lkl.uprobes.library, renamed)
    const worker = thread(lkl, tids[0])
    assert.equal(call(worker.calls, 'sendto').lkl, 200)
    assert.equal(call(worker.calls, 'recvfrom').lkl, 200)
    const info = report.findings.find((f) => f.rule === 'userspace-network-stack')
    assert.ok(info, JSON.stringify(report.findings.map((f) => f.rule)))
    assert.match(info.evidence.join('\n'), /renamed copy: found by its symbols/)
  })

  it('reports the epoll_pwait loop that waits on the host, where LKL sockets are invisible', async () => {
    const {report, lkl, tids} = await profile(['pwait', '500'])
    const worker = thread(lkl, tids[0])
    const wait = call(worker.calls, 'epoll_pwait')
    assert.deepEqual({lkl: wait.lkl, host: wait.host, inside: wait.hostInsideLkl, past: wait.hostPastLkl}, {lkl: 0, host: 500, inside: 0, past: 500})
    assert.equal(call(worker.calls, 'sendto').lkl, 500)
    assert.equal(call(worker.calls, 'recvfrom').lkl, 500)
    // 1,000 socket calls in LKL, 500 waits past it.
    assert.equal(lkl.networkCallsInLkl, 1000)
    assert.equal(lkl.networkCallsPastLkl, 500)
    const f = report.findings.find((x) => x.rule === 'lkl-unhooked-wait')
    assert.ok(f, JSON.stringify(report.findings.map((x) => x.rule)))
    assert.equal(f.severity, 'critical')
    assert.equal(f.thread?.tid, tids[0])
    assert.equal(f.metrics.call, 'epoll_pwait')
    assert.equal(f.metrics.hostWaits, 500)
    assert.equal(f.metrics.lklNetworkCalls, 1000)
    assert.deepEqual(rules(report), ['lkl-unhooked-wait', 'userspace-network-stack'])
  })

  it('sees the hooked epoll_wait create a thread and two pipes per call', async () => {
    const {report, lkl, tids} = await profile(['epollwait', '300'])
    const worker = thread(lkl, tids[0])
    // Newer lkl.h maps lkl_sys_epoll_wait onto epoll_pwait (22); so does the stand-in.
    const wait = call(worker.calls, 'epoll_pwait')
    assert.deepEqual({lkl: wait.lkl, inside: wait.hostInsideLkl, past: wait.hostPastLkl}, {lkl: 300, inside: 300, past: 0})
    assert.equal(hostSyscalls(report, tids[0], 'clone3') + hostSyscalls(report, tids[0], 'clone'), 300)
    assert.equal(hostSyscalls(report, tids[0], 'pipe2'), 600)
    const f = report.findings.find((x) => x.rule === 'lkl-epoll-churn')
    assert.ok(f, JSON.stringify(report.findings.map((x) => x.rule)))
    assert.deepEqual({waits: f.metrics.lklEpollWaits, clones: f.metrics.clones, pipes: f.metrics.pipes}, {waits: 300, clones: 300, pipes: 600})
    assert.deepEqual(rules(report), ['lkl-epoll-churn', 'userspace-network-stack'])
  })

  it('reports host fds at 512 and above', async () => {
    const {report, lkl} = await profile(['fds', '600', '10'])
    // fds 0-2, the 600 /dev/null fds, then the sockets.
    assert.ok(lkl.hostFds.highestSeen !== null && lkl.hostFds.highestSeen >= 602, JSON.stringify(lkl.hostFds))
    assert.equal(lkl.hostFds.fdTableSize, 1024)
    const f = report.findings.find((x) => x.rule === 'lkl-host-fd-limit')
    assert.ok(f, JSON.stringify(report.findings.map((x) => x.rule)))
    assert.equal(f.metrics.maxHostFd, lkl.hostFds.highestSeen)
    assert.deepEqual(rules(report), ['lkl-host-fd-limit', 'userspace-network-stack'])
  })

  it('measures threads queueing for the LKL CPU', async () => {
    // Each lkl_syscall holds the stand-in's LKL CPU for 50 µs of simulated work; 4 threads share it.
    const {report, lkl, tids} = await profile(['contend', '4', '1000'], {LKL_STANDIN_CPU_HOLD_NS: '50000'})
    assert.equal(tids.length, 4)
    for (const tid of tids) {
      const t = thread(lkl, tid)
      assert.equal(call(t.calls, 'sendto').lkl, 1000)
      assert.equal(t.cpuWait?.waits, 2000)
    }
    assert.equal(lkl.cpuWait?.threads, 4)
    assert.ok(lkl.cpuWait!.p99NsAtMost! > 50_000, JSON.stringify(lkl.cpuWait))
    // 8,000 holds of 50 µs: 0.4 s of simulated LKL work that only one thread at a time may do.
    assert.ok(lkl.cpuWait!.totalNs >= 0.2e9, `waited ${lkl.cpuWait!.totalNs} ns`)
    const f = report.findings.find((x) => x.rule === 'lkl-cpu-contention')
    assert.ok(f, JSON.stringify(report.findings.map((x) => x.rule)))
    assert.equal(f.metrics.threads, 4)
  })

  /** lkl_server with the stand-in's DPDK backend, attached for 2 s: the RX thread's sleeps, as the finding and the syscall counts give them. */
  async function rxSleeps(sleepUs: string) {
    const {report, pid, tids} = await profile(['pingpong', '100'], {LKL_HIJACK_NET_IFTYPE: 'dpdk', LKL_STANDIN_DPDK_SLEEP_US: sleepUs}, standin, '2s')
    const f = report.findings.find((x) => x.rule === 'lkl-poll-sleeps')
    assert.ok(f, JSON.stringify(report.findings.map((x) => x.rule)))
    assert.ok(f.thread && f.thread.tid !== pid && !tids.includes(f.thread.tid), JSON.stringify(f.thread))
    // The finding counts what the syscall probe counted for that thread: its clock_nanosleeps and nothing else.
    assert.equal(f.metrics.sleeps, hostSyscalls(report, f.thread.tid, 'clock_nanosleep'))
    assert.deepEqual(report.threads.find((t) => t.tid === f.thread!.tid)?.syscalls.map((x) => x.name), ['clock_nanosleep'])
    assert.equal(rules(report).filter((r) => r === 'lkl-poll-sleeps').length, 1)
    return f
  }

  it('finds the DPDK backend\'s RX thread sleeping between polls, and an old revision by its 10 ms sleeps (rule 12)', async () => {
    const short = await rxSleeps('1')
    assert.equal(short.metrics.longSleeps, 0)
    // usleep(1) lasts some 50-60 µs with the default timer slack: thousands a second.
    assert.ok(Number(short.metrics.sleepsPerSecond) > 500, JSON.stringify(short.metrics))
    assert.match(short.title, /times a second between polls: LKL's DPDK backend without busy_poll$/)
    const long = await rxSleeps('10000')
    assert.equal(long.metrics.longSleeps, 1)
    assert.ok(Number(long.metrics.meanSleepNs) >= 10e6 && Number(long.metrics.meanSleepNs) < 20e6, JSON.stringify(long.metrics))
    assert.ok(Number(long.metrics.sleepsPerSecond) > 25 && Number(long.metrics.sleepsPerSecond) <= 105, JSON.stringify(long.metrics))
  })

  it('leaves lkl_cpu_get unprobed with --no-lkl-cpu-wait, and still counts every LKL call', async () => {
    const {report, lkl, tids} = await profile(['contend', '2', '500'], {LKL_STANDIN_CPU_HOLD_NS: '50000'}, standin, undefined, ['--no-lkl-cpu-wait'])
    assert.deepEqual(lkl.uprobes.attached, ['lkl_syscall', 'lkl_syscall (return)'])
    assert.equal(lkl.uprobes.cpuWaitOff, true)
    for (const tid of tids) {
      const t = thread(lkl, tid)
      assert.equal(call(t.calls, 'sendto').lkl, 500)
      assert.equal(call(t.calls, 'recvfrom').lkl, 500)
      assert.equal(t.cpuWait, null)
    }
    assert.equal(lkl.cpuWait, null)
    // Contended as in the test above, but unmeasured: no finding can say so.
    assert.ok(!rules(report).includes('lkl-cpu-contention'), JSON.stringify(rules(report)))
  })

  it('loads nothing for a plain process and finds nothing', async () => {
    const target = new Proc(server, ['pingpong', '100'])
    const pid = Number((await target.waitFor('stdout', /^ready (\d+)/))[1])
    try {
      const attach = new Proc(process.execPath, [cli, 'attach', String(pid), '--json', '--no-stacks'])
      await attach.waitFor('stderr', /^attached to pid/, 20_000)
      target.send('go')
      await target.waitFor('stdout', /^done$/)
      // The other probes are loaded; the lkl probe's programs are not.
      const loaded = loadedStackprofPrograms()
      assert.ok(loaded.length > 0 && !loaded.some((n) => n.startsWith('lkl_')), loaded.join(' '))
      attach.child.kill('SIGINT')
      const {code} = await attach.exit(60_000)
      assert.ok(code === 0 || code === 3, attach.stderr)
      const report = JSON.parse(attach.stdout) as Report
      assert.ok(validate(report), JSON.stringify(validate.errors))
      assert.equal(report.lkl?.found, false)
      assert.equal(report.lkl?.library, null)
      assert.deepEqual(report.lkl?.uprobes.attached, [])
      assert.deepEqual(report.lkl?.threads, [])
      assert.deepEqual(rules(report), [])
    } finally {
      target.end()
      await target.exit()
    }
    assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0), `programs left: ${loadedStackprofPrograms()}`)
  })

  it('finds LKL preloaded by the command `stackprof run` starts, right after its exec', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackprof-lkl-'))
    try {
      const out = join(dir, 'report.json')
      // env(1) sets LD_PRELOAD and execs: the probes attached to the exec gate find the library after the exec.
      const run = new Proc(process.execPath, [cli, 'run', '--json', '--no-tui', '--no-stacks', '-o', out, '--', 'env', `LD_PRELOAD=${standin}`, server, 'pingpong', '500'])
      const m = await run.waitFor('stdout', /^ready (\d+) (\d+)$/, 30_000)
      // LKL is counted from the line run prints once the uprobes are live (at the next snapshot).
      await run.waitFor('stderr', /^stackprof: LKL hijack library .*liblkl-hijack\.so \(LD_PRELOAD\); counting its calls since \+[\d.]+ s$/, 30_000)
      run.send('go')
      await run.waitFor('stdout', /^done$/, 30_000)
      run.send('bye')
      const {code} = await run.exit(60_000)
      assert.equal(code, 0, run.stderr)
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report
      assert.ok(validate(report), JSON.stringify(validate.errors))
      const lkl = report.lkl!
      assert.equal(lkl.library?.path, standin)
      const worker = thread(lkl, Number(m[2]))
      assert.equal(call(worker.calls, 'sendto').lkl, 500)
      assert.equal(call(worker.calls, 'recvfrom').lkl, 500)
      // Found after the exec, by the scans every 10 ms that follow one: the uprobes went live after attach.
      assert.ok(lkl.uprobes.afterAttachNs !== null && lkl.uprobes.afterAttachNs > 0, JSON.stringify(lkl.uprobes))
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

/** Debian's DPDK test application, in the dpdk-dev package. */
const testpmd = ['/usr/bin/dpdk-testpmd', '/usr/local/bin/dpdk-testpmd'].find((p) => existsSync(p))

describe('lkl probe: DPDK poll mode', {skip: gate.skip ?? (testpmd ? undefined : 'dpdk-testpmd is not installed (scripts/setup.sh --test installs dpdk-dev)')}, () => {
  it('recognizes dpdk-testpmd forwarding on a null device as poll mode', async () => {
    // No NIC, no hugepages: a null PMD, 256 MB of ordinary memory, lcore 1 forwarding (polling) and lcore 0 the main thread.
    const target = new Proc(testpmd!, [
      '-l', '0-1', '--no-huge', '-m', '256', '--no-pci', '--vdev', 'net_null0', '--file-prefix', `stackprof-test-${process.pid}`,
      '--', '--no-mlockall', '--total-num-mbufs=4096', '--auto-start',
    ])
    try {
      const pid = target.child.pid!
      // Its stdout is a pipe, so block-buffered: wait for the forwarding lcore's thread instead of its messages.
      const forwarding = () => {
        try {
          return readdirSync(`/proc/${pid}/task`).some((tid) => readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() === 'rte-worker-1')
        } catch {
          return false
        }
      }
      assert.ok(await waitUntil(forwarding, 60_000), `no rte-worker-1 thread: ${target.stderr.slice(-1000)}`)
      const attach = new Proc(process.execPath, [cli, 'attach', String(pid), '--json', '--no-stacks', '--duration', '3s'])
      await attach.waitFor('stderr', /^attached to pid/, 20_000)
      const {code} = await attach.exit(60_000)
      assert.ok(code === 0 || code === 3, attach.stderr)
      const report = JSON.parse(attach.stdout) as Report
      assert.ok(validate(report), JSON.stringify(validate.errors))
      const lkl = report.lkl!
      assert.ok(lkl.dpdk.some((l) => /librte_eal\.so/.test(l.path)), JSON.stringify(lkl.dpdk))
      assert.equal(lkl.library, null)
      const worker = report.sched?.threads.find((t) => t.name === 'rte-worker-1')
      const poller = lkl.pollModeThreads.find((t) => t.name === 'rte-worker-1')
      assert.ok(poller, `not poll mode: ${JSON.stringify(lkl.pollModeThreads)}; the worker as the sched probe saw it: ${JSON.stringify(worker)}`)
      // The hypervisor may steal part of its CPU, and other work share it: it still never goes to sleep.
      assert.equal(poller.voluntarySwitches, 0, JSON.stringify(poller))
      assert.ok(Math.max(poller.onCpuShare, poller.runnableShare ?? 0) >= 0.5, JSON.stringify(poller))
      // The main thread waits for enter: not a poll-mode thread.
      assert.ok(!lkl.pollModeThreads.some((t) => t.tid === pid))
      const f = report.findings.find((x) => x.rule === 'dpdk-poll-mode')
      assert.ok(f, JSON.stringify(report.findings.map((x) => x.rule)))
      assert.equal(f.severity, 'info')
    } finally {
      target.send('')
      await target.exit(30_000)
    }
  })
})
