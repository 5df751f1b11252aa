import {endpoint, listenerGroups} from '../../model/listeners.js'
import type {Session} from '../../model/session.js'
import type {Finding, Rule} from '../finding.js'
import {localityTable, pinCommands} from './reuseport-locality.js'

/** CPU steering assumes index i is served on CPU i; a thread allowed on several CPUs keeps that only by luck. */
export const steeringWithoutPinning: Rule = {
  id: 'steering-without-pinning',
  title: 'CPU steering without pinned threads',
  evaluate(session: Session): Finding[] {
    return listenerGroups(session)
      .filter((g) => g.steering === 'cbpf-cpu')
      .flatMap((g): Finding[] => {
        const loose = g.sockets.filter((s) => s.locality === 'unpinned')
        if (loose.length === 0) return []
        const where = `${endpoint(g)}/${g.protocol}`
        return [{
          rule: this.id,
          severity: 'warning',
          title: `${where}: CPU steering is attached, but ${loose.length} of ${g.sockets.length} sockets are served by unpinned threads`,
          evidence: [
            `${where}: SO_REUSEPORT group of ${g.groupSize}, steering: ${g.steeringText}`,
            ...localityTable(g),
          ],
          metrics: {
            port: g.port,
            protocol: g.protocol,
            groupSize: g.groupSize,
            sockets: g.sockets.length,
            unpinned: loose.length,
            unpinnedIndexes: loose.map((s) => s.index).join(','),
          },
          meaning:
            'The CPU-steering program sends a packet received on CPU c to the socket at group index c, on the assumption that ' +
            'the thread serving index c runs on CPU c. These threads may run on several CPUs, so the scheduler decides where ' +
            'they run: locality holds only while it happens to keep each one on its CPU, and breaks under load or after a migration.',
          fix: `Pin the thread serving index i to CPU i: ${pinCommands(loose)} (in the code: pthread_setaffinity_np in each reactor before listen()).`,
          docs: 'docs/findings/steering-without-pinning.md',
        }]
      })
  },
}
