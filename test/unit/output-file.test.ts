import assert from 'node:assert/strict'
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, describe, it} from 'node:test'
import {execFileSync} from 'node:child_process'
import {checkOutputPath, writeOutputFile} from '../../src/lib/output-file.js'
import {resolveCommand} from '../../src/commands/run.js'
import {UserError} from '../../src/lib/errors.js'

const dir = mkdtempSync(join(tmpdir(), 'stackprof-out-'))
after(() => rmSync(dir, {recursive: true, force: true}))

describe('report files', () => {
  it('writes a new file and replaces an old one whole', () => {
    const path = join(dir, 'r.json')
    writeOutputFile(path, 'a long first report\n')
    writeOutputFile(path, 'short\n')
    assert.equal(readFileSync(path, 'utf8'), 'short\n')
  })

  it('refuses a symlink, and leaves its target alone', () => {
    const victim = join(dir, 'victim')
    writeFileSync(victim, 'precious')
    const link = join(dir, 'planted.json')
    symlinkSync(victim, link)
    assert.throws(() => checkOutputPath(link), (e: unknown) => e instanceof UserError && /symbolic link/.test(e.message))
    assert.throws(() => writeOutputFile(link, 'x'), (e: unknown) => e instanceof UserError && /symbolic link/.test(e.message))
    assert.equal(readFileSync(victim, 'utf8'), 'precious')
  })

  it('refuses a FIFO or a directory without blocking', () => {
    const fifo = join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    assert.throws(() => checkOutputPath(fifo), /not a regular file/)
    assert.throws(() => writeOutputFile(fifo, 'x'), /not a regular file/)
    const sub = join(dir, 'sub')
    mkdirSync(sub)
    assert.throws(() => checkOutputPath(sub), /not a regular file/)
  })

  it('says when the directory does not exist', () => {
    assert.throws(() => checkOutputPath(join(dir, 'nope', 'r.json')), /no directory/)
  })
})

describe('resolving the command of `run`', () => {
  it('searches PATH like execvp, skipping what is not executable', () => {
    const a = join(dir, 'bin-a')
    const b = join(dir, 'bin-b')
    mkdirSync(a)
    mkdirSync(b)
    writeFileSync(join(a, 'tool'), '#!/bin/sh\n')
    chmodSync(join(a, 'tool'), 0o644)
    mkdirSync(join(a, 'dir-tool'))
    writeFileSync(join(b, 'tool'), '#!/bin/sh\n')
    chmodSync(join(b, 'tool'), 0o755)
    // Root may execute any file with an x bit, and reads 0644 files: a file
    // without any x bit must still be skipped.
    assert.equal(resolveCommand('tool', `${a}:${b}`), join(b, 'tool'))
    assert.throws(() => resolveCommand('dir-tool', a), (e: unknown) => e instanceof UserError && e.exitCode === 126)
    assert.throws(() => resolveCommand('missing', `${a}:${b}`), (e: unknown) => e instanceof UserError && e.exitCode === 127 && e.message === 'command not found: missing')
  })

  it('takes a path with a slash as it is', () => {
    assert.equal(resolveCommand('/bin/sh', '/nowhere'), '/bin/sh')
    assert.throws(() => resolveCommand('./no-such-file', '/bin'), (e: unknown) => e instanceof UserError && e.exitCode === 127)
  })
})
