import {Args, Flags} from '@oclif/core'
import {diagnose} from '../diagnose/engine.js'
import {BaseCommand} from '../lib/base-command.js'
import {recordingNotes} from '../recording/describe.js'
import {loadRecording} from '../recording/reader.js'
import {buildReport, stringifyExact} from '../report/json.js'
import {renderSummary} from '../render/text.js'

export default class Report extends BaseCommand {
  static summary = 'Print the report of a recording: the summary and findings `attach` prints when it ends, or its JSON report.'
  static description = `Reads a recording (\`stackprof record\`, or -o FILE.spr on attach and run) and prints what \`attach\` would have printed at the end of that session: every section of the summary and all findings, or with --json the JSON report (docs/json-report.md). The target need not exist any more, nor its binaries: the recording carries the names of its stack frames. It reads on any machine.

A recording cut short (stackprof killed, a crash, a full disk) is read up to its last complete record; stderr then says it is truncated and after how long. A file that is not a readable recording gives a one-line error and exit status 1.`
  static examples = [
    {description: 'The summary and findings', command: '<%= config.bin %> report session.spr'},
    {description: 'The JSON report, for scripts', command: '<%= config.bin %> report session.spr --json > report.json'},
  ]
  static args = {file: Args.string({description: 'the recording (FILE.spr)', required: true})}
  static flags = {
    json: Flags.boolean({description: 'print the JSON report (docs/json-report.md) instead of text', default: false}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Report)
    const loaded = loadRecording(args.file)
    process.stderr.write(recordingNotes(args.file, loaded))
    const findings = diagnose(loaded.session)
    if (flags.json) process.stdout.write(stringifyExact(buildReport(loaded.session, findings, loaded.meta)) + '\n')
    else process.stdout.write(renderSummary(loaded.session, findings))
  }
}
