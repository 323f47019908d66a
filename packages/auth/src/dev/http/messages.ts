import type { SignInRefusal } from '../verify-sign-in-code'
import type { StepUpRefusal } from '../verify-step-up-code'

export type Locale = 'fr' | 'en'
export type ErrorCode = SignInRefusal | StepUpRefusal | 'invalid-input' | 'unsupported-media-type' | 'rate-limited'

const messages: Record<ErrorCode, Record<Locale, string>> = {
  'invalid-input': { fr: 'Vérifiez l’adresse courriel et le code.', en: 'Check the email address and the code.' },
  'unsupported-media-type': { fr: 'La requête doit être en JSON.', en: 'The request must be JSON.' },
  'no-code': { fr: 'Demandez d’abord un code de connexion.', en: 'Ask for a sign-in code first.' },
  'wrong-code': { fr: 'Ce code n’est pas le bon.', en: 'That code is not the right one.' },
  expired: { fr: 'Ce code a expiré : demandez-en un nouveau.', en: 'This code has expired: ask for a new one.' },
  consumed: {
    fr: 'Ce code a déjà servi : demandez-en un nouveau.',
    en: 'This code was already used: ask for a new one.',
  },
  locked: {
    fr: 'Trop d’essais avec ce code : demandez-en un nouveau.',
    en: 'Too many tries with this code: ask for a new one.',
  },
  'rate-limited': {
    fr: 'Trop de demandes : réessayez dans quelques minutes.',
    en: 'Too many requests: try again in a few minutes.',
  },
  'not-signed-in': {
    fr: 'Connectez-vous d’abord : la confirmation vaut pour une session ouverte.',
    en: 'Sign in first: confirmation applies to a signed-in session.',
  },
  'account-unavailable': {
    fr: 'Ce compte ne peut pas se connecter ici.',
    en: 'This account cannot sign in here.',
  },
}

export const errorMessage = (code: ErrorCode, locale: Locale) => messages[code][locale]

/** The locale the body asks for, else the first one Accept-Language names, else French. */
export function pickLocale(requested: Locale | undefined, acceptLanguage: string | null): Locale {
  if (requested) return requested
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'fr'
}
