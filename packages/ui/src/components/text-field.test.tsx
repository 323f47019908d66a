import { zodResolver } from '@hookform/resolvers/zod'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { Button } from './button'
import { Form } from './form'
import { FormTextField, TextField } from './text-field'

const schema = z.object({ name: z.string().min(1, 'input.required'), phone: z.string() })
type Values = z.infer<typeof schema>

function ProfileForm({ onSave }: { onSave: (values: Values) => void }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '', phone: '' } })
  return (
    <Form {...form} translateError={(key) => (key === 'input.required' ? 'Ce champ est obligatoire.' : key)}>
      <form onSubmit={(event) => void form.handleSubmit(onSave)(event)} noValidate>
        <FormTextField control={form.control} name="name" label="Nom" required autoComplete="name" />
        <FormTextField
          control={form.control}
          name="phone"
          label="Téléphone"
          type="tel"
          description="Pour les rappels par texto."
        />
        <Button type="submit">Enregistrer</Button>
      </form>
    </Form>
  )
}

describe('FormTextField', () => {
  it('names the input by its label and describes it only by texts that exist', () => {
    render(<ProfileForm onSave={vi.fn()} />)
    const name = screen.getByRole('textbox', { name: 'Nom' })
    expect(name).toBeRequired()
    expect(name).toHaveAttribute('autocomplete', 'name')
    expect(name).not.toHaveAttribute('aria-describedby')
    expect(name).toHaveAttribute('aria-invalid', 'false')
    expect(screen.getByLabelText('Téléphone')).toHaveAccessibleDescription('Pour les rappels par texto.')
  })

  it('announces a refused value on its input, translated, and focuses it', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn()
    render(<ProfileForm onSave={onSave} />)
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    const name = screen.getByLabelText('Nom')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription('Ce champ est obligatoire.')
    expect(name).toHaveFocus()
    expect(onSave).not.toHaveBeenCalled()
  })

  it('sends what was typed', async () => {
    const user = userEvent.setup()
    const onSave = vi.fn()
    render(<ProfileForm onSave={onSave} />)
    await user.type(screen.getByLabelText('Nom'), 'Marie Dubois')
    await user.type(screen.getByLabelText('Téléphone'), '514 555-0100')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(onSave).toHaveBeenCalledWith({ name: 'Marie Dubois', phone: '514 555-0100' }, expect.anything())
  })
})

function Standalone({ error }: { error?: string }) {
  const [value, setValue] = useState('')
  return (
    <>
      <TextField
        label="Adresse du portail"
        description="Lettres et chiffres."
        aria-describedby="status"
        error={error}
        required
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <p id="status">Disponible</p>
      <output>{value}</output>
    </>
  )
}

describe('TextField', () => {
  it('wires label, description and a caller-owned status, and takes typing', async () => {
    const user = userEvent.setup()
    render(<Standalone />)
    const input = screen.getByRole('textbox', { name: 'Adresse du portail' })
    expect(input).toBeRequired()
    expect(input).toHaveAccessibleDescription('Lettres et chiffres. Disponible')
    expect(input).not.toHaveAttribute('aria-invalid')
    await user.type(input, 'piscines')
    expect(screen.getByRole('status')).toHaveTextContent('piscines')
  })

  it('announces its error after the other descriptions and marks the input invalid', () => {
    render(<Standalone error="Cette adresse est prise." />)
    const input = screen.getByLabelText('Adresse du portail')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Lettres et chiffres. Disponible Cette adresse est prise.')
    expect(screen.getByText('Cette adresse est prise.')).toBeVisible()
  })
})
