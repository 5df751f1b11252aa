/** An error the user can act on: printed as one line plus a hint, never with a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 1,
  ) {
    super(message)
    this.name = 'UserError'
  }
}

/** Exit statuses, documented in docs/commands.md. */
export const ExitCode = {
  ok: 0,
  error: 1,
  usage: 2,
  /** `diagnose` found something of warning level or worse. */
  findings: 3,
} as const
