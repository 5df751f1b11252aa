import {Command, Errors, Flags} from '@oclif/core'
import {DurationError, parseDuration} from './duration.js'
import {ExitCode, UserError} from './errors.js'

/** `10` (seconds), `250ms`, `10s`, `2m`. */
export const durationFlag = Flags.custom<number>({
  parse: async (input) => {
    try {
      return parseDuration(input)
    } catch (error) {
      if (error instanceof DurationError) throw new Errors.CLIError(error.message)
      throw error
    }
  },
})

/**
 * Errors end as one line plus a hint, never a stack trace
 * (DEBUG=stackprof shows it for bug reports).
 */
export abstract class BaseCommand extends Command {
  protected async catch(error: Error & {exitCode?: number}): Promise<unknown> {
    if (error instanceof UserError) {
      process.stderr.write(`stackprof: ${error.message}\n`)
      if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`)
      if (process.env.DEBUG?.includes('stackprof')) process.stderr.write(`${error.stack}\n`)
      this.exit(error.exitCode)
    }
    // this.exit() and --help/--version travel as errors too.
    if (error instanceof Errors.ExitError || (error as {code?: string}).code === 'EEXIT') return super.catch(error)
    if (error instanceof Errors.CLIError) {
      // oclif's parse errors span several decorated lines; one is enough.
      // Its advice on repeatable flags ("Note: --output allows multiple values…") is noise after a missing argument.
      const lines = error.message.replace(/\s*See more help with --help\s*$/, '').split('\n').map((l) => l.trim())
      const kept = lines.filter((l, i) => l && !(i > 0 && /^(Note:|Alternatively,)/.test(l)))
      const text = kept.map((l, i) => (i === 0 ? l.replace(/:$/, '') : l)).join(': ').replace(/\s+/g, ' ').trim()
      process.stderr.write(`stackprof: ${text}\n  hint: see \`stackprof ${this.id ?? ''} --help\`\n`)
      this.exit(ExitCode.usage)
    }
    process.stderr.write(`stackprof: internal error: ${error.message}\n  hint: this is a bug; rerun with DEBUG=stackprof for the stack trace and report it\n`)
    if (process.env.DEBUG?.includes('stackprof')) process.stderr.write(`${error.stack}\n`)
    this.exit(1)
  }
}
