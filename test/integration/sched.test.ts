// The sched probe against real workloads: exact migration counts, exact
// voluntary/involuntary switch counts checked against the kernel's own
// (/proc/<pid>/task/<tid>/status and .../sched), the preempting thread named,
// time per CPU against schedstat, and the two findings where they belong.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {describe, it} from 'node:test'
import {validateReport as validate} from '../report-schema.js'
import {bpfGate, cli, Proc, waitUntil, workload} from './helpers.js'

const gate = bpfGate()
const skip = gate.skip ?? (cpus().length < 2 ? 'needs CPUs 0 and 1' : undefined)


interface SchedThreadJson {
  tid: number; name: string; cpusAllowed: number[] | null; setaffinityCalls: number; oncpuNs: number; eventLoop: boolean
  cpus: {cpu: number; oncpuNs: number; share: number; slices: number}[]
  voluntary: number; involuntary: number; migrations: number; migrationsPerSecond: number; involuntaryPerSecond: number
  runqLatency: {wakeups: number; maxNs: number; p99NsAtMost: number | null; histogram: {count: number}[]}
  preemptedWaitNs: number; preemptedWaitShare: number
  preemptors: {tid: number; pid: number; name: string; sameProcess: boolean; count: number; perSecond: number}[]
}
interface Report {
  probes: {name: string; attached: boolean; variant: string; error: string}[]
  sched: {threads: SchedThreadJson[]; dropped: Record<string, number>} | null
  findings: {rule: string; title: string; evidence: string[]; thread?: {tid: number}}[]
}

/** The kernel's counters of one thread, read while it sleeps so they cannot move under us. */
interface KernelCounts {voluntary: number; involuntary: number; migrations: number; runtimeNs: number}

function threadState(pid: number, tid: number): string {
  const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]
}

async function kernelCounts(pid: number, tid: number): Promise<KernelCounts> {
  assert.ok(await waitUntil(() => threadState(pid, tid) === 'S', 5000), `thread ${tid} never went to sleep`)
  const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8')
  const field = (text: string, re: RegExp) => Number(re.exec(text)?.[1] ?? NaN)
  const sched = readFileSync(`/proc/${pid}/task/${tid}/sched`, 'utf8')
  return {
    voluntary: field(status, /^voluntary_ctxt_switches:\s+(\d+)/m),
    involuntary: field(status, /^nonvoluntary_ctxt_switches:\s+(\d+)/m),
    migrations: field(sched, /^se\.nr_migrations\s+:\s+(\d+)/m),
    runtimeNs: Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]),
  }
}

/**
 * A workload's counted window inside one `stackprof attach --json`, with the
 * kernel's counters of thread `tid` read just before go and just after done.
 */
/**
 * Attach, let the workload do its counted work, and stop the session once it
 * is done: a fixed --duration could end first on a loaded machine and cut the
 * counts short.
 */
async function profile(name: string, args: string[]) {
  const target = new Proc(workload(name), args)
  const ready = (await target.waitFor('stdout', /^ready (\d+) (\d+)(?: (\d+))?$/)).slice(1).map(Number)
  const [pid, tid, helperTid] = ready
  try {
    const before = await kernelCounts(pid, tid)
    const attach = new Proc(process.execPath, [cli, 'attach', String(pid), '--json'])
    await attach.waitFor('stderr', /^attached to pid/, 20_000)
    target.send('go')
    await target.waitFor('stdout', /^done$/, 20_000)
    const after = await kernelCounts(pid, tid)
    attach.child.kill('SIGINT')
    const {code} = await attach.exit(60_000)
    assert.ok(code === 0 || code === 3, `attach exit ${code}: ${attach.stderr}`)
    const report = JSON.parse(attach.stdout) as Report
    assert.ok(validate(report), JSON.stringify(validate.errors))
    const probe = report.probes.find((p) => p.name === 'sched')
    assert.ok(probe?.attached, `sched probe not attached: ${JSON.stringify(probe)}`)
    assert.equal(probe.variant, 'tp_btf')
    assert.deepEqual(report.sched!.dropped, {cpuTimeMapFull: 0, threadMapFull: 0, preemptionMapFull: 0, stateStoreFailed: 0, iteratorFailed: 0})
    const thread = report.sched!.threads.find((t) => t.tid === tid)
    assert.ok(thread, `no sched entry for tid ${tid}: ${report.sched!.threads.map((t) => `${t.tid} ${t.name}`).join(', ')}`)
    const kernel = {
      voluntary: after.voluntary - before.voluntary,
      involuntary: after.involuntary - before.involuntary,
      migrations: after.migrations - before.migrations,
      runtimeNs: after.runtimeNs - before.runtimeNs,
    }
    return {report, thread, kernel, pid, tid, helperTid}
  } finally {
    target.end()
    await target.exit()
  }
}

