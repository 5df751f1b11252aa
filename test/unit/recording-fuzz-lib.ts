// Random mutations of a real-looking recording, for the reader's fuzz test
// (test/unit/recording-fuzz.test.ts, 10,000 cases in CI) and the longer run
// (bench/fuzz-recording.sh). Deterministic for a seed: a failure names its
// case, and the same seed and case number make the same bytes.
import {diagnose} from '../../src/diagnose/engine.js'
import {stackprof as rec} from '../../src/proto/recording.pb.js'
import {CRC_BYTES, MAGIC, encodeVarint, frameRecord} from '../../src/recording/format.js'
import {RecordingError, loadRecordingBytes} from '../../src/recording/reader.js'
import {buildReport, stringifyExact} from '../../src/report/json.js'
import {renderSummary} from '../../src/render/text.js'
import {renderFolded} from '../../src/export/folded.js'
import {flameData} from '../../src/export/html.js'
import {renderPprof} from '../../src/export/pprof.js'
import {renderSpeedscope} from '../../src/export/speedscope.js'
import {diffSessions} from '../../src/diff/diff.js'
import {diffFlameData, foldedDiff} from '../../src/diff/flame-diff.js'
import {diffReport, renderDiff} from '../../src/diff/render.js'
import {validateReport} from '../report-schema.js'
import {makeRecording} from './recording-fixtures.js'

/** mulberry32: small, fast, good enough to spread mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Span {
  /** Where the record starts (its length varint). */
  at: number
  /** Its payload. */
  start: number
  end: number
}

/** The records of a well-formed file. */
export function spans(data: Buffer): Span[] {
  const out: Span[] = []
  let at = MAGIC.length
  while (at < data.length) {
    let length = 0
    let i = 0
    for (; ; i++) {
      length += (data[at + i] & 0x7f) * 2 ** (7 * i)
      if ((data[at + i] & 0x80) === 0) break
    }
    const start = at + i + 1
    out.push({at, start, end: start + length})
    at = start + length + CRC_BYTES
  }
  return out
}

export type Mutation = 'bitflip' | 'insert' | 'delete' | 'truncate' | 'length' | 'payload' | 'frame' | 'records' | 'splice'
export const MUTATIONS: Mutation[] = ['bitflip', 'insert', 'delete', 'truncate', 'length', 'payload', 'frame', 'records', 'splice']

function randomBytes(next: () => number, n: number): Buffer {
  const b = Buffer.alloc(n)
  for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256)
  return b
}

/** Flips, inserts or deletes a few bytes of buf (an interesting value now and then). */
function scramble(next: () => number, buf: Buffer): Buffer {
  const out = Buffer.from(buf)
  if (out.length === 0) return randomBytes(next, 1 + Math.floor(next() * 8))
  const pick = () => Math.floor(next() * out.length)
  const r = next()
  if (r < 0.5) {
    const flips = 1 + Math.floor(next() * 4)
    for (let i = 0; i < flips; i++) out[pick()] ^= 1 << Math.floor(next() * 8)
    return out
  }
  if (r < 0.7) {
    // Values that break naive decoders: varint continuation, all-ones, zero.
    const special = [0x80, 0xff, 0x00, 0x7f, 0x01][Math.floor(next() * 5)]
    out[pick()] = special
    return out
  }
  const at = pick()
  if (r < 0.85) return Buffer.concat([out.subarray(0, at), randomBytes(next, 1 + Math.floor(next() * 16)), out.subarray(at)])
  return Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + 1 + Math.floor(next() * 16)))])
}

/** One mutated file: the kind of damage and the bytes. */
export function mutate(base: Buffer, baseSpans: Span[], next: () => number, kind: Mutation): Buffer {
  const pickSpan = () => baseSpans[Math.floor(next() * baseSpans.length)]
  const reframe = (parts: Buffer[]) => Buffer.concat([MAGIC, ...parts])
  const recordBytes = (s: Span) => base.subarray(s.at, s.end + CRC_BYTES)
  switch (kind) {
    case 'bitflip': {
      const out = Buffer.from(base)
      const flips = 1 + Math.floor(next() * 8)
      for (let i = 0; i < flips; i++) out[Math.floor(next() * out.length)] ^= 1 << Math.floor(next() * 8)
      return out
    }
    case 'insert': {
      const at = Math.floor(next() * (base.length + 1))
      return Buffer.concat([base.subarray(0, at), randomBytes(next, 1 + Math.floor(next() * 64)), base.subarray(at)])
    }
    case 'delete': {
      const at = Math.floor(next() * base.length)
      return Buffer.concat([base.subarray(0, at), base.subarray(Math.min(base.length, at + 1 + Math.floor(next() * 64)))])
    }
    case 'truncate':
      return base.subarray(0, Math.floor(next() * base.length))
    case 'length': {
      // A record's length replaced by another value, from 0 to far beyond the file.
      const s = pickSpan()
      const values = [0, 1, s.end - s.start - 1, s.end - s.start + 1, Math.floor(next() * 0x1000_0000), 0xffffffff, 2 ** 35]
      const value = values[Math.floor(next() * values.length)]
      const varint = next() < 0.1 ? Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]) : encodeVarint(value)
      return Buffer.concat([base.subarray(0, s.at), varint, base.subarray(s.start)])
    }
    case 'payload': {
      // Damage inside one record with its framing and checksum made right again: the decoders get it.
      const s = pickSpan()
      return reframe(baseSpans.map((x) => (x === s ? frameRecord(scramble(next, base.subarray(x.start, x.end))) : recordBytes(x))))
    }
    case 'frame': {
      // Damage inside a loader frame, the Record around it intact: Session.apply gets it.
      const frames = baseSpans.filter((x) => rec.recording.v1.Record.decode(base.subarray(x.start, x.end)).kind === 'loaderFrame')
      const s = frames[Math.floor(next() * frames.length)]
      const frame = Buffer.from(rec.recording.v1.Record.decode(base.subarray(s.start, s.end)).loaderFrame!)
      const payload = rec.recording.v1.Record.encode({loaderFrame: scramble(next, frame)}).finish()
      return reframe(baseSpans.map((x) => (x === s ? frameRecord(payload) : recordBytes(x))))
    }
    case 'records': {
      // Whole records dropped, repeated or swapped.
      const list = baseSpans.map(recordBytes)
      const i = Math.floor(next() * list.length)
      const j = Math.floor(next() * list.length)
      const r = next()
      if (r < 0.33) list.splice(i, 1)
      else if (r < 0.66) list.splice(i, 0, list[j])
      else [list[i], list[j]] = [list[j], list[i]]
      return reframe(list)
    }
    case 'splice': {
      const from = Math.floor(next() * base.length)
      const to = Math.floor(next() * base.length)
      const n = 1 + Math.floor(next() * 200)
      return Buffer.concat([base.subarray(0, to), base.subarray(from, from + n), base.subarray(to)])
    }
  }
}

