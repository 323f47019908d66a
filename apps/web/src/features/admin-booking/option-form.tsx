'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { Button } from '@portail/ui/button'
import { applyServerErrors, Form, FormControl, FormField, FormItem, FormLabel } from '@portail/ui/form'
import { FormTextField } from '@portail/ui/text-field'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useForm } from 'react-hook-form'
import { useTRPC } from '~/trpc/client'
import { useTranslateErrorKey, zodParseOptions } from '../admin/translate-error'
import { checkboxClass } from './field-classes'
import {
  emptyOptionValues,
  type OptionFormValues,
  optionFormSchema,
  optionFormValuesOf,
  optionInputOf,
  type OptionLike,
} from './option-form-values'
import { useFormErrorText } from './use-form-error-text'

const serverFieldOf = {
  nameFr: 'nameFr',
  nameEn: 'nameEn',
  extraMinutes: 'extraMinutes',
  extraPriceCents: 'extraPrice',
} as const satisfies Record<string, keyof OptionFormValues>
type ServerFields = Record<keyof typeof serverFieldOf, string>
const serverFields = Object.keys(serverFieldOf) as (keyof typeof serverFieldOf)[]
const isServerField = (field: string): field is keyof typeof serverFieldOf => Object.hasOwn(serverFieldOf, field)

/** One option of a service (or a new one): its names, the time and price it adds, whether it is offered. */
export function OptionForm({
  serviceId,
  option,
  displayOrder,
  legend,
  canWrite,
  onSaved,
}: {
  serviceId: string
  option: OptionLike | null
  displayOrder: number
  legend: string
  canWrite: boolean
  onSaved: () => void
}) {
  const t = useTranslations('adminServices')
  const locale = useLocale()
  const trpc = useTRPC()
  const errorText = useFormErrorText()
  const translateKey = useTranslateErrorKey()
  const form = useForm<OptionFormValues>({
    resolver: zodResolver(optionFormSchema, zodParseOptions(locale)),
    defaultValues: option ? optionFormValuesOf(option, locale) : emptyOptionValues,
    disabled: !canWrite,
  })
  const save = useMutation(trpc.staff.catalog.saveOption.mutationOptions())

  async function onSubmit(values: OptionFormValues) {
    try {
      await save.mutateAsync(optionInputOf(values, serviceId, option?.displayOrder ?? displayOrder, option?.id))
      toast.success(option ? t('optionSaved') : t('optionAdded'))
      if (!option) form.reset(emptyOptionValues)
      onSaved()
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
    name: 'nameFr' | 'nameEn' | 'extraMinutes' | 'extraPrice',
    label: string,
    extra: { lang?: string; inputMode?: 'numeric' | 'decimal' } = {},
  ) => <FormTextField control={form.control} name={name} label={label} {...extra} />

  return (
    <Form {...form} translateError={(key) => errorText(key) ?? translateKey(key)}>
      <form onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate>
        <fieldset className="grid gap-4 rounded-lg border p-4 sm:grid-cols-2">
          <legend className="px-1 font-medium">{legend}</legend>
          {text('nameFr', t('optionNameFrLabel'), { lang: 'fr' })}
          {text('nameEn', t('optionNameEnLabel'), { lang: 'en' })}
          {text('extraMinutes', t('optionMinutesLabel'), { inputMode: 'numeric' })}
          {text('extraPrice', t('optionPriceLabel'), { inputMode: 'decimal' })}
          <FormField
            control={form.control}
            name="active"
            render={({ field }) => (
              <FormItem>
                <div className="flex items-center gap-2">
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
                  <FormLabel>{t('optionActiveLabel')}</FormLabel>
                </div>
              </FormItem>
            )}
          />
          {canWrite ? (
            <div className="sm:col-span-2">
              <Button type="submit" variant={option ? 'outline' : 'default'} disabled={save.isPending}>
                {option ? t('saveOption') : t('addOption')}
              </Button>
            </div>
          ) : null}
        </fieldset>
      </form>
    </Form>
  )
}
