// @vitest-environment jsdom
import type { AppRouter } from '@portail/api'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createTRPCClient } from '@trpc/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { nameRefusingLink } from '~/features/auth/name-refusing-link'
import { TRPCProvider } from '~/trpc/client'
import { JoinFormFields } from './join-form'

const labels = {
  accept: 'J’accepte l’avis de confidentialité.',
  join: 'Ouvrir mon espace client',
  joining: 'Ouverture…',
  mustAccept: 'Cochez la case.',
  networkError: 'Le serveur ne répond pas.',
  nameLabel: 'Votre nom',
  nameDescription: 'Comment Piscines Luc s’adressera à vous.',
}

/** portal.join refuses the name as the API would, and records what it was sent. */
function renderForm(askName: boolean, sent: unknown[]) {
  const link = nameRefusingLink(sent)
  const queryClient = new QueryClient()
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={createTRPCClient<AppRouter>({ links: [link] })} queryClient={queryClient}>
        <JoinFormFields locale="fr" privacyNoticeVersion="2026-11-01" labels={labels} askName={askName} />
      </TRPCProvider>
    </QueryClientProvider>,
  )
}

// Radix's checkbox measures itself; jsdom has no layout to observe.
class NoResizeObserver {
  observe = () => undefined
  unobserve = () => undefined
  disconnect = () => undefined
}
beforeAll(() => {
  globalThis.ResizeObserver ??= NoResizeObserver
})

afterEach(() => {
  cleanup()
})

describe('joining a portal', () => {
  it('asks a newcomer’s name, sends it with the consent, and puts its refusal on the field', async () => {
    const user = userEvent.setup({ delay: null })
    const sent: unknown[] = []
    renderForm(true, sent)
    const name = screen.getByLabelText('Votre nom')
    await user.type(name, 'nina@example.com')
    await user.click(screen.getByRole('checkbox'))
    await user.click(screen.getByRole('button', { name: 'Ouvrir mon espace client' }))
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    expect(sent).toEqual([
      { acceptPrivacyNotice: true, privacyNoticeVersion: '2026-11-01', fullName: 'nina@example.com' },
    ])
    expect(screen.getByText('Indiquez votre nom, pas votre adresse courriel.')).toBeTruthy()
    expect(document.activeElement).toBe(name)
  })

  it('does not ask someone who already has a name of their own', async () => {
    const user = userEvent.setup({ delay: null })
    const sent: unknown[] = []
    renderForm(false, sent)
    expect(screen.queryByLabelText('Votre nom')).toBeNull()
    await user.click(screen.getByRole('checkbox'))
    await user.click(screen.getByRole('button', { name: 'Ouvrir mon espace client' }))
    await waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0]).toEqual({ acceptPrivacyNotice: true, privacyNoticeVersion: '2026-11-01' })
  })
})
