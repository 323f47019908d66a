import { render } from '@react-email/components'
import type { EmailContext, EmailPropsByTemplate, EmailTemplateName, RenderedEmail } from './email-types'
import { emailTemplates } from './templates/email-templates'

/**
 * Renders one message in the recipient's language: its subject, its HTML and its plain-text part
 * (the same content, for mail apps that show text and for the text/plain alternative). Server
 * only; about 40 ms warm per part, so render in a relay or a background step, not in a loop of
 * a request.
 */
export async function renderEmail<Name extends EmailTemplateName>(
  name: Name,
  props: EmailPropsByTemplate[Name],
  ctx: EmailContext,
): Promise<RenderedEmail> {
  const template = emailTemplates[name]
  const { subject, element } = template(props, ctx)
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  return { subject, html, text: text.trim() }
}
