// A real terminal for tests: runs a command in a detached tmux session of a
// given size, reads the screen (capture-pane), types keys (send-keys),
// resizes it, and reads what the program left behind: alternate screen,
// cursor visibility, exit status. Every tmux call goes through execFileSync /
// spawnSync with an argument array (no shell), and every session runs on its
// own tmux server (`tmux -L <unique name>`) so tests never see each other's
// panes or a user's tmux.
//
// Why the command runs under a small "pane runner" (this file, run as a
// script) instead of directly as the pane's process: with tmux 3.3a and
// `remain-on-exit on`, the moment tmux sees the command die it
//   - may drop output the command wrote just before exiting (the final
//     summary!) when SIGCHLD is handled before the pty is drained,
//   - clears the cursor flag of the dead pane when it draws "Pane is dead",
//     so #{cursor_flag} no longer says what the program left, and
//   - now and then misses the SIGCHLD, leaving #{pane_dead_status} empty.
// The runner starts the command on the same terminal (stdio inherited: same
// pty, same foreground process group, so SIGWINCH and Ctrl-C reach it as they
// would from a shell), and when it exits records the status in the pane
// option @exit_status and stays alive without touching the terminal. The
// screen and its modes are then exactly what the command left. remain-on-exit
// stays on as a safety net: if the runner itself dies, the pane and its last
// screen remain for the failure message.
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, unlinkSync} from 'node:fs'
import {constants as osConstants} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const TMUX = 'tmux'
const self = fileURLToPath(import.meta.url)
/** The repository root (this file runs from dist/test/integration/). Not from helpers.js: the runner should start light. */
const root = join(dirname(self), '..', '..', '..')

/** undefined when tmux can run here; otherwise why the terminal tests are skipped. */
export function tmuxUnavailable(): string | undefined {
  const r = spawnSync(TMUX, ['-V'], {encoding: 'utf8'})
  if (r.error || r.status !== 0) return `tmux is not installed (apt-get install tmux, or bash scripts/setup.sh --test): ${r.error?.message ?? r.stderr}`
  return undefined
}

export interface TerminalState {
  /** The program left the alternate screen on (a full-screen UI that did not restore the terminal). */
  alternateOn: boolean
  /** The cursor is visible (DECTCEM). */
  cursorVisible: boolean
  /** The pane's process is gone: the runner died, which it only does when killed. */
  paneDead: boolean
  /** The command's exit status once it exited by itself (128 + n when killed by signal n); null while it runs. */
  exitStatus: number | null
  /** The signal that killed the command, if one did. */
  exitSignal: string | null
  width: number
  height: number
}

export interface StartOptions {
  cols: number
  rows: number
  /** argv of the command; run directly, never through a shell. */
  command: string[]
  /** Added to (or, when undefined, removed from) this process's environment. */
  env?: Record<string, string | undefined>
  /** Default: the repository root. */
  cwd?: string
}

let sessions = 0

/** A live tmux pane running one command. Always call kill() (in a finally). */
export class TmuxPane {
  /** tmux socket name (-L) and session name: unique per pane. */
  readonly name: string
  private socketPath = ''
  private runnerPid = 0

  private constructor(name: string) {
    this.name = name
  }

