import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {foldedFrame, foldedLines, renderFolded} from '../../src/export/folded.js'
import {exportProfile, ONCPU_TOTAL} from './export-fixtures.js'

const SCRIPT_LINE = 'worker-1-4242/4243;start_thread;[unknown];LazyCompile:*handler_/srv/app.js:12_[j];</script><img_src=x_onerror="window.__pwned=1"><script>window.__pwned=2</script> 10'

describe('folded export', () => {
  it('writes stackcollapse-perf --tid lines, root first, sorted, off-CPU after the thread frame in sample equivalents', () => {
    assert.deepEqual(foldedLines(exportProfile()), [
      // 1 s off-CPU at 99 Hz: 99 sample equivalents.
      'server-4242/4242;[off-cpu];main;work;hot_a 99',
      'server-4242/4242;main;[libc.so.6];entry_SYSCALL_64_after_hwframe_[k];do_syscall_64_[k];__x64_sys_getppid_[k] 5',
      'server-4242/4242;main;hot_b 25',
      // hot_a sampled at two addresses: one line, 30 + 20.
      'server-4242/4242;main;work;hot_a 50',
      // 20.2 ms at 99 Hz: 2 (the 5 ms stack of worker 2 rounds to 0 and is left out).
      'worker-1-4242/4243;[off-cpu];start_thread;[libc.so.6];entry_SYSCALL_64_after_hwframe_[k];do_syscall_64_[k];schedule_[k] 2',
      'worker-1-4242/4243;start_thread;[unknown];LazyCompile:*handler_/srv/app.js:12_[j];"quoted"_\'name\'_&_<b>bold</b> 3',
      SCRIPT_LINE,
      'worker_2-4242/4244;start_thread;bad\uFFFDname 1',
      'worker_2-4242/4244;start_thread;line1_line2__end 2',
      'worker_2-4242/4244;start_thread;ns::f(int:_char)_const_12 4',
    ])
  })

  it('has no off-CPU lines without --off-cpu, and the on-CPU counts add up to the samples', () => {
    const lines = foldedLines(exportProfile({offcpu: false}))
    assert.equal(lines.length, 8)
    assert.ok(lines.every((l) => !l.includes('[off-cpu]')))
    assert.equal(lines.reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0), ONCPU_TOTAL)
  })

  it('keeps every line parseable whatever the names hold: no white space in a stack, ";" only between frames', () => {
    for (const line of foldedLines(exportProfile())) {
      // flamegraph.pl's and inferno's reading: the count after the last space…
      const m = /^(.*)\s+?(\d+(?:\.\d*)?)$/.exec(line)
      assert.ok(m, line)
      // …and a stack that itself ended in " <number>" would be read as a differential file's first column.
      assert.doesNotMatch(m[1], /\s/, line)
      assert.ok(m[1].split(';').every((frame) => frame.length > 0), line)
    }
    assert.equal(foldedFrame('a; b\nc\td'), 'a:_b_c_d')
  })

  it('gives the same file whatever order the samples arrive in', () => {
    const a = exportProfile()
    const b = exportProfile()
    b.samples.reverse()
    assert.equal(renderFolded(b), renderFolded(a))
    assert.ok(renderFolded(a).endsWith('\n'))
  })

  it('keeps the weight of a stack whose frame is missing from the table, as [unknown]', () => {
    const profile = exportProfile({offcpu: false})
    profile.stacks.get(3)!.frameIds.unshift(999)
    assert.ok(foldedLines(profile).includes('server-4242/4242;main;hot_b;[unknown] 25'))
  })

  it('names a thread without a name after the process, and writes nothing for an empty profile', () => {
    const profile = exportProfile({offcpu: false})
    profile.threads.delete(4243)
    assert.ok(foldedLines(profile).includes(SCRIPT_LINE.replace('worker-1-', 'server-')))
    profile.samples = []
    assert.equal(renderFolded(profile), '')
  })
})
