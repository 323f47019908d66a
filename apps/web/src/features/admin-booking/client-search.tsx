'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { useQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { type Ref, useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'

export interface PickedClient {
  id: string
  fullName: string
}

/**
 * The client a booking is for: a search over the team's clients (from two characters on) and a
 * button per match; once picked, the name with a way to pick another. The search text outlives a
 * change of mind, so "change" brings back the same matches. A form's refusal ("choose a client")
 * describes the search box, which takes focus through `inputRef`.
 */
export function ClientSearch({
  client,
  onPick,
  onClear,
  error,
  inputRef,
}: {
  client: PickedClient | null
  onPick: (client: PickedClient) => void
  onClear: () => void
  /** The refusal to show under the search, in the reader's language. */
  error?: string | undefined
  inputRef?: Ref<HTMLInputElement>
}) {
  const t = useTranslations('adminCalendar')
  const trpc = useTRPC()
  const id = useId()
  const [search, setSearch] = useState('')
  const clients = useQuery({
    ...trpc.staff.clients.list.queryOptions({ search: search.trim(), limit: 8 }),
    enabled: search.trim().length >= 2 && client === null,
  })
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-medium">{t('clientTerm')}</legend>
      {client ? (
        <p className="flex items-center justify-between gap-2 text-sm">
          <span>{client.fullName}</span>
          <Button type="button" variant="outline" size="sm" onClick={onClear}>
            {t('changeClient')}
          </Button>
        </p>
      ) : (
        <>
          <Label htmlFor={`${id}-search`}>{t('clientSearch')}</Label>
          <Input
            ref={inputRef}
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error ? (
            <p id={`${id}-error`} className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <ul aria-label={t('clientResults')} className="flex flex-col gap-1">
            {(clients.data?.items ?? []).map((row) => (
              <li key={row.id}>
                <Button
                  type="button"
                  variant="ghost"
                  className="w-full justify-start"
                  onClick={() => onPick({ id: row.id, fullName: row.fullName })}
                >
                  {row.email ? `${row.fullName} · ${row.email}` : row.fullName}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  )
}
