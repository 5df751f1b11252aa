import {loopThreads, socketIo} from '../../model/eventloop.js'
import type {Session} from '../../model/session.js'
import {count, percent} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/** Below this many socket receives (or sends) the choice of call does not matter. */
export const MIN_SOCKET_CALLS = 1000
/** Domain rule 9: more than half of socket receives through read()/readv(). */
export const MIN_READ_SHARE = 0.5

/** Domain rule 9: read()/write() on TCP/UDP sockets, where recv()/send() say what they mean. */
export const readWriteOnSockets: Rule = {
  id: 'read-write-on-sockets',
  title: 'read()/write() on sockets',
  evaluate(session: Session): Finding[] {
    const findings: Finding[] = []
    // libuv (Node.js) reads and writes sockets with read()/write() by design: advice its users cannot act on.
    const libuvLoops = new Set(loopThreads(session).filter((t) => t.libuvPattern).map((t) => t.tid))
    if (session.comm === 'node') return []
    for (const t of socketIo(session)) {
      if (libuvLoops.has(t.tid)) continue
      const receives = t.readOnSockets + t.recvFamily
      const sends = t.writeOnSockets + t.sendFamily
      const readShare = receives > 0n ? Number(t.readOnSockets) / Number(receives) : 0
      const writeShare = sends > 0n ? Number(t.writeOnSockets) / Number(sends) : 0
      const reads = receives >= BigInt(MIN_SOCKET_CALLS) && readShare > MIN_READ_SHARE
      const writes = sends >= BigInt(MIN_SOCKET_CALLS) && writeShare > MIN_READ_SHARE
      if (!reads && !writes) continue
      const evidence: string[] = []
      if (reads) evidence.push(`${percent(readShare)} of ${count(receives)} socket receives used read/readv (${count(t.readOnSockets)}), ${count(t.recvFamily)} used the recv family`)
      if (writes) evidence.push(`${percent(writeShare)} of ${count(sends)} socket sends used write/writev (${count(t.writeOnSockets)}), ${count(t.sendFamily)} used the send family`)
      evidence.push('the fd kind (TCP/UDP socket) was decided in the kernel at each call')
      findings.push({
        rule: this.id,
        severity: 'info',
        title: `${t.name} (tid ${t.tid}) uses ${reads && writes ? 'read()/write()' : reads ? 'read()' : 'write()'} on TCP/UDP sockets`,
        evidence,
        metrics: {tid: t.tid, readOnSockets: Number(t.readOnSockets), recvFamily: Number(t.recvFamily), writeOnSockets: Number(t.writeOnSockets), sendFamily: Number(t.sendFamily), readShare, writeShare},
        meaning:
          'read() and write() on a socket go through the generic file layer (vfs_read, then sock_read_iter) before reaching the ' +
          'socket code that recv() and send() enter directly, and they cannot pass flags such as MSG_DONTWAIT or MSG_ZEROCOPY. ' +
          'The difference per call is small; it shows up at hundreds of thousands of calls per second. The kernel-vs-DPDK ' +
          'article switched its reactor to recv()/send() for this reason. Treat this as a review item, not a defect.',
        fix: 'On sockets, call recv()/send() (or recvmsg()/sendmsg() to batch with iovecs) instead of read()/write(), then compare with `stackprof diagnose` and a load test.',
        docs: 'docs/findings/read-write-on-sockets.md',
        thread: {tid: t.tid, name: t.name},
      })
    }
    return findings
  },
}
