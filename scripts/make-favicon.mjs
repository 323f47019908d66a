// Writes apps/web/src/app/favicon.ico: Portail's "P" in white on its blue, 16 and 32 px, drawn
// here rather than fetched or exported from a design tool. Run `node scripts/make-favicon.mjs`
// after changing the drawing; the file is committed.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const blue = [0x25, 0x63, 0xeb]
const white = [0xff, 0xff, 0xff]

// The letter on a 8x10 grid, scaled to each size.
const letter = [
  '111111  ',
  '11    11',
  '11    11',
  '11    11',
  '111111  ',
  '11      ',
  '11      ',
  '11      ',
  '11      ',
  '11      ',
]

function pixels(size) {
  const rgba = Buffer.alloc(size * size * 4)
  const radius = size * 0.2
  const cell = size / 16
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // A rounded square: transparent outside the corners' arcs.
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0)
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0)
      const inside = dx * dx + dy * dy <= radius * radius
      const gx = Math.floor(x / cell) - 4
      const gy = Math.floor(y / cell) - 3
      const ink = gy >= 0 && gy < letter.length && gx >= 0 && gx < 8 && letter[gy]?.[gx] === '1'
      const [r, g, b] = ink ? white : blue
      rgba.set([r, g, b, inside ? 255 : 0], (y * size + x) * 4)
    }
  }
  return rgba
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
function png(size) {
  const rgba = pixels(size)
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// An ICO holding PNG images (read by every current browser).
const images = [16, 32].map((size) => ({ size, data: png(size) }))
const directory = Buffer.alloc(6 + 16 * images.length)
directory.writeUInt16LE(0, 0)
directory.writeUInt16LE(1, 2)
directory.writeUInt16LE(images.length, 4)
let offset = directory.length
images.forEach(({ size, data }, index) => {
  const entry = 6 + 16 * index
  directory.writeUInt8(size, entry)
  directory.writeUInt8(size, entry + 1)
  directory.writeUInt16LE(1, entry + 4)
  directory.writeUInt16LE(32, entry + 6)
  directory.writeUInt32LE(data.length, entry + 8)
  directory.writeUInt32LE(offset, entry + 12)
  offset += data.length
})
const target = new URL('../apps/web/src/app/favicon.ico', import.meta.url)
writeFileSync(target, Buffer.concat([directory, ...images.map(({ data }) => data)]))
console.log(`wrote ${target.pathname} (${offset} bytes)`)
