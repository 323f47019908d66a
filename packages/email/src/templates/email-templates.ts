import type { EmailPropsByTemplate, EmailTemplateName } from '../email-types'
import type { EmailTemplate } from './email-template'
import { signInCodeEmail } from './sign-in-code'

const notYet = (name: string): EmailTemplate<unknown> => () => {
  throw new Error(`the ${name} email template is not written yet`)
}

/** Each message's template by name. */
export const emailTemplates: { [Name in EmailTemplateName]: EmailTemplate<EmailPropsByTemplate[Name]> } = {
  'sign-in-code': signInCodeEmail,
  'step-up-code': notYet('step-up-code'),
  'staff-invitation': notYet('staff-invitation'),
  'client-portal-invitation': notYet('client-portal-invitation'),
  'booking-confirmed': notYet('booking-confirmed'),
  'booking-staff-notice': notYet('booking-staff-notice'),
  'booking-reminder': notYet('booking-reminder'),
  'booking-cancelled': notYet('booking-cancelled'),
  'booking-rescheduled': notYet('booking-rescheduled'),
  'booking-hold-expired': notYet('booking-hold-expired'),
  'booking-no-show': notYet('booking-no-show'),
}
