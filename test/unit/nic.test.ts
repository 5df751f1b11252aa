import {after, describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import Ajv2020Module from 'ajv/dist/2020.js'
import {
  mergeNicReads, parseHexBitmap, parseInterrupts, queueOfIrqName, readNicLayout,
  type NicDevice, type NicIrq, type NicLayout,
} from '../../src/collector/nic.js'
import {crossCpuReceive} from '../../src/diagnose/rules/cross-cpu-receive.js'
import {diagnose} from '../../src/diagnose/engine.js'
import {packageRoot} from '../../src/lib/paths.js'
import {nicView} from '../../src/model/nic.js'
import type {Session} from '../../src/model/session.js'
import {renderNicLive, renderNicSection} from '../../src/render/nic.js'
import {renderSummary} from '../../src/render/text.js'
import {buildReport, stringifyExact} from '../../src/report/json.js'
import {sessionWith} from './fixtures.js'

const tmpRoot = mkdtempSync(join(tmpdir(), 'nic-'))
after(() => rmSync(tmpRoot, {recursive: true, force: true}))
let seq = 0

function fixture(files: Record<string, string>, links: Record<string, string> = {}): {proc: string; sys: string} {
  const base = join(tmpRoot, String(seq++))
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, rel)), {recursive: true})
    writeFileSync(join(base, rel), text)
  }
  for (const [rel, target] of Object.entries(links)) {
    mkdirSync(dirname(join(base, rel)), {recursive: true})
    symlinkSync(target, join(base, rel))
  }
  return {proc: join(base, 'proc'), sys: join(base, 'sys')}
}

const PID = 4242
const NS = 'net:[4026531833]'
const OTHER_NS = 'net:[4026532177]'

// Four CPUs; the column after the counts is the chip (6.2+ names the PCI function there), then hwirq-trigger, then the name.
const INTERRUPTS = `           CPU0       CPU1       CPU2       CPU3
  0:         22          0          0          0   IO-APIC   2-edge      timer
 37:          0          0          0          0 PCI-MSIX-0000:00:03.0   0-edge      virtio2-config
 38:          5       1230          0          0 PCI-MSIX-0000:00:03.0   1-edge      virtio2-input.0
 39:       1214          0          0          0 PCI-MSIX-0000:00:03.0   2-edge      virtio2-output.0
 41:          0          0        900          0 PCI-MSIX-0000:00:04.0   1-edge      virtio3-input.0
 60:          0          0        100          0   PCI-MSI 524288-edge      eth0-TxRx-0
 61:          0          0          0        200   PCI-MSI 524289-edge      eth0-TxRx-1
 62:          0          0        300          0   PCI-MSI 524290-edge      eth0-TxRx-2
 63:          0          0          0        400   PCI-MSI 524291-edge      eth0-TxRx-3
 64:          1          0          0          0   PCI-MSI 524292-edge      eth0
 70:          0          7          0          0   PCI-MSI 1048576-edge      mlx5_comp0@pci:0000:5e:00.0
 71:          0          0          0          0   PCI-MSI 1048577-edge      mlx5_async0@pci:0000:5e:00.0
 72:          0          0          0          0   PCI-MSI 1048578-edge      veth0-TxRx-0
 99:     garbled line
NMI:          0          0          0          0   Non-maskable interrupts
ERR:          0
`

function irqFiles(irq: number, affinity: string, effective: string): Record<string, string> {
  return {[`proc/irq/${irq}/smp_affinity_list`]: `${affinity}\n`, [`proc/irq/${irq}/effective_affinity_list`]: `${effective}\n`}
}

const IXGBE = 'sys/devices/pci0000:3a/0000:3a:00.0/0000:3b:00.0'
const VIRTIO = 'sys/devices/pci0000:00/0000:00:03.0'
const MLX = 'sys/devices/pci0000:5d/0000:5e:00.0'

