import {existsSync} from 'node:fs'
import {execa, type ResultPromise} from 'execa'
import {UserError} from '../lib/errors.js'
import {loaderPath} from '../lib/paths.js'
import {FrameReader, FrameStreamError, type Frame} from './frame-reader.js'
import type {stackprof} from '../proto/stackprof.pb.js'

export type Hello = stackprof.v1.IHello
export type CheckReport = stackprof.v1.ICheckReport
export type PbSnapshot = stackprof.v1.ISnapshot

export interface AttachOptions {
  pid: number
  intervalMs: number
  /** Which program set of the syscalls probe: auto, tp_btf, tracepoint. */
  variant?: string
  /** false: leave the eventloop probe out (epoll, socket I/O, busy polling). */
  eventloop?: boolean
  /** false: leave the sched probe out (thread × CPU time, context switches, migrations, run-queue latency). */
  sched?: boolean
  /** false: leave the listeners probe out (listening sockets, reuseport groups, listen()/accept() threads). */
  listeners?: boolean
  /** false: leave the lkl probe out (user-space network stacks: LKL's hijack library, DPDK, preloaded socket-call overrides). */
  lkl?: boolean
  /** false: leave lkl_cpu_get unprobed (--no-lkl-cpu-wait). */
  lklCpuWait?: boolean
  /** false: leave the nodejs probe out (libuv's threadpool, io_uring, event-loop stalls of a Node.js target). */
  nodejs?: boolean
  /** Event-loop stalls: main-thread ticks at least this long (ms); the loader's default is 100. */
  stallThresholdMs?: number
  /** false: leave the stacks probe out (sampled on-CPU stacks). */
  stacks?: boolean
  /** Stack samples per second per CPU (1..10000); the loader's default is 99. */
  freq?: number
  /** What drives the samples: CPU time (cpu-clock) or CPU cycles (hardware; falls back to cpu-clock without a PMU). */
  event?: 'cpu-clock' | 'cycles'
  /** Also off-CPU stacks: where threads block, and for how long (a hook on every context switch). */
  offcpu?: boolean
  /**
   * Start the loader in a process group of its own, so a Ctrl-C at the
   * terminal does not reach it: `run` wants it to keep recording while the
   * command (which does get the Ctrl-C) shuts down.
   */
  ownProcessGroup?: boolean
}

export interface Collected {
  hello: Hello
  final?: {snapshot: PbSnapshot; reason: string}
  /** The last snapshot seen, when the loader died before its final frame. */
  lastSnapshot?: PbSnapshot
}

export interface AttachHandlers {
  /** Every frame as it arrives, with its bytes as the loader wrote them (no length prefix): recordings keep them. */
  onFrame?(frame: stackprof.v1.Frame, bytes: Uint8Array): void
  onHello?(hello: Hello): void
  onSnapshot?(snapshot: PbSnapshot): void
}

function requireLoader(): string {
  const path = loaderPath()
  if (!existsSync(path)) {
    throw new UserError(`the stackprof loader is not built (${path} is missing)`, 'run `npm run setup` in the stackprof checkout to build it')
  }
  return path
}

/** Map the loader's Fatal codes to what the user can do about them. */
function fatalError(fatal: stackprof.v1.IFatal): UserError {
  return new UserError(fatal.message || 'the loader failed', fatal.hint || undefined)
}

/**
 * A running loader attached to one process. stop() asks it to finish (stdin
 * closed); it detaches, sends a final frame and exits. Ctrl-C also reaches it
 * directly through the terminal's process group, with the same effect.
 */
export class LoaderSession {
  private readonly child: ResultPromise<{stdin: 'pipe'; stdout: 'pipe'; stderr: 'pipe'; buffer: false; reject: false}>
  private readonly reader = new FrameReader()
  private stderrTail = ''
  private hello?: Hello
  private fatal?: stackprof.v1.IFatal
  private final?: {snapshot: PbSnapshot; reason: string}
  private lastSnapshot?: PbSnapshot
  private streamError?: Error
  private stopping = false
  readonly done: Promise<Collected>