describe('sched probe: migrations', {skip}, () => {
  it('counts exactly the migrations of a thread that flips its affinity 1,500 times, with time on both CPUs', async () => {
    // Busy for most of the session (3 s of it), so that the finding's on-CPU share applies too.
    const flips = 1500
    const {report, thread, kernel} = await profile('migrate_affinity', [String(flips), '2000'])
    assert.equal(thread.name, 'migrator')
    assert.equal(thread.migrations, flips)
    assert.equal(kernel.migrations, flips, 'the kernel (se.nr_migrations) disagrees with the workload')
    // Every flip: the thread sleeps while the stopper moves it (voluntary), exactly as the kernel counts.
    assert.equal(thread.voluntary, kernel.voluntary)
    assert.equal(thread.involuntary, kernel.involuntary)
    assert.equal(thread.setaffinityCalls, flips)
    const on = (cpu: number) => thread.cpus.find((c) => c.cpu === cpu)?.oncpuNs ?? 0
    // 750 spins of 2 ms on each CPU.
    assert.ok(on(0) >= 1.45e9 && on(1) >= 1.45e9, `cpu0 ${on(0)} cpu1 ${on(1)}`)
    // The probe splits the kernel's own run time (se.sum_exec_runtime, schedstat's first field) by CPU: the same nanoseconds.
    assert.equal(thread.oncpuNs, kernel.runtimeNs)
    const finding = report.findings.find((f) => f.rule === 'high-migration-rate')
    assert.ok(finding, `no high-migration-rate finding: ${JSON.stringify(report.findings.map((f) => f.rule))}`)
    assert.equal(finding.thread?.tid, thread.tid)
    assert.match(finding.evidence.join('\n'), /called sched_setaffinity 1,500 times/)
  })
})

describe('sched probe: preemption', {skip}, () => {
  it('names the timer thread that preempts a pinned reactor, with switch counts equal to the kernel\'s', async () => {
    const {report, thread, kernel, helperTid} = await profile('preempt_pair', ['tick', '1', '1000'])
    assert.equal(thread.name, 'reactor-0')
    assert.deepEqual(thread.cpusAllowed, [1])
    // Exact: both sides apply the same rule (preempted, or left while runnable) to the same switches.
    assert.equal(thread.involuntary, kernel.involuntary)
    assert.equal(thread.voluntary, kernel.voluntary)
    // The helper wakes about every 70 µs: thousands of preemptions in the second.
    assert.ok(thread.involuntary >= 3000, `only ${thread.involuntary} involuntary switches`)
    const top = thread.preemptors[0]
    assert.deepEqual({tid: top.tid, name: top.name, sameProcess: top.sameProcess}, {tid: helperTid, name: 'timer-0', sameProcess: true})
    assert.ok(top.count >= 0.95 * thread.involuntary, `timer-0 ${top.count} of ${thread.involuntary}`)
    assert.equal(thread.oncpuNs, kernel.runtimeNs)
    assert.equal(thread.preemptors.reduce((a, p) => a + p.count, 0), thread.involuntary)
    assert.equal(thread.eventLoop, true)
    const finding = report.findings.find((f) => f.rule === 'reactor-preempted' && f.thread?.tid === thread.tid)
    assert.ok(finding, `no reactor-preempted finding: ${JSON.stringify(report.findings.map((f) => f.rule))}`)
    assert.match(finding.title, new RegExp(`^timer-0 \\(tid ${helperTid}, same process\\) preempted reactor-0 \\(tid ${thread.tid}\\) [\\d,]+ times/s`))
  })

  it('flags a reactor that shares its CPU with a spinning helper by the time it waits', async () => {
    const {report, thread, kernel, helperTid} = await profile('preempt_pair', ['spin', '1', '1000'])
    assert.equal(thread.involuntary, kernel.involuntary)
    assert.equal(thread.voluntary, kernel.voluntary)
    // The scheduler shares the CPU: the reactor waits about half of its second.
    assert.ok(thread.preemptedWaitNs >= 0.3e9, `waited ${thread.preemptedWaitNs} ns`)
    assert.equal(thread.preemptors[0].tid, helperTid)
    assert.ok(report.findings.some((f) => f.rule === 'reactor-preempted' && f.thread?.tid === thread.tid))
  })

  it('gives a reactor alone on its CPU no finding, and its time on that CPU as schedstat has it', async () => {
    const {report, thread, kernel} = await profile('preempt_pair', ['none', '1', '1000'])
    assert.equal(thread.involuntary, kernel.involuntary)
    assert.equal(thread.voluntary, kernel.voluntary)
    assert.equal(thread.migrations, 0)
    const cpu1 = thread.cpus.find((c) => c.cpu === 1)
    assert.ok(cpu1 && cpu1.share >= 0.999, JSON.stringify(thread.cpus))
    // Exactly schedstat's run time: the thread slept at attach and at the end, so both count the same slices.
    assert.equal(thread.oncpuNs, kernel.runtimeNs)
    // Other work on the machine may take some of CPU 1; most of the second is the reactor's.
    assert.ok(thread.oncpuNs >= 0.5e9, `on CPU ${thread.oncpuNs} ns`)
    assert.deepEqual(report.findings.filter((f) => f.rule === 'reactor-preempted' || f.rule === 'high-migration-rate'), [])
  })
})
