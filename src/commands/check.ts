import {Flags} from '@oclif/core'
import {runCheck, type CheckReport} from '../collector/loader.js'
import {BaseCommand} from '../lib/base-command.js'
import {stackprof} from '../proto/stackprof.pb.js'

const Status = stackprof.v1.FeatureResult.Status

/** What each probed feature is for, what its absence costs, how to get it. Keyed by the loader's feature names. */
export const FEATURE_NOTES: Record<string, {usedFor: string; ifMissing: string; fix: string}> = {
  btf: {usedFor: 'CO-RE probes (one build for every kernel), tp_btf', ifMissing: 'the probes cannot be loaded', fix: 'use a kernel built with CONFIG_DEBUG_INFO_BTF=y (every major distribution ships one)'},
  tracefs: {usedFor: 'classic tracepoints (the fallback syscall probe)', ifMissing: 'only the fallback syscall probe is affected; tp_btf does not need tracefs', fix: 'mount -t tracefs nodev /sys/kernel/tracing (npm run setup does it)'},
  tracepoint: {usedFor: 'fallback syscall probe (raw_syscalls tracepoints)', ifMissing: 'no fallback when tp_btf is missing', fix: 'mount tracefs; CONFIG_FTRACE_SYSCALLS=y'},
  tp_btf: {usedFor: 'the fast syscall probe and the eventloop probe (BTF raw tracepoints)', ifMissing: 'syscalls are counted with the slower tracepoint probe; no event-loop or busy-poll view', fix: 'kernel 5.5+ with BTF'},
  raw_tp: {usedFor: 'raw tracepoints', ifMissing: 'nothing yet', fix: 'kernel 4.17+'},
  perf_event: {usedFor: 'stack sampling for flame graphs', ifMissing: 'no flame graphs; syscall counts still work', fix: 'CONFIG_PERF_EVENTS=y; in containers allow perf_event_open (seccomp) and CAP_PERFMON'},
  uprobe: {usedFor: 'user-space probes (LKL hijack, libuv threadpool)', ifMissing: 'user-space network stacks and libuv internals are not seen', fix: 'CONFIG_UPROBE_EVENTS=y'},
  iter: {usedFor: 'BPF iterators: busy-poll settings of sockets and epolls that existed before attach', ifMissing: 'settings made before attach are not seen (those made while attached still are)', fix: 'kernel 6.1+ (iterators restricted to one process)'},
  kprobe: {usedFor: 'optional extras only', ifMissing: 'nothing: stackprof needs no kprobes', fix: 'CONFIG_KPROBES=y (not required)'},
  fentry: {usedFor: 'optional extras only', ifMissing: 'nothing: stackprof needs no fentry', fix: 'CONFIG_DEBUG_INFO_BTF and BPF trampoline support (not required)'},
  task_storage: {usedFor: 'per-thread call state in the fast syscall probe and the eventloop probe', ifMissing: 'the slower tracepoint probe is used; no event-loop or busy-poll view', fix: 'kernel 5.11+'},
  ringbuf: {usedFor: 'event streams of later probes', ifMissing: 'perf buffers are used instead', fix: 'kernel 5.8+'},
}

function statusWord(status: number | null | undefined): string {
  switch (status) {
    case Status.AVAILABLE: return 'ok'
    case Status.MISSING: return 'missing'
    case Status.INCONCLUSIVE: return 'unknown'
    default: return '?'
  }
}

export function renderCheck(report: CheckReport): string {
  const privileged = report.root || report.capSysAdmin || (report.capBpf && report.capPerfmon)
  const lines = [
    `kernel ${report.kernelRelease} ${report.machine}`,
    `privileges: ${report.root ? 'root' : 'not root'}; CAP_BPF ${report.capBpf ? 'yes' : 'no'}, CAP_PERFMON ${report.capPerfmon ? 'yes' : 'no'}, CAP_SYS_ADMIN ${report.capSysAdmin ? 'yes' : 'no'}` +
      (privileged ? '' : '\n  -> stackprof needs CAP_BPF and CAP_PERFMON (or root): run with sudo, or `sudo setcap cap_bpf,cap_perfmon+ep native/build/stackprof-loader`'),
    '',
  ]
  for (const f of report.features ?? []) {
    const note = FEATURE_NOTES[f.name ?? '']
    const word = statusWord(f.status)
    lines.push(`${(f.name ?? '').padEnd(13)} ${word.padEnd(8)} ${note?.usedFor ?? ''}`)
    if (f.status !== Status.AVAILABLE) {
      if (f.detail) lines.push(`${''.padEnd(22)}why: ${f.detail}`)
      if (note) lines.push(`${''.padEnd(22)}cost: ${note.ifMissing}`, `${''.padEnd(22)}fix: ${note.fix}`)
    }
  }
  return lines.join('\n')
}

export function canCountSyscalls(report: CheckReport): boolean {
  const ok = (name: string) => report.features?.some((f) => f.name === name && f.status === Status.AVAILABLE)
  return Boolean(ok('btf') && ((ok('tp_btf') && ok('task_storage')) || ok('tracepoint')))
}

export default class Check extends BaseCommand {
  static summary = 'Tell what this machine allows: privileges, BTF, tracefs and each BPF attach type.'
  static description = `Decides by probing (loading and attaching a tiny program of each kind), never by kernel version. For each missing feature it says what stackprof loses and how to get it back.

Exit status 0 when syscall counting works here, 1 when it does not.`
  static examples = ['<%= config.bin %> check', '<%= config.bin %> check --json']
  static flags = {
    json: Flags.boolean({description: 'print the probe results as JSON', default: false}),
  }

  async run(): Promise<void> {
    const {flags} = await this.parse(Check)
    const report = await runCheck(false)
    const works = canCountSyscalls(report)
    if (flags.json) {
      const features = Object.fromEntries((report.features ?? []).map((f) => [f.name, {status: statusWord(f.status), detail: f.detail ?? ''}]))
      process.stdout.write(JSON.stringify({
        kernel: report.kernelRelease, machine: report.machine,
        privileges: {root: report.root ?? false, capBpf: report.capBpf ?? false, capPerfmon: report.capPerfmon ?? false, capSysAdmin: report.capSysAdmin ?? false},
        features, syscallCounting: works,
      }, null, 2) + '\n')
    } else {
      process.stdout.write(renderCheck(report) + '\n\n' + (works ? 'syscall counting: works here\n' : 'syscall counting: NOT possible here (see above)\n'))
    }
    if (!works) this.exit(1)
  }
}
