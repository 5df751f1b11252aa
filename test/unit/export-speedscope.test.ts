import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import AjvModule from 'ajv'
import {buildSpeedscope, renderSpeedscope} from '../../src/export/speedscope.js'
import {exportProfile, STACKS} from './export-fixtures.js'

// CommonJS module whose types describe its ESM face.
const Ajv = AjvModule as unknown as typeof AjvModule.default

// The schema speedscope publishes with its release (the npm package ships it next to the app).
const schemaPath = createRequire(import.meta.url).resolve('speedscope/dist/release/file-format-schema.json')
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
const validate = new Ajv({allErrors: true, strict: false}).compile(schema)

describe('speedscope export', () => {
  const file = JSON.parse(renderSpeedscope(exportProfile(), {toolVersion: '9.9.9'})) as ReturnType<typeof buildSpeedscope>

  it('is valid by speedscope\'s file-format-schema.json', () => {
    assert.ok(validate(file), JSON.stringify(validate.errors))
    assert.equal(file.$schema, 'https://www.speedscope.app/file-format-schema.json')
    assert.equal(file.exporter, 'stackprof 9.9.9')
    assert.equal(file.name, 'server (pid 4242)')
    // The same file without --off-cpu, too.
    assert.ok(validate(buildSpeedscope(exportProfile({offcpu: false}))), JSON.stringify(validate.errors))
  })

  it('has one sampled profile per thread, busiest first, and one per thread that was off-CPU', () => {
    assert.deepEqual(file.profiles.map((p) => [p.name, p.unit, p.endValue, p.weights.reduce((a, b) => a + b, 0)]), [
      ['server (tid 4242)', 'none', 80, 80],
      ['worker-1 (tid 4243)', 'none', 13, 13],
      ['worker 2 (tid 4244)', 'none', 7, 7],
      ['server (tid 4242) off-CPU', 'nanoseconds', 1e9, 1e9],
      ['worker-1 (tid 4243) off-CPU', 'nanoseconds', 20_202_020, 20_202_020],
      ['worker 2 (tid 4244) off-CPU', 'nanoseconds', 5_000_000, 5_000_000],
    ])
    assert.ok(file.profiles.every((p) => p.type === 'sampled' && p.startValue === 0 && p.samples.length === p.weights.length))
    assert.equal(file.activeProfileIndex, 0)
  })

  it('writes stacks root first over shared frames, kernel and JIT frames marked', () => {
    const names = (stack: number[]) => stack.map((i) => file.shared.frames[i].name)
    const server = file.profiles[0]
    assert.deepEqual(names(server.samples[server.weights.indexOf(5)]), ['main', '[libc.so.6]', 'entry_SYSCALL_64_after_hwframe_[k]', 'do_syscall_64_[k]', '__x64_sys_getppid_[k]'])
    const hotA = file.shared.frames.filter((f) => f.name === 'hot_a')
    assert.deepEqual(hotA, [{name: 'hot_a', file: '/src/server.c'}], 'one frame for both addresses of hot_a')
    assert.equal(new Set(file.shared.frames.map((f) => `${f.name}\u0000${f.file}`)).size, file.shared.frames.length)
    assert.ok(file.shared.frames.some((f) => f.name === 'LazyCompile:*handler /srv/app.js:12_[j]'))
    assert.ok(file.shared.frames.some((f) => f.name === 'line1 line2  end'))
    assert.ok(file.shared.frames.some((f) => f.name === 'bad\uFFFDname'))
    const all = file.profiles.filter((p) => p.unit === 'none').flatMap((p) => p.samples.map((s, i) => ({s, w: p.weights[i]})))
    assert.equal(all.reduce((a, x) => a + x.w, 0), STACKS.reduce((a, s) => a + s.samples, 0))
  })
})
