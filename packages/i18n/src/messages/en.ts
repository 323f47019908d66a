import { adminBookingEn } from './en/admin-booking'
import { bookingEn } from './en/booking'
import { adminEn } from './en/admin'
import { platformEn } from './en/platform'
import { portalEn } from './en/portal'
import { timeZonesEn } from './en/time-zones'
import { notificationsEn } from './en/notifications'
import { pwaEn } from './en/pwa'
import { pushEn } from './en/push'
import { deliveryPreferencesEn } from './en/delivery-preferences'
import { paymentSimulatorEn } from './en/payment-simulator'
import type { Messages } from './messages'

/** English messages: the same keys as fr.ts, checked by the `Messages` type and by a test. */
export const en: Messages = {
  ...adminEn,
  ...portalEn,
  ...platformEn,
  ...bookingEn,
  ...adminBookingEn,
  ...timeZonesEn,
  ...notificationsEn,
  ...pwaEn,
  ...pushEn,
  ...deliveryPreferencesEn,
  ...paymentSimulatorEn,
  common: {
    brand: 'Portail',
    skipToContent: 'Skip to content',
    otherLanguage: 'Français',
    otherLanguageHint: 'Show this page in French',
    homeLink: 'Home',
  },
  landing: {
    metaDescription: 'The bilingual client portal for service businesses.',
    title: 'The client portal for service businesses',
    intro:
      'Pool care, landscaping, clinics, salons, accountants: each business gets its own bilingual portal, at its own address.',
    featuresTitle: 'What clients do there',
    featureBook: 'Book a service at a free time',
    featurePay: 'Pay online and find their invoices',
    featureMessages: 'Message the business and exchange documents',
    isolationTitle: 'Each business’s data stays its own',
    isolation: 'Each business and each client sees only their own records: the database itself enforces it.',
  },
  tenant: {
    descriptionPlaceholder: '{business} will soon present its services here.',
    clientsTitle: 'Already a client?',
    clientsBody: 'Sign in to find your appointments, invoices and messages.',
    signInCta: 'Sign in',
    portalCta: 'Go to my space',
    servicesTitle: 'Services',
    servicesNone: 'No service is offered online yet.',
    servicePrice: 'Price',
    serviceDuration: 'Duration',
    hoursTitle: 'Opening hours',
    hoursNote: 'Times on the business’s clock ({timeZone}).',
    hoursNone: 'Opening hours are not published yet.',
    hoursClosed: 'Closed',
    hoursSpan: '{start} to {end}',
    contactTitle: 'Contact',
    contactPhone: 'Phone',
    contactAddress: 'Address',
  },
  trades: {
    pool_care: 'Pool care',
    landscaping: 'Landscaping',
    clinic: 'Clinic',
    salon: 'Salon',
    accounting: 'Accounting',
    consulting: 'Consulting',
    cleaning: 'Cleaning',
    other: 'Other trade',
  },
  auth: {
    signInTitle: 'Sign in',
    signInIntro: 'Enter your email address: we will send you a sign-in code.',
    accountSignInIntro: 'Sign in to your account, or create one.',
    emailLabel: 'Email address',
    sendCode: 'Send me a code',
    sending: 'Sending…',
    codeSentTitle: 'We sent you a code',
    codeSent: 'If an account can sign in with {email}, a six-digit code was just sent there. It expires in 10 minutes.',
    codeLabel: 'Six-digit code',
    verify: 'Sign in',
    verifying: 'Checking…',
    otherEmail: 'Use another address',
    networkError: 'The server is not answering. Check your connection and try again.',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    handoverUsed: 'This sign-in link was already used: it works once. Sign in with your email to open your admin area.',
    handoverExpired: 'This sign-in link has expired: it works for one minute. Sign in with your email to open your admin area.',
    handoverInvalid: 'This sign-in link is not valid on this portal. Sign in with your email to open your admin area.',
  },
  unavailable: {
    unknownTitle: 'Portal not found',
    unknownBody: 'No business uses this address on Portail. Check the address or contact the business.',
    suspendedTitle: 'Portal suspended',
    suspendedBody:
      'This business’s portal is suspended for now. For your appointments or invoices, contact the business directly.',
    outageTitle: 'Portal temporarily unavailable',
    outageBody: 'We cannot show this portal right now. Please try again in a few minutes.',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundBody: 'This page does not exist or is no longer available.',
  },
}
