import { render } from '@react-email/components'
import { emailWords, fill } from '../email-words'
import type { UnsubscribeTopic } from './unsubscribe-token'

export type UnsubscribePageState =
  | { kind: 'confirm'; businessName: string; topic: UnsubscribeTopic; token: string }
  | { kind: 'done'; businessName: string; topic: UnsubscribeTopic }
  | { kind: 'invalid' }

/**
 * The small page of /api/unsubscribe: on GET it asks to confirm (a mail scanner that follows links
 * must not unsubscribe anyone), its button POSTs what a mail app's one-click POST sends; after the
 * POST it says it is done. Each state links to the client's preferences on the portal (a path on
 * the host it is served from: the business's portal). No script, no inline style (the app's CSP).
 * Rendered through React Email's `render`, never `react-dom/server` directly: Next refuses that
 * import in an app route's module graph (`next build` failed on /api/unsubscribe).
 */
export async function unsubscribePage(locale: 'fr' | 'en', state: UnsubscribePageState): Promise<string> {
  const words = emailWords(locale).unsubscribe
  const topicName = (topic: UnsubscribeTopic) =>
    ({
      reminders: words.topicReminders,
      bookingChanges: words.topicBookingChanges,
      payments: words.topicPayments,
      messages: words.topicMessages,
    })[topic]
  const body =
    state.kind === 'invalid' ? (
      <p>{words.invalid}</p>
    ) : state.kind === 'confirm' ? (
      <form method="post" action={`/api/unsubscribe?${new URLSearchParams({ token: state.token }).toString()}`}>
        <p>{fill(words.confirm, { business: state.businessName, topic: topicName(state.topic) })}</p>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit">{words.confirmButton}</button>
      </form>
    ) : (
      <p role="status">{fill(words.done, { business: state.businessName, topic: topicName(state.topic) })}</p>
    )
  const markup = await render(
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{words.title}</title>
      </head>
      <body>
        <main>
          <h1>{words.title}</h1>
          {body}
          {state.kind === 'invalid' ? null : <p>{words.essentialNote}</p>}
          <p>
            <a href={`/${locale}/portal/profile`}>{words.preferences}</a>
          </p>
        </main>
      </body>
    </html>,
  )
  return markup.startsWith('<!DOCTYPE') ? markup : `<!DOCTYPE html>${markup}`
}
