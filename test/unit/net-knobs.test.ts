import {after, describe, it} from 'node:test'
import assert from 'node:assert/strict'
import fs, {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {syncBuiltinESMExports} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {busyPollRxDelta, readNetKnobs, type NetKnobs} from '../../src/collector/net-knobs.js'

// TcpExt header as printed by a 6.x kernel (copied from this machine's /proc/net/netstat);
// BusyPollRxPackets is column 96, so a positional parser would pick a neighbour.
const TCPEXT_NAMES = `SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled RcvPruned OfoPruned
OutOfWindowIcmps LockDroppedIcmps ArpFilter TW TWRecycled TWKilled PAWSActive PAWSEstab BeyondWindow TSEcrRejected
PAWSOldAck PAWSTimewait DelayedACKs DelayedACKLocked DelayedACKLost ListenOverflows ListenDrops TCPHPHits TCPPureAcks
TCPHPAcks TCPRenoRecovery TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPRenoReorder TCPTSReorder TCPFullUndo
TCPPartialUndo TCPDSACKUndo TCPLossUndo TCPLostRetransmit TCPRenoFailures TCPSackFailures TCPLossFailures
TCPFastRetrans TCPSlowStartRetrans TCPTimeouts TCPLossProbes TCPLossProbeRecovery TCPRenoRecoveryFail
TCPSackRecoveryFail TCPRcvCollapsed TCPBacklogCoalesce TCPDSACKOldSent TCPDSACKOfoSent TCPDSACKRecv TCPDSACKOfoRecv
TCPAbortOnData TCPAbortOnClose TCPAbortOnMemory TCPAbortOnTimeout TCPAbortOnLinger TCPAbortFailed TCPMemoryPressures
TCPMemoryPressuresChrono TCPSACKDiscard TCPDSACKIgnoredOld TCPDSACKIgnoredNoUndo TCPSpuriousRTOs TCPMD5NotFound
TCPMD5Unexpected TCPMD5Failure TCPSackShifted TCPSackMerged TCPSackShiftFallback TCPBacklogDrop PFMemallocDrop
TCPMinTTLDrop TCPDeferAcceptDrop IPReversePathFilter TCPTimeWaitOverflow TCPReqQFullDoCookies TCPReqQFullDrop
TCPRetransFail TCPRcvCoalesce TCPOFOQueue TCPOFODrop TCPOFOMerge TCPChallengeACK TCPSYNChallenge TCPFastOpenActive
TCPFastOpenActiveFail TCPFastOpenPassive TCPFastOpenPassiveFail TCPFastOpenListenOverflow TCPFastOpenCookieReqd
TCPFastOpenBlackhole TCPSpuriousRtxHostQueues BusyPollRxPackets TCPAutoCorking TCPFromZeroWindowAdv
TCPToZeroWindowAdv TCPWantZeroWindowAdv TCPSynRetrans TCPOrigDataSent TCPHystartTrainDetect TCPHystartTrainCwnd
TCPHystartDelayDetect TCPHystartDelayCwnd TCPACKSkippedSynRecv TCPACKSkippedPAWS TCPACKSkippedSeq
TCPACKSkippedFinWait2 TCPACKSkippedTimeWait TCPACKSkippedChallenge TCPWinProbe TCPKeepAlive TCPMTUPFail
TCPMTUPSuccess TCPDelivered TCPDeliveredCE TCPAckCompressed TCPZeroWindowDrop TCPRcvQDrop TCPWqueueTooBig
TCPFastOpenPassiveAltKey TcpTimeoutRehash TcpDuplicateDataRehash TCPDSACKRecvSegs TCPDSACKIgnoredDubious
TCPMigrateReqSuccess TCPMigrateReqFailure TCPPLBRehash TCPAORequired TCPAOBad TCPAOKeyNotFound TCPAOGood
TCPAODroppedIcmps`.split(/\s+/)

const IPEXT = 'IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts\nIpExt: 0 0 3 4 5\n'

// Every other column holds its own index, so the wrong column gives a wrong number.
function netstat(busyPoll: string, opts: {dropValue?: boolean} = {}): string {
  const values = TCPEXT_NAMES.map((name, i) => (name === 'BusyPollRxPackets' ? busyPoll : String(i)))
  if (opts.dropValue) values.pop()
  return `TcpExt: ${TCPEXT_NAMES.join(' ')}\nTcpExt: ${values.join(' ')}\n${IPEXT}`
}

const tmpRoot = mkdtempSync(join(tmpdir(), 'net-knobs-'))
after(() => rmSync(tmpRoot, {recursive: true, force: true}))
let seq = 0

function put(path: string, text: string): void {
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, text)
}

