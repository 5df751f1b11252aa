import {constants} from 'node:os'
import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {errnoName, errnoNumber} from '../../src/syscalls/errno.js'

describe('errnoName', () => {
  it('names common errnos', () => {
    assert.equal(errnoName(1), 'EPERM')
    assert.equal(errnoName(2), 'ENOENT')
    assert.equal(errnoName(4), 'EINTR')
    assert.equal(errnoName(9), 'EBADF')
    assert.equal(errnoName(11), 'EAGAIN')
    assert.equal(errnoName(104), 'ECONNRESET')
    assert.equal(errnoName(110), 'ETIMEDOUT')
  })

  it('prefers the canonical name where two names share a number', () => {
    assert.equal(errnoName(constants.errno.EWOULDBLOCK), 'EAGAIN')
    assert.equal(errnoName(constants.errno.ENOTSUP), 'EOPNOTSUPP')
    assert.equal(errnoName(35), 'EDEADLK')
    assert.equal(errnoName(95), 'EOPNOTSUPP')
  })

  it('reads negative values as raw syscall returns', () => {
    assert.equal(errnoName(-11), 'EAGAIN')
    assert.equal(errnoName(-2), 'ENOENT')
  })

  it('names the kernel-internal restart codes a tracepoint can see', () => {
    assert.equal(errnoName(512), 'ERESTARTSYS')
    assert.equal(errnoName(-516), 'ERESTART_RESTARTBLOCK')
  })

  it('gives E<n> for unknown numbers', () => {
    assert.equal(errnoName(9999), 'E9999')
    assert.equal(errnoName(-9999), 'E9999')
  })

  it('agrees with Node for every errno Node knows', () => {
    for (const [name, nr] of Object.entries(constants.errno)) {
      assert.equal(constants.errno[errnoName(nr) as keyof typeof constants.errno], nr, name)
    }
  })
})

describe('errnoNumber', () => {
  it('gives the number for a name, aliases included', () => {
    assert.equal(errnoNumber('ENOENT'), 2)
    assert.equal(errnoNumber('EAGAIN'), 11)
    assert.equal(errnoNumber('EWOULDBLOCK'), 11)
    assert.equal(errnoNumber('EDEADLK'), 35)
    assert.equal(errnoNumber('EDEADLOCK'), 35)
    assert.equal(errnoNumber('ENOTSUP'), 95)
    assert.equal(errnoNumber('EOPNOTSUPP'), 95)
    assert.equal(errnoNumber('ERESTARTSYS'), 512)
  })

  it('ignores case', () => assert.equal(errnoNumber('ebadf'), 9))

  it('round-trips errnoName, including its E<n> fallback', () => {
    for (const n of [1, 2, 9, 11, 35, 95, 110, 512, 9999]) assert.equal(errnoNumber(errnoName(n)), n)
  })

  it('gives undefined for names it does not know', () => {
    assert.equal(errnoNumber('ENOTANERRNO'), undefined)
    assert.equal(errnoNumber(''), undefined)
    assert.equal(errnoNumber('toString'), undefined)
  })
})
