'use client'

import { useTranslations } from 'next-intl'
import { type PolicyLike, type PolicyPart, policyParts } from './policy-sentence'

/** The cancellation policy worded as clients read it before confirming a booking. */
export function PolicyText({ policy, lang }: { policy: PolicyLike; lang?: string }) {
  const t = useTranslations('adminSchedule')
  const sentence = (part: PolicyPart) => {
    switch (part.kind) {
      case 'freeUntilStart':
        return t('policyFreeUntilStart')
      case 'freeUntilHours':
        return t('policyFreeUntilHours', { hours: part.hours })
      case 'lateFree':
        return t('policyLateFree')
      case 'lateFee':
        return t('policyLateFee', { percent: part.percent })
      case 'lateDeposit':
        return t('policyLateDeposit')
      case 'lateDepositOrFee':
        return t('policyLateDepositOrFee', { percent: part.percent })
      case 'noReschedule':
        return t('policyNoReschedule')
      case 'reschedules':
        return t('policyReschedules', { count: part.count })
    }
  }
  return <p lang={lang}>{policyParts(policy).map(sentence).join(' ')}</p>
}
