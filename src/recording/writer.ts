// Writes a recording while a session runs: each record is appended with one
// write(2) as it arrives, so a stackprof killed at any moment leaves a file
// that reads up to its last complete record (docs/recording-format.md).
import {closeSync, constants, fdatasyncSync, fstatSync, ftruncateSync, openSync, unlinkSync, writeSync} from 'node:fs'
import {machine, release} from 'node:os'
import type {CollectOptions} from '../collector/collect.js'
import {UserError} from '../lib/errors.js'
import type {Session} from '../model/session.js'
import {stackprof as rec} from '../proto/recording.pb.js'
import {toolVersion} from '../report/json.js'
import Long from 'long'
import {formatBytes} from '../export/common.js'
import {FORMAT_VERSION, MAGIC, MIN_READER_VERSION, frameRecord, netKnobsJson, nicJson} from './format.js'

/** Written data reaches the disk at least this often, so a power cut loses seconds, not the session. */
const SYNC_INTERVAL_MS = 5000

export interface RecordingMeta {
  intervalMs: number
  requestedDurationMs?: number
  /** The command that recorded: record, attach, run. */
  command: string
}

/** What the last HostState said, so only changes are written. */
interface Written {
  identity: string
  knobsAtStart: string
  knobsLatest: string
  nic: string
}

/** One recording file being written. */
export class Recorder {
  private fd?: number
  private hello?: Uint8Array
  private started = false
  /** This recording made the file (so a session that never started removes it again). */
  private created = false
  private ended = false
  private lastSync = 0
  private failure?: string
  /** Why the recording stopped being written (a write error), if it did. */
  get failed(): string | undefined {
    return this.failure
  }

  private readonly written: Written = {identity: '', knobsAtStart: '', knobsLatest: '', nic: ''}
  bytes = 0
  snapshots = 0

  constructor(
    readonly path: string,
    private readonly meta: RecordingMeta,
  ) {}

