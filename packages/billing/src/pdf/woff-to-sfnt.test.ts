import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { woffToSfnt } from './woff-to-sfnt'

/** A WOFF with two tables: 'cmap' stored compressed, 'head' stored as is (too small to compress). */
function tinyWoff(): { woff: Buffer; cmap: Buffer; head: Buffer } {
  const cmap = Buffer.from('cmap table data, long enough to be worth compressing: '.repeat(4))
  const head = Buffer.from([1, 2, 3, 4, 5])
  const compressed = deflateSync(cmap)
  const header = Buffer.alloc(44 + 2 * 20)
  header.writeUInt32BE(0x774f4646, 0)
  header.writeUInt32BE(0x00010000, 4)
  header.writeUInt16BE(2, 12)
  const cmapOffset = header.length
  const headOffset = cmapOffset + compressed.length
  const entries: [string, number, Buffer, number][] = [
    ['cmap', cmapOffset, compressed, cmap.length],
    ['head', headOffset, head, head.length],
  ]
  entries.forEach(([tag, offset, stored, origLength], index) => {
    const at = 44 + index * 20
    header.write(tag, at, 'latin1')
    header.writeUInt32BE(offset, at + 4)
    header.writeUInt32BE(stored.length, at + 8)
    header.writeUInt32BE(origLength, at + 12)
    header.writeUInt32BE(0xabcd0000 + index, at + 16)
  })
  return { woff: Buffer.concat([header, compressed, head]), cmap, head }
}

describe('woffToSfnt', () => {
  it('writes the sfnt directory and every table inflated, 4-byte aligned', () => {
    const { woff, cmap, head } = tinyWoff()
    const sfnt = woffToSfnt(woff)
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000)
    expect(sfnt.readUInt16BE(4)).toBe(2)
    expect([sfnt.readUInt16BE(6), sfnt.readUInt16BE(8), sfnt.readUInt16BE(10)]).toEqual([32, 1, 0])
    const table = (index: number) => {
      const at = 12 + index * 16
      const offset = sfnt.readUInt32BE(at + 8)
      return {
        tag: sfnt.toString('latin1', at, at + 4),
        checksum: sfnt.readUInt32BE(at + 4),
        offset,
        data: sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12)),
      }
    }
    expect(table(0)).toMatchObject({ tag: 'cmap', checksum: 0xabcd0000, offset: 44, data: cmap })
    expect(table(1)).toMatchObject({ tag: 'head', checksum: 0xabcd0001, data: head })
    expect(table(1).offset % 4).toBe(0)
  })

  it('refuses what is not a WOFF 1.0 font', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 and more bytes than a header needs, surely enough'))).toThrow(RangeError)
  })
})
