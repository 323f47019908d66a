'use client'

import type { RouterOutputs } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
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
import { Input } from '@portail/ui/input'
import { RadioGroup, RadioGroupItem } from '@portail/ui/radio-group'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@portail/ui/select'
import { Switch } from '@portail/ui/switch'
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
  const form = useForm<ProfileFormValues>({ defaultValues: profileFormValuesOf(profile) })
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
      form.reset(profileFormValuesOf(saved))
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
          <FormField
            control={form.control}
            name="fullName"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t('fullName')}</FormLabel>
                <FormControl>
                  <Input autoComplete="name" {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <div className="grid gap-2">
            <label htmlFor={`${ids}-email`} className="text-sm font-medium">
              {t('email')}
            </label>
            <Input id={`${ids}-email`} value={profile.email ?? ''} readOnly aria-describedby={`${ids}-email-hint`} />
            <p id={`${ids}-email-hint`} className="text-sm text-muted-foreground">
              {t('emailHint')}
            </p>
          </div>
          <FormField
            control={form.control}
            name="phone"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t('phone')}</FormLabel>
                <FormControl>
                  <Input type="tel" autoComplete="tel" {...field} />
                </FormControl>
                <FormDescription>{t('phoneHint')}</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        </fieldset>

        <fieldset className="grid gap-4">
          <legend className="mb-2 text-lg font-semibold">{t('addressLegend')}</legend>
          <p className="-mt-2 text-sm text-muted-foreground">{t('addressHint')}</p>
          <FormField
            control={form.control}
            name="serviceAddress.line1"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t('line1')}</FormLabel>
                <FormControl>
                  <Input autoComplete="address-line1" {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="serviceAddress.line2"
            render={({ field }) => (
              <FormItem>
                <FormLabel>{t('line2')}</FormLabel>
                <FormControl>
                  <Input autoComplete="address-line2" {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField
              control={form.control}
              name="serviceAddress.city"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t('city')}</FormLabel>
                  <FormControl>
                    <Input autoComplete="address-level2" {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="serviceAddress.province"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t('province')}</FormLabel>
                  <Select value={field.value} onValueChange={field.onChange} name={field.name}>
                    <FormControl>
                      <SelectTrigger ref={field.ref} onBlur={field.onBlur} className="w-full">
                        <SelectValue placeholder={t('provincePlaceholder')} />
                      </SelectTrigger>
                    </FormControl>
                    <SelectContent>
                      {canadianProvinces.map((code) => (
                        <SelectItem key={code} value={code}>
                          {code}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="serviceAddress.postalCode"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t('postalCode')}</FormLabel>
                  <FormControl>
                    <Input autoComplete="postal-code" {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          </div>
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
