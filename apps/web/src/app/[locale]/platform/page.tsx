import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@portail/ui/table'
import { ZTenantStatus } from '@portail/validators'
import { TRPCError } from '@trpc/server'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { platformFormatters } from '~/features/platform/platform-clock'
import { StatusBadge } from '~/features/platform/status-badge'
import { PlatformHeader } from '~/features/platform-site/platform-header'
import { tradeLabel } from '~/features/tenants/trade-label'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireOperator } from '~/server/operator-access'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ search?: string | string[]; status?: string | string[]; cursor?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'platform' })
  return { title: t('title') }
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

const inputClass =
  'h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2'

/**
 * The operator console: every business with its status, trade, creation date and size, narrowed by
 * a plain GET form (works before any script runs). Each read is recorded by the API.
 */
export default async function PlatformConsolePage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  await requireOperator(locale, `/${locale}/platform`)
  const query = await searchParams
  const typed = single(query.search)?.trim().slice(0, 100)
  const search = typed === '' ? undefined : typed
  const status = ZTenantStatus.safeParse(single(query.status)).data
  const cursor = single(query.cursor)
  const api = await serverApi()
  const page = await api.operator.tenants.list({ search, status, cursor }).catch((error: unknown) => {
    // A cursor from an old or edited link: start again from the first page of the same filter.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST' && cursor) return null
    throw error
  })
  const filterQuery = new URLSearchParams({ ...(search ? { search } : {}), ...(status ? { status } : {}) })
  if (!page) redirect(`/${locale}/platform${filterQuery.size ? `?${filterQuery}` : ''}`)
  const t = await getTranslations('platform')
  const trades = await getTranslations('trades')
  const format = platformFormatters(locale)
  const nextHref = page.nextCursor
    ? `/${locale}/platform?${new URLSearchParams({ ...Object.fromEntries(filterQuery), cursor: page.nextCursor })}`
    : null

  return (
    <>
      <PlatformHeader locale={locale} />
      <main id="content" className="mx-auto max-w-5xl px-4 py-12">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-2 text-muted-foreground">{t('intro')}</p>
        <form method="get" action={`/${locale}/platform`} className="mt-8 flex flex-wrap items-end gap-4">
          <div className="flex flex-col gap-2">
            <label htmlFor="platform-search" className="text-sm font-medium">
              {t('searchLabel')}
            </label>
            <input id="platform-search" name="search" type="search" defaultValue={search} className={inputClass} />
          </div>
          <div className="flex flex-col gap-2">
            <label htmlFor="platform-status" className="text-sm font-medium">
              {t('statusFilterLabel')}
            </label>
            <select id="platform-status" name="status" defaultValue={status ?? ''} className={inputClass}>
              <option value="">{t('statusAll')}</option>
              <option value="active">{t('statusActive')}</option>
              <option value="suspended">{t('statusSuspended')}</option>
            </select>
          </div>
          <button
            type="submit"
            className="h-9 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:outline-none"
          >
            {t('filter')}
          </button>
        </form>
        <Table className="mt-8">
          <TableCaption>{t('tableCaption', { count: page.items.length })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t('columnName')}</TableHead>
              <TableHead scope="col">{t('columnStatus')}</TableHead>
              <TableHead scope="col">{t('columnTrade')}</TableHead>
              <TableHead scope="col">{t('columnCreated')}</TableHead>
              <TableHead scope="col" className="text-right">
                {t('columnMembers')}
              </TableHead>
              <TableHead scope="col" className="text-right">
                {t('columnClients')}
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.items.length === 0 ? (
              <TableRow>
                <TableCell colSpan={6}>{t('empty')}</TableCell>
              </TableRow>
            ) : (
              page.items.map((tenant) => (
                <TableRow key={tenant.id} data-testid={`tenant-${tenant.slug}`}>
                  <TableCell>
                    <a
                      href={`/${locale}/platform/${tenant.id}`}
                      className="font-medium text-primary underline underline-offset-4"
                    >
                      {tenant.name}
                    </a>
                    <span className="block text-xs text-muted-foreground">{tenant.slug}</span>
                  </TableCell>
                  <TableCell>
                    <StatusBadge status={tenant.status} t={t} />
                  </TableCell>
                  <TableCell>{tradeLabel(tenant.trade, trades)}</TableCell>
                  <TableCell>{format.date(tenant.createdAt)}</TableCell>
                  <TableCell className="text-right tabular-nums">{tenant.memberCount}</TableCell>
                  <TableCell className="text-right tabular-nums">{tenant.clientCount}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
        <nav aria-label={t('title')} className="mt-6 flex gap-4">
          {cursor ? (
            <a
              href={`/${locale}/platform${filterQuery.size ? `?${filterQuery}` : ''}`}
              className="text-primary underline underline-offset-4"
            >
              {t('firstPage')}
            </a>
          ) : null}
          {nextHref ? (
            <a href={nextHref} className="text-primary underline underline-offset-4">
              {t('nextPage')}
            </a>
          ) : null}
        </nav>
      </main>
    </>
  )
}
