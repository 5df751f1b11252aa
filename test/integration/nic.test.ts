import {after, before, describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {readNicLayout, type NicLayout} from '../../src/collector/nic.js'
import {bpfGate, cli, Proc, root, waitUntil} from './helpers.js'

// The veth pair of test/workloads/netns/setup.sh under names of our own, so that
// other suites using sp-srv/sp-cli are not disturbed, plus a 4-queue veth pair
// inside the server namespace (a 1-queue device has no tx-1, rx-3, …).
const env = {
  ...process.env,
  SP_SRV_NS: 'sp-nic-srv', SP_CLI_NS: 'sp-nic-cli', SP_SRV_DEV: 'sp-nic-s', SP_CLI_DEV: 'sp-nic-c',
  SP_SRV_IP: '10.78.0.1', SP_CLI_IP: '10.78.0.2',
}
const netnsScript = join(root, 'test', 'workloads', 'netns', 'setup.sh')

const gate = bpfGate()
const netnsSkip = gate.skip ?? (spawnSync('ip', ['netns', 'list']).status === 0 ? undefined : 'iproute2 (ip netns) is missing')

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, {encoding: 'utf8', env})
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`)
}

/** A process started through argv (e.g. `ip netns exec … sh`), once it has exec'ed into `comm`. */
async function sleeper(argv: string[], want = 'sleep'): Promise<ChildProcess> {
  const child = spawn(argv[0], argv.slice(1), {stdio: 'ignore', env})
  const comm = () => {
    try {
      return readFileSync(`/proc/${child.pid}/comm`, 'utf8').trim()
    } catch {
      return ''
    }
  }
  assert.ok(await waitUntil(() => comm() === want), `${argv.join(' ')} did not start`)
  return child
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

describe('NIC layout of a target in its own network namespace (veth)', {skip: netnsSkip}, () => {
  let target: ChildProcess | undefined
  let sys = ''
  const written: {path: string; before: string}[] = []

  /** A plain write, as root, through the target's sysfs; undone in after(). */
  function write(rel: string, value: string): void {
    const path = join(sys, 'class', 'net', rel)
    written.push({path, before: readFileSync(path, 'utf8').trim()})
    writeFileSync(path, value)
  }

  before(async () => {
    run('bash', [netnsScript, 'up'])
    spawnSync('ip', ['netns', 'exec', 'sp-nic-srv', 'ip', 'link', 'del', 'sp-nmq0'], {env})
    run('ip', ['netns', 'exec', 'sp-nic-srv', 'ip', 'link', 'add', 'sp-nmq0', 'numtxqueues', '4', 'numrxqueues', '4', 'type', 'veth', 'peer', 'name', 'sp-nmq1', 'numtxqueues', '4', 'numrxqueues', '4'])
    // A shell loop rather than one long sleep: the snapshot lists (and reads the pinning of) threads that make syscalls.
    target = await sleeper(['ip', 'netns', 'exec', 'sp-nic-srv', 'taskset', '-c', '0', 'sh', '-c', 'while :; do sleep 0.1; done'], 'sh')
    sys = `/proc/${target.pid}/root/sys`
    write('sp-nic-s/queues/rx-0/rps_cpus', '1')
    write('sp-nmq0/queues/rx-3/rps_cpus', '3')
    write('sp-nmq0/queues/rx-3/rps_flow_cnt', '256')
    write('sp-nmq0/queues/tx-1/xps_cpus', '2')
    write('sp-nmq0/queues/tx-2/xps_rxqs', '8')
  })

  after(async () => {
    try {
      for (const w of written.reverse()) {
        try {
          writeFileSync(w.path, w.before)
        } catch {
          // The namespace and its devices go away below anyway.
        }
      }
    } finally {
      await stop(target)
      spawnSync('bash', [netnsScript, 'down'], {env})
    }
  })

  function checkLayout(nic: Pick<NicLayout, 'source' | 'targetNetnsIsOurs'> & {devices: {name: string; parent: string | null; irqs: unknown[]; rxQueues: {index: number; rpsCpus: number[] | null; rpsFlowCnt: number | null}[]; txQueues: {index: number; xpsCpus: number[] | null; xpsRxqs: number[] | null}[]}[]}): void {
    assert.equal(nic.source, 'target-sysfs')
    assert.equal(nic.targetNetnsIsOurs, false)
    assert.deepEqual(nic.devices.map((d) => d.name), ['sp-nic-s', 'sp-nmq0', 'sp-nmq1'])
    const [vs, mq0, mq1] = nic.devices
    assert.deepEqual([vs.parent, vs.irqs], [null, []])
    assert.deepEqual(vs.rxQueues.map((q) => [q.index, q.rpsCpus, q.rpsFlowCnt]), [[0, [0], 0]])
    assert.deepEqual(mq0.rxQueues.map((q) => [q.index, q.rpsCpus, q.rpsFlowCnt]), [[0, [], 0], [1, [], 0], [2, [], 0], [3, [0, 1], 256]])
    assert.deepEqual(mq0.txQueues.map((q) => [q.index, q.xpsCpus, q.xpsRxqs]), [[0, [], []], [1, [1], []], [2, [], [3]], [3, [], []]])
    assert.ok(mq1.rxQueues.every((q) => q.rpsCpus?.length === 0) && mq1.txQueues.length === 4, JSON.stringify(mq1))
  }

  it('readNicLayout reads the masks written through the target\'s sysfs', () => {
    checkLayout(readNicLayout(target!.pid!))
  })

  it('stackprof\'s own namespace does not show the target\'s devices', () => {
    const ours = readNicLayout(process.pid)
    assert.equal(ours.source, 'our-sysfs')
    assert.equal(ours.targetNetnsIsOurs, true)
    assert.ok(!ours.devices.some((d) => d.name.startsWith('sp-n')), JSON.stringify(ours.devices.map((d) => d.name)))
  })

  it('stackprof attach --json reports them, next to the pinned target thread', async () => {
    const attach = new Proc(process.execPath, [cli, 'attach', String(target!.pid), '--duration', '2s', '--json'])
    const {code} = await attach.exit(60_000)
    assert.equal(code, 0, attach.stderr)
    const report = JSON.parse(attach.stdout) as {
      nic: Parameters<typeof checkLayout>[0] & {pinnedThreads: {tid: number; name: string; cpu: number}[]}
      findings: {rule: string}[]
    }
    checkLayout(report.nic)
    assert.deepEqual(report.nic.pinnedThreads, [{tid: target!.pid, name: 'sh', cpu: 0}])
    // RPS sends sp-nic-s's packets to CPU 0, where the sleeper is pinned.
    const rx = report.nic.devices[0].rxQueues as unknown as {processingCpus: number[] | null; pinnedThreads: number[]}[]
    assert.deepEqual(rx.map((q) => [q.processingCpus, q.pinnedThreads]), [[[0], [target!.pid]]])
    // A veth has no IRQs: no RX interrupt to place, so no finding.
    assert.deepEqual(report.findings.filter((f) => f.rule === 'cross-cpu-receive'), [])
  })

  it('the text summary shows the queues', async () => {
    const attach = new Proc(process.execPath, [cli, 'attach', String(target!.pid), '--duration', '1s'])
    const {code} = await attach.exit(60_000)
    assert.equal(code, 0, attach.stderr)
    assert.match(attach.stdout, /\nNIC \(devices of the target's network namespace, read through its sysfs; rps_sock_flow_entries \d+\)\n/)
    assert.match(attach.stdout, /\n {2}sp-nic-s \(virtual, up\): 1 RX queue, 1 TX queue, no IRQs/)
    assert.match(attach.stdout, /\n {4}0 +- +- +0 +\S+ +sh \(\d+\)\n/)
  })
})

describe('NIC layout of a target in a network namespace stackprof cannot read', {skip: netnsSkip}, () => {
  it('says "none" instead of showing stackprof\'s own devices', async () => {
    // unshare --net keeps our mount namespace, so the only sysfs in reach is ours.
    const target = await sleeper(['unshare', '--net', 'sleep', '30'])
    try {
      assert.deepEqual(readNicLayout(target.pid!), {source: 'none', targetNetnsIsOurs: false, rpsSockFlowEntries: readNicLayout(process.pid).rpsSockFlowEntries, devices: []})
    } finally {
      await stop(target)
    }
  })
})
