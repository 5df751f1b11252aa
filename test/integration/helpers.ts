import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {createInterface} from 'node:readline'
import {fileURLToPath} from 'node:url'
import assert from 'node:assert/strict'
import {validateReport} from '../report-schema.js'

export const root = join(fileURLToPath(import.meta.url), '..', '..', '..', '..')
export const cli = join(root, 'bin', 'run.js')
export const workload = (name: string) => join(root, 'test', 'workloads', 'build', name)

export interface BpfGate {
  /** undefined when the privileged tests can run; else why they are skipped */
  skip?: string
  /** features the loader found, by name → 'ok' | 'missing' | 'unknown' */
  features: Record<string, string>
}

/**
 * Privileged tests skip only where they cannot run (not root). As root they
 * run, and a feature the loader says is present must work: a broken probe
 * fails the suite instead of hiding behind a skip.
 */
export function bpfGate(): BpfGate {
  if (process.getuid?.() !== 0) return {skip: 'needs root (CI runs as root)', features: {}}
  const r = spawnSync(process.execPath, [cli, 'check', '--json'], {encoding: 'utf8'})
  if (r.status !== 0 && !r.stdout) throw new Error(`stackprof check failed as root: ${r.stderr}`)
  const report = JSON.parse(r.stdout) as {features: Record<string, {status: string}>}
  const features = Object.fromEntries(Object.entries(report.features).map(([k, v]) => [k, v.status]))
  if (features.btf !== 'ok') return {skip: 'kernel has no BTF', features}
  return {features}
}

/** A line-oriented child: wait for lines matching a pattern, send lines. */
export class Proc {
  readonly child: ChildProcess
  readonly stdoutLines: string[] = []
  readonly stderrLines: string[] = []
  stdout = ''
  stderr = ''
  private waiters: {stream: 'stdout' | 'stderr'; re: RegExp; resolve: (m: RegExpMatchArray) => void}[] = []
  readonly exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>

  constructor(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn(cmd, args, {stdio: ['pipe', 'pipe', 'pipe'], env})
    this.child.stdin!.on('error', () => {})
    for (const stream of ['stdout', 'stderr'] as const) {
      this.child[stream]!.on('data', (d: Buffer) => { this[stream] += d.toString() })
      createInterface({input: this.child[stream]!}).on('line', (line) => {
        ;(stream === 'stdout' ? this.stdoutLines : this.stderrLines).push(line)
        this.waiters = this.waiters.filter((w) => {
          const m = w.stream === stream ? w.re.exec(line) : null
          if (m) w.resolve(m)
          return !m
        })
      })
    }
    this.exited = once(this.child, 'exit').then(([code, signal]) => ({code: code as number | null, signal: signal as NodeJS.Signals | null}))
  }

  waitFor(stream: 'stdout' | 'stderr', re: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
    const seen = (stream === 'stdout' ? this.stdoutLines : this.stderrLines).map((l) => re.exec(l)).find(Boolean)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re} on ${stream}; stdout=${this.stdout.slice(-500)} stderr=${this.stderr.slice(-500)}`)), timeoutMs)
      this.waiters.push({stream, re, resolve: (m) => { clearTimeout(timer); resolve(m) }})
    })
  }

  send(line: string): void {
    this.child.stdin!.write(line + '\n')
  }

  end(): void {
    this.child.stdin!.end()
  }

  async exit(timeoutMs = 20_000): Promise<{code: number | null; signal: NodeJS.Signals | null}> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs)
    try {
      return await this.exited
    } finally {
      clearTimeout(timer)
    }
  }
}

/** Start a workload from test/workloads and wait for its `ready <pid>`. */
export async function startWorkload(name: string, args: string[] = []): Promise<{proc: Proc; pid: number}> {
  const path = workload(name)
  if (!existsSync(path)) throw new Error(`${path} is not built: run \`make -C test/workloads\``)
  const proc = new Proc(path, args)
  const m = await proc.waitFor('stdout', /^ready (\d+)$/)
  return {proc, pid: Number(m[1])}
}