/** A machine with a 4-queue ixgbe-like eth0, a virtio ens4, an mlx5-like ens5, a veth, a queue-less tun0 and loopback. */
function machine(opts: {ns?: string} = {}): {proc: string; sys: string} {
  return fixture(
    {
      'proc/interrupts': INTERRUPTS,
      'proc/sys/net/core/rps_sock_flow_entries': '32768\n',
      ...irqFiles(37, '0-3', '0'),
      ...irqFiles(38, '0-3', '1'),
      ...irqFiles(39, '0-3', '0'),
      ...irqFiles(60, '2', '2'),
      ...irqFiles(61, '3', '3'),
      ...irqFiles(62, '2', '2'),
      ...irqFiles(63, '3', '3'),
      ...irqFiles(64, '0-3', '0'),
      [`proc/irq/70/smp_affinity_list`]: '1\n',
      [`proc/irq/70/effective_affinity_list`]: 'x-y\n',
      // lo: skipped by its type, whatever its queues say.
      'sys/devices/virtual/net/lo/type': '772\n',
      'sys/devices/virtual/net/lo/queues/rx-0/rps_cpus': 'f\n',
      // eth0: RSS over 4 queues, masks wider than 32 bits, one garbled, one unreadable.
      [`${IXGBE}/net/eth0/type`]: '1\n',
      [`${IXGBE}/net/eth0/operstate`]: 'up\n',
      [`${IXGBE}/net/eth0/queues/rx-0/rps_cpus`]: '00000000,00000000\n',
      [`${IXGBE}/net/eth0/queues/rx-0/rps_flow_cnt`]: '0\n',
      [`${IXGBE}/net/eth0/queues/rx-1/rps_cpus`]: '00000001,00000003\n',
      [`${IXGBE}/net/eth0/queues/rx-1/rps_flow_cnt`]: '4096\n',
      [`${IXGBE}/net/eth0/queues/rx-2/rps_cpus`]: 'zz\n',
      [`${IXGBE}/net/eth0/queues/rx-2/rps_flow_cnt`]: '-1\n',
      [`${IXGBE}/net/eth0/queues/rx-3/rps_flow_cnt`]: '0\n',
      [`${IXGBE}/net/eth0/queues/tx-0/xps_cpus`]: '00000000,00000004\n',
      [`${IXGBE}/net/eth0/queues/tx-0/xps_rxqs`]: '1\n',
      [`${IXGBE}/net/eth0/queues/tx-1/xps_cpus`]: '00000000,00000008\n',
      [`${IXGBE}/net/eth0/queues/not-a-queue/rps_cpus`]: '1\n',
      [`${IXGBE}/msi_irqs/60`]: '', [`${IXGBE}/msi_irqs/61`]: '', [`${IXGBE}/msi_irqs/62`]: '', [`${IXGBE}/msi_irqs/63`]: '', [`${IXGBE}/msi_irqs/64`]: '',
      // ens4: virtio, whose MSI vectors sit on the PCI function above virtio2.
      [`${VIRTIO}/virtio2/net/ens4/type`]: '1\n',
      [`${VIRTIO}/virtio2/net/ens4/operstate`]: 'up\n',
      [`${VIRTIO}/virtio2/net/ens4/queues/rx-0/rps_cpus`]: '0\n',
      [`${VIRTIO}/virtio2/net/ens4/queues/rx-0/rps_flow_cnt`]: '0\n',
      [`${VIRTIO}/msi_irqs/37`]: '', [`${VIRTIO}/msi_irqs/38`]: '', [`${VIRTIO}/msi_irqs/39`]: '',
      // ens5: mlx5, IRQs found by the PCI address in their names (no msi_irqs directory).
      [`${MLX}/net/ens5/type`]: '1\n',
      [`${MLX}/net/ens5/operstate`]: 'down\n',
      [`${MLX}/net/ens5/queues/rx-0/rps_cpus`]: '0\n',
      // veth0: virtual; an IRQ name that mentions it must not be taken.
      'sys/devices/virtual/net/veth0/type': '1\n',
      'sys/devices/virtual/net/veth0/queues/rx-0/rps_cpus': '2\n',
      // tun0: no queues directory at all.
      'sys/devices/virtual/net/tun0/type': '65534\n',
      'sys/class/net/bonding_masters': 'bond0\n',
    },
    {
      'sys/class/net/lo': '../../devices/virtual/net/lo',
      'sys/class/net/eth0': '../../devices/pci0000:3a/0000:3a:00.0/0000:3b:00.0/net/eth0',
      [`${IXGBE}/net/eth0/device`]: '../../../0000:3b:00.0',
      'sys/class/net/ens4': '../../devices/pci0000:00/0000:00:03.0/virtio2/net/ens4',
      [`${VIRTIO}/virtio2/net/ens4/device`]: '../../../virtio2',
      'sys/class/net/ens5': '../../devices/pci0000:5d/0000:5e:00.0/net/ens5',
      [`${MLX}/net/ens5/device`]: '../../../0000:5e:00.0',
      'sys/class/net/veth0': '../../devices/virtual/net/veth0',
      'sys/class/net/tun0': '../../devices/virtual/net/tun0',
      'proc/self/ns/net': NS,
      [`proc/${PID}/ns/net`]: opts.ns ?? NS,
    },
  )
}

