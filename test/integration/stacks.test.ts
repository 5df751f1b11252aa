// The stacks probe end to end, against real workloads and real consumers:
// a known 75/25 split of CPU time between two named C functions (folded
// proportions, exact stack shapes, sample totals against the CPU time the
// workload measured, pprof decoded by an independent reader), V8 JIT frames
// named from Node's perf map (and marked, with a finding, without one),
// kernel frames under a syscall storm, and off-CPU time by stack.
import assert from 'node:assert/strict'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {gunzipSync} from 'node:zlib'
import {after, before, describe, it} from 'node:test'
import {Profile as PprofProfile} from 'pprof-format'
import {validateReport} from '../report-schema.js'
import {bpfGate, cli, Proc, root, waitUntil, workload} from './helpers.js'

const gate = bpfGate()
const skip = gate.skip

/** One line of a folded file: `comm-pid/tid;root;...;leaf count`. */
interface FoldedLine {
  comm: string
  pid: number
  tid: number
  /** Root first, the thread frame removed; `[off-cpu]` first for off-CPU time. */
  frames: string[]
  count: number
}

function parseFolded(text: string): FoldedLine[] {
  const lines = text.split('\n').filter((l) => l !== '')
  assert.ok(lines.length > 0, 'the folded file is empty')
  return lines.map((line) => {
    // Names may contain spaces (V8's "JS:*f file:///x.js:1:2"): the count is after the last one.
    const m = /^(.*) (\d+)$/.exec(line)
    assert.ok(m, `not a folded line: ${JSON.stringify(line)}`)
    const [thread, ...frames] = m[1].split(';')
    const t = /^(.*)-(\d+)\/(\d+)$/.exec(thread)
    assert.ok(t, `no comm-pid/tid thread frame: ${JSON.stringify(line)}`)
    return {comm: t[1], pid: Number(t[2]), tid: Number(t[3]), frames, count: Number(m[2])}
  })
}

const onCpu = (lines: FoldedLine[]) => lines.filter((l) => l.frames[0] !== '[off-cpu]')
const offCpu = (lines: FoldedLine[]) => lines.filter((l) => l.frames[0] === '[off-cpu]')
const total = (lines: FoldedLine[]) => lines.reduce((n, l) => n + l.count, 0)
const isKernel = (f: string) => f.endsWith('_[k]')

/** Kernel frames are the leaf end of a stack: after the first one, nothing else. */
function assertKernelAtLeaf(lines: FoldedLine[]): void {
  for (const l of lines) {
    const k = l.frames.findIndex(isKernel)
    if (k >= 0) assert.ok(l.frames.slice(k).every(isKernel), `user frame below a kernel frame: ${l.frames.join(';')}`)
  }
}

/** A decoded pprof file, with what the tests compare: totals per sample type, by tid, and by function on the stack. */
function readPprof(path: string) {
  const raw = readFileSync(path)
  assert.deepEqual([...raw.subarray(0, 2)], [0x1f, 0x8b], `${path} is not gzipped`)
  const p = PprofProfile.decode(gunzipSync(raw))
  const str = (i: number | bigint) => p.stringTable.strings[Number(i)]
  assert.equal(p.stringTable.strings[0], '', 'string_table[0] must be ""')
  const types = p.sampleType.map((t) => `${str(t.type)}/${str(t.unit)}`)
  const functions = new Map(p.function.map((f) => [Number(f.id), str(f.name)]))
  const locations = new Map(p.location.map((l) => [Number(l.id), l]))
  assert.equal(functions.size, p.function.length, 'function ids are unique')
  assert.equal(locations.size, p.location.length, 'location ids are unique')
  assert.ok(!functions.has(0) && !locations.has(0), 'ids are non-zero')
  const samples = p.sample.map((s) => {
    // Leaf first; a location may hold inlined functions, leaf first too.
    const names = s.locationId.flatMap((id) => {
      const loc = locations.get(Number(id))
      assert.ok(loc, `sample refers to location ${id}, which does not exist`)
      return loc.line.map((ln) => {
        const name = functions.get(Number(ln.functionId))
        assert.ok(name !== undefined, `location ${id} refers to function ${ln.functionId}, which does not exist`)
        return name
      })
    })
    const labels: Record<string, string> = Object.fromEntries(s.label.map((l) => [str(l.key), Number(l.str) !== 0 ? str(l.str) : String(l.num)]))
    return {names, values: s.value.map(Number), labels}
  })
  const sum = (type: string, keep: (s: (typeof samples)[number]) => boolean = () => true) => {
    const i = types.indexOf(type)
    assert.ok(i >= 0, `no ${type} sample type in ${types.join(', ')}`)
    return samples.filter(keep).reduce((n, s) => n + s.values[i], 0)
  }
  return {profile: p, types, samples, sum}
}

