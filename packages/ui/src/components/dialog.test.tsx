import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Button } from './button'
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from './dialog'
import { Input } from './input'

function InviteDialog({ closeLabel }: { closeLabel?: string }) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Inviter</Button>
      </DialogTrigger>
      <DialogContent {...(closeLabel ? { closeLabel } : {})}>
        <DialogTitle>Inviter un membre</DialogTitle>
        <DialogDescription>Un courriel lui sera envoyé.</DialogDescription>
        <Input aria-label="Courriel" />
      </DialogContent>
    </Dialog>
  )
}

describe('Dialog', () => {
  it('opens from its trigger, named by its title, with focus inside', async () => {
    const user = userEvent.setup()
    render(<InviteDialog closeLabel="Fermer" />)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Inviter' }))

    const dialog = screen.getByRole('dialog', { name: 'Inviter un membre' })
    expect(dialog).toHaveAccessibleDescription('Un courriel lui sera envoyé.')
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    expect(screen.getByRole('textbox', { name: 'Courriel' })).toHaveFocus()
  })

  it('keeps Tab inside, closes on Escape and gives focus back to the trigger', async () => {
    const user = userEvent.setup()
    render(<InviteDialog closeLabel="Fermer" />)
    const trigger = screen.getByRole('button', { name: 'Inviter' })
    await user.click(trigger)

    await user.tab()
    expect(screen.getByRole('button', { name: 'Fermer' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('textbox', { name: 'Courriel' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })

  it('names its close button with the label the app passes, and has none without one', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InviteDialog closeLabel="Close" />)
    await user.click(screen.getByRole('button', { name: 'Inviter' }))
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    unmount()

    render(<InviteDialog />)
    await user.click(screen.getByRole('button', { name: 'Inviter' }))
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /close|fermer/i })).not.toBeInTheDocument()
  })
})
