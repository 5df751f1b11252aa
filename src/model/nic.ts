import type {NicDevice, NicIrq, NicLayout} from '../collector/nic.js'
import type {Session} from './session.js'

/** A target thread whose Cpus_allowed_list is a single CPU: a reactor, in the article's words. */
export interface PinnedThread {
  tid: number
  name: string
  cpu: number
}

/** Queue N of a device: where its packets interrupt, where they are processed, and who is pinned there. */
export interface NicQueueRow {
  index: number
  /** IRQs mapped to RX queue N (RX-only or combined vectors). */
  rxIrqs: NicIrq[]
  /** IRQs mapped to TX queue N only. */
  txIrqs: NicIrq[]
  /** Where the RX IRQs are delivered (effective affinity, else the allowed one); null when no RX IRQ is known. */
  irqCpus: number[] | null
  rpsCpus: number[] | null
  rpsFlowCnt: number | null
  xpsCpus: number[] | null
  xpsRxqs: number[] | null
  /** The CPUs that run the protocol stack for this queue: RPS CPUs when RPS is on, else the IRQ CPUs. */
  processingCpus: number[] | null
  pinnedThere: PinnedThread[]
}

export interface NicDeviceView {
  device: NicDevice
  rows: NicQueueRow[]
  /** IRQs of the device that map to no queue (config, control, async events, names not understood). */
  otherIrqs: NicIrq[]
  /** Has at least one IRQ mapped to an RX queue: hardware whose RX side stackprof can place on CPUs. */
  hasRxIrqs: boolean
}

export interface NicView {
  layout: NicLayout
  devices: NicDeviceView[]
  pinned: PinnedThread[]
}

export function pinnedThreads(session: Session): PinnedThread[] {
  return (session.latest?.threads ?? [])
    .filter((t) => !t.exited && t.cpusAllowed !== null && t.cpusAllowed.length === 1)
    .map((t) => ({tid: t.tid, name: t.name, cpu: t.cpusAllowed![0]}))
    .sort((a, b) => a.cpu - b.cpu || a.tid - b.tid)
}

export function irqCpus(irq: NicIrq): number[] | null {
  return irq.effectiveAffinity && irq.effectiveAffinity.length > 0 ? irq.effectiveAffinity : irq.affinity
}

function union(lists: (number[] | null)[]): number[] | null {
  const known = lists.filter((l): l is number[] => l !== null)
  if (known.length === 0) return null
  return [...new Set(known.flat())].sort((a, b) => a - b)
}

export function deviceView(device: NicDevice, pinned: PinnedThread[]): NicDeviceView {
  const indices = [...new Set([
    ...device.rxQueues.map((q) => q.index),
    ...device.txQueues.map((q) => q.index),
    ...device.irqs.flatMap((i) => (i.queue === null ? [] : [i.queue])),
  ])].sort((a, b) => a - b)
  const rows = indices.map((index): NicQueueRow => {
    const rx = device.rxQueues.find((q) => q.index === index)
    const tx = device.txQueues.find((q) => q.index === index)
    const rxIrqs = device.irqs.filter((i) => i.queue === index && (i.kind === 'rx' || i.kind === 'rxtx'))
    const txIrqs = device.irqs.filter((i) => i.queue === index && i.kind === 'tx')
    const cpus = rxIrqs.length > 0 ? union(rxIrqs.map(irqCpus)) : null
    const rps = rx?.rpsCpus ?? null
    const processingCpus = rps && rps.length > 0 ? rps : cpus
    return {
      index,
      rxIrqs,
      txIrqs,
      irqCpus: cpus,
      rpsCpus: rps,
      rpsFlowCnt: rx?.rpsFlowCnt ?? null,
      xpsCpus: tx?.xpsCpus ?? null,
      xpsRxqs: tx?.xpsRxqs ?? null,
      processingCpus,
      pinnedThere: processingCpus ? pinned.filter((p) => processingCpus.includes(p.cpu)) : [],
    }
  })
  return {
    device,
    rows,
    otherIrqs: device.irqs.filter((i) => i.queue === null),
    hasRxIrqs: device.irqs.some((i) => i.queue !== null && (i.kind === 'rx' || i.kind === 'rxtx')),
  }
}

/** The layout read at attach (and at the end), next to the target's pinned threads; undefined before it was read. */
export function nicView(session: Session): NicView | undefined {
  const layout = session.nic
  if (!layout) return undefined
  const pinned = pinnedThreads(session)
  return {layout, devices: layout.devices.map((d) => deviceView(d, pinned)), pinned}
}

/** The `nic` section of the JSON report (docs/json-report.md); null when the layout was not read. */
export function nicReport(session: Session) {
  const view = nicView(session)
  if (!view) return null
  return {
    source: view.layout.source,
    targetNetnsIsOurs: view.layout.targetNetnsIsOurs,
    rpsSockFlowEntries: view.layout.rpsSockFlowEntries,
    devices: view.devices.map(({device, rows}) => ({
      name: device.name,
      operstate: device.operstate,
      parent: device.parent,
      pciAddress: device.pciAddress,
      rxQueues: device.rxQueues.map((q) => {
        const row = rows.find((r) => r.index === q.index)
        return {
          index: q.index,
          rpsCpus: q.rpsCpus,
          rpsFlowCnt: q.rpsFlowCnt,
          irqs: row?.rxIrqs.map((i) => i.irq) ?? [],
          irqCpus: row?.irqCpus ?? null,
          processingCpus: row?.processingCpus ?? null,
          pinnedThreads: row?.pinnedThere.map((p) => p.tid) ?? [],
        }
      }),
      txQueues: device.txQueues,
      irqs: device.irqs,
    })),
    pinnedThreads: view.pinned,
  }
}
