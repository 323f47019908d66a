'use client'

import type { RouterOutputs } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { AddressFields } from '@portail/ui/address-fields'
import { applyServerErrors, Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@portail/ui/form'
import { RadioGroup, RadioGroupItem } from '@portail/ui/radio-group'
import { Switch } from '@portail/ui/switch'
import { FormTextField, TextField } from '@portail/ui/text-field'
import { toast } from '@portail/ui/toast'
import { canadianProvinces } from '@portail/validators'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { useTRPC } from '~/trpc/client'
import {
  profileFieldNames,
  type ProfileFormValues,
  profileFormValuesOf,
  profileSubmissionOf,
} from './profile-form-values'

/**
 * The client's own profile. Formats are checked by the server (one set of rules, which also
 * normalises phone numbers and postal codes); its refusals land on their field in the reader's
 * language (applyServerErrors). Choosing the other language saves, then reopens this page in it.
 */
export function ProfileForm({
  profile,
  locale,
  business,
}: {
  profile: RouterOutputs['client']['me']
  locale: Locale
  business: string
}) {
  const t = useTranslations('portalProfile')
  const trpc = useTRPC()
  const ids = useId()
  const form = useForm<ProfileFormValues>({ defaultValues: profileFormValuesOf(profile, locale) })
  const save = useMutation(trpc.client.updateProfile.mutationOptions())

  async function submit(values: ProfileFormValues) {
    const submission = profileSubmissionOf(values)
    if (!submission.ok) {
      submission.missing.forEach((part, index) =>
        form.setError(
          `serviceAddress.${part}`,
          { type: 'server', message: t('addressIncomplete') },
          { shouldFocus: index === 0 },
        ),
      )
      return
    }
    try {
      const saved = await save.mutateAsync(submission.input)
      if (saved.locale && saved.locale !== locale) {
        // The page in the chosen language; the proxy remembers the choice for the next visits.
        window.location.assign(`/${saved.locale}/portal/profile?saved=1`)
        return
      }
      form.reset(profileFormValuesOf(saved, locale))
      toast.success(t('saved'))
    } catch (error) {
      const { fields, formMessage } = applyServerErrors(error, form.setError, { fields: profileFieldNames })
      if (fields.length === 0) toast.error(formMessage ?? t('networkError'))
    }
  }

  const pending = form.formState.isSubmitting
  return (
    <Form {...form}>
      <form onSubmit={(event) => void form.handleSubmit(submit)(event)} noValidate className="mt-6 grid gap-8">
        <fieldset className="grid gap-4">
          <legend className="mb-2 text-lg font-semibold">{t('contactLegend')}</legend>
          <FormTextField control={form.control} name="fullName" label={t('fullName')} autoComplete="name" />
          <TextField label={t('email')} description={t('emailHint')} value={profile.email ?? ''} readOnly />
          <FormTextField
            control={form.control}
            name="phone"
            label={t('phone')}
            description={t('phoneHint')}
            type="tel"
            autoComplete="tel"
          />
        </fieldset>

        <fieldset className="grid gap-4">
          <legend className="mb-2 text-lg font-semibold">{t('addressLegend')}</legend>
          <p className="-mt-2 text-sm text-muted-foreground">{t('addressHint')}</p>
          <AddressFields<ProfileFormValues>
            name="serviceAddress"
            labels={{
              line1: t('line1'),
              line2: t('line2'),
              city: t('city'),
              province: t('province'),
              provincePlaceholder: t('provincePlaceholder'),
              postalCode: t('postalCode'),
            }}
            provinces={canadianProvinces}
            autofill="own"
            provincePicker="listbox"
          />
        </fieldset>

        <fieldset className="grid gap-4">
          <legend className="mb-2 text-lg font-semibold">{t('languageLegend')}</legend>
          <FormField
            control={form.control}
            name="locale"
            render={({ field }) => (
              <FormItem>
                <p id={`${ids}-language`} className="text-sm font-medium">
                  {t('language')}
                </p>
                <FormControl>
                  <RadioGroup
                    aria-labelledby={`${ids}-language`}
                    value={field.value}
                    onValueChange={field.onChange}
                    name={field.name}
                    className="flex flex-wrap gap-6"
                  >
                    <div className="flex items-center gap-2">
                      <RadioGroupItem value="fr" id={`${ids}-fr`} lang="fr" />
                      <label htmlFor={`${ids}-fr`} lang="fr">
                        {t('languageFr')}
                      </label>
                    </div>
                    <div className="flex items-center gap-2">
                      <RadioGroupItem value="en" id={`${ids}-en`} lang="en" />
                      <label htmlFor={`${ids}-en`} lang="en">
                        {t('languageEn')}
                      </label>
                    </div>
                  </RadioGroup>
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        </fieldset>

        <fieldset className="grid gap-4">
          <legend className="mb-2 text-lg font-semibold">{t('remindersLegend')}</legend>
          <p className="-mt-2 text-sm text-muted-foreground">{t('remindersHint')}</p>
          <FormField
            control={form.control}
            name="communicationPreferences.email"
            render={({ field }) => (
              <FormItem className="flex items-center gap-3">
                <FormControl>
                  <Switch checked={field.value} onCheckedChange={field.onChange} ref={field.ref} />
                </FormControl>
                <FormLabel className="font-normal">{t('reminderEmail')}</FormLabel>
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="communicationPreferences.sms"
            render={({ field }) => (
              <FormItem className="flex items-center gap-3">
                <FormControl>
                  <Switch checked={field.value} onCheckedChange={field.onChange} ref={field.ref} />
                </FormControl>
                <FormLabel className="font-normal">{t('reminderSms')}</FormLabel>
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="communicationPreferences.marketing"
            render={({ field }) => (
              <FormItem className="flex items-start gap-3">
                <FormControl>
                  <Checkbox
                    checked={field.value}
                    onCheckedChange={(value) => field.onChange(value === true)}
                    ref={field.ref}
                    className="mt-0.5"
                  />
                </FormControl>
                <FormLabel className="leading-snug font-normal">{t('marketing', { business })}</FormLabel>
              </FormItem>
            )}
          />
        </fieldset>

        <Button type="submit" disabled={pending} className="justify-self-start">
          {pending ? t('saving') : t('save')}
        </Button>
      </form>
    </Form>
  )
}
