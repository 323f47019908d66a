import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { pageWeight, type RouteStats } from './page-weight'

const chunks: Record<string, Buffer> = {
  'a.js': Buffer.from('framework();'.repeat(200)),
  'b.js': Buffer.from('page();'.repeat(50)),
}
const stats: RouteStats = [
  { route: '/_not-found', firstLoadUncompressedJsBytes: 2400, firstLoadChunkPaths: ['a.js'] },
  { route: '/[locale]/t/[tenant]/portal', firstLoadUncompressedJsBytes: 2750, firstLoadChunkPaths: ['a.js', 'b.js'] },
]
const read = (path: string) => {
  const chunk = chunks[path]
  return chunk ? Promise.resolve(chunk) : Promise.reject(new Error(path))
}

describe('page weight from the build output', () => {
  it('sums the gzipped and raw sizes of every first-load chunk of a route', async () => {
    const weight = await pageWeight(stats, '/[locale]/t/[tenant]/portal', read)
    expect(weight).toEqual({
      route: '/[locale]/t/[tenant]/portal',
      chunks: 2,
      uncompressedBytes: 2400 + 350,
      gzipBytes:
        gzipSync(chunks['a.js'] ?? Buffer.alloc(0)).byteLength + gzipSync(chunks['b.js'] ?? Buffer.alloc(0)).byteLength,
    })
  })

  it('refuses a route the build does not have, rather than report zero', async () => {
    await expect(pageWeight(stats, '/nowhere', read)).rejects.toThrow('/nowhere')
  })
})
