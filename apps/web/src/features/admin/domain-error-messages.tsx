'use client'
import type { DomainErrorMessages } from '@portail/i18n'
import { errorMessageIn } from '@portail/i18n/error-message-in'
import { createContext, type ReactNode, useContext } from 'react'

const DomainErrorMessagesContext = createContext<DomainErrorMessages | null>(null)

/**
 * Hands the staff area's forms the refusal and input-check messages of the reader's language only:
 * the server layout passes `domainErrorCatalogs[locale]`, so the other language never reaches the
 * browser.
 */
export function DomainErrorMessagesProvider({
  messages,
  children,
}: {
  messages: DomainErrorMessages
  children: ReactNode
}) {
  return <DomainErrorMessagesContext value={messages}>{children}</DomainErrorMessagesContext>
}

/**
 * For the kit's Form: our validators' messages are keys (input.phoneInvalid...), worded here in the
 * reader's language like the server words them; anything else is already text. Outside a provider
 * (a component rendered alone in a test) a key is shown as it is.
 */
export function useTranslateErrorKey(): (message: string) => string {
  const messages = useContext(DomainErrorMessagesContext)
  return (message) => (messages ? errorMessageIn(messages, message) : undefined) ?? message
}
