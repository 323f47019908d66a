'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { tradeCodes, type TTrade } from '@portail/validators'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { tradeLabel } from '../tenants/trade-label'
import { type BusinessField, fieldErrorsOf } from './field-errors'
import { useDebounced } from './use-debounced'

const selectClass =
  'h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 aria-invalid:border-destructive'

interface Created {
  name: string
  adminUrl: string
  portalUrl: string
}

/**
 * "Start your business": name, trade, the portal's address (checked as the person types, after a
 * pause), time zone and default language. The API checks everything again; its refusals land on
 * their field, focused and announced.
 */
export function StartBusinessForm({
  locale,
  rootDomain,
  timeZones,
}: {
  locale: Locale
  rootDomain: string
  timeZones: readonly string[]
}) {
  const t = useTranslations('start')
  const trades = useTranslations('trades')
  const trpc = useTRPC()
  const ids = useId()
  const [name, setName] = useState('')
  const [trade, setTrade] = useState('')
  const [slug, setSlug] = useState('')
  const [timeZone, setTimeZone] = useState('America/Toronto')
  const [defaultLocale, setDefaultLocale] = useState<Locale>(locale)
  const [errors, setErrors] = useState<Partial<Record<BusinessField, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [created, setCreated] = useState<Created | null>(null)
  const refs = {
    name: useRef<HTMLInputElement>(null),
    trade: useRef<HTMLSelectElement>(null),
    slug: useRef<HTMLInputElement>(null),
    timeZone: useRef<HTMLSelectElement>(null),
    defaultLocale: useRef<HTMLSelectElement>(null),
  }
  const createdHeading = useRef<HTMLHeadingElement>(null)

  const checkedSlug = useDebounced(slug.trim().toLowerCase(), 350)
  const availability = useQuery({
    ...trpc.onboarding.checkSlug.queryOptions({ slug: checkedSlug }),
    enabled: checkedSlug.length > 0,
    staleTime: 5_000,
  })
  const create = useMutation(trpc.onboarding.createBusiness.mutationOptions())

  useEffect(() => {
    if (created) createdHeading.current?.focus()
  }, [created])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setErrors({})
    setFormError(null)
    try {
      // An empty trade goes to the API as it is: its refusal, in the reader's language, lands on the field.
      const business = await create.mutateAsync({ name, trade: trade as TTrade, slug, timeZone, defaultLocale })
      setCreated({ name: name.trim(), portalUrl: business.portalUrl, adminUrl: `${business.portalUrl}${locale}/admin` })
    } catch (error) {
      const placed = fieldErrorsOf(error)
      setErrors(placed.fields)
      setFormError(placed.form ?? (Object.keys(placed.fields).length === 0 ? t('networkError') : null))
      const first = (['name', 'trade', 'slug', 'timeZone', 'defaultLocale'] as const).find(
        (field) => placed.fields[field],
      )
      if (first) refs[first].current?.focus()
    }
  }

  if (created) {
    return (
      <section aria-labelledby={`${ids}-created`} className="mt-8 grid max-w-xl gap-3 rounded-lg border p-6">
        <h2 id={`${ids}-created`} ref={createdHeading} tabIndex={-1} className="text-2xl font-semibold outline-none">
          {t('createdTitle', { name: created.name })}
        </h2>
        <p>{t('createdBody')}</p>
        <p>
          <a
            href={created.adminUrl}
            className="font-medium text-primary underline underline-offset-4"
            data-testid="admin-link"
          >
            {t('createdAdminLink', { name: created.name })}
          </a>
        </p>
        <p>
          <a href={created.portalUrl} className="text-primary underline underline-offset-4">
            {t('createdPortalLink')}
          </a>
        </p>
      </section>
    )
  }

  const slugStatus = ((): { text: string; tone: 'ok' | 'bad' | 'info' } | null => {
    if (!checkedSlug || checkedSlug !== slug.trim().toLowerCase()) return null
    if (availability.isPending) return { text: t('slugChecking'), tone: 'info' }
    if (availability.isError) return { text: t('slugCheckFailed'), tone: 'info' }
    switch (availability.data.availability) {
      case 'available':
        return { text: t('slugAvailable', { host: `${availability.data.slug}.${rootDomain}` }), tone: 'ok' }
      case 'taken':
        return { text: t('slugTaken'), tone: 'bad' }
      case 'reserved':
        return { text: t('slugReserved'), tone: 'bad' }
      case 'invalid':
        return { text: t('slugInvalid'), tone: 'bad' }
    }
  })()

  const describedBy = (field: BusinessField, ...more: string[]) =>
    [...more, errors[field] ? `${ids}-${field}-error` : null].filter(Boolean).join(' ') || undefined
  const fieldError = (field: BusinessField) =>
    errors[field] ? (
      <p id={`${ids}-${field}-error`} className="text-sm font-medium text-destructive">
        {errors[field]}
      </p>
    ) : null

  return (
    <form onSubmit={(event) => void submit(event)} className="mt-8 grid max-w-xl gap-5" noValidate>
      <Field>
        <Label htmlFor={`${ids}-name`}>{t('nameLabel')}</Label>
        <Input
          ref={refs.name}
          id={`${ids}-name`}
          name="name"
          autoComplete="organization"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
        />
        {fieldError('name')}
      </Field>
      <Field>
        <Label htmlFor={`${ids}-trade`}>{t('tradeLabel')}</Label>
        <select
          ref={refs.trade}
          id={`${ids}-trade`}
          name="trade"
          required
          className={selectClass}
          value={trade}
          onChange={(event) => setTrade(event.target.value)}
          aria-invalid={errors.trade ? true : undefined}
          aria-describedby={describedBy('trade')}
        >
          <option value="">{t('tradePlaceholder')}</option>
          {tradeCodes.map((code) => (
            <option key={code} value={code}>
              {tradeLabel(code, trades)}
            </option>
          ))}
        </select>
        {fieldError('trade')}
      </Field>
      <Field>
        <Label htmlFor={`${ids}-slug`}>{t('slugLabel')}</Label>
        <Input
          ref={refs.slug}
          id={`${ids}-slug`}
          name="slug"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={slug}
          onChange={(event) => setSlug(event.target.value)}
          aria-invalid={errors.slug || slugStatus?.tone === 'bad' ? true : undefined}
          aria-describedby={describedBy('slug', `${ids}-slug-description`, `${ids}-slug-status`)}
        />
        <p id={`${ids}-slug-description`} className="text-sm text-muted-foreground">
          {t('slugDescription', { example: `piscines-soleil.${rootDomain}` })}
        </p>
        <p
          id={`${ids}-slug-status`}
          aria-live="polite"
          data-testid="slug-status"
          className={
            slugStatus?.tone === 'bad'
              ? 'min-h-5 text-sm font-medium text-destructive'
              : slugStatus?.tone === 'ok'
                ? 'min-h-5 text-sm font-medium text-success'
                : 'min-h-5 text-sm text-muted-foreground'
          }
        >
          {slugStatus?.text}
        </p>
        {fieldError('slug')}
      </Field>
      <Field>
        <Label htmlFor={`${ids}-time-zone`}>{t('timeZoneLabel')}</Label>
        <select
          ref={refs.timeZone}
          id={`${ids}-time-zone`}
          name="timeZone"
          className={selectClass}
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby={describedBy('timeZone', `${ids}-time-zone-description`)}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        <p id={`${ids}-time-zone-description`} className="text-sm text-muted-foreground">
          {t('timeZoneDescription')}
        </p>
        {fieldError('timeZone')}
      </Field>
      <Field>
        <Label htmlFor={`${ids}-locale`}>{t('localeLabel')}</Label>
        <select
          ref={refs.defaultLocale}
          id={`${ids}-locale`}
          name="defaultLocale"
          className={selectClass}
          value={defaultLocale}
          onChange={(event) => setDefaultLocale(event.target.value === 'en' ? 'en' : 'fr')}
          aria-invalid={errors.defaultLocale ? true : undefined}
          aria-describedby={describedBy('defaultLocale')}
        >
          <option value="fr">{t('localeFr')}</option>
          <option value="en">{t('localeEn')}</option>
        </select>
        {fieldError('defaultLocale')}
      </Field>
      <p role="alert" className="min-h-6 text-sm font-medium text-destructive">
        {formError}
      </p>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  )
}

function Field({ children }: { children: ReactNode }) {
  return <div className="grid gap-2">{children}</div>
}
