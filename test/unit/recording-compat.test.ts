// A newer stackprof reads older recordings (docs/recording-format.md). The
// round-trip tests write and read with the same code, so they cannot see a
// change that breaks files already on disk; this pins one: a real format-1
// recording (`stackprof record` of test/workloads/exact_syscalls, commit
// 0.1.0) and the `report --json` it gave when it was made. Every field of
// that report must read back the same; fields added since may be new.
import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {diagnose} from '../../src/diagnose/engine.js'
import {packageRoot} from '../../src/lib/paths.js'
import {loadRecording} from '../../src/recording/reader.js'
import {buildReport, stringifyExact} from '../../src/report/json.js'
import {validateReport} from '../report-schema.js'

const dir = join(packageRoot, 'test', 'fixtures', 'recordings')
const FIXTURE = 'format1-exact-syscalls'

/** Every field of `want` is in `got` with the same value (arrays: same length, element by element); `got` may have more. */
function assertContains(got: unknown, want: unknown, path = '$'): void {
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got), `${path}: not an array`)
    assert.equal(got.length, want.length, `${path}: length`)
    want.forEach((w, i) => assertContains(got[i], w, `${path}[${i}]`))
  } else if (want !== null && typeof want === 'object') {
    assert.ok(got !== null && typeof got === 'object' && !Array.isArray(got), `${path}: not an object`)
    for (const [k, v] of Object.entries(want)) {
      assert.ok(k in (got as object), `${path}.${k}: missing`)
      assertContains((got as Record<string, unknown>)[k], v, `${path}.${k}`)
    }
  } else {
    assert.deepEqual(got, want, path)
  }
}

describe('recordings of format 1 stay readable', () => {
  it(`${FIXTURE}.spr reads back to the report it gave when it was recorded`, () => {
    const loaded = loadRecording(join(dir, `${FIXTURE}.spr`))
    assert.equal(loaded.header.formatVersion, 1)
    assert.equal(loaded.truncated, false)
    const report = JSON.parse(stringifyExact(buildReport(loaded.session, diagnose(loaded.session), loaded.meta))) as Record<string, unknown>
    assert.ok(validateReport(report), JSON.stringify(validateReport.errors))
    const want = JSON.parse(readFileSync(join(dir, `${FIXTURE}.report.json`), 'utf8')) as Record<string, unknown>
    // Which stackprof reads it is not part of the recording.
    delete want.tool
    assertContains(report, want)
  })

  it('holds what the workload did, exactly (so the pin is of real counts, not of whatever the reader says)', () => {
    const loaded = loadRecording(join(dir, `${FIXTURE}.spr`))
    const threads = loaded.session.threads()
    const count = (thread: string, name: string) => threads.find((t) => t.name === thread)?.syscalls.find((s) => s.name === name)?.count
    assert.equal(count('getppid-worker', 'getppid'), 10000n)
    assert.equal(count('write-worker', 'write'), 7777n)
    assert.equal(count('write-worker', 'close'), 500n)
  })
})
