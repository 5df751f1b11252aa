import {accessSync, constants as fsConstants, readFileSync, statSync} from 'node:fs'
import {constants as osConstants} from 'node:os'
import {basename, delimiter, join} from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {setTimeout as sleep} from 'node:timers/promises'
import {Flags} from '@oclif/core'
import {execa} from 'execa'
import {collect, probeOptions} from '../collector/collect.js'
import {cmdlineArgs, targetText} from '../decode/syscalls.js'
import {diagnose} from '../diagnose/engine.js'
import {FORMAT_NAMES, outputRequests, refuseProfilesWithoutStacks, writeExports} from '../export/index.js'
import {BaseCommand, durationFlag} from '../lib/base-command.js'
import {UserError} from '../lib/errors.js'
import {execGatePath} from '../lib/paths.js'
import {Recordings} from '../recording/writer.js'
import type {Session} from '../model/session.js'
import {lklNotice} from '../model/lkl.js'
import {buildReport, stringifyExact} from '../report/json.js'
import {renderSummary} from '../render/text.js'
import type {Dashboard} from '../tui/dashboard.js'
import {dashboardWanted} from '../tui/wanted.js'
import {OutputRing, type OutputStream} from '../tui/views.js'

/** A command that ignores SIGTERM after --duration gets this long before SIGKILL. */
const TERM_GRACE_MS = 5000
/** After profiling stopped on a second signal, how long to wait for the command's exit status. */
const EXIT_WAIT_MS = 3000
/** Lines of the command's output the dashboard keeps (and prints when it closes). */
const OUTPUT_LINES = 500
/** After the command exited, how long to wait for the rest of its output in the pipes (a process it left behind may hold them open). */
const OUTPUT_DRAIN_MS = 500

