import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv2020Module from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import {FrameReader} from '../../src/collector/frame-reader.js'
import {diagnose} from '../../src/diagnose/engine.js'
import {packageRoot} from '../../src/lib/paths.js'
import {Session} from '../../src/model/session.js'
import {buildReport, stringifyExact} from '../../src/report/json.js'
import {encodeFrame, hello, snapshot, type SnapshotSpec} from './fixtures.js'

// CommonJS modules whose types describe their ESM face: take the class and function they export.
const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

const schemaPath = join(packageRoot, 'docs', 'json-report.schema.json')
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
const ajv = new Ajv2020({allErrors: true, strict: true, allowUnionTypes: true})
addFormats(ajv)
const validate = ajv.compile(schema)

/** Validation errors as readable lines, [] when valid. */
function problems(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
}

const FUTEX = 202
const threads = [
  {tid: 4242, name: 'server'},
  {tid: 4243, name: 'worker'},
  {tid: 4250, name: 'short-lived', exited: true},
]
function stats(scale: number): SnapshotSpec['stats'] {
  return [
    {tid: 4242, nr: 232, count: 3000 * scale, hist: {12: 1000 * scale, 16: 1900 * scale, 20: 100 * scale}, totalNs: 9_000_000n * BigInt(scale), maxNs: 1_900_000},
    {tid: 4242, nr: 0, count: 2000 * scale, errnos: {11: 1000 * scale}, hist: {9: 1500 * scale, 10: 500 * scale}},
    {tid: 4242, nr: 257, count: 1000 * scale, errnos: {2: 600 * scale}, hist: {10: 1000 * scale}},
    {tid: 4243, nr: 3, count: 500 * scale, errnos: {9: 500 * scale}, hist: {0: 1 * scale, 7: 499 * scale}, maxNs: 255},
    {tid: 4243, nr: FUTEX, count: 2 * scale, hist: {15: 1 * scale, 39: 1 * scale}, totalNs: 1_200_000_000_000n, maxNs: 1_200_000_000_000n},
    {tid: 4250, nr: 999, count: 3 * scale, errnos: {9999: 3 * scale}, hist: {4: 3 * scale}},
  ]
}

/** What collect() does with the loader's frames: hello, snapshots, final. */
function realisticSession(): Session {
  const stream = Buffer.concat([
    encodeFrame({hello: hello()}),
    encodeFrame({snapshot: snapshot({at: 1, stats: stats(1), threads, counters: {unmatchedExits: 2}})}),
    encodeFrame({final: {snapshot: snapshot({at: 2, stats: stats(2), threads, counters: {unmatchedExits: 2, errnoMapFull: 3}}), reason: 'stdin-closed'}}),
  ])
  const reader = new FrameReader()
  let session: Session | undefined
  for (let i = 0; i < stream.length; i += 100) {
    for (const frame of reader.push(stream.subarray(i, i + 100))) {
      if (frame.hello) session = new Session(frame.hello)
      else if (frame.snapshot) session?.apply(frame.snapshot)
      else if (frame.final) session?.finish(frame.final.snapshot ?? undefined, 'duration')
    }
  }
  assert.ok(session)
  assert.equal(reader.leftover, 0)
  return session
}

interface ParsedSyscall {
  name: string
  number: number
  count: number
  errnos: Record<string, number>
  p50NsAtMost: number | null
  p99NsAtMost: number | null
  maxNs: number
  latencyHistogram: {minNs: number; maxNs: number | null; count: number}[]
}
interface Parsed {
  [key: string]: unknown
  threads: {tid: number; name: string; exited: boolean; syscalls: ParsedSyscall[]}[]
  findings: {rule: string; severity: string; thread?: {tid: number}}[]
}

function reportOf(session: Session): {text: string; parsed: Parsed} {
  const text = stringifyExact(buildReport(session, diagnose(session), {intervalMs: 1000, requestedDurationMs: 2000}))
  return {text, parsed: JSON.parse(text) as Parsed}
}

