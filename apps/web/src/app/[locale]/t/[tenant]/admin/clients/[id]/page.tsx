import { can } from '@portail/auth'
import { createFormatters } from '@portail/i18n'
import { formatPhone } from '@portail/i18n/phone'
import { Badge } from '@portail/ui/badge'
import { Card, CardContent, CardHeader, CardTitle } from '@portail/ui/card'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { roleLabel } from '~/features/admin/admin-sections'
import { ClientActions } from '~/features/admin/clients/client-actions'
import { ClientAppointments } from '~/features/admin/clients/client-appointments'
import { historyActionText } from '~/features/admin/clients/client-history-text'
import { ClientDeliveryFlags } from '~/features/delivery-log/client-delivery-flags'
import { DeliveryList } from '~/features/delivery-log/delivery-list'
import { readLocaleParam } from '~/i18n/locale-param'
import { orNotFound } from '~/server/or-not-found'
import { requireStaff } from '~/server/staff-access'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string; id: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminClients' })
  return { title: t('title') }
}

/**
 * One client: contact details and service address, preferences, portal account (the portal's own
 * rule, see recordPortalState), appointments, the messages sent to them (a bouncing address flagged),
 * and what staff can do about them.
 */
export default async function ClientDetailPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant: slug, id } = await params
  const { tenant, role } = await requireStaff(locale, slug)
  const api = await serverApi()
  const client = await orNotFound(api.staff.clients.get({ id }))
  const history = can(role, 'audit.read') ? await api.staff.clients.history({ id }) : null
  const appointments = can(role, 'bookings.read') ? await api.staff.clients.appointments({ id }) : null
  const deliveries = await api.staff.deliveryLog.client({ clientId: id, limit: 50 })
  const t = await getTranslations('adminClients')
  const deliveryLog = await getTranslations('deliveryLog')
  const admin = await getTranslations('admin')
  const byWhom = (actorRole: string) =>
    actorRole === 'client'
      ? t('byClient')
      : actorRole === 'owner' || actorRole === 'admin' || actorRole === 'staff'
        ? t('byTeam', { role: roleLabel(admin, actorRole) })
        : t('bySystem')
  const format = createFormatters({ locale, timeZone: tenant.timeZone })
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'))
  const base = `/${locale}/admin/clients`
  const address = client.serviceAddress
  const addressLines = address
    ? [address.line1, address.line2, `${address.city} ${address.province} ${address.postalCode}`].filter(Boolean)
    : []
  return (
    <main id="content">
      <p>
        <Link href={base} className="text-sm underline underline-offset-4">
          {t('backToList')}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{client.fullName}</h1>
        {client.archivedAt ? <Badge variant="secondary">{t('archivedBadge')}</Badge> : null}
      </div>
      <p className="mt-1 text-sm text-muted-foreground">
        {t('clientSince', { date: format.date(client.createdAt) })} ·{' '}
        {t('updatedOn', { date: format.dateTime(client.updatedAt) })}
      </p>

      <div className="mt-4">
        <ClientDeliveryFlags
          emailBouncedAt={deliveries.emailBouncedAt}
          smsOptedOutAt={deliveries.smsOptedOutAt}
          locale={locale}
          timeZone={tenant.timeZone}
        />
      </div>

      <ClientActions
        client={{
          id: client.id,
          fullName: client.fullName,
          email: client.email,
          linked: client.userId !== null,
          archived: client.archivedAt !== null,
        }}
        canDelete={can(role, 'clients.delete')}
      />

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle asHeading="h2">{t('contactTitle')}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">{t('emailLabel')}</dt>
              <dd>{client.email ?? t('none')}</dd>
              <dt className="text-muted-foreground">{t('phoneLabel')}</dt>
              <dd>{client.phone ? formatPhone(locale, client.phone) : t('none')}</dd>
              <dt className="text-muted-foreground">{t('localeLabel')}</dt>
              <dd>{client.locale === 'fr' ? t('languageFr') : t('languageEn')}</dd>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle asHeading="h2">{t('addressTitle')}</CardTitle>
          </CardHeader>
          <CardContent>
            {addressLines.length > 0 ? (
              <address className="text-sm not-italic" data-testid="client-address">
                {addressLines.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </address>
            ) : (
              <p className="text-sm text-muted-foreground">{t('addressNone')}</p>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle asHeading="h2">{t('preferencesTitle')}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">{t('prefEmail')}</dt>
              <dd>{yesNo(client.communicationPreferences.email)}</dd>
              <dt className="text-muted-foreground">{t('prefSms')}</dt>
              <dd>{yesNo(client.communicationPreferences.sms)}</dd>
              <dt className="text-muted-foreground">{t('prefMarketing')}</dt>
              <dd>{yesNo(client.communicationPreferences.marketing)}</dd>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle asHeading="h2">{t('accountTitle')}</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-sm" data-testid="client-portal-state">
              {client.portal === 'client'
                ? t('accountLinked')
                : client.portal === 'closed'
                  ? t('accountClosed')
                  : t('accountNone')}
            </p>
          </CardContent>
        </Card>
      </div>

      {appointments ? (
        <div className="mt-6">
          <ClientAppointments appointments={appointments} locale={locale} timeZone={tenant.timeZone} />
        </div>
      ) : null}

      <div className="mt-6">
        <Card>
          <CardHeader>
            <CardTitle asHeading="h2">{deliveryLog('title')}</CardTitle>
          </CardHeader>
          <CardContent>
            <DeliveryList entries={deliveries.entries} locale={locale} timeZone={tenant.timeZone} />
          </CardContent>
        </Card>
      </div>

      {history ? (
        <div className="mt-6 grid gap-4 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle asHeading="h2">{t('consentTitle')}</CardTitle>
            </CardHeader>
            <CardContent>
              {history.consents.length === 0 ? (
                <p className="text-sm text-muted-foreground" data-testid="client-consent">
                  {client.portal === 'notJoined' ? t('consentNone') : t('consentMissing')}
                </p>
              ) : (
                <ul className="flex flex-col gap-1 text-sm">
                  {history.consents.map((consent) => (
                    <li key={`${consent.kind}-${consent.version}-${consent.acceptedAt.toISOString()}`}>
                      {consent.kind === 'sms'
                        ? deliveryLog('smsConsentEntry', {
                            version: consent.version,
                            date: format.dateTime(consent.acceptedAt),
                          })
                        : t('consentEntry', { version: consent.version, date: format.dateTime(consent.acceptedAt) })}
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle asHeading="h2">{t('historyTitle')}</CardTitle>
            </CardHeader>
            <CardContent>
              {history.entries.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t('historyEmpty')}</p>
              ) : (
                <ol className="flex flex-col gap-2 text-sm">
                  {history.entries.map((entry) => (
                    <li key={entry.id}>
                      <span className="font-medium">{historyActionText(t, entry.action)}</span>{' '}
                      <span className="text-muted-foreground">
                        {byWhom(entry.actorRole)} ·{' '}
                        <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at)}</time>
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </CardContent>
          </Card>
        </div>
      ) : null}
    </main>
  )
}