export default class Run extends BaseCommand {
  static summary = 'Start a command under the profiler: probes live before its first instruction.'
  static description = `Starts COMMAND with the same probes as \`attach\` already in place, so what a server does at start-up is seen too: the order of its listen() calls (which fixes each socket's index in a SO_REUSEPORT group), where each thread pins itself, its first epoll_wait. Use it when attaching later would miss that, or to profile a short-lived command whole.

The command runs as a child of stackprof, with its stdin, stdout and stderr; the report comes when it exits, on stderr (like time(1) and perf stat), or in --output. Its exit status becomes stackprof's: its code, or 128+N when signal N killed it.

-o FILE (repeatable) writes, when the command exits or the recording stops, the format FILE's name ends in: .html an interactive flame graph (self-contained, opens offline), .folded or .collapsed folded stacks, .pb.gz or .pprof a pprof profile, .speedscope.json speedscope's format, .json the JSON report; any other name gets the report, as text (JSON with --json). --format names the format instead, once per -o in the same order. The report goes to stderr unless one of the files holds it (docs/exports.md).

On a terminal a live dashboard (docs/dashboard.md) shows the probes' data and the command's last output lines; the command then reads /dev/null, q or Ctrl-C sends it SIGINT (again: SIGTERM, then SIGKILL), and once it exited q prints its last output lines and the report. --no-tui keeps the terminal for the command.

Without the dashboard, Ctrl-C at the terminal reaches the command directly; stackprof keeps recording while it shuts down. SIGTERM, SIGHUP (and SIGINT when stackprof has no terminal) sent to stackprof are passed on to the command; a second one also stops recording. With --duration, the command gets SIGTERM when the time is up (SIGKILL ${TERM_GRACE_MS / 1000} s later if it is still there) and stackprof exits 0 when that ended it.

Only the command's own process is followed (all its threads); processes it forks are not.

Needs root, or CAP_BPF and CAP_PERFMON (see \`stackprof check\`). The command runs as the user running stackprof: under sudo, that is root.`
  static examples = [
    {description: 'Profile a server from its first instruction until Ctrl-C', command: '<%= config.bin %> run -- ./reactor --threads 4'},
    {description: 'Thirty seconds of a Node.js server, report as JSON in a file', command: '<%= config.bin %> run --duration 30s --json --output report.json -- node server.js'},
    {description: 'A whole short command', command: '<%= config.bin %> run -- curl -s http://localhost:8080/'},
    {description: 'A flame graph and a pprof profile of a benchmark run', command: '<%= config.bin %> run -o flame.html -o cpu.pb.gz -- ./bench --iterations 1000'},
  ]
  static usage = 'run [--duration <value>] [--json] [-o FILE]... [--format <value>]... [--no-tui] [--no-latency] [--no-eventloop] [--no-sched] [--no-listeners] [--no-lkl] [--no-nodejs] [--stall-threshold <value>] [--no-stacks] [--freq <value>] [--event <value>] [--off-cpu] -- COMMAND [ARG...]'
  // The command's own arguments follow `--` and must reach it untouched.
  static strict = false
  static flags = {
    duration: durationFlag({description: 'stop the command (SIGTERM) after this long (10, 10s, 2m); default: until it exits'}),
    json: Flags.boolean({description: 'write the JSON report (docs/json-report.md) instead of text', default: false}),
    output: Flags.string({
      char: 'o',
      description: 'write FILE when the command exits, in the format its extension names: .html flame graph, .folded/.collapsed, .pb.gz/.pprof, .speedscope.json, .json report, .spr a recording (docs/recording-format.md); other names get the report (text, or JSON with --json) instead of stderr. Repeatable; never through a symlink',
      multiple: true,
      multipleNonGreedy: true,
      helpValue: 'FILE',
    }),
    format: Flags.string({
      description: 'the format of the -o file at the same position, whatever its name. Repeatable: one per -o, in order',
      options: FORMAT_NAMES,
      multiple: true,
      multipleNonGreedy: true,
    }),
    interval: durationFlag({description: 'how often the probes\' maps are read [default: 1s]', hidden: true}),
    tui: Flags.boolean({
      description: 'on a terminal, the live dashboard with the command\'s output in a panel (docs/dashboard.md); --no-tui gives the terminal to the command. NO_COLOR turns its colours off',
      default: true,
      allowNo: true,
    }),
    latency: Flags.boolean({description: 'time every syscall (latency histograms); --no-latency counts calls and errors only, at about half the overhead', default: true, allowNo: true}),
    eventloop: Flags.boolean({description: 'watch epoll waits, socket I/O and busy polling; --no-eventloop leaves that probe out', default: true, allowNo: true}),
    sched: Flags.boolean({description: 'per thread: time on each CPU, context switches and who preempted, migrations, run-queue latency; --no-sched leaves that probe out', default: true, allowNo: true}),
    listeners: Flags.boolean({description: 'listening sockets: SO_REUSEPORT groups, steering programs, listen()/accept() threads; --no-listeners leaves that probe out', default: true, allowNo: true}),
    lkl: Flags.boolean({description: 'user-space network stacks (LKL\'s hijack library, DPDK, preloaded socket-call overrides), found as the command starts; --no-lkl leaves that probe out', default: true, allowNo: true}),
    'lkl-cpu-wait': Flags.boolean({description: 'with LKL: also time lkl_cpu_get, the wait for LKL\'s one CPU; --no-lkl-cpu-wait leaves it unprobed, two uprobe hits per LKL call instead of four (docs/probes/lkl.md)', default: true, allowNo: true}),
    nodejs: Flags.boolean({description: 'a Node.js command: libuv\'s threadpool, io_uring, event-loop stalls (docs/probes/nodejs.md); --no-nodejs leaves that probe out', default: true, allowNo: true}),
    'stall-threshold': Flags.integer({description: 'a main-thread tick at least this long (ms) is an event-loop stall', min: 1, max: 3600000, default: 100}),
    stacks: Flags.boolean({description: 'sample the stacks of the command\'s threads while they run on a CPU, user and kernel frames (docs/probes/stacks.md); --no-stacks leaves that probe out', default: true, allowNo: true}),
    freq: Flags.integer({description: 'stack samples per second of CPU time, on every CPU (1..10000)', min: 1, max: 10000, default: 99}),
    event: Flags.string({description: 'what paces the stack samples: cpu-clock (CPU time) or cycles (hardware; falls back to cpu-clock where there is no PMU)', options: ['cpu-clock', 'cycles'], default: 'cpu-clock'}),
    'off-cpu': Flags.boolean({description: 'also off-CPU stacks: where threads leave the CPU and for how long (a hook on every context switch of the machine)', default: false}),
  }