export interface Crash {
  case: number
  kind: Mutation
  bytes: Buffer
  error: string
}

export interface FuzzResult {
  cases: number
  loaded: number
  truncated: number
  refused: number
  byKind: Record<Mutation, {loaded: number; refused: number}>
  crashes: Crash[]
  /** Rendered cases whose JSON report broke docs/json-report.schema.json (what `report --json` promises). */
  schemaViolations: {case: number; kind: Mutation; errors: string}[]
  slowest: {case: number; ms: number}
  ms: number
}

/** The recordings mutated: a complete one and one cut by a kill, both with every probe's data. */
export function fuzzBases(): Buffer[] {
  return [makeRecording({snapshots: 3}).bytes, makeRecording({snapshots: 2, killed: true}).bytes]
}

/**
 * Loads `cases` mutations. Every one must load or fail with a RecordingError;
 * every `renderEvery`-th one that loads is also reported (its JSON checked
 * against the published schema), rendered, exported in every format and
 * diffed with the undamaged recording, as `report`, `export` and `diff`
 * would. Anything else thrown is a crash.
 */
export function fuzz(options: {cases: number; seed: number; renderEvery?: number; onProgress?: (done: number) => void}): FuzzResult {
  const bases = fuzzBases().map((b) => ({bytes: b, spans: spans(b)}))
  const next = rng(options.seed)
  const byKind = Object.fromEntries(MUTATIONS.map((k) => [k, {loaded: 0, refused: 0}])) as FuzzResult['byKind']
  const result: FuzzResult = {cases: options.cases, loaded: 0, truncated: 0, refused: 0, byKind, crashes: [], schemaViolations: [], slowest: {case: -1, ms: 0}, ms: 0}
  const reference = loadRecordingBytes('reference.spr', bases[0].bytes).session
  const started = performance.now()
  for (let n = 0; n < options.cases; n++) {
    const base = bases[n % bases.length]
    const kind = MUTATIONS[Math.floor(next() * MUTATIONS.length)]
    const bytes = mutate(base.bytes, base.spans, next, kind)
    const t0 = performance.now()
    try {
      const loaded = loadRecordingBytes('fuzz.spr', bytes)
      result.loaded++
      byKind[kind].loaded++
      if (loaded.truncated) result.truncated++
      if (options.renderEvery && n % options.renderEvery === 0) {
        const s = loaded.session
        const findings = diagnose(s)
        const report = JSON.parse(stringifyExact(buildReport(s, findings, loaded.meta)))
        if (!validateReport(report)) result.schemaViolations.push({case: n, kind, errors: JSON.stringify(validateReport.errors).slice(0, 500)})
        renderSummary(s, findings)
        if (s.stacks) {
          renderFolded(s.stacks)
          flameData(s.stacks)
          renderPprof(s.stacks)
          renderSpeedscope(s.stacks)
        }
        // diff, both ways round, against the undamaged recording.
        for (const [before, after] of [[reference, s], [s, reference]]) {
          const d = diffSessions(before, after)
          renderDiff(d)
          stringifyExact(diffReport(d))
          if (before.stacks && after.stacks) {
            foldedDiff(before.stacks, after.stacks)
            diffFlameData(before.stacks, after.stacks)
          }
        }
      }
    } catch (error) {
      if (error instanceof RecordingError && !error.message.includes('\n')) {
        result.refused++
        byKind[kind].refused++
      } else {
        result.crashes.push({case: n, kind, bytes, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)})
      }
    }
    const ms = performance.now() - t0
    if (ms > result.slowest.ms) result.slowest = {case: n, ms}
    if (options.onProgress && (n + 1) % 10000 === 0) options.onProgress(n + 1)
  }
  result.ms = performance.now() - started
  return result
}
