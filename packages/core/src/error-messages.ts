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
  'team.displayNameRequired': {
    fr: 'Saisissez un nom public, ou effacez-le pour revenir au prénom.',
    en: 'Enter a public name, or clear it to go back to the first name.',
  },
  'team.displayNameTooLong': { fr: 'Le nom public compte au plus 60 caractères.', en: 'The public name is at most 60 characters.' },
  'team.displayNameNoEmail': {
    fr: 'Le nom public ne peut pas contenir d’adresse courriel (pas de « @ ») : il est visible de tous.',
    en: 'The public name cannot contain an email address (no “@”): everyone can see it.',
  },
  'team.displayNameOthers': {
    fr: 'Seuls un propriétaire ou un administrateur choisissent le nom public d’un autre membre.',
    en: 'Only an owner or an admin can choose another member’s public name.',
  },
  'team.directoryFailed': {
    fr: 'Le service de connexion n’a pas pu enregistrer ce changement d’équipe ; rien n’a été modifié. Réessayez dans un moment.',
    en: 'The sign-in service could not record this team change; nothing was changed. Try again in a moment.',
  },
  'client.emailTaken': {
    fr: 'Un autre client utilise déjà ce courriel.',
    en: 'Another client already uses this email.',
  },
  'onboarding.slugInvalid': {
    fr: 'Adresse invalide : de 3 à 63 caractères, lettres minuscules sans accent, chiffres et traits d’union (pas au début ni à la fin).',
    en: 'Invalid address: 3 to 63 characters, lowercase letters without accents, digits and hyphens (not at the start or end).',
  },
  'onboarding.slugReserved': {
    fr: 'Cette adresse est réservée à la plateforme ; choisissez-en une autre.',
    en: 'This address is reserved by the platform; choose another one.',
  },
  'onboarding.slugTaken': {
    fr: 'Une autre entreprise utilise déjà cette adresse ; choisissez-en une autre. Rien n’a été créé.',
    en: 'Another business already uses this address; choose another one. Nothing was created.',
  },
  'onboarding.directoryFailed': {
    fr: 'Le service de connexion n’a pas pu créer votre organisation ; rien n’a été créé. Réessayez dans un moment.',
    en: 'The sign-in service could not create your organization; nothing was created. Try again in a moment.',
  },
  'onboarding.organizationTaken': {
    fr: 'Cette organisation a déjà son entreprise sur la plateforme. Rien n’a été créé.',
    en: 'This organization already has its business on the platform. Nothing was created.',
  },
  'onboarding.nameInvalid': {
    fr: 'Le nom de l’entreprise doit compter de 2 à 100 caractères.',
    en: 'The business name must be 2 to 100 characters long.',
  },
  'onboarding.tradeInvalid': { fr: 'Choisissez un secteur d’activité de la liste.', en: 'Choose a trade from the list.' },
  'tenant.logoEmpty': {
    fr: 'Le fichier est vide : choisissez l’image de votre logo. Rien n’a été enregistré.',
    en: 'The file is empty: choose your logo image. Nothing was saved.',
  },
  'tenant.logoTooLarge': {
    fr: 'Ce logo dépasse 1 Mo : réduisez-le ou exportez-le en WebP ou en JPEG. Rien n’a été enregistré.',
    en: 'This logo is larger than 1 MB: shrink it or export it as WebP or JPEG. Nothing was saved.',
  },
  'tenant.logoType': {
    fr: 'Ce fichier n’est pas une image PNG, JPEG ou WebP (le SVG n’est pas accepté). Rien n’a été enregistré.',
    en: 'This file is not a PNG, JPEG or WebP image (SVG is not accepted). Nothing was saved.',
  },
  'tenant.logoDimensions': {
    fr: 'Le logo doit mesurer de 16 à 4096 pixels de côté. Rien n’a été enregistré.',
    en: 'The logo must be 16 to 4096 pixels on each side. Nothing was saved.',
  },
  'settings.colorInvalid': {
    fr: 'Couleur invalide : six chiffres hexadécimaux précédés de #, par ex. #1d4ed8.',
    en: 'Invalid colour: # followed by six hexadecimal digits, e.g. #1d4ed8.',
  },
  'onboarding.timeZoneInvalid': {
    fr: 'Fuseau horaire inconnu (ex. : America/Toronto).',
    en: 'Unknown time zone (e.g. America/Toronto).',
  },
  'onboarding.rootDomainOnly': {
    fr: 'Une entreprise se crée depuis le site principal de la plateforme, pas depuis le portail d’une entreprise.',
    en: 'A business is created from the platform’s main site, not from a business’s portal.',
  },
  'invitation.notFound': {
    fr: 'Ce lien d’invitation n’est pas valide. Demandez une nouvelle invitation à l’entreprise.',
    en: 'This invitation link is not valid. Ask the business for a new invitation.',
  },
  'invitation.expired': {
    fr: 'Cette invitation a expiré. Demandez à l’entreprise de vous la renvoyer.',
    en: 'This invitation has expired. Ask the business to send it again.',
  },
  'invitation.revoked': {
    fr: 'Cette invitation a été annulée par l’entreprise.',
    en: 'This invitation was cancelled by the business.',
  },
  'invitation.used': {
    fr: 'Cette invitation a déjà été acceptée.',
    en: 'This invitation has already been accepted.',
  },
  'invitation.wrongEmail': {
    fr: 'Cette invitation a été envoyée à une autre adresse courriel. Connectez-vous avec l’adresse qui l’a reçue.',
    en: 'This invitation was sent to another email address. Sign in with the address that received it.',
  },
  'invitation.alreadyPending': {
    fr: 'Une invitation est déjà en attente pour cette adresse ; renvoyez-la plutôt.',
    en: 'An invitation is already pending for this address; resend it instead.',
  },
  'invitation.alreadyMember': {
    fr: 'Cette personne fait déjà partie de l’équipe.',
    en: 'This person is already a member of the team.',
  },
  'invitation.adminNeedsOwner': {
    fr: 'Seul un propriétaire peut inviter un administrateur.',
    en: 'Only an owner can invite an admin.',
  },
  'invitation.notPending': {
    fr: 'Cette invitation n’est plus en attente (acceptée ou annulée) ; rien n’a été modifié.',
    en: 'This invitation is no longer pending (accepted or cancelled); nothing was changed.',
  },
  'portal.privacyNoticeRequired': {
    fr: 'Pour continuer, acceptez la politique de confidentialité de l’entreprise.',
    en: 'To continue, accept the business’s privacy notice.',
  },
  'portal.privacyNoticeChanged': {
    fr: 'La politique de confidentialité vient d’être mise à jour : relisez-la, puis acceptez-la de nouveau.',
    en: 'The privacy notice has just been updated: read it again, then accept it.',
  },
  'portal.alreadyJoined': {
    fr: 'Vous êtes déjà client de cette entreprise.',
    en: 'You are already a client of this business.',
  },
  'portal.staffMember': {
    fr: 'Vous faites partie de l’équipe de cette entreprise : utilisez l’espace de gestion.',
    en: 'You are a member of this business’s team: use the admin area.',
  },
  'portal.emailUnverified': {
    fr: 'Votre adresse courriel n’est pas encore confirmée. Confirmez-la, puis réessayez.',
    en: 'Your email address is not confirmed yet. Confirm it, then try again.',
  },
  'portal.emailLinkedElsewhere': {
    fr: 'Un autre compte est déjà associé au dossier client de cette adresse. Contactez l’entreprise.',
    en: 'Another account is already linked to the client record for this address. Contact the business.',
  },
  'portal.recordArchived': {
    fr: 'Votre dossier client auprès de cette entreprise est fermé. Contactez l’entreprise.',
    en: 'Your client record with this business is closed. Contact the business.',
  },
  'client.noEmail': {
    fr: 'Ajoutez d’abord une adresse courriel à ce client.',
    en: 'Add an email address to this client first.',
  },
  'client.alreadyLinked': {
    fr: 'Ce client a déjà un compte sur le portail.',
    en: 'This client already has an account on the portal.',
  },
  'client.archived': {
    fr: 'Ce client est archivé ; réactivez-le avant de l’inviter.',
    en: 'This client is archived; restore it before inviting it.',
  },
  'booking.invalidDate': { fr: 'Date invalide (ex. : 2026-07-06).', en: 'Invalid date (e.g. 2026-07-06).' },
  'booking.invalidStart': { fr: 'Heure de début invalide.', en: 'Invalid start time.' },
  'booking.invalidIdempotencyKey': {
    fr: 'Identifiant de demande invalide : rechargez la page et réessayez.',
    en: 'Invalid request identifier: reload the page and try again.',
  },
  'booking.serviceNotFound': {
    fr: 'Ce service n’existe pas ou n’est plus offert.',
    en: 'This service does not exist or is no longer offered.',
  },
  'booking.optionNotFound': {
    fr: 'Une option choisie n’est pas offerte avec ce service.',
    en: 'A chosen option is not offered with this service.',
  },
  'booking.staffNotAvailable': {
    fr: 'Cette personne n’offre pas ce service.',
    en: 'This person does not offer this service.',
  },
  'booking.durationTooLong': {
    fr: 'Avec ces options, le rendez-vous dépasse une journée : retirez-en.',
    en: 'With these options the appointment would last more than a day: remove some.',
  },
  'booking.slotUnavailable': {
    fr: 'Cette plage horaire n’est pas offerte (passée, hors des heures ou hors de la période de réservation) : choisissez-en une autre.',
    en: 'This time is not offered (past, outside working hours or outside the booking window): choose another one.',
  },
  'booking.slotTaken': {
    fr: 'Cette plage horaire vient d’être réservée par quelqu’un d’autre : voici les prochaines disponibles.',
    en: 'Someone else just booked this time: here are the next available ones.',
  },
  'team.hasBookings': {
    fr: 'Ce membre a des rendez-vous : réassignez-les ou annulez-les avant de le retirer de l’équipe.',
    en: 'This member has appointments: reassign or cancel them before removing them from the team.',
  },
  'booking.depositInvalid': {
    fr: 'Un acompte est requis avec la règle « acompte », et seulement avec elle ; il ne peut dépasser le prix.',
    en: 'A deposit is needed with the "deposit" rule, and only with it; it cannot exceed the price.',
  },
  'booking.hoursInvalid': {
    fr: 'Heures invalides : l’heure de fin doit suivre l’heure de début (HH:MM).',
    en: 'Invalid hours: the end time must come after the start time (HH:MM).',
  },
  'booking.hoursOverlap': {
    fr: 'Deux plages horaires du même jour se chevauchent.',
    en: 'Two time spans of the same day overlap.',
  },
  'booking.staffNotMember': {
    fr: 'Cette personne ne fait pas partie de l’équipe.',
    en: 'This person is not a member of the team.',
  },
  'booking.overrideNotFound': { fr: 'Exception d’horaire introuvable.', en: 'Schedule exception not found.' },
  'booking.optionMissing': { fr: 'Option introuvable.', en: 'Option not found.' },
  'booking.notActive': {
    fr: 'Ce rendez-vous est déjà annulé, terminé ou marqué absent : il ne peut plus être changé.',
    en: 'This appointment is already cancelled, completed or marked as a no-show: it can no longer be changed.',
  },
  'booking.alreadyStarted': {
    fr: 'Ce rendez-vous a déjà commencé : communiquez avec l’entreprise pour le changer.',
    en: 'This appointment has already started: contact the business to change it.',
  },
  'booking.cancelTooLate': {
    fr: 'Ce rendez-vous ne peut plus être annulé en ligne : communiquez avec l’entreprise.',
    en: 'This appointment can no longer be cancelled online: contact the business.',
  },
  'booking.rescheduleTooLate': {
    fr: 'La période pour déplacer ce rendez-vous sans frais est terminée : communiquez avec l’entreprise pour le changer.',
    en: 'The period to move this appointment free of charge has ended: contact the business to change it.',
  },
  'booking.rescheduleLimitReached': {
    fr: 'Ce rendez-vous a déjà été déplacé le nombre de fois permis : communiquez avec l’entreprise.',
    en: 'This appointment has already been moved as many times as allowed: contact the business.',
  },
  'booking.policyChanged': {
    fr: 'Les conditions d’annulation ont changé pendant que la fenêtre était ouverte : vérifiez les nouveaux frais avant de confirmer.',
    en: 'The cancellation terms changed while the window was open: check the new fee before confirming.',
  },
  'booking.notStartedYet': {
    fr: 'Ce rendez-vous n’a pas encore commencé : il ne peut pas encore être marqué terminé ou absent.',
    en: 'This appointment has not started yet: it cannot be marked completed or no-show yet.',
  },
  'booking.changeReasonRequired': {
    fr: 'Indiquez la raison de ce changement (elle est conservée dans l’historique).',
    en: 'Give the reason for this change (it is kept in the history).',
  },
  'booking.changeReasonTooLong': {
    fr: 'La raison ne peut dépasser 500 caractères.',
    en: 'The reason cannot exceed 500 characters.',
  },
  'booking.notFound': { fr: 'Rendez-vous introuvable.', en: 'Appointment not found.' },
  'booking.invalidRange': {
    fr: 'Période invalide : la fin doit suivre le début, au plus 42 jours plus tard.',
    en: 'Invalid period: the end must follow the start, at most 42 days later.',
  },
  'booking.reasonRequired': {
    fr: 'Indiquez pourquoi ce rendez-vous est placé hors des règles habituelles.',
    en: 'Say why this appointment is placed outside the usual rules.',
  },
  'booking.invalidSeriesEnd': {
    fr: 'La date de fin de la série doit suivre le premier rendez-vous, au plus un an plus tard.',
    en: 'The series end date must follow the first appointment, at most a year later.',
  },
  'booking.seriesEmpty': {
    fr: 'Aucun rendez-vous de cette série n’a pu être placé : rien n’a été créé.',
    en: 'No appointment of this series could be placed: nothing was created.',
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
  'input.controlCharacter': {
    fr: 'Ce texte contient un caractère invisible non permis (saut de ligne, tabulation ou caractère de contrôle) : retirez-le.',
    en: 'This text contains an invisible character that is not allowed (line break, tab or control character): remove it.',
  },
  'input.dateOutOfRange': {
    fr: 'Choisissez une date entre l’an 2000 et l’an 2100.',
    en: 'Choose a date between the years 2000 and 2100.',
  },
  'input.nothingToUpdate': { fr: 'Aucune modification à enregistrer.', en: 'There is nothing to update.' },
  'input.batchTooLarge': {
    fr: 'Trop d’opérations dans une même requête (20 au plus) ; aucune n’a été faite. Envoyez-les en plusieurs fois.',
    en: 'Too many operations in one request (20 at most); none was done. Send them in several requests.',
  },
  'rateLimit.tooMany': {
    fr: 'Vous avez fait cette action trop de fois en peu de temps ; rien n’a été modifié. Réessayez un peu plus tard.',
    en: 'You did this too many times in a short while; nothing was changed. Try again a little later.',
  },
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
