import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {bpfGate, cli} from './helpers.js'

const gate = bpfGate()

function stackprof(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env, timeout: 30_000})
}

/** One clear line (plus an optional hint), never a stack trace. */
function assertCleanError(r: ReturnType<typeof stackprof>, message: RegExp) {
  assert.notEqual(r.status, 0)
  assert.match(r.stderr, message)
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace')
  assert.ok(r.stderr.trim().split('\n').length <= 3, `short error, got:\n${r.stderr}`)
}

describe('bad input gives a clear error and a non-zero exit', () => {
  it('a PID that does not exist', () => {
    assertCleanError(stackprof(['attach', '4194300']), /no process with PID 4194300/)
  })
  it('something that is not a PID', () => {
    assertCleanError(stackprof(['attach', 'nginx']), /"nginx" is not a PID/)
  })
  it('a missing PID names the argument, without oclif\'s advice on repeatable flags', () => {
    const r = stackprof(['attach'])
    assertCleanError(r, /^stackprof: Missing 1 required arg: pid process ID of the target/)
    assert.doesNotMatch(r.stderr, /Note:|multiple values/)
  })
  it('a malformed duration', () => {
    assertCleanError(stackprof(['attach', '1', '--duration', '10x']), /invalid duration "10x"/)
  })
  it('a missing loader says how to build it', () => {
    const r = stackprof(['attach', String(process.pid)], {...process.env, STACKPROF_LOADER: '/nonexistent/stackprof-loader'})
    assertCleanError(r, /loader is not built/)
    assert.match(r.stderr, /npm run setup/)
  })
})

describe('privileged errors', {skip: gate.skip}, () => {
  it('a kernel thread', () => {
    // PID 2 is kthreadd on every Linux system.
    assertCleanError(stackprof(['attach', '2', '--duration', '1']), /kernel thread/)
  })
  it('missing privileges name the capabilities and how to get them', () => {
    // HOME too, as a real unprivileged user would have: oclif keeps its data there.
    const env = {...process.env, HOME: mkdtempSync(join(tmpdir(), 'stackprof-nobody-'))}
    chmodSync(env.HOME, 0o777)
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--inh-caps=-all', process.execPath, cli, 'attach', '1', '--duration', '1'], {encoding: 'utf8', timeout: 30_000, env})
    assertCleanError(r, /CAP_BPF and CAP_PERFMON/)
    assert.match(r.stderr, /sudo|setcap/)
  })
})
