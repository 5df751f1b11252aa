import type {Session} from '../model/session.js'

export type Severity = 'info' | 'warning' | 'critical'

export const severityRank: Record<Severity, number> = {info: 0, warning: 1, critical: 2}

export interface Finding {
  rule: string
  severity: Severity
  title: string
  /** Numbers first: what was measured, so the user can check the claim. */
  evidence: string[]
  /** Machine-readable evidence, for --json consumers. */
  metrics: Record<string, number | string>
  meaning: string
  fix: string
  /** Path of the page that explains the rule, relative to the package root. */
  docs: string
  thread?: {tid: number; name: string}
}

export interface Rule {
  id: string
  title: string
  evaluate(session: Session): Finding[]
}
