import { zodResolver } from '@hookform/resolvers/zod'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { Button } from './button'
import { Form } from './form'
import { FormNativeSelect, NativeSelectField } from './native-select'

const schema = z.object({ locale: z.enum(['fr', 'en']), staffId: z.string().min(1, 'booking.pickStaff') })
type Values = z.infer<typeof schema>

function BookingForm({ onSave, onStaffChange }: { onSave: (values: Values) => void; onStaffChange: () => void }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { locale: 'fr', staffId: '' } })
  return (
    <Form {...form} translateError={(key) => (key === 'booking.pickStaff' ? 'Choisissez qui.' : key)}>
      <form onSubmit={(event) => void form.handleSubmit(onSave)(event)} noValidate>
        <FormNativeSelect control={form.control} name="locale" label="Langue" description="Pour les courriels.">
          <option value="fr">Français</option>
          <option value="en">English</option>
        </FormNativeSelect>
        <FormNativeSelect control={form.control} name="staffId" label="Avec" onChange={onStaffChange}>
          <option value="">Choisir…</option>
          <option value="m1">Sophie Lavoie</option>
        </FormNativeSelect>
        <Button type="submit">Créer</Button>
      </form>
    </Form>
  )
}

describe('FormNativeSelect', () => {
  it('is a combobox named by its label, showing the form value, with its description', () => {
    render(<BookingForm onSave={vi.fn()} onStaffChange={vi.fn()} />)
    const locale = screen.getByRole('combobox', { name: 'Langue' })
    expect(locale).toHaveValue('fr')
    expect(locale).toHaveAccessibleDescription('Pour les courriels.')
  })

  it('announces a refused choice on the select and focuses it', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn()
    render(<BookingForm onSave={onSave} onStaffChange={vi.fn()} />)
    await user.click(screen.getByRole('button', { name: 'Créer' }))
    const staff = screen.getByLabelText('Avec')
    expect(staff).toHaveAttribute('aria-invalid', 'true')
    expect(staff).toHaveAccessibleDescription('Choisissez qui.')
    expect(staff).toHaveFocus()
    expect(onSave).not.toHaveBeenCalled()
  })

  it('sends the chosen options and tells the caller of a change', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn()
    const onStaffChange = vi.fn()
    render(<BookingForm onSave={onSave} onStaffChange={onStaffChange} />)
    await user.selectOptions(screen.getByLabelText('Langue'), 'English')
    await user.selectOptions(screen.getByLabelText('Avec'), 'Sophie Lavoie')
    expect(onStaffChange).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Créer' }))
    expect(onSave).toHaveBeenCalledWith({ locale: 'en', staffId: 'm1' }, expect.anything())
  })
})

describe('NativeSelectField', () => {
  it('wires its label and announces its error', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(
      <NativeSelectField label="Métier" error="Choisissez un métier." required defaultValue="" onChange={onChange}>
        <option value="">Choisir…</option>
        <option value="pools">Piscines</option>
      </NativeSelectField>,
    )
    const trade = screen.getByRole('combobox', { name: 'Métier' })
    expect(trade).toBeRequired()
    expect(trade).toHaveAttribute('aria-invalid', 'true')
    expect(trade).toHaveAccessibleDescription('Choisissez un métier.')
    await user.selectOptions(trade, 'Piscines')
    expect(trade).toHaveValue('pools')
    expect(onChange).toHaveBeenCalled()
  })
})
