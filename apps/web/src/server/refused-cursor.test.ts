import { TRPCError } from '@trpc/server'
import { describe, expect, it } from 'vitest'
import { nullIfCursorRefused } from './refused-cursor'

describe('an older page named by a cursor', () => {
  it('is the page when the API answers', async () => {
    await expect(nullIfCursorRefused(Promise.resolve({ items: ['b-1'] }))).resolves.toEqual({ items: ['b-1'] })
  })

  it('falls back to the newest page (null) when the API refuses the cursor', async () => {
    const refused = new TRPCError({ code: 'BAD_REQUEST', message: 'pagination.invalidCursor' })
    await expect(nullIfCursorRefused(Promise.reject(refused))).resolves.toBeNull()
  })

  it('lets a database outage reach the error page instead of showing an empty list', async () => {
    const outage = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('connect ECONNREFUSED') })
    await expect(nullIfCursorRefused(Promise.reject(outage))).rejects.toBe(outage)
    const unexpected = new Error('connection terminated')
    await expect(nullIfCursorRefused(Promise.reject(unexpected))).rejects.toBe(unexpected)
  })
})
