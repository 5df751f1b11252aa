// Recordings end to end: `record` the exactness workload, then `report` and
// `export` from the file after the workload is gone (counts identical to the
// live JSON report of the same session); `run -o x.spr` next to live exports
// (the exports from the recording are the same bytes); a stackprof killed
// mid-session leaves a recording that reads, truncated; bad files are one line.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {after, before, describe, it} from 'node:test'
import {Profile as PprofProfile} from 'pprof-format'
import {loadRecording} from '../../src/recording/reader.js'
import {validateReport} from '../report-schema.js'
import {bpfGate, cli, loadedStackprofPrograms, Proc, runHandshakeWorkload, startAttach, startWorkload, syscall, threadNamed, waitUntil, workload, type JsonReport, type JsonThread} from './helpers.js'

const gate = bpfGate()

function stackprof(args: string[]): {code: number | null; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', timeout: 60_000})
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

/** Counts, errors and errnos of a thread's syscalls (latencies are timed by each loader on its own). */
function counts(thread: JsonThread) {
  return thread.syscalls.map((s) => ({name: s.name, count: s.count, errors: s.errors, errnos: s.errnos})).sort((a, b) => a.name.localeCompare(b.name))
}

describe('record, then report and export after the workload is gone (exact_syscalls)', {skip: gate.skip}, () => {
  let dir: string
  let live: JsonReport
  let recorded: JsonReport
  let record: Proc
  let reportRun: ReturnType<typeof stackprof>

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-record-'))
    const {proc: target, pid} = await startWorkload('exact_syscalls', ['10000', '7777', '500'])
    try {
      record = new Proc(process.execPath, [cli, 'record', String(pid), '-o', join(dir, 'exact.spr')])
      await record.waitFor('stderr', /^attached to pid \d+ .*; recording to /)
      // The live JSON report of the same workload, for comparison; attach writes its own recording beside it.
      const attach = await startAttach(pid, ['--json', '-o', join(dir, 'attach.spr')])
      target.send('go')
      await target.waitFor('stdout', /^done$/)
      target.end()
      await target.exit()
      const [r, a] = await Promise.all([record.exit(60_000), attach.exit(60_000)])
      assert.equal(r.code, 0, record.stderr)
      assert.equal(a.code, 0, attach.stderr)
      live = JSON.parse(attach.stdout) as JsonReport
    } finally {
      target.child.kill('SIGKILL')
    }
    // The workload is gone: the report comes from the file alone.
    assert.throws(() => process.kill(Number(live.target.pid), 0))
    reportRun = stackprof(['report', join(dir, 'exact.spr'), '--json'])
    assert.equal(reportRun.code, 0, reportRun.stderr)
    recorded = JSON.parse(reportRun.stdout) as JsonReport
  })
  after(() => { if (dir) rmSync(dir, {recursive: true, force: true}) })

  it('record says what it wrote: snapshots, syscalls, and the file', () => {
    assert.match(record.stderr, /^recorded \d+\.\d s \(target-exited\): \d+ snapshots?, [\d,]+ syscalls, [\d,]+ stack samples, 0 dropped$/m)
    assert.match(record.stderr, /^stackprof: wrote recording to .*exact\.spr \(\d+(\.\d)? (B|KB|MB), \d+ snapshots?\)$/m)
    assert.match(record.stderr, /read it with: stackprof report /)
  })

  it('reports the workload\'s exact counts, identical to the live JSON report', () => {
    assert.ok(validateReport(recorded), JSON.stringify(validateReport.errors))
    const getppid = threadNamed(recorded, 'getppid-worker')
    const write = threadNamed(recorded, 'write-worker')
    assert.equal(syscall(getppid, 'getppid')?.count, 10000)
    assert.equal(syscall(write, 'write')?.count, 7777)
    assert.equal(syscall(write, 'close')?.count, 500)
    assert.deepEqual(syscall(write, 'close')?.errnos, {EBADF: 500})
    for (const name of ['getppid-worker', 'write-worker']) assert.deepEqual(counts(threadNamed(recorded, name)), counts(threadNamed(live, name)), name)
    assert.deepEqual(recorded.dropped, live.dropped)
    assert.equal(recorded.session.endReason, 'target-exited')
    assert.equal(recorded.target.exited, true)
    assert.deepEqual(recorded.findings.map((f) => f.rule).filter((r) => r === 'failing-syscalls'), ['failing-syscalls'])
  })

  it('attach -o x.spr records the same session it reports live: the counts of its recording are the live ones', () => {
    const r = stackprof(['report', join(dir, 'attach.spr'), '--json'])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /recorded by stackprof \S+ \(attach\)/)
    const fromAttach = JSON.parse(r.stdout) as JsonReport
    for (const name of ['getppid-worker', 'write-worker']) assert.deepEqual(counts(threadNamed(fromAttach, name)), counts(threadNamed(live, name)), name)
    assert.deepEqual(fromAttach.dropped, live.dropped)
  })

  it('says on stderr what it read and from where, and that the file is complete', () => {
    assert.match(reportRun.stderr, /^stackprof: .*exact\.spr: recorded by stackprof \S+ \(record\) on \S+ \S+, \d{4}-\d\d-\d\dT[\d:.]+Z, \d+\.\d s$/m)
    assert.doesNotMatch(reportRun.stderr, /truncated/)
  })

  it('prints the text summary from the file', () => {
    const text = stackprof(['report', join(dir, 'exact.spr')])
    assert.equal(text.code, 0, text.stderr)
    assert.match(text.stdout, /getppid-worker/)
    assert.match(text.stdout, /the target exited after/)
  })

  it('exports the JSON report from the file, the same as report --json', () => {
    const r = stackprof(['export', join(dir, 'exact.spr'), '-o', join(dir, 'exact.json')])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(readFileSync(join(dir, 'exact.json'), 'utf8'), reportRun.stdout)
  })
})

