import {describe, it} from 'node:test'
import assert from 'node:assert/strict'
import {diffFlameData, foldedDiff, renderDiffHtml, renderFoldedDiff, type DiffFlameNode} from '../../src/diff/flame-diff.js'
import {profileOf} from './stacks-fixtures.js'

// Before: 200 samples of which 100 in spin (50%). After: 50 samples (a quarter as long), 5 in spin (10%), 20 in parse (40%).
const before = profileOf([
  {tid: 101, frames: ['main', 'loop', 'spin'], samples: 100},
  {tid: 101, frames: ['main', 'loop', 'parse'], samples: 60},
  {tid: 102, frames: ['start_thread', 'work', 'getpid@kernel'], samples: 40},
], {threads: {101: 'reactor-0', 102: 'worker;1'}})
const after = profileOf([
  {tid: 201, frames: ['main', 'loop', 'spin'], samples: 5},
  {tid: 201, frames: ['main', 'loop', 'parse'], samples: 20},
  {tid: 201, frames: ['main', 'loop', 'send'], samples: 15},
  {tid: 202, frames: ['start_thread', 'work', 'getpid@kernel'], samples: 10},
], {threads: {201: 'reactor-0', 202: 'worker;1'}})

function find(node: DiffFlameNode, path: string[]): DiffFlameNode {
  let at = node
  for (const name of path) {
    const next = at.c?.find((c) => c.n === name)
    assert.ok(next, `no ${name} under ${at.n}: ${JSON.stringify(at.c?.map((c) => c.n))}`)
    at = next
  }
  return at
}

describe('differential flame graph', () => {
  const data = diffFlameData(before, after, {beforeLabel: 'before.spr', afterLabel: 'after.spr'})

  it('merges threads by name (tids differ), and colours each frame by the change of its share', () => {
    assert.deepEqual(data.threads, [{tid: 1, name: 'reactor-0'}, {tid: 2, name: 'worker;1'}])
    assert.deepEqual(data.diff, {beforeLabel: 'before.spr', afterLabel: 'after.spr', beforeTotal: 200, afterTotal: 50, maxDelta: 0.4})
    const a = data.oncpuTree
    assert.equal(a.v, 50)
    assert.equal(a.o, 200)
    assert.equal(a.d, 0)
    const spin = find(a, ['reactor-0', 'main', 'loop', 'spin'])
    assert.deepEqual(spin, {n: 'spin', v: 5, k: 'n', o: 100, d: -0.4})
    assert.deepEqual(find(a, ['reactor-0', 'main', 'loop', 'parse']), {n: 'parse', v: 20, k: 'n', o: 60, d: 0.1})
    assert.deepEqual(find(a, ['reactor-0', 'main', 'loop', 'send']), {n: 'send', v: 15, k: 'n', o: 0, d: 0.3})
    const thread = find(a, ['reactor-0'])
    assert.equal(thread.t, 1)
    assert.equal(thread.d, 0)   // 80% of the samples on both sides
    assert.deepEqual(find(a, ['worker;1', 'start_thread', 'work', 'getpid']), {n: 'getpid', v: 10, k: 'k', o: 40, d: 0})
  })

  it('has a before-widths view where what vanished is still drawn', () => {
    const b = data.offcpuTree
    assert.equal(b.v, 200)
    assert.deepEqual(find(b, ['reactor-0', 'main', 'loop', 'spin']), {n: 'spin', v: 100, k: 'n', o: 5, d: -0.4})
    assert.ok(!find(b, ['reactor-0', 'main', 'loop']).c!.some((c) => c.n === 'send'), 'send has no width before')
    assert.equal(data.offcpu, true)
  })

  it('is the flame graph page with the diff data inlined, and nothing loaded', () => {
    const html = renderDiffHtml(before, after, {beforeLabel: 'before.spr', afterLabel: 'after.spr', toolVersion: '9.9.9'})
    const m = /<script type="application\/json" id="profile-data">([^<]*)<\/script>/.exec(html)
    assert.ok(m)
    assert.deepEqual(JSON.parse(m[1]), JSON.parse(JSON.stringify(diffFlameData(before, after, {beforeLabel: 'before.spr', afterLabel: 'after.spr', toolVersion: '9.9.9'}))))
    assert.match(html, /function diffColor/)
    assert.doesNotMatch(html, /<script[^>]+src=|<link\b|<img\b/i)
  })

  it('warns when one side has no samples or another sampling rate', () => {
    const empty = profileOf([], {frequencyHz: 49})
    const d = diffFlameData(empty, after)
    assert.deepEqual(d.warnings, ['before has no on-CPU samples: every frame is new', 'sampled at 49 Hz before and 99 Hz after: shares still compare, sample counts do not'])
    assert.equal(d.oncpuTree.v, 50)
  })
})

describe('folded diff', () => {
  it('writes "stack before after" by thread name, before counts scaled to the after total (difffolded.pl -n)', () => {
    const f = foldedDiff(before, after)
    assert.equal(f.beforeTotal, 200)
    assert.equal(f.afterTotal, 50)
    assert.equal(f.scale, 0.25)
    assert.deepEqual(f.lines, [
      'reactor-0;main;loop;parse 15 20',
      'reactor-0;main;loop;send 0 15',
      'reactor-0;main;loop;spin 25 5',
      // ";" in a name would split the frame: it becomes ":" as in the folded export.
      'worker:1;start_thread;work;getpid_[k] 10 10',
    ])
    assert.equal(renderFoldedDiff(before, after), f.lines.join('\n') + '\n')
  })

  it('keeps a scaled-down stack at 1 rather than calling it new, and leaves counts raw when one side is empty', () => {
    const big = profileOf([{tid: 1, frames: ['a'], samples: 1000}, {tid: 1, frames: ['b'], samples: 1}], {threads: {1: 't'}})
    const small = profileOf([{tid: 1, frames: ['a'], samples: 10}], {threads: {1: 't'}})
    assert.deepEqual(foldedDiff(big, small).lines, ['t;a 10 10', 't;b 1 0'])
    const none = profileOf([])
    assert.deepEqual(foldedDiff(none, small), {lines: ['t;a 0 10'], beforeTotal: 0, afterTotal: 10, scale: 1})
    assert.equal(renderFoldedDiff(none, none), '')
  })
})
