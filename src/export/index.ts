import type {Finding} from '../diagnose/finding.js'
import {UserError} from '../lib/errors.js'
import {checkOutputPath, writeOutputFile} from '../lib/output-file.js'
import type {Session} from '../model/session.js'
import type {Profile} from '../model/stacks.js'
import {renderSummary} from '../render/text.js'
import {buildReport, stringifyExact, toolVersion, type ReportOptions} from '../report/json.js'
import {formatBytes} from './common.js'
import {renderFolded} from './folded.js'
import {renderHtml} from './html.js'
import {renderPprof} from './pprof.js'
import {renderSpeedscope} from './speedscope.js'
import {announceRecording} from '../recording/writer.js'

export type Format = 'html' | 'folded' | 'pprof' | 'speedscope' | 'json' | 'text' | 'recording'

/** What a session's exports need besides the session: the JSON report's options (interval, --duration, the recording it came from). */
export type ExportMeta = ReportOptions

interface RenderContext {
  session: Session
  findings: Finding[]
  meta: ExportMeta
  profile: Profile
  toolVersion: string
}

interface FormatSpec {
  /** Matched at the end of the file name, case-insensitively; the longest match wins (.speedscope.json over .json). */
  extensions: string[]
  /** "wrote <noun> to FILE" */
  noun: string
  /** Made from the stack profile: needs the stacks probe. */
  profile: boolean
  /** Written while the session runs (src/recording/writer.ts), not rendered at its end. */
  streamed?: boolean
  render(context: RenderContext): string | Uint8Array
}

/** Every format `-o FILE` can write. Recordings (a later issue) export through the same table. */
export const FORMATS: Record<Format, FormatSpec> = {
  html: {extensions: ['.html', '.htm'], noun: 'flame graph', profile: true, render: (c) => renderHtml(c.profile, {toolVersion: c.toolVersion})},
  folded: {extensions: ['.folded', '.collapsed'], noun: 'folded stacks', profile: true, render: (c) => renderFolded(c.profile)},
  pprof: {extensions: ['.pb.gz', '.pprof'], noun: 'pprof profile', profile: true, render: (c) => renderPprof(c.profile, {toolVersion: c.toolVersion})},
  speedscope: {extensions: ['.speedscope.json'], noun: 'speedscope profile', profile: true, render: (c) => renderSpeedscope(c.profile, {toolVersion: c.toolVersion})},
  json: {
    extensions: ['.json'], noun: 'JSON report', profile: false,
    render: (c) => stringifyExact(buildReport(c.session, c.findings, c.meta)) + '\n',
  },
  text: {extensions: ['.txt'], noun: 'text report', profile: false, render: (c) => renderSummary(c.session, c.findings)},
  recording: {
    extensions: ['.spr'], noun: 'recording', profile: false, streamed: true,
    render: () => {
      throw new Error('recordings are written while the session runs')
    },
  },
}

export const FORMAT_NAMES = Object.keys(FORMATS) as Format[]

export interface OutputRequest {
  path: string
  format: Format
}

/** "html (.html, .htm), folded (.folded, .collapsed), …" for help texts and errors. */
export function formatList(): string {
  return FORMAT_NAMES.map((f) => `${f} (${FORMATS[f].extensions.join(', ')})`).join(', ')
}

/** The format a file name asks for, by its extension; undefined when it names none. */
export function formatOfPath(path: string): Format | undefined {
  const name = path.toLowerCase()
  let best: {format: Format; length: number} | undefined
  for (const format of FORMAT_NAMES) {
    for (const ext of FORMATS[format].extensions) {
      if (name.endsWith(ext) && name.length > ext.length && ext.length > (best?.length ?? 0)) best = {format, length: ext.length}
    }
  }
  return best?.format
}

/**
 * The files `-o` asks for, each with its format: --format values pair with
 * -o values in order (all of them, or none: then each file's extension
 * names its format, and `fallback` serves names without a known one). Every
 * path is checked here, before any probe loads, so a bad one costs nothing.
 */
