import type { Translator } from '~/i18n/translator'

/** Says in words, first thing on the page, that no real card is charged here. */
export function SimulatedBanner({ t }: { t: Translator<'paymentSimulator'> }) {
  return (
    <div role="note" className="border-b-2 border-amber-600 bg-amber-50 px-4 py-3 text-center text-amber-950">
      <p className="font-semibold">{t('banner')}</p>
      <p className="text-sm">{t('bannerDetail')}</p>
    </div>
  )
}
