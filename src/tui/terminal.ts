// Giving the terminal back whatever ends the dashboard: a signal, an error
// nobody caught, or the process exiting. blessed restores the screen when it
// is destroyed; these handlers make sure that happens before anything else
// is printed, and that the error reads as one line, like every other error.

/**
 * Leave the alternate screen, show the cursor, reset attributes and mouse
 * modes, cooked input: for when blessed itself could not (it threw while
 * tearing down). Synchronous, so it also works from an 'exit' handler.
 */
export function restoreTerminal(): void {
  try {
    if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false)
  } catch {
    // stdin already closed: nothing to reset there.
  }
  if (process.stdout.isTTY) process.stdout.write('\u001B[?1000l\u001B[?1002l\u001B[?1003l\u001B[?1006l\u001B[0m\u001B[?1049l\u001B[?25h')
}

/**
 * Installs the handlers; returns their removal. `restore` gives the terminal
 * back; `quit` ends the dashboard as q would. SIGINT/SIGTERM/SIGHUP only ask
 * to quit: collect() has its own handlers for them while it runs and stops
 * the session cleanly; afterwards (target exited, waiting for q) ours are the
 * only ones, and without them the default action would kill the process with
 * the terminal still in the alternate screen.
 */
export function onTerminalTrouble(restore: () => void, quit: () => void): () => void {
  const onSignal = () => quit()
  const onFatal = (error: unknown) => {
    restore()
    const e = error instanceof Error ? error : new Error(String(error))
    process.stderr.write(`stackprof: internal error: ${e.message.split('\n')[0]}\n  hint: this is a bug; rerun with DEBUG=stackprof for the stack trace and report it\n`)
    if (process.env.DEBUG?.includes('stackprof')) process.stderr.write(`${e.stack}\n`)
    process.exit(1)
  }
  const onExit = () => restore()
  const handlers: [string, (...args: any[]) => void][] = [
    ['SIGINT', onSignal], ['SIGTERM', onSignal], ['SIGHUP', onSignal],
    ['uncaughtException', onFatal], ['unhandledRejection', onFatal], ['exit', onExit],
  ]
  for (const [event, handler] of handlers) process.on(event, handler)
  return () => {
    for (const [event, handler] of handlers) process.off(event, handler)
  }
}
