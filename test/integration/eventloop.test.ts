// The eventloop probe against real workloads: exact epoll timeout spreads,
// exact read/write-vs-recv/send counts by fd kind, busy-poll settings, the
// findings each reactor variant deserves, and real NAPI busy polling over veth.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {validateReport as validate} from '../report-schema.js'
import {after, before, describe, it} from 'node:test'
import {join} from 'node:path'
import {bpfGate, cli, loadedStackprofPrograms, Proc, root, waitUntil, workload, startJsonReport} from './helpers.js'

const gate = bpfGate()

// Every real report must match the published schema, eventloop part included.

type Timeouts = Record<'block' | 'zero' | 'under100us' | 'under1ms' | 'under10ms' | 'longer' | 'unreadable', number>
interface EpollJson {epfd: number; syscall: string; calls: number; timeouts: Timeouts; events: number; empty: number; zeroEmpty: number; zeroEmptyThenWait: number; insideNs: number; blockedNs: number; eventsHistogram: {min: number; max: number | null; count: number}[]}
interface LoopJson {tid: number; name: string; calls: number; timeouts: Timeouts; libuvPattern: boolean; epolls: EpollJson[]}
interface IoJson {tid: number; name: string; readOnSockets: number; recvFamily: number; writeOnSockets: number; sendFamily: number; calls: {syscall: string; fdKind: string; calls: number; errors: number; bytes: number; sizeHistogram: {min: number; max: number | null; count: number}[]}[]}
interface BusyPollJson {
  configured: boolean; ran: boolean; configuredBy: string[]
  setsockopt: {option: string; value: number | null; calls: number; failed: number}[]
  epollInstances: {fd: number; busyPollUsecs: number; busyPollBudget: number; preferBusyPoll: boolean; paramsKnown: boolean}[]
  sockets: {family: number; listening: boolean; localPort: number; napiId: number; busyPollUsecs: number; count: number}[]
  napiPolls: {tid: number; budget: number; device: string; polls: number; work: number; kind: string}[]
  busyPollRxPacketsDelta: number | null
}
interface Report {
  probes: {name: string; attached: boolean; variant: string}[]
  eventloop: {loops: LoopJson[]; io: IoJson[]; busyPoll: BusyPollJson; dropped: Record<string, number>} | null
  findings: {rule: string; title: string; evidence: string[]}[]
}

/** Run `stackprof <command> <pid> --json` in the background; resolves to the parsed report. */
const startJson = (command: 'attach' | 'diagnose', pid: number, duration: string, extra: string[] = []) => startJsonReport<Report>(command, pid, duration, extra)

function ioCalls(io: IoJson, syscall: string, fdKind: string): number {
  return io.calls.find((c) => c.syscall === syscall && c.fdKind === fdKind)?.calls ?? 0
}

// Both ways the probe can run: its hooks inside the syscall probe's programs (the default),
// and its own sys_enter/sys_exit programs (next to the count-only syscall probe).
const hookPlacements = [
  {name: 'hooks inside the syscall probe', extra: [] as string[], variant: 'tp_btf (in-syscalls)'},
  {name: 'own hooks, with --no-latency', extra: ['--no-latency'], variant: 'tp_btf'},
]