  static start(options: StartOptions): TmuxPane {
    if (options.command.length === 0) throw new Error('TmuxPane.start: empty command')
    const pane = new TmuxPane(`stackprof-test-${process.pid}-${++sessions}-${Date.now().toString(36)}`)
    const env: NodeJS.ProcessEnv = {...process.env}
    // Not nested in a user's tmux; no inherited size overriding the pty's.
    for (const key of ['TMUX', 'TMUX_PANE', 'COLUMNS', 'LINES']) delete env[key]
    // A UTF-8 terminal, as users have: without a UTF-8 locale (a bare root shell,
    // a CI runner) tmux stores every non-ASCII character as '_'. C.UTF-8 is built
    // into Debian's glibc, no locales package needed.
    if (!/utf-?8/i.test(env.LC_ALL || env.LC_CTYPE || env.LANG || '')) {
      delete env.LC_ALL
      delete env.LC_CTYPE
      env.LANG = 'C.UTF-8'
    }
    for (const [key, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[key]
      else env[key] = value
    }
    // One tmux invocation, commands separated by ';' arguments, so the
    // options are set before the session (and its command) exists. A fresh
    // server copies this client's environment: that is the command's env.
    // -f /dev/null: no user config. status off: the pane is the whole cols×rows.
    const args = [
      '-f', '/dev/null',
      'set-option', '-g', 'remain-on-exit', 'on', ';',
      'set-option', '-g', 'status', 'off', ';',
      'set-option', '-g', 'history-limit', '20000', ';',
      'new-session', '-d', '-s', pane.name, '-x', String(options.cols), '-y', String(options.rows), '-c', options.cwd ?? root,
      // Two or more arguments: tmux execs them directly (one would go to sh -c).
      process.execPath, self, '--pane-runner', '--', ...options.command,
    ]
    const r = spawnSync(TMUX, ['-L', pane.name, ...args], {env, encoding: 'utf8', timeout: 10_000})
    if (r.status !== 0) throw new Error(`tmux new-session failed (status ${r.status}): ${r.stderr || r.error?.message}`)
    try {
      pane.socketPath = pane.format('#{socket_path}')
      pane.runnerPid = Number(pane.format('#{pane_pid}'))
    } catch (error) {
      pane.kill()
      throw error
    }
    return pane
  }

  /** Runs one tmux command on this pane's server; returns its stdout. */
  tmux(args: string[]): string {
    return execFileSync(TMUX, ['-L', this.name, ...args], {encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe']})
  }

  /** A tmux format (#{...}) expanded for this pane. */
  format(fmt: string): string {
    return this.tmux(['display-message', '-p', '-t', this.name, fmt]).replace(/\n$/, '')
  }

  /** The visible screen as text, one line per row (trailing blanks trimmed by tmux). */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-t', this.name])
  }

  /** The visible screen with its escape sequences (colours, bold), for NO_COLOR checks. */
  screenWithEscapes(): string {
    return this.tmux(['capture-pane', '-p', '-e', '-t', this.name])
  }

  /** Scrollback plus the visible normal screen, wrapped lines joined: what a user scrolls back through. */
  history(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-E', '-', '-t', this.name])
  }

  /** Types keys: tmux key names ('q', 'Escape', 'C-c', 'Enter', '?'). */
  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys])
  }

  resize(cols: number, rows: number): void {
    this.tmux(['resize-window', '-t', this.name, '-x', String(cols), '-y', String(rows)])
  }

  /** pid of the command (not of the runner), once it started. */
  commandPid(): number | null {
    const v = this.format('#{@command_pid}')
    return v ? Number(v) : null
  }

  state(): TerminalState {
    const [alt, cursor, dead, status, signal, width, height] = this.format(
      '#{alternate_on}|#{cursor_flag}|#{pane_dead}|#{@exit_status}|#{@exit_signal}|#{pane_width}|#{pane_height}',
    ).split('|')
    return {
      alternateOn: alt === '1', cursorVisible: cursor === '1', paneDead: dead === '1',
      exitStatus: status === '' ? null : Number(status), exitSignal: signal || null,
      width: Number(width), height: Number(height),
    }
  }

  /** Polls the screen until `re` matches; the error shows the last screen. */
  async waitForScreen(re: RegExp, timeoutMs = 15_000, what: () => string = () => this.screen()): Promise<RegExpMatchArray> {
    const end = Date.now() + timeoutMs
    let last = ''
    for (;;) {
      last = what()
      const m = re.exec(last)
      if (m) return m
      const st = this.state()
      if (st.paneDead || Date.now() > end) {
        throw new Error(`${st.paneDead ? 'the pane died' : `timed out after ${timeoutMs} ms`} waiting for ${re} on the screen ` +
          `(exit status ${st.exitStatus}); screen:\n${last}`)
      }
      await sleep(100)
    }
  }

  /** Waits for the command to exit; returns the terminal state it left. */
  async waitForExit(timeoutMs = 30_000): Promise<TerminalState> {
    const end = Date.now() + timeoutMs
    for (;;) {
      const st = this.state()
      if (st.exitStatus !== null || st.paneDead) return st
      if (Date.now() > end) throw new Error(`the command did not exit within ${timeoutMs} ms; screen:\n${this.screen()}`)
      await sleep(100)
    }
  }

  /**
   * Kills the tmux server (and with it the session: the pty hangs up, the
   * command gets SIGHUP), waits for the command to be gone (SIGKILL after
   * 15 s) so the next test starts without its BPF programs, and removes the
   * socket. Safe to call more than once.
   */
  async kill(): Promise<void> {
    let commandPid: number | null = null
    try {
      commandPid = this.commandPid()
    } catch {
      // The server is already gone.
    }
    spawnSync(TMUX, ['-L', this.name, 'kill-server'], {stdio: 'ignore', timeout: 10_000})
    for (const pid of [commandPid, this.runnerPid]) {
      if (!pid) continue
      const end = Date.now() + 15_000
      while (alive(pid) && Date.now() < end) await sleep(50)
      if (alive(pid)) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // Exited in between.
        }
      }
    }
    if (this.socketPath && existsSync(this.socketPath)) {
      try {
        unlinkSync(this.socketPath)
      } catch {
        // Another cleanup got there first.
      }
    }
  }
}

