import { invoiceErrorsFr } from './invoice-errors'
import { paymentErrorsFr } from './payment-errors'
/**
 * The messages of domain errors and input checks, in French (the reference: en has the same keys).
 * A key is chosen at run time (core's DomainError, a validator's issue), never by a literal t() call,
 * so these sit outside `catalogs`: see ../../domain-errors.ts.
 */
export const domainErrorsFr = {
  ...invoiceErrorsFr,
  ...paymentErrorsFr,
  tenant: {
    notFound: 'Ce portail n’existe pas.',
    suspended: 'Ce portail est temporairement indisponible.',
    alreadySuspended: 'Ce portail est déjà suspendu ; rien n’a été modifié.',
    alreadyActive: 'Ce portail est déjà actif ; rien n’a été modifié.',
    logoEmpty: 'Le fichier est vide : choisissez l’image de votre logo. Rien n’a été enregistré.',
    logoTooLarge: 'Ce logo dépasse 1 Mo : réduisez-le ou exportez-le en WebP ou en JPEG. Rien n’a été enregistré.',
    logoType: 'Ce fichier n’est pas une image PNG, JPEG ou WebP (le SVG n’est pas accepté). Rien n’a été enregistré.',
    logoDimensions: 'Le logo doit mesurer de 16 à 4096 pixels de côté. Rien n’a été enregistré.',
  },
  auth: {
    signInRequired: 'Veuillez vous connecter.',
    notMember: 'Vous ne faites pas partie de l’équipe de cette entreprise.',
    notClient: 'Vous n’êtes pas client de cette entreprise.',
    permissionDenied: 'Votre rôle ne permet pas cette action.',
    secondFactorRequired:
      'Cette action doit être confirmée : saisissez le code que nous envoyons à votre adresse courriel, puis réessayez.',
    operatorOnly: 'Réservé aux opérateurs de la plateforme.',
    platformHostOnly: 'La console de la plateforme n’est accessible que depuis son domaine.',
    nameInvalid: 'Indiquez votre nom (de 1 à 100 caractères).',
    nameIsEmail: 'Indiquez votre nom, pas votre adresse courriel.',
  },
  client: {
    notFound: 'Client introuvable.',
    hasRecords:
      'Ce client a des dossiers liés (rendez-vous, factures, messages…) : archivez-le plutôt que de le supprimer.',
    emailTaken: 'Un autre client utilise déjà ce courriel.',
    noEmail: 'Ajoutez d’abord une adresse courriel à ce client.',
    alreadyLinked: 'Ce client a déjà un compte sur le portail.',
    archived: 'Ce client est archivé ; réactivez-le avant de l’inviter.',
  },
  team: {
    memberNotFound: 'Ce membre de l’équipe est introuvable.',
    lastOwner: 'L’entreprise doit garder au moins un propriétaire : nommez-en un autre d’abord.',
    ownerProtected: 'Seul un propriétaire peut retirer un propriétaire de l’équipe.',
    roleUnchanged: 'Ce membre a déjà ce rôle ; rien n’a été modifié.',
    displayNameRequired: 'Saisissez un nom public, ou effacez-le pour revenir au prénom.',
    displayNameTooLong: 'Le nom public compte au plus 60 caractères.',
    displayNameNoEmail:
      'Le nom public ne peut pas contenir d’adresse courriel (pas de « @ ») : il est visible de tous.',
    displayNameOthers: 'Seuls un propriétaire ou un administrateur choisissent le nom public d’un autre membre.',
    directoryFailed:
      'Le service de connexion n’a pas pu enregistrer ce changement d’équipe ; rien n’a été modifié. Réessayez dans un moment.',
    hasBookings: 'Ce membre a des rendez-vous : réassignez-les ou annulez-les avant de le retirer de l’équipe.',
  },
  onboarding: {
    slugInvalid:
      'Adresse invalide : de 3 à 63 caractères, lettres minuscules sans accent, chiffres et traits d’union (pas au début ni à la fin).',
    slugReserved: 'Cette adresse est réservée à la plateforme ; choisissez-en une autre.',
    slugTaken: 'Une autre entreprise utilise déjà cette adresse ; choisissez-en une autre. Rien n’a été créé.',
    directoryFailed:
      'Le service de connexion n’a pas pu créer votre organisation ; rien n’a été créé. Réessayez dans un moment.',
    organizationTaken: 'Cette organisation a déjà son entreprise sur la plateforme. Rien n’a été créé.',
    nameInvalid: 'Le nom de l’entreprise doit compter de 2 à 100 caractères.',
    tradeInvalid: 'Choisissez un secteur d’activité de la liste.',
    timeZoneInvalid: 'Fuseau horaire inconnu (ex. : America/Toronto).',
    rootDomainOnly:
      'Une entreprise se crée depuis le site principal de la plateforme, pas depuis le portail d’une entreprise.',
  },
  settings: {
    colorInvalid: 'Couleur invalide : six chiffres hexadécimaux précédés de #, par ex. #1d4ed8.',
  },
  invitation: {
    notFound: 'Ce lien d’invitation n’est pas valide. Demandez une nouvelle invitation à l’entreprise.',
    expired: 'Cette invitation a expiré. Demandez à l’entreprise de vous la renvoyer.',
    revoked: 'Cette invitation a été annulée par l’entreprise.',
    used: 'Cette invitation a déjà été acceptée.',
    wrongEmail:
      'Cette invitation a été envoyée à une autre adresse courriel. Connectez-vous avec l’adresse qui l’a reçue.',
    alreadyPending: 'Une invitation est déjà en attente pour cette adresse ; renvoyez-la plutôt.',
    alreadyMember: 'Cette personne fait déjà partie de l’équipe.',
    adminNeedsOwner: 'Seul un propriétaire peut inviter un administrateur.',
    notPending: 'Cette invitation n’est plus en attente (acceptée ou annulée) ; rien n’a été modifié.',
  },
  portal: {
    privacyNoticeRequired: 'Pour continuer, acceptez la politique de confidentialité de l’entreprise.',
    privacyNoticeChanged:
      'La politique de confidentialité vient d’être mise à jour : relisez-la, puis acceptez-la de nouveau.',
    alreadyJoined: 'Vous êtes déjà client de cette entreprise.',
    staffMember: 'Vous faites partie de l’équipe de cette entreprise : utilisez l’espace de gestion.',
    emailUnverified: 'Votre adresse courriel n’est pas encore confirmée. Confirmez-la, puis réessayez.',
    emailLinkedElsewhere:
      'Un autre compte est déjà associé au dossier client de cette adresse. Contactez l’entreprise.',
    recordArchived: 'Votre dossier client auprès de cette entreprise est fermé. Contactez l’entreprise.',
  },
  booking: {
    invalidDate: 'Date invalide (ex. : 2026-07-06).',
    invalidStart: 'Heure de début invalide.',
    invalidIdempotencyKey: 'Identifiant de demande invalide : rechargez la page et réessayez.',
    serviceNotFound: 'Ce service n’existe pas ou n’est plus offert.',
    optionNotFound: 'Une option choisie n’est pas offerte avec ce service.',
    staffNotAvailable: 'Cette personne n’offre pas ce service.',
    durationTooLong: 'Avec ces options, le rendez-vous dépasse une journée : retirez-en.',
    slotUnavailable:
      'Cette plage horaire n’est pas offerte (passée, hors des heures ou hors de la période de réservation) : choisissez-en une autre.',
    slotTaken: 'Cette plage horaire vient d’être réservée par quelqu’un d’autre : voici les prochaines disponibles.',
    depositInvalid:
      'Un acompte est requis avec la règle « acompte », et seulement avec elle ; il ne peut dépasser le prix.',
    hoursInvalid: 'Heures invalides : l’heure de fin doit suivre l’heure de début (HH:MM).',
    hoursOverlap: 'Deux plages horaires du même jour se chevauchent.',
    reminderOrder:
      'Le second rappel doit venir plus près du rendez-vous que le premier (moins d’heures), ou valoir 0 pour le désactiver.',
    staffNotMember: 'Cette personne ne fait pas partie de l’équipe.',
    overrideNotFound: 'Exception d’horaire introuvable.',
    optionMissing: 'Option introuvable.',
    notActive: 'Ce rendez-vous est déjà annulé, terminé ou marqué absent : il ne peut plus être changé.',
    alreadyStarted: 'Ce rendez-vous a déjà commencé : communiquez avec l’entreprise pour le changer.',
    cancelTooLate: 'Ce rendez-vous ne peut plus être annulé en ligne : communiquez avec l’entreprise.',
    rescheduleTooLate:
      'La période pour déplacer ce rendez-vous sans frais est terminée : communiquez avec l’entreprise pour le changer.',
    rescheduleLimitReached:
      'Ce rendez-vous a déjà été déplacé le nombre de fois permis : communiquez avec l’entreprise.',
    policyChanged:
      'Les conditions d’annulation ont changé pendant que la fenêtre était ouverte : vérifiez les nouveaux frais avant de confirmer.',
    notStartedYet: 'Ce rendez-vous n’a pas encore commencé : il ne peut pas encore être marqué terminé ou absent.',
    changeReasonRequired: 'Indiquez la raison de ce changement (elle est conservée dans l’historique).',
    changeReasonTooLong: 'La raison ne peut dépasser 500 caractères.',
    notFound: 'Rendez-vous introuvable.',
    invalidRange: 'Période invalide : la fin doit suivre le début, au plus 42 jours plus tard.',
    reasonRequired: 'Indiquez pourquoi ce rendez-vous est placé hors des règles habituelles.',
    invalidSeriesEnd: 'La date de fin de la série doit suivre le premier rendez-vous, au plus un an plus tard.',
    seriesEmpty: 'Aucun rendez-vous de cette série n’a pu être placé : rien n’a été créé.',
  },
  notification: {
    notFound: 'Notification introuvable.',
    quietHoursInvalid: 'Heure invalide : utilisez le format HH:MM (ex. : 21:00).',
    quietHoursEmpty: 'Les heures de silence doivent finir à une autre heure qu’elles ne commencent.',
    smsNeedsPhone: 'Ajoutez d’abord un numéro de téléphone à votre profil pour recevoir des textos.',
  },
  pagination: {
    invalidCursor: 'La position dans la liste n’est plus valide ; rechargez la liste.',
  },
  input: {
    invalid: 'Certaines informations sont invalides.',
    required: 'Ce champ est obligatoire.',
    wrongType: 'Cette valeur n’est pas du bon type.',
    phoneInvalid: 'Numéro de téléphone invalide (ex. : 514 555-0100).',
    pushEndpointInvalid: 'Ce navigateur n’a pas donné une adresse de notification reconnue.',
    pushKeyInvalid: 'Les clés de notification de ce navigateur sont invalides.',
    postalCodeInvalid: 'Code postal invalide (ex. : H2X 1Y4).',
    controlCharacter:
      'Ce texte contient un caractère invisible non permis (saut de ligne, tabulation ou caractère de contrôle) : retirez-le.',
    dateOutOfRange: 'Choisissez une date entre l’an 2000 et l’an 2100.',
    nothingToUpdate: 'Aucune modification à enregistrer.',
    batchTooLarge:
      'Trop d’opérations dans une même requête (20 au plus) ; aucune n’a été faite. Envoyez-les en plusieurs fois.',
  },
  rateLimit: {
    tooMany:
      'Vous avez fait cette action trop de fois en peu de temps ; rien n’a été modifié. Réessayez un peu plus tard.',
  },
  internal: {
    unexpected: 'Une erreur inattendue est survenue. Veuillez réessayer.',
  },
}