describe('eventloop probe: exact epoll timeouts', {skip: gate.skip}, () => {
  for (const placement of hookPlacements) it(`counts every epoll call by fd, syscall and timeout class, with events and EPIOCSPARAMS set before attach (${placement.name})`, async () => {
    const target = new Proc(workload('epoll_timeouts'), [])
    const [, pid, readyEp, emptyEp, workerTid] = (await target.waitFor('stdout', /^ready (\d+) (\d+) (\d+) (\d+)$/)).map(Number)
    try {
      const run = await startJson('attach', pid, '4s', placement.extra)
      target.send('go')
      await target.waitFor('stdout', /^done$/)
      const report = await run.report()
      assert.ok(report.probes.some((p) => p.name === 'eventloop' && p.attached && p.variant === placement.variant), JSON.stringify(report.probes))
      const loop = report.eventloop!.loops.find((l) => l.tid === workerTid)
      assert.ok(loop, `no loop for the worker: ${JSON.stringify(report.eventloop!.loops.map((l) => [l.tid, l.name]))}`)
      assert.equal(loop.name, 'epoll-worker')
      const ep = (fd: number, syscall: string) => {
        const e = loop.epolls.find((x) => x.epfd === fd && x.syscall === syscall)
        assert.ok(e, `no ${syscall} on epfd ${fd}`)
        return e
      }
      const zero: Timeouts = {block: 0, zero: 0, under100us: 0, under1ms: 0, under10ms: 0, longer: 0, unreadable: 0}
      // README: A=1000 epoll_wait(-1) ready; B=2000 epoll_pwait(0) empty; C=300 epoll_pwait2(50 µs) empty;
      // D=50 epoll_wait(2 ms) empty; E=400 epoll_pwait2(NULL) ready; F=700 epoll_pwait(0) ready; G=5 epoll_wait(20 ms) empty.
      assert.deepEqual(ep(readyEp, 'epoll_wait').timeouts, {...zero, block: 1000})
      assert.deepEqual(ep(readyEp, 'epoll_pwait2').timeouts, {...zero, block: 400})
      assert.deepEqual(ep(readyEp, 'epoll_pwait').timeouts, {...zero, zero: 700})
      assert.deepEqual(ep(emptyEp, 'epoll_pwait').timeouts, {...zero, zero: 2000})
      assert.deepEqual(ep(emptyEp, 'epoll_pwait2').timeouts, {...zero, under100us: 300})
      assert.deepEqual(ep(emptyEp, 'epoll_wait').timeouts, {...zero, under10ms: 50, longer: 5})
      assert.deepEqual(loop.timeouts, {...zero, block: 1400, zero: 2700, under100us: 300, under10ms: 50, longer: 5})
      // Events: every ready call returns exactly one, every empty one none.
      for (const [fd, syscall, n] of [[readyEp, 'epoll_wait', 1000], [readyEp, 'epoll_pwait2', 400], [readyEp, 'epoll_pwait', 700]] as const) {
        const e = ep(fd, syscall)
        assert.equal(e.events, n)
        assert.equal(e.empty, 0)
        assert.deepEqual(e.eventsHistogram, [{min: 1, max: 2, count: n}])
      }
      assert.equal(ep(emptyEp, 'epoll_pwait').zeroEmpty, 2000)
      assert.equal(ep(emptyEp, 'epoll_pwait').empty, 2000)
      // B (zero, empty) is followed once by C (a real timeout): exactly one libuv-style pair.
      assert.equal(loop.epolls.reduce((a, e) => a + e.zeroEmptyThenWait, 0), 1)
      assert.equal(loop.libuvPattern, false)
      // Waiting 55 times for 2-20 ms on nothing is blocked time, not spinning.
      const waited = ep(emptyEp, 'epoll_wait')
      assert.ok(waited.insideNs >= 50 * 2e6 + 5 * 20e6, `inside ${waited.insideNs}`)
      assert.ok(waited.blockedNs >= 0.9 * waited.insideNs, `blocked ${waited.blockedNs} of ${waited.insideNs}`)
      assert.ok(ep(emptyEp, 'epoll_pwait').blockedNs < ep(emptyEp, 'epoll_pwait').insideNs / 2)
      // EPIOCSPARAMS {25, 16, 1} was set before attach: only the iterator can know.
      const inst = report.eventloop!.busyPoll.epollInstances.find((e) => e.fd === readyEp)
      assert.deepEqual(inst, {fd: readyEp, napiId: 0, paramsKnown: true, busyPollUsecs: 25, busyPollBudget: 16, preferBusyPoll: true})
      assert.deepEqual(report.eventloop!.dropped, {epollMapFull: 0, fdIoMapFull: 0, sockoptMapFull: 0, napiMapFull: 0, stateStoreFailed: 0, iteratorFailed: 0})
    } finally {
      target.end()
      await target.exit()
    }
  })
})

