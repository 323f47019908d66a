import type { InngestFunction } from 'inngest'
import { bookingCancelled } from './booking/booking-cancelled'
import { bookingNoShow } from './booking/booking-no-show'
import { bookingReminders } from './booking/booking-reminders'
import { bookingRemindersReplan } from './booking/booking-reminders-replan'
import { purgeExpiredIdentityRowsFunction } from './jobs/purge-expired-identity-rows'
import { relayMailFunction } from './jobs/relay-mail'
import { relayOutboxFunction } from './jobs/relay-outbox'
import { relaySmsFunction } from './jobs/relay-sms'
import { releaseExpiredHoldsFunction } from './jobs/release-expired-holds'
import {
  expireSimulatedCheckouts,
  invoiceIssued,
  paymentFailed,
  paymentSucceeded,
  reconcilePayments,
  refundSucceeded,
} from './payments'
import { mirrorOrganizationMember } from './team/mirror-organization-member'

/**
 * Every workflow function Portail serves, one import and one entry per function (files under
 * `functions/<domain>/<function-id>.ts`). `/api/inngest` serves this list and the embedded engine
 * drives it; a function missing here never runs.
 */
export const functions: InngestFunction.Any[] = [
  bookingReminders,
  bookingRemindersReplan,
  bookingCancelled,
  bookingNoShow,
  relayOutboxFunction,
  relayMailFunction,
  relaySmsFunction,
  releaseExpiredHoldsFunction,
  purgeExpiredIdentityRowsFunction,
  mirrorOrganizationMember,
  invoiceIssued,
  paymentSucceeded,
  paymentFailed,
  refundSucceeded,
  reconcilePayments,
  expireSimulatedCheckouts,
]
