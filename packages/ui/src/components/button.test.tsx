import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { FormEvent } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Button } from './button'

describe('Button', () => {
  it('renders each variant with its own colours, a caller class overriding the default', () => {
    render(
      <>
        <Button>Enregistrer</Button>
        <Button variant="destructive">Supprimer</Button>
        <Button variant="outline" className="px-8">
          Annuler
        </Button>
      </>,
    )
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toHaveClass('bg-primary', 'text-primary-foreground')
    expect(screen.getByRole('button', { name: 'Supprimer' })).toHaveClass('bg-destructive')
    const outline = screen.getByRole('button', { name: 'Annuler' })
    expect(outline).toHaveClass('border-input', 'px-8')
    expect(outline).not.toHaveClass('px-4')
  })

  it('does not submit a form unless asked to', async () => {
    const submit = vi.fn((event: FormEvent) => {
      event.preventDefault()
    })
    render(
      <form onSubmit={submit}>
        <Button>Aperçu</Button>
        <Button type="submit">Envoyer</Button>
      </form>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Aperçu' }))
    expect(submit).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer' }))
    expect(submit).toHaveBeenCalledOnce()
  })

  it('lends its look to a link with asChild', () => {
    render(
      <Button asChild variant="link">
        <a href="/clients">Clients</a>
      </Button>,
    )
    const link = screen.getByRole('link', { name: 'Clients' })
    expect(link).toHaveClass('text-primary')
    expect(link).not.toHaveAttribute('type')
  })

  it('shows a visible focus ring when reached by keyboard', () => {
    render(<Button>Focus</Button>)
    expect(screen.getByRole('button')).toHaveClass('focus-visible:ring-2', 'focus-visible:ring-ring')
  })
})