function irq(n: number, name: string, queue: number | null, kind: NicIrq['kind'], affinity: number[] | null, effective: number[] | null, perCpu: number[] | null): NicIrq {
  return {irq: n, name, queue, kind, affinity, effectiveAffinity: effective, perCpu, perCpuWhileAttached: null}
}

describe('parseHexBitmap', () => {
  it('reads sysfs CPU masks, words of 32 bits most significant first', () => {
    assert.deepEqual(parseHexBitmap('0\n'), [])
    assert.deepEqual(parseHexBitmap('3'), [0, 1])
    assert.deepEqual(parseHexBitmap('00000000,00000003'), [0, 1])
    assert.deepEqual(parseHexBitmap('00000001,00000000'), [32])
    assert.deepEqual(parseHexBitmap('8000,00000000,00000001'), [0, 79])
    assert.deepEqual(parseHexBitmap('FFFFFFFF'), Array.from({length: 32}, (_, i) => i))
  })

  it('gives null for anything garbled', () => {
    for (const bad of ['', 'zz', '0x3', '3,', ',3', '000000003,00000000', '3,0', '1 2', null, undefined]) {
      assert.equal(parseHexBitmap(bad), null, String(bad))
    }
  })
})

describe('queueOfIrqName', () => {
  const dev = (name: string, parent: string | null = null, pciAddress: string | null = null) => ({name, parent, pciAddress})
  const cases: [string, ReturnType<typeof dev>, {queue: number | null; kind: NicIrq['kind']}][] = [
    ['eth0-TxRx-3', dev('eth0'), {queue: 3, kind: 'rxtx'}],
    ['i40e-eth0-TxRx-12', dev('eth0'), {queue: 12, kind: 'rxtx'}],
    ['ens5-Tx-Rx-1', dev('ens5'), {queue: 1, kind: 'rxtx'}],
    ['eth0-rx-2', dev('eth0'), {queue: 2, kind: 'rx'}],
    ['eth0-tx-2', dev('eth0'), {queue: 2, kind: 'tx'}],
    ['eth0-7', dev('eth0'), {queue: 7, kind: 'rxtx'}],
    ['virtio2-input.0', dev('ens4', 'virtio2'), {queue: 0, kind: 'rx'}],
    ['virtio2-output.5', dev('ens4', 'virtio2'), {queue: 5, kind: 'tx'}],
    ['virtio2-config', dev('ens4', 'virtio2'), {queue: null, kind: null}],
    ['mlx5_comp3@pci:0000:5e:00.0', dev('ens5', '0000:5e:00.0', '0000:5e:00.0'), {queue: 3, kind: 'rxtx'}],
    ['mlx5_async0@pci:0000:5e:00.0', dev('ens5', '0000:5e:00.0', '0000:5e:00.0'), {queue: null, kind: null}],
    // The device name's own digit is not a queue number.
    ['eth0', dev('eth0'), {queue: null, kind: null}],
    ['eth0-lsc', dev('eth0'), {queue: null, kind: null}],
    ['i40e-0000:3b:00.0:misc', dev('eth0', '0000:3b:00.0', '0000:3b:00.0'), {queue: null, kind: null}],
  ]
  for (const [name, device, expected] of cases) {
    it(`${name} → ${expected.kind ?? 'unmapped'} ${expected.queue ?? ''}`, () => assert.deepEqual(queueOfIrqName(name, device), expected))
  }
})

