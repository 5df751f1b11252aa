// Reads a recording back into a Session by replaying the loader's frames
// through the same Session methods a live session uses. Bounded and
// defensive: a damaged file ends in a RecordingError naming the file and the
// byte, never in a stack trace, a hang or an allocation sized by the file.
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'
import protobuf from 'protobufjs/minimal.js'
import {u64} from '../decode/syscalls.js'
import type {ExportMeta} from '../export/index.js'
import {Session} from '../model/session.js'
import {stackprof} from '../proto/stackprof.pb.js'
import {stackprof as rec} from '../proto/recording.pb.js'
import {CRC_BYTES, FORMAT_VERSION, MAGIC, MAX_RECORD_BYTES, MAX_VARINT_BYTES, RecordingError, crc32, parseNetKnobs, parseNicLayout, printable} from './format.js'

export {RecordingError} from './format.js'

export interface RecordingHeader {
  formatVersion: number
  minReaderVersion: number
  /** The stackprof that wrote the file. */
  toolVersion: string
  createdAt: Date
  hostKernel: string
  hostMachine: string
  targetPid: number
  targetComm: string
  targetCmdline: string[]
  intervalMs: number
  requestedDurationMs?: number
  /** record, attach, run */
  command: string
}

export interface LoadedRecording {
  header: RecordingHeader
  /** The session as it ended (or as far as the file goes): report, export and diff take it as a live one. */
  session: Session
  /** The file ends before its End record: stackprof was killed or crashed while recording. */
  truncated: boolean
  /** With truncated: "truncated after 12.3 s: the recording ends mid-record". */
  truncation?: string
  /** Things skipped on the way (unknown record kinds, unreadable host state): the rest is sound. */
  warnings: string[]
  /** For buildReport and writeExports: the interval and --duration of the recorded session. */
  meta: ExportMeta
  /** File size and records read. */
  bytes: number
  records: number
}

/** Where the bytes come from: a file read piece by piece, or a buffer (tests). */
interface Source {
  size: number
  /** Exactly `length` bytes at `offset`; the caller has checked they are within size. */
  read(offset: number, length: number): Buffer
}

/** Reads a recording; throws RecordingError (a UserError) for anything it cannot read. */
export function loadRecording(path: string): LoadedRecording {
  let fd: number
  try {
    // O_NONBLOCK: a FIFO would otherwise block the open until a writer came (a hang, not an error).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new RecordingError(path, 'does not exist')
    if (code === 'EISDIR') throw new RecordingError(path, 'is a directory, not a recording')
    throw new RecordingError(path, `cannot be read: ${(error as Error).message.replace(/^\w+: /, '')}`)
  }
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory()) throw new RecordingError(path, 'is a directory, not a recording')
    if (!stats.isFile()) throw new RecordingError(path, 'is not a regular file')
    const source: Source = {
      size: stats.size,
      read(offset, length) {
        const buf = Buffer.allocUnsafe(length)
        let done = 0
        while (done < length) {
          const n = readSync(fd, buf, done, length - done, offset + done)
          if (n === 0) throw new RecordingError(path, 'shrank while it was read', undefined, offset + done)
          done += n
        }
        return buf
      },
    }
    return replay(path, source)
  } catch (error) {
    if (error instanceof RecordingError) throw error
    throw new RecordingError(path, `cannot be read: ${(error as Error).message.replace(/^\w+: /, '')}`)
  } finally {
    closeSync(fd)
  }
}

/** loadRecording on bytes in memory; `name` stands for the file in messages. */
export function loadRecordingBytes(name: string, bytes: Uint8Array): LoadedRecording {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return replay(name, {size: buf.length, read: (offset, length) => buf.subarray(offset, offset + length)})
}

/** A kind of file people may hand `report` by mistake, recognised by its first bytes. */
function sniff(head: Buffer): string | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'it is gzip data (a pprof profile?)'
  const text = head.toString('latin1').trimStart()
  if (text.startsWith('{') || text.startsWith('[')) return 'it looks like JSON (a JSON report or speedscope profile?)'
  if (/^<(!doctype|html)/i.test(text)) return 'it looks like HTML (a flame graph?)'
  if (head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f))) return 'it is a text file'
  return undefined
}

