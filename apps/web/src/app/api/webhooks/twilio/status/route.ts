import { handleTwilioStatusCallback } from '@portail/notifications'
import { receiveTwilioWebhook } from '../twilio-webhook'

/**
 * Twilio's status callbacks (each message's StatusCallback, TWILIO_STATUS_CALLBACK_URL): sent,
 * delivered, undelivered, failed, into the delivery log. Signed with TWILIO_AUTH_TOKEN.
 */
export function POST(request: Request): Promise<Response> {
  return receiveTwilioWebhook(request, 'status', handleTwilioStatusCallback)
}