describe('parseInterrupts', () => {
  it('reads counts per CPU, chip and name, and skips lines that do not fit', () => {
    const lines = parseInterrupts(INTERRUPTS)
    assert.deepEqual(lines.get(38), {irq: 38, perCpu: [5, 1230, 0, 0], chip: 'PCI-MSIX-0000:00:03.0 1-edge', name: 'virtio2-input.0'})
    assert.deepEqual(lines.get(60), {irq: 60, perCpu: [0, 0, 100, 0], chip: 'PCI-MSI 524288-edge', name: 'eth0-TxRx-0'})
    assert.equal(lines.has(99), false)
    assert.equal([...lines.keys()].length, 13)
  })

  it('gives nothing without a header or a file', () => {
    assert.equal(parseInterrupts(null).size, 0)
    assert.equal(parseInterrupts(' 38: 1 2 x 1-edge y\n').size, 0)
  })
})

describe('readNicLayout on a fixture tree', () => {
  const layout = readNicLayout(PID, machine())

  it('lists non-loopback devices by name, from our sysfs when the target shares our netns', () => {
    assert.equal(layout.source, 'our-sysfs')
    assert.equal(layout.targetNetnsIsOurs, true)
    assert.equal(layout.rpsSockFlowEntries, 32768)
    assert.deepEqual(layout.devices.map((d) => d.name), ['ens4', 'ens5', 'eth0', 'tun0', 'veth0'])
  })

  it('reads queues: masks wider than 32 bits, garbled and missing files as null', () => {
    const eth0 = layout.devices.find((d) => d.name === 'eth0')!
    assert.equal(eth0.parent, '0000:3b:00.0')
    assert.equal(eth0.pciAddress, '0000:3b:00.0')
    assert.equal(eth0.operstate, 'up')
    assert.deepEqual(eth0.rxQueues, [
      {index: 0, rpsCpus: [], rpsFlowCnt: 0},
      {index: 1, rpsCpus: [0, 1, 32], rpsFlowCnt: 4096},
      {index: 2, rpsCpus: null, rpsFlowCnt: null},
      {index: 3, rpsCpus: null, rpsFlowCnt: 0},
    ])
    assert.deepEqual(eth0.txQueues, [
      {index: 0, xpsCpus: [2], xpsRxqs: [0]},
      {index: 1, xpsCpus: [3], xpsRxqs: null},
    ])
  })

  it('maps a PCI NIC\'s IRQs to queues, with affinity and per-CPU counts', () => {
    const eth0 = layout.devices.find((d) => d.name === 'eth0')!
    assert.deepEqual(eth0.irqs, [
      irq(60, 'eth0-TxRx-0', 0, 'rxtx', [2], [2], [0, 0, 100, 0]),
      irq(61, 'eth0-TxRx-1', 1, 'rxtx', [3], [3], [0, 0, 0, 200]),
      irq(62, 'eth0-TxRx-2', 2, 'rxtx', [2], [2], [0, 0, 300, 0]),
      irq(63, 'eth0-TxRx-3', 3, 'rxtx', [3], [3], [0, 0, 0, 400]),
      irq(64, 'eth0', null, null, [0, 1, 2, 3], [0], [1, 0, 0, 0]),
    ])
  })

  it('finds virtio vectors on the PCI function above the virtio device, and not another virtio\'s', () => {
    const ens4 = layout.devices.find((d) => d.name === 'ens4')!
    assert.equal(ens4.parent, 'virtio2')
    assert.equal(ens4.pciAddress, '0000:00:03.0')
    assert.deepEqual(ens4.irqs, [
      irq(37, 'virtio2-config', null, null, [0, 1, 2, 3], [0], [0, 0, 0, 0]),
      irq(38, 'virtio2-input.0', 0, 'rx', [0, 1, 2, 3], [1], [5, 1230, 0, 0]),
      irq(39, 'virtio2-output.0', 0, 'tx', [0, 1, 2, 3], [0], [1214, 0, 0, 0]),
    ])
    assert.equal(ens4.txQueues.length, 0)
  })

  it('finds mlx5 vectors by the PCI address in their names; a garbled affinity is null', () => {
    const ens5 = layout.devices.find((d) => d.name === 'ens5')!
    assert.deepEqual(ens5.irqs, [
      irq(70, 'mlx5_comp0@pci:0000:5e:00.0', 0, 'rxtx', [1], null, [0, 7, 0, 0]),
      irq(71, 'mlx5_async0@pci:0000:5e:00.0', null, null, null, null, [0, 0, 0, 0]),
    ])
  })

  it('gives virtual devices no IRQs, and devices without queues empty lists', () => {
    const veth0 = layout.devices.find((d) => d.name === 'veth0')!
    assert.deepEqual(veth0, {name: 'veth0', operstate: null, parent: null, pciAddress: null, rxQueues: [{index: 0, rpsCpus: [1], rpsFlowCnt: null}], txQueues: [], irqs: []})
    const tun0 = layout.devices.find((d) => d.name === 'tun0')!
    assert.deepEqual(tun0, {name: 'tun0', operstate: null, parent: null, pciAddress: null, rxQueues: [], txQueues: [], irqs: []})
  })

  it('gives nulls and no devices when nothing exists', () => {
    assert.deepEqual(readNicLayout(PID, fixture({})), {source: 'our-sysfs', targetNetnsIsOurs: null, rpsSockFlowEntries: null, devices: []})
  })
})