/** The JSON report's stacks section, as far as these tests read it. */
interface StacksJson {
  event: string
  frequencyHz: number
  offcpu: boolean
  samples: number
  offcpuNs: number
  threads: {tid: number; name: string; samples: number; offcpuNs: number}[]
  hotFunctions: {name: string; kind: string; module: string; self: number; total: number}[]
  kernelSamples: number
  unnamedJit: {samples: number; addresses: number; reason: string}
  perfMap: {status: string; entries: number}
  modules: {path: string; kind: string; buildId: string; symbols: string}[]
  finalSymbolizeNs: number
  dropped: Record<string, number>
}
interface Report {
  probes: {name: string; attached: boolean; error: string}[]
  stacks: StacksJson | null
  findings: {rule: string; title: string; fix: string; metrics: Record<string, number | string>}[]
}

function readReport(path: string): Report {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report
  assert.ok(validateReport(report), JSON.stringify(validateReport.errors))
  const probe = report.probes.find((p) => p.name === 'stacks')
  assert.ok(probe?.attached, `stacks probe not attached: ${JSON.stringify(probe)}`)
  assert.ok(report.stacks, 'no stacks section in the report')
  const {userStackFailed, ...lost} = report.stacks.dropped
  assert.deepEqual(lost, {stackTableFull: 0, countTableFull: 0, offcpuLost: 0, missedEvents: 0})
  // Samples kept with their kernel stack alone. On a loaded machine the kernel
  // now and then hands bpf_get_stack no user stack (1 sample in a few
  // thousand, seen in CI): allowed up to 0.2% of the samples, never more.
  const allowed = Math.max(2, Math.floor(report.stacks.samples * 0.002))
  assert.ok(userStackFailed <= allowed, `${userStackFailed} of ${report.stacks.samples} samples without a user stack (allowed ${allowed})`)
  return report
}

/** Loaded BPF programs of the stacks probe (helpers' loadedStackprofPrograms predates it). */
function loadedStacksPrograms(): string[] {
  const bpftool = spawnSync(existsSync('/usr/sbin/bpftool') ? '/usr/sbin/bpftool' : 'bpftool', ['-j', 'prog', 'show'], {encoding: 'utf8'})
  if (bpftool.status !== 0) throw new Error(`bpftool prog show failed: ${bpftool.stderr}`)
  return (JSON.parse(bpftool.stdout || '[]') as {name?: string}[]).map((p) => p.name ?? '').filter((n) => /^stacks_\w+$/.test(n))
}

/**
 * Attach to a handshake workload (ready / go / done), let it do its work,
 * stop the session (SIGINT) once it is done, and return what it printed and
 * where the outputs are. `outputs` are file names inside `dir`.
 */
async function attachAround(target: Proc, pid: number, dir: string, outputs: string[], extra: string[], saysDone = true) {
  const attach = new Proc(process.execPath, [cli, 'attach', String(pid), ...outputs.flatMap((o) => ['-o', join(dir, o)]), ...extra])
  await attach.waitFor('stderr', /^attached to pid/, 30_000)
  target.send('go')
  const result = await target.waitFor('stdout', /^(\{.*\})$/, 60_000)
  if (saysDone) await target.waitFor('stdout', /^done$/, 10_000)
  const stopped = Date.now()
  attach.child.kill('SIGINT')
  const {code} = await attach.exit(60_000)
  assert.equal(code, 0, `attach exit ${code}: ${attach.stderr}`)
  return {result: JSON.parse(result[1]) as Record<string, unknown>, stopMs: Date.now() - stopped}
}

/** The frames a libc start routine may add above main or a thread's function (glibc has no frame pointers past them). */
const START_FRAME = /^(_start|__libc_start_main(_impl|_alias_\d+)?|__libc_start_call_main|start_thread|clone3?|__clone3?|\[libc\.so\.6\])$/