  constructor(options: AttachOptions, private readonly handlers: AttachHandlers = {}) {
    const args = ['attach', '--pid', String(options.pid), '--interval-ms', String(options.intervalMs)]
    if (options.variant) args.push('--variant', options.variant)
    if (options.eventloop === false) args.push('--no-eventloop')
    if (options.sched === false) args.push('--no-sched')
    if (options.listeners === false) args.push('--no-listeners')
    if (options.lkl === false) args.push('--no-lkl')
    else if (options.lklCpuWait === false) args.push('--no-lkl-cpu-wait')
    if (options.nodejs === false) args.push('--no-nodejs')
    if (options.stallThresholdMs !== undefined) args.push('--stall-threshold-ms', String(options.stallThresholdMs))
    if (options.stacks === false) args.push('--no-stacks')
    if (options.freq !== undefined) args.push('--freq', String(options.freq))
    if (options.event) args.push('--event', options.event)
    if (options.offcpu) args.push('--off-cpu')
    this.child = execa(requireLoader(), args, {stdin: 'pipe', stdout: 'pipe', stderr: 'pipe', buffer: false, reject: false, detached: options.ownProcessGroup ?? false})
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk))
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000)
    })
    // The loader may already be gone when we close its stdin.
    this.child.stdin.on('error', () => {})
    this.done = this.child.then((result) => this.conclude(result))
  }

  private onData(chunk: Buffer): void {
    if (this.streamError) return
    let frames: {frame: Frame; bytes: Buffer}[]
    try {
      frames = this.reader.pushWithBytes(chunk)
    } catch (error) {
      this.streamError = error as FrameStreamError
      this.child.kill('SIGTERM')
      return
    }
    for (const {frame, bytes} of frames) {
      this.handlers.onFrame?.(frame, bytes)
      switch (frame.kind) {
        case 'hello':
          this.hello = frame.hello!
          this.handlers.onHello?.(this.hello)
          break
        case 'snapshot':
          this.lastSnapshot = frame.snapshot!
          this.handlers.onSnapshot?.(this.lastSnapshot)
          break
        case 'final':
          this.final = {snapshot: frame.final!.snapshot ?? {}, reason: frame.final!.reason ?? ''}
          break
        case 'fatal':
          this.fatal = frame.fatal!
          break
        default:
          break
      }
    }
  }

  private conclude(result: {exitCode?: number; signal?: string; failed: boolean; message?: string}): Collected {
    if (this.fatal) throw fatalError(this.fatal)
    if (this.streamError) throw new UserError(`the loader's output could not be read: ${this.streamError.message}`)
    if (!this.hello) {
      const why = this.stderrTail.trim().split('\n').pop() || result.message || `exit ${result.exitCode ?? result.signal}`
      throw new UserError(`the loader stopped before attaching: ${why}`, 'run `stackprof check` to see what this machine allows')
    }
    return {hello: this.hello, final: this.final, lastSnapshot: this.lastSnapshot}
  }

  /** Ask the loader to detach and send its final frame. Safe to call more than once. */
  stop(): void {
    if (this.stopping) return
    this.stopping = true
    this.child.stdin.end()
  }

  /** Last resort (a second Ctrl-C): the kernel drops the loader's programs with its file descriptors. */
  kill(): void {
    this.child.kill('SIGKILL')
  }
}

/** `stackprof-loader check`: what this machine allows. */
export async function runCheck(mountTracefs: boolean): Promise<CheckReport> {
  const args = ['check']
  if (mountTracefs) args.push('--mount-tracefs')
  const result = await execa(requireLoader(), args, {encoding: 'buffer', reject: false, stdin: 'ignore'})
  const frames = new FrameReader().push(result.stdout)
  const check = frames.find((f) => f.kind === 'check')?.check
  if (!check) {
    const fatal = frames.find((f) => f.kind === 'fatal')?.fatal
    if (fatal) throw fatalError(fatal)
    throw new UserError(`the loader's feature check failed: ${Buffer.from(result.stderr).toString().trim() || `exit ${result.exitCode}`}`)
  }
  return check
}
