import {userStacks, LKL_FD_OFFSET} from '../../model/lkl.js'
import type {Session} from '../../model/session.js'
import {count} from '../../lib/format.js'
import type {Finding, Rule} from '../finding.js'

/**
 * Domain rule 11 (fd half): the hijack library decides by number whose an fd
 * is: fd >= 512 is LKL's (is_lklfd, LKL_FD_OFFSET = FD_SETSIZE/2). A host fd
 * that reaches 512 is sent to LKL.
 */
export const lklHostFdLimit: Rule = {
  id: 'lkl-host-fd-limit',
  title: 'Host fds reach 512, where LKL\'s hijack library takes fds for LKL\'s',
  evaluate(session: Session): Finding[] {
    const view = userStacks(session)
    if (!view?.lkl || !view.hijack) return []
    const fds = view.hostFds
    const max = fds.maxSeen
    // FDSize grows past 512 only when an fd of 512 or more was allocated (the table doubles from 512 to 1024).
    const grown = fds.tableSizeSeen > LKL_FD_OFFSET
    if ((max === null || max < LKL_FD_OFFSET) && !grown) return []
    const evidence = [
      max !== null ? `highest host fd seen: ${max}${max >= LKL_FD_OFFSET ? ` (≥ ${LKL_FD_OFFSET})` : ''}; ${count(fds.now)} host fds open at the last look` : 'the host fd listing could not be read',
      `the kernel's fd table of the process holds ${fds.tableSizeSeen} slots (FDSize)${grown ? `: it grows past ${LKL_FD_OFFSET} only once an fd of ${LKL_FD_OFFSET} or more was allocated` : ''}`,
      `the hijack library (${view.lkl.path}) treats every fd ≥ ${LKL_FD_OFFSET} as LKL's`,
    ]
    return [{
      rule: this.id,
      severity: 'critical',
      title: `Host fd ${max ?? '≥ 512'} is at or above ${LKL_FD_OFFSET}: the hijack library sends calls on it to LKL`,
      evidence,
      metrics: {maxHostFd: max ?? -1, hostFds: fds.now, fdTableSize: fds.tableSizeSeen, lklFdOffset: LKL_FD_OFFSET},
      meaning:
        'LKL\'s hijack library tells host fds from LKL fds by number alone: is_lklfd(fd) is fd >= 512, and LKL numbers its own fds ' +
        'from 512 up. Once the process has 512 host fds (files, pipes, eventfds, host sockets), new ones land at 512 and above: reads, ' +
        'writes and closes on them go to LKL, which either fails them (EBADF) or acts on an LKL socket with that number.',
      fix:
        'Keep host fds below 512: close what is not needed, raise nothing that makes the program open many host files; or rebuild the ' +
        'library with a larger LKL_FD_OFFSET. `ls /proc/<pid>/fd | sort -n | tail` shows the highest host fds.',
      docs: 'docs/findings/lkl-host-fd-limit.md',
    } satisfies Finding]
  },
}
