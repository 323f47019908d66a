'use client'

import type { Locale } from '@portail/i18n'
import { Badge } from '@portail/ui/badge'
import { Button } from '@portail/ui/button'
import { cn } from '@portail/ui/cn'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { OptionForm } from './option-form'
import { ServiceForm } from './service-form'
import type { PreviewWords } from './service-preview'
import { ServiceStaff } from './service-staff'

/**
 * The catalog editor: services in display order on the side, the chosen one (or a new one) in a
 * form with its live client preview, its options and who performs it.
 */
export function ServicesScreen({
  canWrite,
  previewWords,
}: {
  canWrite: boolean
  previewWords: Record<Locale, PreviewWords>
}) {
  const t = useTranslations('adminServices')
  const locale = useLocale()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const { data: catalog } = useSuspenseQuery(trpc.staff.catalog.get.queryOptions())
  const { data: members } = useSuspenseQuery(trpc.staff.bookings.members.queryOptions())
  const [selected, setSelected] = useState<string | null>(() => catalog.services[0]?.service.id ?? 'new')
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.catalog.pathKey() })
  const entry = catalog.services.find(({ service }) => service.id === selected)
  const nextOrder = Math.max(0, ...catalog.services.map(({ service }) => service.displayOrder + 1))
  const name = (row: { nameFr: string; nameEn: string }) => (locale === 'fr' ? row.nameFr : row.nameEn)

  return (
    <div className="grid gap-8 md:grid-cols-[14rem_minmax(0,1fr)]">
      <nav aria-label={t('listTitle')}>
        <h2 className="mb-2 text-lg font-semibold">{t('listTitle')}</h2>
        {catalog.services.length === 0 ? <p className="text-sm text-muted-foreground">{t('empty')}</p> : null}
        <ul className="flex flex-col gap-1">
          {catalog.services.map(({ service }) => (
            <li key={service.id}>
              <button
                type="button"
                aria-current={service.id === selected ? 'true' : undefined}
                onClick={() => setSelected(service.id)}
                className={cn(
                  'flex w-full items-center justify-between gap-2 rounded-md px-3 py-2 text-left text-sm hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
                  service.id === selected && 'bg-accent font-medium',
                )}
              >
                <span>{name(service)}</span>
                {service.active ? null : <Badge variant="secondary">{t('inactive')}</Badge>}
              </button>
            </li>
          ))}
        </ul>
        {canWrite ? (
          <Button type="button" variant="outline" className="mt-3 w-full" onClick={() => setSelected('new')}>
            {t('newService')}
          </Button>
        ) : null}
      </nav>
      <section aria-labelledby="service-editor-title" className="flex min-w-0 flex-col gap-8">
        <h2 id="service-editor-title" className="text-xl font-semibold">
          {entry ? t('editTitle', { name: name(entry.service) }) : t('createTitle')}
        </h2>
        {entry || selected === 'new' ? (
          <ServiceForm
            key={entry?.service.id ?? 'new'}
            service={entry?.service ?? null}
            options={(entry?.options ?? []).filter((option) => option.active)}
            nextOrder={nextOrder}
            canWrite={canWrite}
            previewWords={previewWords}
            onSaved={(id) => {
              setSelected(id)
              refresh()
            }}
          />
        ) : null}
        {entry ? (
          <>
            <section aria-labelledby="service-options-title" className="flex flex-col gap-4">
              <h2 id="service-options-title" className="text-lg font-semibold">
                {t('optionsTitle')}
              </h2>
              <p className="text-sm text-muted-foreground">{t('optionsIntro')}</p>
              {entry.options.map((option, index) => (
                <OptionForm
                  key={`${option.id}-${option.updatedAt.toISOString()}`}
                  serviceId={entry.service.id}
                  option={option}
                  displayOrder={option.displayOrder}
                  legend={`${t('optionLegend', { number: index + 1 })} · ${name(option)}`}
                  canWrite={canWrite}
                  onSaved={refresh}
                />
              ))}
              {canWrite ? (
                <OptionForm
                  serviceId={entry.service.id}
                  option={null}
                  displayOrder={entry.options.length}
                  legend={t('newOptionTitle')}
                  canWrite={canWrite}
                  onSaved={refresh}
                />
              ) : null}
            </section>
            <ServiceStaff
              key={`${entry.service.id}-${entry.staffIds.join(',')}`}
              serviceId={entry.service.id}
              members={members}
              staffIds={entry.staffIds}
              canWrite={canWrite}
              onSaved={refresh}
            />
          </>
        ) : (
          <p className="text-sm text-muted-foreground">{t('optionsNeedSave')}</p>
        )}
      </section>
    </div>
  )
}
