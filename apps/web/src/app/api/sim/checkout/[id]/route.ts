import { answerCheckoutAction } from '~/features/payment-simulator/hosted-actions'
import { getStripeSimulator } from '~/server/payments'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** The simulated Checkout page's buttons (pay, decline, 3-D Secure, cancel); 404 unless payments are simulated. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params
  return answerCheckoutAction(request, id, getStripeSimulator())
}
