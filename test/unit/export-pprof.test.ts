import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {gunzipSync} from 'node:zlib'
// An independent reader: pprof-format decodes profile.proto with its own code, not protobufjs.
import {Profile as PprofProfile} from 'pprof-format'
import {renderPprof} from '../../src/export/pprof.js'
import {exportProfile, FRAMES, HOSTILE_FOLDED, HOSTILE_QUOTES, HOSTILE_SCRIPT, ONCPU_TOTAL, STACKS} from './export-fixtures.js'

const num = (v: number | bigint | undefined) => Number(v ?? 0)

/** The decoded profile with its string references resolved. */
function decode(bytes: Buffer) {
  // gzip magic: pprof requires the file compressed.
  assert.deepEqual([...bytes.subarray(0, 2)], [0x1f, 0x8b])
  const p = PprofProfile.decode(gunzipSync(bytes))
  const strings = p.stringTable.strings
  const str = (i: number | bigint) => {
    assert.ok(num(i) >= 0 && num(i) < strings.length, `string index ${i} in the table`)
    return strings[num(i)]
  }
  return {p, strings, str}
}

/** What the fixture's frame is called in pprof: its name cleaned, or the flame graph's label when it has none. */
function expectedName(key: keyof typeof FRAMES): string {
  const f = FRAMES[key]
  if (f.function === '') return f.module === 3 ? '[libc.so.6]' : '[unknown]'
  return f.function.replace(/[\u0000-\u001F]/g, ' ').replace(/\uD800/g, '\uFFFD')
}

