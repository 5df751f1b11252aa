// The page of stackprof's HTML flame graph (src/export/html.ts inlines it after
// d3 and d3-flame-graph). Every text from the profile reaches the page through
// textContent or d3's .text(): function and thread names come from the
// profiled program and are never parsed as HTML.
;(function () {
  'use strict'
  var data = JSON.parse(document.getElementById('profile-data').textContent)

  // Frame kinds: the legend's colour, and the range (per channel) a frame's shade varies in, as in FlameGraph.
  var KINDS = {
    p: {label: 'process', color: [150, 150, 162], range: [[140, 160], [140, 160], [152, 172]]},
    t: {label: 'thread', color: [186, 186, 198], range: [[176, 196], [176, 196], [188, 208]]},
    k: {label: 'kernel', color: [235, 150, 40], range: [[225, 245], [130, 175], [20, 60]]},
    n: {label: 'native', color: [220, 80, 65], range: [[200, 240], [55, 100], [45, 80]]},
    j: {label: 'JIT / JS', color: [85, 190, 85], range: [[60, 115], [170, 215], [60, 110]]},
    u: {label: 'unknown', color: [165, 165, 165], range: [[150, 180], [150, 180], [150, 180]]},
  }
  var HIGHLIGHT = '#E600E6'

  var $ = function (id) { return document.getElementById(id) }
  var thousands = function (n) { return Math.round(n).toLocaleString('en-US') }
  var seconds = function (ns) {
    if (ns >= 1e9) return (ns / 1e9).toFixed(ns >= 1e11 ? 0 : 2) + ' s'
    if (ns >= 1e6) return (ns / 1e6).toFixed(1) + ' ms'
    if (ns >= 1e3) return (ns / 1e3).toFixed(1) + ' µs'
    return Math.round(ns) + ' ns'
  }

  // Header: target, event, rate, totals, and whatever says data was lost.
  document.title = data.title
  $('title').textContent = data.title
  $('cmdline').textContent = data.cmdline
  var facts = $('facts')
  data.facts.forEach(function (f) {
    var div = document.createElement('div')
    var dt = document.createElement('dt')
    var dd = document.createElement('dd')
    dt.textContent = f[0]
    dd.textContent = f[1]
    div.appendChild(dt)
    div.appendChild(dd)
    facts.appendChild(div)
  })
  data.warnings.forEach(function (w) {
    var li = document.createElement('li')
    li.textContent = w
    $('warnings').appendChild(li)
  })
  var legend = $('legend')
  // A differential graph (stackprof diff) colours by change, not by kind.
  var diff = data.diff
  var DIFF_LEGEND = [['grew', 'rgb(255,70,70)'], ['shrank', 'rgb(70,70,255)'], ['unchanged', 'rgb(245,245,245)']]
  if (diff) DIFF_LEGEND.forEach(function (l) {
    var span = document.createElement('span')
    var swatch = document.createElement('i')
    swatch.style.background = l[1]
    span.className = 'legend-' + l[0]
    span.appendChild(swatch)
    span.appendChild(document.createTextNode(l[0]))
    legend.appendChild(span)
  })
  ;(diff ? [] : ['k', 'n', 'j', 'u']).forEach(function (k) {
    var span = document.createElement('span')
    var swatch = document.createElement('i')
    swatch.style.background = 'rgb(' + KINDS[k].color.join(',') + ')'
    span.className = 'legend-' + k
    span.appendChild(swatch)
    span.appendChild(document.createTextNode(KINDS[k].label))
    legend.appendChild(span)
  })

  // A stable shade per name, so the same function has the same colour everywhere.
  function shade(name) {
    var h = 0
    for (var i = 0; i < name.length && i < 24; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0
    return (h % 1000) / 1000
  }
  // As FlameGraph's differential graphs: white unchanged, deeper red the more the share grew, blue the more it shrank.
  function diffColor(node) {
    var x = diff.maxDelta > 0 ? Math.min(1, Math.abs(node.d) / diff.maxDelta) : 0
    if (!node.d || x === 0) return 'rgb(245,245,245)'
    var c = Math.round(220 * (1 - x))
    return node.d > 0 ? 'rgb(255,' + c + ',' + c + ')' : 'rgb(' + c + ',' + c + ',255)'
  }
  function colorOf(node) {
    if (diff) return diffColor(node)
    var kind = KINDS[node.k] || KINDS.u
    var v = shade(node.n)
    return 'rgb(' + kind.range.map(function (r) { return Math.round(r[0] + (r[1] - r[0]) * v) }).join(',') + ')'
  }

  var state = {mode: 'oncpu', thread: 'all', term: ''}
  if (data.offcpu) $('mode').hidden = false
  if (diff) {
    // The two views of a differential graph: widths from the after side (frames that grew), or the before side (frames that went away).
    $('mode').querySelector('input[value=oncpu]').nextSibling.textContent = ' widths: ' + diff.afterLabel
    $('mode').querySelector('input[value=offcpu]').nextSibling.textContent = ' widths: ' + diff.beforeLabel
  }

  var threadSelect = $('thread')
  data.threads.forEach(function (t) {
    threadSelect.appendChild(new Option(diff ? t.name : t.name + ' (tid ' + t.tid + ')', String(t.tid)))
  })

  function valueText(v) {
    if (diff) return thousands(v) + (v === 1 ? ' sample' : ' samples') + ' (' + (state.mode === 'offcpu' ? diff.beforeLabel : diff.afterLabel) + ')'
    return state.mode === 'offcpu' ? seconds(v) + ' off-CPU' : thousands(v) + (v === 1 ? ' sample' : ' samples')
  }

  function clearFlags(node) {
    delete node.fade
    delete node.hide
    if (node.c) node.c.forEach(clearFlags)
  }

  // The tree on screen: the process, then its threads (all, or the selected one), then their stacks.
  function currentTree() {
    var root = state.mode === 'offcpu' ? data.offcpuTree : data.oncpuTree
    clearFlags(root)
    if (state.thread === 'all') return root
    var thread = (root.c || []).filter(function (c) { return String(c.t) === state.thread })[0]
    return {n: root.n, k: 'p', v: thread ? thread.v : 0, c: thread ? [thread] : []}
  }

  var rootValue = 1
  var searchText = ''
  var chartWidth = function () { return Math.max(300, $('chart').clientWidth || document.documentElement.clientWidth - 32) }
  var chart = flamegraph.default()
    .width(chartWidth())
    .cellHeight(18)
    .transitionDuration(300)
    .minFrameSize(1)
    .sort(true)
    .title('')
    .setColorMapper(function (d) { return d.highlight ? HIGHLIGHT : colorOf(d.data) })
    .setSearchMatch(function (d, term) {
      return Boolean(term) && d.data.n.toLowerCase().indexOf(term.toLowerCase()) !== -1
    })
    .setSearchHandler(function (results, sum, total) {
      searchText = state.term
        ? 'search "' + state.term + '": ' + results.length + (results.length === 1 ? ' frame, ' : ' frames, ') + valueText(sum) + ' of ' + valueText(total) + ' (' + (total ? (100 * sum / total).toFixed(1) : '0.0') + '%)'
        : ''
      $('details').textContent = searchText
    })
    // Hovering shows the frame; leaving it shows the search result again.
    .setDetailsHandler(function (text) {
      $('details').textContent = text ? text.replace(/\n/g, ' — ') : searchText
    })
    .setLabelHandler(function (d) {
      if (diff) {
        var after = state.mode === 'offcpu' ? d.data.o : d.data.v
        var before = state.mode === 'offcpu' ? d.data.v : d.data.o
        var share = function (n, total) { return total ? (100 * n / total).toFixed(2) + '%' : '-' }
        var pp = 100 * d.data.d
        return d.data.n + '\n' + diff.afterLabel + ': ' + thousands(after) + ' (' + share(after, diff.afterTotal) + '), ' +
          diff.beforeLabel + ': ' + thousands(before) + ' (' + share(before, diff.beforeTotal) + '), change ' + (pp >= 0 ? '+' : '−') + Math.abs(pp).toFixed(2) + ' pp'
      }
      var kind = KINDS[d.data.k] || KINDS.u
      var pct = rootValue ? (100 * d.data.v / rootValue).toFixed(2) : '0.00'
      return d.data.n + '\n' + kind.label + ', ' + valueText(d.data.v) + ' (' + pct + '%)'
    })

  var drawn = false
  function render() {
    var tree = currentTree()
    rootValue = tree.v
    $('total').textContent = 'total: ' + valueText(tree.v)
    var empty = tree.v === 0
    $('empty').hidden = !empty
    $('empty').textContent = !empty ? '' : diff ? 'No samples in ' + (state.mode === 'offcpu' ? diff.beforeLabel : diff.afterLabel) + ' for this selection.'
      : state.mode === 'offcpu' ? 'No off-CPU time recorded for this selection.' : 'No samples for this selection.'
    if (!drawn) {
      d3.select('#chart').datum(tree).call(chart)
      drawn = true
    } else {
      chart.update(tree)
    }
    if (state.term) chart.search(state.term)
  }

  threadSelect.addEventListener('change', function () {
    state.thread = threadSelect.value
    render()
  })
  Array.prototype.forEach.call(document.querySelectorAll('input[name=mode]'), function (input) {
    input.addEventListener('change', function () {
      if (!input.checked) return
      state.mode = input.value
      render()
    })
  })
  var search = $('search')
  search.addEventListener('input', function () {
    state.term = search.value.trim()
    searchText = ''
    if (state.term) chart.search(state.term)
    else chart.clear()
  })
  $('clear').addEventListener('click', function () {
    search.value = ''
    state.term = ''
    searchText = ''
    chart.clear()
  })
  $('reset').addEventListener('click', function () { chart.resetZoom() })
  var resizeTimer
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer)
    resizeTimer = setTimeout(function () {
      chart.width(chartWidth())
      chart.update()
    }, 150)
  })

  render()
})()
