import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {errnoName} from '../syscalls/errno.js'
import {packageRoot} from '../lib/paths.js'
import {quantileAtMostNs, slotRange} from '../model/latency.js'
import type {Session} from '../model/session.js'
import type {Finding} from '../diagnose/finding.js'

/** Bumped on any incompatible change; documented in docs/json-report.md. */
export const REPORT_SCHEMA_VERSION = 1

export function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {version: string}).version
  } catch {
    return 'unknown'
  }
}

export interface ReportOptions {
  intervalMs: number
  requestedDurationMs?: number
}

/** The machine-readable report of `attach --json` and `diagnose --json`. Counts stay exact (bigint). */
export function buildReport(session: Session, findings: Finding[], options: ReportOptions) {
  const c = session.counters
  const timed = session.latencyMeasured
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: {name: 'stackprof', version: toolVersion()},
    target: {pid: session.pid, comm: session.comm, cmdline: session.cmdline, exited: session.targetExited},
    host: {kernel: session.kernel, machine: session.machine, cpus: session.ncpus},
    session: {
      startedAt: session.startedAt.toISOString(),
      durationNs: session.latest ? session.latest.monotonicNs - session.attachedNs : 0n,
      intervalMs: options.intervalMs,
      requestedDurationMs: options.requestedDurationMs ?? null,
      attachNs: session.attachDurationNs,
      endReason: session.endReason ?? null,
      latencyMeasured: session.latencyMeasured,
    },
    probes: session.probes,
    dropped: {
      statsMapFull: c.statsMapFull,
      startStoreFailed: c.startStoreFailed,
      errnoMapFull: c.errnoMapFull,
      threadMapFull: c.threadMapFull,
    },
    unmatchedExits: c.unmatchedExits,
    threads: session.threads().map((t) => ({
      tid: t.tid,
      name: t.name,
      exited: t.exited,
      syscalls: t.syscalls.map((s) => ({
        name: s.name,
        number: s.nr,
        count: s.count,
        errors: s.errors,
        errnos: Object.fromEntries([...s.errnos.entries()].map(([err, n]) => [errnoName(err), n])),
        totalNs: timed ? s.totalNs : null,
        maxNs: timed ? s.maxNs : null,
        p50NsAtMost: quantileAtMostNs(s.latencyLog2Ns, 0.5, s.maxNs),
        p99NsAtMost: quantileAtMostNs(s.latencyLog2Ns, 0.99, s.maxNs),
        latencyHistogram: s.latencyLog2Ns.flatMap((count, slot) =>
          count === 0n ? [] : [{...slotRange(slot, s.latencyLog2Ns.length), count}]),
      })),
    })),
    findings,
  }
}

/** JSON.stringify, but bigints are written as exact integer literals. */
export function stringifyExact(value: unknown, indent = 2): string {
  const marks: string[] = []
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') {
      marks.push(v.toString())
      return `\u0000big${marks.length - 1}\u0000`
    }
    return v
  }, indent)
  return text.replace(/"\\u0000big(\d+)\\u0000"/g, (_m, i: string) => marks[Number(i)])
}
