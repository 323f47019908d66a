'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import {
  applyServerErrors,
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
} from '@portail/ui/form'
import { FormNativeSelect } from '@portail/ui/native-select'
import { FormTextField } from '@portail/ui/text-field'
import { Textarea } from '@portail/ui/textarea'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useForm } from 'react-hook-form'
import { useTRPC } from '~/trpc/client'
import { useTranslateErrorKey, zodParseOptions } from '../admin/translate-error'
import { checkboxClass } from './field-classes'
import { type PreviewWords, ServicePreview } from './service-preview'
import {
  emptyServiceValues,
  type PreviewOption,
  previewOf,
  type ServiceFormValues,
  serviceFormSchema,
  serviceFormValuesOf,
  serviceInputOf,
  type ServiceLike,
} from './service-form-values'
import { useFormErrorText } from './use-form-error-text'

// The API names fields after its input; the form holds some under shorter names.
const serverFieldOf = {
  nameFr: 'nameFr',
  nameEn: 'nameEn',
  descriptionFr: 'descriptionFr',
  descriptionEn: 'descriptionEn',
  durationMinutes: 'duration',
  priceCents: 'price',
  bufferBeforeMinutes: 'bufferBefore',
  bufferAfterMinutes: 'bufferAfter',
  paymentRule: 'paymentRule',
  depositCents: 'deposit',
  displayOrder: 'displayOrder',
} as const satisfies Record<string, keyof ServiceFormValues>
type ServerFields = Record<keyof typeof serverFieldOf, string>
const serverFields = Object.keys(serverFieldOf) as (keyof typeof serverFieldOf)[]
const isServerField = (field: string): field is keyof typeof serverFieldOf => Object.hasOwn(serverFieldOf, field)

/** Create or edit one service, with the client's view of it redrawn as the form changes. */
export function ServiceForm({
  service,
  options,
  nextOrder,
  canWrite,
  previewWords,
  onSaved,
}: {
  service: ServiceLike | null
  options: PreviewOption[]
  nextOrder: number
  canWrite: boolean
  previewWords: Record<Locale, PreviewWords>
  onSaved: (id: string) => void
}) {
  const t = useTranslations('adminServices')
  const locale = useLocale()
  const trpc = useTRPC()
  const errorText = useFormErrorText()
  const form = useForm<ServiceFormValues>({
    resolver: zodResolver(serviceFormSchema, zodParseOptions(locale)),
    defaultValues: service ? serviceFormValuesOf(service, locale) : emptyServiceValues(nextOrder),
    disabled: !canWrite,
  })
  const save = useMutation(trpc.staff.catalog.saveService.mutationOptions())
  const values = form.watch()
  const translateKey = useTranslateErrorKey()

  async function onSubmit(submitted: ServiceFormValues) {
    try {
      const { id } = await save.mutateAsync(serviceInputOf(submitted, service?.id))
      toast.success(service ? t('saved') : t('created'))
      onSaved(id)
    } catch (error) {
      const { formMessage } = applyServerErrors<ServerFields>(
        error,
        (field, message, opts) => {
          if (isServerField(field)) form.setError(serverFieldOf[field], message, opts)
        },
        { fields: serverFields },
      )
      if (formMessage) toast.error(formMessage)
    }
  }

  const text = (
    name: keyof ServiceFormValues,
    label: string,
    props: { lang?: string; inputMode?: 'numeric' | 'decimal'; hint?: string } = {},
  ) => (
    <FormTextField
      control={form.control}
      name={name}
      label={label}
      description={props.hint}
      lang={props.lang}
      inputMode={props.inputMode}
    />
  )

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Form {...form} translateError={(key) => errorText(key) ?? translateKey(key)}>
        <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate className="flex flex-col gap-5">
          <div className="grid gap-5 sm:grid-cols-2">
            {text('nameFr', t('nameFrLabel'), { lang: 'fr' })}
            {text('nameEn', t('nameEnLabel'), { lang: 'en' })}
          </div>
          <FormField
            control={form.control}
            name="descriptionFr"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t('descriptionFrLabel')}</FormLabel>
                <FormControl>
                  <Textarea lang="fr" rows={3} maxLength={2000} {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="descriptionEn"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t('descriptionEnLabel')}</FormLabel>
                <FormControl>
                  <Textarea lang="en" rows={3} maxLength={2000} {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            {text('duration', t('durationLabel'), { inputMode: 'numeric' })}
            {text('price', t('priceLabel'), { inputMode: 'decimal' })}
            {text('bufferBefore', t('bufferBeforeLabel'), { inputMode: 'numeric', hint: t('buffersHint') })}
            {text('bufferAfter', t('bufferAfterLabel'), { inputMode: 'numeric', hint: t('buffersHint') })}
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <FormNativeSelect control={form.control} name="paymentRule" label={t('paymentRuleLabel')}>
              <option value="none">{t('paymentNone')}</option>
              <option value="deposit">{t('paymentDeposit')}</option>
              <option value="full">{t('paymentFull')}</option>
            </FormNativeSelect>
            {values.paymentRule === 'deposit' ? text('deposit', t('depositLabel'), { inputMode: 'decimal' }) : null}
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            {text('displayOrder', t('orderLabel'), { inputMode: 'numeric', hint: t('orderHint') })}
            <FormField
              control={form.control}
              name="active"
              render={({ field }) => (
                <FormItem className="content-start">
                  <div className="flex items-center gap-2 pt-7">
                    <FormControl>
                      <input
                        type="checkbox"
                        className={checkboxClass}
                        checked={field.value}
                        disabled={field.disabled}
                        onChange={(event) => field.onChange(event.target.checked)}
                        onBlur={field.onBlur}
                        name={field.name}
                        ref={field.ref}
                      />
                    </FormControl>
                    <FormLabel>{t('activeLabel')}</FormLabel>
                  </div>
                  <FormDescription>{t('activeHint')}</FormDescription>
                </FormItem>
              )}
            />
          </div>
          {canWrite ? (
            <div>
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? t('saving') : service ? t('save') : t('create')}
              </Button>
            </div>
          ) : null}
        </form>
      </Form>
      <ServicePreview model={previewOf(values, options)} words={previewWords} title={t('previewTitle')} />
    </div>
  )
}
