import type { Translator } from '~/i18n/translator'

/** An audit action in the reader's language, or null for one this page does not know (the caller words it). */
export function historyActionText(t: Translator<'adminClients'>, action: string): string | null {
  switch (action) {
    case 'client.created':
      return t('actionCreated')
    case 'client.updated':
      return t('actionUpdated')
    case 'client.profile_updated':
      return t('actionProfileUpdated')
    case 'client.archived':
      return t('actionArchived')
    case 'client.unarchived':
      return t('actionUnarchived')
    case 'client.invited':
      return t('actionInvited')
    case 'client.joined':
      return t('actionJoined')
    case 'client.linked':
      return t('actionLinked')
    default:
      return null
  }
}
