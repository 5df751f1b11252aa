// Helpers for tests of the listeners probe against test/workloads/reuseport_server.c,
// shared by listeners.test.ts (attach) and the tests of `stackprof run`.
import assert from 'node:assert/strict'
import {Proc, workload} from './helpers.js'

export interface ListenerSocketJson {
  index: number | null
  fd: number
  inode: number
  servingThread: {tid: number; name: string; source: 'accept' | 'listen'; allowedCpus: string | null; lastCpu: number | null; ranOnCpus: string | null} | null
  listen: {tid: number; name: string; cpu: number; order: number; monotonicNs: number} | null
  accepts: {tid: number; name: string; calls: number; accepted: number}[]
  incomingCpu: number | null
  busyPollUsecs: number
  locality: string
  localityText: string
}
export interface ListenerGroupJson {
  protocol: 'tcp' | 'udp'; family: number; address: string; port: number; reuseport: boolean; groupId: number | null; groupSize: number
  otherSockets: number; steering: string; steeringProgram: {id: number; name: string; instructions: number} | null; sockets: ListenerSocketJson[]
}
export interface ListenersReport {
  probes: {name: string; attached: boolean; variant: string; error: string}[]
  listeners: {groups: ListenerGroupJson[]; dropped: Record<string, number>} | null
  findings: {rule: string; title: string; evidence: string[]; metrics: Record<string, number | string>}[]
}

/** What the server was started with, and what it printed. */
export interface ReuseportSpec {
  port: number
  proto: 'tcp' | 'udp'
  /** pins[i]: the CPU reactor-i pinned itself to before its listen()/bind(). */
  pins: number[]
  /** tids[i]: reactor-i's tid, from the "ready" line. */
  tids: number[]
  steer: 'cpu' | 'none'
  /** Connections (TCP) or datagrams (UDP) made from each CPU 0..n-1 while attached. */
  perCpu: number
  /** The sockets were made while the probe was attached: listen()/bind() must have been seen. */
  listenSeen: boolean
}

/**
 * The exact listeners table the server deserves: index i is reactor-i's
 * socket, served by reactor-i, pinned to CPU pins[i]; with CPU steering each
 * index took exactly perCpu connections (those sent from CPU i); the
 * locality verdict and the findings follow from pins and steering. For
 * `attach` and `run` alike.
 */
export function expectListenerTable(report: ListenersReport, spec: ReuseportSpec): void {
  assert.ok(report.probes.some((p) => p.name === 'listeners' && p.attached), JSON.stringify(report.probes))
  assert.ok(report.listeners, 'no listeners section')
  assert.deepEqual(report.listeners.dropped, {eventMapFull: 0, iteratorFailed: 0, groupScanTruncated: 0})
  const groups = report.listeners.groups.filter((g) => g.port === spec.port)
  assert.equal(groups.length, 1, JSON.stringify(report.listeners.groups))
  const [g] = groups
  const n = spec.pins.length
  const steered = spec.steer === 'cpu'
  assert.equal(g.protocol, spec.proto)
  assert.equal(g.family, 2)
  assert.equal(g.address, '127.0.0.1')
  assert.equal(g.reuseport, true)
  assert.equal(g.groupSize, n)
  assert.equal(g.otherSockets, 0)
  assert.ok(g.groupId !== null && g.groupId > 0)
  assert.equal(g.steering, steered ? 'cbpf-cpu' : 'none')
  assert.deepEqual(g.steeringProgram, steered ? {id: 0, name: '', instructions: 2} : null)
  assert.deepEqual(g.sockets.map((s) => s.index), [...Array(n).keys()])
  const schedAttached = report.probes.some((p) => p.name === 'sched' && p.attached)
  const inOrder = spec.pins.every((cpu, i) => cpu === i)
  const served = (i: number) => spec.proto === 'tcp' && (steered || g.sockets[i].accepts.length > 0)
  g.sockets.forEach((s, i) => {
    const name = `reactor-${i}`
    assert.equal(s.listen === null, !spec.listenSeen, `index ${i}: listen ${JSON.stringify(s.listen)}`)
    if (spec.listenSeen) assert.deepEqual({...s.listen, monotonicNs: 0}, {tid: spec.tids[i], name, cpu: spec.pins[i], order: i + 1, monotonicNs: 0})
    if (spec.proto === 'tcp' && steered) {
      assert.deepEqual(s.accepts, [{tid: spec.tids[i], name, calls: spec.perCpu, accepted: spec.perCpu}], `index ${i}`)
    } else if (spec.proto === 'tcp') {
      // Hashing spreads the connections: only their sum and their thread are known.
      assert.ok(s.accepts.every((a) => a.tid === spec.tids[i] && a.calls === a.accepted), JSON.stringify(s.accepts))
    } else {
      assert.deepEqual(s.accepts, [])
    }
    if (served(i) || spec.listenSeen) {
      const {ranOnCpus, ...thread} = s.servingThread ?? {ranOnCpus: null}
      assert.deepEqual(thread, {tid: spec.tids[i], name, source: served(i) ? 'accept' : 'listen', allowedCpus: String(spec.pins[i]), lastCpu: spec.pins[i]}, `index ${i}`)
      if (!schedAttached) assert.equal(ranOnCpus, null)
      // Sockets made before attach: the thread has run pinned all along. Made while attached:
      // the new thread ran somewhere before it pinned itself, then on its CPU.
      else if (!spec.listenSeen) assert.equal(ranOnCpus, String(spec.pins[i]), `index ${i}`)
      else assert.ok(ranOnCpus !== null && cpuListHas(ranOnCpus, spec.pins[i]), `index ${i}: ran on ${ranOnCpus}`)
    } else {
      assert.equal(s.servingThread, null, `index ${i}: nothing accepted and listen() not seen`)
    }
    const expected = !steered ? 'not-steered' : spec.pins[i] === i ? 'ok' : 'mismatch'
    assert.equal(s.locality, expected, `index ${i}: ${s.localityText}`)
    if (expected === 'mismatch') assert.equal(s.localityText, `MISMATCH: served by ${name} pinned to CPU ${spec.pins[i]}`)
    assert.equal(s.incomingCpu, null)
    assert.equal(s.busyPollUsecs, 0)
  })
  if (spec.proto === 'tcp' && !steered) {
    assert.equal(g.sockets.reduce((a, s) => a + s.accepts.reduce((b, x) => b + x.accepted, 0), 0), spec.perCpu * n)
  }
  const locality = report.findings.filter((f) => f.rule === 'reuseport-locality' && f.metrics.port === spec.port)
  if (steered && !inOrder) {
    assert.equal(locality.length, 1, JSON.stringify(report.findings.map((f) => f.rule)))
    const wrong = spec.pins.flatMap((cpu, i) => (cpu === i ? [] : [i]))
    assert.deepEqual(locality[0].metrics, {port: spec.port, protocol: spec.proto, groupSize: n, sockets: n, mismatched: wrong.length, mismatchedIndexes: wrong.join(',')})
  } else {
    assert.deepEqual(locality, [])
  }
  assert.deepEqual(report.findings.filter((f) => f.rule === 'steering-without-pinning'), [])
}

