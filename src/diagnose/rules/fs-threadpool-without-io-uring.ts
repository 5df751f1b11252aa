import {nodejsView} from '../../model/nodejs.js'
import type {Session} from '../../model/session.js'
import {count, percent} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/** At least this many fs items on the pool... */
export const MIN_FS_ITEMS = 100
/** ...making at least this share of its work. */
export const MIN_FS_SHARE = 0.5

/** libuv 1.45 is the first with io_uring for file operations. */
function libuvHasIoUring(version: string | null): boolean {
  if (!version) return true
  const [major, minor] = version.split('.').map(Number)
  return major > 1 || (major === 1 && minor >= 45)
}

export const fsThreadpoolWithoutIoUring: Rule = {
  id: 'fs-threadpool-without-io-uring',
  title: 'fs work runs on the threadpool while io_uring is available',
  evaluate(session: Session): Finding[] {
    const v = nodejsView(session)
    if (!v || !v.ioUring.available || v.ioUring.fsSubmitted > 0 || !libuvHasIoUring(v.libuvVersion)) return []
    if (v.useIoUringEnv !== null && v.useIoUringEnv !== '0') return []
    const fs = v.threadpool.kinds.find((k) => k.kind === 'fs')
    const all = v.threadpool.work
    if (!fs || fs.count < MIN_FS_ITEMS || fs.count / all < MIN_FS_SHARE) return []
    return [{
      rule: this.id,
      severity: 'info',
      title: `${count(fs.count)} fs calls ran on the threadpool; io_uring is available but not used`,
      evidence: [
        `${count(fs.count)} of ${count(all)} threadpool items (${percent(fs.count / all)}) were fs work (uv__fs_work), no file operation submitted to io_uring by this process${v.ioUring.submitted > 0 ? ` (its ${count(v.ioUring.submitted)} io_uring submissions were other operations, such as libuv's epoll_ctl batches)` : ''}`,
        `the kernel allows io_uring (kernel.io_uring_disabled = 0); UV_USE_IO_URING is ${v.useIoUringEnv === null ? 'not set' : `"${v.useIoUringEnv}"`}; libuv ${v.libuvVersion ?? '(version unknown)'}`,
      ],
      metrics: {fsItems: fs.count, poolItems: all, poolSize: v.poolSize},
      meaning:
        'With io_uring, libuv submits reads, writes, opens, stats and closes to the kernel from the event loop, without a pool thread: ' +
        'fs calls stop competing with crypto, zlib and dns.lookup for the threadpool. Node.js turns it off by default since 2024 ' +
        '(a security fix), so it stays off unless asked for.',
      fix:
        'Start Node.js with UV_USE_IO_URING=1 in the environment (libuv ≥ 1.45 on Linux ≥ 5.10) and compare; otherwise raise UV_THREADPOOL_SIZE ' +
        'so fs calls do not queue behind other work.',
      docs: 'docs/findings/fs-threadpool-without-io-uring.md',
    } satisfies Finding]
  },
}
