import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {describe, it} from 'node:test'
import {bpfGate, cli, loadedStackprofPrograms, Proc, startWorkload, waitUntil} from './helpers.js'

const gate = bpfGate()

describe('stackprof check', {skip: gate.skip}, () => {
  it('reports the attach types this kernel allows, by probing', async () => {
    const r = spawnSync(process.execPath, [cli, 'check', '--json'], {encoding: 'utf8'})
    assert.equal(r.status, 0, r.stderr)
    const report = JSON.parse(r.stdout) as {features: Record<string, {status: string; detail: string}>; syscallCounting: boolean; privileges: {root: boolean}}
    assert.equal(report.privileges.root, true)
    assert.equal(report.syscallCounting, true)
    for (const name of ['btf', 'tracefs', 'tracepoint', 'tp_btf', 'raw_tp', 'perf_event', 'uprobe', 'iter', 'kprobe', 'fentry', 'task_storage', 'ringbuf']) {
      assert.ok(['ok', 'missing', 'unknown'].includes(report.features[name]?.status), `${name} was probed`)
    }
    // Every result that is not ok says why.
    for (const [name, f] of Object.entries(report.features)) if (f.status !== 'ok') assert.ok(f.detail.length > 0, `${name} says why`)
    assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0), `programs left: ${loadedStackprofPrograms()}`)
  })
})

describe('stackprof diagnose', {skip: gate.skip}, () => {
  it('exits 3 when a thread keeps failing a syscall, and names it', async () => {
    const {proc: target, pid} = await startWorkload('exact_syscalls', ['10', '10', '2000'])
    try {
      const diag = new Proc(process.execPath, [cli, 'diagnose', String(pid), '--duration', '3s'])
      await new Promise((r) => setTimeout(r, 1000))
      target.send('go')
      const {code} = await diag.exit()
      assert.equal(code, 3, diag.stderr)
      assert.match(diag.stdout, /WARNING \[failing-syscalls\] write-worker .*close\(\)/)
      assert.match(diag.stdout, /2,000 of 2,000 calls failed \(EBADF 2,000\)/)
    } finally {
      target.end()
      await target.exit()
    }
  })

  it('exits 0 when nothing is wrong', async () => {
    const sleeper = spawn('sleep', ['30'])
    try {
      const r = spawnSync(process.execPath, [cli, 'diagnose', String(sleeper.pid), '--duration', '1'], {encoding: 'utf8'})
      assert.equal(r.status, 0, r.stderr)
      assert.match(r.stdout, /No findings/)
    } finally {
      sleeper.kill()
    }
  })
})

describe('stackprof demo', {skip: gate.skip}, () => {
  it('runs a server under load, shows its syscalls and the finding, and stops everything', async () => {
    const r = spawnSync(process.execPath, [cli, 'demo', '--duration', '3s'], {encoding: 'utf8', timeout: 60_000})
    assert.equal(r.status, 0, r.stderr)
    const pid = Number(/demo: server pid (\d+)/.exec(r.stderr)?.[1])
    assert.ok(pid > 0, r.stderr)
    assert.match(r.stdout, /nothing dropped/)
    assert.match(r.stdout, /WARNING \[failing-syscalls\] .*access\(\)/)
    assert.match(r.stdout, /epoll_(p)?wait/)
    const alive = spawnSync('ps', ['-p', String(pid)]).status === 0
    assert.equal(alive, false, 'the demo server was stopped')
    assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0), `programs left: ${loadedStackprofPrograms()}`)
  })
})
