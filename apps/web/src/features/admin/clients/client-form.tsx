'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { applyServerErrors, Form, FormControl, FormField, FormItem, FormLabel } from '@portail/ui/form'
import { FormNativeSelect } from '@portail/ui/native-select'
import { FormTextField } from '@portail/ui/text-field'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useForm } from 'react-hook-form'
import { useTRPC } from '~/trpc/client'
import { useTranslateErrorKey, zodParseOptions } from '../translate-error'
import {
  type ClientFormValues,
  clientFormFields,
  clientFormSchema,
  type ClientRecordLike,
  createInputOf,
  formValuesOf,
  updateInputOf,
} from './client-form-values'

/**
 * Create or edit a client. Client-side checks use the validators' rules; the server's refusals
 * (an invalid phone, an email another client has) land on their field in the reader's language.
 */
export function ClientForm({
  client,
  defaultLocale,
}: {
  /** The client being edited, or null to create one. */
  client: (ClientRecordLike & { id: string }) | null
  defaultLocale: Locale
}) {
  const t = useTranslations('adminClients')
  const locale = useLocale()
  const translateKey = useTranslateErrorKey()
  const trpc = useTRPC()
  const router = useRouter()
  const base = `/${locale}/admin/clients`
  const initial = formValuesOf(client, defaultLocale, locale)
  const form = useForm<ClientFormValues>({
    resolver: zodResolver(clientFormSchema, zodParseOptions(locale)),
    defaultValues: initial,
  })
  const create = useMutation(trpc.staff.clients.create.mutationOptions())
  const update = useMutation(trpc.staff.clients.update.mutationOptions())
  const pending = create.isPending || update.isPending

  function showServerError(error: unknown, prefix?: string) {
    const { formMessage } = applyServerErrors(error, form.setError, {
      fields: clientFormFields,
      ...(prefix ? { prefix } : {}),
    })
    if (formMessage) toast.error(formMessage)
  }

  async function onSubmit(values: ClientFormValues) {
    if (client) {
      try {
        await update.mutateAsync(updateInputOf(client.id, values, initial))
        toast.success(t('saved'))
        router.push(`${base}/${client.id}`)
        router.refresh()
      } catch (error) {
        showServerError(error, 'data')
      }
    } else {
      try {
        const created = await create.mutateAsync(createInputOf(values))
        toast.success(t('created'))
        router.push(`${base}/${created.id}`)
      } catch (error) {
        showServerError(error)
      }
    }
  }

  return (
    <Form {...form} translateError={translateKey}>
      <form
        onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
        noValidate
        className="flex max-w-xl flex-col gap-5"
      >
        <FormTextField control={form.control} name="fullName" label={t('fullNameLabel')} autoComplete="off" />
        <FormTextField
          control={form.control}
          name="email"
          label={t('emailLabel')}
          description={t('emailHint')}
          type="email"
          autoComplete="off"
        />
        <FormTextField
          control={form.control}
          name="phone"
          label={t('phoneLabel')}
          description={t('phoneHint')}
          type="tel"
          autoComplete="off"
        />
        <FormNativeSelect control={form.control} name="locale" label={t('localeLabel')}>
          <option value="fr">{t('languageFr')}</option>
          <option value="en">{t('languageEn')}</option>
        </FormNativeSelect>
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-sm font-medium">{t('preferencesTitle')}</legend>
          <PreferenceField form={form} name="prefEmail" label={t('prefEmail')} />
          <PreferenceField form={form} name="prefSms" label={t('prefSms')} />
          <PreferenceField form={form} name="prefMarketing" label={t('prefMarketing')} />
        </fieldset>
        <div className="flex gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : client ? t('save') : t('create')}
          </Button>
          <Link
            href={client ? `${base}/${client.id}` : base}
            className="self-center text-sm underline underline-offset-4"
          >
            {t('cancel')}
          </Link>
        </div>
      </form>
    </Form>
  )
}

function PreferenceField({
  form,
  name,
  label,
}: {
  form: ReturnType<typeof useForm<ClientFormValues>>
  name: 'prefEmail' | 'prefSms' | 'prefMarketing'
  label: string
}) {
  return (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem className="flex flex-row items-center gap-2">
          <FormControl>
            <Checkbox checked={field.value} onCheckedChange={(checked) => field.onChange(checked === true)} />
          </FormControl>
          <FormLabel className="font-normal">{label}</FormLabel>
        </FormItem>
      )}
    />
  )
}
