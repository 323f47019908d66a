import type { AppRouter } from '@portail/api'
import { TRPCClientError, type TRPCLink } from '@trpc/client'
import { observable } from '@trpc/server/observable'

/** What the API answers for a name that is an email address (ZPersonName), in French. */
export const refusedNameMessage = 'Indiquez votre nom, pas votre adresse courriel.'

/**
 * For component tests of the forms that ask a person's name: a tRPC link that refuses every call
 * as the API refuses a bad `fullName`, and records each call's input in `sent`.
 */
export function nameRefusingLink(sent: unknown[]): TRPCLink<AppRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        sent.push(op.input)
        observer.error(
          TRPCClientError.from({
            error: {
              code: -32600,
              message: 'Invalid input',
              data: {
                code: 'BAD_REQUEST',
                httpStatus: 400,
                zodIssues: [{ path: ['fullName'], message: refusedNameMessage }],
              },
            },
          }),
        )
        return () => undefined
      })
}
