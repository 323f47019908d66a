import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toast, Toaster } from './toast'

// Sonner times its toasts with setTimeout (the lifetime, then the exit animation before removal):
// fake timers let the test move the clock instead of waiting for it. Clicks go through fireEvent:
// user-event's wrapper in Testing Library waits on a setTimeout that only Jest's fake timers advance.
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms)
  })

describe('Toaster', () => {
  it('announces a toast in a region named by the app, closable with its translated label', () => {
    render(<Toaster label="Notifications" closeLabel="Fermer la notification" closeButton />)
    expect(screen.getByRole('region', { name: 'Notifications' })).toBeInTheDocument()

    act(() => {
      toast.success('Client enregistré.')
    })
    // Sonner adds a toast to the page on the next tick.
    advance(0)
    expect(screen.getByText('Client enregistré.')).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Fermer la notification' }))
    // Closing plays a short exit animation before the toast leaves the page, well within a second.
    advance(1000)
    expect(screen.queryByText('Client enregistré.')).not.toBeInTheDocument()
  })

  it('keeps a toast for its whole lifetime, then removes it without anyone closing it', () => {
    render(<Toaster label="Notifications" closeLabel="Fermer la notification" duration={5000} />)
    act(() => {
      toast('Rendez-vous déplacé.')
    })
    advance(0)
    expect(screen.getByText('Rendez-vous déplacé.')).toBeInTheDocument()
    advance(4900)
    expect(screen.getByText('Rendez-vous déplacé.')).toBeInTheDocument()
    advance(1000)
    expect(screen.queryByText('Rendez-vous déplacé.')).not.toBeInTheDocument()
  })
})
