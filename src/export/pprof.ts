import {basename} from 'node:path'
import {gzipSync} from 'node:zlib'
import Long from 'long'
import type {Profile, ProfileFrame} from '../model/stacks.js'
import {perftools} from '../proto/pprof.pb.js'
import {cleanText, displayLabel, lostData, stackFrames, threadName} from './common.js'

type PbProfile = perftools.profiles.IProfile

function int64(value: number | bigint): Long {
  return typeof value === 'bigint' ? Long.fromString(value.toString(), false) : Long.fromNumber(value, false)
}

function uint64(value: number | bigint): Long {
  return typeof value === 'bigint' ? Long.fromString(value.toString(), true) : Long.fromNumber(value, true)
}

/** pprof's string table: every string once, "" at index 0 as the format requires. */
class StringTable {
  readonly strings: string[] = ['']
  private readonly index = new Map<string, number>([['', 0]])

  id(text: string): Long {
    let i = this.index.get(text)
    if (i === undefined) {
      i = this.strings.length
      this.strings.push(text)
      this.index.set(text, i)
    }
    return int64(i)
  }
}

/**
 * The profile as pprof's profile.proto, valid by its rules: string_table[0]
 * is "", ids of mappings, locations and functions are non-zero and unique,
 * each sample lists its locations leaf first. Sample types: samples/count,
 * cpu/nanoseconds (samples × period) and, with --off-cpu, off_cpu/nanoseconds;
 * cpu is the default. Each sample carries labels "thread" (name) and "tid".
 * Locations are the sampled addresses (one per profile frame); functions are
 * shared by (name, file, module); frames without a name get the one the
 * flame graph shows ("[libc.so.6]", "[unknown]"), and their mapping says it
 * has no functions so pprof may symbolize it from the binary.
 */
export function buildPprof(profile: Profile, options: {toolVersion?: string} = {}): PbProfile {
  const strings = new StringTable()
  const c = profile.counters
  const periodNs = c.frequencyHz > 0 ? Math.round(1e9 / c.frequencyHz) : 0
  const sampleType = [
    {type: strings.id('samples'), unit: strings.id('count')},
    {type: strings.id('cpu'), unit: strings.id('nanoseconds')},
  ]
  if (c.offcpu) sampleType.push({type: strings.id('off_cpu'), unit: strings.id('nanoseconds')})

  // By frame id: one location per sampled address.
  const locationIds = new Map<number, number>()
  const functionIds = new Map<string, number>()
  const functions: perftools.profiles.IFunction[] = []
  const locations: perftools.profiles.ILocation[] = []
  // Per module: whether all its frames were named, had a file, had a line.
  const moduleUse = new Map<number, {functions: boolean; files: boolean; lines: boolean}>()
  const locationOf = (frame: ProfileFrame): number => {
    let id = locationIds.get(frame.id)
    if (id !== undefined) return id
    id = locationIds.size + 1
    locationIds.set(frame.id, id)
    const module = profile.modules.get(frame.moduleId)
    const name = frame.function ? cleanText(frame.function) : displayLabel(profile, frame, false)
    const file = cleanText(frame.file)
    const functionKey = `${name}\u0000${file}\u0000${module ? module.id : 0}`
    let functionId = functionIds.get(functionKey)
    if (functionId === undefined) {
      functionId = functions.length + 1
      functionIds.set(functionKey, functionId)
      functions.push({id: uint64(functionId), name: strings.id(name), systemName: strings.id(name), filename: strings.id(file), startLine: int64(0)})
    }
    if (module) {
      const use = moduleUse.get(module.id) ?? {functions: true, files: true, lines: true}
      use.functions &&= frame.function !== ''
      use.files &&= frame.file !== ''
      use.lines &&= frame.line > 0
      moduleUse.set(module.id, use)
    }
    locations.push({
      id: uint64(id),
      // Mapping ids are assigned below, once the main binary is known: the module id stands in.
      mappingId: uint64(module ? module.id : 0),
      address: uint64(frame.address),
      line: [{functionId: uint64(functionId), line: int64(frame.line)}],
      isFolded: false,
    })
    return id
  }

  const samples: perftools.profiles.ISample[] = []
  for (const s of profile.samples) {
    if (s.samples <= 0 && s.offcpuNs <= 0n) continue
    const locationId = stackFrames(profile, profile.stacks.get(s.stackId)).map((f) => uint64(locationOf(f)))
    const value = [int64(s.samples), int64(BigInt(s.samples) * BigInt(periodNs))]
    if (c.offcpu) value.push(int64(s.offcpuNs))
    samples.push({
      locationId,
      value,
      label: [
        {key: strings.id('thread'), str: strings.id(threadName(profile, s.tid))},
        {key: strings.id('tid'), num: int64(s.tid)},
      ],
    })
  }

  // pprof takes mapping[0] as the main binary: the module named like the target's command, else the first ELF file.
  const used = [...moduleUse.keys()].sort((a, b) => a - b).map((id) => profile.modules.get(id)!)
  const command = new Set([profile.target.comm, basename(profile.target.cmdline[0] ?? '')].filter(Boolean))
  const main = used.find((m) => m.kind === 'elf' && command.has(basename(m.path))) ?? used.find((m) => m.kind === 'elf')
  const ordered = main ? [main, ...used.filter((m) => m !== main)] : used
  const mappingIds = new Map(ordered.map((m, i) => [m.id, i + 1]))
  const mapping: perftools.profiles.IMapping[] = ordered.map((m) => {
    const use = moduleUse.get(m.id)!
    return {
      id: uint64(mappingIds.get(m.id)!),
      memoryStart: uint64(m.start),
      memoryLimit: uint64(m.limit),
      fileOffset: uint64(m.fileOffset),
      filename: strings.id(cleanText(m.path)),
      buildId: strings.id(cleanText(m.buildId)),
      hasFunctions: use.functions,
      hasFilenames: use.files,
      hasLineNumbers: use.lines,
      hasInlineFrames: false,
    }
  })
  for (const location of locations) location.mappingId = uint64(mappingIds.get((location.mappingId as Long).toNumber()) ?? 0)

  const comment = [
    `stackprof${options.toolVersion ? ` ${options.toolVersion}` : ''}: pid ${profile.target.pid} (${cleanText(profile.target.comm)}), ${cleanText(c.event) || 'cpu'} sampled at ${c.frequencyHz} Hz`,
    ...lostData(profile),
  ].map((text) => strings.id(text))

  return {
    sampleType,
    sample: samples,
    mapping,
    location: locations,
    function: functions,
    dropFrames: int64(0),
    keepFrames: int64(0),
    timeNanos: int64(BigInt(profile.startedAt.getTime()) * 1_000_000n),
    durationNanos: int64(profile.durationNs),
    periodType: {type: strings.id('cpu'), unit: strings.id('nanoseconds')},
    period: int64(periodNs),
    comment,
    defaultSampleType: strings.id('cpu'),
    // Last: every string above is in it by now.
    stringTable: strings.strings,
  }
}

/** The gzipped profile.proto bytes of a `.pb.gz` file, as `go tool pprof` reads them. */
export function renderPprof(profile: Profile, options: {toolVersion?: string} = {}): Buffer {
  return gzipSync(perftools.profiles.Profile.encode(buildPprof(profile, options)).finish())
}