const RECORDING_HINT = 'recordings are written by `stackprof record <pid> -o FILE.spr` (or -o FILE.spr on attach and run)'

function replay(file: string, source: Source): LoadedRecording {
  const name = file
  const {size} = source
  if (size === 0) throw new RecordingError(name, 'is empty, not a recording', RECORDING_HINT)
  const head = source.read(0, Math.min(size, MAGIC.length))
  if (!head.equals(MAGIC.subarray(0, head.length))) {
    const what = sniff(source.read(0, Math.min(size, 64)))
    throw new RecordingError(name, `is not a stackprof recording${what ? `: ${what}` : ''}`, RECORDING_HINT)
  }
  if (size < MAGIC.length) throw new RecordingError(name, 'is cut short: it ends inside its first 8 bytes, before the header')

  const warnings: string[] = []
  const warnOnce = new Set<string>()
  const warn = (text: string) => {
    if (warnOnce.has(text)) return
    warnOnce.add(text)
    warnings.push(text)
  }
  let offset = MAGIC.length
  let records = 0
  let header: RecordingHeader | undefined
  let session: Session | undefined
  let finalSeen = false
  let endReason: string | undefined
  let truncation: string | undefined
  /** HostState that came before the Hello: applied once the session exists. */
  const pending: rec.recording.v1.IHostState[] = []

  const applyState = (state: rec.recording.v1.IHostState, at: number) => {
    if (!session) {
      pending.push(state)
      return
    }
    if (state.identity) {
      session.comm = state.identity.comm ?? ''
      session.cmdline = state.identity.cmdline ?? []
      if (session.stacks) session.stacks.target = {pid: session.pid, comm: session.comm, cmdline: session.cmdline}
    }
    if (state.netKnobsAtStart) {
      const knobs = parseNetKnobs(state.netKnobsAtStart)
      if (knobs) session.netKnobsAtStart = knobs
      else warn(`unreadable busy-poll settings at byte ${at}: left out`)
    }
    if (state.netKnobsLatest) {
      const knobs = parseNetKnobs(state.netKnobsLatest)
      if (knobs) session.netKnobsLatest = knobs
      else warn(`unreadable busy-poll settings at byte ${at}: left out`)
    }
    if (state.nic) {
      const nic = parseNicLayout(state.nic)
      if (nic) session.nic = nic
      else warn(`unreadable NIC layout at byte ${at}: left out`)
    }
  }

  // The loader's clock only moves forward: a snapshot from before the attach or the one before it is damage
  // that slipped past the CRC (or a crafted file), and would make negative durations.
  let clock = 0n
  const checkClock = (snapshot: stackprof.v1.ISnapshot | null | undefined, what: string, at: number) => {
    if (!snapshot) return
    const ns = u64(snapshot.monotonicNs)
    if (ns < clock) throw new RecordingError(name, `is corrupt: ${what} is dated ${((Number(clock - ns)) / 1e9).toFixed(3)} s before the ${clock === session!.attachedNs ? 'session start' : 'snapshot before it'}`, undefined, at)
    clock = ns
  }
  const applyFrame = (bytes: Uint8Array, at: number) => {
    let frame: stackprof.v1.Frame
    try {
      frame = stackprof.v1.Frame.decode(protobuf.Reader.create(bytes))
    } catch (error) {
      throw new RecordingError(name, `is corrupt: an undecodable loader frame: ${(error as Error).message}`, undefined, at)
    }
    const problem = (what: string, error: unknown) =>
      new RecordingError(name, `is corrupt: ${what} could not be read: ${error instanceof Error ? error.message : String(error)}`, undefined, at)
    switch (frame.kind) {
      case 'hello':
        if (session) throw new RecordingError(name, 'is corrupt: a second session start (loader hello)', undefined, at)
        try {
          session = new Session(frame.hello!)
        } catch (error) {
          throw problem('the session start (loader hello)', error)
        }
        clock = session.attachedNs
        // The wall clock of the recording, not of this reading.
        ;(session as unknown as {startedAt: Date}).startedAt = header!.createdAt
        if (session.stacks) session.stacks.startedAt = header!.createdAt
        applyState({identity: {comm: header!.targetComm, cmdline: header!.targetCmdline}}, at)
        for (const s of pending.splice(0)) applyState(s, at)
        break
      case 'snapshot':
        if (!session) throw new RecordingError(name, 'is corrupt: a snapshot before the session start (loader hello)', undefined, at)
        if (finalSeen) {
          warn(`snapshots after the final one (from byte ${at}) were left out`)
          break
        }
        checkClock(frame.snapshot, 'a snapshot', at)
        try {
          session.apply(frame.snapshot!)
        } catch (error) {
          throw problem('a snapshot', error)
        }
        break
      case 'final':
        if (!session) throw new RecordingError(name, 'is corrupt: a final snapshot before the session start (loader hello)', undefined, at)
        if (finalSeen) {
          warn(`a second final snapshot at byte ${at} was left out`)
          break
        }
        finalSeen = true
        checkClock(frame.final!.snapshot, 'the final snapshot', at)
        try {
          session.finish(frame.final!.snapshot ?? undefined, frame.final!.reason ?? '')
        } catch (error) {
          throw problem('the final snapshot', error)
        }
        break
      default:
        warn(`loader frames of kind "${frame.kind ?? 'none'}" were left out`)
    }
  }

  for (;;) {
    if (offset === size) break
    const at = offset
    // The length: a varint of at most 5 bytes, all of which must be in the file.
    const varintBytes = source.read(offset, Math.min(MAX_VARINT_BYTES, size - offset))
    let length = 0
    let lengthBytes = 0
    for (let i = 0; i < varintBytes.length; i++) {
      length += (varintBytes[i] & 0x7f) * 2 ** (7 * i)
      if ((varintBytes[i] & 0x80) === 0) {
        lengthBytes = i + 1
        break
      }
    }
    const damaged = (problem: string): RecordingError | undefined => {
      // A torn write after a power cut can leave zeros where the last records were going: the file just ends there.
      if (header && session && zerosFrom(source, at)) {
        truncation = size - at <= ZERO_TAIL_CHECKED
          ? `the recording ends in ${size - at} zero bytes where a record should be (a write cut short)`
          : `the recording ends in zero bytes where a record should be (a write cut short, or space set aside): the rest, ${size - at} bytes, starts with ${ZERO_TAIL_CHECKED >> 20} MB of zeros and was not read further`
        return undefined
      }
      return new RecordingError(name, `is ${header ? 'corrupt' : 'not a readable recording'}: ${problem}`, undefined, at)
    }
    if (lengthBytes === 0) {
      if (varintBytes.length < MAX_VARINT_BYTES) {
        truncation = 'the recording ends mid-record'
        break
      }
      const error = damaged('a record length that is not a valid varint')
      if (error) throw error
      break
    }
    if (length === 0 || length > MAX_RECORD_BYTES) {
      const error = damaged(length === 0 ? 'an empty record' : `a record of ${length} bytes (more than the ${MAX_RECORD_BYTES / 1024 / 1024} MB any record may have)`)
      if (error) throw error
      break
    }
    const total = lengthBytes + length + CRC_BYTES
    if (total > size - offset) {
      if (!header) throw new RecordingError(name, 'is cut short: it ends inside its header')
      truncation = 'the recording ends mid-record'
      break
    }
    const body = source.read(offset + lengthBytes, length + CRC_BYTES)
    const payload = body.subarray(0, length)
    if (crc32(payload) !== body.readUInt32LE(length)) {
      // The last record of the file with a bad checksum is a write cut short; anywhere else the file is damaged.
      if (header && session && offset + total === size) {
        truncation = 'the last record is damaged (a write cut short)'
        break
      }
      const error = damaged('a record whose checksum does not match its contents')
      if (error) throw error
      break
    }
    let record: rec.recording.v1.Record
    try {
      record = rec.recording.v1.Record.decode(protobuf.Reader.create(payload))
    } catch (error) {
      throw new RecordingError(name, `is corrupt: an undecodable record: ${(error as Error).message}`, undefined, at)
    }
    offset += total
    records++
    if (!header) {
      if (record.kind !== 'header') throw new RecordingError(name, 'is corrupt: it does not start with a recording header', undefined, at)
      header = readHeader(name, record.header!, at)
      continue
    }
    switch (record.kind) {
      case 'header':
        throw new RecordingError(name, 'is corrupt: a second recording header', undefined, at)
      case 'loaderFrame':
        applyFrame(record.loaderFrame!, at)
        break
      case 'hostState':
        applyState(record.hostState!, at)
        break
      case 'end':
        endReason = record.end!.reason || undefined
        break
      default:
        // A newer writer's record that this reader may ignore (min_reader_version says so).
        warn('records of a kind this stackprof does not know were skipped (written by a newer stackprof)')
    }
    if (endReason !== undefined) break
  }

  if (!header) throw new RecordingError(name, 'is cut short: it ends before its header')
  if (!session) {
    throw new RecordingError(name, truncation ? 'is cut short before the session started: it holds no data' : 'is corrupt: it holds no session (no loader hello)', truncation ? 'the recording was stopped before the probes went live' : undefined)
  }
  if (endReason === undefined && offset < size && !truncation) warn(`${size - offset} bytes after the end record were ignored`)
  if (endReason === undefined && !truncation) truncation = 'the recording ends without its end record (stackprof stopped before it finished)'
  if (endReason !== undefined && offset < size) warn(`${size - offset} bytes after the end record were ignored`)
  const truncated = endReason === undefined
  if (endReason !== undefined) {
    if (!finalSeen) session.finish(undefined, endReason)
    else session.endReason = endReason
  } else if (!finalSeen) {
    session.finish(undefined, 'recording-truncated')
  }
  const said = truncated ? `truncated after ${session.elapsedSeconds.toFixed(1)} s: ${truncation}` : undefined
  return {
    header,
    session,
    truncated,
    truncation: said,
    warnings,
    meta: {intervalMs: header.intervalMs, requestedDurationMs: header.requestedDurationMs, recording: {truncated, truncation: said}},
    bytes: size,
    records,
  }
}

