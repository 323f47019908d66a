import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { type AddressLabels, AddressFields, type AddressValue } from './address-fields'
import { Button } from './button'
import { Form } from './form'

interface Values {
  fullName: string
  serviceAddress: AddressValue
}

const labels: AddressLabels = {
  line1: 'Adresse',
  line2: 'Appartement, bureau (facultatif)',
  city: 'Ville',
  province: 'Province ou territoire',
  provincePlaceholder: 'Choisir…',
  postalCode: 'Code postal',
}

const empty: AddressValue = { line1: '', line2: '', city: '', province: '', postalCode: '' }

function AddressForm({
  onSave,
  picker,
  autofill,
}: {
  onSave: (values: Values) => void
  picker: 'native' | 'listbox'
  autofill: 'own' | 'other'
}) {
  const form = useForm<Values>({ defaultValues: { fullName: 'Marie', serviceAddress: empty } })
  return (
    <Form {...form}>
      <form
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit((values) => {
            // Stands for the server refusing the postal code.
            if (values.serviceAddress.postalCode === 'X') {
              form.setError('serviceAddress.postalCode', { type: 'server', message: 'Code postal invalide.' })
              return
            }
            onSave(values)
          })(event)
        }
      >
        <AddressFields<Values>
          name="serviceAddress"
          labels={labels}
          provinces={['ON', 'QC']}
          autofill={autofill}
          provincePicker={picker}
        />
        <Button type="submit">Enregistrer</Button>
      </form>
    </Form>
  )
}

describe('AddressFields', () => {
  it('labels every part and lets the browser fill in the person’s own address', () => {
    render(<AddressForm onSave={vi.fn()} picker="native" autofill="own" />)
    expect(screen.getByRole('textbox', { name: 'Adresse' })).toHaveAttribute('autocomplete', 'address-line1')
    expect(screen.getByRole('textbox', { name: 'Appartement, bureau (facultatif)' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Ville' })).toHaveAttribute('autocomplete', 'address-level2')
    expect(screen.getByRole('textbox', { name: 'Code postal' })).toHaveAttribute('autocomplete', 'postal-code')
    const province = screen.getByRole('combobox', { name: 'Province ou territoire' })
    expect(within(province).getByRole('option', { name: 'Choisir…' })).toBeInTheDocument()
  })

  it('offers no saved address when staff type a client’s', () => {
    render(<AddressForm onSave={vi.fn()} picker="native" autofill="other" />)
    expect(screen.getByLabelText('Adresse')).toHaveAttribute('autocomplete', 'off')
    expect(screen.getByLabelText('Code postal')).toHaveAttribute('autocomplete', 'off')
  })

  it('sends the typed address under its name', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn()
    render(<AddressForm onSave={onSave} picker="native" autofill="own" />)
    await user.type(screen.getByLabelText('Adresse'), '1200, rue Sherbrooke Ouest')
    await user.type(screen.getByLabelText('Ville'), 'Montréal')
    await user.selectOptions(screen.getByLabelText('Province ou territoire'), 'QC')
    await user.type(screen.getByLabelText('Code postal'), 'H3A 1H6')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(onSave).toHaveBeenCalledWith({
      fullName: 'Marie',
      serviceAddress: {
        line1: '1200, rue Sherbrooke Ouest',
        line2: '',
        city: 'Montréal',
        province: 'QC',
        postalCode: 'H3A 1H6',
      },
    })
  })

  it('announces a refused part on its field and focuses it', async () => {
    const user = userEvent.setup()
    render(<AddressForm onSave={vi.fn()} picker="native" autofill="own" />)
    await user.type(screen.getByLabelText('Code postal'), 'X')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    const postal = screen.getByLabelText('Code postal')
    expect(postal).toHaveAttribute('aria-invalid', 'true')
    expect(postal).toHaveAccessibleDescription('Code postal invalide.')
    expect(screen.getByLabelText('Ville')).toHaveAttribute('aria-invalid', 'false')
  })

  it('picks the province from a list of options when asked to', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn()
    render(<AddressForm onSave={onSave} picker="listbox" autofill="own" />)
    await user.click(screen.getByRole('combobox', { name: 'Province ou territoire' }))
    await user.click(await screen.findByRole('option', { name: 'ON' }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(onSave).toHaveBeenCalledWith({ fullName: 'Marie', serviceAddress: { ...empty, province: 'ON' } })
  })
})
