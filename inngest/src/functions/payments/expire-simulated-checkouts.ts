import { inngest } from '../../client'
import { paymentWorkflowDeps } from './payment-deps'

/**
 * The embedded Stripe simulator's own clock, every minute: Stripe expires Checkout sessions on its
 * side and sends checkout.session.expired; the simulator does the same here, as a cron function
 * rather than a timer in the web process. With real Stripe (no simulator) it does nothing.
 */
export const expireSimulatedCheckouts = inngest.createFunction(
  { id: 'expire-simulated-checkouts', triggers: [{ cron: '* * * * *' }], retries: 2 },
  async ({ step }) => {
    const expired = await step.run('expire', async () => {
      const expire = paymentWorkflowDeps().expireSimulatedCheckouts
      return expire ? expire() : 0
    })
    return { expired }
  },
)