function link(path: string, target: string): void {
  mkdirSync(dirname(path), {recursive: true})
  symlinkSync(target, path)
}

// Laid out like the real thing: class/net/<dev> are symlinks into devices/.
function fixture(files: Record<string, string>, links: Record<string, string> = {}): {proc: string; sys: string} {
  const base = join(tmpRoot, String(seq++))
  for (const [rel, text] of Object.entries(files)) put(join(base, rel), text)
  for (const [rel, target] of Object.entries(links)) link(join(base, rel), target)
  return {proc: join(base, 'proc'), sys: join(base, 'sys')}
}

const PID = 4242
const NS = 'net:[4026531833]'

function fullFixture(): {proc: string; sys: string} {
  return fixture(
    {
      'proc/sys/net/core/busy_poll': '50\n',
      'proc/sys/net/core/busy_read': '0\n',
      [`proc/${PID}/net/netstat`]: netstat('12345678901234567890'),
      'sys/devices/virtual/net/lo/type': '772\n',
      'sys/devices/virtual/net/lo/operstate': 'unknown\n',
      'sys/devices/virtual/net/lo/napi_defer_hard_irqs': '0\n',
      'sys/devices/virtual/net/lo/gro_flush_timeout': '0\n',
      'sys/devices/virtual/net/lo/threaded': '0\n',
      'sys/devices/pci0000:00/virtio2/net/eth0/type': '1\n',
      'sys/devices/pci0000:00/virtio2/net/eth0/operstate': 'up\n',
      'sys/devices/pci0000:00/virtio2/net/eth0/napi_defer_hard_irqs': '2\n',
      'sys/devices/pci0000:00/virtio2/net/eth0/gro_flush_timeout': '200000\n',
      'sys/devices/pci0000:00/virtio2/net/eth0/threaded': '1\n',
      // Bonding's control file lives next to the devices but is not one.
      'sys/class/net/bonding_masters': 'bond0\n',
    },
    {
      'sys/class/net/eth0': '../../devices/pci0000:00/virtio2/net/eth0',
      'sys/class/net/lo': '../../devices/virtual/net/lo',
      'proc/self/ns/net': NS,
      [`proc/${PID}/ns/net`]: NS,
    },
  )
}

