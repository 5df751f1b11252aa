import {Args, Flags} from '@oclif/core'
import {collect, probeOptions, validatePid} from '../collector/collect.js'
import {formatOfPath} from '../export/index.js'
import {BaseCommand, durationFlag} from '../lib/base-command.js'
import {formatDuration} from '../lib/duration.js'
import {UserError} from '../lib/errors.js'
import {count} from '../lib/format.js'
import {checkOutputPath} from '../lib/output-file.js'
import type {Session} from '../model/session.js'
import {Recorder} from '../recording/writer.js'
import Attach from './attach.js'

/** Without a terminal, one progress line this often (logs stay short). */
const LOG_EVERY_MS = 10_000
const REFRESH_MS = 500

export default class Record extends BaseCommand {
  static summary = 'Record a session to a file, headless: report, export and compare it later, on any machine.'
  static description = `Runs the same probes as \`attach\` and writes everything they send to FILE (a recording, docs/recording-format.md) as it arrives, until --duration ends, Ctrl-C or SIGTERM, or the target exits. Nothing is shown but a progress line on stderr (refreshed in place on a terminal, every ${LOG_EVERY_MS / 1000} s otherwise): elapsed time, snapshots, syscalls counted, stack samples, dropped events.

Then \`stackprof report FILE\` prints the summary and findings, \`stackprof export FILE -o flame.html\` writes flame graphs and profiles, and \`stackprof diff a.spr b.spr\` compares two recordings. A recording carries the names of its stack frames, so it reads the same after the target is gone and on another machine.

The file is written record by record: a stackprof killed mid-session (or a crash) leaves a recording that reads up to its last complete record, and \`report\` says it is truncated. \`attach\` and \`run\` write the same files with -o FILE.spr.

Needs root, or CAP_BPF and CAP_PERFMON (see \`stackprof check\`).`
  static examples = [
    {description: 'Thirty seconds of a server, then its report', command: '<%= config.bin %> record $(pgrep -n myserver) -o before.spr --duration 30s && <%= config.bin %> report before.spr'},
    {description: 'Until Ctrl-C, with off-CPU stacks', command: '<%= config.bin %> record 1234 -o session.spr --off-cpu'},
  ]
  static args = {pid: Args.string({description: 'process ID of the target (a thread ID selects its process)', required: true})}
  static flags = {
    output: Flags.string({char: 'o', description: 'the recording to write (by convention FILE.spr); replaced if it exists, never through a symlink', required: true, helpValue: 'FILE'}),
    duration: Attach.flags.duration,
    interval: durationFlag({description: 'how often the probes\' maps are read, one snapshot in the recording each time: seconds (1) or with a unit (500ms, 2s) [default: 1s]'}),
    latency: Attach.flags.latency,
    eventloop: Attach.flags.eventloop,
    sched: Attach.flags.sched,
    listeners: Attach.flags.listeners,
    lkl: Attach.flags.lkl,
    'lkl-cpu-wait': Attach.flags['lkl-cpu-wait'],
    nodejs: Attach.flags.nodejs,
    'stall-threshold': Attach.flags['stall-threshold'],
    stacks: Attach.flags.stacks,
    freq: Attach.flags.freq,
    event: Attach.flags.event,
    'off-cpu': Attach.flags['off-cpu'],
    variant: Attach.flags.variant,
  }

  async run(): Promise<void> {
    const {args, flags: parsed} = await this.parse(Record)
    const flags = {...parsed, interval: parsed.interval ?? 1000}
    const pid = validatePid(args.pid)
    const path = flags.output
    const other = formatOfPath(path)
    if (other && other !== 'recording') {
      throw new UserError(`record writes a recording, and ${path} names a ${other} file`, `name it FILE.spr; for a ${other} file use \`stackprof attach ${args.pid} -o ${path}\`, or \`stackprof export FILE.spr -o ${path}\` afterwards`, 2)
    }
    checkOutputPath(path)
    const recorder = new Recorder(path, {intervalMs: flags.interval, requestedDurationMs: flags.duration, command: 'record'})
    // Created before the probes load: a file that cannot be written costs nothing.
    recorder.open()
    const tty = Boolean(process.stderr.isTTY)
    let current: Session | undefined
    let attachedAt = 0
    let lastLog = Date.now()
    let stopping = false
    const tick = () => {
      if (!current) return
      if (recorder.failed && !stopping) {
        // The recording is the only output: no point going on without it.
        stopping = true
        process.kill(process.pid, 'SIGINT')
      }
      if (tty) process.stderr.write(`\r${progressLine(current, recorder, (Date.now() - attachedAt) / 1000)}\u001B[K`)
      else if (Date.now() - lastLog >= LOG_EVERY_MS) {
        lastLog = Date.now()
        process.stderr.write(`${progressLine(current, recorder, (Date.now() - attachedAt) / 1000)}\n`)
      }
    }
    const timer = setInterval(tick, tty ? REFRESH_MS : 1000)
    let session: Session
    try {
      session = await collect(recorder.hook({
        pid,
        intervalMs: flags.interval,
        durationMs: flags.duration,
        ...probeOptions(flags),
        onAttached: (s) => {
          current = s
          attachedAt = Date.now()
          // Scripts (and tests) wait for this line.
          process.stderr.write(`attached to pid ${s.pid} (${s.comm}) in ${(Number(s.attachDurationNs) / 1e6).toFixed(0)} ms; recording to ${path}${flags.duration ? ` for ${formatDuration(flags.duration)}` : '; Ctrl-C to stop'}\n`)
        },
        onSnapshot: () => tick(),
      }))
      recorder.finish(session)
    } finally {
      clearInterval(timer)
      if (tty && current) process.stderr.write('\r\u001B[K')
      recorder.close()
    }
    process.stderr.write(`${progressLine(session, recorder)}\n`)
    const ok = recorder.announce()
    if (ok) process.stderr.write(`  read it with: stackprof report ${path}\n`)
    else this.exit(1)
  }
}

/**
 * "recording 12.0 s: 12 snapshots, 1,234,567 syscalls, 1,188 stack samples, 0 dropped" while it
 * runs (wall time since attach), "recorded 30.0 s (duration): …" at the end (the session's own time).
 */
function progressLine(session: Session, recorder: Recorder, runningSeconds?: number): string {
  const last = runningSeconds === undefined
  const syscalls = (session.latest?.stats ?? []).reduce((sum, s) => sum + s.count, 0n)
  const c = session.counters
  let dropped = c.statsMapFull + c.errnoMapFull + c.startStoreFailed + c.threadMapFull
  const parts = [`${recorder.snapshots} snapshot${recorder.snapshots === 1 ? '' : 's'}`, `${count(syscalls)} syscalls`]
  if (session.stacks) {
    const sc = session.stacks.counters
    parts.push(`${count(sc.samples)} stack samples`)
    dropped += sc.stackTableFull + sc.countTableFull + sc.offcpuLost + sc.missedEvents
  }
  parts.push(`${count(dropped)} dropped`)
  const ended = last && session.endReason ? ` (${session.endReason})` : ''
  return `${last ? 'recorded' : 'recording'} ${(runningSeconds ?? session.elapsedSeconds).toFixed(1)} s${ended}: ${parts.join(', ')}`
}
