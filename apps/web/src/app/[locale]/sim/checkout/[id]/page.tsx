import { createFormatters } from '@portail/i18n'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { HostedButtons, type HostedButton } from '~/features/payment-simulator/hosted-buttons'
import { SimulatedBanner } from '~/features/payment-simulator/simulated-banner'
import { readLocaleParam } from '~/i18n/locale-param'
import { getStripeSimulator } from '~/server/payments'

interface Props {
  params: Promise<{ locale: string; id: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'paymentSimulator' })
  return { title: t('banner'), robots: { index: false, follow: false } }
}

/**
 * The simulated Stripe Checkout, on the platform host as Stripe's is on its own: the business, the
 * lines and the total, and the buttons a tester needs (pay, decline, 3-D Secure, cancel). A 404
 * unless payments run on the simulator.
 */
export default async function SimulatedCheckoutPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { id } = await params
  const simulator = getStripeSimulator()
  if (!simulator || !/^cs_test_[A-Za-z0-9]{8,80}$/.test(id)) notFound()
  const view = await simulator.getCheckout(id)
  if (!view) notFound()
  const t = await getTranslations({ locale, namespace: 'paymentSimulator' })
  const format = createFormatters({ locale, timeZone: 'America/Toronto' })
  const money = (cents: number) => format.money(cents, view.currency.toUpperCase())
  const total = money(view.amountTotal)
  const payButtons: HostedButton[] = view.awaiting3ds
    ? [
        { action: 'authenticate', label: t('authenticate'), variant: 'default' },
        { action: 'fail_authentication', label: t('failAuthentication'), variant: 'destructive' },
      ]
    : [
        {
          action: 'pay',
          label: view.mode === 'setup' ? t('saveCard') : t('pay', { amount: total }),
          variant: 'default',
        },
        { action: 'decline', label: t('decline'), variant: 'outline' },
        { action: 'pay_3ds', label: t('pay3ds'), variant: 'outline' },
        { action: 'cancel', label: t('cancel'), variant: 'secondary' },
      ]
  return (
    <>
      <SimulatedBanner t={t} />
      <main id="content" className="mx-auto max-w-lg px-4 py-10">
        <h1 className="text-2xl font-bold tracking-tight">
          {view.mode === 'setup'
            ? t('setupTitle', { business: view.businessName })
            : t('checkoutTitle', { business: view.businessName })}
        </h1>
        {view.mode === 'payment' ? (
          <table className="mt-6 w-full text-left text-sm">
            <caption className="mb-2 text-left font-medium">{t('linesCaption')}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2">
                  {t('itemColumn')}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t('quantityColumn')}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t('amountColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.lines.map((line, index) => (
                <tr key={index} className="border-b">
                  <td className="py-2">{line.name}</td>
                  <td className="py-2 text-right">{line.quantity}</td>
                  <td className="py-2 text-right">{money(line.unitAmount * line.quantity)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2} className="py-2">
                  {t('total')}
                </th>
                <td className="py-2 text-right font-semibold">{total}</td>
              </tr>
            </tfoot>
          </table>
        ) : null}
        {view.status === 'complete' ? (
          <p className="mt-6">{t('complete')}</p>
        ) : view.status === 'expired' ? (
          <p className="mt-6">{t('expired')}</p>
        ) : (
          <section aria-labelledby="pay-heading" className="mt-6">
            {view.awaiting3ds ? (
              <>
                <h2 id="pay-heading" className="text-lg font-semibold">
                  {t('threeDsTitle')}
                </h2>
                <p className="mt-1">{t('threeDsBody')}</p>
              </>
            ) : (
              <h2 id="pay-heading" className="text-lg font-semibold">
                {t('card')}
              </h2>
            )}
            {view.lastError && !view.awaiting3ds ? (
              <p role="alert" className="mt-3 rounded border border-red-700 bg-red-50 p-3 text-red-900">
                {t('declined', { code: view.lastError.code })}
              </p>
            ) : null}
            <HostedButtons
              endpoint={`/api/sim/checkout/${view.id}`}
              buttons={payButtons}
              working={t('working')}
              failed={t('failed')}
            />
          </section>
        )}
      </main>
    </>
  )
}
