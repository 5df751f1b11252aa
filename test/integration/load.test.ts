import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {bpfGate, startAttach, startWorkload, syscall, type JsonReport} from './helpers.js'

const gate = bpfGate()
const SECONDS = Number(process.env.STACKPROF_LOAD_SECONDS ?? 30)

interface StormResult {pid: number; threads: {tid: number; name: string; getppid: number}[]; total: number}

describe('exact under load', {skip: gate.skip}, () => {
  it(`counts every call of a target making over 1M syscalls/s for ${SECONDS} s`, {timeout: (SECONDS + 60) * 1000}, async (t) => {
    const {proc: storm, pid} = await startWorkload('syscall_storm', ['2', String(SECONDS)])
    try {
      const attach = await startAttach(pid, ['--json'])
      storm.send('go')
      const line = await storm.waitFor('stdout', /^\{.*"total".*\}$/, (SECONDS + 30) * 1000)
      const result = JSON.parse(line[0]) as StormResult
      attach.child.kill('SIGINT')
      const {code} = await attach.exit()
      assert.equal(code, 0, attach.stderr)
      const report = JSON.parse(attach.stdout) as JsonReport
      t.diagnostic(`target made ${result.total.toLocaleString('en-US')} getppid calls in ${SECONDS} s (${(result.total / SECONDS / 1e6).toFixed(2)}M/s) under the probe`)

      assert.ok(result.total / SECONDS > 1_000_000, `the target sustained ${(result.total / SECONDS).toFixed(0)} calls/s under the probe`)
      assert.deepEqual(report.dropped, {statsMapFull: 0, startStoreFailed: 0, errnoMapFull: 0, threadMapFull: 0}, 'nothing dropped')
      for (const t of result.threads) {
        const thread = report.threads.find((x) => x.tid === t.tid)
        assert.ok(thread, `thread ${t.name} (${t.tid}) is in the report`)
        assert.equal(thread.name, t.name)
        assert.equal(syscall(thread, 'getppid')?.count, t.getppid, `${t.name}: every getppid counted`)
      }
    } finally {
      storm.end()
      await storm.exit()
    }
  })
})