describe('JSON report', () => {
  const {parsed} = reportOf(realisticSession())

  it('matches docs/json-report.schema.json', () => {
    assert.deepEqual(problems(parsed), [])
  })

  it('describes the target, host and session', () => {
    const version = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {version: string}).version
    assert.equal(parsed.schemaVersion, 1)
    assert.deepEqual(parsed.tool, {name: 'stackprof', version})
    assert.deepEqual(parsed.target, {pid: 4242, comm: 'server', cmdline: ['node', 'server.js', '--port', '8080'], exited: false})
    assert.deepEqual(parsed.host, {kernel: '6.8.0-test', machine: 'x86_64', cpus: 8})
    const session = parsed.session as Record<string, unknown>
    assert.match(String(session.startedAt), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    assert.deepEqual({...session, startedAt: undefined}, {
      startedAt: undefined, durationNs: 2_000_000_000, intervalMs: 1000, requestedDurationMs: 2000, attachNs: 31_000_000, endReason: 'duration', latencyMeasured: true, recording: null,
    })
    assert.deepEqual(parsed.probes, [{name: 'syscalls', attached: true, variant: 'tp_btf', error: ''}])
    assert.deepEqual(parsed.dropped, {statsMapFull: 0, startStoreFailed: 0, errnoMapFull: 3, threadMapFull: 0})
    assert.equal(parsed.unmatchedExits, 2)
  })

  it('lists threads busiest first with their syscalls', () => {
    assert.deepEqual(parsed.threads.map((t) => [t.tid, t.name, t.exited, t.syscalls.map((s) => `${s.name}=${s.count}`)]), [
      [4242, 'server', false, ['epoll_wait=6000', 'read=4000', 'openat=2000']],
      [4243, 'worker', false, ['close=1000', 'futex=4']],
      [4250, 'short-lived', true, ['syscall_999=6']],
    ])
  })

  it('names errnos, E<n> for unknown ones', () => {
    const [server, worker, shortLived] = parsed.threads
    assert.deepEqual(server.syscalls.map((s) => s.errnos), [{}, {EAGAIN: 2000}, {ENOENT: 1200}])
    assert.deepEqual(worker.syscalls[0].errnos, {EBADF: 1000})
    assert.deepEqual(shortLived.syscalls[0].errnos, {E9999: 6})
  })

  it('has histograms of the non-empty log2 slots whose counts add up to each syscall count', () => {
    for (const t of parsed.threads) {
      for (const s of t.syscalls) {
        assert.equal(s.latencyHistogram.reduce((a, slot) => a + slot.count, 0), s.count, `${t.tid} ${s.name}`)
        for (const slot of s.latencyHistogram) assert.ok(slot.count > 0)
      }
    }
    assert.deepEqual(parsed.threads[0].syscalls[0].latencyHistogram, [
      {minNs: 4096, maxNs: 8192, count: 2000},
      {minNs: 65536, maxNs: 131072, count: 3800},
      {minNs: 1048576, maxNs: 2097152, count: 200},
    ])
    assert.deepEqual(parsed.threads[1].syscalls[0].latencyHistogram[0], {minNs: 0, maxNs: 2, count: 2})
  })

  it('bounds quantiles by their slot and by the largest call', () => {
    const [epoll] = parsed.threads[0].syscalls
    assert.deepEqual([epoll.p50NsAtMost, epoll.p99NsAtMost], [131072, 1_900_000])
    const close = parsed.threads[1].syscalls[0]
    assert.deepEqual([close.p50NsAtMost, close.p99NsAtMost], [255, 255])
  })

  it('leaves the last slot open and bounds its quantiles by maxNs', () => {
    const futex = parsed.threads[1].syscalls[1]
    assert.deepEqual(futex.latencyHistogram.at(-1), {minNs: 2 ** 39, maxNs: null, count: 2})
    assert.equal(futex.p99NsAtMost, 1_200_000_000_000)
  })

  it('carries the findings, most severe first', () => {
    assert.deepEqual(parsed.findings.map((f) => [f.rule, f.severity, f.thread?.tid]), [
      ['failing-syscalls', 'warning', 4242],
      ['failing-syscalls', 'warning', 4243],
      ['probe-data-lost', 'info', undefined],
    ])
  })

  it('is valid for a session that never got a snapshot', () => {
    const session = new Session(hello({probes: [{name: 'syscalls', attached: false, variant: '', error: 'tp_btf: -EINVAL'}]}))
    session.finish(undefined, 'loader-died')
    const report = reportOf(session).parsed
    assert.deepEqual(problems(report), [])
    assert.deepEqual(report.threads, [])
    assert.equal((report.session as {durationNs: number}).durationNs, 0)
    assert.equal((report.session as {endReason: string}).endReason, 'loader-died')
  })

  describe('the schema rejects reports that differ from the contract', () => {
    const cases: [string, (r: any) => void, string][] = [
      ['a count written as a string', (r) => { r.threads[0].syscalls[0].count = '6000' }, '/threads/0/syscalls/0/count must be integer'],
      ['an unknown severity', (r) => { r.findings[0].severity = 'fatal' }, '/findings/0/severity must be equal to one of the allowed values'],
      ['another schemaVersion', (r) => { r.schemaVersion = 2 }, '/schemaVersion must be equal to constant'],
      ['a field the schema does not know', (r) => { r.threads[0].syscalls[0].cpu = 3 }, '/threads/0/syscalls/0 must NOT have additional properties'],
      ['a missing section', (r) => { delete r.findings }, "/ must have required property 'findings'"],
      ['a fractional count', (r) => { r.unmatchedExits = 1.5 }, '/unmatchedExits must be integer'],
      ['a negative count', (r) => { r.dropped.statsMapFull = -1 }, '/dropped/statsMapFull must be >= 0'],
      ['an empty histogram slot', (r) => { r.threads[0].syscalls[0].latencyHistogram[0].count = 0 }, '/threads/0/syscalls/0/latencyHistogram/0/count must be >= 1'],
      ['a lower-case errno name', (r) => { r.threads[0].syscalls[1].errnos = {eagain: 1} }, '/threads/0/syscalls/1/errnos property name must be valid'],
      ['a start time that is not a date', (r) => { r.session.startedAt = 'yesterday' }, '/session/startedAt must match format "date-time"'],
      ['a finding metric that is an object', (r) => { r.findings[0].metrics.calls = {n: 1} }, '/findings/0/metrics/calls must be number,string'],
    ]
    for (const [what, mutate, expected] of cases) {
      it(`rejects ${what}`, () => {
        const mutated = structuredClone(parsed)
        mutate(mutated)
        assert.ok(problems(mutated).includes(expected), `expected "${expected}" in ${JSON.stringify(problems(mutated))}`)
      })
    }
  })
})

