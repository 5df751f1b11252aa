// The NIC side of CPU locality, read from sysfs and procfs: RX/TX queues, which
// IRQ serves which queue and where it is delivered, and the RPS/XPS masks.
// No privileges, no BPF: every unreadable or garbled value becomes null.
import {readdirSync, readlinkSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {ARPHRD_LOOPBACK, readNetns, readText, readUint} from './net-knobs.js'

export interface NicRxQueue {
  index: number
  /** rps_cpus as a CPU list; [] means RPS is off (packets stay on the interrupted CPU); null unreadable. */
  rpsCpus: number[] | null
  rpsFlowCnt: number | null
}

export interface NicTxQueue {
  index: number
  xpsCpus: number[] | null
  /** xps_rxqs: RX queue indices (not CPUs) whose traffic picks this TX queue. */
  xpsRxqs: number[] | null
}

export type IrqQueueKind = 'rx' | 'tx' | 'rxtx'

export interface NicIrq {
  irq: number
  /** The action name(s) in /proc/interrupts ("virtio2-input.0"); '' when the IRQ has no line there. */
  name: string
  /** Queue index guessed from the name (see queueOfIrqName); null: not a queue's IRQ, or unrecognised. */
  queue: number | null
  kind: IrqQueueKind | null
  /** smp_affinity_list: where the IRQ may go. */
  affinity: number[] | null
  /** effective_affinity_list: where the interrupt controller actually sends it. */
  effectiveAffinity: number[] | null
  /** Interrupts per CPU since boot, at this read. */
  perCpu: number[] | null
  /** Interrupts per CPU between the read at attach and the one at the end; null on a single read. */
  perCpuWhileAttached: number[] | null
}

export interface NicDevice {
  name: string
  operstate: string | null
  /** Basename of the device link ("virtio2", "0000:3b:00.0"); null for virtual devices (veth, bridge, ifb). */
  parent: string | null
  /** PCI address from the device's sysfs path; null when not on PCI. */
  pciAddress: string | null
  rxQueues: NicRxQueue[]
  txQueues: NicTxQueue[]
  /** IRQs of the device's hardware, lowest first; always empty for virtual devices. */
  irqs: NicIrq[]
}

/**
 * our-sysfs: the target shares stackprof's network namespace (or that could not be
 * told, see targetNetnsIsOurs); target-sysfs: read through /proc/<pid>/root/sys, the
 * sysfs mounted in the target's own mount namespace, checked against the device list
 * of its network namespace; none: the target is elsewhere and its devices could not
 * be reached.
 */
export type NicSource = 'our-sysfs' | 'target-sysfs' | 'none'

export interface NicLayout {
  source: NicSource
  targetNetnsIsOurs: boolean | null
  /** net.core.rps_sock_flow_entries (RFS table size; 0 = RFS off). Global, only listed in the initial netns. */
  rpsSockFlowEntries: number | null
  /** Non-loopback devices, by name. */
  devices: NicDevice[]
}

export interface NicRoots {
  sys: string
  proc: string
}

const MAX_CPUS = 4096

/**
 * A kernel bitmap as sysfs prints it ("3", "00000000,00000003": 32-bit words,
 * most significant first) → the set bits, ascending; null when garbled.
 */
export function parseHexBitmap(text: string | null | undefined): number[] | null {
  const trimmed = (text ?? '').trim()
  if (!/^[0-9a-f]{1,8}(,[0-9a-f]{8})*$/i.test(trimmed)) return null
  const words = trimmed.split(',').reverse()
  if (words.length * 32 > MAX_CPUS) return null
  const bits: number[] = []
  words.forEach((word, w) => {
    const value = parseInt(word, 16)
    for (let b = 0; b < 32; b++) if (value & (1 << b)) bits.push(w * 32 + b)
  })
  return bits.sort((a, b) => a - b)
}

/** Like parseCpuList, but an empty list (an IRQ with no CPU, a shut-down one) is [] rather than garbled. */
function readCpuList(path: string): number[] | null {
  const text = readText(path)
  if (text === null) return null
  const trimmed = text.trim()
  if (trimmed === '') return []
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(trimmed)) return null
  const cpus = new Set<number>()
  for (const part of trimmed.split(',')) {
    const [lo, hi = lo] = part.split('-').map(Number)
    if (hi < lo || hi >= MAX_CPUS) return null
    for (let c = lo; c <= hi; c++) cpus.add(c)
  }
  return [...cpus].sort((a, b) => a - b)
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path)
  } catch {
    return []
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function readLink(path: string): string | null {
  try {
    return readlinkSync(path)
  } catch {
    return null
  }
}

function queueIndices(dir: string, prefix: 'rx-' | 'tx-'): number[] {
  return listDir(join(dir, 'queues'))
    .filter((q) => new RegExp(`^${prefix}\\d+$`).test(q))
    .map((q) => Number(q.slice(prefix.length)))
    .sort((a, b) => a - b)
}

export interface InterruptLine {
  irq: number
  perCpu: number[]
  /** Chip and hwirq columns ("PCI-MSIX-0000:00:03.0 1-edge"): on 6.2+ the chip names the PCI device. */
  chip: string
  name: string
}

/**
 * /proc/interrupts: the header names the CPUs, each numbered line has one count
 * per CPU, then the chip, the hwirq and trigger ("1-edge"), then the action
 * names. Lines that do not fit are skipped rather than guessed at.
 */
export function parseInterrupts(text: string | null): Map<number, InterruptLine> {
  const lines = new Map<number, InterruptLine>()
  if (text === null) return lines
  const [header, ...rest] = text.split('\n')
  const ncpus = header.trim().split(/\s+/).filter((t) => /^CPU\d+$/.test(t)).length
  if (ncpus === 0) return lines
  for (const line of rest) {
    const fields = line.trim().split(/\s+/)
    const m = /^(\d+):$/.exec(fields[0] ?? '')
    if (!m || fields.length < 1 + ncpus) continue
    const counts = fields.slice(1, 1 + ncpus)
    if (!counts.every((c) => /^\d+$/.test(c))) continue
    const tail = fields.slice(1 + ncpus)
    const trigger = tail.findIndex((t) => /-(edge|level|fasteoi)$/i.test(t) || /^(edge|level|fasteoi)$/i.test(t))
    const nameFrom = trigger >= 0 ? trigger + 1 : tail.length - 1
    lines.set(Number(m[1]), {
      irq: Number(m[1]),
      perCpu: counts.map(Number),
      chip: tail.slice(0, Math.max(0, nameFrom)).join(' '),
      name: tail.slice(Math.max(0, nameFrom)).join(' '),
    })
  }
  return lines
}

// Names of IRQs that belong to a device but to no queue: control, mailbox, link events.
const NOT_A_QUEUE = /config|ctrl|control|async|mgmn?t|misc|err|event|aux|ptp|link|lsc|fw|cmd|admin|mbx|mailbox|other/i

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The heuristic that maps an IRQ to a queue, from its name alone (drivers do not
 * publish the mapping outside netlink): strip the device name, the parent
 * ("virtio2") and anything after '@' ("mlx5_comp3@pci:0000:3b:00.0"); names
 * with a control word (config, async, mgmt, …) are no queue's; otherwise the
 * trailing number is the queue index and the words decide the kind: TxRx,
 * comp(letion) or a bare number → both directions, rx/input → RX, tx/output → TX.
 */
export function queueOfIrqName(action: string, device: {name: string; parent: string | null; pciAddress: string | null}): {queue: number | null; kind: IrqQueueKind | null} {
  let rest = action.split('@')[0]
  for (const part of [device.name, device.parent, device.pciAddress]) {
    if (part) rest = rest.split(part).join('')
  }
  const none = {queue: null, kind: null}
  if (NOT_A_QUEUE.test(rest)) return none
  const number = /(\d+)$/.exec(rest)
  if (!number) return none
  const queue = Number(number[1])
  const words = rest.slice(0, -number[1].length)
  if (/tx.?rx|rx.?tx|comp|combined|ntfy|channel/i.test(words)) return {queue, kind: 'rxtx'}
  if (/rx|input|recv/i.test(words)) return {queue, kind: 'rx'}
  if (/tx|output|xmit/i.test(words)) return {queue, kind: 'tx'}
  // "eth0-0", "eth0-q0": one vector per queue pair.
  if (/^[-_.]*(q|queue)?[-_.]*$/i.test(words)) return {queue, kind: 'rxtx'}
  return none
}

function belongsTo(line: InterruptLine, device: {name: string; parent: string | null; pciAddress: string | null}): boolean {
  const bounded = (part: string) => new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(part)}([^A-Za-z0-9]|$)`)
  if (device.pciAddress && (line.chip.includes(device.pciAddress) || line.name.includes(device.pciAddress))) return true
  return line.name.split(/,\s*/).some((action) =>
    bounded(device.name).test(action) || (device.parent !== null && action.startsWith(`${device.parent}-`)))
}

const PCI_ADDRESS = /[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]/gi

function readDevice(dir: string, name: string, interrupts: Map<number, InterruptLine>, proc: string): NicDevice {
  const deviceLink = readLink(join(dir, 'device'))
  const parent = deviceLink === null ? null : deviceLink.split('/').filter(Boolean).pop() ?? null
  // The class link ("../../devices/pci0000:00/0000:00:03.0/virtio2/net/eth0") names the PCI function nearest the device.
  const pciAddress = parent === null ? null : [...(readLink(dir) ?? '').matchAll(PCI_ADDRESS)].pop()?.[0] ?? null
  const device = {name, parent, pciAddress}
  const irqs: NicIrq[] = []
  if (parent !== null) {
    const numbers = new Set<number>()
    // PCI NICs list their MSI vectors on the device; virtio's are on the PCI function above it.
    for (const msi of [`${dir}/device/msi_irqs`, `${dir}/device/../msi_irqs`]) {
      for (const n of listDir(msi)) if (/^\d+$/.test(n)) numbers.add(Number(n))
    }
    for (const line of interrupts.values()) if (belongsTo(line, device)) numbers.add(line.irq)
    for (const irq of [...numbers].sort((a, b) => a - b)) {
      const line = interrupts.get(irq)
      const name = line?.name ?? ''
      const mapped = name.split(/,\s*/).map((a) => queueOfIrqName(a, device)).find((q) => q.queue !== null) ?? {queue: null, kind: null}
      irqs.push({
        irq,
        name,
        ...mapped,
        affinity: readCpuList(join(proc, 'irq', String(irq), 'smp_affinity_list')),
        effectiveAffinity: readCpuList(join(proc, 'irq', String(irq), 'effective_affinity_list')),
        perCpu: line?.perCpu ?? null,
        perCpuWhileAttached: null,
      })
    }
  }
  const queues = join(dir, 'queues')
  return {
    name,
    operstate: readText(join(dir, 'operstate'))?.trim() || null,
    parent,
    pciAddress,
    rxQueues: queueIndices(dir, 'rx-').map((index) => ({
      index,
      rpsCpus: parseHexBitmap(readText(join(queues, `rx-${index}`, 'rps_cpus'))),
      rpsFlowCnt: readUint(join(queues, `rx-${index}`, 'rps_flow_cnt')),
    })),
    txQueues: queueIndices(dir, 'tx-').map((index) => ({
      index,
      // Single-queue devices answer ENOENT here (netif_is_multiqueue): null, not "off".
      xpsCpus: parseHexBitmap(readText(join(queues, `tx-${index}`, 'xps_cpus'))),
      xpsRxqs: parseHexBitmap(readText(join(queues, `tx-${index}`, 'xps_rxqs'))),
    })),
    irqs,
  }
}

function deviceNames(sysRoot: string): string[] {
  const classDir = join(sysRoot, 'class', 'net')
  // Devices are symlinks to directories; plain files such as bonding_masters are not.
  return listDir(classDir).filter((name) => isDirectory(join(classDir, name))).sort()
}

/** Interface names from /proc/<pid>/net/dev, which always shows the target's netns. */
function netnsDeviceNames(proc: string, pid: number): string[] | null {
  const text = readText(join(proc, String(pid), 'net', 'dev'))
  if (text === null) return null
  return text.split('\n').slice(2).map((l) => /^\s*([^:\s]+):/.exec(l)?.[1]).filter((n): n is string => n !== undefined).sort()
}

/**
 * sysfs shows the devices of the netns that mounted it. A target in its own
 * netns usually has its own mount namespace with a sysfs mounted there
 * (`ip netns exec`, containers): read that one through /proc/<pid>/root, but
 * only if it lists exactly the devices of the target's netns.
 */
function targetSysfs(proc: string, pid: number): string | null {
  const sys = join(proc, String(pid), 'root', 'sys')
  const theirs = netnsDeviceNames(proc, pid)
  if (theirs === null) return null
  const seen = deviceNames(sys)
  return seen.length > 0 && seen.join('\n') === theirs.join('\n') ? sys : null
}

export function readNicLayout(pid: number, roots: NicRoots = {sys: '/sys', proc: '/proc'}): NicLayout {
  const ours = readNetns(join(roots.proc, 'self', 'ns', 'net'))
  const theirs = readNetns(join(roots.proc, String(pid), 'ns', 'net'))
  const targetNetnsIsOurs = ours === null || theirs === null ? null : ours === theirs
  let sys: string | null = roots.sys
  let source: NicSource = 'our-sysfs'
  if (targetNetnsIsOurs !== true) {
    const target = targetSysfs(roots.proc, pid)
    if (target !== null) {
      sys = target
      source = 'target-sysfs'
    } else if (targetNetnsIsOurs === false) {
      sys = null
      source = 'none'
    }
  }
  const interrupts = parseInterrupts(readText(join(roots.proc, 'interrupts')))
  const devices: NicDevice[] = []
  if (sys !== null) {
    for (const name of deviceNames(sys)) {
      const dir = join(sys, 'class', 'net', name)
      if (readUint(join(dir, 'type')) === ARPHRD_LOOPBACK) continue
      devices.push(readDevice(dir, name, interrupts, roots.proc))
    }
  }
  return {
    source,
    targetNetnsIsOurs,
    rpsSockFlowEntries: readUint(join(roots.proc, 'sys', 'net', 'core', 'rps_sock_flow_entries')),
    devices,
  }
}

/**
 * The read at the end, with each IRQ's interrupts while attached (end minus
 * start, per CPU). When the end read lost the devices (the target exited and
 * took its namespace along) the read at attach stands.
 */
export function mergeNicReads(atStart: NicLayout | undefined, atEnd: NicLayout): NicLayout {
  if (!atStart) return atEnd
  if (atEnd.devices.length === 0 && atStart.devices.length > 0) return atStart
  const before = new Map(atStart.devices.flatMap((d) => d.irqs.map((i) => [`${i.irq} ${i.name}`, i.perCpu] as const)))
  return {
    ...atEnd,
    devices: atEnd.devices.map((d) => ({
      ...d,
      irqs: d.irqs.map((i) => {
        const start = before.get(`${i.irq} ${i.name}`)
        const end = i.perCpu
        // A count that went down is another IRQ under the same number (driver reloaded): no delta.
        const delta = start && end && start.length === end.length && end.every((c, k) => c >= start[k]) ? end.map((c, k) => c - start[k]) : null
        return {...i, perCpuWhileAttached: delta}
      }),
    })),
  }
}
