import protobuf from 'protobufjs/minimal.js'
import {stackprof} from '../proto/stackprof.pb.js'

export type Frame = stackprof.v1.Frame

/** No frame the loader writes comes near this; a larger length means the stream is corrupt. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024

export class FrameStreamError extends Error {}

/**
 * Splits a byte stream into length-delimited Frame messages (a varint length,
 * then that many bytes), accepting chunks cut anywhere.
 */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0)

  push(chunk: Uint8Array): Frame[] {
    return this.pushWithBytes(chunk).map((f) => f.frame)
  }

  /** As push(), with each frame's own bytes (without the length prefix), for recordings that keep them as they came. */
  pushWithBytes(chunk: Uint8Array): {frame: Frame; bytes: Buffer}[] {
    this.pending = this.pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.pending, chunk])
    const frames: {frame: Frame; bytes: Buffer}[] = []
    let offset = 0
    for (;;) {
      const header = readVarint(this.pending, offset)
      if (!header) break
      const [length, headerBytes] = header
      if (length > MAX_FRAME_BYTES) throw new FrameStreamError(`frame of ${length} bytes: the stream is corrupt`)
      const start = offset + headerBytes
      if (this.pending.length < start + length) break
      try {
        const bytes = this.pending.subarray(start, start + length)
        frames.push({frame: stackprof.v1.Frame.decode(protobuf.Reader.create(bytes)), bytes})
      } catch (error) {
        throw new FrameStreamError(`undecodable frame at byte ${offset}: ${(error as Error).message}`)
      }
      offset = start + length
    }
    this.pending = this.pending.subarray(offset)
    return frames
  }

  /** Bytes of an incomplete frame left over (non-zero at end of stream means it was cut short). */
  get leftover(): number {
    return this.pending.length
  }
}

function readVarint(buf: Buffer, offset: number): [number, number] | undefined {
  let value = 0
  for (let i = 0; i < 5; i++) {
    if (offset + i >= buf.length) return undefined
    const byte = buf[offset + i]
    value += (byte & 0x7f) * 2 ** (7 * i)
    if ((byte & 0x80) === 0) return [value, i + 1]
  }
  throw new FrameStreamError(`frame length at byte ${offset} is not a valid varint`)
}