  async run(): Promise<void> {
    const separator = this.argv.indexOf('--')
    const ours = separator >= 0 ? this.argv.slice(0, separator) : this.argv
    const command = separator >= 0 ? this.argv.slice(separator + 1) : []
    const {flags: parsed, argv: strays} = await this.parse({flags: Run.flags, strict: false}, ours)
    if (command.length === 0 || command[0] === '') {
      throw new UserError(strays.length > 0 ? `put the command after "--": stackprof run [flags] -- ${strays.join(' ')}` : 'no command to run', 'stackprof run [flags] -- COMMAND [ARGS...]', 2)
    }
    if (strays.length > 0) throw new UserError(`unexpected argument before "--": ${strays.join(' ')}`, 'stackprof run [flags] -- COMMAND [ARGS...]', 2)
    const flags = {...parsed, interval: parsed.interval ?? 1000}
    // Checked before the command starts. A name without a profile format's extension gets the report, as
    // before -o took formats: text, or JSON with --json (also for "report.txt", which --json always made JSON).
    const outputs = outputRequests(flags.output ?? [], flags.format ?? [], {fallback: flags.json ? 'json' : 'text'})
    refuseProfilesWithoutStacks(outputs, flags.stacks)
    if (flags.json && (flags.format ?? []).length === 0) for (const o of outputs) if (o.format === 'text') o.format = 'json'
    // Recordings (.spr) are written while the session runs, from the moment the probes are live.
    const recordings = new Recordings(outputs.filter((o) => o.format === 'recording').map((o) => o.path), {intervalMs: flags.interval, requestedDurationMs: flags.duration, command: 'run'}).open()

    // Resolved here, not by the gate's execvp: a clear error before any probe
    // loads, and no PATH search (failed execve calls) charged to the command.
    const executable = resolveCommand(command[0])
    // With the dashboard the keyboard and the screen are its own: the command reads /dev/null and
    // writes into pipes whose last lines the output panel shows (buffer: false, the ring is the only copy).
    const tui = dashboardWanted(flags)
    const DashboardClass = tui ? (await import('../tui/dashboard.js')).Dashboard : undefined
    const output = tui ? new OutputRing(OUTPUT_LINES) : undefined
    // fd 3 of the gate is a pipe: one byte releases the command, EOF cancels it.
    const gate = execa(execGatePath(), ['3', executable, ...command], {
      stdio: tui ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['inherit', 'inherit', 'inherit', 'pipe'], reject: false, buffer: false,
    })
    const pipes: Readable[] = []
    const pipesClosed: Promise<unknown>[] = []
    if (output) {
      for (const stream of ['stdout', 'stderr'] as const satisfies OutputStream[]) {
        const pipe = gate[stream] as Readable
        pipes.push(pipe)
        pipesClosed.push(new Promise((resolve) => pipe.once('close', resolve)))
        pipe.setEncoding('utf8')
        pipe.on('data', (chunk: string) => output.push(stream, chunk))
        pipe.on('end', () => output.end(stream))
        pipe.on('error', () => {})
      }
    }
    const gatePipe = gate.stdio[3] as unknown as Writable
    gatePipe.on('error', () => {})
    // Through pipes, execa's result waits for them to close too, which a process the command left
    // in the background may never do: the exit itself is what ends the session and gives the status.
    const gateExited: Promise<{exitCode?: number; signal?: string}> = output
      ? new Promise((resolve) => gate.once('exit', (code, signal) => resolve({exitCode: code ?? undefined, signal: signal ?? undefined})))
      : gate.then((result) => result)
    if (!gate.pid) {
      const result = await gate
      throw new UserError(`cannot start ${execGatePath()}: ${result.message}`, 'run `npm run setup` in the stackprof checkout to build it')
    }
    const pid = gate.pid
    let running = true
    void gateExited.then(() => {
      running = false
    })

    let dashboard: Dashboard | undefined
    const startedAt = Date.now()
    let stoppedForDuration = false
    let killTimer: NodeJS.Timeout | undefined
    const durationTimer = flags.duration
      ? setTimeout(() => {
          if (!running) return
          stoppedForDuration = true
          process.kill(pid, 'SIGTERM')
          killTimer = setTimeout(() => running && process.kill(pid, 'SIGKILL'), TERM_GRACE_MS)
        }, flags.duration)
      : undefined
    if (durationTimer) durationTimer.unref()

    let session: Session
    // Read from /proc until the command has exec'ed; after that the name stays.
    let identityKnown = false
    try {
      session = await collect(recordings.hook({
        pid,
        intervalMs: flags.interval,
        ...probeOptions(flags),
        ownProcessGroup: true,
        onAttached: (s) => {
          s.comm = basename(command[0]).slice(0, 15)
          s.cmdline = command
          process.stderr.write(`stackprof: probes live on pid ${pid} in ${(Number(s.attachDurationNs) / 1e6).toFixed(0)} ms; starting ${command[0]}\n`)
          if (output && DashboardClass) {
            dashboard = new DashboardClass(s, {
              intervalMs: flags.interval, color: !process.env.NO_COLOR,
              // Only after a failed redraw: the SIGINT reaches the command through onSignal below.
              requestStop: () => process.kill(process.pid, 'SIGINT'),
              command: {output, signal: (signal) => running && signalCommand(pid, signal)},
            })
          }
          gatePipe.end(Buffer.from([1]))
        },
        onSnapshot: (s) => {
          if (!identityKnown) identityKnown = refreshIdentity(s, pid)
          // Without the dashboard, say when LKL's calls start being counted (it is found after the exec).
          const lklFound = output ? undefined : lklNotice(s)
          if (lklFound) process.stderr.write(lklFound)
          dashboard?.update(s)
        },
        onSignal: (signal, count) => {
          // A terminal's Ctrl-C went to the whole foreground process group, the command included
          // (not with the dashboard: in raw mode the terminal sends no SIGINT, so one came from kill).
          const fromTerminal = signal === 'SIGINT' && Boolean(process.stdin.isTTY) && !tui
          if (running && (!fromTerminal || count > 1)) process.kill(pid, signal)
          return count > 1 ? 'stop' : 'continue'
        },
      }))
    } catch (error) {
      recordings.close()
      // The terminal first: waiting for the command below may take as long as it runs.
      dashboard?.destroy()
      // The command never ran: closing the gate makes it exit without exec.
      gatePipe.destroy()
      await gateExited
      throw error
    } finally {
      if (durationTimer) clearTimeout(durationTimer)
    }

    const exited = await Promise.race([gateExited, sleep(EXIT_WAIT_MS, undefined, {ref: false})])
    if (killTimer) clearTimeout(killTimer)
    if (stoppedForDuration) session.endReason = 'duration'
    recordings.finish(session)
    if (dashboard) {
      try {
        dashboard.ended(session)
        if (exited) dashboard.commandExited(exitStatus(exited))
        // The data stays on screen until q, unless --duration ended the command (or the rest of it has run out).
        if (exited && !stoppedForDuration && !dashboard.quitting) {
          await dashboard.waitForQuit(flags.duration === undefined ? undefined : flags.duration - (Date.now() - startedAt))
        }
      } finally {
        dashboard.destroy()
      }
      // What it wrote just before exiting may still be in the pipes; then stop reading, so nothing it left behind keeps stackprof alive.
      await Promise.race([Promise.all(pipesClosed), sleep(OUTPUT_DRAIN_MS, undefined, {ref: false})])
      for (const pipe of pipes) pipe.destroy()
      printOutput(output!, command[0])
      if (dashboard.failure) {
        // What was collected is still worth its files.
        writeExports(outputs, session, diagnose(session), {intervalMs: flags.interval, requestedDurationMs: flags.duration})
        throw dashboard.failure
      }
    }
    const findings = diagnose(session)
    if (!outputs.some((o) => o.format === 'json' || o.format === 'text')) {
      process.stderr.write(flags.json
        ? stringifyExact(buildReport(session, findings, {intervalMs: flags.interval, requestedDurationMs: flags.duration})) + '\n'
        : renderSummary(session, findings))
    }
    // A file that could not be written (no stack profile, a write error) makes the exit status non-zero.
    const exported = writeExports(outputs, session, findings, {intervalMs: flags.interval, requestedDurationMs: flags.duration})

    if (!exited) {
      process.stderr.write(`stackprof: stopped recording; ${command[0]} (pid ${pid}) is still running\n`)
      this.exit(1)
    }
    const status = exitStatus(exited)
    if (status !== 0 && !(stoppedForDuration && exited.signal === 'SIGTERM')) this.exit(status)
    if (!exported) this.exit(1)
  }
}

