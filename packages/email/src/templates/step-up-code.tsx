import type { CodeEmailProps } from '../email-types'
import { emailWords, fill } from '../email-words'
import { CodeBox, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * The code that confirms a sensitive action in a session already signed in. Worded apart from the
 * sign-in code, so someone who did not ask for it knows their session is being used.
 */
export const stepUpCodeEmail: EmailTemplate<CodeEmailProps> = ({ code, validMinutes }, ctx) => {
  const words = emailWords(ctx.locale).stepUpCode
  return {
    subject: fill(words.subject, { code, brand: ctx.brand.name }),
    element: (
      <EmailLayout ctx={ctx} preview={fill(words.preview, { code })} heading={words.heading}>
        <CodeBox ctx={ctx} code={code} />
        <Paragraph>{words.why}</Paragraph>
        <Paragraph>{fill(words.validity, { minutes: validMinutes })}</Paragraph>
        <Paragraph>{words.notYou}</Paragraph>
      </EmailLayout>
    ),
  }
}
