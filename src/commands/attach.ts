import {Args, Flags} from '@oclif/core'
import {collect, probeOptions, validatePid} from '../collector/collect.js'
import {diagnose} from '../diagnose/engine.js'
import {FORMAT_NAMES, outputRequests, refuseProfilesWithoutStacks, writeExports} from '../export/index.js'
import {BaseCommand, durationFlag} from '../lib/base-command.js'
import {Recordings} from '../recording/writer.js'
import {buildReport, stringifyExact} from '../report/json.js'
import {renderLiveScreen, renderSummary} from '../render/text.js'
import type {Dashboard} from '../tui/dashboard.js'
import {dashboardWanted} from '../tui/wanted.js'

export default class Attach extends BaseCommand {
  static summary = 'Attach to a running process: syscalls per thread, event loops and busy polling, CPU locality, sampled stacks and flame graphs.'
  static description = `Loads BPF probes into the kernel (no restart of the target, no ptrace) and shows, for every thread of the process, each syscall's count, errors, total time and latency distribution.

For event-loop threads it shows epoll calls per second, their timeouts (-1, 0, <100µs, <1ms, <10ms, longer), empty returns and whether the thread blocks or spins inside them; per thread, socket receives and sends through read/write versus recv/send; and whether busy polling is configured (sysctls, SO_BUSY_POLL, EPIOCSPARAMS, device IRQ deferral) and actually ran (napi_poll in the target's threads). Findings such as "epoll with timeout 0 defeats busy polling" appear live as soon as the evidence is there (docs/findings/).

On a terminal a live dashboard (docs/dashboard.md) refreshes every --interval until --duration ends or you press q or Ctrl-C; then a final summary and the findings are printed. --no-tui shows a plain text screen instead. When stdout is not a terminal only the summary is printed. Ctrl-C, SIGTERM and the target exiting all detach cleanly and keep what was collected.

-o FILE (repeatable) writes a file when the session ends, also after Ctrl-C, SIGTERM or the target's exit, in the format its name ends in: .html an interactive flame graph (self-contained, opens offline), .folded or .collapsed folded stacks (FlameGraph, inferno, speedscope), .pb.gz or .pprof a pprof profile, .speedscope.json speedscope's format, .json the JSON report, .txt the text summary (docs/exports.md). --format names the format instead, once per -o in the same order.

It samples the stacks of the target's threads (99 Hz by default, user and kernel frames, named from kallsyms, symbol tables and DWARF, and for JavaScript from the perf map Node.js writes with --perf-basic-prof): the hottest functions show live, and -o writes a flame graph (.html, self-contained, opens offline), folded stacks, pprof or speedscope files when the session ends (docs/exports.md).

Needs root, or CAP_BPF and CAP_PERFMON (see \`stackprof check\`).`
  static examples = [
    {description: 'Watch a server until Ctrl-C', command: '<%= config.bin %> attach $(pgrep -n node)'},
    {description: 'Ten seconds, then a JSON report for scripts', command: '<%= config.bin %> attach 1234 --duration 10s --json > report.json'},
    {description: 'Refresh twice a second', command: '<%= config.bin %> attach 1234 --interval 500ms'},
    {description: 'Counts and errors only, for the lowest overhead on a busy production server', command: '<%= config.bin %> attach 1234 --no-latency'},
    {description: 'Thirty seconds, then a flame graph to open in a browser and a profile for `go tool pprof`', command: '<%= config.bin %> attach 1234 --duration 30s -o flame.html -o cpu.pb.gz'},
    {description: 'Folded stacks under a name without the extension', command: '<%= config.bin %> attach 1234 --duration 10s -o stacks.out --format folded'},
  ]
  static args = {pid: Args.string({description: 'process ID of the target (a thread ID selects its process)', required: true})}
  static flags = {
    interval: durationFlag({description: 'refresh interval: seconds (1) or with a unit (500ms, 2s) [default: 1s]'}),
    duration: durationFlag({description: 'stop after this long (10, 10s, 2m); default: until Ctrl-C'}),
    json: Flags.boolean({description: 'print one JSON report (docs/json-report.md) instead of text', default: false}),
    output: Flags.string({
      char: 'o',
      description: 'when the session ends, write FILE in the format its extension names: .html flame graph, .folded/.collapsed, .pb.gz/.pprof, .speedscope.json, .json report, .txt summary (docs/exports.md), .spr a recording for report/export/diff (docs/recording-format.md). Repeatable; never through a symlink',
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
    tui: Flags.boolean({
      description: 'on a terminal, the live dashboard (docs/dashboard.md). --no-tui redraws a plain text screen instead. NO_COLOR turns its colours off',
      default: true,
      allowNo: true,
    }),
    latency: Flags.boolean({
      description: 'time every syscall (latency histograms). --no-latency counts calls and errors only, exactly, at about half the overhead (docs/benchmarks.md)',
      default: true,
      allowNo: true,
    }),
    eventloop: Flags.boolean({
      description: 'watch epoll waits, socket I/O and busy polling (the eventloop probe). --no-eventloop leaves it out: syscall counts only, and no cost on read/write/epoll calls beyond the syscall probe',
      default: true,
      allowNo: true,
    }),
    sched: Flags.boolean({
      description: 'per thread: time on each CPU, context switches and who preempted, migrations, run-queue latency (the sched probe). --no-sched leaves it out: it runs on every context switch of the machine',
      default: true,
      allowNo: true,
    }),
    listeners: Flags.boolean({
      description: 'listening sockets: SO_REUSEPORT group and index, steering program, listen()/accept() threads (the listeners probe). --no-listeners leaves it out',
      default: true,
      allowNo: true,
    }),
    lkl: Flags.boolean({
      description: 'user-space network stacks: LKL\'s hijack library (by name or symbols), DPDK, preloaded libraries overriding libc socket calls; with LKL, uprobes count what it handled (the lkl probe, docs/probes/lkl.md). --no-lkl leaves it out',
      default: true,
      allowNo: true,
    }),
    'lkl-cpu-wait': Flags.boolean({
      description: 'with LKL: also time lkl_cpu_get, the wait for LKL\'s one CPU (the lock wait distribution, lkl-cpu-contention). --no-lkl-cpu-wait leaves it unprobed: two uprobe hits per LKL call instead of four, a 2× to 7× cut in the lkl probe\'s cost depending on how lkl_cpu_get was compiled (docs/probes/lkl.md)',
      default: true,
      allowNo: true,
    }),
    nodejs: Flags.boolean({
      description: 'a Node.js target: libuv\'s threadpool (queue wait, run time, busy share per worker), io_uring, event-loop stalls (the nodejs probe, docs/probes/nodejs.md). Nothing is attached to other processes. --no-nodejs leaves it out',
      default: true,
      allowNo: true,
    }),
    'stall-threshold': Flags.integer({
      description: 'nodejs probe: a main-thread tick at least this long (ms) between two epoll waits is an event-loop stall',
      min: 1,
      max: 3600000,
      default: 100,
    }),
    stacks: Flags.boolean({
      description: 'sample the stacks of the target\'s threads while they run on a CPU, user and kernel frames together, aggregated in the kernel (the stacks probe; docs/probes/stacks.md). --no-stacks leaves it out',
      default: true,
      allowNo: true,
    }),
    freq: Flags.integer({
      description: 'stack samples per second of CPU time, on every CPU (1..10000). 99 keeps clear of timer ticks; the cost grows with it',
      min: 1,
      max: 10000,
      default: 99,
    }),
    event: Flags.string({
      description: 'what paces the stack samples: cpu-clock (CPU time, works everywhere) or cycles (hardware CPU cycles; where there is no PMU, as in many VMs, it falls back to cpu-clock and says so)',
      options: ['cpu-clock', 'cycles'],
      default: 'cpu-clock',
    }),
    'off-cpu': Flags.boolean({
      description: 'also where threads wait: the stacks at which they leave the CPU and the time until they run again (a hook on every context switch of the machine). Exports show it as [off-cpu] stacks',
      default: false,
    }),
    variant: Flags.string({description: 'syscall probe program set', options: ['auto', 'tp_btf', 'tracepoint', 'count-only'], default: 'auto', hidden: true}),
  }

  async run(): Promise<void> {
    const {args, flags: parsed} = await this.parse(Attach)
    const flags = {...parsed, interval: parsed.interval ?? 1000}
    const pid = validatePid(args.pid)
    // Every output path is checked before anything attaches: a bad one costs nothing.
    const outputs = outputRequests(flags.output ?? [], flags.format ?? [])
    refuseProfilesWithoutStacks(outputs, flags.stacks)
    // Recordings (.spr) are written while the session runs, from the moment the probes are live.
    const recordings = new Recordings(outputs.filter((o) => o.format === 'recording').map((o) => o.path), {intervalMs: flags.interval, requestedDurationMs: flags.duration, command: 'attach'}).open()
    const tui = dashboardWanted(flags)
    const DashboardClass = tui ? (await import('../tui/dashboard.js')).Dashboard : undefined
    const live = Boolean(process.stdout.isTTY) && !flags.json && !tui
    let dashboard: Dashboard | undefined
    const startedAt = Date.now()
    try {
      const session = await collect(recordings.hook({
        pid,
        intervalMs: flags.interval,
        durationMs: flags.duration,
        ...probeOptions(flags),
        onAttached: (s) => {
          // stderr, so --json output stays clean; scripts can wait for this line.
          process.stderr.write(`attached to pid ${s.pid} (${s.comm}) in ${(Number(s.attachDurationNs) / 1e6).toFixed(0)} ms${flags.duration ? '' : '; Ctrl-C to stop'}\n`)
          // blessed reads keys in raw mode, so Ctrl-C and q arrive as keys: both stop the session as SIGINT does.
          if (DashboardClass) dashboard = new DashboardClass(s, {intervalMs: flags.interval, color: !process.env.NO_COLOR, requestStop: () => process.kill(process.pid, 'SIGINT')})
        },
        onSnapshot: (s) => {
          dashboard?.update(s)
          if (!live) return
          const rows = Math.max(10, (process.stdout.rows ?? 40) - 6)
          process.stdout.write(renderLiveScreen(s, {maxSyscallsPerThread: 8, maxThreads: Math.max(1, Math.floor(rows / 20))}, diagnose(s)))
        },
      }))
      recordings.finish(session)
      if (dashboard) {
        // A target that exited stays on screen until q (or until --duration ends); q and signals end at once.
        dashboard.ended(session)
        if (session.targetExited && !dashboard.quitting) {
          await dashboard.waitForQuit(flags.duration === undefined ? undefined : flags.duration - (Date.now() - startedAt))
        }
        dashboard.destroy()
        if (dashboard.failure) {
          // What was collected is still worth its files.
          writeExports(outputs, session, diagnose(session), {intervalMs: flags.interval, requestedDurationMs: flags.duration})
          throw dashboard.failure
        }
      }
      const findings = diagnose(session)
      if (flags.json) {
        process.stdout.write(stringifyExact(buildReport(session, findings, {intervalMs: flags.interval, requestedDurationMs: flags.duration})) + '\n')
      } else {
        if (live) process.stdout.write('\u001B[H\u001B[2J')
        process.stdout.write(renderSummary(session, findings))
      }
      // A file that could not be written (no stack profile, a write error) fails the command; the others are written.
      if (!writeExports(outputs, session, findings, {intervalMs: flags.interval, requestedDurationMs: flags.duration})) this.exit(1)
    } finally {
      // Errors from collect() (the loader failed mid-session) print after the terminal is back.
      dashboard?.destroy()
      recordings.close()
    }
  }
}