describe('pprof export', () => {
  const profile = exportProfile()
  const {p, strings, str} = decode(renderPprof(profile, {toolVersion: '9.9.9'}))

  it('follows pprof\'s rules: string_table[0] is "", ids unique and non-zero, every reference resolves', () => {
    assert.equal(strings[0], '')
    assert.equal(new Set(strings).size, strings.length, 'each string once')
    for (const [what, ids] of [['mapping', p.mapping.map((m) => num(m.id))], ['location', p.location.map((l) => num(l.id))], ['function', p.function.map((f) => num(f.id))]] as const) {
      assert.ok(ids.length > 0, what)
      assert.ok(ids.every((id) => id > 0), `${what} ids are non-zero`)
      assert.equal(new Set(ids).size, ids.length, `${what} ids are unique`)
    }
    const locations = new Set(p.location.map((l) => num(l.id)))
    const mappings = new Set(p.mapping.map((m) => num(m.id)))
    const functions = new Set(p.function.map((f) => num(f.id)))
    for (const s of p.sample) {
      assert.equal(s.value.length, p.sampleType.length)
      for (const id of s.locationId) assert.ok(locations.has(num(id)), `location ${id}`)
    }
    for (const l of p.location) {
      assert.ok(num(l.mappingId) === 0 || mappings.has(num(l.mappingId)), `mapping ${l.mappingId}`)
      assert.equal(l.line.length, 1)
      assert.ok(functions.has(num(l.line[0].functionId)))
    }
  })

  it('describes the profile: sample types, period, time, duration, default type, comments', () => {
    assert.deepEqual(p.sampleType.map((t) => `${str(t.type)}/${str(t.unit)}`), ['samples/count', 'cpu/nanoseconds', 'off_cpu/nanoseconds'])
    assert.equal(`${str(p.periodType!.type)}/${str(p.periodType!.unit)}`, 'cpu/nanoseconds')
    assert.equal(num(p.period), Math.round(1e9 / 99))
    assert.equal(str(p.defaultSampleType), 'cpu')
    assert.equal(BigInt(p.timeNanos), BigInt(Date.parse('2026-11-23T12:00:00.000Z')) * 1_000_000n)
    assert.equal(num(p.durationNanos), 10e9)
    assert.deepEqual(p.comment.map(str), ['stackprof 9.9.9: pid 4242 (server), cpu-clock sampled at 99 Hz'])
  })

  it('gives the same totals per function as the profile: self and inclusive, on- and off-CPU', () => {
    const fn = new Map(p.function.map((f) => [num(f.id), str(f.name)]))
    const loc = new Map(p.location.map((l) => [num(l.id), fn.get(num(l.line[0].functionId))!]))
    const got = {self: new Map<string, number[]>(), total: new Map<string, number[]>()}
    const add = (m: Map<string, number[]>, name: string, v: number[]) => m.set(name, (m.get(name) ?? [0, 0, 0]).map((x, i) => x + v[i]))
    for (const s of p.sample) {
      const names = s.locationId.map((id) => loc.get(num(id))!)
      const v = s.value.map(num)
      add(got.self, names[0], v)
      for (const name of new Set(names)) add(got.total, name, v)
    }
    const want = {self: new Map<string, number[]>(), total: new Map<string, number[]>()}
    const period = Math.round(1e9 / 99)
    for (const s of STACKS) {
      const names = s.frames.map(expectedName)
      const v = [s.samples, s.samples * period, Number(s.offcpuNs ?? 0n)]
      add(want.self, names[names.length - 1], v)
      for (const name of new Set(names)) add(want.total, name, v)
    }
    assert.deepEqual(new Map([...got.self].sort()), new Map([...want.self].sort()))
    assert.deepEqual(new Map([...got.total].sort()), new Map([...want.total].sort()))
    assert.deepEqual(got.total.get('hot_a'), [50, 50 * period, 1e9])
    assert.equal(p.sample.reduce((a, s) => a + num(s.value[0]), 0), ONCPU_TOTAL)
    // The hostile names arrive as they were, only control characters and broken UTF-16 replaced.
    for (const name of [HOSTILE_SCRIPT, HOSTILE_QUOTES, HOSTILE_FOLDED, 'line1 line2  end', 'bad\uFFFDname']) assert.ok(got.total.has(name), name)
  })

  it('lists locations leaf first, one per address, sharing functions by (name, file, module), with lines', () => {
    const fn = new Map(p.function.map((f) => [num(f.id), f]))
    const byId = new Map(p.location.map((l) => [num(l.id), l]))
    const name = (id: number | bigint) => str(fn.get(num(byId.get(num(id))!.line[0].functionId))!.name)
    const getppid = p.sample.find((s) => s.locationId.length === 5)!
    assert.deepEqual(getppid.locationId.map(name), ['__x64_sys_getppid', 'do_syscall_64', 'entry_SYSCALL_64_after_hwframe', '[libc.so.6]', 'main'])
    const hotA = p.function.filter((f) => str(f.name) === 'hot_a')
    assert.equal(hotA.length, 1)
    assert.equal(str(hotA[0].filename), '/src/server.c')
    assert.equal(str(hotA[0].systemName), 'hot_a')
    const hotALocations = p.location.filter((l) => num(l.line[0].functionId) === num(hotA[0].id))
    assert.deepEqual(hotALocations.map((l) => num(l.line[0].line)).sort(), [20, 21])
    assert.deepEqual(hotALocations.map((l) => BigInt(l.address)).sort(), [0x55550000_1200n, 0x55550000_1208n])
    const kernel = p.location.find((l) => name(l.id) === '__x64_sys_getppid')!
    assert.equal(BigInt(kernel.address), 0xffffffff_81000020n, 'a kernel address survives in full (no float rounding)')
  })

  it('maps modules: the main binary first, file names, build ids, address ranges, what is symbolized', () => {
    const m = p.mapping.map((x) => ({
      file: str(x.filename), buildId: str(x.buildId), start: BigInt(x.memoryStart), limit: BigInt(x.memoryLimit), offset: BigInt(x.fileOffset),
      functions: x.hasFunctions, files: x.hasFilenames, lines: x.hasLineNumbers,
    }))
    assert.deepEqual(m[0], {file: '/srv/server', buildId: '0123456789abcdef0123456789abcdef01234567', start: 0x55550000_0000n, limit: 0x55550010_0000n, offset: 0n, functions: true, files: false, lines: false})
    const byFile = new Map(m.map((x) => [x.file, x]))
    assert.deepEqual([...byFile.keys()].sort(), ['/srv/server', '/tmp/perf-4242.map', '/usr/lib/x86_64-linux-gnu/libc.so.6', '[anon]', '[kernel.kallsyms]'])
    assert.equal(byFile.get('/usr/lib/x86_64-linux-gnu/libc.so.6')!.offset, 0x28000n)
    assert.equal(byFile.get('/usr/lib/x86_64-linux-gnu/libc.so.6')!.functions, false, 'one libc frame has no name: pprof may symbolize it')
    assert.equal(byFile.get('[kernel.kallsyms]')!.start, 0xffffffff_81000000n)
    const main = p.location.filter((l) => num(l.mappingId) === num(p.mapping[0].id))
    assert.ok(main.length > 0 && main.every((l) => BigInt(l.address) >= m[0].start && BigInt(l.address) < m[0].limit), 'addresses lie in their mapping')
  })

  it('labels each sample with its thread name and tid', () => {
    const labels = p.sample.map((s) => Object.fromEntries(s.label.map((l) => [str(l.key), l.str ? str(l.str) : num(l.num)])))
    assert.ok(labels.every((l) => Object.keys(l).sort().join() === 'thread,tid'))
    assert.deepEqual([...new Set(labels.map((l) => `${l.tid} ${l.thread}`))].sort(), ['4242 server', '4243 worker-1', '4244 worker 2'])
  })

  it('without --off-cpu: two sample types and no off-CPU-only samples', () => {
    const d = decode(renderPprof(exportProfile({offcpu: false})))
    assert.deepEqual(d.p.sampleType.map((t) => d.str(t.type)), ['samples', 'cpu'])
    assert.equal(d.p.sample.length, STACKS.filter((s) => s.samples > 0).length)
    assert.ok(d.p.sample.every((s) => s.value.length === 2 && num(s.value[0]) > 0))
  })

  it('says in its comments when data was lost', () => {
    const lossy = exportProfile()
    lossy.counters.stackTableFull = 7n
    lossy.counters.missedEvents = 2n
    const d = decode(renderPprof(lossy))
    assert.deepEqual(d.p.comment.map(d.str).slice(1), [
      'lost data: 7 samples whose stack did not fit in the stack table',
      'lost data: 2 events the probe missed',
    ])
  })
})
