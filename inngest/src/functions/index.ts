import type { InngestFunction } from 'inngest'
import { bookingCancelled } from './booking/booking-cancelled'
import { bookingNoShow } from './booking/booking-no-show'
import { bookingReminders } from './booking/booking-reminders'

/**
 * Every workflow function Portail serves, one import and one entry per function (files under
 * `functions/<domain>/<function-id>.ts`). `/api/inngest` serves this list and the embedded engine
 * drives it; a function missing here never runs.
 */
export const functions: InngestFunction.Any[] = [bookingReminders, bookingCancelled, bookingNoShow]
