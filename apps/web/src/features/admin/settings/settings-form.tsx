'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { AddressFields } from '@portail/ui/address-fields'
import { brandTheme } from '@portail/ui/brand-theme'
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
import { canadianProvinces } from '@portail/validators'
import { useMutation } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import type { CSSProperties } from 'react'
import { useForm } from 'react-hook-form'
import { useTRPC } from '~/trpc/client'
import type { TimeZoneChoices } from '~/features/time-zones/time-zone-choices'
import { TimeZoneOptions } from '~/features/time-zones/time-zone-options'
import { useTranslateErrorKey, zodParseOptions } from '../translate-error'
import {
  type SettingsFormValues,
  settingsFormSchema,
  type SettingsLike,
  settingsFormValuesOf,
  settingsUpdateOf,
} from './settings-form-values'

// The server maps officer fields under `privacyOfficer.*`; the form shows them as two fields.
const serverFieldOf: Record<string, keyof SettingsFormValues> = {
  'privacyOfficer.name': 'officerName',
  'privacyOfficer.email': 'officerEmail',
}

/** The business's settings; read-only for roles without settings.write. */
export function SettingsForm({
  settings,
  timeZones,
  canWrite,
}: {
  settings: SettingsLike
  /** Canada's zones by city, then the others by region (time-zone-choices.ts). */
  timeZones: TimeZoneChoices
  canWrite: boolean
}) {
  const t = useTranslations('adminSettings')
  const locale = useLocale()
  const trpc = useTRPC()
  const router = useRouter()
  const initial = settingsFormValuesOf(settings, locale)
  const form = useForm<SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema, zodParseOptions(locale)),
    defaultValues: initial,
    disabled: !canWrite,
  })
  const update = useMutation(trpc.staff.settings.update.mutationOptions())
  const color = form.watch('primaryColor')
  const translateKey = useTranslateErrorKey()

  async function onSubmit(values: SettingsFormValues) {
    try {
      await update.mutateAsync(settingsUpdateOf(values, initial))
      toast.success(t('saved'))
      router.refresh()
    } catch (error) {
      const { formMessage } = applyServerErrors(
        error,
        (field, message, options) => {
          const name = serverFieldOf[field] ?? (field as keyof SettingsFormValues)
          form.setError(name, message, options)
        },
        {
          fields: [
            'name',
            'descriptionFr',
            'descriptionEn',
            'timeZone',
            'defaultLocale',
            'primaryColor',
            'privacyOfficer.name',
            'privacyOfficer.email',
            'contactPhone',
            'contactAddress.line1',
            'contactAddress.line2',
            'contactAddress.city',
            'contactAddress.province',
            'contactAddress.postalCode',
          ],
        },
      )
      if (formMessage) toast.error(formMessage)
    }
  }

  return (
    <Form
      {...form}
      translateError={(key) =>
        key === 'settings.officerIncomplete'
          ? t('officerIncomplete')
          : key === 'settings.addressIncomplete'
            ? t('contactAddressIncomplete')
            : translateKey(key)
      }
    >
      <form
        onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
        noValidate
        className="flex max-w-xl flex-col gap-5"
      >
        {canWrite ? null : <p className="text-sm text-muted-foreground">{t('readOnly')}</p>}
        <FormTextField control={form.control} name="name" label={t('nameLabel')} autoComplete="organization" />
        <FormField
          control={form.control}
          name="descriptionFr"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{t('descriptionFrLabel')}</FormLabel>
              <FormControl>
                <Textarea lang="fr" rows={4} maxLength={2000} {...field} />
              </FormControl>
              <FormDescription>{t('descriptionHint')}</FormDescription>
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
                <Textarea lang="en" rows={4} maxLength={2000} {...field} />
              </FormControl>
              <FormDescription>{t('descriptionHint')}</FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormNativeSelect
          control={form.control}
          name="timeZone"
          label={t('timeZoneLabel')}
          description={t('timeZoneHint')}
        >
          <TimeZoneOptions choices={timeZones} />
        </FormNativeSelect>
        <FormNativeSelect
          control={form.control}
          name="defaultLocale"
          label={t('localeLabel')}
          description={t('localeHint')}
        >
          <option value="fr">{t('languageFr')}</option>
          <option value="en">{t('languageEn')}</option>
        </FormNativeSelect>
        <FormTextField
          control={form.control}
          name="primaryColor"
          label={t('colorLabel')}
          description={t('colorHint')}
          type="color"
          className="h-10 w-20 p-1"
        />
        {/* What clients will see: brandTheme darkens a colour too light for white text or links. */}
        <section
          aria-label={t('colorPreview')}
          className="flex flex-wrap items-center gap-4 rounded-lg border p-4"
          style={brandTheme(color) as CSSProperties}
        >
          <span className="text-sm text-muted-foreground">{t('colorPreview')}</span>
          <span className="inline-flex h-9 items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground">
            {t('previewButton')}
          </span>
          <span className="text-sm text-primary underline underline-offset-4">{t('previewLink')}</span>
        </section>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 font-medium">{t('contactTitle')}</legend>
          <p className="text-sm text-muted-foreground">{t('contactHint')}</p>
          <FormTextField
            control={form.control}
            name="contactPhone"
            label={t('contactPhoneLabel')}
            description={t('contactPhoneHint')}
            type="tel"
            autoComplete="off"
            maxLength={40}
          />
          <AddressFields<SettingsFormValues>
            name="contactAddress"
            labels={{
              line1: t('contactLine1'),
              line2: t('contactLine2'),
              city: t('contactCity'),
              province: t('contactProvince'),
              provincePlaceholder: t('contactProvincePlaceholder'),
              postalCode: t('contactPostalCode'),
            }}
            provinces={canadianProvinces}
            autofill="other"
          />
        </fieldset>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-1 font-medium">{t('privacyTitle')}</legend>
          <p className="text-sm text-muted-foreground">{t('privacyHint')}</p>
          <FormTextField control={form.control} name="officerName" label={t('officerNameLabel')} autoComplete="off" />
          <FormTextField
            control={form.control}
            name="officerEmail"
            label={t('officerEmailLabel')}
            type="email"
            autoComplete="off"
          />
        </fieldset>
        {canWrite ? (
          <div>
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? t('saving') : t('save')}
            </Button>
          </div>
        ) : null}
      </form>
    </Form>
  )
}
