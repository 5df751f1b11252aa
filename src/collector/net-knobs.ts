// Busy-polling knobs and counters read from procfs/sysfs, so a report can show
// what the kernel was configured to do next to what the BPF probes observed.
// No privileges, no BPF: every unreadable or garbled value becomes null.
import {readdirSync, readFileSync, readlinkSync, statSync} from 'node:fs'
import {join} from 'node:path'

export interface NetDeviceKnobs {
  name: string
  loopback: boolean
  operstate: string | null
  napiDeferHardIrqs: number | null
  groFlushTimeoutNs: number | null
  threadedNapi: boolean | null
}

export interface NetKnobs {
  busyPollUs: number | null
  busyReadUs: number | null
  // From /sys/class/net of *our* network namespace; see targetNetnsIsOurs.
  devices: NetDeviceKnobs[]
  busyPollRxPackets: bigint | null
  // false: the target sits in another netns, so `devices` are not its devices.
  targetNetnsIsOurs: boolean | null
}

export const ARPHRD_LOOPBACK = 772

export function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

// Strict: "12abc", "-1", "" and values beyond 2^53 are garbled, not guesses.
export function readUint(path: string): number | null {
  const text = readText(path)?.trim()
  if (text === undefined || !/^\d+$/.test(text)) return null
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : null
}

function readDevice(dir: string, name: string): NetDeviceKnobs {
  const operstate = readText(join(dir, 'operstate'))?.trim() || null
  const threaded = readUint(join(dir, 'threaded'))
  return {
    name,
    loopback: readUint(join(dir, 'type')) === ARPHRD_LOOPBACK,
    operstate,
    napiDeferHardIrqs: readUint(join(dir, 'napi_defer_hard_irqs')),
    groFlushTimeoutNs: readUint(join(dir, 'gro_flush_timeout')),
    // Non-zero means NAPI polls in kthreads; values above 1 are not treated as
    // garbled so a kernel with extra threaded modes still reads as threaded.
    threadedNapi: threaded === null ? null : threaded !== 0,
  }
}

function readDevices(sysRoot: string): NetDeviceKnobs[] {
  const classDir = join(sysRoot, 'class', 'net')
  let names: string[]
  try {
    names = readdirSync(classDir)
  } catch {
    return []
  }
  const devices: NetDeviceKnobs[] = []
  for (const name of names) {
    const dir = join(classDir, name)
    // Devices are symlinks to directories; plain files such as bonding_masters are not.
    try {
      if (!statSync(dir).isDirectory()) continue
    } catch {
      continue
    }
    devices.push(readDevice(dir, name))
  }
  return devices.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

// Column order differs between kernels, so look the counter up by header name.
function readBusyPollRxPackets(path: string): bigint | null {
  const lines = readText(path)?.split('\n')
  if (!lines) return null
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const names = lines[i].trim().split(/\s+/)
    const values = lines[i + 1].trim().split(/\s+/)
    if (names[0] !== 'TcpExt:' || values[0] !== 'TcpExt:') continue
    if (names.length !== values.length) return null
    const idx = names.indexOf('BusyPollRxPackets')
    if (idx < 1 || !/^\d+$/.test(values[idx])) return null
    return BigInt(values[idx])
  }
  return null
}

export function readNetns(path: string): string | null {
  try {
    return readlinkSync(path)
  } catch {
    return null // EACCES for other users' processes without ptrace access
  }
}

export function readNetKnobs(pid: number, roots: {proc?: string; sys?: string} = {}): NetKnobs {
  const proc = roots.proc ?? '/proc'
  const sys = roots.sys ?? '/sys'
  const ours = readNetns(join(proc, 'self', 'ns', 'net'))
  const theirs = readNetns(join(proc, String(pid), 'ns', 'net'))
  return {
    // Global variables, not per-netns; the kernel only lists them in the initial
    // netns, so from inside a container they read as missing (null).
    busyPollUs: readUint(join(proc, 'sys', 'net', 'core', 'busy_poll')),
    busyReadUs: readUint(join(proc, 'sys', 'net', 'core', 'busy_read')),
    devices: readDevices(sys),
    busyPollRxPackets: readBusyPollRxPackets(join(proc, String(pid), 'net', 'netstat')),
    targetNetnsIsOurs: ours === null || theirs === null ? null : ours === theirs,
  }
}

// A decrease means the counter is not the same one (target restarted into another
// netns, or a namespace was recreated), so no delta is better than a wrong one.
export function busyPollRxDelta(before: NetKnobs, after: NetKnobs): bigint | null {
  if (before.busyPollRxPackets === null || after.busyPollRxPackets === null) return null
  const delta = after.busyPollRxPackets - before.busyPollRxPackets
  return delta < 0n ? null : delta
}
