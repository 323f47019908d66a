// @vitest-environment jsdom
import type { AppRouter } from '@portail/api'
import { catalogs } from '@portail/i18n'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createTRPCClient, type TRPCLink } from '@trpc/client'
import { observable } from '@trpc/server/observable'
import { NextIntlClientProvider } from 'next-intl'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TRPCProvider } from '~/trpc/client'
import { NewBookingForm } from './new-booking-form'

const ids = {
  client: '0b6f2a8e-1c1d-4a53-9d38-7d7a1f0c1a01',
  inspection: '0b6f2a8e-1c1d-4a53-9d38-7d7a1f0c1a02',
  opening: '0b6f2a8e-1c1d-4a53-9d38-7d7a1f0c1a03',
  sophie: '0b6f2a8e-1c1d-4a53-9d38-7d7a1f0c1a04',
  booking: '0b6f2a8e-1c1d-4a53-9d38-7d7a1f0c1a05',
}
const zone = 'America/Toronto'
const ten = '2026-12-15T15:00:00.000Z'
const eleven = '2026-12-15T16:00:00.000Z'
const service = (id: string, nameFr: string) => ({
  service: { id, nameFr, nameEn: nameFr, active: true },
  options: [],
  staffIds: [ids.sophie],
})

/** What the server answers, by procedure; the calls it got, to assert what the form sent. */
function fakeServer() {
  const calls: { path: string; input: unknown }[] = []
  const answers: Record<string, (input: unknown) => unknown> = {
    'staff.catalog.get': () => ({
      services: [service(ids.inspection, 'Inspection de spa'), service(ids.opening, 'Ouverture')],
    }),
    'staff.bookings.members': () => [{ id: ids.sophie, displayName: 'Sophie Lavoie' }],
    'staff.clients.list': () => ({
      items: [{ id: ids.client, fullName: 'David Thompson', email: 'david.thompson@example.com' }],
    }),
    'staff.clients.get': () => ({
      id: ids.client,
      serviceAddress: { line1: '45 Bennett Road', city: 'Sherbrooke', province: 'QC', postalCode: 'J1H 1A1' },
    }),
    'booking.slots': () => [{ start: ten }, { start: eleven }],
    'staff.bookings.create': () => ({ id: ids.booking, start: ten }),
    'staff.bookings.createSeries': () => ({ created: [{ id: ids.booking, start: ten }], skipped: [] }),
  }
  const link: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        calls.push({ path: op.path, input: op.input })
        const answer = answers[op.path]
        if (answer) observer.next({ result: { type: 'data', data: answer(op.input) } })
        observer.complete()
        return () => undefined
      })
  return { calls, client: createTRPCClient<AppRouter>({ links: [link] }) }
}

function renderForm() {
  const server = fakeServer()
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const onCreated = vi.fn()
  const onSeries = vi.fn()
  render(
    <NextIntlClientProvider locale="fr" messages={catalogs.fr} timeZone={zone}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={server.client} queryClient={queryClient}>
          <NewBookingForm timeZone={zone} defaultDate="2026-12-15" onCreated={onCreated} onSeries={onSeries} />
        </TRPCProvider>
      </QueryClientProvider>
    </NextIntlClientProvider>,
  )
  const sent = () => server.calls.filter((call) => call.path.startsWith('staff.bookings.create'))
  return { onCreated, onSeries, sent }
}

async function pickClientAndService(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Chercher un client (nom, courriel, téléphone)'), 'Tho')
  await user.click(await screen.findByRole('button', { name: /David Thompson/ }))
  await user.selectOptions(
    screen.getByLabelText('Service'),
    await screen.findByRole('option', { name: 'Inspection de spa' }),
  )
  await user.selectOptions(screen.getByLabelText('Avec'), 'Sophie Lavoie')
}

afterEach(() => {
  cleanup()
})