describe('readNicLayout for a target in another network namespace', () => {
  const targetTree = (netDev: string) => ({
    [`proc/${PID}/net/dev`]: `Inter-|   Receive\n face |bytes\n    lo: 0 0\nsp-vs: 224 3\n${netDev}`,
    [`proc/${PID}/root/sys/devices/virtual/net/sp-vs/type`]: '1\n',
    [`proc/${PID}/root/sys/devices/virtual/net/sp-vs/queues/rx-0/rps_cpus`]: '2\n',
    [`proc/${PID}/root/sys/devices/virtual/net/lo/type`]: '772\n',
  })
  const targetLinks = {
    [`proc/${PID}/root/sys/class/net/sp-vs`]: '../../devices/virtual/net/sp-vs',
    [`proc/${PID}/root/sys/class/net/lo`]: '../../devices/virtual/net/lo',
    'proc/self/ns/net': NS,
    [`proc/${PID}/ns/net`]: OTHER_NS,
    'sys/class/net/eth0': '../../devices/virtual/net/eth0',
  }

  it('reads the sysfs of the target\'s mount namespace when it lists the target\'s devices', () => {
    const layout = readNicLayout(PID, fixture({...targetTree(''), 'sys/devices/virtual/net/eth0/type': '1\n'}, targetLinks))
    assert.equal(layout.source, 'target-sysfs')
    assert.equal(layout.targetNetnsIsOurs, false)
    assert.deepEqual(layout.devices, [{name: 'sp-vs', operstate: null, parent: null, pciAddress: null, rxQueues: [{index: 0, rpsCpus: [1], rpsFlowCnt: null}], txQueues: [], irqs: []}])
  })

  it('says "none" rather than showing our devices when that sysfs is not the target netns\'s', () => {
    const layout = readNicLayout(PID, fixture({...targetTree('  eth9: 0 0\n'), 'sys/devices/virtual/net/eth0/type': '1\n'}, targetLinks))
    assert.deepEqual(layout, {source: 'none', targetNetnsIsOurs: false, rpsSockFlowEntries: null, devices: []})
  })
})

describe('mergeNicReads', () => {
  const layout = (perCpu: number[] | null, devices = true): NicLayout => ({
    source: 'our-sysfs', targetNetnsIsOurs: true, rpsSockFlowEntries: 0,
    devices: devices ? [{name: 'eth0', operstate: 'up', parent: 'virtio2', pciAddress: null, rxQueues: [], txQueues: [], irqs: [irq(38, 'virtio2-input.0', 0, 'rx', [0, 1], [1], perCpu)]}] : [],
  })

  it('gives interrupts per CPU while attached', () => {
    assert.deepEqual(mergeNicReads(layout([5, 1230]), layout([5, 1300])).devices[0].irqs[0].perCpuWhileAttached, [0, 70])
  })

  it('gives no delta when a count went down (another IRQ under that number) or is missing', () => {
    assert.equal(mergeNicReads(layout([5, 1230]), layout([0, 1300])).devices[0].irqs[0].perCpuWhileAttached, null)
    assert.equal(mergeNicReads(layout(null), layout([0, 1300])).devices[0].irqs[0].perCpuWhileAttached, null)
  })

  it('keeps the read at attach when the end read lost the devices, and the end read alone without one', () => {
    const start = layout([5, 1230])
    assert.equal(mergeNicReads(start, layout(null, false)), start)
    const end = layout([1, 2])
    assert.equal(mergeNicReads(undefined, end), end)
  })
})

