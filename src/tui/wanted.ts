// Apart from the dashboard itself: commands decide whether they want it
// before loading blessed, which only the dashboard needs (about 0.1 s of
// start-up that --json, --no-tui and pipes should not pay).

/** On a terminal, unless --json or --no-tui; TERM=dumb cannot draw it. */
export function dashboardWanted(flags: {json: boolean; tui: boolean}): boolean {
  return Boolean(process.stdout.isTTY) && Boolean(process.stdin.isTTY) && !flags.json && flags.tui && process.env.TERM !== 'dumb'
}
