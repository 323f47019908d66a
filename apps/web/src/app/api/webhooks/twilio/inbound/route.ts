import { handleTwilioInbound } from '@portail/notifications'
import { receiveTwilioWebhook } from '../twilio-webhook'

/**
 * Texts people send our number (the number's "A message comes in" webhook in Twilio's console):
 * STOP / ARRÊT opts that number out of SMS, START lifts it. Signed with TWILIO_AUTH_TOKEN.
 */
export function POST(request: Request): Promise<Response> {
  return receiveTwilioWebhook(request, 'inbound', handleTwilioInbound)
}
