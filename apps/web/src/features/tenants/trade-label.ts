import type { Translator } from '~/i18n/translator'

/**
 * A business's trade as a visitor reads it, through the `trades` messages. Each known trade is
 * named by a literal key (the catalog's unused-key check can see them); trades are open-ended
 * codes, and one we have no words for yet still reads as text ("home_cleaning" -> "home cleaning").
 */
export function tradeLabel(trade: string, t: Translator<'trades'>): string {
  const labels: Record<string, string> = {
    pool_care: t('pool_care'),
    landscaping: t('landscaping'),
    clinic: t('clinic'),
    salon: t('salon'),
    accounting: t('accounting'),
    consulting: t('consulting'),
    cleaning: t('cleaning'),
    other: t('other'),
  }
  return labels[trade] ?? trade.replace(/[_-]+/g, ' ')
}
