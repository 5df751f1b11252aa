import {after, before, describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {formatOfPath, outputRequests, refuseProfilesWithoutStacks, writeExports, type OutputRequest} from '../../src/export/index.js'
import {formatBytes} from '../../src/export/common.js'
import {UserError} from '../../src/lib/errors.js'
import type {Session} from '../../src/model/session.js'
import type {Profile} from '../../src/model/stacks.js'
import {exportProfile} from './export-fixtures.js'
import {hello, NR, sessionWith} from './fixtures.js'

/** Runs fn with stderr captured. */
function captureStderr<T>(fn: () => T): {result: T; stderr: string} {
  const original = process.stderr.write.bind(process.stderr)
  let stderr = ''
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += chunk.toString()
    return true
  }) as typeof process.stderr.write
  try {
    return {result: fn(), stderr}
  } finally {
    process.stderr.write = original
  }
}

function userError(fn: () => unknown): UserError {
  try {
    fn()
  } catch (error) {
    assert.ok(error instanceof UserError, String(error))
    return error
  }
  assert.fail('no error')
}

function withStacks(session: Session, profile: Profile | undefined): Session {
  ;(session as Session & {stacks?: Profile}).stacks = profile
  return session
}

describe('export formats and -o/--format', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-export-'))
  })
  after(() => rmSync(dir, {recursive: true, force: true}))

  it('takes the format from the file name, longest extension first, any case', () => {
    const cases: [string, string | undefined][] = [
      ['flame.html', 'html'], ['FLAME.HTM', 'html'], ['a.folded', 'folded'], ['a.collapsed', 'folded'],
      ['cpu.pb.gz', 'pprof'], ['cpu.pprof', 'pprof'], ['a.speedscope.json', 'speedscope'], ['report.json', 'json'],
      ['report.txt', 'text'], ['a.gz', undefined], ['report', undefined], ['.html', undefined], ['a.html.bak', undefined],
    ]
    for (const [path, format] of cases) assert.equal(formatOfPath(path), format, path)
  })

  it('pairs --format with -o in order, and refuses what cannot be paired', () => {
    const a = join(dir, 'a.out')
    const b = join(dir, 'b.html')
    assert.deepEqual(outputRequests([a, b], ['folded', 'json']), [{path: a, format: 'folded'}, {path: b, format: 'json'}])
    assert.deepEqual(outputRequests([b]), [{path: b, format: 'html'}])
    assert.deepEqual(outputRequests([]), [])

    const one = userError(() => outputRequests([a, b], ['folded']))
    assert.equal(one.message, '--format given 1 time for 2 output files')
    assert.equal(one.exitCode, 2)
    assert.equal(userError(() => outputRequests([], ['html'])).message, '--format needs an output file')
    assert.equal(userError(() => outputRequests([b], ['svg'])).message, 'unknown format "svg"')
    const unknown = userError(() => outputRequests([a]))
    assert.equal(unknown.message, `cannot tell which format to write to ${a} from its name`)
    assert.equal(unknown.hint, 'end it in .html, .htm, .folded, .collapsed, .pb.gz, .pprof, .speedscope.json, .json, .txt, .spr, or give --format (html, folded, pprof, speedscope, json, text, recording)')
    assert.deepEqual(outputRequests([a], [], {fallback: 'text'}), [{path: a, format: 'text'}])
    assert.equal(userError(() => outputRequests([b, b])).message, `${b} is given twice as an output file`)
  })

  it('checks every path before anything runs: symlinks, non-files, missing directories', () => {
    const target = join(dir, 'precious')
    writeFileSync(target, 'keep')
    const link = join(dir, 'link.html')
    symlinkSync(target, link)
    assert.match(userError(() => outputRequests([join(dir, 'ok.html'), link])).message, /will not write .*link\.html: it is a symbolic link/)
    assert.match(userError(() => outputRequests([dir + '/x.folded', dir], ['folded', 'html'])).message, /it is not a regular file/)
    assert.match(userError(() => outputRequests([join(dir, 'no', 'x.html')])).message, /no directory/)
    assert.equal(readFileSync(target, 'utf8'), 'keep')
  })

  it('writes every format and says so, with the size', () => {
    const session = withStacks(sessionWith([{tid: 4242, nr: NR.epoll_wait, count: 3}]), exportProfile())
    const requests: OutputRequest[] = [
      {path: join(dir, 'w.html'), format: 'html'}, {path: join(dir, 'w.folded'), format: 'folded'},
      {path: join(dir, 'w.pb.gz'), format: 'pprof'}, {path: join(dir, 'w.speedscope.json'), format: 'speedscope'},
      {path: join(dir, 'w.json'), format: 'json'}, {path: join(dir, 'w.txt'), format: 'text'},
    ]
    const {result, stderr} = captureStderr(() => writeExports(requests, session, [], {intervalMs: 1000}))
    assert.equal(result, true)
    const nouns = ['flame graph', 'folded stacks', 'pprof profile', 'speedscope profile', 'JSON report', 'text report']
    assert.equal(stderr, requests.map((r, i) => `stackprof: wrote ${nouns[i]} to ${r.path} (${formatBytes(statSync(r.path).size)})\n`).join(''))
    assert.match(readFileSync(join(dir, 'w.html'), 'utf8'), /^<!DOCTYPE html>/)
    assert.match(readFileSync(join(dir, 'w.folded'), 'utf8'), /^server-4242\/4242;\[off-cpu\];main;work;hot_a 99\n/)
    assert.ok(gunzipSync(readFileSync(join(dir, 'w.pb.gz'))).length > 0)
    assert.equal(JSON.parse(readFileSync(join(dir, 'w.speedscope.json'), 'utf8')).profiles.length, 6)
    assert.equal(JSON.parse(readFileSync(join(dir, 'w.json'), 'utf8')).schemaVersion, 1)
    assert.match(readFileSync(join(dir, 'w.txt'), 'utf8'), /server/)
  })

  it('refuses flame graphs and profiles up front under --no-stacks, and lets reports and recordings through', () => {
    const reports: OutputRequest[] = [{path: 'r.json', format: 'json'}, {path: 'r.txt', format: 'text'}, {path: 'r.spr', format: 'recording'}]
    refuseProfilesWithoutStacks(reports, false)
    refuseProfilesWithoutStacks([...reports, {path: 'f.html', format: 'html'}], true)
    const e = userError(() => refuseProfilesWithoutStacks([...reports, {path: 'f.html', format: 'html'}, {path: 'p.pb.gz', format: 'pprof'}], false))
    assert.equal(e.message, '--no-stacks leaves out the sampled stacks that f.html (flame graph), p.pb.gz (pprof profile) are made of')
    assert.equal(e.exitCode, 2)
  })

  it('without a stack profile: says why for each profile file, writes the others, and reports failure', () => {
    const requests: OutputRequest[] = [{path: join(dir, 'n.html'), format: 'html'}, {path: join(dir, 'n.json'), format: 'json'}, {path: join(dir, 'n.pb.gz'), format: 'pprof'}]
    const notRun = captureStderr(() => writeExports(requests, sessionWith([]), [], {intervalMs: 1000}))
    assert.equal(notRun.result, false)
    assert.equal(notRun.stderr, [
      `stackprof: did not write flame graph ${requests[0].path}: no stack profile: the stacks probe did not run`,
      '  hint: leave out --no-stacks to sample stacks',
      `stackprof: wrote JSON report to ${requests[1].path} (${formatBytes(statSync(requests[1].path).size)})`,
      `stackprof: did not write pprof profile ${requests[2].path}: no stack profile: the stacks probe did not run`,
      '  hint: leave out --no-stacks to sample stacks',
      '',
    ].join('\n'))
    assert.throws(() => statSync(requests[0].path), /ENOENT/)

    const failed = sessionWith([], {hello: hello({probes: [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}, {name: 'stacks', attached: false, variant: '', error: 'perf_event_open: No such device'}]})})
    const {result, stderr} = captureStderr(() => writeExports([requests[0]], failed, [], {intervalMs: 1000}))
    assert.equal(result, false)
    assert.match(stderr, /^stackprof: did not write flame graph .*n\.html: no stack profile: the stacks probe failed to attach: perf_event_open: No such device\n/)
  })

  it('refuses a symlink planted after the check, and still writes the rest', () => {
    const session = withStacks(sessionWith([]), exportProfile())
    const target = join(dir, 'victim')
    writeFileSync(target, 'keep')
    const planted = join(dir, 'planted.folded')
    const requests = outputRequests([planted, join(dir, 'fine.folded')])
    symlinkSync(target, planted)
    const {result, stderr} = captureStderr(() => writeExports(requests, session, [], {intervalMs: 1000}))
    assert.equal(result, false)
    assert.match(stderr, /will not write .*planted\.folded: it is a symbolic link/)
    assert.match(stderr, /wrote folded stacks to .*fine\.folded/)
    assert.equal(readFileSync(target, 'utf8'), 'keep')
  })
})
