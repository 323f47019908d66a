import type {
  InvoiceIssuedEmailProps,
  PaymentFailedEmailProps,
  PaymentReceiptEmailProps,
  RefundIssuedEmailProps,
} from './billing-email-types'

/** Every message Portail sends by email, one React Email template each (src/templates/<name>.tsx). */
export const emailTemplateNames = [
  'sign-in-code',
  'step-up-code',
  'staff-invitation',
  'client-portal-invitation',
  'booking-confirmed',
  'booking-staff-notice',
  'booking-reminder',
  'booking-cancelled',
  'booking-rescheduled',
  'booking-hold-expired',
  'booking-no-show',
  'booking-unassigned',
  'invoice-issued',
  'payment-receipt',
  'payment-failed',
  'refund-issued',
] as const

export type EmailTemplateName = (typeof emailTemplateNames)[number]

/** The templates that take `BookingMessageProps`: what `notify` sends about a booking. */
export type BookingEmailTemplateName = Extract<EmailTemplateName, `booking-${string}`>

/**
 * Who the message comes from, as the recipient sees it: the business (or Portail itself for
 * sign-in codes). The footer carries the address and privacy contact (Quebec's Law 25 and
 * CASL want a sender that can be identified and reached).
 */
export interface EmailBrand {
  name: string
  /** An absolute http(s) URL of the logo; anything else is left out. */
  logoUrl: string | null
  /** `#rrggbb`; the templates darken it when text on white would not be readable. */
  color: string | null
  addressLines: string[]
  /** An email address or a phone number for privacy questions. */
  privacyContact: string | null
  /** The portal's address, `{proto}://{slug}.{root}` (no trailing slash needed). */
  portalUrl: string
}

export interface EmailContext {
  locale: 'fr' | 'en'
  brand: EmailBrand
  /**
   * The one-click unsubscribe link (signed token): shown in the footer of non-essential mail.
   * Essential mail (codes, receipts, invitations) never passes one.
   */
  unsubscribeUrl?: string
}

/**
 * What every booking message says. Dates are ISO instants, written in `timeZone` (the business's
 * clock). `clientName` makes a cancelled/rescheduled message the staff member's version (the
 * staff notices); without it the message speaks to the client.
 */
export interface BookingMessageProps {
  recipientName: string
  serviceName: string
  start: string
  end: string
  timeZone: string
  staffName: string | null
  address: string | null
  /** The booking's page (client: manage it; staff: see it); for a hold that expired, where to book again. */
  manageUrl: string
  /** booking-reminder: how long before the start it is sent (24, 1…): "tomorrow", "in 1 hour". */
  leadHours?: number
  /** booking-rescheduled: the start before the move. */
  previousStart?: string
  /** booking-cancelled: who cancelled. */
  by?: 'client' | 'staff' | 'system'
  /** booking-cancelled / booking-no-show: the fee charged, in cents (CAD). */
  feeCents?: number
  /** Staff notices: the client the booking is for. */
  clientName?: string
}

/** sign-in-code, step-up-code: a one-time code and how long it lives. */
export interface CodeEmailProps {
  code: string
  validMinutes: number
}

export interface StaffInvitationEmailProps {
  inviterName: string
  role: 'admin' | 'staff'
  /** `{portal}/invitations/{token}`: the only copy of the token that leaves us. */
  link: string
  /** ISO instant. */
  expiresAt: string
  /** The business's IANA time zone: the expiry reads on its clock. */
  timeZone: string
}

export interface ClientPortalInvitationEmailProps {
  clientName: string
}

export interface EmailPropsByTemplate {
  'sign-in-code': CodeEmailProps
  'step-up-code': CodeEmailProps
  'staff-invitation': StaffInvitationEmailProps
  'client-portal-invitation': ClientPortalInvitationEmailProps
  'booking-confirmed': BookingMessageProps
  'booking-staff-notice': BookingMessageProps
  'booking-reminder': BookingMessageProps
  'booking-cancelled': BookingMessageProps
  'booking-rescheduled': BookingMessageProps
  'booking-hold-expired': BookingMessageProps
  'booking-no-show': BookingMessageProps
  'booking-unassigned': BookingMessageProps
  'invoice-issued': InvoiceIssuedEmailProps
  'payment-receipt': PaymentReceiptEmailProps
  'payment-failed': PaymentFailedEmailProps
  'refund-issued': RefundIssuedEmailProps
}

/** A message ready for queueMail: the subject, and the same content as HTML and as plain text. */
export interface RenderedEmail {
  subject: string
  html: string
  text: string
}
