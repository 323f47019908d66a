import { answerOnboardingAction } from '~/features/payment-simulator/hosted-actions'
import { getStripeSimulator } from '~/server/payments'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** The simulated Connect onboarding's buttons (complete, later); 404 unless payments are simulated. */
export async function POST(request: Request, { params }: { params: Promise<{ account: string }> }): Promise<Response> {
  const { account } = await params
  return answerOnboardingAction(request, account, getStripeSimulator())
}
