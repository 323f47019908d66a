/**
 * Human messages for domain error keys, in both portal languages. Small and local until the
 * i18n package exists; the keys are stable and the UI may translate them itself.
 */
export const errorMessages = {
  'tenant.notFound': { fr: 'Ce portail n’existe pas.', en: 'This portal does not exist.' },
  'tenant.suspended': {
    fr: 'Ce portail est temporairement indisponible.',
    en: 'This portal is temporarily unavailable.',
  },
  'tenant.alreadySuspended': {
    fr: 'Ce portail est déjà suspendu ; rien n’a été modifié.',
    en: 'This portal is already suspended; nothing was changed.',
  },
  'tenant.alreadyActive': {
    fr: 'Ce portail est déjà actif ; rien n’a été modifié.',
    en: 'This portal is already active; nothing was changed.',
  },
  'auth.signInRequired': { fr: 'Veuillez vous connecter.', en: 'Please sign in.' },
  'auth.notMember': {
    fr: 'Vous ne faites pas partie de l’équipe de cette entreprise.',
    en: 'You are not a member of this business.',
  },
  'auth.notClient': { fr: 'Vous n’êtes pas client de cette entreprise.', en: 'You are not a client of this business.' },
  'auth.permissionDenied': {
    fr: 'Votre rôle ne permet pas cette action.',
    en: 'Your role does not allow this action.',
  },
  'auth.secondFactorRequired': {
    fr: 'Cette action doit être confirmée : saisissez le code que nous envoyons à votre adresse courriel, puis réessayez.',
    en: 'This action needs confirming: enter the code we send to your email address, then try again.',
  },
  'auth.operatorOnly': { fr: 'Réservé aux opérateurs de la plateforme.', en: 'Platform operators only.' },
  'auth.platformHostOnly': {
    fr: 'La console de la plateforme n’est accessible que depuis son domaine.',
    en: 'The platform console is only available on its own domain.',
  },
  'client.notFound': { fr: 'Client introuvable.', en: 'Client not found.' },
  'client.hasRecords': {
    fr: 'Ce client a des dossiers liés (rendez-vous, factures, messages…) : archivez-le plutôt que de le supprimer.',
    en: 'This client has related records (bookings, invoices, messages…): archive it instead of deleting it.',
  },
  'team.memberNotFound': { fr: 'Ce membre de l’équipe est introuvable.', en: 'Team member not found.' },
  'team.lastOwner': {
    fr: 'L’entreprise doit garder au moins un propriétaire : nommez-en un autre d’abord.',
    en: 'The business must keep at least one owner: make someone else an owner first.',
  },
  'team.ownerProtected': {
    fr: 'Seul un propriétaire peut retirer un propriétaire de l’équipe.',
    en: 'Only an owner can remove an owner from the team.',
  },
  'team.roleUnchanged': {
    fr: 'Ce membre a déjà ce rôle ; rien n’a été modifié.',
    en: 'This member already has that role; nothing was changed.',
  },
  'client.emailTaken': {
    fr: 'Un autre client utilise déjà ce courriel.',
    en: 'Another client already uses this email.',
  },
  'pagination.invalidCursor': {
    fr: 'La position dans la liste n’est plus valide ; rechargez la liste.',
    en: 'The list position is no longer valid; reload the list.',
  },
  'input.invalid': { fr: 'Certaines informations sont invalides.', en: 'Some of the information is invalid.' },
  'input.required': { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  'input.wrongType': { fr: 'Cette valeur n’est pas du bon type.', en: 'This value is not of the right type.' },
  'input.phoneInvalid': {
    fr: 'Numéro de téléphone invalide (ex. : 514 555-0100).',
    en: 'Invalid phone number (e.g. 514 555-0100).',
  },
  'input.postalCodeInvalid': { fr: 'Code postal invalide (ex. : H2X 1Y4).', en: 'Invalid postal code (e.g. H2X 1Y4).' },
  'input.nothingToUpdate': { fr: 'Aucune modification à enregistrer.', en: 'There is nothing to update.' },
  'internal.unexpected': {
    fr: 'Une erreur inattendue est survenue. Veuillez réessayer.',
    en: 'Something went wrong. Please try again.',
  },
} as const satisfies Record<string, { fr: string; en: string }>

export type ErrorMessageKey = keyof typeof errorMessages
export type MessageLocale = 'fr' | 'en'

export function errorMessage(key: ErrorMessageKey, locale: MessageLocale): string {
  return errorMessages[key][locale]
}