describe('eventloop probe: socket I/O by fd kind', {skip: gate.skip}, () => {
  it('tells read/write on TCP, UDP, unix sockets and files apart, with sizes, and sees busy-poll setsockopts', async () => {
    const {proc: target, pid, tid} = await (async () => {
      const proc = new Proc(workload('socket_io'), [])
      const m = await proc.waitFor('stdout', /^ready (\d+) (\d+)$/)
      return {proc, pid: Number(m[1]), tid: Number(m[2])}
    })()
    try {
      const run = await startJson('attach', pid, '3s')
      target.send('go')
      await target.waitFor('stdout', /^done$/)
      const report = await run.report()
      const io = report.eventloop!.io.find((v) => v.tid === tid)
      assert.ok(io, 'no I/O for the worker')
      assert.equal(io.name, 'sockio-worker')
      // README defaults: N1=1000 tcp write/read 64 B, N2=500 send/recv 1000 B, N3=300 writev/readv 32 B,
      // N4=200 write /dev/null, N5=100 read /dev/zero, N6=150 sendto/recvfrom + 150 sendmsg/recvmsg (UDP), N7=250 unix.
      assert.equal(ioCalls(io, 'write', 'inet-socket'), 1000)
      assert.equal(ioCalls(io, 'read', 'inet-socket'), 1000)
      assert.equal(ioCalls(io, 'write', 'other'), 200)
      assert.equal(ioCalls(io, 'read', 'other'), 100)
      assert.equal(ioCalls(io, 'write', 'other-socket'), 250)
      assert.equal(ioCalls(io, 'read', 'other-socket'), 250)
      assert.equal(ioCalls(io, 'writev', 'inet-socket'), 300)
      assert.equal(ioCalls(io, 'readv', 'inet-socket'), 300)
      assert.equal(ioCalls(io, 'sendto', 'inet-socket'), 650)
      assert.equal(ioCalls(io, 'recvfrom', 'inet-socket'), 650)
      assert.equal(ioCalls(io, 'sendmsg', 'inet-socket'), 150)
      assert.equal(ioCalls(io, 'recvmsg', 'inet-socket'), 150)
      assert.equal(io.readOnSockets, 1300)
      assert.equal(io.writeOnSockets, 1300)
      assert.equal(io.recvFamily, 800)
      assert.equal(io.sendFamily, 800)
      // Sizes: 64-byte socket writes all in [64, 128); /dev/null writes of 4096 in [4096, 8192).
      const row = (syscall: string, kind: string) => io.calls.find((c) => c.syscall === syscall && c.fdKind === kind)!
      assert.deepEqual(row('write', 'inet-socket').sizeHistogram, [{min: 64, max: 128, count: 1000}])
      assert.equal(row('write', 'inet-socket').bytes, 64_000)
      assert.deepEqual(row('write', 'other').sizeHistogram, [{min: 4096, max: 8192, count: 200}])
      assert.equal(row('recvfrom', 'inet-socket').bytes, 500 * 1000 + 150 * 200)
      // Loopback has no NAPI: the kernel field holds the sender CPU + 1 there, which is not a NAPI id.
      const connected = report.eventloop!.busyPoll.sockets.filter((g) => (g.family === 2 || g.family === 10) && !g.listening)
      assert.ok(connected.length > 0 && connected.every((g) => g.napiId === 0), JSON.stringify(connected))
      assert.ok(connected.some((g) => g.busyPollUsecs === 50), 'SO_BUSY_POLL 50 on the accepted socket, read back by the iterator')
      const opts = report.eventloop!.busyPoll.setsockopt
      assert.deepEqual(opts.map((o) => [o.option, o.value, o.calls, o.failed]).sort(), [
        ['SO_BUSY_POLL', 50, 1, 0], ['SO_BUSY_POLL_BUDGET', 16, 1, 0], ['SO_PREFER_BUSY_POLL', 1, 1, 0],
      ])
    } finally {
      target.end()
      await target.exit()
    }
  })
})

/**
 * Findings about CPU contention, which depends on the machine, not on the
 * reactor variant; and about how the workload binary was built (it has no
 * frame pointers, which the stacks tests cover).
 */
const SCHEDULING_RULES = new Set(['reactor-preempted', 'high-migration-rate', 'truncated-stacks'])

interface Variant {
  name: string
  args: string[]
  expect: string[]
}

