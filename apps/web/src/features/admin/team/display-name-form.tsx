'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { Button } from '@portail/ui/button'
import { applyServerErrors, Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@portail/ui/form'
import { Input } from '@portail/ui/input'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { useTRPC } from '~/trpc/client'
import { useTranslateErrorKey, zodParseOptions } from '../translate-error'

// An empty field goes back to the first name; the server checks the same rules (never an '@').
const displayNameFormSchema = z.object({
  displayName: z
    .string()
    .trim()
    .max(60, { message: 'team.displayNameTooLong' })
    .refine((name) => !name.includes('@'), { message: 'team.displayNameNoEmail' }),
})
type DisplayNameFormValues = z.input<typeof displayNameFormSchema>

/**
 * The name visitors see when they choose who performs a service. Shown on one's own row, and on
 * every row for those who may name others (team.names).
 */
export function DisplayNameForm({ member }: { member: { userId: string; name: string; displayName: string | null } }) {
  const t = useTranslations('adminTeam')
  const locale = useLocale()
  const translateKey = useTranslateErrorKey()
  const trpc = useTRPC()
  const router = useRouter()
  const form = useForm<DisplayNameFormValues>({
    resolver: zodResolver(displayNameFormSchema, zodParseOptions(locale)),
    defaultValues: { displayName: member.displayName ?? '' },
  })
  const save = useMutation(trpc.staff.team.setDisplayName.mutationOptions())
  const firstName = member.name.trim().split(/\s+/)[0] ?? ''

  async function onSubmit(values: DisplayNameFormValues) {
    const displayName = values.displayName.trim()
    try {
      await save.mutateAsync({ userId: member.userId, displayName: displayName === '' ? null : displayName })
      toast.success(t('publicNameSaved', { name: member.name }))
      router.refresh()
    } catch (error) {
      const { formMessage } = applyServerErrors(error, form.setError, { fields: ['displayName'] })
      if (formMessage) toast.error(formMessage)
    }
  }

  return (
    <Form {...form} translateError={translateKey}>
      <form
        onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
        noValidate
        className="flex flex-wrap items-start gap-2"
      >
        <FormField
          control={form.control}
          name="displayName"
          render={({ field }) => (
            <FormItem className="w-36 xl:w-44">
              <FormLabel className="sr-only">{t('publicNameFor', { name: member.name })}</FormLabel>
              <FormControl>
                <Input
                  autoComplete="off"
                  maxLength={60}
                  placeholder={firstName.includes('@') ? '' : firstName}
                  {...field}
                />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <Button type="submit" variant="outline" size="sm" disabled={save.isPending}>
          {t('publicNameSave')}
        </Button>
      </form>
    </Form>
  )
}
