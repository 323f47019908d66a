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

/** The API as the form meets it: every address is reserved, and creating refuses with `answer`. */
const apiLink =
  (answer: typeof refusal): TRPCLink<AppRouter> =>
  () =>
  ({ op }) =>
    observable((observer) => {
      if (op.path === 'onboarding.createBusiness') observer.error(TRPCClientError.from(answer))
      else if (op.path === 'onboarding.checkSlug') {
        observer.next({ result: { type: 'data', data: { slug: 'admin', availability: 'reserved' } } })
        observer.complete()
      } else observer.complete()
      return () => undefined
    })

function renderForm({ answer = refusal, askOwnerName = false } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <NextIntlClientProvider locale="fr" messages={catalogs.fr} timeZone="America/Toronto">
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={createTRPCClient<AppRouter>({ links: [apiLink(answer)] })} queryClient={queryClient}>
          <StartBusinessForm
            locale="fr"
            rootDomain="portail.test"
            askOwnerName={askOwnerName}
            timeZones={{
              lead: [],
              groups: [
                {
                  label: 'Canada',
                  options: [
                    { value: 'America/Toronto', label: 'Toronto (heure de l’Est)' },
                    { value: 'America/Halifax', label: 'Halifax (heure de l’Atlantique)' },
                  ],
                },
              ],
            }}
          />
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
    ])
    expect(slug.getAttribute('aria-invalid')).toBeNull()

    await user.type(name, 'P')
    await user.click(screen.getByRole('button', { name: 'Créer mon entreprise' }))

    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    expect(descriptionsOf(name)).toEqual(['Le nom doit compter au moins 2 caractères.'])
    expect(slug.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionsOf(slug)).toEqual([
      'Lettres minuscules, chiffres et traits d’union : piscines-soleil.portail.test',
      'Cette adresse est réservée.',
    ])
    expect(document.activeElement).toBe(name)
  })

  it('says a refused address once: the live check and the API do not both say it', async () => {
    const user = userEvent.setup({ delay: null })
    renderForm()
    const slug = screen.getByLabelText('Adresse du portail')
    await user.type(slug, 'admin')
    const live = 'Cette adresse est réservée à la plateforme. Choisissez-en une autre.'
    await waitFor(() => expect(screen.getByTestId('slug-status').textContent).toBe(live))
    expect(descriptionsOf(slug)).toEqual([
      'Lettres minuscules, chiffres et traits d’union : piscines-soleil.portail.test',
      live,
    ])
    expect(slug.getAttribute('aria-invalid')).toBe('true')

    await user.click(screen.getByRole('button', { name: 'Créer mon entreprise' }))
    await waitFor(() => expect(screen.getAllByText(/réservée/)).toHaveLength(1))
    expect(screen.getByTestId('slug-status').textContent).toBe('')
    expect(descriptionsOf(slug)).toEqual([
      'Lettres minuscules, chiffres et traits d’union : piscines-soleil.portail.test',
      'Cette adresse est réservée.',
    ])

    // Typing again: the refusal was about the old address, the live check speaks for the new one.
    await user.type(slug, 's')
    expect(screen.queryByText('Cette adresse est réservée.')).toBeNull()
  })

  it('asks the founder’s name when theirs is still their email’s, and puts its refusal there', async () => {
    const user = userEvent.setup({ delay: null })
    renderForm({
      askOwnerName: true,
      answer: {
        error: {
          ...refusal.error,
          data: {
            ...refusal.error.data,
            zodIssues: [{ path: ['ownerName'], message: 'Indiquez votre nom, pas votre adresse courriel.' }],
          },
        },
      },
    })
    const owner = screen.getByLabelText('Votre nom')
    expect(owner.getAttribute('autocomplete')).toBe('name')
    await user.type(owner, 'luc.proprio@example.com')
    await user.click(screen.getByRole('button', { name: 'Créer mon entreprise' }))
    await waitFor(() => expect(owner.getAttribute('aria-invalid')).toBe('true'))
    expect(descriptionsOf(owner)).toEqual([
      'Tel que votre équipe et vos clients le verront.',
      'Indiquez votre nom, pas votre adresse courriel.',
    ])
    expect(document.activeElement).toBe(owner)
  })

  it('does not ask a founder who has a name of their own', () => {
    renderForm()
    expect(screen.queryByLabelText('Votre nom')).toBeNull()
  })
})
