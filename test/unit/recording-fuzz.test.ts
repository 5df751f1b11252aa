import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {packageRoot} from '../../src/lib/paths.js'
import {RecordingError, loadRecordingBytes} from '../../src/recording/reader.js'
import {diagnose} from '../../src/diagnose/engine.js'
import {buildReport, stringifyExact} from '../../src/report/json.js'
import {renderSummary} from '../../src/render/text.js'
import {fuzz, MUTATIONS} from './recording-fuzz-lib.js'

/** Fixed: a failure here is reproducible (FUZZ_SEED picks another run by hand). */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
const CASES = 10_000

describe('fuzzing the recording reader', () => {
  it(`${CASES.toLocaleString('en-US')} random mutations of real-looking recordings: each loads or gives a one-line RecordingError; what loads reports by the schema, exports and diffs`, {timeout: 120_000}, () => {
    const result = fuzz({cases: CASES, seed: SEED, renderEvery: 10})
    const crashes = result.crashes.slice(0, 3).map((c) => `case ${c.case} (${c.kind}, seed ${SEED}): ${c.error}`).join('\n\n')
    assert.equal(result.crashes.length, 0, crashes)
    assert.deepEqual(result.schemaViolations.slice(0, 3), [], `JSON reports that break the schema (seed ${SEED})`)
    assert.equal(result.loaded + result.refused, CASES)
    // The mutations reach both outcomes, and every kind of damage was tried.
    assert.ok(result.loaded > CASES / 20, `only ${result.loaded} loaded`)
    assert.ok(result.refused > CASES / 5, `only ${result.refused} refused`)
    for (const kind of MUTATIONS) assert.ok(result.byKind[kind].loaded + result.byKind[kind].refused > CASES / MUTATIONS.length / 2, `${kind}: ${JSON.stringify(result.byKind[kind])}`)
    // No hang: no single file takes long (the base files load in about a millisecond).
    assert.ok(result.slowest.ms < 2000, `case ${result.slowest.case} took ${result.slowest.ms.toFixed(0)} ms`)
  })
})

describe('fuzz crashers kept as regression cases (test/fixtures/recordings/)', () => {
  const dir = join(packageRoot, 'test', 'fixtures', 'recordings')
  const files = readdirSync(dir).filter((f) => f.endsWith('.spr')).sort()
  it('has the crashers found so far', () => {
    assert.ok(files.length > 0)
  })
  for (const file of files) {
    it(`${file}: loads, or gives a one-line RecordingError; what loads reports`, () => {
      const bytes = readFileSync(join(dir, file))
      try {
        const loaded = loadRecordingBytes(file, bytes)
        const findings = diagnose(loaded.session)
        stringifyExact(buildReport(loaded.session, findings, loaded.meta))
        renderSummary(loaded.session, findings)
      } catch (error) {
        assert.ok(error instanceof RecordingError, (error as Error).stack)
        assert.doesNotMatch(error.message, /\n/)
        assert.ok(error.message.startsWith(`${file} `))
      }
    })
  }
})
