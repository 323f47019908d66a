// @vitest-environment jsdom
import type { AppRouter } from '@portail/api'
import { catalogs } from '@portail/i18n'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createTRPCClient, type TRPCLink } from '@trpc/client'
import { observable } from '@trpc/server/observable'
import { NextIntlClientProvider } from 'next-intl'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TRPCProvider } from '~/trpc/client'
import { type BookingSettings, BookingSettingsForm } from './booking-settings-form'

const settings: BookingSettings = {
  minNoticeMinutes: 120,
  maxAdvanceDays: 60,
  slotIntervalMinutes: 30,
  freeCancelHours: 24,
  lateCancelFeePercent: 0,
  lateCancelKeepsDeposit: false,
  maxReschedules: 2,
  reminderFirstLeadHours: 24,
  reminderSecondLeadHours: 1,
}

function renderForm(locale: 'fr' | 'en') {
  const sent: unknown[] = []
  const link: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        if (op.path === 'staff.catalog.updateSettings') sent.push(op.input)
        observer.next({ result: { type: 'data', data: { fields: [] } } })
        observer.complete()
        return () => undefined
      })
  const client = createTRPCClient<AppRouter>({ links: [link] })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const onSaved = vi.fn()
  render(
    <NextIntlClientProvider locale={locale} messages={catalogs[locale]} timeZone="America/Toronto">
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={client} queryClient={queryClient}>
          <BookingSettingsForm settings={settings} canWrite onSaved={onSaved} />
        </TRPCProvider>
      </QueryClientProvider>
    </NextIntlClientProvider>,
  )
  return { sent, onSaved }
}

afterEach(() => {
  cleanup()
})

describe('the booking rules form: reminder lead times', () => {
  it('saves the two lead times the owner typed', async () => {
    const user = userEvent.setup({ delay: null })
    const { sent, onSaved } = renderForm('en')
    const first = screen.getByLabelText('First reminder (hours before)')
    const second = screen.getByLabelText('Second reminder (hours before)')
    expect((first as HTMLInputElement).value).toBe('24')
    await user.clear(first)
    await user.type(first, '48')
    await user.clear(second)
    await user.type(second, '3')
    await user.click(screen.getByRole('button', { name: 'Save the rules' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(sent).toEqual([expect.objectContaining({ reminderFirstLeadHours: 48, reminderSecondLeadHours: 3 })])
  })

  it('refuses, in French beside its field, a second reminder that does not come after the first', async () => {
    const user = userEvent.setup({ delay: null })
    const { sent } = renderForm('fr')
    const second = screen.getByLabelText('Second rappel (heures avant)')
    await user.clear(second)
    await user.type(second, '24')
    await user.click(screen.getByRole('button', { name: 'Enregistrer les règles' }))

    await waitFor(() => expect(second.getAttribute('aria-invalid')).toBe('true'))
    expect(document.activeElement).toBe(second)
    expect(screen.getByText(/Le second rappel doit venir plus près du rendez-vous que le premier/)).toBeTruthy()
    expect(sent).toEqual([])
  })

  it('refuses a first reminder beyond a week with the allowed range', async () => {
    const user = userEvent.setup({ delay: null })
    const { sent } = renderForm('en')
    const first = screen.getByLabelText('First reminder (hours before)')
    await user.clear(first)
    await user.type(first, '200')
    await user.click(screen.getByRole('button', { name: 'Save the rules' }))

    await waitFor(() => expect(first.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/Allowed: 1 to 168\./)).toBeTruthy()
    expect(sent).toEqual([])
  })
})
