// The live dashboard of `stackprof attach` and `stackprof run` on a terminal: blessed draws the
// panels that views.ts computes from the Session in memory. It redraws once per
// snapshot, on resize and on keys, never by itself, and whatever ends the
// process gives the terminal back (terminal.ts).
import blessed from 'blessed'
import type {Widgets as ContribWidgets} from 'blessed-contrib'
import contribLine from 'blessed-contrib/lib/widget/charts/line.js'
import {diagnose} from '../diagnose/engine.js'
import type {Finding} from '../diagnose/finding.js'
import type {Session} from '../model/session.js'
import {renderHtml} from '../export/html.js'
import {writeOutputFile} from '../lib/output-file.js'
import {formatBytes} from '../export/common.js'
import {toolVersion} from '../report/json.js'
import {onTerminalTrouble, restoreTerminal} from './terminal.js'
import {
  chartView, cpuGridPanel, eventLoopPanel, findingsPanel, findingText, footerText, headerView, HELP_TEXT,
  initialUiState, layout, nextInterrupt, nextSort, nextThread, outputPanel, recordRefresh, RUN_HELP_TEXT, runtimeFound, runtimePanel, socketsPanel, stacksPanel,
  syscallsPanel,
  type CommandState, type Layout, type Line, type OutputRing, type PanelName, type PanelView, type Rect, type Tone, type UiState,
} from './views.js'

export interface DashboardOptions {
  intervalMs: number
  /** False with NO_COLOR: bold and inverse only. */
  color: boolean
  /** q or Ctrl-C while the session is collecting: end it cleanly (collect() then returns). */
  requestStop(): void
  /**
   * stackprof run: the command's output for its panel, and how q and Ctrl-C
   * reach it. In raw mode the terminal sends no SIGINT, so while the command
   * runs each press sends it the next of SIGINT, SIGTERM, SIGKILL instead of
   * stopping the session, which ends when the command exits.
   */
  command?: {output: OutputRing; signal(signal: 'SIGINT' | 'SIGTERM' | 'SIGKILL'): boolean}
}

const TONE_TAG: Record<Tone, string> = {normal: '', heading: 'bold', bad: 'red-fg', warn: 'yellow-fg', good: 'green-fg', dim: 'gray-fg'}
/**
 * The line chart's colours (drawille's eight names; 'normal' is the terminal's
 * default, which is all NO_COLOR leaves). The axis in the default colour, not
 * contrib's black, which vanishes on a dark terminal.
 */
const CHART_STYLE = {line: 'cyan', text: 'normal', baseline: 'normal'}
const CHART_STYLE_NO_COLOR = {line: 'normal', text: 'normal', baseline: 'normal'}
const PANELS: PanelName[] = ['syscalls', 'chart', 'cpus', 'eventloop', 'runtime', 'sockets', 'stacks', 'findings', 'output']

export class Dashboard {
  private readonly screen: blessed.Widgets.Screen
  private readonly header: blessed.Widgets.BoxElement
  private readonly footer: blessed.Widgets.BoxElement
  private readonly boxes = new Map<PanelName, blessed.Widgets.BoxElement>()
  private readonly overlay: blessed.Widgets.BoxElement
  /** The syscalls/s line below the chart panel's title, and the rectangle it was made for (contrib sizes its canvas once). */
  private chart?: {widget: ContribWidgets.LineElement; rect: Rect}
  private readonly ui: UiState = initialUiState()
  private findings: Finding[] = []
  private current: Layout
  private collecting = true
  private quitRequested = false
  private resolveQuit?: () => void
  private destroyed = false
  private readonly removeTroubleHandlers: () => void
  /** stackprof run: the signals q sent the command and its exit status (undefined for attach). */
  private readonly commandState?: CommandState
  /** The first error of a redraw: the session is stopped and the command reports it once the terminal is back. */
  failure?: Error

