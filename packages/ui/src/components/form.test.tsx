import { zodResolver } from '@hookform/resolvers/zod'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { Button } from './button'
import {
  applyServerErrors,
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
} from './form'
import { Input } from './input'

// Like @portail/validators: the messages are keys, the app translates them.
const schema = z.object({
  name: z.string().min(1, 'input.required'),
  email: z.email('input.email'),
})
type Values = z.infer<typeof schema>

const translations: Record<string, string> = {
  'input.required': 'Ce champ est obligatoire.',
  'input.email': 'Adresse courriel invalide.',
}

function ClientForm({ serverError }: { serverError: unknown }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '', email: '' } })
  const [formMessage, setFormMessage] = useState<string | null>(null)
  const onSubmit = () => {
    // Stands for `await mutation.mutateAsync(...)` rejecting with a TRPCClientError.
    const result = applyServerErrors(serverError, form.setError, { fields: ['name', 'email'], prefix: 'data' })
    setFormMessage(result.formMessage)
  }
  return (
    <Form {...form} translateError={(key) => translations[key] ?? key}>
      <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
        {(['name', 'email'] as const).map((fieldName) => (
          <FormField
            key={fieldName}
            control={form.control}
            name={fieldName}
            render={({ field }) => (
              <FormItem>
                <FormLabel>{fieldName === 'name' ? 'Nom' : 'Courriel'}</FormLabel>
                <FormControl>
                  <Input {...field} />
                </FormControl>
                {fieldName === 'email' ? <FormDescription>Pour les notifications.</FormDescription> : null}
                <FormMessage />
              </FormItem>
            )}
          />
        ))}
        {formMessage ? <p role="alert">{formMessage}</p> : null}
        <Button type="submit">Enregistrer</Button>
      </form>
    </Form>
  )
}

async function fillAndSubmit(serverError: unknown) {
  const user = userEvent.setup()
  render(<ClientForm serverError={serverError} />)
  await user.type(screen.getByLabelText('Nom'), 'Marie Dubois')
  await user.type(screen.getByLabelText('Courriel'), 'marie@example.com')
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
  return user
}

describe('Form', () => {
  it('links a control to its description, and to nothing that does not exist', () => {
    render(<ClientForm serverError={null} />)
    expect(screen.getByLabelText('Courriel')).toHaveAccessibleDescription('Pour les notifications.')
    const name = screen.getByLabelText('Nom')
    expect(name).not.toHaveAttribute('aria-describedby')
    expect(name).toHaveAttribute('aria-invalid', 'false')
  })

  it('shows translated client-side messages on the right field, wired for assistive technology', async () => {
    const user = userEvent.setup()
    render(<ClientForm serverError={null} />)
    await user.type(screen.getByLabelText('Courriel'), 'pas-un-courriel')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))

    const name = screen.getByLabelText('Nom')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription('Ce champ est obligatoire.')
    expect(screen.getByLabelText('Courriel')).toHaveAccessibleDescription(
      'Pour les notifications. Adresse courriel invalide.',
    )
    expect(name).toHaveFocus()
  })

  it('puts a domain error that names a field on that field, and only there', async () => {
    // What our API answers for DomainError('CONFLICT', 'client.emailTaken', { field: 'email' }).
    await fillAndSubmit({
      message: 'Un client utilise déjà cette adresse.',
      data: { appCode: 'CONFLICT', field: 'email', zodIssues: null },
    })

    const email = await screen.findByLabelText('Courriel')
    expect(await screen.findByText('Un client utilise déjà cette adresse.')).toBeInTheDocument()
    expect(email).toHaveAttribute('aria-invalid', 'true')
    expect(email).toHaveAccessibleDescription('Pour les notifications. Un client utilise déjà cette adresse.')
    expect(email).toHaveFocus()
    expect(screen.getByLabelText('Nom')).toHaveAttribute('aria-invalid', 'false')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('puts each server input issue on its field, under the input prefix', async () => {
    await fillAndSubmit({
      message: 'Données invalides.',
      data: {
        field: 'data.name',
        zodIssues: [
          { code: 'too_big', path: ['data', 'name'], message: 'Trop long : 200 caractères au plus.' },
          { code: 'custom', path: ['data', 'name'], message: 'Second message, not shown.' },
        ],
      },
    })
    const name = screen.getByLabelText('Nom')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription('Trop long : 200 caractères au plus.')
    expect(screen.queryByText('Second message, not shown.')).not.toBeInTheDocument()
    expect(screen.getByLabelText('Courriel')).toHaveAttribute('aria-invalid', 'false')
  })

  it('reports an error no field can show as a form message', async () => {
    await fillAndSubmit({ message: 'Accès refusé.', data: { appCode: 'FORBIDDEN', field: null, zodIssues: null } })
    expect(await screen.findByRole('alert')).toHaveTextContent('Accès refusé.')
    expect(screen.getByLabelText('Nom')).toHaveAttribute('aria-invalid', 'false')
    expect(screen.getByLabelText('Courriel')).toHaveAttribute('aria-invalid', 'false')
  })

  it('clears the server message once the person edits the field', async () => {
    const user = await fillAndSubmit({ message: 'Un client utilise déjà cette adresse.', data: { field: 'email' } })
    const email = screen.getByLabelText('Courriel')
    expect(email).toHaveAttribute('aria-invalid', 'true')
    await user.type(email, 'x')
    expect(email).toHaveAttribute('aria-invalid', 'false')
    expect(screen.queryByText('Un client utilise déjà cette adresse.')).not.toBeInTheDocument()
  })
})