/** True while pid exists and is not a zombie. */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]
    return state !== 'Z' && state !== 'X'
  } catch {
    return false
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Screen text without box-drawing characters, whitespace collapsed: for text
 * that a box wraps over several lines ("not available yet" split by the
 * border of an overlay).
 */
export function flat(screenText: string): string {
  return screenText.replace(/[│─┌┐└┘├┤┬┴┼]/g, ' ').replace(/\s+/g, ' ')
}

// ---- The pane runner (this file run as a script inside the pane) ----

function paneRunner(command: string[]): void {
  const setOption = (name: string, value: string) => {
    // $TMUX and $TMUX_PANE, set by tmux for the pane, lead this client to the right server and pane.
    spawnSync(TMUX, ['set-option', '-p', '-t', process.env.TMUX_PANE ?? '', name, value], {stdio: 'ignore'})
  }
  const child = spawn(command[0], command.slice(1), {stdio: 'inherit'})
  // Ctrl-C and Ctrl-\ on a cooked terminal signal the whole foreground group:
  // they are for the command, the runner must outlive it.
  process.on('SIGINT', () => {})
  process.on('SIGQUIT', () => {})
  // The session was killed (pty hung up) or someone asked the runner to stop: pass it on, then go.
  for (const sig of ['SIGHUP', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(sig)
      setTimeout(() => process.exit(0), 100)
    })
  }
  child.on('spawn', () => setOption('@command_pid', String(child.pid)))
  child.on('error', (error) => {
    process.stderr.write(`pane runner: cannot start ${command[0]}: ${error.message}\n`)
    setOption('@exit_status', '127')
  })
  child.on('exit', (code, signal) => {
    const signalNumber = signal ? (osConstants.signals as Record<string, number>)[signal] ?? 0 : 0
    if (signal) setOption('@exit_signal', signal)
    setOption('@exit_status', String(code ?? 128 + signalNumber))
    // Stay, silently: the screen keeps what the command left until the test kills the session.
    setInterval(() => {}, 1 << 30)
  })
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url && process.argv[2] === '--pane-runner') {
  const at = process.argv.indexOf('--')
  paneRunner(process.argv.slice(at + 1))
}
