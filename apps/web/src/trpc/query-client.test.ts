import { type DehydratedState, dehydrate, hydrate } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { makeQueryClient } from './query-client'

describe('makeQueryClient', () => {
  it('hands server-prefetched data to the browser with dates still dates', async () => {
    const server = makeQueryClient()
    const createdAt = new Date('2026-03-01T14:30:00Z')
    await server.prefetchQuery({ queryKey: ['client'], queryFn: () => ({ name: 'Aline', createdAt }) })
    // What HydrationBoundary ships is plain JSON on the wire.
    const wire = JSON.parse(JSON.stringify(dehydrate(server))) as DehydratedState

    const browser = makeQueryClient()
    hydrate(browser, wire)
    const data = browser.getQueryData<{ name: string; createdAt: Date }>(['client'])
    expect(data?.createdAt).toBeInstanceOf(Date)
    expect(data?.createdAt.toISOString()).toBe(createdAt.toISOString())
  })

  it('keeps freshly prefetched data fresh, so the browser does not fetch it again at once', async () => {
    const client = makeQueryClient()
    await client.prefetchQuery({ queryKey: ['x'], queryFn: () => 1 })
    expect(client.getQueryState(['x'])?.isInvalidated).toBe(false)
    expect(client.getQueryCache().find({ queryKey: ['x'] })?.isStale()).toBe(false)
  })
})