describe('readNetKnobs on a fixture tree', () => {
  it('reads every knob, device and counter exactly', () => {
    assert.deepEqual(readNetKnobs(PID, fullFixture()), {
      busyPollUs: 50,
      busyReadUs: 0,
      devices: [
        {name: 'eth0', loopback: false, operstate: 'up', napiDeferHardIrqs: 2, groFlushTimeoutNs: 200000, threadedNapi: true},
        {name: 'lo', loopback: true, operstate: 'unknown', napiDeferHardIrqs: 0, groFlushTimeoutNs: 0, threadedNapi: false},
      ],
      busyPollRxPackets: 12345678901234567890n,
      targetNetnsIsOurs: true,
    } satisfies NetKnobs)
  })

  it('gives null (or no devices) when nothing exists', () => {
    const roots = fixture({})
    assert.deepEqual(readNetKnobs(PID, roots), {
      busyPollUs: null,
      busyReadUs: null,
      devices: [],
      busyPollRxPackets: null,
      targetNetnsIsOurs: null,
    })
  })

  it('gives null per missing device attribute, and loopback false without a type', () => {
    const roots = fixture({'sys/devices/virtual/net/dummy0/uevent': ''}, {'sys/class/net/dummy0': '../../devices/virtual/net/dummy0'})
    assert.deepEqual(readNetKnobs(PID, roots).devices, [
      {name: 'dummy0', loopback: false, operstate: null, napiDeferHardIrqs: null, groFlushTimeoutNs: null, threadedNapi: null},
    ])
  })

  // libuv already sorts readdir results, so only a reversed readdir proves we sort.
  it('sorts devices by name whatever order readdir returns', (t) => {
    const names = ['wlp2s0', 'veth9', 'lo', 'eth1', 'br-lan', 'eth0', 'tun0', 'docker0']
    const roots = fixture(Object.fromEntries(names.map((n) => [`sys/class/net/${n}/type`, '1\n'])))
    const realReaddir = fs.readdirSync
    const spy = t.mock.method(fs, 'readdirSync', (path: string) => (realReaddir(path) as string[]).reverse())
    syncBuiltinESMExports()
    try {
      assert.deepEqual(
        readNetKnobs(PID, roots).devices.map((d) => d.name),
        ['br-lan', 'docker0', 'eth0', 'eth1', 'lo', 'tun0', 'veth9', 'wlp2s0'],
      )
      assert.equal(spy.mock.callCount(), 1, 'the module must see the mocked readdir')
    } finally {
      t.mock.restoreAll()
      syncBuiltinESMExports()
    }
  })

  it('gives null for garbled values instead of guessing', () => {
    const roots = fixture({
      'proc/sys/net/core/busy_poll': 'fifty\n',
      'proc/sys/net/core/busy_read': '-1\n',
      [`proc/${PID}/net/netstat`]: netstat('12x'),
      'sys/class/net/eth0/type': '1\n',
      'sys/class/net/eth0/operstate': '\n',
      'sys/class/net/eth0/napi_defer_hard_irqs': '2 3\n',
      'sys/class/net/eth0/gro_flush_timeout': '99999999999999999999\n',
      'sys/class/net/eth0/threaded': 'yes\n',
    })
    const knobs = readNetKnobs(PID, roots)
    assert.equal(knobs.busyPollUs, null)
    assert.equal(knobs.busyReadUs, null)
    assert.equal(knobs.busyPollRxPackets, null)
    assert.deepEqual(knobs.devices, [
      {name: 'eth0', loopback: false, operstate: null, napiDeferHardIrqs: null, groFlushTimeoutNs: null, threadedNapi: null},
    ])
  })

  it('gives null when the TcpExt value line does not match its header', () => {
    const roots = fixture({[`proc/${PID}/net/netstat`]: netstat('7', {dropValue: true})})
    assert.equal(readNetKnobs(PID, roots).busyPollRxPackets, null)
  })

  it('gives null when the kernel has no BusyPollRxPackets column', () => {
    const names = TCPEXT_NAMES.filter((n) => n !== 'BusyPollRxPackets')
    const text = `TcpExt: ${names.join(' ')}\nTcpExt: ${names.map(() => '1').join(' ')}\n${IPEXT}`
    assert.equal(readNetKnobs(PID, fixture({[`proc/${PID}/net/netstat`]: text})).busyPollRxPackets, null)
  })

  it('finds TcpExt after other sections', () => {
    const roots = fixture({[`proc/${PID}/net/netstat`]: IPEXT + netstat('9')})
    assert.equal(readNetKnobs(PID, roots).busyPollRxPackets, 9n)
  })

  it('reports a different network namespace as not ours', () => {
    const roots = fixture({}, {'proc/self/ns/net': NS, [`proc/${PID}/ns/net`]: 'net:[4026532999]'})
    assert.equal(readNetKnobs(PID, roots).targetNetnsIsOurs, false)
  })

  it('reports null when only one namespace link is readable', () => {
    const roots = fixture({}, {'proc/self/ns/net': NS})
    assert.equal(readNetKnobs(PID, roots).targetNetnsIsOurs, null)
  })
})

describe('busyPollRxDelta', () => {
  const at = (n: bigint | null): NetKnobs => ({
    busyPollUs: 0,
    busyReadUs: 0,
    devices: [],
    busyPollRxPackets: n,
    targetNetnsIsOurs: true,
  })

  it('subtracts past 2^53 without losing precision', () => {
    assert.equal(busyPollRxDelta(at(9007199254740993n), at(9007199254741043n)), 50n)
  })

  it('is computed from two fixture reads', () => {
    const before = readNetKnobs(PID, fixture({[`proc/${PID}/net/netstat`]: netstat('100')}))
    const after = readNetKnobs(PID, fixture({[`proc/${PID}/net/netstat`]: netstat('175')}))
    assert.equal(busyPollRxDelta(before, after), 75n)
  })

  it('is null when either side is unknown', () => {
    assert.equal(busyPollRxDelta(at(null), at(5n)), null)
    assert.equal(busyPollRxDelta(at(5n), at(null)), null)
  })

  it('is null when the counter went backwards', () => {
    assert.equal(busyPollRxDelta(at(10n), at(3n)), null)
  })
})

describe('readNetKnobs on this machine', () => {
  it('reads our own process', () => {
    const knobs = readNetKnobs(process.pid)
    assert.equal(typeof knobs.busyPollUs, 'number')
    const lo = knobs.devices.find((d) => d.name === 'lo')
    assert.ok(lo, `no lo among ${knobs.devices.map((d) => d.name).join(', ')}`)
    assert.equal(lo.loopback, true)
    assert.equal(typeof knobs.busyPollRxPackets, 'bigint')
    assert.equal(knobs.targetNetnsIsOurs, true)
    const names = knobs.devices.map((d) => d.name)
    assert.deepEqual(names, [...names].sort())
  })
})
