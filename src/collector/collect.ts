import {existsSync, readFileSync} from 'node:fs'
import {UserError} from '../lib/errors.js'
import {Session} from '../model/session.js'
import {LoaderSession, type AttachHandlers} from './loader.js'
import {readNetKnobs} from './net-knobs.js'
import {mergeNicReads, readNicLayout} from './nic.js'

export interface CollectOptions {
  pid: number
  intervalMs: number
  durationMs?: number
  variant?: string
  eventloop?: boolean
  sched?: boolean
  listeners?: boolean
  lkl?: boolean
  /** false: leave lkl_cpu_get unprobed (no lock wait, half the cost per LKL call). */
  lklCpuWait?: boolean
  /** See AttachOptions: the nodejs probe and its stall threshold. */
  nodejs?: boolean
  stallThresholdMs?: number
  /** See AttachOptions: the stacks probe and its sampling. */
  stacks?: boolean
  freq?: number
  event?: 'cpu-clock' | 'cycles'
  offcpu?: boolean
  /** Every loader frame with its bytes, before it is applied (see AttachHandlers.onFrame). */
  onFrame?: AttachHandlers['onFrame']
  onAttached?(session: Session): void
  onSnapshot?(session: Session): void
  /**
   * What SIGINT/SIGTERM/SIGHUP do. Default: the first finishes cleanly with
   * what was collected, the next stops waiting for the loader. `run` instead
   * passes them on to its command and lets the command's exit end the session.
   */
  onSignal?(signal: NodeJS.Signals, count: number): 'stop' | 'kill' | 'continue'
  /** See AttachOptions.ownProcessGroup. */
  ownProcessGroup?: boolean
}

/** The probe flags attach, run and record share, as collect() takes them. */
export interface ProbeFlags {
  latency: boolean
  /** attach's hidden --variant; `run` has none. */
  variant?: string
  eventloop: boolean
  sched: boolean
  listeners: boolean
  lkl: boolean
  /** Optional: commands without the flag keep the default. */
  'lkl-cpu-wait'?: boolean
  /** Optional: commands without the flag keep the default. */
  nodejs?: boolean
  'stall-threshold'?: number
  stacks: boolean
  freq: number
  event: string
  'off-cpu': boolean
}

export function probeOptions(flags: ProbeFlags): Pick<CollectOptions, 'variant' | 'eventloop' | 'sched' | 'listeners' | 'lkl' | 'lklCpuWait' | 'nodejs' | 'stallThresholdMs' | 'stacks' | 'freq' | 'event' | 'offcpu'> {
  return {
    variant: flags.latency ? (flags.variant ?? 'auto') : 'count-only',
    eventloop: flags.eventloop,
    sched: flags.sched,
    listeners: flags.listeners,
    lkl: flags.lkl,
    lklCpuWait: flags['lkl-cpu-wait'],
    nodejs: flags.nodejs,
    stallThresholdMs: flags['stall-threshold'],
    stacks: flags.stacks,
    freq: flags.freq,
    event: flags.event as 'cpu-clock' | 'cycles',
    offcpu: flags['off-cpu'],
  }
}

/** Early, cheap answers for the common mistakes, before starting a privileged process. */
export function validatePid(pidText: string): number {
  if (!/^\d+$/.test(pidText) || Number(pidText) <= 0) throw new UserError(`"${pidText}" is not a PID`, 'give the process ID of the target, e.g. from `pgrep -f myserver`', 2)
  const pid = Number(pidText)
  if (!existsSync(`/proc/${pid}`)) throw new UserError(`no process with PID ${pid}`, 'check it with `ps -p ' + pid + '`')
  if (pid === process.pid) throw new UserError('stackprof cannot attach to itself')
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const tgid = Number(/^Tgid:\s+(\d+)/m.exec(status)?.[1] ?? pid)
    return tgid
  } catch {
    throw new UserError(`no process with PID ${pid}`)
  }
}

/** Knobs are cheap to read (a few small files); once the target is gone its netns counters are too, so keep the last good read. */
function refreshKnobs(session: Session, pid: number): void {
  const knobs = readNetKnobs(pid)
  if (knobs.busyPollRxPackets !== null || !session.netKnobsLatest) session.netKnobsLatest = knobs
}

/**
 * Attach, gather until the duration ends, Ctrl-C/SIGTERM, or the target exits,
 * then detach. Returns what was collected; never leaves the loader behind.
 */
export async function collect(options: CollectOptions): Promise<Session> {
  let session: Session | undefined
  const loader = new LoaderSession(
    {pid: options.pid, intervalMs: options.intervalMs, variant: options.variant, eventloop: options.eventloop, sched: options.sched, listeners: options.listeners, lkl: options.lkl, lklCpuWait: options.lklCpuWait, nodejs: options.nodejs, stallThresholdMs: options.stallThresholdMs, stacks: options.stacks, freq: options.freq, event: options.event, offcpu: options.offcpu, ownProcessGroup: options.ownProcessGroup},
    {
      onFrame: options.onFrame,
      onHello(hello) {
        session = new Session(hello)
        session.netKnobsAtStart = readNetKnobs(options.pid)
        session.nic = readNicLayout(options.pid)
        options.onAttached?.(session)
      },
      onSnapshot(snapshot) {
        if (!session) return
        session.apply(snapshot)
        refreshKnobs(session, options.pid)
        options.onSnapshot?.(session)
      },
    },
  )
  let interrupts = 0
  // The loader only sees its stdin close; the session ended for the user's reason.
  let stopReason: 'signal' | 'duration' | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts++
    // First signal: finish cleanly with what we have. Second: stop waiting.
    const action = options.onSignal ? options.onSignal(signal, interrupts) : interrupts === 1 ? 'stop' : 'kill'
    if (action === 'continue') return
    stopReason ??= 'signal'
    if (action === 'stop') loader.stop()
    else loader.kill()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  process.on('SIGHUP', onSignal)
  const timer = options.durationMs
    ? setTimeout(() => {
        stopReason ??= 'duration'
        loader.stop()
      }, options.durationMs)
    : undefined
  try {
    const collected = await loader.done
    session ??= new Session(collected.hello)
    refreshKnobs(session, options.pid)
    // A second read costs a few hundred small files: it gives the interrupts taken per CPU while attached.
    session.nic = mergeNicReads(session.nic, readNicLayout(options.pid))
    if (collected.final) {
      const reason = collected.final.reason === 'stdin-closed' && stopReason ? stopReason : collected.final.reason
      session.finish(collected.final.snapshot, reason)
    }
    else session.finish(collected.lastSnapshot, 'loader-died')
    return session
  } finally {
    if (timer) clearTimeout(timer)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    process.off('SIGHUP', onSignal)
  }
}
