import {formatCpuList} from '../../decode/syscalls.js'
import {endpoint, listenerGroups, type ListenerGroupView, type ListenerRow} from '../../model/listeners.js'
import type {Session} from '../../model/session.js'
import type {Finding, Rule} from '../finding.js'

const VERDICT: Record<ListenerRow['locality'], string> = {
  'ok': 'ok', 'mismatch': 'MISMATCH', 'unpinned': 'NOT PINNED', 'no-such-cpu': 'never selected', 'unknown': 'unknown', 'not-steered': '-',
}

/** "index 0 (fd 3) → reactor-0 (tid 101, accepted 5) → allowed CPUs 1: MISMATCH": one line per socket of the group. */
export function localityTable(g: ListenerGroupView): string[] {
  return g.sockets.map((s: ListenerRow) => {
    const t = s.servingThread
    const accepted = s.accepts.filter((a) => a.tid === t?.tid).reduce((n, a) => n + a.accepted, 0n)
    const who = t ? `${t.name} (tid ${t.tid}, ${t.source === 'accept' ? `accepted ${accepted}` : 'called listen()'})` : 'no thread seen'
    const cpus = t?.cpusAllowed ? `allowed CPUs ${formatCpuList(t.cpusAllowed)}` : 'allowed CPUs unknown'
    return `index ${s.index ?? '?'} (fd ${s.fd}) → ${who} → ${cpus}: ${VERDICT[s.locality]}`
  })
}

/** taskset commands that pin each listed socket's serving thread to the CPU its index stands for. */
export function pinCommands(rows: readonly ListenerRow[]): string {
  return rows.filter((r) => r.servingThread && r.index !== null).map((r) => `taskset -pc ${r.index} ${r.servingThread!.tid}`).join('; ')
}

/**
 * Domain rule 6: with the CPU-steering program (`ld cpu; ret a`) a packet
 * received on CPU c goes to group index c, so index c must be served on CPU c.
 */
export const reuseportLocality: Rule = {
  id: 'reuseport-locality',
  title: 'Reuseport socket index does not match its thread\'s CPU',
  evaluate(session: Session): Finding[] {
    return listenerGroups(session)
      .filter((g) => g.steering === 'cbpf-cpu')
      .flatMap((g): Finding[] => {
        const wrong = g.sockets.filter((s) => s.locality === 'mismatch')
        if (wrong.length === 0) return []
        const where = `${endpoint(g)}/${g.protocol}`
        return [{
          rule: this.id,
          severity: 'warning',
          title: `${where}: CPU steering sends ${wrong.length} of ${g.sockets.length} sockets' packets to threads on other CPUs`,
          evidence: [
            `${where}: SO_REUSEPORT group of ${g.groupSize}, steering: ${g.steeringText}: a packet received on CPU c goes to index c`,
            ...localityTable(g),
          ],
          metrics: {
            port: g.port,
            protocol: g.protocol,
            groupSize: g.groupSize,
            sockets: g.sockets.length,
            mismatched: wrong.length,
            mismatchedIndexes: wrong.map((s) => s.index).join(','),
          },
          meaning:
            'The CPU-steering program hands each new connection (or datagram) to the socket whose group index equals the CPU ' +
            'that received the packet, so that the same CPU runs the interrupt, the protocol stack and the application. ' +
            'Group indexes follow the order of listen() (TCP) or bind() (UDP), not the threads\' pinning: here the thread ' +
            'that serves index i is pinned elsewhere, so every packet crosses CPUs (cache misses, inter-processor wake-ups) ' +
            'while the setup looks perfectly local.',
          fix:
            `Call listen() (bind() for UDP) in CPU order: the thread pinned to CPU i must be the i-th to listen. Or pin the ` +
            `thread that serves index i to CPU i: ${pinCommands(wrong)} (in the code: pthread_setaffinity_np before listen()). ` +
            'The showdown article (talawah.io) lost days to reactors started in order 0,1,2,3 but pinned 0,2,1,3.',
          docs: 'docs/findings/reuseport-locality.md',
        }]
      })
  },
}
