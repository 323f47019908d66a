import type { Locale } from '@portail/i18n'
import { getTranslations } from 'next-intl/server'
import { serverApi } from '~/trpc/server'
import { DeliveryList } from './delivery-list'

/**
 * The signed-in client's own message history (the Notifications page includes it): the 50 most
 * recent messages on every channel, sent or not, with the reason. A server component: it reads
 * through the client's own context (the database shows it its rows only).
 */
export async function MyDeliveryHistory({
  locale,
  timeZone,
  business,
}: {
  locale: Locale
  timeZone: string
  business: string
}) {
  const t = await getTranslations({ locale, namespace: 'deliveryLog' })
  const { entries } = await (await serverApi()).deliveryLog.mine({ limit: 50 })
  return (
    <section aria-labelledby="delivery-history" className="mt-10">
      <h2 id="delivery-history" className="text-xl font-semibold">
        {t('clientTitle')}
      </h2>
      <p className="mt-1 mb-4 text-sm text-muted-foreground">{t('clientIntro', { business })}</p>
      <DeliveryList entries={entries} locale={locale} timeZone={timeZone} />
    </section>
  )
}