// Each variant of the reactor gets exactly the findings it deserves, and no others.
const variants: Variant[] = [
  {name: 'spinning epoll_pwait(0), recv/send', args: ['--wait', 'pwait0', '--io', 'recv'], expect: ['epoll-spinning']},
  {name: 'epoll_pwait(0) with SO_BUSY_POLL', args: ['--wait', 'pwait0', '--io', 'recv', '--busy-poll', '50'], expect: ['zero-timeout-epoll']},
  {name: 'blocking epoll_wait(-1), read/write', args: ['--wait', 'wait', '--io', 'read'], expect: ['read-write-on-sockets']},
  {name: 'epoll_pwait2(100 µs) with SO_BUSY_POLL on loopback', args: ['--wait', 'pwait2', '--io', 'recv', '--busy-poll', '50'], expect: ['busy-poll-not-running']},
  {name: 'blocking epoll_wait(-1), recv/send', args: ['--wait', 'wait', '--io', 'recv'], expect: []},
]

describe('eventloop findings: reactor variants under bounded load', {skip: gate.skip}, () => {
  for (const v of variants) {
    it(`${v.name}: ${v.expect.join(', ') || 'no findings'}`, async () => {
      const server = new Proc(workload('reactor_server'), ['--threads', '2', ...v.args])
      const [, pid, port] = (await server.waitFor('stdout', /^ready (\d+) (\d+)$/)).map(Number)
      try {
        const run = await startJson('diagnose', pid, '5s')
        const load = spawnSync(workload('http_load'), ['--port', String(port), '--connections', '8', '--requests', '20000', '--timeout-s', '30'], {encoding: 'utf8'})
        assert.equal(load.status, 0, load.stdout + load.stderr)
        const report = await run.report()
        // Two reactors (spinning ones flat out) and the load generator share this machine's CPUs:
        // whether the scheduler preempts or moves them is the sched probe's business, tested in sched.test.ts.
        const rules = [...new Set(report.findings.map((f) => f.rule))].filter((r) => !SCHEDULING_RULES.has(r)).sort()
        assert.deepEqual(rules, [...v.expect].sort(), JSON.stringify(report.findings.map((f) => [f.rule, f.title, f.evidence]), null, 1))
        // Both reactors are seen as event loops with the wait the variant asked for.
        const loops = report.eventloop!.loops.filter((l) => /^reactor-/.test(l.name))
        assert.equal(loops.length, 2, JSON.stringify(report.eventloop!.loops.map((l) => l.name)))
        const wait = v.args[v.args.indexOf('--wait') + 1]
        for (const l of loops) {
          const cls = wait === 'pwait0' ? 'zero' : wait === 'wait' ? 'block' : 'under1ms'
          assert.equal(l.timeouts[cls], l.calls, `${l.name}: ${JSON.stringify(l.timeouts)}`)
        }
      } finally {
        server.end()
        await server.exit()
      }
    })
  }

  it('a Node.js http server under load gets no spinning or zero-timeout finding', async () => {
    const server = new Proc(process.execPath, [join(root, 'src', 'demo', 'server.mjs')])
    const m = await server.waitFor('stdout', /"port":(\d+),"pid":(\d+)/)
    const port = Number(m[1])
    const pid = Number(m[2])
    try {
      const run = await startJson('diagnose', pid, '5s')
      const load = spawnSync(workload('http_load'), ['--port', String(port), '--connections', '8', '--requests', '10000', '--timeout-s', '30'], {encoding: 'utf8'})
      assert.equal(load.status, 0, load.stdout + load.stderr)
      const report = await run.report()
      const rules = new Set(report.findings.map((f) => f.rule))
      assert.ok(!rules.has('epoll-spinning') && !rules.has('zero-timeout-epoll'), JSON.stringify([...rules]))
      // libuv reads sockets with read() by design: not something a Node.js user can change.
      assert.ok(!rules.has('read-write-on-sockets'), JSON.stringify([...rules]))
      // libuv waits in epoll_pwait and probes with timeout 0 first: recognized, not flagged.
      const main = report.eventloop!.loops.find((l) => l.tid === pid)
      assert.ok(main, 'the main thread runs the loop')
      assert.ok(main.epolls.some((e) => e.syscall === 'epoll_pwait'))
      assert.ok(main.timeouts.zero > 0, 'libuv probes with timeout 0')
    } finally {
      server.end()
      server.child.kill('SIGTERM')
      await server.exit()
    }
  })

  it('--no-eventloop leaves the probe out: syscall counts only', async () => {
    const sleeper = new Proc('sleep', ['30'])
    try {
      const r = spawnSync(process.execPath, [cli, 'attach', String(sleeper.child.pid), '--duration', '1', '--json', '--no-eventloop'], {encoding: 'utf8'})
      assert.equal(r.status, 0, r.stderr)
      const report = JSON.parse(r.stdout) as Report
      assert.deepEqual(report.probes.map((p) => p.name), ['syscalls', 'sched', 'listeners', 'stacks', 'lkl', 'nodejs'], 'the other probes stay')
      assert.equal(report.eventloop, null)
      assert.ok(validate(report), JSON.stringify(validate.errors))
    } finally {
      sleeper.child.kill()
      await sleeper.exit()
    }
  })

  it('leaves no eventloop programs loaded', async () => {
    assert.ok(await waitUntil(() => loadedStackprofPrograms().length === 0), `left: ${loadedStackprofPrograms()}`)
  })
})

