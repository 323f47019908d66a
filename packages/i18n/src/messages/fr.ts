import { adminBookingFr } from './fr/admin-booking'
import { bookingFr } from './fr/booking'
import { adminFr } from './fr/admin'
import { platformFr } from './fr/platform'
import { portalFr } from './fr/portal'
import { timeZonesFr } from './fr/time-zones'
import { notificationsFr } from './fr/notifications'
import { pwaFr } from './fr/pwa'
import { pushFr } from './fr/push'
import { deliveryPreferencesFr } from './fr/delivery-preferences'
import { paymentSimulatorFr } from './fr/payment-simulator'

/**
 * French messages, the reference catalog: en.ts must have exactly these keys (a test and the
 * `Messages` type both check). ICU message syntax; apostrophes are typographic (’) because a
 * straight ' is ICU's quote character.
 */
export const fr = {
  ...adminFr,
  ...portalFr,
  ...platformFr,
  ...bookingFr,
  ...adminBookingFr,
  ...timeZonesFr,
  ...notificationsFr,
  ...pwaFr,
  ...pushFr,
  ...deliveryPreferencesFr,
  ...paymentSimulatorFr,
  common: {
    brand: 'Portail',
    skipToContent: 'Aller au contenu',
    otherLanguage: 'English',
    otherLanguageHint: 'Afficher cette page en anglais',
    homeLink: 'Accueil',
  },
  landing: {
    metaDescription: 'Le portail client bilingue des entreprises de services.',
    title: 'Le portail client des entreprises de services',
    intro:
      'Piscines, paysagement, cliniques, salons, comptables : chaque entreprise obtient son propre portail bilingue, à sa propre adresse.',
    featuresTitle: 'Ce que vos clients y font',
    featureBook: 'Réserver un service à une heure libre',
    featurePay: 'Payer en ligne et retrouver leurs factures',
    featureMessages: 'Écrire à l’entreprise et échanger des documents',
    isolationTitle: 'Les données de chaque entreprise restent les siennes',
    isolation:
      'Chaque entreprise et chaque client ne voient que leurs propres dossiers : la base de données elle-même l’impose.',
  },
  tenant: {
    descriptionPlaceholder: '{business} présentera bientôt ses services ici.',
    clientsTitle: 'Vous êtes client ?',
    clientsBody: 'Connectez-vous pour retrouver vos rendez-vous, vos factures et vos messages.',
    signInCta: 'Se connecter',
    portalCta: 'Aller à mon espace',
    servicesTitle: 'Services',
    servicesNone: 'Aucun service n’est encore offert en ligne.',
    servicePrice: 'Prix',
    serviceDuration: 'Durée',
    hoursTitle: 'Heures d’ouverture',
    hoursNote: 'Heures de l’entreprise ({timeZone}).',
    hoursNone: 'Les heures d’ouverture ne sont pas encore publiées.',
    hoursClosed: 'Fermé',
    hoursSpan: '{start} à {end}',
    contactTitle: 'Nous joindre',
    contactPhone: 'Téléphone',
    contactAddress: 'Adresse',
  },
  trades: {
    pool_care: 'Entretien de piscines',
    landscaping: 'Aménagement paysager',
    clinic: 'Clinique',
    salon: 'Salon',
    accounting: 'Comptabilité',
    consulting: 'Services-conseils',
    cleaning: 'Entretien ménager',
    other: 'Autre secteur',
  },
  auth: {
    signInTitle: 'Connexion',
    signInIntro: 'Entrez votre adresse courriel : nous vous enverrons un code de connexion.',
    accountSignInIntro: 'Connectez-vous à votre compte, ou créez-en un.',
    emailLabel: 'Adresse courriel',
    sendCode: 'Recevoir un code',
    sending: 'Envoi en cours…',
    codeSentTitle: 'Nous vous avons envoyé un code',
    codeSent:
      'Si un compte peut se connecter avec {email}, un code à six chiffres vient d’y être envoyé. Il expire dans 10 minutes.',
    codeLabel: 'Code à six chiffres',
    verify: 'Se connecter',
    verifying: 'Vérification…',
    otherEmail: 'Utiliser une autre adresse',
    networkError: 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.',
    signOut: 'Se déconnecter',
    signingOut: 'Déconnexion…',
    handoverUsed: 'Ce lien de connexion a déjà servi : il ne fonctionne qu’une fois. Connectez-vous avec votre courriel pour ouvrir votre administration.',
    handoverExpired: 'Ce lien de connexion a expiré : il ne fonctionne qu’une minute. Connectez-vous avec votre courriel pour ouvrir votre administration.',
    handoverInvalid: 'Ce lien de connexion n’est pas valide sur ce portail. Connectez-vous avec votre courriel pour ouvrir votre administration.',
  },
  unavailable: {
    unknownTitle: 'Portail introuvable',
    unknownBody: 'Aucune entreprise n’utilise cette adresse sur Portail. Vérifiez l’adresse ou contactez l’entreprise.',
    suspendedTitle: 'Portail suspendu',
    suspendedBody:
      'Le portail de cette entreprise est suspendu pour le moment. Pour vos rendez-vous ou factures, contactez directement l’entreprise.',
    outageTitle: 'Portail momentanément indisponible',
    outageBody: 'Nous ne pouvons pas afficher ce portail pour le moment. Réessayez dans quelques minutes.',
  },
  errors: {
    notFoundTitle: 'Page introuvable',
    notFoundBody: 'Cette page n’existe pas ou n’est plus disponible.',
  },
}