/**
 * `stackprof run [args] -- <workload> [workloadArgs]` through a handshake
 * workload's whole life: ready, go, done, then EOF; it must exit 0.
 */
export async function runHandshakeWorkload(args: string[], name: string, workloadArgs: string[]): Promise<Proc> {
  const run = new Proc(process.execPath, [cli, 'run', ...args, '--', workload(name), ...workloadArgs])
  await run.waitFor('stdout', /^ready \d+$/, 30_000)
  run.send('go')
  await run.waitFor('stdout', /^done$/, 30_000)
  run.end()
  const {code} = await run.exit(60_000)
  assert.equal(code, 0, run.stderr)
  return run
}

/** Start `stackprof attach` and wait until its probes are live. */
export async function startAttach(pid: number, extra: string[] = [], env?: NodeJS.ProcessEnv): Promise<Proc> {
  const proc = new Proc(process.execPath, [cli, 'attach', String(pid), ...extra], env)
  await proc.waitFor('stderr', /^attached to pid/)
  return proc
}

/**
 * `stackprof attach|diagnose <pid> --duration D --json`, started and live;
 * report() waits for its end (exit 0, or 3 for diagnose's findings) and
 * returns the JSON, checked against docs/json-report.schema.json.
 */
export async function startJsonReport<T>(command: 'attach' | 'diagnose', pid: number, duration: string, extra: string[] = []): Promise<{proc: Proc; report: () => Promise<T>}> {
  const proc = new Proc(process.execPath, [cli, command, String(pid), '--duration', duration, '--json', ...extra])
  await proc.waitFor('stderr', /^attached to pid/, 20_000)
  return {
    proc,
    report: async () => {
      const {code} = await proc.exit(60_000)
      assert.ok(code === 0 || code === 3, `exit ${code}: ${proc.stderr}`)
      const report = JSON.parse(proc.stdout) as T
      assert.ok(validateReport(report), JSON.stringify(validateReport.errors))
      return report
    },
  }
}

/** Debian puts bpftool in /usr/sbin, which a non-login root PATH may lack. */
const bpftool = existsSync('/usr/sbin/bpftool') ? '/usr/sbin/bpftool' : 'bpftool'

/** Names of loaded BPF programs that belong to stackprof's probes (names are cut at 15 characters). */
export function loadedStackprofPrograms(): string[] {
  const r = spawnSync(bpftool, ['-j', 'prog', 'show'], {encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`bpftool prog show failed: ${r.stderr}`)
  const progs = JSON.parse(r.stdout || '[]') as {name?: string}[]
  return progs.map((p) => p.name ?? '').filter((n) => /^(sys_(enter|exit)_(btf|tp)|sys_exit_count|eventloop_\w*|sched_(switch|migrate_t\w*|running)|listeners_\w*|lkl_\w*|nodejs_\w*|stacks_\w*)$/.test(n))
}

export async function waitUntil(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

export interface JsonSyscall {name: string; number: number; count: number; errors: number; errnos: Record<string, number>; totalNs: number | null; latencyHistogram: {count: number}[]}
export interface JsonThread {tid: number; name: string; syscalls: JsonSyscall[]}
export interface JsonReport {threads: JsonThread[]; dropped: Record<string, number>; session: {endReason: string; latencyMeasured: boolean}; target: {pid: number; exited: boolean}; findings: {rule: string; severity: string}[]}

export function threadNamed(report: JsonReport, name: string): JsonThread {
  const t = report.threads.find((x) => x.name === name)
  if (!t) throw new Error(`no thread named ${name} in report: ${report.threads.map((x) => x.name).join(', ')}`)
  return t
}

export function syscall(thread: JsonThread, name: string): JsonSyscall | undefined {
  return thread.syscalls.find((s) => s.name === name)
}
