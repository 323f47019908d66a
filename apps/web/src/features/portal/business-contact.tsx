import type { RouterOutputs } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { formatPhone } from '@portail/i18n/phone'
import { getTranslations } from 'next-intl/server'

type Profile = RouterOutputs['tenant']['current']

/**
 * How a visitor reaches the business: its phone as people write it in the reader's language (a
 * link that dials it) and its postal address as Canada Post lays it out. Nothing when the business
 * gave neither, so a visitor never meets an empty heading.
 */
export async function BusinessContact({ profile, locale }: { profile: Profile; locale: Locale }) {
  const { contactPhone: phone, contactAddress: address } = profile
  if (phone === null && address === null) return null
  const t = await getTranslations('tenant')
  return (
    <section aria-labelledby="contact" className="mt-6 rounded-lg border p-6" data-testid="tenant-contact">
      <h2 id="contact" className="text-xl font-semibold">
        {t('contactTitle')}
      </h2>
      <dl className="mt-3 grid gap-3 sm:grid-cols-[auto_1fr] sm:gap-x-6">
        {phone === null ? null : (
          <>
            <dt className="font-medium">{t('contactPhone')}</dt>
            <dd>
              <a href={`tel:${phone}`} className="text-primary underline underline-offset-4">
                {formatPhone(locale, phone)}
              </a>
            </dd>
          </>
        )}
        {address === null ? null : (
          <>
            <dt className="font-medium">{t('contactAddress')}</dt>
            <dd>
              <address className="not-italic" data-testid="tenant-address">
                {address.line1}
                <br />
                {address.line2 ? (
                  <>
                    {address.line2}
                    <br />
                  </>
                ) : null}
                {`${address.city} ${address.province}  ${address.postalCode}`}
              </address>
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
