'use client'

import { useTranslations } from 'next-intl'

/**
 * The booking editors' own check messages (keys set by their form schemas) in the reader's
 * language; undefined for any other key, which the validators' catalog words instead.
 */
export function useFormErrorText(): (key: string) => string | undefined {
  const t = useTranslations('adminBookingErrors')
  return (key) => {
    switch (key) {
      case 'durationRange':
        return t('durationRange')
      case 'bufferRange':
        return t('bufferRange')
      case 'moneyInvalid':
        return t('moneyInvalid')
      case 'orderRange':
        return t('orderRange')
      case 'extraMinutesRange':
        return t('extraMinutesRange')
      case 'timeInvalid':
        return t('timeInvalid')
      case 'endBeforeStart':
        return t('endBeforeStart')
      case 'overlap':
        return t('overlap')
      case 'numberRange':
        return t('numberRange')
      case 'reasonRequired':
        return t('reasonRequired')
      default:
        return undefined
    }
  }
}