// Real NAPI busy polling: two network namespaces joined by veth with GRO on and TSO
// off (veth then delivers TCP through NAPI; loopback has no NAPI). Traffic stays
// inside namespaces this test makes and removes.
const netnsScript = join(root, 'test', 'workloads', 'netns', 'setup.sh')
const netnsSkip = gate.skip ?? (spawnSync('ip', ['netns', 'list']).status === 0 ? undefined : 'iproute2 (ip netns) is missing')

describe('eventloop probe: busy polling that really runs (veth + NAPI)', {skip: netnsSkip}, () => {
  before(() => {
    const r = spawnSync('bash', [netnsScript, 'up'], {encoding: 'utf8'})
    assert.equal(r.status, 0, r.stderr)
  })
  after(() => {
    spawnSync('bash', [netnsScript, 'down'])
  })

  async function serveAndMeasure(serverArgs: string[]): Promise<{report: Report; tid: number}> {
    const server = new Proc('ip', ['netns', 'exec', 'sp-srv', 'taskset', '-c', '0', 'python3',
      join(root, 'test', 'workloads', 'netns', 'busy_server.py'), '--mode', 'epoll', '--max-requests', '2000', '--linger-s', '6', ...serverArgs])
    const ready = await server.waitFor('stdout', /"event": "ready".*"pid": (\d+).*"tid": (\d+)/)
    const pid = Number(ready[1])
    try {
      const run = await startJson('attach', pid, '4s')
      const client = spawnSync('ip', ['netns', 'exec', 'sp-cli', 'taskset', '-c', '1', 'python3',
        join(root, 'test', 'workloads', 'netns', 'pingpong_client.py'), '--requests', '2000', '--duration', '15'], {encoding: 'utf8', timeout: 30_000})
      assert.equal(client.status, 0, client.stdout + client.stderr)
      return {report: await run.report(), tid: Number(ready[2])}
    } finally {
      server.child.kill('SIGTERM')
      await server.exit()
    }
  }

  it('EPIOCSPARAMS and a real timeout: napi_poll with the busy-poll budget runs in the server thread', async () => {
    const {report, tid} = await serveAndMeasure(['--epoll-params', '50,8,0', '--epoll-timeout-ms', '1000'])
    const bp = report.eventloop!.busyPoll
    const busy = bp.napiPolls.filter((n) => n.kind === 'busy-poll' && n.tid === tid && n.device === 'sp-vs')
    assert.ok(busy.length === 1 && busy[0].budget === 8 && busy[0].polls > 1000, JSON.stringify(bp.napiPolls))
    assert.equal(bp.ran, true)
    assert.ok(bp.sockets.some((s) => !s.listening && s.napiId >= 256), JSON.stringify(bp.sockets))
    assert.ok(!report.findings.some((f) => f.rule === 'busy-poll-not-running'), JSON.stringify(report.findings))
  })

  it('timeout 0 with the same parameters: busy polling never runs, and the finding says why', async () => {
    const {report, tid} = await serveAndMeasure(['--epoll-params', '50,8,0', '--epoll-timeout-ms', '0'])
    const bp = report.eventloop!.busyPoll
    assert.equal(bp.napiPolls.filter((n) => n.kind === 'busy-poll' && n.tid === tid).length, 0, JSON.stringify(bp.napiPolls))
    assert.equal(bp.ran, false)
    const finding = report.findings.find((f) => f.rule === 'zero-timeout-epoll')
    assert.ok(finding, JSON.stringify(report.findings.map((f) => f.rule)))
    assert.match(finding.evidence.join('\n'), /EPIOCSPARAMS, busy_poll_usecs 50/)
  })
})