// ---- The model, the rule, the render, the report ----

function rssDevice(opts: {name?: string; queues?: number; irqCpu?: (q: number) => number; rps?: number[]; operstate?: string} = {}): NicDevice {
  const queues = opts.queues ?? 4
  const irqCpu = opts.irqCpu ?? ((q: number) => q)
  return {
    name: opts.name ?? 'eth0', operstate: opts.operstate ?? 'up', parent: '0000:3b:00.0', pciAddress: '0000:3b:00.0',
    rxQueues: Array.from({length: queues}, (_, q) => ({index: q, rpsCpus: opts.rps ?? [], rpsFlowCnt: 0})),
    txQueues: Array.from({length: queues}, (_, q) => ({index: q, xpsCpus: [irqCpu(q)], xpsRxqs: []})),
    irqs: Array.from({length: queues}, (_, q) => irq(60 + q, `eth0-TxRx-${q}`, q, 'rxtx', [irqCpu(q)], [irqCpu(q)], [0, 0, 0, 0].map((_, c) => (c === irqCpu(q) ? 1000 : 0)))),
  }
}

function sessionWithNic(devices: NicDevice[], pins: string[], extra: Partial<NicLayout> = {}): Session {
  const session = sessionWith([], {threads: [{tid: 100, name: 'main', cpusAllowedList: '0-3'}, ...pins.map((cpus, i) => ({tid: 101 + i, name: `reactor-${i}`, cpusAllowedList: cpus}))]})
  session.nic = {source: 'our-sysfs', targetNetnsIsOurs: true, rpsSockFlowEntries: 0, devices, ...extra}
  return session
}

describe('nicView', () => {
  it('puts queue N\'s IRQ CPUs, RPS/XPS masks and the threads pinned there in one row', () => {
    const view = nicView(sessionWithNic([rssDevice({irqCpu: (q) => 3 - q})], ['0', '1', '0-1']))!
    assert.deepEqual(view.pinned, [{tid: 101, name: 'reactor-0', cpu: 0}, {tid: 102, name: 'reactor-1', cpu: 1}])
    const rows = view.devices[0].rows
    assert.deepEqual(rows.map((r) => [r.index, r.irqCpus, r.processingCpus, r.xpsCpus, r.pinnedThere.map((p) => p.tid)]), [
      [0, [3], [3], [3], []],
      [1, [2], [2], [2], []],
      [2, [1], [1], [1], [102]],
      [3, [0], [0], [0], [101]],
    ])
  })

  it('processes on the RPS CPUs when RPS is on', () => {
    const row = nicView(sessionWithNic([rssDevice({rps: [1]})], ['1']))!.devices[0].rows[0]
    assert.deepEqual([row.irqCpus, row.processingCpus, row.pinnedThere.map((p) => p.tid)], [[0], [1], [101]])
  })
})

