import { TRPCError } from '@trpc/server'

/**
 * An older page named by a cursor from the address bar. A cursor the API refuses (edited by hand,
 * or from a link older than the data) is expected: null, and the page shows the newest page. Any
 * other failure (the database down, a bug) is thrown on to the error boundary, instead of passing
 * for an empty list.
 */
export async function nullIfCursorRefused<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return null
    throw error
  }
}
