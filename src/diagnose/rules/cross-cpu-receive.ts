import {formatCpuList} from '../../decode/syscalls.js'
import {count} from '../../lib/format.js'
import {nicView, type NicDeviceView, type NicQueueRow, type PinnedThread} from '../../model/nic.js'
import type {Session} from '../../model/session.js'
import type {Finding, Rule} from '../finding.js'

const SHOWN = 4

function irqList(rows: NicQueueRow[]): string {
  const parts = rows.slice(0, SHOWN).map((r) => `rx-${r.index} IRQ ${r.rxIrqs.map((i) => i.irq).join('+')} → CPU ${formatCpuList(r.irqCpus ?? [])}`)
  return parts.join(', ') + (rows.length > SHOWN ? `, … ${rows.length - SHOWN} more` : '')
}

function threadList(threads: PinnedThread[]): string {
  const parts = threads.slice(0, SHOWN).map((t) => `${t.name} (${t.tid}) on CPU ${t.cpu}`)
  return parts.join(', ') + (threads.length > SHOWN ? `, … ${threads.length - SHOWN} more` : '')
}

/** Interrupts of the RX IRQs per CPU while attached, busiest first: which CPUs really took the device's packets. */
function takenWhileAttached(rows: NicQueueRow[]): string | null {
  const perCpu = new Map<number, number>()
  let known = false
  for (const irq of rows.flatMap((r) => r.rxIrqs)) {
    if (!irq.perCpuWhileAttached) continue
    known = true
    irq.perCpuWhileAttached.forEach((n, cpu) => n > 0 && perCpu.set(cpu, (perCpu.get(cpu) ?? 0) + n))
  }
  if (!known) return null
  const busiest = [...perCpu.entries()].sort((a, b) => b[1] - a[1])
  return busiest.length === 0 ? 'none' : busiest.slice(0, SHOWN).map(([cpu, n]) => `CPU ${cpu} ${count(n)}`).join(', ')
}

function evaluateDevice(view: NicDeviceView, reactors: PinnedThread[], netnsNote: string[]): Finding | null {
  const device = view.device
  const reactorCpus = [...new Set(reactors.map((r) => r.cpu))].sort((a, b) => a - b)
  const rxRows = view.rows.filter((r) => r.rxIrqs.length > 0 && r.irqCpus !== null && r.irqCpus.length > 0)
  const evidence: string[] = []
  const fixes: string[] = []
  const metrics: Record<string, number | string> = {device: device.name, rxQueues: device.rxQueues.length, pinnedThreads: reactors.length}

  // (a) RSS already gives each reactor a queue, so RPS only adds a hop to another CPU.
  const rpsQueues = device.rxQueues.filter((q) => q.rpsCpus !== null && q.rpsCpus.length > 0)
  if (rpsQueues.length > 0 && device.rxQueues.length >= reactors.length) {
    const shown = rpsQueues.slice(0, SHOWN).map((q) => `rx-${q.index} → CPU ${formatCpuList(q.rpsCpus!)}`).join(', ')
    evidence.push(
      `${device.name}: RPS is on for ${rpsQueues.length} of ${device.rxQueues.length} RX queues (${shown}${rpsQueues.length > SHOWN ? ', …' : ''}), ` +
        `while ${device.rxQueues.length} RX queue${device.rxQueues.length === 1 ? '' : 's'} with their own IRQs ≥ ${reactors.length} pinned thread${reactors.length === 1 ? '' : 's'}`,
    )
    fixes.push(`for f in /sys/class/net/${device.name}/queues/rx-*/rps_cpus; do echo 0 > $f; done`)
    metrics.rpsQueues = rpsQueues.length
  }

  // (b) Only with real RSS (two or more RX vectors, at least one per reactor CPU) can every reactor own a queue's IRQ.
  if (rxRows.length >= 2 && rxRows.length >= reactorCpus.length) {
    const covered = new Set(rxRows.flatMap((r) => r.irqCpus!))
    const uncovered = reactorCpus.filter((c) => !covered.has(c))
    if (uncovered.length > 0) {
      evidence.push(
        `reactor CPU${uncovered.length === 1 ? '' : 's'} ${formatCpuList(uncovered)} (${threadList(reactors.filter((r) => uncovered.includes(r.cpu)))}) ` +
          `take${uncovered.length === 1 ? 's' : ''} none of ${device.name}'s RX interrupts`,
        `${device.name} RX IRQs go to CPU ${formatCpuList([...covered])}: ${irqList(rxRows)}`,
      )
      const taken = takenWhileAttached(rxRows)
      if (taken !== null) evidence.push(`${device.name} RX interrupts taken while attached: ${taken}`)
      // Queue k to the k-th reactor CPU, the layout a CPU-steered reuseport group expects (socket k on CPU k).
      const moves = reactorCpus.slice(0, rxRows.length).flatMap((cpu, k) => rxRows[k].rxIrqs.map((irq) => `echo ${cpu} > /proc/irq/${irq.irq}/smp_affinity_list`))
      fixes.push(...moves.slice(0, 8), ...(moves.length > 8 ? ['…'] : []))
      fixes.push(`keep irqbalance from moving them back: stop it (systemctl stop irqbalance) or ban these IRQs (irqbalance --banirq=<n>, IRQBALANCE_BANNED_IRQS)`)
      metrics.reactorCpusWithoutRxIrq = formatCpuList(uncovered)
      metrics.rxIrqCpus = formatCpuList([...covered])
    }
  }
  if (evidence.length === 0) return null
  return {
    rule: 'cross-cpu-receive',
    severity: 'warning',
    title: `Packets from ${device.name} are processed on other CPUs than the pinned threads`,
    evidence: [...evidence, `pinned threads: ${threadList(reactors)}`, ...netnsNote],
    metrics,
    meaning:
      'A packet is processed (softirq, TCP/UDP receive) on the CPU that took the queue\'s interrupt, or with RPS on the CPU that ' +
      'rps_cpus picks. When that is not the CPU of the thread that reads the socket, every packet crosses CPUs: the socket and ' +
      'its buffers bounce between caches and the reader is woken by an inter-processor interrupt. Pinning reactors pays off only ' +
      'when each one also owns the RX queue that feeds it.',
    fix: `${fixes.join('; ')}. See Documentation/networking/scaling.rst.`,
    docs: 'docs/findings/cross-cpu-receive.md',
  }
}

/**
 * Domain rule 7, configuration signals only: RPS on top of enough RSS queues,
 * or reactor CPUs that no RX queue interrupt reaches.
 */
export const crossCpuReceive: Rule = {
  id: 'cross-cpu-receive',
  title: 'Cross-CPU receive',
  evaluate(session: Session): Finding[] {
    const view = nicView(session)
    if (!view || view.pinned.length === 0) return []
    const netnsNote = view.layout.targetNetnsIsOurs === null ? ['(could not tell whether these devices are in the target\'s network namespace)'] : []
    return view.devices
      // Virtual and loopback devices have no RX IRQ to place; down devices carry nothing.
      .filter((d) => d.hasRxIrqs && d.device.operstate !== 'down')
      .map((d) => evaluateDevice(d, view.pinned, netnsNote))
      .filter((f): f is Finding => f !== null)
  },
}
