// What `report` and `export` say about a recording on stderr, before its contents.
import type {LoadedRecording} from './reader.js'

/** "session.spr: recorded by stackprof 0.1.0 (record) on 6.18.0 x86_64, 2026-11-23T12:00:00.000Z, 30.0 s" and, when it applies, the truncation and warnings. */
export function recordingNotes(path: string, loaded: LoadedRecording): string {
  const {header, session} = loaded
  const lines = [`stackprof: ${path}: recorded by stackprof ${header.toolVersion}${header.command ? ` (${header.command})` : ''} on ${header.hostKernel || '?'} ${header.hostMachine || '?'}, ${header.createdAt.toISOString()}, ${session.elapsedSeconds.toFixed(1)} s`]
  if (loaded.truncation) lines.push(`stackprof: ${path}: ${loaded.truncation}; this is what it holds until then`)
  for (const w of loaded.warnings) lines.push(`stackprof: ${path}: ${w}`)
  return lines.join('\n') + '\n'
}
