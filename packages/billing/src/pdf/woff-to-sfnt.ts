import { inflateSync } from 'node:zlib'

const woffSignature = 0x774f4646 // 'wOFF'
const woffHeaderSize = 44
const woffEntrySize = 20
const sfntHeaderSize = 12
const sfntEntrySize = 16

const align4 = (n: number) => (n + 3) & ~3

/**
 * A WOFF 1.0 font unpacked to the TrueType/OpenType (sfnt) bytes it wraps: each table inflated once.
 * Why: fontkit reads a WOFF by inflating a table on every access, which cost about 100 ms of CPU
 * per invoice; from sfnt bytes it reads tables in place. Format: W3C WOFF 1.0, §3-§5.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength)
  if (input.length < woffHeaderSize || input.readUInt32BE(0) !== woffSignature) {
    throw new RangeError('woffToSfnt: not a WOFF 1.0 font')
  }
  const flavor = input.readUInt32BE(4)
  const numTables = input.readUInt16BE(12)
  if (input.length < woffHeaderSize + numTables * woffEntrySize) {
    throw new RangeError('woffToSfnt: truncated table directory')
  }

  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = woffHeaderSize + index * woffEntrySize
    const tag = input.readUInt32BE(entry)
    const offset = input.readUInt32BE(entry + 4)
    const compLength = input.readUInt32BE(entry + 8)
    const origLength = input.readUInt32BE(entry + 12)
    const checksum = input.readUInt32BE(entry + 16)
    if (offset + compLength > input.length) throw new RangeError('woffToSfnt: table outside the file')
    const stored = input.subarray(offset, offset + compLength)
    const data = compLength < origLength ? inflateSync(stored) : stored
    if (data.length !== origLength) throw new RangeError('woffToSfnt: table length mismatch')
    return { tag, checksum, data }
  })

  let maxPower = 1
  while (maxPower * 2 <= numTables) maxPower *= 2
  const searchRange = maxPower * 16
  const directorySize = sfntHeaderSize + numTables * sfntEntrySize
  const size = tables.reduce((total, table) => total + align4(table.data.length), directorySize)
  const output = Buffer.alloc(size)
  output.writeUInt32BE(flavor, 0)
  output.writeUInt16BE(numTables, 4)
  output.writeUInt16BE(searchRange, 6)
  output.writeUInt16BE(Math.log2(maxPower), 8)
  output.writeUInt16BE(numTables * 16 - searchRange, 10)

  // WOFF keeps the directory sorted by tag, as sfnt requires; tables follow, 4-byte aligned.
  let offset = directorySize
  tables.forEach((table, index) => {
    const entry = sfntHeaderSize + index * sfntEntrySize
    output.writeUInt32BE(table.tag, entry)
    output.writeUInt32BE(table.checksum, entry + 4)
    output.writeUInt32BE(offset, entry + 8)
    output.writeUInt32BE(table.data.length, entry + 12)
    table.data.copy(output, offset)
    offset += align4(table.data.length)
  })
  return output
}
