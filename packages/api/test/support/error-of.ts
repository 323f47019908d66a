import { TRPCError } from '@trpc/server'

/** The TRPCError a call rejects with (fails the test if it resolves or throws something else). */
export async function errorOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call
  } catch (error) {
    if (error instanceof TRPCError) return error
    throw error
  }
  throw new Error('expected the call to fail, but it succeeded')
}