describe('run -o x.spr next to live exports; exports from the recording are the same (cpu_split)', {skip: gate.skip}, () => {
  let dir: string
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-record-'))
    const run = await runHandshakeWorkload(['--freq', '199', '-o', join(dir, 'split.spr'), '-o', join(dir, 'live.folded'), '-o', join(dir, 'live.json')], 'cpu_split', ['2', '2'])
    assert.match(run.stderr, /^stackprof: wrote recording to .*split\.spr \(/m)
  })
  after(() => { if (dir) rmSync(dir, {recursive: true, force: true}) })

  it('exports html, folded, pprof, speedscope and JSON from the recording; folded and JSON equal the live files byte for byte (JSON: but session.recording)', () => {
    const r = stackprof(['export', join(dir, 'split.spr'), '-o', join(dir, 'x.html'), '-o', join(dir, 'x.folded'), '-o', join(dir, 'x.pb.gz'), '-o', join(dir, 'x.speedscope.json'), '-o', join(dir, 'x.json')])
    assert.equal(r.code, 0, r.stderr)
    for (const [file, noun] of [['x.html', 'flame graph'], ['x.folded', 'folded stacks'], ['x.pb.gz', 'pprof profile'], ['x.speedscope.json', 'speedscope profile'], ['x.json', 'JSON report']]) {
      assert.match(r.stderr, new RegExp(`^stackprof: wrote ${noun} to .*${file.replace('.', '\\.')} \\(`, 'm'))
    }
    const folded = readFileSync(join(dir, 'x.folded'), 'utf8')
    assert.match(folded, /;spin_three_quarters \d+$/m)
    assert.equal(folded, readFileSync(join(dir, 'live.folded'), 'utf8'))
    // The same report, but for the one field that says where it came from.
    const fromRecording = JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')) as {session: {recording: unknown}}
    assert.deepEqual(fromRecording.session.recording, {truncated: false, truncation: null})
    fromRecording.session.recording = null
    assert.deepEqual(fromRecording, JSON.parse(readFileSync(join(dir, 'live.json'), 'utf8')))
    const profile = PprofProfile.decode(gunzipSync(readFileSync(join(dir, 'x.pb.gz'))))
    const names = new Set(profile.function.map((f) => profile.stringTable.strings[Number(f.name)]))
    assert.ok(names.has('spin_three_quarters') && names.has('spin_one_quarter'), [...names].join(', '))
    const html = readFileSync(join(dir, 'x.html'), 'utf8')
    assert.match(html, /^<!DOCTYPE html>/i)
    assert.match(html, /spin_three_quarters/)
  })

  it('export refuses a recording as output, and a format it cannot tell, before reading', () => {
    const copy = stackprof(['export', join(dir, 'split.spr'), '-o', join(dir, 'copy.spr')])
    assert.equal(copy.code, 2)
    assert.match(copy.stderr, /^stackprof: .*copy\.spr names a recording, and export writes other formats\n  hint: /)
  })
})