  /**
   * Opens the file the way output files are opened: never through a
   * symlink, never a FIFO or device (see src/lib/output-file.ts). O_APPEND:
   * every record lands after the last whole one. An existing file is
   * replaced, as -o does for every format, but only once the probes are
   * live: a session that never starts (no privileges, a bad PID, Ctrl-C
   * during the attach) leaves yesterday's recording as it was.
   */
  open(): void {
    const flags = constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW | constants.O_NONBLOCK
    let fd: number
    let created = false
    try {
      try {
        fd = openSync(this.path, flags | constants.O_CREAT | constants.O_EXCL, 0o644)
        created = true
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        fd = openSync(this.path, flags)
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENXIO' || code === 'EISDIR') throw new UserError(`will not write ${this.path}: it is not a regular file`)
      if (code === 'ELOOP') throw new UserError(`will not write ${this.path}: it is a symbolic link`, 'give a path that is not a symlink (a planted link could make a privileged process overwrite another file)')
      throw new UserError(`cannot write ${this.path}: ${(error as Error).message.replace(/^\w+: /, '')}`)
    }
    try {
      if (!fstatSync(fd).isFile()) throw new UserError(`will not write ${this.path}: it is not a regular file`)
    } catch (error) {
      closeSync(fd)
      if (created) unlinkSync(this.path)
      throw error
    }
    this.fd = fd
    this.created = created
  }

  /** collect() options with this recording's hooks around the caller's. */
  hook(options: CollectOptions): CollectOptions {
    return {
      ...options,
      onFrame: (frame, bytes) => {
        options.onFrame?.(frame, bytes)
        this.frame(frame.kind, bytes)
      },
      onAttached: (session) => {
        // The caller's first: `run` names the target there.
        options.onAttached?.(session)
        this.attached(session)
      },
      onSnapshot: (session) => {
        this.state(session)
        options.onSnapshot?.(session)
      },
    }
  }

  /** A loader frame as it came. The Hello waits for the header, which needs the session. */
  frame(kind: string | undefined, bytes: Uint8Array): void {
    if (kind === 'hello') {
      this.hello = Uint8Array.from(bytes)
      return
    }
    // Fatal and check frames belong to no session: a Fatal ends collect() with an error anyway.
    if (kind !== 'snapshot' && kind !== 'final') return
    if (!this.started) return
    if (kind === 'snapshot') this.snapshots++
    this.write({loaderFrame: bytes})
  }

  /** The probes are live: magic, header, the loader's Hello, and what stackprof read itself at attach. */
  attached(session: Session): void {
    if (this.started || this.failure) return
    if (this.fd === undefined) {
      try {
        this.open()
      } catch (error) {
        this.failure = (error as Error).message
        return
      }
    }
    try {
      // ftruncate after the checks in open(): O_TRUNC would have emptied whatever the path was.
      // O_APPEND writes go to the (new) end regardless.
      if (!this.created) ftruncateSync(this.fd!, 0)
    } catch (error) {
      this.failure = `cannot write ${this.path}: ${(error as Error).message}`
      return
    }
    this.started = true
    const header: rec.recording.v1.IHeader = {
      formatVersion: FORMAT_VERSION,
      minReaderVersion: MIN_READER_VERSION,
      toolVersion: toolVersion(),
      createdUnixMs: Long.fromNumber(session.startedAt.getTime()),
      hostKernel: release(),
      hostMachine: machine(),
      targetPid: session.pid,
      targetComm: session.comm,
      targetCmdline: session.cmdline,
      intervalMs: this.meta.intervalMs,
      requestedDurationMs: this.meta.requestedDurationMs ?? 0,
      command: this.meta.command,
    }
    this.append(MAGIC)
    this.write({header})
    if (this.hello) this.write({loaderFrame: this.hello})
    this.state(session)
    this.sync()
  }

  /** What changed since the last HostState: the target's name (run learns it late), busy-poll knobs, the NIC layout. */
  state(session: Session): void {
    if (!this.started) return
    const now: Written = {
      identity: JSON.stringify([session.comm, session.cmdline]),
      knobsAtStart: session.netKnobsAtStart ? netKnobsJson(session.netKnobsAtStart) : '',
      knobsLatest: session.netKnobsLatest ? netKnobsJson(session.netKnobsLatest) : '',
      nic: session.nic ? nicJson(session.nic) : '',
    }
    const state: rec.recording.v1.IHostState = {}
    if (now.identity !== this.written.identity) state.identity = {comm: session.comm, cmdline: session.cmdline}
    if (now.knobsAtStart !== this.written.knobsAtStart) state.netKnobsAtStart = now.knobsAtStart
    if (now.knobsLatest !== this.written.knobsLatest) state.netKnobsLatest = now.knobsLatest
    if (now.nic !== this.written.nic) state.nic = now.nic
    if (Object.keys(state).length === 0) return
    Object.assign(this.written, now)
    this.write({hostState: state})
  }

  /** The session ended: its final host state and end reason, then fsync and close. */
  finish(session: Session): void {
    if (this.ended) return
    this.ended = true
    if (this.started) {
      this.state(session)
      this.write({end: {reason: session.endReason ?? '', endedUnixMs: Long.fromNumber(Date.now())}})
      this.sync()
    }
    this.close()
  }

  /** Idempotent; a file this recording made but the session never started in is removed rather than left empty. */
  close(): void {
    if (this.fd === undefined) return
    closeSync(this.fd)
    this.fd = undefined
    if (!this.started && this.created) {
      try {
        unlinkSync(this.path)
      } catch {
        // Gone already.
      }
    }
  }

  /** "wrote recording to x.spr (1.2 MB, 30 snapshots)" on stderr, or why it is incomplete; false then. */
  announce(): boolean {
    if (this.failure && !this.started) {
      process.stderr.write(`stackprof: ${this.failure}\n`)
      return false
    }
    if (this.failure) {
      process.stderr.write(`stackprof: recording ${this.path} is incomplete: ${this.failure}\n  hint: what was written before the error can still be read (\`stackprof report ${this.path}\`)\n`)
      return false
    }
    if (!this.started) {
      process.stderr.write(`stackprof: did not write recording ${this.path}: the session never started\n`)
      return false
    }
    process.stderr.write(`stackprof: wrote recording to ${this.path} (${formatBytes(this.bytes)}, ${this.snapshots} snapshot${this.snapshots === 1 ? '' : 's'})\n`)
    return true
  }

  private write(record: rec.recording.v1.IRecord): void {
    this.append(frameRecord(rec.recording.v1.Record.encode(record).finish()))
  }

  /** One write(2) per record; a failed or short write ends the recording (the session goes on). */
  private append(bytes: Uint8Array): void {
    if (this.fd === undefined || this.failure) return
    try {
      const n = writeSync(this.fd, bytes)
      // O_APPEND to a regular file writes all of it or fails; a short write means the disk filled up mid-record.
      if (n !== bytes.length) throw new Error(`short write (${n} of ${bytes.length} bytes): is the disk full?`)
      this.bytes += n
      if (Date.now() - this.lastSync >= SYNC_INTERVAL_MS) this.sync()
    } catch (error) {
      this.failure = (error as Error).message.replace(/^\w+: /, '')
    }
  }

  private sync(): void {
    if (this.fd === undefined || this.failure) return
    this.lastSync = Date.now()
    try {
      fdatasyncSync(this.fd)
    } catch (error) {
      this.failure = `fsync failed: ${(error as Error).message.replace(/^\w+: /, '')}`
    }
  }
}

/** The recordings an `-o` list asks for, written alongside the session. */
export class Recordings {
  readonly recorders: Recorder[]

  constructor(paths: string[], meta: RecordingMeta) {
    this.recorders = paths.map((p) => new Recorder(p, meta))
  }

  /**
   * Registers them for writeExports. The paths were checked by
   * outputRequests; each file is created when the probes go live, so a
   * session that never starts leaves none behind.
   */
  open(): this {
    for (const r of this.recorders) active.set(r.path, r)
    return this
  }

  hook(options: CollectOptions): CollectOptions {
    return this.recorders.reduce((o, r) => r.hook(o), options)
  }

  finish(session: Session): void {
    for (const r of this.recorders) r.finish(session)
  }

  close(): void {
    for (const r of this.recorders) r.close()
  }
}

/** Recordings of this process by path, for writeExports to announce in order with the other files. */
const active = new Map<string, Recorder>()

/** writeExports' line for a recording -o asked for; false when it is incomplete or was never written. */
export function announceRecording(path: string): boolean {
  const recorder = active.get(path)
  if (!recorder) {
    process.stderr.write(`stackprof: did not write recording ${path}: recordings are written while the session runs (\`stackprof record\`, or -o on attach and run)\n`)
    return false
  }
  recorder.close()
  return recorder.announce()
}
