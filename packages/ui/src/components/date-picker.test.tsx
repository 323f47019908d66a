import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { CalendarLanguage } from './calendar'
import { DatePicker } from './date-picker'

function Controlled({
  lang,
  initial,
  onChange,
}: {
  lang: CalendarLanguage
  initial?: Date
  onChange?: (date?: Date) => void
}) {
  const [value, setValue] = useState<Date | undefined>(initial)
  return (
    <DatePicker
      lang={lang}
      value={value}
      placeholder={lang === 'fr' ? 'Choisir une date' : 'Pick a date'}
      aria-label={lang === 'fr' ? 'Échéance' : 'Due date'}
      onChange={(date) => {
        setValue(date)
        onChange?.(date)
      }}
    />
  )
}

describe('DatePicker', () => {
  it('shows the placeholder, then the picked date in French', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<Controlled lang="fr" initial={new Date(2026, 0, 15)} onChange={onChange} />)
    const trigger = screen.getByRole('button', { name: 'Échéance' })
    expect(trigger).toHaveTextContent('15 janvier 2026')

    await user.click(trigger)
    const grid = screen.getByRole('grid', { name: 'janvier 2026' })
    // French weeks start on Monday (the weekday row is hidden from the accessibility tree, each day says its name).
    expect(within(grid).getAllByRole('columnheader', { hidden: true })[0]).toHaveAttribute('aria-label', 'lundi')
    expect(screen.getByRole('button', { name: 'Aller au mois suivant' })).toBeInTheDocument()

    await user.click(within(grid).getByText('20'))
    expect(onChange).toHaveBeenCalledWith(new Date(2026, 0, 20))
    expect(screen.queryByRole('grid')).not.toBeInTheDocument()
    expect(trigger).toHaveTextContent('20 janvier 2026')
    expect(trigger).toHaveFocus()
  })

  it('is operable by keyboard and speaks English when asked', async () => {
    const user = userEvent.setup()
    render(<Controlled lang="en" initial={new Date(2026, 0, 15)} />)
    const trigger = screen.getByRole('button', { name: 'Due date' })
    expect(trigger).toHaveTextContent('January 15th, 2026')

    trigger.focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('grid', { name: 'January 2026' })).toBeInTheDocument()
    // The chosen day has focus; arrows move by day, Enter picks.
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}')
    expect(trigger).toHaveTextContent('January 17th, 2026')
  })

  it('starts empty with the placeholder', () => {
    render(<Controlled lang="fr" />)
    const trigger = screen.getByRole('button', { name: 'Échéance' })
    expect(trigger).toHaveTextContent('Choisir une date')
    expect(trigger).toHaveAttribute('data-empty', 'true')
  })
})