describe('stacks: a known 75/25 split of CPU time (cpu_split, frame pointers)', {skip}, () => {
  let dir: string
  let lines: FoldedLine[]
  let split: {pid: number; threads: {tid: number; name: string; threeQuartersNs: number; oneQuarterNs: number; cpuNs: number}[]; share: number}
  let report: Report
  const FREQ = 199
  const SECONDS = 4

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-stacks-'))
    // run: probes live before the first instruction; the command's stdin and stdout are ours (no terminal, no dashboard).
    const run = new Proc(process.execPath, [cli, 'run', '--freq', String(FREQ), '-o', join(dir, 'split.folded'), '-o', join(dir, 'split.pb.gz'), '-o', join(dir, 'split.json'), '--', workload('cpu_split'), String(SECONDS), '2'])
    await run.waitFor('stdout', /^ready \d+$/, 30_000)
    run.send('go')
    const m = await run.waitFor('stdout', /^(\{.*\})$/, 60_000)
    await run.waitFor('stdout', /^done$/, 10_000)
    run.end()
    const {code} = await run.exit(60_000)
    assert.equal(code, 0, `run exit ${code}: ${run.stderr}`)
    split = JSON.parse(m[1])
    lines = parseFolded(readFileSync(join(dir, 'split.folded'), 'utf8'))
    report = readReport(join(dir, 'split.json'))
  })
  after(() => { if (dir) rmSync(dir, {recursive: true, force: true}) })

  it('splits the samples 75/25 between spin_three_quarters and spin_one_quarter, within 5 points', () => {
    // The workload's own measurement, by CLOCK_THREAD_CPUTIME_ID, is the truth the samples must match.
    assert.ok(Math.abs(split.share - 0.75) < 0.005, `cpu_split itself measured ${split.share}`)
    const on = onCpu(lines)
    assert.deepEqual(offCpu(lines), [], 'no off-CPU lines without --off-cpu')
    const with_ = (fn: string) => total(on.filter((l) => l.frames.includes(fn)))
    const three = with_('spin_three_quarters')
    const one = with_('spin_one_quarter')
    assert.ok(three + one >= 0.95 * total(on), `only ${three + one} of ${total(on)} samples in the two functions`)
    const share = three / (three + one)
    assert.ok(Math.abs(share - 0.75) <= 0.05, `spin_three_quarters has ${(share * 100).toFixed(1)}% (${three} vs ${one} samples)`)
  })

  it('unwinds every sample of the two functions from main (or the thread function) through run_split', () => {
    const threads = new Map(split.threads.map((t) => [t.tid, t]))
    assert.equal(threads.size, 2)
    let checked = 0
    for (const l of onCpu(lines)) {
      assert.equal(l.pid, split.pid, `a line of another process: ${l.comm}-${l.pid}/${l.tid}`)
      const fn = l.frames.find((f) => f === 'spin_three_quarters' || f === 'spin_one_quarter')
      if (!fn) continue
      assert.ok(threads.has(l.tid), `samples of unknown thread ${l.tid}`)
      const i = l.frames.indexOf(fn)
      const entry = l.tid === split.pid ? 'main' : 'split_thread'
      const where = `${l.comm}-${l.pid}/${l.tid};${l.frames.join(';')}`
      assert.equal(l.comm, threads.get(l.tid)!.name, where)
      assert.deepEqual(l.frames.slice(i - 2, i + 1), [entry, 'run_split', fn], where)
      assert.ok(l.frames.slice(0, i - 2).every((f) => START_FRAME.test(f)), `unexpected frames above ${entry}: ${where}`)
      // Below the spinning function: only the kernel (its inline clock_gettime syscall).
      assert.ok(l.frames.slice(i + 1).every(isKernel), `user frames below ${fn}: ${where}`)
      checked += l.count
    }
    assert.ok(checked > 0)
    assertKernelAtLeaf(lines)
  })

  it('takes about freq × CPU seconds samples (within 10%), and the report counts the same', () => {
    const cpuNs = split.threads.reduce((n, t) => n + t.cpuNs, 0)
    const expected = (cpuNs / 1e9) * FREQ
    const got = total(onCpu(lines))
    assert.ok(Math.abs(got - expected) <= 0.1 * expected, `${got} samples for ${(cpuNs / 1e9).toFixed(2)} CPU-seconds at ${FREQ} Hz (expected ${expected.toFixed(0)})`)
    // Busy threads: the two split threads ran for SECONDS each, minus what the machine took from them.
    assert.ok(cpuNs >= 0.25 * SECONDS * 2 * 1e9, `the workload only got ${cpuNs / 1e9} CPU-seconds`)
    const s = report.stacks!
    assert.equal(s.event, 'cpu-clock')
    assert.equal(s.frequencyHz, FREQ)
    assert.equal(s.offcpu, false)
    assert.equal(s.samples, got, 'the JSON report and the folded export count the same samples')
    for (const t of split.threads) {
      const folded = total(onCpu(lines).filter((l) => l.tid === t.tid))
      assert.equal(s.threads.find((x) => x.tid === t.tid)?.samples, folded, `thread ${t.tid}`)
    }
    const hot = s.hotFunctions.find((h) => h.name === 'spin_three_quarters')
    assert.ok(hot && hot.kind === 'native', JSON.stringify(s.hotFunctions.slice(0, 5)))
    const exe = s.modules.find((m) => m.path.endsWith('/cpu_split'))
    assert.ok(exe && exe.kind === 'elf' && /^[0-9a-f]{40}$/.test(exe.buildId), JSON.stringify(s.modules))
  })

  it('writes a pprof profile that pprof-format decodes to the folded totals, per thread and per function', () => {
    const {types, samples, sum, profile} = readPprof(join(dir, 'split.pb.gz'))
    assert.deepEqual(types.slice(0, 2), ['samples/count', 'cpu/nanoseconds'])
    const folded = total(onCpu(lines))
    assert.equal(sum('samples/count'), folded)
    // cpu/nanoseconds is the same samples weighted by the sampling period.
    assert.ok(Math.abs(sum('cpu/nanoseconds') - (folded * 1e9) / FREQ) <= 0.001 * (folded * 1e9) / FREQ, `cpu ${sum('cpu/nanoseconds')} ns for ${folded} samples`)
    for (const fn of ['spin_three_quarters', 'spin_one_quarter', 'run_split', 'main']) {
      assert.equal(sum('samples/count', (s) => s.names.includes(fn)), total(onCpu(lines).filter((l) => l.frames.includes(fn))), fn)
    }
    for (const t of split.threads) {
      assert.equal(sum('samples/count', (s) => Number(s.labels.tid) === t.tid), total(onCpu(lines).filter((l) => l.tid === t.tid)), `tid ${t.tid}`)
      assert.ok(samples.some((s) => Number(s.labels.tid) === t.tid && s.labels.thread === t.name), `thread label ${t.name}`)
    }
    // Leaf first: the spinning function comes before run_split in every sample that has both.
    for (const s of samples) {
      const i = s.names.findIndex((n) => n.startsWith('spin_'))
      if (i >= 0) assert.equal(s.names[i + 1], 'run_split', s.names.join(' <- '))
    }
    assert.ok(Number(profile.durationNanos) >= SECONDS * 1e9, `durationNanos ${profile.durationNanos}`)
  })
})

