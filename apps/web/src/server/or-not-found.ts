import 'server-only'
import { TRPCError } from '@trpc/server'
import { notFound } from 'next/navigation'

/**
 * A page about one record: a record that does not exist here (NOT_FOUND, which is also what
 * another business's record looks like) or an id that is not one (BAD_REQUEST) is a 404 page.
 */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) notFound()
    throw error
  }
}
