import assert from 'node:assert/strict'
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, describe, it} from 'node:test'
import {bpfGate, cli, Proc, syscall, threadNamed, waitUntil, workload, type JsonReport} from './helpers.js'
import {connectFromCpus, expectListenerTable, type ListenersReport} from './listeners-helpers.js'

const gate = bpfGate()
const dir = mkdtempSync(join(tmpdir(), 'stackprof-run-'))
after(() => rmSync(dir, {recursive: true, force: true}))

function commOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
  } catch {
    return '(gone)'
  }
}

function startRun(args: string[]): Proc {
  return new Proc(process.execPath, [cli, 'run', ...args])
}

function readReport(path: string): JsonReport & {session: {endReason: string}; target: {pid: number; exited: boolean; comm: string; cmdline: string[]}} {
  return JSON.parse(readFileSync(path, 'utf8'))
}

describe('stackprof run', {skip: gate.skip ?? false}, () => {
  it('counts a command exactly from its start: 10,000 getppid, 7,777 writes, 500 failing closes', async () => {
    const out = join(dir, 'exact.json')
    // The workload's handshake goes through stackprof: the command has its stdin and stdout.
    const run = startRun(['--json', '--output', out, '--', workload('exact_syscalls'), '10000', '7777', '500'])
    const ready = await run.waitFor('stdout', /^ready (\d+)$/)
    run.send('go')
    await run.waitFor('stdout', /^done$/)
    run.end()
    const {code} = await run.exit()
    assert.equal(code, 0, run.stderr)
    const report = readReport(out)
    assert.equal(report.target.pid, Number(ready[1]), 'the command kept the PID the probes were attached to')
    assert.equal(report.target.comm, 'exact_syscalls')
    assert.equal(report.session.endReason, 'target-exited')
    assert.equal(syscall(threadNamed(report, 'getppid-worker'), 'getppid')?.count, 10000)
    const writer = threadNamed(report, 'write-worker')
    assert.equal(syscall(writer, 'write')?.count, 7777)
    assert.deepEqual(syscall(writer, 'close')?.errnos, {EBADF: 500})
    // Seen from the first instruction: the exec itself, and the main thread's start-up.
    const main = report.threads.find((t) => t.tid === report.target.pid)
    assert.ok(main, 'the main thread is in the report')
    assert.equal(syscall(main, 'execve')?.count, 1, 'exactly one execve: the gate does no PATH search')
    assert.equal(syscall(main, 'execve')?.errors, 0)
    assert.equal(syscall(main, 'clone3')?.count ?? syscall(main, 'clone')?.count, 2, 'both worker threads were created under the probes')
  })

  it('passes the exit status through: a code, and 128+N for a signal', async () => {
    const seven = startRun(['--', 'sh', '-c', 'exit 7'])
    assert.equal((await seven.exit()).code, 7, seven.stderr)
    const killed = startRun(['--', 'sh', '-c', 'kill -TERM $$'])
    assert.equal((await killed.exit()).code, 143, killed.stderr)
    assert.match(killed.stderr, /^stackprof: pid \d+ sh /m, 'the text report is on stderr')
  })

  it('passes SIGTERM on to the command and keeps what was collected', async () => {
    const out = join(dir, 'term.json')
    const run = startRun(['--json', '-o', out, '--', 'sleep', '30'])
    const pid = Number((await run.waitFor('stderr', /^stackprof: probes live on pid (\d+)/))[1])
    // The gate execs the command just after that line: signal sleep, not the gate.
    assert.ok(await waitUntil(() => commOf(pid) === 'sleep'), `pid ${pid} is ${commOf(pid)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    run.child.kill('SIGTERM')
    const {code} = await run.exit()
    assert.equal(code, 143, 'sleep died of the SIGTERM stackprof passed on')
    const report = readReport(out)
    assert.equal(report.session.endReason, 'target-exited')
    assert.equal(report.target.comm, 'sleep')
    assert.ok(report.threads.some((t) => syscall(t, 'clock_nanosleep')), 'the sleep was seen')
  })

  it('ends the command after --duration and exits 0', async () => {
    const out = join(dir, 'duration.json')
    const started = Date.now()
    const run = startRun(['--duration', '1s', '--json', '-o', out, '--', 'sleep', '30'])
    const {code} = await run.exit()
    assert.equal(code, 0, run.stderr)
    assert.ok(Date.now() - started < 10_000)
    assert.equal(readReport(out).session.endReason, 'duration')
  })

  it('refuses bad input before running anything', async () => {
    const notFound = startRun(['--', 'no-such-command-here'])
    assert.equal((await notFound.exit()).code, 127)
    assert.match(notFound.stderr, /^stackprof: command not found: no-such-command-here$/m)

    const noCommand = startRun([])
    assert.equal((await noCommand.exit()).code, 2)
    assert.match(noCommand.stderr, /no command to run/)

    const noSeparator = startRun(['sleep', '1'])
    assert.equal((await noSeparator.exit()).code, 2)
    assert.match(noSeparator.stderr, /put the command after "--"/)

    // A planted symlink in a shared directory must not make root write elsewhere.
    const victim = join(dir, 'victim')
    writeFileSync(victim, 'precious')
    const link = join(dir, 'report.json')
    symlinkSync(victim, link)
    const marker = join(dir, 'ran')
    const refused = startRun(['-o', link, '--', 'touch', marker])
    assert.equal((await refused.exit()).code, 1)
    assert.match(refused.stderr, /will not write .*report\.json: it is a symbolic link/)
    assert.equal(readFileSync(victim, 'utf8'), 'precious')
    assert.equal(existsSync(marker), false, 'the command did not run')
    for (const r of [notFound, noCommand, noSeparator, refused]) assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace')
  })

  // The showdown's bug seen through start-up: listen() order and pinning come from the syscalls, not the iterator.
  for (const pins of [[1, 0], [0, 1]]) it(`a reuseport server started under run, pins ${pins.join(',')}: the table from its listen() calls, exactly`, async () => {
    const out = join(dir, `reuseport-${pins.join('')}.json`)
    const run = startRun(['--json', '-o', out, '--', workload('reuseport_server'), '--threads', '2', '--pin', pins.join(','), '--steer', 'cpu'])
    const ready = await run.waitFor('stdout', /^ready (\d+) (\d+) ([\d,]+)$/)
    const [pid, port, tids] = [Number(ready[1]), Number(ready[2]), ready[3].split(',').map(Number)]
    await connectFromCpus(port, [0, 1], 5)
    // Listening sockets are listed at each snapshot; once the server exits its fds are gone.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    run.send('stop')
    const {code} = await run.exit(60_000)
    assert.equal(code, 0, run.stderr)
    const report = JSON.parse(readFileSync(out, 'utf8')) as ListenersReport & {target: {pid: number}}
    assert.equal(report.target.pid, pid)
    expectListenerTable(report, {port, proto: 'tcp', pins, tids, steer: 'cpu', perCpu: 5, listenSeen: true})
  })
})
