import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { Checkbox } from './checkbox'
import { Label } from './label'
import { RadioGroup, RadioGroupItem } from './radio-group'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from './select'
import { Switch } from './switch'
import { Tabs, TabsContent, TabsList, TabsTrigger } from './tabs'

// Keyboard operation and label wiring of the Radix-based controls, as a person using them notices.
describe('form controls', () => {
  it('checkbox and switch are named by their label and toggle with Space', async () => {
    const user = userEvent.setup()
    render(
      <>
        <Checkbox id="terms" />
        <Label htmlFor="terms">J'accepte les conditions</Label>
        <Switch id="notify" />
        <Label htmlFor="notify">Notifications par courriel</Label>
      </>,
    )
    const checkbox = screen.getByRole('checkbox', { name: "J'accepte les conditions" })
    await user.click(screen.getByText("J'accepte les conditions"))
    expect(checkbox).toBeChecked()

    const toggle = screen.getByRole('switch', { name: 'Notifications par courriel' })
    toggle.focus()
    await user.keyboard(' ')
    expect(toggle).toBeChecked()
  })

  it('radio group moves and selects with the arrow keys', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <RadioGroup aria-label="Fréquence" defaultValue="weekly" onValueChange={onValueChange}>
        {['daily', 'weekly', 'monthly'].map((value) => (
          <RadioGroupItem key={value} value={value} aria-label={value} />
        ))}
      </RadioGroup>,
    )
    await user.tab()
    expect(screen.getByRole('radio', { name: 'weekly' })).toHaveFocus()
    // Held down as in a browser: Radix moves focus on the next tick and checks while the key is down.
    await user.keyboard('{ArrowDown>}')
    await waitFor(() => {
      expect(screen.getByRole('radio', { name: 'monthly' })).toBeChecked()
    })
    await user.keyboard('{/ArrowDown}')
    expect(onValueChange).toHaveBeenLastCalledWith('monthly')
  })

  it('select opens from the keyboard and picks an option', async () => {
    const user = userEvent.setup()
    render(
      <>
        <Label htmlFor="lang">Langue</Label>
        <Select defaultValue="fr">
          <SelectTrigger id="lang">
            <SelectValue placeholder="Choisir" />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="fr">Français</SelectItem>
            <SelectItem value="en">English</SelectItem>
          </SelectContent>
        </Select>
      </>,
    )
    const trigger = screen.getByRole('combobox', { name: 'Langue' })
    expect(trigger).toHaveTextContent('Français')
    trigger.focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('listbox')).toBeInTheDocument()
    await user.keyboard('{ArrowDown}{Enter}')
    expect(trigger).toHaveTextContent('English')
  })

  it('tabs follow the arrow keys and show their panel', async () => {
    const user = userEvent.setup()
    render(
      <Tabs defaultValue="profile">
        <TabsList aria-label="Compte">
          <TabsTrigger value="profile">Profil</TabsTrigger>
          <TabsTrigger value="security">Sécurité</TabsTrigger>
        </TabsList>
        <TabsContent value="profile">Votre profil</TabsContent>
        <TabsContent value="security">Vos appareils</TabsContent>
      </Tabs>,
    )
    await user.tab()
    expect(screen.getByRole('tab', { name: 'Profil' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Sécurité' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'Sécurité' })).toHaveTextContent('Vos appareils')
  })
})
