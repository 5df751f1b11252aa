import {Args, Flags} from '@oclif/core'
import {collect, validatePid} from '../collector/collect.js'
import {diagnose, worstSeverity} from '../diagnose/engine.js'
import {severityRank} from '../diagnose/finding.js'
import {BaseCommand, durationFlag} from '../lib/base-command.js'
import {ExitCode} from '../lib/errors.js'
import {buildReport, stringifyExact} from '../report/json.js'
import {renderFindings} from '../render/text.js'

export default class Diagnose extends BaseCommand {
  static summary = 'Measure a process for a while and print only what looks wrong.'
  static description = `Runs the same probes as \`attach\` for --duration, then prints the findings: each with its evidence in numbers, what it means, what to change, and a page in docs/findings/.

Exit status: 0 when there is nothing of warning level or worse, 3 when there is (so a script can gate on it), 1 on errors, 2 on bad usage.`
  static examples = [
    {description: 'Ten seconds (the default)', command: '<%= config.bin %> diagnose 1234'},
    {description: 'Gate a deploy script', command: '<%= config.bin %> diagnose $(pgrep -n myserver) --duration 30s || echo "look at the findings"'},
    {description: 'Findings as JSON', command: '<%= config.bin %> diagnose 1234 --json'},
  ]
  static args = {pid: Args.string({description: 'process ID of the target', required: true})}
  static flags = {
    duration: durationFlag({description: 'how long to measure: seconds (10) or with a unit (30s, 2m) [default: 10s]'}),
    json: Flags.boolean({description: 'print the full JSON report (docs/json-report.md), findings included', default: false}),
  }

  async run(): Promise<void> {
    const {args, flags: parsed} = await this.parse(Diagnose)
    const flags = {...parsed, duration: parsed.duration ?? 10000}
    const pid = validatePid(args.pid)
    const interactive = Boolean(process.stderr.isTTY)
    const started = Date.now()
    const progress = interactive
      ? setInterval(() => process.stderr.write(`\rmeasuring pid ${pid}: ${((Date.now() - started) / 1000).toFixed(0)} of ${(flags.duration / 1000).toFixed(0)} s  (Ctrl-C ends early)`), 500)
      : undefined
    let session
    try {
      session = await collect({
        pid,
        intervalMs: 1000,
        durationMs: flags.duration,
        // Scripts (and tests) start load when this line appears.
        onAttached: (s) => process.stderr.write(`${interactive ? '\r\u001B[K' : ''}attached to pid ${s.pid} (${s.comm}) in ${(Number(s.attachDurationNs) / 1e6).toFixed(0)} ms\n`),
      })
    } finally {
      if (progress) {
        clearInterval(progress)
        process.stderr.write('\r\u001B[K')
      }
    }
    const findings = diagnose(session)
    if (flags.json) {
      process.stdout.write(stringifyExact(buildReport(session, findings, {intervalMs: 1000, requestedDurationMs: flags.duration})) + '\n')
    } else {
      const note = session.targetExited ? ` (the target exited after ${session.elapsedSeconds.toFixed(1)} s)` : ''
      process.stdout.write(`pid ${session.pid} (${session.comm}), measured ${session.elapsedSeconds.toFixed(1)} s${note}\n\n${renderFindings(findings)}\n`)
    }
    const worst = worstSeverity(findings)
    if (worst && severityRank[worst] >= severityRank.warning) this.exit(ExitCode.findings)
  }
}
