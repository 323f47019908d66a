'use client'

import { useTranslations } from 'next-intl'
import type { Translator } from '~/i18n/translator'
import type { WizardStep } from './wizard-choice'

/** "Step 3 of 7" and the list of steps; the ones already done are buttons back to them. */
export function StepProgress({
  steps,
  current,
  onGoTo,
}: {
  steps: readonly WizardStep[]
  current: WizardStep
  onGoTo: (step: WizardStep) => void
}) {
  const t = useTranslations('booking')
  return (
    <nav aria-label={t('stepsLabel')}>
      <p className="text-sm text-muted-foreground">
        {t('stepOf', { current: steps.indexOf(current) + 1, total: steps.length })}
      </p>
      <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {steps.map((each, index) => {
          const done = index < steps.indexOf(current)
          const label = stepLabel(t, each)
          return (
            <li
              key={each}
              aria-current={each === current ? 'step' : undefined}
              className={each === current ? 'font-semibold' : ''}
            >
              {done ? (
                <button
                  type="button"
                  className="underline underline-offset-4 hover:text-primary"
                  onClick={() => onGoTo(each)}
                >
                  {label}
                </button>
              ) : (
                <span className={each === current ? '' : 'text-muted-foreground'}>{label}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

function stepLabel(t: Translator<'booking'>, step: WizardStep): string {
  switch (step) {
    case 'service':
      return t('stepService')
    case 'options':
      return t('stepOptions')
    case 'staff':
      return t('stepStaff')
    case 'day':
      return t('stepDay')
    case 'time':
      return t('stepTime')
    case 'details':
      return t('stepDetails')
    case 'review':
      return t('stepReview')
  }
}
