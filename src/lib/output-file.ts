import {closeSync, constants, existsSync, fstatSync, ftruncateSync, lstatSync, openSync, writeSync} from 'node:fs'
import {dirname} from 'node:path'
import {UserError} from './errors.js'

/**
 * Writes a report file the way a privileged tool must: stackprof often runs
 * as root, and an output path in a shared directory such as /tmp may be a
 * symlink planted by another user to make root overwrite something else.
 * O_NOFOLLOW refuses a symlink as the last component; a FIFO or device is
 * refused after opening (O_NONBLOCK keeps a FIFO from blocking the open).
 */
export function writeOutputFile(path: string, content: string | Uint8Array): void {
  let fd: number
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o644)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // ENXIO: a FIFO nobody reads; EISDIR: a directory. Neither is a report file.
    if (code === 'ENXIO' || code === 'EISDIR') throw new UserError(`will not write ${path}: it is not a regular file`)
    if (code === 'ELOOP') throw new UserError(`will not write ${path}: it is a symbolic link`, 'give a path that is not a symlink (a planted link could make a privileged process overwrite another file)')
    throw new UserError(`cannot write ${path}: ${(error as Error).message.replace(/^\w+: /, '')}`)
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UserError(`will not write ${path}: it is not a regular file`)
    // Truncate only after the checks: opening with O_TRUNC would already have emptied whatever it was.
    const bytes = typeof content === 'string' ? Buffer.from(content) : content
    ftruncateSync(fd, 0)
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset, offset)
  } finally {
    closeSync(fd)
  }
}

/**
 * The same refusals as writeOutputFile, checked before any work starts, so a
 * bad path costs the user nothing (the write itself still re-checks).
 */
export function checkOutputPath(path: string): void {
  let stats
  try {
    stats = lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (!existsSync(dirname(path))) throw new UserError(`cannot write ${path}: no directory ${dirname(path)}`)
      return
    }
    throw new UserError(`cannot write ${path}: ${(error as Error).message.replace(/^\w+: /, '')}`)
  }
  if (stats.isSymbolicLink()) throw new UserError(`will not write ${path}: it is a symbolic link`, 'give a path that is not a symlink (a planted link could make a privileged process overwrite another file)')
  if (!stats.isFile()) throw new UserError(`will not write ${path}: it is not a regular file`)
}