describe('rule cross-cpu-receive', () => {
  it('fires when reactor CPUs get no RX interrupt while the IRQs are pinned elsewhere', () => {
    // The article's layout: 4 queues on CPUs 0-3, but IRQs left on CPUs 2 and 3 by irqbalance.
    const findings = crossCpuReceive.evaluate(sessionWithNic([rssDevice({irqCpu: (q) => 2 + (q % 2)})], ['0', '1', '2', '3']))
    assert.equal(findings.length, 1)
    const [f] = findings
    assert.equal(f.rule, 'cross-cpu-receive')
    assert.equal(f.severity, 'warning')
    assert.deepEqual(f.evidence, [
      'reactor CPUs 0-1 (reactor-0 (101) on CPU 0, reactor-1 (102) on CPU 1) take none of eth0\'s RX interrupts',
      'eth0 RX IRQs go to CPU 2-3: rx-0 IRQ 60 → CPU 2, rx-1 IRQ 61 → CPU 3, rx-2 IRQ 62 → CPU 2, rx-3 IRQ 63 → CPU 3',
      'pinned threads: reactor-0 (101) on CPU 0, reactor-1 (102) on CPU 1, reactor-2 (103) on CPU 2, reactor-3 (104) on CPU 3',
    ])
    assert.deepEqual(f.metrics, {device: 'eth0', rxQueues: 4, pinnedThreads: 4, reactorCpusWithoutRxIrq: '0-1', rxIrqCpus: '2-3'})
    assert.match(f.fix, /echo 0 > \/proc\/irq\/60\/smp_affinity_list; echo 1 > \/proc\/irq\/61\/smp_affinity_list; echo 2 > \/proc\/irq\/62\/smp_affinity_list; echo 3 > \/proc\/irq\/63\/smp_affinity_list/)
    assert.match(f.fix, /irqbalance/)
  })

  it('shows the interrupts taken while attached when there were two reads', () => {
    const device = rssDevice({irqCpu: () => 3, queues: 2})
    device.irqs[0].perCpuWhileAttached = [0, 0, 0, 1500]
    device.irqs[1].perCpuWhileAttached = [0, 0, 0, 25]
    const [f] = crossCpuReceive.evaluate(sessionWithNic([device], ['0', '1']))
    assert.ok(f.evidence.includes('eth0 RX interrupts taken while attached: CPU 3 1,525'), f.evidence.join('\n'))
  })

  it('fires on RPS over at least as many RX queues as pinned threads', () => {
    const [f, ...more] = crossCpuReceive.evaluate(sessionWithNic([rssDevice({rps: [0, 1, 2, 3]})], ['0', '1', '2', '3']))
    assert.equal(more.length, 0)
    assert.equal(f.evidence[0], 'eth0: RPS is on for 4 of 4 RX queues (rx-0 → CPU 0-3, rx-1 → CPU 0-3, rx-2 → CPU 0-3, rx-3 → CPU 0-3), while 4 RX queues with their own IRQs ≥ 4 pinned threads')
    assert.equal(f.metrics.rpsQueues, 4)
    assert.match(f.fix, /^for f in \/sys\/class\/net\/eth0\/queues\/rx-\*\/rps_cpus; do echo 0 > \$f; done/)
  })

  it('stays quiet when each reactor CPU takes an RX queue\'s IRQ and RPS is off', () => {
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([rssDevice()], ['0', '1', '2', '3'])), [])
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([rssDevice()], ['2'])), [])
  })

  it('stays quiet on RPS with fewer RX queues than pinned threads (RPS is how they get spread)', () => {
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([rssDevice({queues: 1, rps: [0, 1]})], ['0', '1'])), [])
  })

  it('stays quiet on a single-queue NIC whose one IRQ is on another CPU (like a 1-queue virtio VM)', () => {
    const virtio: NicDevice = {
      name: 'eth0', operstate: 'up', parent: 'virtio2', pciAddress: '0000:00:03.0',
      rxQueues: [{index: 0, rpsCpus: [], rpsFlowCnt: 0}], txQueues: [{index: 0, xpsCpus: null, xpsRxqs: []}],
      irqs: [irq(37, 'virtio2-config', null, null, [0, 1], [0], [0, 0]), irq(38, 'virtio2-input.0', 0, 'rx', [0, 1], [1], [0, 1230]), irq(39, 'virtio2-output.0', 0, 'tx', [0, 1], [0], [1214, 0])],
    }
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([virtio], ['0'])), [])
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([virtio], ['0', '1'])), [])
  })

  it('stays quiet without NIC, with loopback or virtual devices only, without pinned threads, or with the device down', () => {
    const veth: NicDevice = {name: 'veth0', operstate: 'up', parent: null, pciAddress: null, rxQueues: [{index: 0, rpsCpus: [1], rpsFlowCnt: 0}], txQueues: [], irqs: []}
    const bare = sessionWith([], {threads: [{tid: 101, name: 'r', cpusAllowedList: '0'}]})
    assert.deepEqual(crossCpuReceive.evaluate(bare), [])
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([], ['0', '1'])), [])
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([veth], ['0'])), [])
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([rssDevice({irqCpu: () => 3})], [])), [])
    assert.deepEqual(crossCpuReceive.evaluate(sessionWithNic([rssDevice({irqCpu: () => 3, operstate: 'down'})], ['0', '1'])), [])
  })

  it('says so when it could not tell the target\'s namespace, and is registered with the engine', () => {
    const session = sessionWithNic([rssDevice({irqCpu: () => 3})], ['0', '1'], {targetNetnsIsOurs: null})
    const findings = diagnose(session).filter((f) => f.rule === 'cross-cpu-receive')
    assert.equal(findings.length, 1)
    assert.equal(findings[0].evidence.at(-1), '(could not tell whether these devices are in the target\'s network namespace)')
  })

  it('fires on the fixture machine read from files (eth0: IRQs on CPUs 2-3, RPS on rx-1)', () => {
    const session = sessionWithNic([], ['0', '1'])
    session.nic = readNicLayout(PID, machine())
    const findings = crossCpuReceive.evaluate(session)
    assert.deepEqual(findings.map((f) => [f.metrics.device, f.metrics.rpsQueues, f.metrics.reactorCpusWithoutRxIrq]), [['eth0', 1, '0-1']])
  })
})

