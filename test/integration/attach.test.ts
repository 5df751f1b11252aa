import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {bpfGate, loadedStackprofPrograms, startAttach, startWorkload, syscall, threadNamed, waitUntil, type JsonReport} from './helpers.js'

const gate = bpfGate()

/** The exactness workload: known counts per named thread. */
async function exactRun(variant: string) {
  const {proc: target, pid} = await startWorkload('exact_syscalls', ['10000', '7777', '500'])
  try {
    const attach = await startAttach(pid, ['--json', '--variant', variant])
    target.send('go')
    await target.waitFor('stdout', /^done$/)
    attach.child.kill('SIGINT')
    const {code} = await attach.exit()
    assert.equal(code, 0, attach.stderr)
    return JSON.parse(attach.stdout) as JsonReport
  } finally {
    target.end()
    await target.exit()
  }
}

const NEEDS: Record<string, string[]> = {tp_btf: ['tp_btf', 'task_storage'], tracepoint: ['tracepoint'], 'count-only': ['tp_btf']}

for (const variant of ['tp_btf', 'tracepoint', 'count-only']) {
  const needs = NEEDS[variant]
  const missing = needs.filter((f) => gate.features[f] !== 'ok')
  describe(`exact syscall counts per thread (${variant} probe)`, {skip: gate.skip ?? (missing.length ? `kernel lacks ${missing.join(', ')}` : false)}, () => {
    it('counts 10,000 getppid, 7,777 writes and 500 failing closes exactly, per thread', async () => {
      const report = await exactRun(variant)
      const getppidWorker = threadNamed(report, 'getppid-worker')
      const writeWorker = threadNamed(report, 'write-worker')

      assert.equal(syscall(getppidWorker, 'getppid')?.count, 10000)
      assert.equal(syscall(getppidWorker, 'getppid')?.errors, 0)
      assert.equal(syscall(getppidWorker, 'write'), undefined, 'the getppid worker wrote nothing')
      assert.equal(syscall(writeWorker, 'write')?.count, 7777)
      assert.equal(syscall(writeWorker, 'write')?.errors, 0)
      assert.equal(syscall(writeWorker, 'close')?.count, 500)
      assert.equal(syscall(writeWorker, 'close')?.errors, 500)
      assert.deepEqual(syscall(writeWorker, 'close')?.errnos, {EBADF: 500})
      assert.equal(syscall(writeWorker, 'getppid'), undefined, 'the write worker made no getppid')

      const timed = variant !== 'count-only'
      assert.equal(report.session.latencyMeasured, timed)
      for (const thread of report.threads) {
        for (const s of thread.syscalls) {
          const inHistogram = s.latencyHistogram.reduce((sum, b) => sum + b.count, 0)
          assert.equal(inHistogram, timed ? s.count : 0, `${thread.name}/${s.name}: histogram sums to the count when timed, is empty when not`)
          if (!timed) assert.equal(s.totalNs, null)
        }
      }
      assert.deepEqual(report.dropped, {statsMapFull: 0, startStoreFailed: 0, errnoMapFull: 0, threadMapFull: 0})
      assert.equal(report.session.endReason, 'signal')
      assert.ok(report.findings.some((f) => f.rule === 'failing-syscalls'), 'the 500 failing closes are a finding')
    })
  })
}

describe('detach is clean', {skip: gate.skip}, () => {
  for (const how of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
    it(`leaves no BPF program attached when stackprof gets ${how}`, async () => {
      // The kernel frees the programs of the test before shortly after their fds close.
      assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0), `stackprof programs before the test: ${loadedStackprofPrograms()}`)
      const {proc: target, pid} = await startWorkload('exact_syscalls', ['10', '10', '10'])
      try {
        const attach = await startAttach(pid)
        assert.ok(loadedStackprofPrograms().length >= 2, 'the probe programs are loaded while attached')
        attach.child.kill(how)
        const {code, signal} = await attach.exit()
        if (how === 'SIGKILL') assert.equal(signal, 'SIGKILL')
        else assert.equal(code, 0, `exit status after ${how}: ${attach.stderr}`)
        // After SIGKILL of the TypeScript process the loader notices its parent died.
        assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0, 5000), `programs left: ${loadedStackprofPrograms()}`)
      } finally {
        target.end()
        await target.exit()
      }
    })
  }

  it('keeps what was collected when the target exits mid-run', async () => {
    const {proc: target, pid} = await startWorkload('exact_syscalls', ['1234', '10', '10'])
    const attach = await startAttach(pid, ['--json'])
    target.send('go')
    await target.waitFor('stdout', /^done$/)
    target.end()
    await target.exit()
    const {code} = await attach.exit()
    assert.equal(code, 0, attach.stderr)
    const report = JSON.parse(attach.stdout) as JsonReport
    assert.equal(report.session.endReason, 'target-exited')
    assert.equal(report.target.exited, true)
    assert.equal(syscall(threadNamed(report, 'getppid-worker'), 'getppid')?.count, 1234)
    // The kernel frees programs just after their last file descriptor closes.
    assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0), `programs left: ${loadedStackprofPrograms()}`)
  })

  it('prints the text summary with a note when the target exits', async () => {
    const {proc: target, pid} = await startWorkload('exact_syscalls', ['100', '10', '10'])
    const attach = await startAttach(pid)
    target.send('go')
    await target.waitFor('stdout', /^done$/)
    target.end()
    await target.exit()
    const {code} = await attach.exit()
    assert.equal(code, 0)
    assert.match(attach.stdout, /the target exited after/)
    assert.match(attach.stdout, /getppid-worker/)
  })
})