describe('a recording cut by SIGKILL of stackprof', {skip: gate.skip}, () => {
  let dir: string
  before(() => { dir = mkdtempSync(join(tmpdir(), 'stackprof-record-')) })
  after(() => { if (dir) rmSync(dir, {recursive: true, force: true}) })

  it('loads up to its last record, truncated; report says so; no probe is left behind', async () => {
    const {proc: target, pid} = await startWorkload('exact_syscalls', ['10', '10', '10'])
    const file = join(dir, 'killed.spr')
    try {
      const record = new Proc(process.execPath, [cli, 'record', String(pid), '-o', file, '--interval', '200ms'])
      await record.waitFor('stderr', /^attached to pid/)
      target.send('go')
      await target.waitFor('stdout', /^done$/)
      // Several snapshots in the file, then the kill, mid-session.
      assert.ok(await waitUntil(() => statSync(file).size > 2000, 10_000))
      await new Promise((r) => setTimeout(r, 1000))
      record.child.kill('SIGKILL')
      const {signal} = await record.exit()
      assert.equal(signal, 'SIGKILL')
      assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0, 5000), `programs left: ${loadedStackprofPrograms()}`)
    } finally {
      target.end()
      await target.exit()
    }
    const loaded = loadRecording(file)
    assert.equal(loaded.truncated, true)
    assert.ok(loaded.session.elapsedSeconds >= 1, `${loaded.session.elapsedSeconds} s`)
    assert.equal(loaded.session.endReason, 'recording-truncated')
    assert.equal(loaded.session.threads().find((t) => t.name === 'getppid-worker')?.syscalls.find((s) => s.name === 'getppid')?.count, 10n)

    const r = stackprof(['report', file, '--json'])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /^stackprof: .*killed\.spr: truncated after \d+\.\d s: the (recording ends mid-record|recording ends without its end record \(stackprof stopped before it finished\)); this is what it holds until then$/m)
    const report = JSON.parse(r.stdout) as JsonReport
    assert.ok(validateReport(report), JSON.stringify(validateReport.errors))
    assert.equal(syscall(threadNamed(report, 'getppid-worker'), 'getppid')?.count, 10)
    const rec = (report as unknown as {session: {recording: {truncated: boolean; truncation: string}}}).session.recording
    assert.equal(rec.truncated, true)
    assert.equal(rec.truncation, loaded.truncation)

    // Cut mid-record: the last record of the file loses its last bytes.
    writeFileSync(join(dir, 'cut.spr'), readFileSync(file).subarray(0, statSync(file).size - 3))
    const cut = stackprof(['report', join(dir, 'cut.spr')])
    assert.equal(cut.code, 0, cut.stderr)
    assert.match(cut.stderr, /cut\.spr: truncated after \d+\.\d s: the recording ends mid-record; this is what it holds until then$/m)
  })
})

describe('bad recordings on the command line', () => {
  let dir: string
  before(() => { dir = mkdtempSync(join(tmpdir(), 'stackprof-record-')) })
  after(() => { if (dir) rmSync(dir, {recursive: true, force: true}) })

  for (const [what, content, message] of [
    ['empty', '', 'is empty, not a recording'],
    ['a JSON report', '{"schemaVersion": 1}', 'is not a stackprof recording: it looks like JSON (a JSON report or speedscope profile?)'],
    ['a recording cut inside its header', '\x89SPR\r\n\x1a\n\x20\x12', 'is cut short: it ends inside its header'],
  ] as const) {
    it(`report and export of ${what}: one line and a hint, exit status 1, no stack trace`, () => {
      const file = join(dir, 'bad.spr')
      writeFileSync(file, Buffer.from(content, 'latin1'))
      for (const args of [['report', file], ['export', file, '-o', join(dir, 'out.html')]]) {
        const r = stackprof(args)
        assert.equal(r.code, 1, r.stderr)
        assert.equal(r.stdout, '')
        const lines = r.stderr.trimEnd().split('\n')
        assert.equal(lines[0], `stackprof: ${file} ${message}`)
        assert.ok(lines.length <= 2 && (lines.length === 1 || lines[1].startsWith('  hint: ')), r.stderr)
      }
    })
  }

  it('a missing file, and a missing argument (usage: exit 2)', () => {
    const missing = stackprof(['report', join(dir, 'nope.spr')])
    assert.equal(missing.code, 1)
    assert.equal(missing.stderr, `stackprof: ${join(dir, 'nope.spr')} does not exist\n`)
    assert.equal(stackprof(['report']).code, 2)
    assert.equal(stackprof(['record', '1', '-o', join(dir, 'x.html')]).code, 2)
  })
})