describe('render and report', () => {
  const session = sessionWithNic([rssDevice({irqCpu: (q) => 3 - q})], ['0', '1'])

  it('renders one row per queue with IRQ → CPU, interrupts, RPS, XPS and pinned threads', () => {
    assert.deepEqual(renderNicSection(session), [
      'NIC (devices of the target\'s network namespace; rps_sock_flow_entries 0)',
      '  eth0 (0000:3b:00.0, up): 4 RX queues, 4 TX queues',
      '    queue RX IRQ → CPU          RX IRQs since boot      RPS CPUs  XPS CPUs  pinned target threads there',
      '    0     60 → 3                CPU3 1,000              off       3         -',
      '    1     61 → 2                CPU2 1,000              off       2         -',
      '    2     62 → 1                CPU1 1,000              off       1         reactor-1 (102)',
      '    3     63 → 0                CPU0 1,000              off       0         reactor-0 (101)',
      '  target threads pinned to one CPU: reactor-0 (101) → CPU 0, reactor-1 (102) → CPU 1',
    ])
    assert.deepEqual(renderNicLive(session), ['NIC eth0: 4 RX IRQs → CPU 0-3; RPS off'])
    assert.match(renderSummary(session, []), /\nNIC \(devices of the target's network namespace; rps_sock_flow_entries 0\)\n/)
  })

  it('says why no device is shown for a target in an unreachable namespace', () => {
    const other = sessionWithNic([], ['0'], {source: 'none', targetNetnsIsOurs: false})
    assert.match(renderNicSection(other)[0], /another network namespace whose devices stackprof cannot reach/)
    assert.deepEqual(renderNicSection(sessionWith([], {})), [])
  })

  it('writes the nic section, which validates against the schema', () => {
    const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default
    const ajv = new Ajv2020({allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false})
    const validate = ajv.compile(JSON.parse(readFileSync(join(packageRoot, 'docs', 'json-report.schema.json'), 'utf8')))
    const withMachine = sessionWithNic([], ['2'])
    withMachine.nic = mergeNicReads(readNicLayout(PID, machine()), readNicLayout(PID, machine()))
    const report = JSON.parse(stringifyExact(buildReport(withMachine, diagnose(withMachine), {intervalMs: 1000}))) as {nic: {devices: {name: string; rxQueues: unknown[]; irqs: {perCpuWhileAttached: unknown}[]}[]; pinnedThreads: unknown}}
    assert.ok(validate(report), JSON.stringify(validate.errors))
    const eth0 = report.nic.devices.find((d) => d.name === 'eth0')!
    assert.deepEqual(eth0.rxQueues[2], {index: 2, rpsCpus: null, rpsFlowCnt: null, irqs: [62], irqCpus: [2], processingCpus: [2], pinnedThreads: [101]})
    assert.deepEqual(eth0.irqs[0].perCpuWhileAttached, [0, 0, 0, 0])
    assert.deepEqual(report.nic.pinnedThreads, [{tid: 101, name: 'reactor-0', cpu: 2}])
    assert.equal(buildReport(sessionWith([], {}), [], {intervalMs: 1000}).nic, null)
  })
})
