import type {Session} from '../model/session.js'
import {severityRank, type Finding, type Rule} from './finding.js'
import {failingSyscalls} from './rules/failing-syscalls.js'
import {probeDataLost} from './rules/probe-data-lost.js'

/** Every rule stackprof knows; later probes add theirs here. */
export const rules: readonly Rule[] = [probeDataLost, failingSyscalls]

/** Findings of every rule, most severe first. */
export function diagnose(session: Session, ruleSet: readonly Rule[] = rules): Finding[] {
  return ruleSet
    .flatMap((rule) => rule.evaluate(session))
    .sort((a, b) => severityRank[b.severity] - severityRank[a.severity])
}

export function worstSeverity(findings: readonly Finding[]): Finding['severity'] | undefined {
  return findings.reduce<Finding['severity'] | undefined>(
    (worst, f) => (worst === undefined || severityRank[f.severity] > severityRank[worst] ? f.severity : worst),
    undefined,
  )
}
