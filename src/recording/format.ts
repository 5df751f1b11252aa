// The byte layout of a recording (docs/recording-format.md):
//   magic (8 bytes) · record · record · …
//   record = varint length N · N bytes of stackprof.recording.v1.Record · CRC-32 of those N bytes (4, little-endian)
// The magic and this framing never change; everything inside the records is versioned by the header.
import type {NetDeviceKnobs, NetKnobs} from '../collector/net-knobs.js'
import type {IrqQueueKind, NicDevice, NicIrq, NicLayout, NicRxQueue, NicSource, NicTxQueue} from '../collector/nic.js'
import {UserError} from '../lib/errors.js'

/**
 * PNG's trick: a non-ASCII first byte (not a text file), "SPR", then CR LF,
 * ^Z and LF, which a text-mode transfer or a line-ending conversion would
 * change, so such damage shows as "not a recording" at once.
 */
export const MAGIC = Buffer.from([0x89, 0x53, 0x50, 0x52, 0x0d, 0x0a, 0x1a, 0x0a])

/** The format this stackprof writes, and the newest it reads. */
export const FORMAT_VERSION = 1
/** What a reader must understand to read what this stackprof writes. */
export const MIN_READER_VERSION = 1

/** No record comes near this (a snapshot of a busy server is a few MB); a larger length means a corrupt file. */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024
/** A varint of a length up to MAX_RECORD_BYTES takes at most 4 bytes; 5 covers any uint32. */
export const MAX_VARINT_BYTES = 5
export const CRC_BYTES = 4
export const FILE_EXTENSION = '.spr'

/** A recording that cannot be read: one line naming the file and, where it helps, the byte offset. */
export class RecordingError extends UserError {
  constructor(
    readonly file: string,
    readonly problem: string,
    hint?: string,
    readonly offset?: number,
  ) {
    // "session.spr is empty", "session.spr is corrupt: … (at byte 1234)": the problem completes the sentence.
    super(`${file} ${problem}${offset === undefined ? '' : ` (at byte ${offset})`}`, hint, 1)
    this.name = 'RecordingError'
  }
}

/** Text from a file, fit to print: control characters (terminal escapes a crafted file could carry) become "?", at most 200 characters. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?')
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE 802.3, as zlib and gzip compute it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

export function encodeVarint(value: number): Buffer {
  const out: number[] = []
  let v = value
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  out.push(v)
  return Buffer.from(out)
}

/** One record as it goes into the file: length, payload, checksum. */
export function frameRecord(payload: Uint8Array): Buffer {
  const crc = Buffer.alloc(CRC_BYTES)
  crc.writeUInt32LE(crc32(payload))
  return Buffer.concat([encodeVarint(payload.length), payload, crc])
}

// ---- What the TypeScript side reads itself: JSON inside HostState, checked field by field on the way back ----

export function netKnobsJson(knobs: NetKnobs): string {
  return JSON.stringify({...knobs, busyPollRxPackets: knobs.busyPollRxPackets === null ? null : knobs.busyPollRxPackets.toString()})
}

export function nicJson(nic: NicLayout): string {
  return JSON.stringify(nic)
}

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null)
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null)
/** Lists are bounded: a garbled file cannot make the renderers walk millions of entries. */
const MAX_LIST = 65536
const list = <T>(v: unknown, item: (x: unknown) => T | null): T[] => (Array.isArray(v) ? v.slice(0, MAX_LIST).map(item).filter((x): x is T => x !== null) : [])
const intList = (v: unknown): number[] | null => (Array.isArray(v) ? list(v, int) : null)

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** NetKnobs back from their JSON; undefined when the text is not one. */
export function parseNetKnobs(text: string): NetKnobs | undefined {
  const v = parse(text)
  if (!isObj(v) || !Array.isArray(v.devices)) return undefined
  const rx = str(v.busyPollRxPackets)
  const device = (d: unknown): NetDeviceKnobs | null => isObj(d) && str(d.name) !== null
    ? {name: d.name as string, loopback: bool(d.loopback) ?? false, operstate: str(d.operstate), napiDeferHardIrqs: int(d.napiDeferHardIrqs), groFlushTimeoutNs: int(d.groFlushTimeoutNs), threadedNapi: bool(d.threadedNapi)}
    : null
  return {
    busyPollUs: int(v.busyPollUs),
    busyReadUs: int(v.busyReadUs),
    devices: list(v.devices, device),
    busyPollRxPackets: rx !== null && /^\d{1,20}$/.test(rx) ? BigInt(rx) : null,
    targetNetnsIsOurs: bool(v.targetNetnsIsOurs),
  }
}

const NIC_SOURCES: NicSource[] = ['our-sysfs', 'target-sysfs', 'none']
const IRQ_KINDS: IrqQueueKind[] = ['rx', 'tx', 'rxtx']

/** NicLayout back from its JSON; undefined when the text is not one. */
export function parseNicLayout(text: string): NicLayout | undefined {
  const v = parse(text)
  if (!isObj(v) || !Array.isArray(v.devices)) return undefined
  const rxQueue = (q: unknown): NicRxQueue | null => isObj(q) && int(q.index) !== null ? {index: q.index as number, rpsCpus: intList(q.rpsCpus), rpsFlowCnt: int(q.rpsFlowCnt)} : null
  const txQueue = (q: unknown): NicTxQueue | null => isObj(q) && int(q.index) !== null ? {index: q.index as number, xpsCpus: intList(q.xpsCpus), xpsRxqs: intList(q.xpsRxqs)} : null
  const irq = (i: unknown): NicIrq | null => isObj(i) && int(i.irq) !== null
    ? {
        irq: i.irq as number, name: str(i.name) ?? '', queue: int(i.queue), kind: IRQ_KINDS.includes(i.kind as IrqQueueKind) ? (i.kind as IrqQueueKind) : null,
        affinity: intList(i.affinity), effectiveAffinity: intList(i.effectiveAffinity), perCpu: intList(i.perCpu), perCpuWhileAttached: intList(i.perCpuWhileAttached),
      }
    : null
  const device = (d: unknown): NicDevice | null => isObj(d) && str(d.name) !== null
    ? {
        name: d.name as string, operstate: str(d.operstate), parent: str(d.parent), pciAddress: str(d.pciAddress),
        rxQueues: list(d.rxQueues, rxQueue), txQueues: list(d.txQueues, txQueue), irqs: list(d.irqs, irq),
      }
    : null
  return {
    source: NIC_SOURCES.includes(v.source as NicSource) ? (v.source as NicSource) : 'none',
    targetNetnsIsOurs: bool(v.targetNetnsIsOurs),
    rpsSockFlowEntries: int(v.rpsSockFlowEntries),
    devices: list(v.devices, device),
  }
}
