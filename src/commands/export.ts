import {Args, Flags} from '@oclif/core'
import {diagnose} from '../diagnose/engine.js'
import {FORMAT_NAMES, outputRequests, writeExports, type Format} from '../export/index.js'
import {BaseCommand} from '../lib/base-command.js'
import {UserError} from '../lib/errors.js'
import {recordingNotes} from '../recording/describe.js'
import {loadRecording} from '../recording/reader.js'

/** What export can write: everything -o writes, but a recording (that is the input). */
const EXPORT_FORMATS = FORMAT_NAMES.filter((f): f is Exclude<Format, 'recording'> => f !== 'recording')

export default class Export extends BaseCommand {
  static summary = 'Write flame graphs, profiles and reports from a recording.'
  static description = `Reads a recording (\`stackprof record\`, or -o FILE.spr on attach and run) and writes each -o FILE in the format its name ends in, as -o on \`attach\` does when a session ends: .html an interactive flame graph (self-contained, opens offline), .folded or .collapsed folded stacks, .pb.gz or .pprof a pprof profile, .speedscope.json speedscope's format, .json the JSON report, .txt the text summary (docs/exports.md). --format names the format instead, once per -o in the same order.

The target and its binaries need not exist: the recording carries the names of its stack frames.`
  static examples = [
    {description: 'A flame graph to open in a browser', command: '<%= config.bin %> export session.spr -o flame.html'},
    {description: 'A pprof profile and folded stacks', command: '<%= config.bin %> export session.spr -o cpu.pb.gz -o stacks.out --format pprof --format folded'},
  ]
  static args = {file: Args.string({description: 'the recording (FILE.spr)', required: true})}
  static flags = {
    output: Flags.string({
      char: 'o',
      description: 'write FILE in the format its extension names: .html flame graph, .folded/.collapsed, .pb.gz/.pprof, .speedscope.json, .json report, .txt summary (docs/exports.md). Repeatable; never through a symlink',
      multiple: true,
      multipleNonGreedy: true,
      required: true,
      helpValue: 'FILE',
    }),
    format: Flags.string({
      description: 'the format of the -o file at the same position, whatever its name. Repeatable: one per -o, in order',
      options: EXPORT_FORMATS,
      multiple: true,
      multipleNonGreedy: true,
    }),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Export)
    // Every output path is checked before the recording is read.
    const outputs = outputRequests(flags.output, flags.format ?? [])
    const copy = outputs.find((o) => o.format === 'recording')
    if (copy) throw new UserError(`${copy.path} names a recording, and export writes other formats`, `to keep a copy of the recording, copy ${args.file}; formats: ${EXPORT_FORMATS.join(', ')}`, 2)
    const loaded = loadRecording(args.file)
    process.stderr.write(recordingNotes(args.file, loaded))
    if (!writeExports(outputs, loaded.session, diagnose(loaded.session), loaded.meta)) this.exit(1)
  }
}