/** The file execvp would run for name, or a UserError with the shell's status (127 not found, 126 not runnable). */
export function resolveCommand(name: string, path = process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'): string {
  const candidates = name.includes('/') ? [name] : path.split(delimiter).filter(Boolean).map((dir) => join(dir, name))
  let notRunnable: string | undefined
  for (const file of candidates) {
    try {
      if (!statSync(file).isFile()) {
        notRunnable ??= file
        continue
      }
      accessSync(file, fsConstants.X_OK)
      return file
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EACCES') notRunnable ??= file
    }
  }
  if (notRunnable) throw new UserError(`cannot run ${notRunnable}: not an executable file`, 'check its permissions (chmod +x)', 126)
  throw new UserError(`command not found: ${name}`, name.includes('/') ? undefined : 'give its path, or check PATH', 127)
}

/** After the dashboard closed: the command's last output lines, each on the stream it was written to, cleaned as on screen. */
function printOutput(output: OutputRing, name: string): void {
  const lines = output.lines()
  if (lines.length === 0) {
    process.stderr.write(`stackprof: ${name} wrote no output\n`)
    return
  }
  // total counts finished lines; lines() adds the unfinished ones.
  const written = output.total + (lines.length - output.kept)
  const kept = output.dropped > 0 ? `the last ${lines.length} of ${written} lines (the first ${output.dropped} were not kept)` : lines.length === 1 ? 'its only line' : `all ${lines.length} lines`
  process.stderr.write(`stackprof: output of ${name} (stdout and stderr, ${kept}):\n`)
  for (const l of lines) (l.stream === 'stderr' ? process.stderr : process.stdout).write(`${l.text}\n`)
  process.stderr.write(`stackprof: end of output of ${name}\n`)
}

/** False when the command is gone already (exited between the check and the kill). */
function signalCommand(pid: number, signal: NodeJS.Signals): boolean {
  try {
    return process.kill(pid, signal)
  } catch {
    return false
  }
}

/** What a shell would report: the exit code, or 128+N for a command killed by signal N. */
function exitStatus(result: {exitCode?: number; signal?: string}): number {
  if (result.signal) return 128 + (osConstants.signals[result.signal as keyof typeof osConstants.signals] ?? 0)
  return result.exitCode ?? 1
}

/** After exec the kernel knows the command's real name (an interpreter's, for scripts); true once it has it. */
function refreshIdentity(session: Session, pid: number): boolean {
  try {
    const comm = readFileSync(`/proc/${pid}/comm`).subarray(0, -1)
    if (comm.length === 0 || comm.toString('latin1').startsWith('stackprof-exec')) return false
    const cmdline = cmdlineArgs(readFileSync(`/proc/${pid}/cmdline`))
    session.comm = targetText(comm)
    if (cmdline.length > 0) session.cmdline = cmdline
    return true
  } catch {
    // Gone already: keep what we had.
    return true
  }
}
