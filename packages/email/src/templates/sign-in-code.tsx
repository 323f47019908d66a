import type { CodeEmailProps } from '../email-types'
import { emailWords, fill } from '../email-words'
import { CodeBox, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/** The sign-in code. It leads the subject so it shows in a notification without opening the mail. */
export const signInCodeEmail: EmailTemplate<CodeEmailProps> = ({ code, validMinutes }, ctx) => {
  const words = emailWords(ctx.locale).signInCode
  return {
    subject: fill(words.subject, { code, brand: ctx.brand.name }),
    element: (
      <EmailLayout ctx={ctx} preview={fill(words.preview, { code })} heading={words.heading}>
        <CodeBox ctx={ctx} code={code} />
        <Paragraph>{fill(words.validity, { minutes: validMinutes })}</Paragraph>
        <Paragraph>{words.ignore}</Paragraph>
      </EmailLayout>
    ),
  }
}
