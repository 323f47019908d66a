import type { ReactNode } from 'react'
import { LanguageSwitcher } from '../i18n/language-switcher'

/**
 * The top bar: who this is (brand or business, its logo when it has one), then the actions
 * and the language switch. Wraps rather than scrolls on narrow screens.
 */
export function SiteHeader({
  title,
  homeHref,
  logoUrl,
  children,
}: {
  title: string
  homeHref: string
  logoUrl?: string | undefined
  children?: ReactNode
}) {
  return (
    <header className="border-b">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <a href={homeHref} className="flex min-w-0 items-center gap-2 text-lg font-semibold text-primary">
          {/* The logo stands for the name (its alt text); without one, the name in the brand colour. */}
          {logoUrl ? (
            <img src={logoUrl} alt={title} className="h-10 w-auto max-w-48 object-contain" data-testid="header-logo" />
          ) : (
            <span className="break-words">{title}</span>
          )}
        </a>
        <nav className="flex flex-wrap items-center gap-3">
          {children}
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  )
}