describe('stringifyExact', () => {
  it('writes bigints as exact integer literals', () => {
    assert.equal(stringifyExact({a: 2n ** 64n - 1n, b: [1n, 'x', 0n], c: 1.5, d: null}, 0), '{"a":18446744073709551615,"b":[1,"x",0],"c":1.5,"d":null}')
    assert.equal(stringifyExact(2n ** 53n + 1n), '9007199254740993')
  })

  it('indents like JSON.stringify', () => {
    const value = {a: [1, {b: 'c'}], d: true}
    assert.equal(stringifyExact(value), JSON.stringify(value, null, 2))
    assert.equal(stringifyExact({a: 5n}), '{\n  "a": 5\n}')
  })

  it('keeps counts of 2^64-1 exact in a whole report, which still validates', () => {
    const max = 2n ** 64n - 1n
    const session = new Session(hello())
    session.apply(snapshot({at: 1, stats: [{tid: 4242, nr: 110, count: max, hist: {0: max - 5n, 3: 5}, totalNs: max, maxNs: 15}], counters: {unmatchedExits: max}}))
    const report = buildReport(session, [], {intervalMs: 1000})
    const [call] = report.threads[0].syscalls
    assert.equal(call.latencyHistogram.reduce((a, slot) => a + slot.count, 0n), call.count)
    const text = stringifyExact(report)
    assert.match(text, /\n {10}"count": 18446744073709551615,\n/)
    assert.match(text, /\n {2}"unmatchedExits": 18446744073709551615,\n/)
    assert.match(text, /"count": 18446744073709551610\n/)
    assert.deepEqual(problems(JSON.parse(text)), [])
  })
})

describe('docs/json-report.md', () => {
  const doc = readFileSync(join(packageRoot, 'docs', 'json-report.md'), 'utf8')

  it('describes every field of the schema', () => {
    const names = new Set<string>()
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties') Object.keys(value as object).forEach((k) => names.add(k))
          walk(value)
        }
      }
    }
    walk(schema)
    assert.ok(names.size > 40, `only ${names.size} fields found`)
    const missing = [...names].filter((name) => !doc.includes(`\`${name}\``))
    assert.deepEqual(missing, [])
  })

  it('links to the schema, and its examples validate', () => {
    assert.match(doc, /\(json-report\.schema\.json\)/)
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>)
    assert.equal(blocks.length, 2)
    const [report, finding] = blocks
    assert.deepEqual(problems(report), [])
    // The second is one finding: valid in the place of the report's findings.
    assert.equal(finding.rule, 'failing-syscalls')
    assert.deepEqual(problems({...report, findings: [finding]}), [])
  })
})
