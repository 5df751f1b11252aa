import {Args, Flags} from '@oclif/core'
import {diffSessions, type SessionDiff} from '../diff/diff.js'
import {foldedDiff, renderDiffHtml} from '../diff/flame-diff.js'
import {diffReport, renderDiff} from '../diff/render.js'
import {formatBytes} from '../export/common.js'
import {BaseCommand} from '../lib/base-command.js'
import {UserError} from '../lib/errors.js'
import {checkOutputPath, writeOutputFile} from '../lib/output-file.js'
import type {Session} from '../model/session.js'
import {loadRecording, type LoadedRecording} from '../recording/reader.js'
import {stringifyExact, toolVersion} from '../report/json.js'

type DiffFormat = 'html' | 'folded' | 'json' | 'text'

const EXTENSIONS: [string, DiffFormat][] = [['.html', 'html'], ['.htm', 'html'], ['.folded', 'folded'], ['.collapsed', 'folded'], ['.json', 'json'], ['.txt', 'text']]
const NOUNS: Record<DiffFormat, string> = {html: 'differential flame graph', folded: 'folded diff', json: 'JSON diff', text: 'text diff'}

function formatOf(path: string): DiffFormat {
  const name = path.toLowerCase()
  const hit = EXTENSIONS.find(([ext]) => name.endsWith(ext) && name.length > ext.length)
  if (!hit) throw new UserError(`cannot tell which format to write to ${path} from its name`, `end it in ${EXTENSIONS.map(([e]) => e).join(', ')}`, 2)
  return hit[1]
}

export default class Diff extends BaseCommand {
  static summary = 'Compare two recordings: what changed between before and after.'
  static description = `Reads two recordings (\`stackprof record\`, or attach/run with -o x.spr) and prints what changed: syscall rates for the whole process and per thread (threads paired by name, then by tid), context switches and migrations, epoll timeout spreads, the listening sockets' locality, findings that appeared or disappeared, and the functions whose share of the CPU samples grew or shrank most. Rates are per second of each recording, shares are of each recording's samples: recordings of different lengths compare fairly. What one recording lacks (a probe that did not run) is said, not guessed. See docs/diff.md.

-o writes, by extension: .html a differential flame graph (red: share grew, blue: shrank), .folded/.collapsed the two-column folded file of FlameGraph's difffolded.pl (flamegraph.pl draws it), .json the JSON diff, .txt the text.`
  static examples = [
    {description: 'What changed', command: '<%= config.bin %> diff before.spr after.spr'},
    {description: 'Machine-readable', command: '<%= config.bin %> diff before.spr after.spr --json'},
    {description: 'A differential flame graph', command: '<%= config.bin %> diff before.spr after.spr -o diff.html'},
    {description: 'For FlameGraph', command: '<%= config.bin %> diff before.spr after.spr -o diff.folded && flamegraph.pl diff.folded > diff.svg'},
  ]
  static args = {
    before: Args.string({description: 'the recording before the change', required: true}),
    after: Args.string({description: 'the recording after the change', required: true}),
  }
  static flags = {
    json: Flags.boolean({description: 'print the diff as JSON (docs/diff.md) instead of text', default: false}),
    output: Flags.string({char: 'o', description: 'write a file, format by extension: .html, .folded/.collapsed, .json, .txt (repeatable)', multiple: true, helpValue: 'FILE'}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Diff)
    const outputs = (flags.output ?? []).map((path) => ({path, format: formatOf(path)}))
    const seen = new Set<string>()
    for (const o of outputs) {
      if (seen.has(o.path)) throw new UserError(`${o.path} is given twice as an output file`, undefined, 2)
      seen.add(o.path)
      checkOutputPath(o.path)
    }
    const before = load(args.before)
    const after = load(args.after)
    const diff = diffSessions(before.session, after.session, {beforeLabel: args.before, afterLabel: args.after})
    for (const [label, r] of [[args.before, before], [args.after, after]] as const) {
      if (r.truncated) diff.notes.push(`${label} is truncated (${r.truncation ?? 'it ends before its last record'}): compared as far as it goes`)
    }
    const flame = outputs.find((o) => o.format === 'html' || o.format === 'folded')
    if (flame && !diff.stacks.available) {
      throw new UserError(`cannot write the ${NOUNS[flame.format]} ${flame.path}: no stack profiles to compare: ${diff.stacks.reason}`, 'record both sides with the stacks probe (leave out --no-stacks)')
    }
    const version = toolVersion()
    for (const {path, format} of outputs) {
      const {content, note} = render(format, diff, before.session, after.session, {beforeLabel: args.before, afterLabel: args.after, toolVersion: version})
      writeOutputFile(path, content)
      process.stderr.write(`stackprof: wrote ${NOUNS[format]} to ${path} (${formatBytes(Buffer.byteLength(content))})\n`)
      if (note) process.stderr.write(`  ${note}\n`)
    }
    process.stdout.write(flags.json ? stringifyExact(diffReport(diff)) + '\n' : renderDiff(diff))
  }
}

function load(path: string): LoadedRecording {
  const r = loadRecording(path)
  for (const w of r.warnings) process.stderr.write(`stackprof: ${path}: ${w}\n`)
  return r
}

function render(format: DiffFormat, diff: SessionDiff, before: Session, after: Session, options: {beforeLabel: string; afterLabel: string; toolVersion: string}): {content: string; note?: string} {
  if (format === 'json') return {content: stringifyExact(diffReport(diff)) + '\n'}
  if (format === 'text') return {content: renderDiff(diff)}
  if (format === 'html') return {content: renderDiffHtml(before.stacks!, after.stacks!, options)}
  const f = foldedDiff(before.stacks!, after.stacks!)
  return {
    content: f.lines.length > 0 ? f.lines.join('\n') + '\n' : '',
    note: f.scale !== 1 ? `before counts scaled ×${f.scale.toPrecision(3)} to the after side's ${f.afterTotal} samples (as difffolded.pl -n): colours show shares, not lengths` : undefined,
  }
}