describe('stacks: Node.js JIT frames from the perf map (hot_functions.mjs)', {skip}, () => {
  const script = join(root, 'test', 'workloads', 'hot_functions.mjs')
  let dir: string
  const started: number[] = []
  before(() => { dir = mkdtempSync(join(tmpdir(), 'stackprof-stacks-')) })
  after(() => {
    if (dir) rmSync(dir, {recursive: true, force: true})
    for (const pid of started) rmSync(`/tmp/perf-${pid}.map`, {force: true})
  })

  async function profileNode(nodeFlags: string[], name: string) {
    // Node 20 with --perf-basic-prof also writes isolate-*-v8.log, by default into the working directory.
    const target = new Proc(process.execPath, [...nodeFlags, `--logfile=${join(dir, 'v8.log')}`, script, '4'])
    try {
      const pid = Number((await target.waitFor('stdout', /^ready (\d+)$/, 30_000))[1])
      started.push(pid)
      // A stale map of an earlier process with this pid would name frames it does not have.
      if (!nodeFlags.includes('--perf-basic-prof')) rmSync(`/tmp/perf-${pid}.map`, {force: true})
      const {result} = await attachAround(target, pid, dir, [`${name}.folded`, `${name}.json`], ['--freq', '199'])
      return {pid, result: result as {alphaCpuMs: number; betaCpuMs: number; share: number}, lines: parseFolded(readFileSync(join(dir, `${name}.folded`), 'utf8')), report: readReport(join(dir, `${name}.json`))}
    } finally {
      target.end()
      await target.exit()
    }
  }

  it('names the hot functions as JIT frames with --perf-basic-prof, and says the perf map was read', async () => {
    const {pid, lines, report, result} = await profileNode(['--perf-basic-prof'], 'jit')
    const on = onCpu(lines)
    const jit = (fn: string) => on.filter((l) => l.frames.some((f) => f.includes(fn) && f.endsWith('_[j]')))
    const alpha = total(jit('stackprofHotAlpha'))
    const beta = total(jit('stackprofHotBeta'))
    // The two functions are nearly all the main thread does after go: their CPU time at 199 Hz.
    const expected = ((result.alphaCpuMs + result.betaCpuMs) / 1000) * 199
    assert.ok(alpha + beta >= 0.8 * expected, `stackprofHotAlpha ${alpha} + stackprofHotBeta ${beta} samples as JIT frames, for ${expected.toFixed(0)} expected`)
    assert.ok(Math.abs(alpha / (alpha + beta) - result.share) <= 0.05, `alpha ${alpha} vs beta ${beta} samples; the workload measured ${result.alphaCpuMs} vs ${result.betaCpuMs} ms of CPU`)
    const s = report.stacks!
    assert.equal(s.perfMap.status, 'read')
    assert.ok(s.perfMap.entries > 0)
    assert.ok(s.modules.some((m) => m.kind === 'perf-map' && m.path === `/tmp/perf-${pid}.map`), JSON.stringify(s.modules))
    assert.ok(s.hotFunctions.some((h) => h.name.includes('stackprofHotAlpha') && h.kind === 'jit'), JSON.stringify(s.hotFunctions.slice(0, 5)))
    assert.deepEqual(report.findings.filter((f) => f.rule === 'jit-without-perf-map'), [])
    assertKernelAtLeaf(lines)
  })

  it('marks JIT frames as unknown without --perf-basic-prof, and suggests it', async () => {
    const {lines, report} = await profileNode([], 'nomap')
    const on = onCpu(lines)
    assert.ok(!on.some((l) => l.frames.some((f) => f.includes('stackprofHot'))), 'names without a perf map?')
    assert.ok(on.some((l) => l.frames.includes('[unknown]')), 'no [unknown] frames')
    const s = report.stacks!
    assert.equal(s.perfMap.status, 'absent')
    assert.equal(s.perfMap.entries, 0)
    // The two hot loops run in JIT code: most samples have an unnamed frame.
    assert.ok(s.unnamedJit.samples >= 0.5 * s.samples, `${s.unnamedJit.samples} of ${s.samples} samples unnamed`)
    assert.match(s.unnamedJit.reason, /anonymous/)
    const finding = report.findings.find((f) => f.rule === 'jit-without-perf-map')
    assert.ok(finding, `no jit-without-perf-map finding: ${JSON.stringify(report.findings.map((f) => f.rule))}`)
    assert.match(finding.fix, /--perf-basic-prof-only-functions/)
    assert.equal(finding.metrics.node, 1)
  })
})

