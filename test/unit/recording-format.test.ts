import {after, before, describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {diagnose} from '../../src/diagnose/engine.js'
import {renderFolded} from '../../src/export/folded.js'
import {renderPprof} from '../../src/export/pprof.js'
import {stackprof as rec} from '../../src/proto/recording.pb.js'
import {stackprof} from '../../src/proto/stackprof.pb.js'
import {CRC_BYTES, FORMAT_VERSION, MAGIC, crc32, encodeVarint, frameRecord, parseNetKnobs, parseNicLayout} from '../../src/recording/format.js'
import {RecordingError, ZERO_TAIL_CHECKED, loadRecording, loadRecordingBytes, type LoadedRecording} from '../../src/recording/reader.js'
import {Recorder} from '../../src/recording/writer.js'
import {buildReport, stringifyExact} from '../../src/report/json.js'
import {renderSummary} from '../../src/render/text.js'
import {Session} from '../../src/model/session.js'
import {netKnobs} from './fixtures.js'
import {packageRoot} from '../../src/lib/paths.js'
import {validateReport} from '../report-schema.js'
import {HELLO, NIC, makeRecording} from './recording-fixtures.js'

const {bytes, live} = makeRecording()
const meta = {intervalMs: 1000, requestedDurationMs: 5000}

const jsonOf = (session: Session) => stringifyExact(buildReport(session, diagnose(session), meta))

/** Loads, or returns the RecordingError; anything else thrown fails the test. */
function attempt(data: Uint8Array, name = 'session.spr'): LoadedRecording | RecordingError {
  try {
    return loadRecordingBytes(name, data)
  } catch (error) {
    if (error instanceof RecordingError) return error
    throw new Error(`not a RecordingError: ${(error as Error).stack}`)
  }
}

/** Offsets where each record starts (after the magic), walking the framing. */
function recordOffsets(data: Buffer): number[] {
  const offsets: number[] = []
  let at = MAGIC.length
  while (at < data.length) {
    offsets.push(at)
    let length = 0
    let i = 0
    for (; ; i++) {
      length += (data[at + i] & 0x7f) * 2 ** (7 * i)
      if ((data[at + i] & 0x80) === 0) break
    }
    at += i + 1 + length + CRC_BYTES
  }
  return offsets
}

function fileOf(...records: rec.recording.v1.IRecord[]): Buffer {
  return Buffer.concat([MAGIC, ...records.map((r) => frameRecord(rec.recording.v1.Record.encode(r).finish()))])
}

const header = (overrides: rec.recording.v1.IHeader = {}): rec.recording.v1.IHeader => ({
  formatVersion: 1, minReaderVersion: 1, toolVersion: '0.1.0', hostKernel: '6.18.0', hostMachine: 'x86_64', targetPid: 4242, targetComm: 'server', intervalMs: 1000, ...overrides,
})
const helloRecord = {loaderFrame: stackprof.v1.Frame.encode({hello: HELLO}).finish()}

describe('recording round trip', () => {
  const loaded = loadRecordingBytes('session.spr', bytes)

  it('starts with the magic and a header naming this format', () => {
    assert.deepEqual(bytes.subarray(0, 8), Buffer.from('\x89SPR\r\n\x1a\n', 'latin1'))
    assert.equal(loaded.header.formatVersion, FORMAT_VERSION)
    assert.equal(loaded.header.minReaderVersion, 1)
    assert.equal(loaded.header.targetPid, 4242)
    assert.equal(loaded.header.targetComm, 'server')
    assert.deepEqual(loaded.header.targetCmdline, ['node', 'server.js', '--port', '8080'])
    assert.equal(loaded.header.intervalMs, 1000)
    assert.equal(loaded.header.requestedDurationMs, 5000)
    assert.equal(loaded.header.command, 'record')
    assert.equal(loaded.header.createdAt.getTime(), live.startedAt.getTime())
    assert.deepEqual(loaded.meta, {...meta, recording: {truncated: false, truncation: undefined}})
  })

  it('is complete: not truncated, no warnings, the end reason of the live session', () => {
    assert.equal(loaded.truncated, false)
    assert.equal(loaded.truncation, undefined)
    assert.deepEqual(loaded.warnings, [])
    assert.equal(loaded.session.endReason, 'signal')
  })

  it('gives the live session\'s JSON report, byte for byte (counts, stacks, knobs, NIC, findings)', () => {
    const json = jsonOf(loaded.session)
    assert.equal(json, jsonOf(live))
    const report = JSON.parse(json)
    assert.equal(report.threads.find((t: {tid: number}) => t.tid === 4243).syscalls.find((s: {name: string}) => s.name === 'write').count, 777 * 4)
    assert.ok(report.findings.length > 0, 'the fixture has findings')
  })

  it('gives the live text summary and the same exports', () => {
    assert.equal(renderSummary(loaded.session, diagnose(loaded.session)), renderSummary(live, diagnose(live)))
    assert.equal(renderFolded(loaded.session.stacks!), renderFolded(live.stacks!))
    assert.deepEqual(renderPprof(loaded.session.stacks!, {toolVersion: 'x'}), renderPprof(live.stacks!, {toolVersion: 'x'}))
    assert.match(renderFolded(loaded.session.stacks!), /;LazyCompile:\*handle_server\.js:10_\[j\] 12\n/)
  })

  it('keeps the loader frames byte for byte', () => {
    const frames: Uint8Array[] = []
    for (const at of recordOffsets(bytes)) {
      const r = readRecord(bytes, at)
      if (r.kind === 'loaderFrame') frames.push(r.loaderFrame!)
    }
    assert.equal(frames.length, 1 + 3 + 1)
    assert.deepEqual(Buffer.from(frames[0]), Buffer.from(stackprof.v1.Frame.encode({hello: HELLO}).finish()))
  })

  it('loads from a file as from bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackprof-rec-'))
    try {
      writeFileSync(join(dir, 's.spr'), bytes)
      assert.equal(jsonOf(loadRecording(join(dir, 's.spr')).session), jsonOf(live))
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

function readRecord(data: Buffer, at: number): rec.recording.v1.Record {
  let length = 0
  let i = 0
  for (; ; i++) {
    length += (data[at + i] & 0x7f) * 2 ** (7 * i)
    if ((data[at + i] & 0x80) === 0) break
  }
  return rec.recording.v1.Record.decode(data.subarray(at + i + 1, at + i + 1 + length))
}

describe('a recording cut short', () => {
  it('a killed stackprof\'s file (no Final, no End) loads, truncated, ending at the last snapshot', () => {
    const killed = makeRecording({killed: true})
    const loaded = loadRecordingBytes('killed.spr', killed.bytes)
    assert.equal(loaded.truncated, true)
    assert.equal(loaded.session.endReason, 'recording-truncated')
    assert.equal(loaded.truncation, 'truncated after 3.0 s: the recording ends without its end record (stackprof stopped before it finished)')
    assert.equal(loaded.session.latest!.stats.find((s) => s.tid === 4243 && s.nr === 1)!.count, 777n * 3n)
  })

  it('every prefix loads truncated or gives a clean RecordingError; from the Hello on, every prefix loads', () => {
    const small = makeRecording({snapshots: 2}).bytes
    const offsets = recordOffsets(small)
    // Records: header, hello, host state, snapshots…; the session exists once the hello record is whole.
    const firstLoadable = offsets[2]
    let loads = 0
    let errors = 0
    let previousElapsed = 0
    for (let cut = 0; cut < small.length; cut++) {
      const result = attempt(small.subarray(0, cut))
      if (result instanceof RecordingError) {
        errors++
        assert.ok(cut < firstLoadable, `prefix of ${cut} bytes: ${result.message}`)
        assert.doesNotMatch(result.message, /\n/)
        assert.match(result.message, /^session\.spr /)
        continue
      }
      loads++
      assert.ok(cut >= firstLoadable, `prefix of ${cut} bytes loaded`)
      assert.equal(result.truncated, true)
      const boundary = offsets.includes(cut)
      assert.match(result.truncation!, boundary ? /^truncated after \d+\.\d s: the recording ends without its end record/ : /^truncated after \d+\.\d s: the (recording ends mid-record|last record is damaged)/, `cut at ${cut}`)
      // The session only grows as more of the file is there.
      assert.ok(result.session.elapsedSeconds >= previousElapsed)
      previousElapsed = result.session.elapsedSeconds
    }
    assert.equal(loads + errors, small.length)
    assert.equal(loads, small.length - firstLoadable)
    assert.equal(attempt(small).constructor.name === 'RecordingError', false)
  })

  it('says why an early cut cannot be read', () => {
    const offsets = recordOffsets(bytes)
    assert.equal((attempt(bytes.subarray(0, 5)) as RecordingError).message, 'session.spr is cut short: it ends inside its first 8 bytes, before the header')
    assert.equal((attempt(bytes.subarray(0, 8)) as RecordingError).message, 'session.spr is cut short: it ends before its header')
    assert.equal((attempt(bytes.subarray(0, 12)) as RecordingError).message, 'session.spr is cut short: it ends inside its header')
    assert.equal((attempt(bytes.subarray(0, offsets[1] + 3)) as RecordingError).message, 'session.spr is cut short before the session started: it holds no data')
  })

  it('a snapshot dated before the session start, or before the snapshot before it, is corruption', () => {
    const fixtures = join(packageRoot, 'test', 'fixtures', 'recordings')
    assert.throws(() => loadRecording(join(fixtures, 'snapshot-dated-before-attach.spr')), /is corrupt: a snapshot is dated 1000\.000 s before the session start/)
    const loaded = loadRecording(join(fixtures, 'huge-histogram-and-cpu-list.spr'))
    assert.ok(loaded.session.elapsedSeconds >= 0)
    assert.ok(validateReport(JSON.parse(stringifyExact(buildReport(loaded.session, diagnose(loaded.session), loaded.meta)))), JSON.stringify(validateReport.errors))
  })

  it('zeros where the last records should be (a torn write) read as a cut, not as corruption', () => {
    const killed = makeRecording({killed: true}).bytes
    const loaded = attempt(Buffer.concat([killed, Buffer.alloc(4096)]))
    assert.ok(!(loaded instanceof RecordingError), String(loaded))
    assert.equal(loaded.truncated, true)
    assert.match(loaded.truncation!, /ends in 4096 zero bytes where a record should be/)
  })

  it('a huge zero tail (preallocated, sparse) is read only as far as ZERO_TAIL_CHECKED, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackprof-sparse-'))
    try {
      const path = join(dir, 'sparse.spr')
      const killed = makeRecording({killed: true}).bytes
      writeFileSync(path, killed)
      truncateSync(path, killed.length + 8 * ZERO_TAIL_CHECKED)
      const loaded = loadRecording(path)
      assert.equal(loaded.truncated, true)
      assert.match(loaded.truncation!, new RegExp(`the rest, ${8 * ZERO_TAIL_CHECKED} bytes, starts with 64 MB of zeros and was not read further`))
      // Past the checked stretch, a non-zero byte is not looked for: the tail is a cut either way.
      truncateSync(path, killed.length)
      writeFileSync(path, Buffer.concat([killed, Buffer.alloc(ZERO_TAIL_CHECKED), Buffer.from([7])]))
      assert.equal(loadRecording(path).truncated, true)
      // Within it, a non-zero byte makes it corruption.
      writeFileSync(path, Buffer.concat([killed, Buffer.alloc(1 << 21), Buffer.from([7])]))
      assert.throws(() => loadRecording(path), /is corrupt/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('versions', () => {
  it('refuses a file that needs a newer reader, in one line', () => {
    const newer = fileOf({header: header({formatVersion: 2, minReaderVersion: 2, toolVersion: '3.1.0'})}, helloRecord)
    const error = attempt(newer)
    assert.ok(error instanceof RecordingError)
    assert.equal(error.message, 'session.spr was written by stackprof 3.1.0 (recording format 2); this stackprof reads format 1: upgrade')
    assert.equal(error.hint, 'install a newer stackprof to read it')
    assert.equal(error.exitCode, 1)
  })

  it('reads a newer format that older readers may read, skipping the records it does not know', () => {
    const unknownKind = Buffer.from([0xfa, 0x06, 0x02, 0x08, 0x01]) // field 111, length-delimited: a future record kind
    const newer = Buffer.concat([
      fileOf({header: header({formatVersion: 2, minReaderVersion: 1})}, helloRecord),
      frameRecord(unknownKind),
      fileOf({end: {reason: 'duration'}}).subarray(MAGIC.length),
    ])
    const loaded = attempt(newer)
    assert.ok(!(loaded instanceof RecordingError), String(loaded))
    assert.equal(loaded.truncated, false)
    assert.equal(loaded.session.endReason, 'duration')
    assert.deepEqual(loaded.warnings, ['records of a kind this stackprof does not know were skipped (written by a newer stackprof)'])
  })

  it('ignores a header without versions as corrupt', () => {
    assert.equal((attempt(fileOf({header: {toolVersion: '1'}}, helloRecord)) as RecordingError).message, 'session.spr is corrupt: its header has no format version (at byte 8)')
  })
})

describe('files that are not recordings', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-rec-'))
  })
  after(() => rmSync(dir, {recursive: true, force: true}))

  const cases: [string, Buffer, string][] = [
    ['empty', Buffer.alloc(0), 'x.spr is empty, not a recording'],
    ['a JSON report', Buffer.from('{"schemaVersion": 1}\n'), 'x.spr is not a stackprof recording: it looks like JSON (a JSON report or speedscope profile?)'],
    ['a pprof profile', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'x.spr is not a stackprof recording: it is gzip data (a pprof profile?)'],
    ['a flame graph', Buffer.from('<!DOCTYPE html><html>'), 'x.spr is not a stackprof recording: it looks like HTML (a flame graph?)'],
    ['folded stacks', Buffer.from('server-4242/4242;main;spin 40\n'), 'x.spr is not a stackprof recording: it is a text file'],
    ['random bytes', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x80, 0x81, 9]), 'x.spr is not a stackprof recording'],
    ['the loader\'s raw stream', Buffer.from(stackprof.v1.Frame.encodeDelimited({hello: HELLO}).finish()), 'x.spr is not a stackprof recording'],
    ['a recording whose text was converted to CRLF', Buffer.from(bytes.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1'), 'x.spr is not a stackprof recording'],
  ]
  for (const [what, data, message] of cases) {
    it(`${what}: one line naming the file and the problem, exit status 1`, () => {
      writeFileSync(join(dir, 'x.spr'), data)
      assert.throws(() => loadRecording(join(dir, 'x.spr')), (error: unknown) => {
        assert.ok(error instanceof RecordingError)
        assert.equal(error.message, message.replace(/^x\.spr/, join(dir, 'x.spr')))
        assert.equal(error.exitCode, 1)
        return true
      })
    })
  }

  it('a FIFO and a device: refused at once, no hang', () => {
    execFileSync('mkfifo', [join(dir, 'fifo.spr')])
    assert.throws(() => loadRecording(join(dir, 'fifo.spr')), {message: `${join(dir, 'fifo.spr')} is not a regular file`})
    assert.throws(() => loadRecording('/dev/zero'), {message: '/dev/zero is not a regular file'})
  })

  it('a missing file, a directory, a symlink to nowhere', () => {
    assert.throws(() => loadRecording(join(dir, 'missing.spr')), {message: `${join(dir, 'missing.spr')} does not exist`})
    mkdirSync(join(dir, 'd.spr'))
    assert.throws(() => loadRecording(join(dir, 'd.spr')), {message: `${join(dir, 'd.spr')} is a directory, not a recording`})
    symlinkSync(join(dir, 'nowhere'), join(dir, 'l.spr'))
    assert.throws(() => loadRecording(join(dir, 'l.spr')), {message: `${join(dir, 'l.spr')} does not exist`})
  })

  it('a corrupt record in the middle is an error naming its byte, not a cut', () => {
    const offsets = recordOffsets(bytes)
    const damaged = Buffer.from(bytes)
    damaged[offsets[3] + 20] ^= 0x10
    const error = attempt(damaged)
    assert.ok(error instanceof RecordingError)
    assert.equal(error.message, `session.spr is corrupt: a record whose checksum does not match its contents (at byte ${offsets[3]})`)
  })

  it('a record length beyond any record is refused without allocating it', () => {
    const huge = Buffer.concat([fileOf({header: header()}, helloRecord), encodeVarint(0xfffffff0), Buffer.alloc(16, 1)])
    const error = attempt(huge)
    assert.ok(error instanceof RecordingError)
    assert.match(error.message, /^session\.spr is corrupt: a record of 4294967280 bytes \(more than the 256 MB any record may have\) \(at byte \d+\)$/)
  })

  it('a snapshot before the Hello, a second header, a second Hello', () => {
    const snap = {loaderFrame: stackprof.v1.Frame.encode({snapshot: {}}).finish()}
    assert.match((attempt(fileOf({header: header()}, snap)) as RecordingError).message, /is corrupt: a snapshot before the session start/)
    assert.match((attempt(fileOf({header: header()}, {header: header()})) as RecordingError).message, /is corrupt: a second recording header/)
    assert.match((attempt(fileOf({header: header()}, helloRecord, helloRecord)) as RecordingError).message, /is corrupt: a second session start/)
    assert.match((attempt(fileOf(helloRecord)) as RecordingError).message, /is corrupt: it does not start with a recording header/)
  })
})

describe('host state JSON', () => {
  it('round-trips busy-poll knobs (64-bit counters exact) and the NIC layout', () => {
    const knobs = netKnobs({busyPollRxPackets: 18_446_744_073_709_551_615n})
    const json = JSON.stringify({...knobs, busyPollRxPackets: knobs.busyPollRxPackets!.toString()})
    assert.deepEqual(parseNetKnobs(json), knobs)
    assert.deepEqual(parseNicLayout(JSON.stringify(NIC)), NIC)
  })

  it('turns garbled values into nulls and drops garbled entries', () => {
    assert.equal(parseNetKnobs('{"devices": 3}'), undefined)
    assert.equal(parseNetKnobs('not json'), undefined)
    assert.deepEqual(parseNetKnobs('{"devices": [1, {"name": "eth0", "loopback": "yes"}], "busyPollUs": 1e400, "busyPollRxPackets": "-1"}'), {
      busyPollUs: null, busyReadUs: null, busyPollRxPackets: null, targetNetnsIsOurs: null,
      devices: [{name: 'eth0', loopback: false, operstate: null, napiDeferHardIrqs: null, groFlushTimeoutNs: null, threadedNapi: null}],
    })
    assert.deepEqual(parseNicLayout('{"source": "mars", "devices": [{"name": "e", "irqs": [{"irq": 1, "kind": "sideways", "perCpu": [1, "2", 3]}]}]}'), {
      source: 'none', targetNetnsIsOurs: null, rpsSockFlowEntries: null,
      devices: [{name: 'e', operstate: null, parent: null, pciAddress: null, rxQueues: [], txQueues: [], irqs: [{irq: 1, name: '', queue: null, kind: null, affinity: null, effectiveAffinity: null, perCpu: [1, 3], perCpuWhileAttached: null}]}],
    })
  })
})

describe('the writer', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'stackprof-rec-'))
  })
  after(() => rmSync(dir, {recursive: true, force: true}))

  it('refuses a symlink and a directory, and leaves no file when the session never started', () => {
    symlinkSync(join(dir, 'target'), join(dir, 'link.spr'))
    assert.throws(() => new Recorder(join(dir, 'link.spr'), {intervalMs: 1000, command: 'record'}).open(), /is a symbolic link/)
    mkdirSync(join(dir, 'dir.spr'))
    assert.throws(() => new Recorder(join(dir, 'dir.spr'), {intervalMs: 1000, command: 'record'}).open(), /is not a regular file/)
    const never = new Recorder(join(dir, 'never.spr'), {intervalMs: 1000, command: 'record'})
    never.open()
    never.close()
    assert.throws(() => loadRecording(join(dir, 'never.spr')), /does not exist/)
  })

  it('leaves an existing file as it was when the session never started, and replaces it when one does', () => {
    const path = join(dir, 'yesterday.spr')
    const {bytes: yesterday} = makeRecording({snapshots: 2})
    writeFileSync(path, yesterday)
    // No privileges, a bad PID, Ctrl-C during the attach: open() ran, the probes never went live.
    const failed = new Recorder(path, {intervalMs: 1000, command: 'record'})
    failed.open()
    failed.close()
    assert.deepEqual(readFileSync(path), yesterday)
    // A session that starts replaces it whole (longer and shorter files alike).
    writeFileSync(path, Buffer.concat([yesterday, yesterday, yesterday]))
    const {bytes: today} = makeRecording({snapshots: 1, path})
    assert.deepEqual(readFileSync(path), today)
    assert.equal(loadRecording(path).truncated, false)
  })

  it('checksums are CRC-32 as zlib computes them', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926)
    assert.equal(crc32(Buffer.alloc(0)), 0)
  })
})
