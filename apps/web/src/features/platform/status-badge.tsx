import { Badge } from '@portail/ui/badge'
import type { Translator } from '~/i18n/translator'

/** A business's status in words (never colour alone). */
export function StatusBadge({ status, t }: { status: 'active' | 'suspended'; t: Translator<'platform'> }) {
  return status === 'active' ? (
    <Badge variant="success">{t('statusActive')}</Badge>
  ) : (
    <Badge variant="destructive">{t('statusSuspended')}</Badge>
  )
}
