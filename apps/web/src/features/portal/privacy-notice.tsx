import type { RouterOutputs } from '@portail/api'
import { getTranslations } from 'next-intl/server'

type PrivacyOfficer = RouterOutputs['portal']['membershipState']['privacyOfficer']

/**
 * The summary of the business's privacy notice a person accepts on joining (Quebec Law 25): what is
 * collected and why, who sees it, the person's rights, whom to ask, and the version accepted.
 */
export async function PrivacyNotice({
  business,
  version,
  versionDate,
  officer,
}: {
  business: string
  /** The version the join records (as the business states it). */
  version: string
  /** The same version as a date in the reader's language, when it is one. */
  versionDate: string | null
  officer: PrivacyOfficer
}) {
  const t = await getTranslations('portalJoin')
  return (
    <section aria-labelledby="privacy-notice-title" className="mt-6 rounded-lg border p-5">
      <h2 id="privacy-notice-title" className="text-xl font-semibold">
        {t('noticeTitle')}
      </h2>
      <p className="mt-1 text-sm text-muted-foreground" data-testid="privacy-notice-version" data-version={version}>
        {t('noticeVersion', { version: versionDate ?? version })}
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-5">
        <li>{t('noticeCollect', { business })}</li>
        <li>{t('noticeShare', { business })}</li>
        <li>{t('noticeRights')}</li>
      </ul>
      <h3 className="mt-5 font-semibold">{t('officerTitle')}</h3>
      {officer ? (
        <p className="mt-1" data-testid="privacy-officer">
          {officer.name} ·{' '}
          <a href={`mailto:${officer.email}`} className="text-primary underline underline-offset-4">
            {officer.email}
          </a>
        </p>
      ) : (
        <p className="mt-1">{t('officerFallback', { business })}</p>
      )}
    </section>
  )
}
