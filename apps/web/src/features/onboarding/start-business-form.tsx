'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { NativeSelectField } from '@portail/ui/native-select'
import { TextField } from '@portail/ui/text-field'
import { tradeCodes, type TTrade } from '@portail/validators'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import type { TimeZoneChoices } from '~/features/time-zones/time-zone-choices'
import { TimeZoneOptions } from '~/features/time-zones/time-zone-options'
import { tradeLabel } from '../tenants/trade-label'
import { type BusinessField, fieldErrorsOf } from './field-errors'
import { useDebounced } from './use-debounced'

interface Created {
  name: string
  adminUrl: string
  portalUrl: string
  /** The one-time link that opens the founder's session on the new portal (embedded sign-in). */
  handoverUrl: string | null
}

/**
 * "Start your business": the founder's own name (asked while it is still their email's local
 * part), the business's name, trade, the portal's address (checked as the person types, after a
 * pause), time zone and default language. The API checks everything again; its refusals land on
 * their field, focused and announced. Once created, the browser goes straight to the new portal's
 * one-time hand-over link (embedded sign-in: the session cookie is per host), which opens the
 * admin area signed in; under Clerk there is no such link and the page offers the admin link.
 */
export function StartBusinessForm({
  locale,
  rootDomain,
  timeZones,
  askOwnerName = false,
}: {
  locale: Locale
  rootDomain: string
  timeZones: TimeZoneChoices
  /** The founder has no name of their own yet (it is their email's local part): ask for it. */
  askOwnerName?: boolean
}) {
  const t = useTranslations('start')
  const trades = useTranslations('trades')
  const trpc = useTRPC()
  const ids = useId()
  const [ownerName, setOwnerName] = useState('')
  const [name, setName] = useState('')
  const [trade, setTrade] = useState('')
  const [slug, setSlug] = useState('')
  const [timeZone, setTimeZone] = useState('America/Toronto')
  const [defaultLocale, setDefaultLocale] = useState<Locale>(locale)
  const [errors, setErrors] = useState<Partial<Record<BusinessField, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [created, setCreated] = useState<Created | null>(null)
  const refs = {
    ownerName: useRef<HTMLInputElement>(null),
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
    if (!created) return
    createdHeading.current?.focus()
    if (created.handoverUrl) window.location.assign(created.handoverUrl)
  }, [created])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setErrors({})
    setFormError(null)
    try {
      // An empty trade goes to the API as it is: its refusal, in the reader's language, lands on the field.
      const business = await create.mutateAsync({
        ...(askOwnerName ? { ownerName } : {}),
        name,
        trade: trade as TTrade,
        slug,
        timeZone,
        defaultLocale,
      })
      setCreated({
        name: name.trim(),
        portalUrl: business.portalUrl,
        adminUrl: `${business.portalUrl}${locale}/admin`,
        handoverUrl: business.handoverUrl,
      })
    } catch (error) {
      const placed = fieldErrorsOf(error)
      setErrors(placed.fields)
      setFormError(placed.form ?? (Object.keys(placed.fields).length === 0 ? t('networkError') : null))
      const first = (['ownerName', 'name', 'trade', 'slug', 'timeZone', 'defaultLocale'] as const).find(
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
        <p>{created.handoverUrl ? t('handingOver') : t('createdBody')}</p>
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

  // One message per slug problem: once the API refused the address, its words replace the live
  // check's (which said the same thing), and the input is described by the one shown.
  const slugStatusText = errors.slug ? null : (slugStatus?.text ?? null)
  const slugStatusId = `${ids}-slug-status`

  return (
    <form onSubmit={(event) => void submit(event)} className="mt-8 grid max-w-xl gap-5" noValidate>
      {askOwnerName ? (
        <TextField
          ref={refs.ownerName}
          id={`${ids}-owner-name`}
          label={t('ownerNameLabel')}
          description={t('ownerNameDescription')}
          error={errors.ownerName}
          name="ownerName"
          autoComplete="name"
          required
          maxLength={100}
          value={ownerName}
          onChange={(event) => setOwnerName(event.target.value)}
        />
      ) : null}
      <TextField
        ref={refs.name}
        id={`${ids}-name`}
        label={t('nameLabel')}
        error={errors.name}
        name="name"
        autoComplete="organization"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <NativeSelectField
        ref={refs.trade}
        id={`${ids}-trade`}
        label={t('tradeLabel')}
        error={errors.trade}
        name="trade"
        required
        value={trade}
        onChange={(event) => setTrade(event.target.value)}
      >
        <option value="">{t('tradePlaceholder')}</option>
        {tradeCodes.map((code) => (
          <option key={code} value={code}>
            {tradeLabel(code, trades)}
          </option>
        ))}
      </NativeSelectField>
      <TextField
        ref={refs.slug}
        id={`${ids}-slug`}
        label={t('slugLabel')}
        description={t('slugDescription', { example: `piscines-soleil.${rootDomain}` })}
        error={errors.slug}
        name="slug"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={slug}
        onChange={(event) => {
          setSlug(event.target.value)
          // The refusal was about the address as it was: the live check speaks for the new one.
          setErrors(({ slug: _refused, ...others }) => others)
        }}
        aria-invalid={slugStatusText && slugStatus?.tone === 'bad' ? true : undefined}
        aria-describedby={slugStatusText ? slugStatusId : undefined}
        extra={
          <p
            id={slugStatusId}
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
            {slugStatusText}
          </p>
        }
      />
      <NativeSelectField
        ref={refs.timeZone}
        id={`${ids}-time-zone`}
        label={t('timeZoneLabel')}
        description={t('timeZoneDescription')}
        error={errors.timeZone}
        name="timeZone"
        value={timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
      >
        <TimeZoneOptions choices={timeZones} />
      </NativeSelectField>
      <NativeSelectField
        ref={refs.defaultLocale}
        id={`${ids}-locale`}
        label={t('localeLabel')}
        error={errors.defaultLocale}
        name="defaultLocale"
        value={defaultLocale}
        onChange={(event) => setDefaultLocale(event.target.value === 'en' ? 'en' : 'fr')}
      >
        <option value="fr">{t('localeFr')}</option>
        <option value="en">{t('localeEn')}</option>
      </NativeSelectField>
      <p role="alert" className="min-h-6 text-sm font-medium text-destructive">
        {formError}
      </p>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  )
}
