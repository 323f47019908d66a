import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components'
import type { ReactNode } from 'react'
import { emailPalette } from '../brand-colors'
import type { EmailContext } from '../email-types'
import { emailWords, fill } from '../email-words'
import { portailEmailBrand } from '../portail-email-brand'

const page = { backgroundColor: '#f3f4f6', fontFamily: 'Arial, Helvetica, sans-serif', margin: 0, padding: '24px 0' }
const card = { backgroundColor: '#ffffff', borderRadius: '8px', maxWidth: '560px', padding: '32px' }
const brandLine = { fontSize: '16px', fontWeight: 700, margin: '0 0 8px' }
const heading = { fontSize: '22px', lineHeight: '1.3', margin: '16px 0' }
const footerText = { color: '#4b5563', fontSize: '12px', lineHeight: '1.5', margin: '4px 0' }
export const paragraph = { color: '#111827', fontSize: '15px', lineHeight: '1.6', margin: '12px 0' }

/** Only an absolute http(s) address may be an image source in a message. */
function imageUrl(value: string | null): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

export interface EmailLayoutProps {
  ctx: EmailContext
  /** The line a mail app shows after the subject (not part of the plain text). */
  preview: string
  heading: string
  children: ReactNode
}

/**
 * Every message's frame: the business's logo and name in its colour, the heading, the content,
 * then a footer with who sends it, their address, the privacy contact and, for non-essential
 * mail only, the unsubscribe link.
 */
export function EmailLayout({ ctx, preview, heading: title, children }: EmailLayoutProps) {
  const words = emailWords(ctx.locale).layout
  const { brand } = ctx
  const palette = emailPalette(brand.color)
  const logo = imageUrl(brand.logoUrl)
  return (
    <Html lang={ctx.locale} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Section>
            {logo ? (
              <Img
                src={logo}
                alt={fill(words.logoAlt, { business: brand.name })}
                height="48"
                style={{ margin: '0 0 8px' }}
              />
            ) : null}
            <Text style={{ ...brandLine, color: palette.accent }}>{brand.name}</Text>
          </Section>
          <Heading as="h1" style={{ ...heading, color: palette.accent }}>
            {title}
          </Heading>
          {children}
          <Hr style={{ borderColor: '#e5e7eb', margin: '24px 0 12px' }} />
          <Section>
            {brand.name === portailEmailBrand.name ? null : (
              <Text style={footerText}>{fill(words.sentFor, { business: brand.name })}</Text>
            )}
            {brand.addressLines.length > 0 ? (
              <Text style={footerText}>
                {brand.addressLines.map((line, index) => (
                  <span key={`${index}-${line}`}>
                    {index > 0 ? <br /> : null}
                    {line}
                  </span>
                ))}
              </Text>
            ) : null}
            {brand.privacyContact ? (
              <Text style={footerText}>{fill(words.privacyContact, { contact: brand.privacyContact })}</Text>
            ) : null}
            {ctx.unsubscribeUrl ? (
              <Text style={footerText}>
                <Link href={ctx.unsubscribeUrl} style={{ color: '#4b5563', textDecoration: 'underline' }}>
                  {words.unsubscribe}
                </Link>
              </Text>
            ) : null}
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

/** A paragraph of the message. */
export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={paragraph}>{children}</Text>
}

/** The one action of a message, in the brand's colour with readable text, its address spelled out in the text part. */
export function ActionButton({ ctx, href, label }: { ctx: EmailContext; href: string; label: string }) {
  const palette = emailPalette(ctx.brand.color)
  return (
    <Section style={{ margin: '20px 0' }}>
      <Button
        href={href}
        style={{
          backgroundColor: palette.button,
          borderRadius: '6px',
          color: palette.buttonText,
          fontSize: '15px',
          fontWeight: 700,
          padding: '12px 20px',
          textDecoration: 'none',
        }}
      >
        {label}
      </Button>
      {/* The address spelled out for a mail app that hides buttons; the text part has it after the label already. */}
      <Text style={{ ...footerText, wordBreak: 'break-all' }} data-skip-in-text="true">
        <Link href={href} style={{ color: palette.accent }}>
          {href}
        </Link>
      </Text>
    </Section>
  )
}

/** A one-time code, large and spaced so it reads (and copies) at a glance. */
export function CodeBox({ ctx, code }: { ctx: EmailContext; code: string }) {
  const palette = emailPalette(ctx.brand.color)
  return (
    <Text
      style={{
        backgroundColor: '#f3f4f6',
        borderRadius: '6px',
        color: palette.accent,
        fontFamily: 'Menlo, Consolas, monospace',
        fontSize: '30px',
        fontWeight: 700,
        letterSpacing: '6px',
        margin: '16px 0',
        padding: '12px 16px',
        textAlign: 'center',
      }}
    >
      {code}
    </Text>
  )
}
