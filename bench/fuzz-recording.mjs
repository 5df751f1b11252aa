#!/usr/bin/env node
// The long fuzz run of the recording reader (bench/fuzz-recording.sh).
//   node bench/fuzz-recording.mjs [cases] [seed]
// Crashers are written to test/fixtures/recordings/ as crash-<seed>-<case>.spr,
// where the regression test (test/unit/recording-fuzz.test.ts) loads each.
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {fuzz} = await import(join(root, 'dist', 'test', 'unit', 'recording-fuzz-lib.js'))
const cases = Number(process.argv[2] ?? 1e6)
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31)
const renderEvery = Number(process.env.FUZZ_RENDER_EVERY ?? 10)
const out = join(root, 'test', 'fixtures', 'recordings')
mkdirSync(out, {recursive: true})
const started = Date.now()
const result = fuzz({
  cases, seed, renderEvery,
  onProgress: (done) => {
    if (done % 100000 === 0) process.stderr.write(`  ${done.toLocaleString('en-US')} cases, ${((Date.now() - started) / 1000).toFixed(0)} s\n`)
  },
})
for (const c of result.crashes) {
  const file = join(out, `crash-${seed}-${c.case}.spr`)
  writeFileSync(file, c.bytes)
  process.stderr.write(`CRASH case ${c.case} (${c.kind}) -> ${file}\n${c.error}\n\n`)
}
for (const v of result.schemaViolations.slice(0, 20)) process.stderr.write(`SCHEMA case ${v.case} (${v.kind}): the JSON report breaks docs/json-report.schema.json: ${v.errors}\n`)
console.log(JSON.stringify({
  seed, cases: result.cases, loaded: result.loaded, truncated: result.truncated, refused: result.refused, crashes: result.crashes.length,
  schemaViolations: result.schemaViolations.length, rendered: result.loaded > 0 ? `every ${renderEvery}th that loads` : 'none',
  seconds: +(result.ms / 1000).toFixed(1), casesPerSecond: Math.round(result.cases / (result.ms / 1000)),
  slowestMs: +result.slowest.ms.toFixed(1), slowestCase: result.slowest.case, byKind: result.byKind,
}, null, 2))
process.exit(result.crashes.length > 0 || result.schemaViolations.length > 0 ? 1 : 0)