/** "0-2,5" contains cpu. */
function cpuListHas(list: string, cpu: number): boolean {
  return list.split(',').some((part) => {
    const [lo, hi = lo] = part.split('-').map(Number)
    return cpu >= lo && cpu <= hi
  })
}

export interface ReuseportServer {
  proc: Proc
  pid: number
  port: number
  tids: number[]
}

/** Start the server; with go, it waits for a stdin line before making its sockets (call `release` after attaching). */
export async function startReuseportServer(args: string[], options: {go?: boolean} = {}): Promise<ReuseportServer & {release?: () => Promise<void>}> {
  const proc = new Proc(workload('reuseport_server'), [...args, ...(options.go ? ['--go'] : [])])
  const ready = async () => {
    const m = await proc.waitFor('stdout', /^ready (\d+) (\d+) ([\d,]+)$/)
    return {pid: Number(m[1]), port: Number(m[2]), tids: m[3].split(',').map(Number)}
  }
  if (!options.go) return {proc, ...(await ready())}
  const pid = Number((await proc.waitFor('stdout', /^waiting (\d+)$/))[1])
  const server: ReuseportServer & {release?: () => Promise<void>} = {proc, pid, port: 0, tids: []}
  server.release = async () => {
    proc.send('go')
    const r = await ready()
    assert.equal(r.pid, pid)
    server.port = r.port
    server.tids = r.tids
  }
  return server
}

/** perCpu connections (or datagrams) from each CPU in turn, each echoed back: the server has them all when this returns. */
export async function connectFromCpus(port: number, cpus: number[], perCpu: number, proto: 'tcp' | 'udp' = 'tcp'): Promise<void> {
  const client = new Proc(workload('reuseport_server'), ['connect', '--port', String(port), '--cpus', cpus.join(','), '--per-cpu', String(perCpu), '--proto', proto])
  const {code} = await client.exit()
  assert.equal(code, 0, `client: ${client.stderr}`)
  assert.deepEqual(client.stdoutLines, cpus.map((c) => `connected ${c} ${perCpu}`))
}

/** The server's own account: per thread, how many it served and on which CPUs. */
export async function stopServer(server: ReuseportServer): Promise<Map<number, {tid: number; served: number; cpus: string}>> {
  server.proc.send('stop')
  await server.proc.waitFor('stdout', /^done$/)
  const {code} = await server.proc.exit()
  assert.equal(code, 0, server.proc.stderr)
  return new Map(server.proc.stdoutLines.flatMap((l) => {
    const m = /^served (\d+) (\d+) (\d+) (\S+)$/.exec(l)
    return m ? [[Number(m[1]), {tid: Number(m[2]), served: Number(m[3]), cpus: m[4]}] as const] : []
  }))
}