  constructor(private session: Session, private readonly options: DashboardOptions) {
    if (options.command) this.commandState = {signalsSent: [], exitStatus: null}
    this.screen = blessed.screen({smartCSR: true, title: `stackprof ${session.pid}`, autoPadding: false, warnings: false, dockBorders: false})
    // In a UTF-8 locale draw ·, ≤, → as themselves: blessed would send the ones with a line-drawing
    // equivalent as ACS, which terminals show but tmux stores (and copies, and captures) as ~ and y.
    const tput = (this.screen.program as unknown as {tput: unknown}).tput as {unicode: boolean; brokenACS: boolean}
    if (tput.unicode) tput.brokenACS = true
    // Any way out of the process restores the terminal first.
    this.removeTroubleHandlers = onTerminalTrouble(() => this.destroy(), () => this.signalled())
    const box = () => blessed.box({parent: this.screen, tags: true, wrap: false, scrollable: false, style: {}})
    this.header = box()
    this.footer = box()
    for (const name of PANELS) this.boxes.set(name, box())
    this.overlay = blessed.box({
      parent: this.screen, tags: true, hidden: true, border: {type: 'line'}, top: 'center', left: 'center', width: '90%', height: '80%',
      scrollable: true, alwaysScroll: true, padding: {left: 1, right: 1},
    })
    this.current = this.layoutNow()
    this.bindKeys()
    this.screen.on('resize', () => this.redraw())
    this.redraw()
  }

  /** A new snapshot is in the Session (collect's onSnapshot). */
  update(session: Session): void {
    this.session = session
    recordRefresh(this.ui, session)
    this.findings = diagnose(session)
    this.ui.selectedFinding = Math.min(this.ui.selectedFinding, Math.max(0, this.findings.length - 1))
    if (!this.ui.paused) this.redraw()
  }

  /** collect() returned: the final totals are in; nothing will arrive any more. */
  ended(session: Session): void {
    this.collecting = false
    this.session = session
    this.findings = diagnose(session)
    this.redraw()
  }

  /** stackprof run: the command exited with this status (128+N for signal N); from now on q quits. */
  commandExited(status: number): void {
    if (!this.commandState) return
    this.commandState.exitStatus = status
    this.redraw()
  }

  /** q was pressed (or a signal asked to end) before the session ended. */
  get quitting(): boolean {
    return this.quitRequested
  }

