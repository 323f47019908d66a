// @vitest-environment jsdom
import type { AppRouter } from '@portail/api'
import { catalogs } from '@portail/i18n'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client'
import { observable } from '@trpc/server/observable'
import { NextIntlClientProvider } from 'next-intl'
import { afterEach, describe, expect, it } from 'vitest'
import { TRPCProvider } from '~/trpc/client'
import { StartBusinessForm } from './start-business-form'

// The API refuses the business as it would a name too short and a reserved address: input issues
// worded in the reader's language, each naming its field.
const refusal = {
  error: {
    code: -32600,
    message: 'Invalid input',
    data: {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      zodIssues: [
        { path: ['name'], message: 'Le nom doit compter au moins 2 caractères.' },
        { path: ['slug'], message: 'Cette adresse est réservée.' },
      ],
    },
  },
}

const refusingLink: TRPCLink<AppRouter> =
  () =>
  ({ op }) =>
    observable((observer) => {
      if (op.path === 'onboarding.createBusiness') observer.error(TRPCClientError.from(refusal))
      else observer.complete()
      return () => undefined
    })

function renderForm() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <NextIntlClientProvider locale="fr" messages={catalogs.fr} timeZone="America/Toronto">
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={createTRPCClient<AppRouter>({ links: [refusingLink] })} queryClient={queryClient}>
          <StartBusinessForm locale="fr" rootDomain="portail.test" timeZones={['America/Toronto', 'America/Halifax']} />
        </TRPCProvider>
      </QueryClientProvider>
    </NextIntlClientProvider>,
  )
}

/** The texts an input is described by, in the order a screen reader reads them. */
const descriptionsOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)

afterEach(() => {
  cleanup()
})

describe('starting a business', () => {
  it('puts each refusal of the API on its field, read after the field’s own help, and focuses the first', async () => {
    const user = userEvent.setup({ delay: null })
    renderForm()
    const name = screen.getByLabelText('Nom de l’entreprise')
    const slug = screen.getByLabelText('Adresse du portail')
    expect(descriptionsOf(slug)).toEqual([
      'Lettres minuscules, chiffres et traits d’union : piscines-soleil.portail.test',
      '',
    ])
    expect(slug.getAttribute('aria-invalid')).toBeNull()

    await user.type(name, 'P')
    await user.click(screen.getByRole('button', { name: 'Créer mon entreprise' }))

    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    expect(descriptionsOf(name)).toEqual(['Le nom doit compter au moins 2 caractères.'])
    expect(slug.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionsOf(slug)).toEqual([
      'Lettres minuscules, chiffres et traits d’union : piscines-soleil.portail.test',
      '',
      'Cette adresse est réservée.',
    ])
    expect(document.activeElement).toBe(name)
  })
})
