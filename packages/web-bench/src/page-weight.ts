import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { z } from 'zod'

const routeStats = z.array(
  z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }),
)
export type RouteStats = z.infer<typeof routeStats>

export interface PageWeight {
  route: string
  chunks: number
  uncompressedBytes: number
  gzipBytes: number
}

/**
 * Next 16 prints no First Load JS column any more; it writes each route's first-load chunks to
 * .next/diagnostics/route-bundle-stats.json (paths relative to the app folder).
 */
export async function readRouteStats(appDir: string): Promise<RouteStats> {
  const raw = await readFile(join(appDir, '.next/diagnostics/route-bundle-stats.json'), 'utf8')
  return routeStats.parse(JSON.parse(raw))
}

/**
 * The JavaScript a first visit to `route` downloads, gzipped chunk by chunk as `next start` serves
 * them (zlib's default level, like its compression). `readChunk` is injected for tests.
 */
export async function pageWeight(
  stats: RouteStats,
  route: string,
  readChunk: (path: string) => Promise<Buffer>,
): Promise<PageWeight> {
  const entry = stats.find((candidate) => candidate.route === route)
  if (!entry) throw new Error(`route ${route} is not in the build's route-bundle-stats.json`)
  let gzipBytes = 0
  let uncompressedBytes = 0
  for (const path of entry.firstLoadChunkPaths) {
    const chunk = await readChunk(path)
    uncompressedBytes += chunk.byteLength
    gzipBytes += gzipSync(chunk).byteLength
  }
  return { route, chunks: entry.firstLoadChunkPaths.length, uncompressedBytes, gzipBytes }
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