describe('the staff new-booking form', () => {
  it('refuses to book without a client: says so in French beside the search, which takes focus', async () => {
    const user = userEvent.setup({ delay: null })
    const { sent } = renderForm()
    await user.click(screen.getByRole('button', { name: 'Créer le rendez-vous' }))

    const search = screen.getByLabelText('Chercher un client (nom, courriel, téléphone)')
    await waitFor(() => expect(search.getAttribute('aria-invalid')).toBe('true'))
    expect(search.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(search.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Choisissez un client.',
    )
    expect(document.activeElement).toBe(search)
    expect(screen.getByText('Choisissez un service.')).toBeTruthy()
    expect(sent()).toEqual([])
  })

  it('books the free time picked, for the client picked, at the address on file', async () => {
    const user = userEvent.setup({ delay: null })
    const { sent, onCreated } = renderForm()
    await pickClientAndService(user)
    const times = screen.getByRole('group', { name: 'Heures libres' })
    await user.click(await within(times).findByRole('button', { name: '11\u00a0h' }))
    expect(await screen.findByText(/45 Bennett Road/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Créer le rendez-vous' }))

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: ids.booking, start: ten }))
    expect(sent()).toHaveLength(1)
    expect(sent()[0]?.input).toMatchObject({
      clientId: ids.client,
      serviceId: ids.inspection,
      staffId: ids.sophie,
      optionIds: [],
      start: eleven,
      serviceAddress: { line1: '45 Bennett Road', city: 'Sherbrooke', province: 'QC', postalCode: 'J1H 1A1' },
    })
  })

  it('forgets the time picked when the service changes, and asks for a new one', async () => {
    const user = userEvent.setup({ delay: null })
    const { sent } = renderForm()
    await pickClientAndService(user)
    const times = screen.getByRole('group', { name: 'Heures libres' })
    await user.click(await within(times).findByRole('button', { name: '10\u00a0h' }))
    await user.selectOptions(screen.getByLabelText('Service'), 'Ouverture')
    await user.selectOptions(screen.getByLabelText('Avec'), 'Sophie Lavoie')
    await user.click(screen.getByRole('button', { name: 'Créer le rendez-vous' }))

    expect(
      await screen.findByText('Choisissez une heure libre, ou ignorez les règles pour choisir une autre heure.'),
    ).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Heures libres' }))
    expect(sent()).toEqual([])
  })

  it('asks for a reason before placing a booking outside the rules', async () => {
    const user = userEvent.setup({ delay: null })
    const { sent } = renderForm()
    await pickClientAndService(user)
    await user.click(screen.getByLabelText(/Ignorer les règles/))
    await user.click(screen.getByRole('button', { name: 'Créer le rendez-vous' }))

    const reason = screen.getByLabelText('Raison (obligatoire)')
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText('Indiquez la raison.')).toBeTruthy()
    expect(sent()).toEqual([])
  })

  it('makes a series every two weeks from the free time picked, until the date given', async () => {
    const user = userEvent.setup({ delay: null })
    const { sent, onSeries, onCreated } = renderForm()
    await pickClientAndService(user)
    const times = screen.getByRole('group', { name: 'Heures libres' })
    await user.click(await within(times).findByRole('button', { name: '10\u00a0h' }))
    await user.click(screen.getByLabelText('Rendez-vous récurrent'))
    await user.click(screen.getByRole('button', { name: 'Créer la série' }))
    expect(await screen.findByText('Indiquez jusqu’à quand répéter le rendez-vous.')).toBeTruthy()
    expect(sent()).toEqual([])

    await user.selectOptions(screen.getByLabelText('Fréquence'), 'Toutes les deux semaines')
    await user.type(screen.getByLabelText('Jusqu’au'), '2027-01-31')
    await user.type(screen.getByLabelText('Notes'), 'Code de la barrière : 1234')
    await user.click(screen.getByRole('button', { name: 'Créer la série' }))

    await waitFor(() =>
      expect(onSeries).toHaveBeenCalledWith({ created: [{ id: ids.booking, start: ten }], skipped: [] }),
    )
    expect(onCreated).not.toHaveBeenCalled()
    expect(sent().map((call) => call.path)).toEqual(['staff.bookings.createSeries'])
    expect(sent()[0]?.input).toMatchObject({
      clientId: ids.client,
      firstStart: ten,
      frequency: 'biweekly',
      until: '2027-01-31',
      notes: 'Code de la barrière : 1234',
    })
  })
})
