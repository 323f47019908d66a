'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { Button } from '@portail/ui/button'
import { applyServerErrors, Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@portail/ui/form'
import { Input } from '@portail/ui/input'
import { toast } from '@portail/ui/toast'
import { ZInvitationRole } from '@portail/validators'
import { useMutation } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { useTRPC } from '~/trpc/client'
import { useTranslateErrorKey, zodParseOptions } from '../translate-error'

// The address is checked (and lower-cased) by the server, whose refusal lands on the field.
const invitationFormSchema = z.object({ email: z.string().trim().min(1).max(254), role: ZInvitationRole })
type InvitationFormValues = z.input<typeof invitationFormSchema>

/** Invite a colleague by email as admin or staff (only an owner may invite an admin: the server says so). */
export function InvitationForm({ roleLabels }: { roleLabels: { admin: string; staff: string } }) {
  const t = useTranslations('adminTeam')
  const locale = useLocale()
  const translateKey = useTranslateErrorKey()
  const trpc = useTRPC()
  const router = useRouter()
  const form = useForm<InvitationFormValues>({
    resolver: zodResolver(invitationFormSchema, zodParseOptions(locale)),
    defaultValues: { email: '', role: 'staff' },
  })
  const create = useMutation(trpc.staff.invitations.create.mutationOptions())

  async function onSubmit(values: InvitationFormValues) {
    try {
      await create.mutateAsync(values)
      toast.success(t('invited', { email: values.email }))
      form.reset()
      router.refresh()
    } catch (error) {
      const { formMessage } = applyServerErrors(error, form.setError, { fields: ['email', 'role'] })
      if (formMessage) toast.error(formMessage)
    }
  }

  return (
    <Form {...form} translateError={translateKey}>
      <form
        onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
        noValidate
        className="flex flex-wrap items-start gap-4"
      >
        <FormField
          control={form.control}
          name="email"
          render={({ field }) => (
            <FormItem className="min-w-64 flex-1">
              <FormLabel>{t('inviteEmailLabel')}</FormLabel>
              <FormControl>
                <Input type="email" autoComplete="off" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="role"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t('inviteRoleLabel')}</FormLabel>
              <FormControl>
                <select
                  className="h-9 rounded-md border border-input bg-background px-3 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
                  {...field}
                >
                  <option value="staff">{roleLabels.staff}</option>
                  <option value="admin">{roleLabels.admin}</option>
                </select>
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <Button type="submit" className="mt-6" disabled={create.isPending}>
          {t('inviteSubmit')}
        </Button>
      </form>
    </Form>
  )
}
