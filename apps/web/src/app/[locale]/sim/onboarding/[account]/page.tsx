import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { HostedButtons } from '~/features/payment-simulator/hosted-buttons'
import { SimulatedBanner } from '~/features/payment-simulator/simulated-banner'
import { readLocaleParam } from '~/i18n/locale-param'
import { getStripeSimulator } from '~/server/payments'

interface Props {
  params: Promise<{ locale: string; account: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'paymentSimulator' })
  return { title: t('banner'), robots: { index: false, follow: false } }
}

/**
 * The simulated Connect onboarding (Stripe's account link): finish, which turns card payments on
 * and returns to the link's return_url, or come back later (its refresh_url). A 404 unless
 * payments run on the simulator.
 */
export default async function SimulatedOnboardingPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { account } = await params
  const simulator = getStripeSimulator()
  if (!simulator || !/^acct_[A-Za-z0-9]{8,80}$/.test(account)) notFound()
  const view = await simulator.getOnboarding(account)
  if (!view) notFound()
  const t = await getTranslations({ locale, namespace: 'paymentSimulator' })
  return (
    <>
      <SimulatedBanner t={t} />
      <main id="content" className="mx-auto max-w-lg px-4 py-10">
        <h1 className="text-2xl font-bold tracking-tight">{t('onboardingTitle', { business: view.businessName })}</h1>
        <p className="mt-3">{t('onboardingBody')}</p>
        {view.chargesEnabled ? <p className="mt-3 font-medium">{t('onboardingActive')}</p> : null}
        <HostedButtons
          endpoint={`/api/sim/onboarding/${view.accountId}`}
          buttons={[
            { action: 'complete', label: t('onboardingComplete'), variant: 'default' },
            { action: 'later', label: t('onboardingLater'), variant: 'outline' },
          ]}
          working={t('working')}
          failed={t('failed')}
        />
      </main>
    </>
  )
}
