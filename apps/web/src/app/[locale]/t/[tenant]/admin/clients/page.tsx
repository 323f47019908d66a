import { formatPhone } from '@portail/i18n/phone'
import { Badge } from '@portail/ui/badge'
import { buttonVariants } from '@portail/ui/button'
import { EmptyState } from '@portail/ui/empty-state'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@portail/ui/table'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { clientListHref, readClientListQuery } from '~/features/admin/clients/client-list-query'
import { NativeSelect } from '~/features/admin/native-select'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminClients' })
  return { title: t('title') }
}

/**
 * The business's clients, paged on the server (keyset cursor), searched and filtered through a
 * plain GET form: the URL is the state, so a filtered page can be bookmarked and works without JS.
 */
export default async function AdminClientsPage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  await requireStaff(locale, (await params).tenant)
  const t = await getTranslations('adminClients')
  const query = readClientListQuery(await searchParams)
  const api = await serverApi()
  const page = await api.staff.clients.list({
    search: query.search || undefined,
    archived: query.status === 'archived',
    locale: query.language ?? undefined,
    cursor: query.cursor ?? undefined,
    limit: 25,
  })
  const base = `/${locale}/admin/clients`
  const filtered = query.search !== '' || query.language !== null || query.status === 'archived'
  const languageName = (language: 'fr' | 'en') => (language === 'fr' ? t('languageFr') : t('languageEn'))

  return (
    <main id="content">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
        <Link href={`${base}/new`} className={buttonVariants()}>
          {t('newClient')}
        </Link>
      </div>

      <form
        method="get"
        action={base}
        role="search"
        aria-label={t('filtersLabel')}
        className="mt-6 flex flex-wrap items-end gap-4"
      >
        <div className="flex min-w-56 flex-1 flex-col gap-2">
          <Label htmlFor="client-search">{t('searchLabel')}</Label>
          <Input
            id="client-search"
            name="q"
            type="search"
            defaultValue={query.search}
            aria-describedby="client-search-hint"
            maxLength={100}
          />
          <p id="client-search-hint" className="text-sm text-muted-foreground">
            {t('searchHint')}
          </p>
        </div>
        <NativeSelect id="client-status" name="status" label={t('statusLabel')} defaultValue={query.status}>
          <option value="active">{t('statusActive')}</option>
          <option value="archived">{t('statusArchived')}</option>
        </NativeSelect>
        <NativeSelect id="client-language" name="lang" label={t('languageLabel')} defaultValue={query.language ?? ''}>
          <option value="">{t('languageAny')}</option>
          <option value="fr">{t('languageFr')}</option>
          <option value="en">{t('languageEn')}</option>
        </NativeSelect>
        <button type="submit" className={buttonVariants({ variant: 'secondary' })}>
          {t('applyFilters')}
        </button>
      </form>

      {page.items.length === 0 ? (
        <EmptyState
          className="mt-6"
          title={filtered || query.cursor ? t('emptyFilteredTitle') : t('emptyTitle')}
          description={filtered || query.cursor ? t('emptyFilteredBody') : t('emptyBody')}
        />
      ) : (
        <Table className="mt-6">
          <TableCaption className="sr-only">{t('tableCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t('colName')}</TableHead>
              <TableHead scope="col">{t('colEmail')}</TableHead>
              <TableHead scope="col">{t('colPhone')}</TableHead>
              <TableHead scope="col">{t('colLanguage')}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.items.map((client) => (
              <TableRow key={client.id}>
                <TableCell className="font-medium">
                  <Link href={`${base}/${client.id}`} className="underline-offset-4 hover:underline">
                    {client.fullName}
                  </Link>
                  {client.archivedAt ? (
                    <Badge variant="secondary" className="ml-2">
                      {t('archivedBadge')}
                    </Badge>
                  ) : null}
                </TableCell>
                <TableCell>{client.email ?? t('none')}</TableCell>
                <TableCell>{client.phone ? formatPhone(locale, client.phone) : t('none')}</TableCell>
                <TableCell>{languageName(client.locale)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {query.cursor || page.nextCursor ? (
        <nav aria-label={t('paginationLabel')} className="mt-4 flex gap-4">
          {query.cursor ? (
            <Link
              href={clientListHref(base, { ...query, cursor: null })}
              className={buttonVariants({ variant: 'outline' })}
            >
              {t('firstPage')}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link
              href={clientListHref(base, { ...query, cursor: page.nextCursor })}
              className={buttonVariants({ variant: 'outline' })}
            >
              {t('nextPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </main>
  )
}