const ZERO_CHUNK = Buffer.alloc(1 << 20)
/** A zero tail is read this far, no further: a 4 GB preallocated or sparse tail would take seconds of reads for nothing. */
export const ZERO_TAIL_CHECKED = 64 << 20

/** Whether the file holds only zeros from offset on (up to ZERO_TAIL_CHECKED bytes of it); memcmp by the MB. */
function zerosFrom(source: Source, offset: number): boolean {
  const end = Math.min(source.size, offset + ZERO_TAIL_CHECKED)
  for (let at = offset; at < end; at += ZERO_CHUNK.length) {
    const chunk = source.read(at, Math.min(ZERO_CHUNK.length, end - at))
    if (!chunk.equals(ZERO_CHUNK.subarray(0, chunk.length))) return false
  }
  return true
}

function readHeader(name: string, h: rec.recording.v1.IHeader, at: number): RecordingHeader {
  const formatVersion = h.formatVersion ?? 0
  const minReaderVersion = h.minReaderVersion ?? 0
  const tool = printable(h.toolVersion || 'unknown')
  if (formatVersion === 0 || minReaderVersion === 0) throw new RecordingError(name, 'is corrupt: its header has no format version', undefined, at)
  if (minReaderVersion > FORMAT_VERSION) {
    throw new RecordingError(
      name,
      `was written by stackprof ${tool} (recording format ${formatVersion}); this stackprof reads format ${FORMAT_VERSION}: upgrade`,
      'install a newer stackprof to read it',
    )
  }
  const created = Number(u64(h.createdUnixMs))
  const createdAt = new Date(Number.isSafeInteger(created) && created >= 0 && created < 8.64e15 ? created : 0)
  const requested = h.requestedDurationMs ?? 0
  return {
    formatVersion,
    minReaderVersion,
    toolVersion: tool,
    createdAt,
    hostKernel: printable(h.hostKernel ?? ''),
    hostMachine: printable(h.hostMachine ?? ''),
    targetPid: h.targetPid ?? 0,
    targetComm: h.targetComm ?? '',
    targetCmdline: h.targetCmdline ?? [],
    intervalMs: h.intervalMs || 1000,
    requestedDurationMs: requested > 0 ? requested : undefined,
    command: printable(h.command ?? ''),
  }
}
