// @vitest-environment jsdom
import { catalogs } from '@portail/i18n'
import { cleanup, render, screen } from '@testing-library/react'
import { NextIntlClientProvider } from 'next-intl'
import { afterEach, describe, expect, it } from 'vitest'
import { AvailableDayCalendar } from './available-day-calendar'

afterEach(cleanup)

function renderNovember(locale: 'fr' | 'en') {
  render(
    <NextIntlClientProvider locale={locale} messages={catalogs[locale]} timeZone="America/Toronto">
      <AvailableDayCalendar
        locale={locale}
        month="2026-11"
        firstMonth="2026-11"
        today="2026-10-30"
        days={['2026-11-01', '2026-11-02']}
        status="success"
        selected={null}
        onMonthChange={() => undefined}
        onSelect={() => undefined}
        onRetry={() => undefined}
      />
    </NextIntlClientProvider>,
  )
}

describe('the day buttons', () => {
  it('name the first of the month as French writes it (1er), and every day with its full date', () => {
    renderNovember('fr')
    expect(screen.getByRole('button', { name: 'dimanche 1er novembre 2026' })).toHaveProperty('disabled', false)
    expect(screen.getByRole('button', { name: 'lundi 2 novembre 2026' })).toHaveProperty('disabled', false)
    expect(screen.getByRole('button', { name: 'mardi 3 novembre 2026' })).toHaveProperty('disabled', true)
  })

  it('name the days in English with the number the button shows', () => {
    renderNovember('en')
    expect(screen.getByRole('button', { name: 'Sunday, November 1, 2026' })).toHaveProperty('disabled', false)
  })
})
