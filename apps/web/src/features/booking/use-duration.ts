'use client'

import { useTranslations } from 'next-intl'

/** A service's length in the reader's words: "45 min", "2 h", "1 h 30 min". */
export function useDuration(): (minutes: number) => string {
  const t = useTranslations('booking')
  return (minutes) => {
    const hours = Math.floor(minutes / 60)
    const rest = minutes % 60
    if (hours === 0) return t('durationMinutes', { minutes: rest })
    return rest === 0 ? t('durationHours', { hours }) : t('durationHoursMinutes', { hours, minutes: rest })
  }
}