  /** Resolves on q, Ctrl-C, SIGTERM, SIGHUP, or after `timeoutMs`. */
  waitForQuit(timeoutMs?: number): Promise<void> {
    if (this.quitRequested || this.destroyed) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => resolve(), Math.max(0, timeoutMs))
      this.resolveQuit = () => {
        if (timer) clearTimeout(timer)
        resolve()
      }
    })
  }

  /** Give the terminal back: normal screen, cursor, cooked mode. Safe to call more than once. */
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.removeTroubleHandlers()
    try {
      this.screen.destroy()
    } catch {
      restoreTerminal()
    }
  }

  private quit(): void {
    const command = this.commandState
    if (command && command.exitStatus === null && this.collecting && !this.failure) {
      // The command decides when the session ends: interrupt it as Ctrl-C on a cooked terminal would, harder each time.
      const signal = nextInterrupt(command.signalsSent.length)
      if (this.options.command!.signal(signal)) {
        command.signalsSent.push(signal)
        this.redraw()
        return
      }
      // Gone before collect() noticed: this q quits, as it would a moment later.
    }
    if (this.quitRequested) {
      // A second Ctrl-C while the loader is still detaching: let collect() stop waiting for it.
      if (this.collecting) this.options.requestStop()
      return
    }
    this.quitRequested = true
    if (this.collecting) this.options.requestStop()
    this.resolveQuit?.()
  }

  /** SIGINT/SIGTERM/SIGHUP: collect() stops the session itself while it runs; afterwards this ends the wait for q. */
  private signalled(): void {
    this.quitRequested = true
    this.resolveQuit?.()
  }

  /**
   * f: everything sampled so far as a self-contained HTML flame graph in the
   * current directory; returns what to tell the user. Sampling goes on.
   */
  private writeFlameGraph(): string {
    const profile = this.session.stacks
    if (!profile) {
      const probe = this.session.probes.find((p) => p.name === 'stacks')
      return `No flame graph: stack sampling ${probe ? `did not attach (${probe.error || 'unknown reason'})` : 'is off (--no-stacks)'}.`
    }
    const samples = profile.samples.reduce((a, s) => a + s.samples, 0)
    if (samples === 0) return 'No flame graph yet: no samples so far (the target has not been on a CPU at a sampling tick).'
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
    const path = `stackprof-${this.session.pid}-${stamp}.html`
    try {
      const html = renderHtml(profile, {toolVersion: toolVersion()})
      writeOutputFile(path, html)
      return `Flame graph of ${samples.toLocaleString('en-US')} samples written to ${process.cwd()}/${path} (${formatBytes(Buffer.byteLength(html))}).\nOpen it in a browser: it works offline; search, click to zoom, choose a thread.`
    } catch (error) {
      return `Could not write the flame graph: ${(error as Error).message}`
    }
  }

  private bindKeys(): void {
    const on = (keys: string[], action: () => void) => this.screen.key(keys, () => {
      action()
      this.redraw()
    })
    this.screen.key(['q', 'C-c'], () => this.quit())
    on(['p'], () => (this.ui.paused = !this.ui.paused))
    on(['t'], () => (this.ui.threadTid = nextThread(this.session, this.ui.threadTid)))
    on(['s'], () => (this.ui.sort = nextSort(this.ui.sort)))
    on(['f'], () => (this.ui.overlay = {kind: 'flame', message: this.writeFlameGraph()}))
    on(['?'], () => (this.ui.overlay = this.ui.overlay.kind === 'help' ? {kind: 'none'} : {kind: 'help'}))
    on(['escape'], () => (this.ui.overlay = {kind: 'none'}))
    // With a box open the arrows scroll it; otherwise they select a finding.
    on(['up', 'k'], () => {
      if (this.ui.overlay.kind !== 'none') this.overlay.scroll(-1)
      else this.ui.selectedFinding = Math.max(0, this.ui.selectedFinding - 1)
    })
    on(['down', 'j'], () => {
      if (this.ui.overlay.kind !== 'none') this.overlay.scroll(1)
      else this.ui.selectedFinding = Math.min(Math.max(0, this.findings.length - 1), this.ui.selectedFinding + 1)
    })
    on(['enter', 'o'], () => {
      if (this.findings.length > 0) this.ui.overlay = {kind: 'finding', index: this.ui.selectedFinding}
    })
  }

  private content(view: PanelView): string {
    const title = `{inverse}${blessed.escape(view.title.padEnd(this.screen.width as number))}{/inverse}`
    return [title, ...view.lines.map((l) => this.tagged(l))].join('\n')
  }

  private tagged(l: Line): string {
    const tag = TONE_TAG[l.tone]
    // NO_COLOR: only the bold of headings stays.
    if (!tag || (!this.options.color && tag !== 'bold')) return blessed.escape(l.text)
    return `{${tag}}${blessed.escape(l.text)}{/${tag}}`
  }

  private layoutNow(): Layout {
    // Asked at every redraw: the first frames come before a snapshot says Node.js or LKL (with `run`, LKL loads after exec).
    return layout(this.screen.width as number, this.screen.height as number, {output: Boolean(this.options.command), runtime: runtimeFound(this.session)})
  }

  private panel(name: PanelName, width: number, height: number): PanelView {
    const rows = height - 1
    switch (name) {
      case 'syscalls': return syscallsPanel(this.session, this.ui, width, rows)
      case 'chart': {
        const view = chartView(this.session, this.ui, width, rows)
        return {title: view.title, lines: view.empty ? [{text: view.empty, tone: 'dim'}] : []}
      }
      case 'cpus': return cpuGridPanel(this.session, width, rows)
      case 'eventloop': return eventLoopPanel(this.session, width, rows)
      case 'runtime': return runtimePanel(this.session, width, rows)
      case 'sockets': return socketsPanel(this.session, width, rows)
      case 'stacks': return stacksPanel(this.session, this.ui, width, rows)
      case 'findings': return findingsPanel(this.findings, this.ui.selectedFinding, width, rows)
      case 'output': return this.options.command
        ? outputPanel(this.options.command.output, this.commandState?.exitStatus !== null || !this.collecting, width, rows)
        : {title: '', lines: []}
    }
  }

  private redraw(): void {
    if (this.destroyed) return
    try {
      const width = this.screen.width as number
      const height = this.screen.height as number
      this.current = this.layoutNow()
      place(this.header, this.current.header)
      this.header.setContent(headerView(this.session, this.ui, {intervalMs: this.options.intervalMs, width, command: this.commandState}).map((l) => this.tagged(l)).join('\n'))
      place(this.footer, this.current.footer)
      this.footer.setContent(blessed.escape(footerText(this.current, width)))
      for (const name of PANELS) {
        const box = this.boxes.get(name)!
        const rect = this.current.panels[name]
        if (!rect) {
          box.hide()
          continue
        }
        place(box, rect)
        box.show()
        const view = this.panel(name, rect.width, rect.height)
        box.setContent(this.content({...view, title: view.title.padEnd(rect.width).slice(0, rect.width)}))
      }
      this.drawChart(this.current.panels.chart)
      this.drawOverlay()
      this.screen.render()
    } catch (error) {
      // A bug in a panel must not leave the terminal in raw mode: stop, and report it after the restore.
      // Only the first failure stops: every later redraw fails the same way.
      if (this.failure) return
      this.failure = error instanceof Error ? error : new Error(String(error))
      this.quit()
    }
  }

  /** The syscalls/s line, in the chart panel under its title; hidden with the panel or while there are fewer than two points. */
  private drawChart(rect: Rect | undefined): void {
    const plot = rect && {top: rect.top + 1, left: rect.left, width: rect.width, height: rect.height - 1}
    const view = plot && chartView(this.session, this.ui, plot.width, plot.height)
    if (!plot || !view || view.empty) {
      this.chart?.widget.hide()
      return
    }
    const same = this.chart && Object.entries(plot).every(([k, v]) => this.chart!.rect[k as keyof Rect] === v)
    if (!same) {
      // contrib sizes its canvas when the widget is attached, never after: a new size needs a new widget.
      this.chart?.widget.destroy()
      const widget = contribLine({
        ...plot, style: this.options.color ? {...CHART_STYLE} : {...CHART_STYLE_NO_COLOR}, xLabelPadding: 3, xPadding: 3,
        showLegend: false, wholeNumbersOnly: false,
      })
      // contrib leaves the last 2 rows and 6 columns of the box blank (its canvas is 8 pixels shorter and 12
      // narrower than the box); the whole box is the plot here, as the axis labels are inside the canvas anyway.
      widget.calcSize = function (this: ContribWidgets.LineElement & {canvasSize: {width: number; height: number}}) {
        this.canvasSize = {width: (this.width as number) * 2, height: (this.height as number) * 4}
      }
      this.screen.append(widget)
      this.chart = {widget, rect: plot}
    }
    const widget = this.chart!.widget
    widget.options.maxY = view.maxY
    widget.options.numYLabels = view.yLabels
    widget.setData([{x: view.x, y: view.y}])
    widget.show()
  }

  private drawOverlay(): void {
    const o = this.ui.overlay
    if (o.kind === 'none') {
      this.overlay.hide()
      return
    }
    const finding = o.kind === 'finding' ? this.findings[o.index] : undefined
    const text = o.kind === 'help' ? (this.options.command ? RUN_HELP_TEXT : HELP_TEXT) : o.kind === 'flame' ? o.message + '\n\nEsc closes' : finding ? findingText(finding) + '\n\nEsc closes' : 'that finding is gone'
    this.overlay.setLabel(o.kind === 'help' ? ' help ' : o.kind === 'flame' ? ' flame graph ' : ' finding ')
    const width = Math.max(20, Math.floor((this.screen.width as number) * 0.9))
    // Short texts get a short box; long ones 80% of the screen and scroll.
    const wrapped = text.split('\n').reduce((a, l) => a + Math.max(1, Math.ceil(l.length / (width - 4))), 0)
    this.overlay.width = width
    this.overlay.height = Math.min(Math.floor((this.screen.height as number) * 0.8), wrapped + 2)
    this.overlay.setContent(blessed.escape(text))
    this.overlay.show()
    this.overlay.setFront()
  }
}

function place(el: blessed.Widgets.BlessedElement, rect: {top: number; left: number; width: number; height: number}): void {
  el.top = rect.top
  el.left = rect.left
  el.width = rect.width
  el.height = rect.height
}