export function outputRequests(paths: string[], formats: string[] = [], options: {fallback?: Format} = {}): OutputRequest[] {
  if (formats.length > 0 && paths.length === 0) throw new UserError('--format needs an output file', 'give the file with -o FILE, e.g. -o profile.html', 2)
  if (formats.length > 0 && formats.length !== paths.length) {
    throw new UserError(`--format given ${formats.length} time${formats.length === 1 ? '' : 's'} for ${paths.length} output file${paths.length === 1 ? '' : 's'}`, 'give one --format per -o, in the same order, or none (each file\'s extension then names its format)', 2)
  }
  const requests = paths.map((path, i): OutputRequest => {
    const given = formats[i]
    if (given !== undefined) {
      if (!FORMAT_NAMES.includes(given as Format)) throw new UserError(`unknown format "${given}"`, `formats: ${FORMAT_NAMES.join(', ')}`, 2)
      return {path, format: given as Format}
    }
    const format = formatOfPath(path) ?? options.fallback
    if (!format) throw new UserError(`cannot tell which format to write to ${path} from its name`, `end it in ${FORMAT_NAMES.flatMap((f) => FORMATS[f].extensions).join(', ')}, or give --format (${FORMAT_NAMES.join(', ')})`, 2)
    return {path, format}
  })
  const seen = new Set<string>()
  for (const r of requests) {
    if (seen.has(r.path)) throw new UserError(`${r.path} is given twice as an output file`, undefined, 2)
    seen.add(r.path)
    checkOutputPath(r.path)
  }
  return requests
}

/** Before anything attaches: a flame graph or profile asked for with --no-stacks could never be written. */
export function refuseProfilesWithoutStacks(requests: OutputRequest[], stacks: boolean): void {
  if (stacks) return
  const needs = requests.filter((r) => FORMATS[r.format].profile)
  if (needs.length === 0) return
  const what = needs.map((r) => `${r.path} (${FORMATS[r.format].noun})`).join(', ')
  throw new UserError(`--no-stacks leaves out the sampled stacks that ${what} ${needs.length === 1 ? 'is' : 'are'} made of`, 'drop --no-stacks, or ask for a report instead (-o report.json, -o report.txt, -o session.spr)', 2)
}

/** Why a session has no stack profile, for the error that names the file not written. */
export function whyNoProfile(session: Session): {reason: string; hint: string} {
  const probe = session.probes.find((p) => p.name === 'stacks')
  if (!probe) return {reason: 'the stacks probe did not run', hint: 'leave out --no-stacks to sample stacks'}
  if (!probe.attached) return {reason: `the stacks probe failed to attach${probe.error ? `: ${probe.error}` : ''}`, hint: 'see `stackprof check` for what this machine allows'}
  return {reason: 'the stacks probe sent no data before the session ended', hint: 'profile for longer (--duration)'}
}

/**
 * Writes each requested file (never through a symlink: writeOutputFile) and
 * says so on stderr: "stackprof: wrote flame graph to x.html (123 KB)". A
 * file that cannot be written (no stack profile, a write error) is reported
 * and the others are still written; the result is false then, and the
 * command should exit non-zero.
 */
export function writeExports(requests: OutputRequest[], session: Session, findings: Finding[], meta: ExportMeta): boolean {
  let ok = true
  const profile = session.stacks
  const version = toolVersion()
  for (const {path, format} of requests) {
    const spec = FORMATS[format]
    if (spec.streamed) {
      ok = announceRecording(path) && ok
      continue
    }
    try {
      if (spec.profile && !profile) {
        const {reason, hint} = whyNoProfile(session)
        throw new UserError(`did not write ${spec.noun} ${path}: no stack profile: ${reason}`, hint)
      }
      const content = spec.render({session, findings, meta, profile: profile!, toolVersion: version})
      writeOutputFile(path, content)
      const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length
      process.stderr.write(`stackprof: wrote ${spec.noun} to ${path} (${formatBytes(bytes)})\n`)
    } catch (error) {
      ok = false
      if (error instanceof UserError) {
        process.stderr.write(`stackprof: ${error.message}\n`)
        if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`)
      } else {
        process.stderr.write(`stackprof: did not write ${spec.noun} ${path}: internal error: ${(error as Error).message}\n  hint: this is a bug; rerun with DEBUG=stackprof for the stack trace and report it\n`)
        if (process.env.DEBUG?.includes('stackprof')) process.stderr.write(`${(error as Error).stack}\n`)
      }
    }
  }
  return ok
}
