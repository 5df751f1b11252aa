import {formatCpuList} from '../decode/syscalls.js'
import {count, pad} from '../lib/format.js'
import {irqCpus, nicView, type NicDeviceView, type NicQueueRow, type NicView} from '../model/nic.js'
import type {NicIrq} from '../collector/nic.js'
import type {Session} from '../model/session.js'

/** A CPU set as the kernel prints it; [] is "off" for RPS/XPS masks, null is unreadable. */
function mask(cpus: number[] | null): string {
  if (cpus === null) return '?'
  return cpus.length === 0 ? 'off' : formatCpuList(cpus)
}

function irqTarget(irq: NicIrq): string {
  const cpus = irqCpus(irq)
  const allowed = irq.affinity && irq.effectiveAffinity && irq.effectiveAffinity.length > 0 && formatCpuList(irq.affinity) !== formatCpuList(irq.effectiveAffinity)
    ? ` (may ${formatCpuList(irq.affinity)})`
    : ''
  return `${irq.irq} → ${cpus === null ? '?' : formatCpuList(cpus)}${allowed}`
}

/** The CPUs that took an IRQ set's interrupts, busiest first: while attached when both reads exist, else since boot. */
function taken(irqs: NicIrq[], whileAttached: boolean): string {
  const perCpu = new Map<number, number>()
  for (const irq of irqs) {
    const counts = whileAttached ? irq.perCpuWhileAttached : irq.perCpu
    counts?.forEach((n, cpu) => n > 0 && perCpu.set(cpu, (perCpu.get(cpu) ?? 0) + n))
  }
  if (irqs.length === 0) return '-'
  if (perCpu.size === 0) return 'none'
  return [...perCpu.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([cpu, n]) => `CPU${cpu} ${count(n)}`).join(', ')
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function describeDevice(view: NicDeviceView): string {
  const d = view.device
  const where = d.parent === null ? 'virtual' : [d.parent, d.pciAddress && d.pciAddress !== d.parent ? `PCI ${d.pciAddress}` : ''].filter(Boolean).join(', ')
  const irqs = d.parent === null ? ', no IRQs (packets are processed on the sending CPU, or by RPS)' : view.hasRxIrqs ? '' : `, ${plural(d.irqs.length, 'IRQ')}, none mapped to an RX queue`
  return `${d.name} (${where}, ${d.operstate ?? 'state ?'}): ${plural(d.rxQueues.length, 'RX queue')}, ${plural(d.txQueues.length, 'TX queue')}${irqs}`
}

function rowLine(row: NicQueueRow, whileAttached: boolean): string {
  const irq = row.rxIrqs.length === 0 ? '-' : row.rxIrqs.map(irqTarget).join(' ')
  const pinned = row.pinnedThere.length === 0 ? '-' : row.pinnedThere.map((p) => `${p.name} (${p.tid})`).join(', ')
  return `    ${pad(String(row.index), 6)}${pad(irq, 22)}${pad(taken(row.rxIrqs, whileAttached), 24)}${pad(mask(row.rpsCpus), 10)}${pad(mask(row.xpsCpus), 10)}${pinned}`
}

function sourceNote(view: NicView): string {
  switch (view.layout.source) {
    case 'target-sysfs':
      return 'devices of the target\'s network namespace, read through its sysfs'
    case 'none':
      return 'none shown: the target is in another network namespace whose devices stackprof cannot reach (run stackprof inside it, e.g. ip netns exec / nsenter --net --mount)'
    default:
      return view.layout.targetNetnsIsOurs === null ? 'devices of stackprof\'s network namespace; could not tell whether it is the target\'s' : 'devices of the target\'s network namespace'
  }
}

export function renderNicSection(session: Session, options: {maxQueues?: number} = {}): string[] {
  const view = nicView(session)
  if (!view) return []
  const maxQueues = options.maxQueues ?? 16
  const flows = view.layout.rpsSockFlowEntries === null ? '' : `; rps_sock_flow_entries ${view.layout.rpsSockFlowEntries}`
  const lines = [`NIC (${sourceNote(view)}${flows})`]
  if (view.layout.source !== 'none' && view.devices.length === 0) lines.push('  no network device besides loopback')
  const whileAttached = view.devices.some((d) => d.device.irqs.some((i) => i.perCpuWhileAttached !== null))
  for (const dv of view.devices) {
    lines.push(`  ${describeDevice(dv)}`)
    if (dv.rows.length === 0) continue
    lines.push(`    ${pad('queue', 6)}${pad('RX IRQ → CPU', 22)}${pad(whileAttached ? 'RX IRQs while attached' : 'RX IRQs since boot', 24)}${pad('RPS CPUs', 10)}${pad('XPS CPUs', 10)}pinned target threads there`)
    for (const row of dv.rows.slice(0, maxQueues)) lines.push(rowLine(row, whileAttached))
    if (dv.rows.length > maxQueues) lines.push(`    … ${dv.rows.length - maxQueues} more queues`)
    const tx = dv.device.irqs.filter((i) => i.kind === 'tx')
    if (tx.length > 0) lines.push(`    TX IRQs: ${tx.slice(0, 8).map((i) => `tx-${i.queue} ${irqTarget(i)}`).join(', ')}${tx.length > 8 ? ', …' : ''}`)
    if (dv.otherIrqs.length > 0) {
      lines.push(`    IRQs of no queue (unmapped): ${dv.otherIrqs.slice(0, 6).map((i) => `${i.name || '?'} ${irqTarget(i)}`).join(', ')}${dv.otherIrqs.length > 6 ? ', …' : ''}`)
    }
  }
  lines.push(view.pinned.length === 0
    ? '  target threads pinned to one CPU: none'
    : `  target threads pinned to one CPU: ${view.pinned.map((p) => `${p.name} (${p.tid}) → CPU ${p.cpu}`).join(', ')}`)
  return lines
}

/** At most one line per device with RX IRQs, for the live screen. */
export function renderNicLive(session: Session): string[] {
  const view = nicView(session)
  if (!view) return []
  return view.devices.filter((d) => d.hasRxIrqs).slice(0, 3).map((dv) => {
    const rows = dv.rows.filter((r) => r.rxIrqs.length > 0)
    const irqs = rows.length <= 2
      ? rows.map((r) => `rx-${r.index} IRQ ${r.rxIrqs.map(irqTarget).join(' ')}`).join(', ')
      : `${rows.length} RX IRQs → CPU ${formatCpuList(rows.flatMap((r) => r.irqCpus ?? []))}`
    const rps = dv.device.rxQueues.some((q) => q.rpsCpus && q.rpsCpus.length > 0) ? 'RPS on' : 'RPS off'
    return `NIC ${dv.device.name}: ${irqs}; ${rps}`
  })
}
