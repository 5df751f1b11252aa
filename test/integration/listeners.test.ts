// The listeners probe against a real SO_REUSEPORT server (test/workloads/reuseport_server.c):
// the group index → thread → CPU table exactly, for sockets made before attach
// (iterator path) and while attached (listen()/bind() path), and the locality findings.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import {bpfGate, cli, Proc, startJsonReport} from './helpers.js'
import {connectFromCpus, expectListenerTable, startReuseportServer, stopServer, type ListenersReport} from './listeners-helpers.js'

const gate = bpfGate()


const runJson = (command: 'attach' | 'diagnose', pid: number, duration: string) => startJsonReport<ListenersReport>(command, pid, duration)

const PER_CPU = 5
const CPUS = [0, 1]

describe('listeners probe: sockets made before attach (iterator)', {skip: gate.skip}, () => {
  const cases: {pins: number[]; steer: 'cpu' | 'none'}[] = [
    {pins: [1, 0], steer: 'cpu'},
    {pins: [0, 1], steer: 'cpu'},
    {pins: [1, 0], steer: 'none'},
  ]
  for (const {pins, steer} of cases) it(`pins ${pins.join(',')}, steering ${steer}: the index → thread → CPU table, and the locality finding only when they disagree`, async () => {
    const server = await startReuseportServer(['--threads', '2', '--pin', pins.join(','), '--steer', steer])
    try {
      const run = await runJson('attach', server.pid, '4s')
      await connectFromCpus(server.port, CPUS, PER_CPU)
      const report = await run.report()
      expectListenerTable(report, {port: server.port, proto: 'tcp', pins, tids: server.tids, steer, perCpu: PER_CPU, listenSeen: false})
      const own = await stopServer(server)
      if (steer === 'cpu') {
        // The server agrees: reactor-i served exactly the connections sent from CPU i, on its own CPU pins[i].
        for (const i of [0, 1]) assert.deepEqual(own.get(i), {tid: server.tids[i], served: PER_CPU, cpus: String(pins[i])})
      }
    } finally {
      server.proc.end()
      await server.proc.exit()
    }
  })

  it('unpinned reactors under CPU steering: steering-without-pinning, not reuseport-locality', async () => {
    // The reactors inherit this process's CPUs.
    const allowed = /^Cpus_allowed_list:\s*(\S+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]
    const server = await startReuseportServer(['--threads', '2', '--pin', 'none'])
    try {
      const run = await runJson('attach', server.pid, '4s')
      await connectFromCpus(server.port, CPUS, PER_CPU)
      const report = await run.report()
      const g = report.listeners!.groups.find((x) => x.port === server.port)!
      assert.deepEqual(g.sockets.map((s) => [s.index, s.servingThread?.tid, s.servingThread?.allowedCpus, s.accepts.map((a) => [a.tid, a.accepted]), s.locality]), [
        [0, server.tids[0], allowed, [[server.tids[0], PER_CPU]], 'unpinned'],
        [1, server.tids[1], allowed, [[server.tids[1], PER_CPU]], 'unpinned'],
      ])
      assert.deepEqual(report.findings.filter((f) => f.rule === 'reuseport-locality'), [])
      const loose = report.findings.filter((f) => f.rule === 'steering-without-pinning')
      assert.equal(loose.length, 1)
      assert.deepEqual(loose[0].metrics, {port: server.port, protocol: 'tcp', groupSize: 2, sockets: 2, unpinned: 2, unpinnedIndexes: '0,1'})
    } finally {
      server.proc.end()
      await server.proc.exit()
    }
  })

  it('stackprof diagnose reports the swapped pinning with its table, and exits 3', async () => {
    const server = await startReuseportServer(['--threads', '2', '--pin', '1,0'])
    try {
      const proc = new Proc(process.execPath, [cli, 'diagnose', String(server.pid), '--duration', '3s'])
      await proc.waitFor('stderr', /^attached to pid/, 20_000)
      await connectFromCpus(server.port, CPUS, PER_CPU)
      const {code} = await proc.exit(60_000)
      assert.equal(code, 3, proc.stderr)
      assert.match(proc.stdout, new RegExp(`WARNING \\[reuseport-locality\\] 127\\.0\\.0\\.1:${server.port}/tcp: CPU steering sends 2 of 2 sockets' packets to threads on other CPUs`))
      assert.match(proc.stdout, new RegExp(`evidence: index 0 \\(fd \\d+\\) → reactor-0 \\(tid ${server.tids[0]}, accepted ${PER_CPU}\\) → allowed CPUs 1: MISMATCH`))
      assert.match(proc.stdout, new RegExp(`evidence: index 1 \\(fd \\d+\\) → reactor-1 \\(tid ${server.tids[1]}, accepted ${PER_CPU}\\) → allowed CPUs 0: MISMATCH`))
      assert.match(proc.stdout, new RegExp(`taskset -pc 0 ${server.tids[0]}; taskset -pc 1 ${server.tids[1]}`))
    } finally {
      server.proc.end()
      await server.proc.exit()
    }
  })

  it('the text summary shows the table', async () => {
    const server = await startReuseportServer(['--threads', '2', '--pin', '1,0'])
    try {
      const proc = new Proc(process.execPath, [cli, 'attach', String(server.pid), '--duration', '3s'])
      await proc.waitFor('stderr', /^attached to pid/, 20_000)
      await connectFromCpus(server.port, CPUS, 2)
      const {code} = await proc.exit(60_000)
      assert.equal(code, 0, proc.stderr)
      assert.match(proc.stdout, new RegExp(`Listening sockets\\n {2}127\\.0\\.0\\.1:${server.port}/tcp: SO_REUSEPORT group of 2; steering: CPU steering \\(classic: ld cpu; ret a\\)`))
      assert.match(proc.stdout, new RegExp(`\\n {4}0 +\\d+ +${server.tids[0]} reactor-0 +2 +1 +1 +before attach +- +- +MISMATCH: served by reactor-0 pinned to CPU 1\\n`))
      assert.match(proc.stdout, new RegExp(`\\n {4}1 +\\d+ +${server.tids[1]} reactor-1 +2 +0 +0 +before attach +- +- +MISMATCH: served by reactor-1 pinned to CPU 0\\n`))
    } finally {
      server.proc.end()
      await server.proc.exit()
    }
  })
})

describe('listeners probe: sockets made while attached (listen()/bind() calls)', {skip: gate.skip}, () => {
  for (const proto of ['tcp', 'udp'] as const) it(`${proto}: each ${proto === 'tcp' ? 'listen()' : 'bind()'} carries its thread, its CPU and its order`, async () => {
    const server = await startReuseportServer(['--threads', '2', '--pin', '1,0', '--proto', proto], {go: true})
    try {
      const run = await runJson('attach', server.pid, '4s')
      await server.release!()
      await connectFromCpus(server.port, CPUS, PER_CPU, proto)
      const report = await run.report()
      expectListenerTable(report, {port: server.port, proto, pins: [1, 0], tids: server.tids, steer: 'cpu', perCpu: PER_CPU, listenSeen: true})
      const own = await stopServer(server)
      for (const i of [0, 1]) assert.deepEqual(own.get(i), {tid: server.tids[i], served: PER_CPU, cpus: String([1, 0][i])})
    } finally {
      server.proc.end()
      await server.proc.exit()
    }
  })
})
