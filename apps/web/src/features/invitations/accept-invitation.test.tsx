// @vitest-environment jsdom
import type { AppRouter } from '@portail/api'
import { catalogs } from '@portail/i18n'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createTRPCClient } from '@trpc/client'
import { NextIntlClientProvider } from 'next-intl'
import { afterEach, describe, expect, it } from 'vitest'
import { nameRefusingLink } from '~/features/auth/name-refusing-link'
import { TRPCProvider } from '~/trpc/client'
import { AcceptInvitation } from './accept-invitation'

const token = 'a'.repeat(43)

/** invitations.accept refuses the name as the API would, and records what it was sent. */
function renderPage(askName: boolean, sent: unknown[]) {
  const link = nameRefusingLink(sent)
  const queryClient = new QueryClient()
  render(
    <NextIntlClientProvider locale="fr" messages={{ invitation: catalogs.fr.invitation }}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={createTRPCClient<AppRouter>({ links: [link] })} queryClient={queryClient}>
          <AcceptInvitation token={token} locale="fr" business="Piscines Luc" askName={askName} />
        </TRPCProvider>
      </QueryClientProvider>
    </NextIntlClientProvider>,
  )
}

afterEach(cleanup)

describe('accepting a team invitation', () => {
  it('asks a newcomer’s name, sends it with the token, and puts its refusal on the field', async () => {
    const user = userEvent.setup({ delay: null })
    const sent: unknown[] = []
    renderPage(true, sent)
    const name = screen.getByLabelText('Votre nom')
    await user.type(name, 'noe@example.com')
    await user.click(screen.getByRole('button', { name: 'Accepter l’invitation' }))
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    expect(sent).toEqual([{ token, fullName: 'noe@example.com' }])
    expect(screen.getByText('Indiquez votre nom, pas votre adresse courriel.')).toBeTruthy()
  })

  it('does not ask someone who already has a name of their own', async () => {
    const user = userEvent.setup({ delay: null })
    const sent: unknown[] = []
    renderPage(false, sent)
    expect(screen.queryByLabelText('Votre nom')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Accepter l’invitation' }))
    await waitFor(() => expect(sent).toEqual([{ token }]))
  })
})
