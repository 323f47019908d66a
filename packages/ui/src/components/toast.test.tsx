import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { toast, Toaster } from './toast'

describe('Toaster', () => {
  it('announces a toast in a region named by the app, closable with its translated label', async () => {
    const user = userEvent.setup()
    render(<Toaster label="Notifications" closeLabel="Fermer la notification" closeButton />)
    expect(screen.getByRole('region', { name: 'Notifications' })).toBeInTheDocument()

    act(() => {
      toast.success('Client enregistré.')
    })
    expect(await screen.findByText('Client enregistré.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Fermer la notification' }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)))
    expect(screen.queryByText('Client enregistré.')).not.toBeInTheDocument()
  })
})