describe('stacks: kernel frames under a syscall storm (syscall_storm)', {skip}, () => {
  it('shows the getppid syscall in the kernel frames, below the syscall entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackprof-stacks-'))
    const target = new Proc(workload('syscall_storm'), ['2', '2'])
    try {
      const pid = Number((await target.waitFor('stdout', /^ready (\d+)$/))[1])
      // syscall_storm prints its JSON line when done (no "done" line).
      await attachAround(target, pid, dir, ['storm.folded', 'storm.json'], ['--freq', '199'], false)
      const lines = onCpu(parseFolded(readFileSync(join(dir, 'storm.folded'), 'utf8')))
      const report = readReport(join(dir, 'storm.json'))
      assertKernelAtLeaf(lines)
      const kernel = lines.filter((l) => l.frames.some(isKernel))
      // Each getppid costs more in the kernel (entry, exit, the syscall probes) than the loop around it in user space.
      assert.ok(total(kernel) >= 0.3 * total(lines), `${total(kernel)} of ${total(lines)} samples with kernel frames`)
      const getppid = kernel.filter((l) => l.frames.some((f) => isKernel(f) && /sys_getppid/.test(f)))
      assert.ok(total(getppid) > 0, `no kernel frame naming getppid; kernel leaves: ${[...new Set(kernel.map((l) => l.frames.at(-1)))].slice(0, 20).join(', ')}`)
      if (process.arch === 'x64') {
        for (const l of getppid) assert.match(l.frames.find(isKernel)!, /^entry_SYSCALL_64/, l.frames.join(';'))
      }
      assert.equal(report.stacks!.kernelSamples, total(lines.filter((l) => isKernel(l.frames.at(-1)!))))
      assert.ok(report.stacks!.modules.some((m) => m.kind === 'kernel'))
    } finally {
      target.end()
      await target.exit()
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('stacks: off-CPU time by stack (offcpu_sleep, --off-cpu)', {skip}, () => {
  it('attributes the sleeps of two named functions to their stacks, within 15% of the time they measured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackprof-stacks-'))
    const FREQ = 99
    // 100 × (15 ms + 5 ms): 1.5 s and 0.5 s asleep.
    const target = new Proc(workload('offcpu_sleep'), ['100', '15', '5'])
    try {
      const pid = Number((await target.waitFor('stdout', /^ready (\d+)$/))[1])
      const {result} = await attachAround(target, pid, dir, ['off.folded', 'off.pb.gz', 'off.json'], ['--freq', String(FREQ), '--off-cpu'])
      const measured = result as {tid: number; namedNs: number; otherNs: number}
      const within = (got: number, want: number, what: string) =>
        assert.ok(Math.abs(got - want) <= 0.15 * want, `${what}: ${(got / 1e6).toFixed(1)} ms off CPU, the workload measured ${(want / 1e6).toFixed(1)} ms`)

      // pprof carries exact nanoseconds (sample type off_cpu/nanoseconds, docs/exports.md).
      const {sum} = readPprof(join(dir, 'off.pb.gz'))
      const off = (fn: string) => sum('off_cpu/nanoseconds', (s) => Number(s.labels.tid) === measured.tid && s.names.includes(fn))
      within(off('sleep_in_named_function'), measured.namedNs, 'sleep_in_named_function (pprof)')
      within(off('sleep_in_other_function'), measured.otherNs, 'sleep_in_other_function (pprof)')

      // Folded: "[off-cpu]" right after the thread frame, weighted in samples at the sampling frequency.
      const lines = offCpu(parseFolded(readFileSync(join(dir, 'off.folded'), 'utf8')))
      for (const [fn, ns] of [['sleep_in_named_function', measured.namedNs], ['sleep_in_other_function', measured.otherNs]] as const) {
        const mine = lines.filter((l) => l.tid === measured.tid && l.frames.includes(fn))
        assert.ok(mine.length > 0, `no off-CPU stack with ${fn}`)
        within((total(mine) * 1e9) / FREQ, ns, `${fn} (folded)`)
        for (const l of mine) {
          const i = l.frames.indexOf(fn)
          const where = l.frames.join(';')
          assert.equal(l.comm, 'sleeper', where)
          assert.deepEqual(l.frames.slice(i - 2, i + 1), ['sleeper_thread', 'sleep_loop', fn], where)
          assert.ok(l.frames.slice(1, i - 2).every((f) => START_FRAME.test(f)), `unexpected frames above sleeper_thread: ${where}`)
          // Where it blocked: the kernel's side of nanosleep, cut at the scheduler.
          assert.ok(l.frames.slice(i + 1).length > 0 && l.frames.slice(i + 1).every(isKernel), `no kernel frames below ${fn}: ${where}`)
          assert.ok(l.frames.slice(i + 1).some((f) => /nanosleep/.test(f)), `no nanosleep in the kernel frames: ${where}`)
        }
      }
      const report = readReport(join(dir, 'off.json'))
      assert.equal(report.stacks!.offcpu, true)
      const sleeper = report.stacks!.threads.find((t) => t.tid === measured.tid)
      // Its off-CPU time is the sleeps (its parked waits began before the attach or had not ended at the stop).
      assert.ok(sleeper, JSON.stringify(report.stacks!.threads))
      within(sleeper.offcpuNs, measured.namedNs + measured.otherNs, 'the sleeper thread (JSON report)')
    } finally {
      target.end()
      await target.exit()
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('leaves no stacks program loaded', async () => {
    assert.ok(await waitUntil(() => loadedStacksPrograms().length === 0, 5000), `left: ${loadedStacksPrograms()}`)
  })
})
