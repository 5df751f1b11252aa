import {busyPoll} from '../../model/eventloop.js'
import type {Session} from '../../model/session.js'
import type {Finding, Rule} from '../finding.js'

/** Domain rule 3: prefer_busy_poll needs napi_defer_hard_irqs and gro_flush_timeout to keep IRQs masked. */
export const preferBusyPollWithoutDeferral: Rule = {
  id: 'prefer-busy-poll-without-deferral',
  title: 'Prefer-busy-poll without IRQ deferral',
  evaluate(session: Session): Finding[] {
    const bp = busyPoll(session)
    if (!bp || bp.preferBusyPollBy.length === 0) return []
    // Devices that are down carry no traffic: their settings decide nothing.
    const devices = bp.devices.filter((d) => !d.loopback && d.napiDeferHardIrqs !== null && d.operstate !== 'down')
    const lacking = devices.filter((d) => d.napiDeferHardIrqs === 0 || d.groFlushTimeoutNs === 0)
    if (devices.length === 0 || lacking.length < devices.length) return []
    return [{
      rule: this.id,
      severity: 'warning',
      title: 'Prefer-busy-poll is set, but no device defers its interrupts',
      evidence: [
        `prefer-busy-poll: ${bp.preferBusyPollBy.join('; ')}`,
        ...lacking.map((d) => `${d.name}: napi_defer_hard_irqs ${d.napiDeferHardIrqs}, gro_flush_timeout ${d.groFlushTimeoutNs ?? '?'} ns`),
        ...(bp.devicesAreTargetNetns === false ? ['(devices read from stackprof\'s network namespace, which is not the target\'s)'] : []),
      ],
      metrics: {devices: lacking.map((d) => d.name).join(','), preferSettings: bp.preferBusyPollBy.length},
      meaning:
        'Prefer-busy-poll asks the kernel to leave the NIC queue to the application\'s busy loop, but the kernel can only do that ' +
        'while hard IRQs stay masked: napi_defer_hard_irqs (empty polls before re-arming the IRQ) and gro_flush_timeout (a timer ' +
        'that re-polls instead) must both be non-zero. With either at 0, interrupts and softirq processing take the queue back ' +
        'and the busy loop competes with them.',
      fix:
        'Per device: echo 2 > /sys/class/net/<dev>/napi_defer_hard_irqs; echo 200000 > /sys/class/net/<dev>/gro_flush_timeout ' +
        '(or per NAPI with the netdev netlink napi-set). See Documentation/networking/napi.rst, "IRQ mitigation".',
      docs: 'docs/findings/prefer-busy-poll-without-deferral.md',
    }]
  },
}
